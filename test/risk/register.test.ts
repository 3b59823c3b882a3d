// Reading a risk register from rows as a sheet holds them: Dutch and English
// headers found within the first rows, probabilities as fractions, percentages
// or classes, amounts as one figure or a range, and every row that is not a
// risk either skipped for a reason (a heading, a total) or reported.

import { msg } from "../../src/i18n/catalogue";
import {
  classOf,
  DEFAULT_CLASSES,
  detectRegisterHeader,
  readAvailableCapacity,
  readClassTable,
  readRegisterRows,
  registerProblemText,
  type RegisterRead,
} from "../../src/risk/register";
import { registerTemplate } from "../../src/risk/register-template";
import { EXAMPLE_REGISTER } from "../../src/risk/example-register";

const NL_HEAD = ["Nr", "Risico", "Programma", "Kans", "Financieel gevolg", "Structureel/incidenteel", "Correlatiegroep"];

function read(rows: unknown[][], classes = DEFAULT_CLASSES): RegisterRead {
  const r = readRegisterRows(rows, { classes });
  if (r.error) throw new Error(`register not read: ${r.error}`);
  return r;
}

describe("the header", () => {
  test("Dutch headers below a title, found within the first rows", () => {
    const rows = [["Gemeente Lindewaard"], ["Risicoregister begroting 2026 (bedragen x € 1.000)"], [], NL_HEAD, [1, "Jeugdzorg", "Sociaal domein", 0.5, 1200, "S", ""]];
    const h = detectRegisterHeader(rows);
    expect(h?.row).toBe(4);
    expect(h?.columns).toEqual({ name: 1, programme: 2, probability: 3, amount: 4, nature: 5, group: 6 });
    expect(h?.texts.amount).toBe("Financieel gevolg");
    expect(read(rows).factor).toBe(1000);
  });

  test("a figure that names its own unit is read in the register's unit, not multiplied again", () => {
    const rows = [["Risicoregister (bedragen x € 1.000)"], ["Risico", "Kans", "Bedrag"], ["Jeugdzorg", "50%", 1200], ["Grondexploitatie", "30%", "2,1 mln"]];
    expect(read(rows).risks.map((r) => r.amount)).toEqual([1200, 2100].map((value) => ({ kind: "fixed", value })));
  });

  test("English headers with a range", () => {
    const h = detectRegisterHeader([["Risk", "Programme", "Probability", "Minimum", "Most likely", "Maximum", "Structural/incidental", "Correlation group"]]);
    expect(h?.columns).toEqual({ name: 0, programme: 1, probability: 2, minimum: 3, mostLikely: 4, maximum: 5, nature: 6, group: 7 });
  });

  test("compounds and variants: risicobedrag, kansklasse, meest waarschijnlijk, ondergrens/bovengrens", () => {
    const h = detectRegisterHeader([["Risicobeschrijving", "Kansklasse", "Ondergrens", "Meest waarschijnlijk", "Bovengrens", "Risicobedrag"]]);
    expect(h?.columns).toEqual({ name: 0, probability: 1, minimum: 2, mostLikely: 3, maximum: 4, amount: 5 });
  });

  test("no register without a risk, a probability and an amount column", () => {
    expect(detectRegisterHeader([["Risico", "Programma", "Financieel gevolg"]])).toBeNull();
    expect(detectRegisterHeader([["Omschrijving", "Taakveld", "Lasten 2025"]])).toBeNull();
    expect(readRegisterRows([["Omschrijving", "Lasten"], ["Wmo", 100]]).error).toBe("noHeader");
    expect(readRegisterRows([[], [null, " "]]).error).toBe("emptySheet");
  });
});

describe("probabilities", () => {
  const rows = (ps: unknown[]) => [["Risico", "Kans", "Bedrag"], ...ps.map((p, i) => [`r${i}`, p, 100])];

  test("fractions as Excel passes a cell formatted as a percentage; text with a % sign; Dutch decimals", () => {
    expect(read(rows([0.3, "45%", "12,5 %", "0,25"])).risks.map((r) => r.probability)).toEqual([0.3, 0.45, 0.125, 0.25]);
  });

  test("a column of whole percentages (30 for 30%) is read as percentages, and says so", () => {
    const r = read(rows([30, 50, 5, 100, 1, 0]));
    expect(r.percentColumn).toBe(true);
    expect(r.risks.map((x) => x.probability)).toEqual([0.3, 0.5, 0.05, 1, 0.01, 0]);
  });

  test("a 30 among fractions is a typo, reported with the percent hint; the fractions stay fractions", () => {
    const r = read(rows([0.5, 30]));
    expect(r.percentColumn).toBe(false);
    expect(r.risks.map((x) => x.probability)).toEqual([0.5]);
    expect(registerProblemText(r.problems[0]!, "en")).toBe("Row 3: Kans must be a number from 0 to 1; got 30. Did you mean 30%? Then enter 0.3 or 30%. The risk is left out.");
  });

  test("classes in Dutch and English, as words or numbered, take the class table's percentage", () => {
    const r = read(rows(["zeer klein", "Klein", "2 - klein", "middel", "Groot (50-70%)", "ZEER GROOT", "very small", "medium", "hoog"]));
    expect(r.risks.map((x) => x.probability)).toEqual([0.1, 0.3, 0.3, 0.5, 0.7, 0.9, 0.1, 0.5, 0.7]);
    expect(r.risks.map((x) => x.probabilityClass)).toEqual(["zeerKlein", "klein", "klein", "middel", "groot", "zeerGroot", "zeerKlein", "middel", "groot"]);
    expect(r.classesUsed).toEqual(["zeerKlein", "klein", "middel", "groot", "zeerGroot"]);
    expect(classOf("onbekend")).toBeNull();
  });

  test("a class sheet states its own percentages; classes it does not list keep the default", () => {
    const classes = readClassTable(
      [["Kansklassen"], [], ["Klasse", "Tot en met", "Gehanteerd percentage"], ["zeer klein", 0.1, 0.05], ["klein", 0.3, "20%"], ["groot", 0.7, 60]],
      "Kansklassen",
    );
    expect(classes?.sheet).toBe("Kansklassen");
    expect(classes?.values).toEqual({ zeerKlein: 0.05, klein: 0.2, middel: 0.5, groot: 0.6, zeerGroot: 0.9 });
    expect(read(rows(["klein", "middel"]), classes ?? DEFAULT_CLASSES).risks.map((x) => x.probability)).toEqual([0.2, 0.5]);
  });

  test("a word that is no class, a probability above 100%, a missing probability: reported per row, the risk left out", () => {
    const r = read(rows(["misschien", 1.5, null, 0.2]));
    expect(r.risks.map((x) => x.row)).toEqual([5]);
    expect(r.problems.map((p) => p.kind)).toEqual(["notAClass", "value", "noProbability"]);
    expect(registerProblemText(r.problems[0]!, "nl")).toBe(
      'Rij 2: "misschien" in kolom Kans is geen percentage en geen kansklasse (zeer klein, klein, middel, groot, zeer groot); het risico telt niet mee.',
    );
    // 1.5 in a column without whole percentages is a fraction out of range; the message names the column as headed
    expect(registerProblemText(r.problems[1]!, "en")).toBe("Row 3: Kans must be a number from 0 to 1; got 1.5. Did you mean 1.5%? Then enter 0.015 or 1.5%. The risk is left out.");
    expect(registerProblemText(r.problems[2]!, "en")).toBe("Row 4: no probability; the risk is left out.");
  });
});

describe("amounts", () => {
  const head = ["Risico", "Kans", "Bedrag", "Minimum", "Meest waarschijnlijk", "Maximum", "Verdeling"];

  test("one figure, a triangular range, a range without a most likely value (uniform), PERT and uniform by name, a maximum alone", () => {
    const r = read([
      head,
      ["a", 0.5, 100, null, null, null, null],
      ["b", 0.5, null, 10, 20, 40, null],
      ["c", 0.5, null, 10, null, 40, null],
      ["d", 0.5, null, 10, 20, 40, "PERT"],
      ["e", 0.5, null, 10, 20, 40, "gelijkmatig"],
      ["f", 0.5, "€ 1.250.000", null, null, null, null],
    ]);
    expect(r.risks.map((x) => x.amount)).toEqual([
      { kind: "fixed", value: 100 },
      { kind: "triangular", min: 10, mode: 20, max: 40 },
      { kind: "uniform", min: 10, max: 40 },
      { kind: "pert", min: 10, mode: 20, max: 40 },
      { kind: "uniform", min: 10, max: 40 },
      { kind: "fixed", value: 1_250_000 },
    ]);
    expect(read([["Risico", "Kans", "Maximaal"], ["g", 0.3, 500]]).risks[0]?.amount).toEqual({ kind: "fixed", value: 500 });
  });

  test("out of order, negative, not an amount, an error cell, none at all: reported with the column as the register heads it", () => {
    const r = read([
      head,
      ["a", 0.5, null, 30, 20, 40, null],
      ["b", 0.5, -100, null, null, null, null],
      ["c", 0.5, "veel", null, null, null, null],
      ["d", 0.5, { error: "#REF!" }, null, null, null, null],
      ["e", 0.5, null, null, null, null, null],
    ]);
    expect(r.risks).toEqual([]);
    const texts = r.problems.map((p) => registerProblemText(p, "en"));
    expect(texts).toEqual([
      "Row 2: Meest waarschijnlijk must not be smaller than Minimum; got 20 while Minimum is 30. The risk is left out.",
      "Row 3: Bedrag must be a number of at least 0; got -100. The risk is left out.",
      'Row 4: "veel" in column Bedrag is not an amount; the risk is left out.',
      "Row 5: column Bedrag holds the error value #REF!; fix that cell first. The risk is left out.",
      "Row 6: no amount (one amount, or a minimum and a maximum); the risk is left out.",
    ]);
  });
});

describe("rows that are not risks", () => {
  test("headings (text only) and total rows are skipped and counted; blank rows between risks are passed", () => {
    const r = read([NL_HEAD, ["", "Programma 1 Sociaal domein"], [1, "Jeugdzorg", "", 0.5, 1200], [], [2, "Wmo", "", 0.3, 600], ["", "Totaal", "", null, 1800], ["", "Subtotaal programma 1", "", "", 1800]]);
    expect(r.risks.map((x) => [x.row, x.name])).toEqual([
      [3, "Jeugdzorg"],
      [5, "Wmo"],
    ]);
    expect([r.skippedHeadings, r.skippedTotals, r.problems.length]).toEqual([1, 2, 0]);
  });

  test("a total row whose word stands outside the risk column (Totaal under Nr) is a total, not a risk without probability", () => {
    const r = read([NL_HEAD, [1, "Jeugdzorg", "", 0.5, 1200], [2, "Wmo", "", 0.3, 600], ["Totaal", "", "", null, 1800], ["", "", "Totaal programma", null, 1800]]);
    expect(r.risks.map((x) => x.name)).toEqual(["Jeugdzorg", "Wmo"]);
    expect([r.skippedTotals, r.problems]).toEqual([2, []]);
    // Without a name and without a total word the row is still reported, never dropped silently.
    expect(read([NL_HEAD, [1, "Jeugdzorg", "", 0.5, 1200], [2, "", "", null, 1800]]).problems.map((p) => [p.row, p.kind])).toEqual([[3, "noProbability"]]);
  });

  test("structural or incidental, and correlation groups", () => {
    const r = read([NL_HEAD, [1, "a", "", 0.5, 10, "S", "grond"], [2, "b", "", 0.5, 10, "incidenteel", ""], [3, "c", "", 0.5, 10, "?", "Grond"]]);
    expect(r.risks.map((x) => [x.nature, x.group])).toEqual([
      ["structural", "grond"],
      ["incidental", ""],
      [null, "Grond"],
    ]);
  });

  test("row numbers count from the sheet's first row, also with an offset (a used range further down)", () => {
    expect(readRegisterRows([["Risico", "Kans", "Bedrag"], ["a", 0.1, 5]], { rowOffset: 9 }).risks[0]?.row).toBe(11);
  });
});

describe("the available capacity", () => {
  test("the lines of a capacity sheet, read as a budget, without its total line", () => {
    const c = readAvailableCapacity([["Weerstandscapaciteit"], [], ["Omschrijving", "Bedrag"], ["Algemene reserve", 6_500_000], ["Post onvoorzien", "150.000"], ["Totaal", 6_650_000]]);
    expect(c).toEqual({
      total: 6_650_000,
      lines: [
        { row: 4, description: "Algemene reserve", amount: 6_500_000 },
        { row: 5, description: "Post onvoorzien", amount: 150_000 },
      ],
    });
    expect(readAvailableCapacity([["Geen tabel"]])).toBeNull();
  });
});

describe("the template reads back as its own example", () => {
  test.each(["nl", "en"] as const)("%s: the register, the classes and the capacity", (lang) => {
    const t = registerTemplate(lang);
    const grid = (name: string) => {
      const layout = t.layouts.find((l) => l.name === name);
      const rows: unknown[][] = [];
      for (const c of layout?.cells ?? []) {
        const row = (rows[c.row] ??= []);
        row[c.col] = c.formula !== undefined ? null : c.value;
      }
      return Array.from(rows, (r) => Array.from(r ?? [], (v) => v ?? null));
    };
    const r = read(grid(t.registerSheet));
    expect(r.risks.map((x) => [x.name, x.probability, x.amount])).toEqual(EXAMPLE_REGISTER.map((e) => [e.name[lang], e.probability, { kind: "fixed", value: e.amount }]));
    expect(r.risks.every((x) => x.nature !== null)).toBe(true);
    expect(r.header?.row).toBe(t.headerRow + 1);
    const classes = readClassTable(grid(msg(lang, "risk.tpl.classSheet")), "x");
    expect(classes?.values).toEqual(DEFAULT_CLASSES.values);
    expect(readAvailableCapacity(grid(msg(lang, "risk.tpl.capacitySheet")))?.total).toBe(9_650_000);
  });
});
