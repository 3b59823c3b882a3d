// Labels that appear inside spilled tables. Keys are stable; the text is not.

import type { Lang, Text } from "../core/types";

export const LABELS: Readonly<Record<string, Text>> = {
  "rev.year": { en: "Year", nl: "Jaar" },
  "rev.start": { en: "Capital at start", nl: "Kapitaal begin" },
  "rev.interest": { en: "Interest", nl: "Rente" },
  "rev.defaults": { en: "Defaults", nl: "Wanbetaling" },
  "rev.recoveries": { en: "Recoveries", nl: "Terugvordering" },
  "rev.costs": { en: "Management costs", nl: "Beheerkosten" },
  "rev.end": { en: "Capital at end", nl: "Kapitaal eind" },
  // A present value at the discount rate given: "real" only when that rate is inflation.
  "rev.pv": { en: "Present value of end capital at the discount rate", nl: "Contante waarde eindkapitaal tegen de disconteringsvoet" },

  "vve.item": { en: "Item", nl: "Post" },
  "vve.universal": { en: "Universal", nl: "Algemeen" },
  "vve.targeted": { en: "Targeted", nl: "Gericht" },
  "vve.participants": { en: "Participants", nl: "Deelnemers" },
  "vve.reached": { en: "Target children reached", nl: "Bereikte doelgroepkinderen" },
  "vve.cost": { en: "Cost", nl: "Kosten" },
  "vve.deadweight": { en: "Deadweight share", nl: "Aandeel zonder achterstand" },
  "vve.costPerReached": { en: "Cost per target child reached", nl: "Kosten per bereikt doelgroepkind" },
  "vve.effect": { en: "Effect units", nl: "Effecteenheden" },
  "vve.costPerEffect": { en: "Cost per effect unit", nl: "Kosten per effecteenheid" },
  "vve.missed": { en: "Target children missed", nl: "Gemiste doelgroepkinderen" },

  "cls.item": { en: "Item", nl: "Post" },
  "cls.value": { en: "Value", nl: "Waarde" },
  // The essay's view of who should pay, not a statement that money will arrive from there.
  "cls.carrier": { en: "Who should pay, according to Allers (2017)", nl: "Wie betaalt, volgens Allers (2017)" },
  "cls.byRijk": { en: "according to Allers (2017): national government", nl: "volgens Allers (2017): Rijk" },
  "cls.byGemeente": { en: "according to Allers (2017): municipality", nl: "volgens Allers (2017): gemeente" },
  "cls.groupsNow": { en: "Groups now", nl: "Groepen nu" },
  "cls.groupsTarget": { en: "Groups at target", nl: "Groepen bij doel" },
  "cls.extraGroups": { en: "Extra groups", nl: "Extra groepen" },
  "cls.fte": { en: "Extra teacher FTE", nl: "Extra fte leraren" },
  "cls.teacherCost": { en: "Teacher cost per year", nl: "Personeelskosten per jaar" },
  "cls.classrooms": { en: "Extra classrooms", nl: "Extra lokalen" },
  "cls.investment": { en: "Classroom investment", nl: "Investering lokalen" },
  "cls.housingCost": { en: "Housing cost per year", nl: "Huisvestingslasten per jaar" },
  "cls.total": { en: "Total cost per year", nl: "Totale kosten per jaar" },
  "cls.perPupil": { en: "Cost per pupil per year", nl: "Kosten per leerling per jaar" },

  "part.year": { en: "Year", nl: "Jaar" },
  "part.population": { en: "Population", nl: "Bevolking" },
  "part.employed": { en: "Employed", nl: "Werkenden" },
  "part.rate": { en: "Participation rate", nl: "Participatiegraad" },
  "part.atCeiling": { en: "Groups at ceiling", nl: "Groepen op plafond" },

  "tax.year": { en: "Year", nl: "Jaar" },
  "tax.rich": { en: "Rich households", nl: "Rijke huishoudens" },
  "tax.poor": { en: "Poor households", nl: "Arme huishoudens" },
  "tax.rate": { en: "Required rate", nl: "Benodigd tarief" },
  "tax.perRich": { en: "Tax per rich household", nl: "Belasting per rijk huishouden" },
  "tax.status": { en: "Status", nl: "Status" },
  "tax.start": { en: "start", nl: "start" },
  "tax.rising": { en: "rising", nl: "stijgend" },
  "tax.falling": { en: "falling", nl: "dalend" },
  "tax.steady": { en: "steady", nl: "gelijkblijvend" },
  "tax.collapse": { en: "collapse", nl: "ineenstorting" },

  "var.item": { en: "Measure", nl: "Maat" },
  "var.value": { en: "Value", nl: "Waarde" },
  "var.hhi": { en: "HHI", nl: "HHI" },
  "var.total": { en: "Total entropy", nl: "Totale entropie" },
  "var.unrelated": { en: "Unrelated variety", nl: "Ongerelateerde variëteit" },
  "var.related": { en: "Related variety", nl: "Gerelateerde variëteit" },
};

export function labelText(key: string, lang: Lang): string {
  return LABELS[key]?.[lang] ?? key;
}
