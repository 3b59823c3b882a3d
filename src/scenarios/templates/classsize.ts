import { assumedInput, input, output, UNITS } from "../define";
import type { ModelTemplate } from "../types";

const ARGS = ["pupils", "current_max", "target_max", "teacher_cost", "classroom_m2", "cost_per_m2", "spare_classrooms", "depreciation_years", "interest_rate"] as const;
// Rows of BL.CLASSSIZE.COST's table (MODELS.md §3), header row 1, value column 2.
const row = (r: number) => ({ pick: { row: r, col: 2 } });

export const CLASSSIZE_TEMPLATE: ModelTemplate = {
  id: "classsize",
  aliases: ["klassen", "klassenverkleining"],
  title: { nl: "Klassenverkleining", en: "Class-size reduction" },
  sheetName: { nl: "Klassenverkleining", en: "Class size" },
  intro: {
    nl: "Kleinere groepen: extra leraren (Rijk) en extra lokalen (gemeente) voor één school of jaargroep. Vul in kolom B uw eigen cijfers in.",
    en: "Smaller classes: extra teachers (Rijk) and extra classrooms (municipality) for one school or year group. Enter your own figures in column B.",
  },
  inputs: [
    input("pupils", { nl: "Leerlingen", en: "Pupils" }, UNITS.pupils, {
      nl: "Leerlingen van één eenheid die eigen groepen vormt (een school); voor meer scholen: BL.KLASSEN.KOSTEN met een bereik.",
      en: "Pupils of one unit that forms its own groups (a school); for several schools use BL.CLASSSIZE.COST with a range.",
    }, 240, "assumption", "count"),
    assumedInput("current_max", { nl: "Huidige maximale groepsgrootte", en: "Current maximum class size" }, UNITS.pupilsPerGroup, { nl: "Een geheel getal.", en: "A whole number." }, 30, {
      nl: "gemiddelde groep 22,6 in 2018/19; groepen boven 30 daalden van 5% naar 2% (DUO via RD, juni 2020)",
      en: "average group 22.6 in 2018/19; groups over 30 fell from 5% to 2% (DUO via RD, June 2020)",
    }, "count"),
    assumedInput("target_max", { nl: "Beoogde maximale groepsgrootte", en: "Target maximum class size" }, UNITS.pupilsPerGroup, { nl: "Een geheel getal kleiner dan het huidige maximum.", en: "A whole number below the current maximum." }, 23, {
      nl: "beleidskeuze; ter vergelijking het gemiddelde van 23,3 (2013/14–2015/16, Aanhangsel Handelingen TK 2015-2016 nr. 1442)",
      en: "a policy choice; for comparison the average of 23.3 (2013/14–2015/16, Aanhangsel Handelingen TK 2015-2016 no. 1442)",
    }, "count"),
    assumedInput("teacher_cost", { nl: "Personeelskosten per fte leraar", en: "Personnel cost per teacher FTE" }, UNITS.euroYear, { nl: "Per jaar; gedragen door het Rijk.", en: "Per year; carried by the Rijk." }, 85000, {
      nl: "geen bron voor het basisonderwijs; de GPL 2021 voor het voortgezet onderwijs was € 87.002–€ 98.672",
      en: "no source for primary schools; the 2021 GPL for secondary schools was €87,002–€98,672",
    }, "money"),
    assumedInput("classroom_m2", { nl: "Oppervlak per lokaal", en: "Floor area per classroom" }, UNITS.m2, { nl: "Bruto vloeroppervlak per extra lokaal.", en: "Gross floor area per extra classroom." }, 60, { nl: "geen bron gevonden", en: "no source found" }, "count"),
    input("cost_per_m2", { nl: "Bouwkosten per m²", en: "Building cost per m²" }, UNITS.euroM2, { nl: "Normbedrag per m² bvo.", en: "Normbedrag per m² gross floor area." }, 2847, {
      nl: "Normbedrag VNG-modelverordening € 2.847 per m² bvo, 2023 (Bouwstenen/BDB, via ruimte-ok.nl)",
      en: "VNG model ordinance normbedrag €2,847 per m² gross floor area, 2023 (Bouwstenen/BDB, via ruimte-ok.nl)",
    }, "money"),
    input("spare_classrooms", { nl: "Leegstaande lokalen", en: "Spare classrooms" }, UNITS.classrooms, { nl: "Lokalen die een extra groep kunnen opvangen.", en: "Empty classrooms that can take an extra group." }, 0, "assumption", "count"),
    assumedInput("depreciation_years", { nl: "Afschrijvingstermijn", en: "Depreciation period" }, UNITS.years, { nl: "Afschrijvingstermijn van de lokalen.", en: "Depreciation period of the classrooms." }, 40, { nl: "geen bron gevonden", en: "no source found" }, "count"),
    input("interest_rate", { nl: "Rentevoet", en: "Interest rate" }, UNITS.sharePerYear, { nl: "Rente voor de annuïteit; 0 is lineair.", en: "Interest for the annuity; 0 is straight-line." }, 0.02, "assumption", "share"),
  ],
  outputs: [
    output("groups_now", { nl: "Groepen nu", en: "Groups now" }, UNITS.groups, "count", "CLASSSIZE.COST", ARGS, row(2)),
    output("groups_target", { nl: "Groepen bij doel", en: "Groups at target" }, UNITS.groups, "count", "CLASSSIZE.COST", ARGS, row(3)),
    output("extra_fte", { nl: "Extra fte leraren", en: "Extra teacher FTE" }, UNITS.fte, "count", "CLASSSIZE.COST", ARGS, row(5)),
    output("teacher_cost_year", { nl: "Lerarenkosten per jaar (Rijk)", en: "Teacher cost per year (Rijk)" }, UNITS.euroYear, "money", "CLASSSIZE.COST", ARGS, row(6)),
    output("classroom_investment", { nl: "Investering lokalen (gemeente)", en: "Classroom investment (municipality)" }, UNITS.euro, "money", "CLASSSIZE.COST", ARGS, row(8)),
    output("housing_cost_year", { nl: "Huisvestingslasten per jaar (gemeente)", en: "Housing cost per year (municipality)" }, UNITS.euroYear, "money", "CLASSSIZE.COST", ARGS, row(9)),
    output("total_cost_year", { nl: "Totale kosten per jaar", en: "Total cost per year" }, UNITS.euroYear, "money", "CLASSSIZE.COST", ARGS, row(10)),
    output("cost_per_pupil", { nl: "Kosten per leerling per jaar", en: "Cost per pupil per year" }, UNITS.euroPerPupil, "money", "CLASSSIZE.COST", ARGS, row(11)),
  ],
  chart: { title: { nl: "Kosten per jaar: Rijk en gemeente", en: "Cost per year: Rijk and municipality" }, outputs: ["teacher_cost_year", "housing_cost_year"], format: "money" },
};
