// Words a risk register is read by: the column headers municipalities use
// (Dutch and English), the probability classes, and how a register writes
// structural and incidental. Read, not shown: the words a user reads are in
// the message catalogue.

export type RegisterRole = "name" | "programme" | "probability" | "amount" | "minimum" | "mostLikely" | "maximum" | "nature" | "group" | "distribution";

/**
 * Header phrases per column with a weight; a phrase matches a run of the
 * header's words ("Financieel gevolg (x € 1.000)"), or, 15 lower, a Dutch
 * compound that ends in it ("risicobedrag"). The highest weight wins a column.
 */
export const REGISTER_HEADERS: Readonly<Record<RegisterRole, readonly (readonly [string, number])[]>> = {
  name: [
    ["risico", 100],
    ["risk", 100],
    ["risicobeschrijving", 100],
    ["risico omschrijving", 100],
    ["omschrijving", 85],
    ["description", 85],
    ["naam", 80],
    ["name", 80],
    ["titel", 70],
    ["title", 70],
    ["onderwerp", 70],
    ["gebeurtenis", 70],
  ],
  programme: [
    ["programma", 100],
    ["programme", 100],
    ["program", 100],
    ["beleidsveld", 80],
    ["domein", 70],
    ["portefeuille", 60],
  ],
  probability: [
    ["kans", 100],
    ["kansklasse", 100],
    ["kans van optreden", 100],
    ["probability", 100],
    ["likelihood", 95],
    ["waarschijnlijkheid", 95],
  ],
  amount: [
    ["bedrag", 100],
    ["amount", 100],
    ["financieel gevolg", 100],
    ["financiele impact", 100],
    ["financial impact", 100],
    ["gevolg", 90],
    ["impact", 90],
    ["effect", 80],
    ["schade", 80],
    ["omvang", 70],
  ],
  minimum: [
    ["minimum", 110],
    ["minimaal", 110],
    ["min", 105],
    ["ondergrens", 105],
    ["laag", 70],
    ["low", 70],
  ],
  mostLikely: [
    ["meest waarschijnlijk", 110],
    ["most likely", 110],
    ["modus", 90],
    ["mode", 90],
    ["verwacht", 60],
  ],
  maximum: [
    ["maximum", 110],
    ["maximaal", 110],
    ["max", 105],
    ["bovengrens", 105],
    ["hoog", 70],
    ["high", 70],
  ],
  nature: [
    ["structureel incidenteel", 100],
    ["incidenteel structureel", 100],
    ["structureel", 90],
    ["incidenteel", 90],
    ["structural", 90],
    ["incidental", 90],
    ["aard", 80],
    ["karakter", 80],
    ["nature", 80],
    ["s i", 70],
  ],
  group: [
    ["correlatiegroep", 100],
    ["correlation group", 100],
    ["correlatie", 90],
    ["correlation", 90],
    ["groep", 70],
    ["group", 70],
    ["cluster", 70],
  ],
  distribution: [
    ["verdeling", 100],
    ["kansverdeling", 100],
    ["distribution", 100],
  ],
};

export type ProbabilityClass = "zeerKlein" | "klein" | "middel" | "groot" | "zeerGroot";

export const CLASSES: readonly ProbabilityClass[] = ["zeerKlein", "klein", "middel", "groot", "zeerGroot"];

/** What a register writes for each class, Dutch and English; longest first where one contains another. */
export const CLASS_WORDS: readonly (readonly [string, ProbabilityClass])[] = [
  ["zeer klein", "zeerKlein"],
  ["zeer laag", "zeerKlein"],
  ["zeer gering", "zeerKlein"],
  ["very small", "zeerKlein"],
  ["very low", "zeerKlein"],
  ["very unlikely", "zeerKlein"],
  ["zeer groot", "zeerGroot"],
  ["zeer hoog", "zeerGroot"],
  ["very large", "zeerGroot"],
  ["very high", "zeerGroot"],
  ["very likely", "zeerGroot"],
  ["klein", "klein"],
  ["laag", "klein"],
  ["gering", "klein"],
  ["small", "klein"],
  ["low", "klein"],
  ["unlikely", "klein"],
  ["middel", "middel"],
  ["gemiddeld", "middel"],
  ["midden", "middel"],
  ["matig", "middel"],
  ["medium", "middel"],
  ["moderate", "middel"],
  ["possible", "middel"],
  ["groot", "groot"],
  ["hoog", "groot"],
  ["large", "groot"],
  ["high", "groot"],
  ["likely", "groot"],
];

/** How a register writes that a risk is structural or incidental. */
export const NATURE_WORDS: readonly (readonly [string, "structural" | "incidental"])[] = [
  ["structureel", "structural"],
  ["structurele", "structural"],
  ["structural", "structural"],
  ["recurring", "structural"],
  ["s", "structural"],
  ["incidenteel", "incidental"],
  ["incidentele", "incidental"],
  ["eenmalig", "incidental"],
  ["incidental", "incidental"],
  ["one off", "incidental"],
  ["i", "incidental"],
];

/** Distributions a register may name for a range (minimum, most likely, maximum). */
export const DISTRIBUTION_WORDS: readonly (readonly [string, "triangular" | "pert" | "uniform"])[] = [
  ["driehoek", "triangular"],
  ["driehoeksverdeling", "triangular"],
  ["triangular", "triangular"],
  ["pert", "pert"],
  ["beta pert", "pert"],
  ["uniform", "uniform"],
  ["gelijkmatig", "uniform"],
  ["gelijkverdeeld", "uniform"],
];

/** Names of the sheets a register workbook may carry besides the register. */
export const CLASS_SHEETS: readonly string[] = ["kansklassen", "kansklasse", "probability classes", "classes"];
export const CAPACITY_SHEETS: readonly string[] = ["weerstandscapaciteit", "beschikbare weerstandscapaciteit", "beschikbare capaciteit", "available capacity", "capacity", "reserves"];

/** Header words of the class sheet: the class, and the percentage taken for it. */
export const CLASS_HEADERS = {
  cls: ["klasse", "kansklasse", "class"],
  value: ["gehanteerd percentage", "gehanteerd", "percentage", "kans", "probability", "value", "waarde"],
} as const;

/** A total line of a register or a capacity sheet repeats the lines above it. */
export const TOTAL_WORDS: readonly string[] = ["totaal", "subtotaal", "total", "subtotal", "som"];
