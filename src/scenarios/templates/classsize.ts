import { notZero } from "../checks";
import { assumedInput, input, output, UNITS } from "../define";
import { priced } from "../prices";
import type { ModelTemplate } from "../types";

const ARGS = ["pupils", "current_max", "target_max", "teacher_cost", "classroom_m2", "cost_per_m2", "spare_classrooms", "depreciation_years", "interest_rate"] as const;
// Rows of BL.CLASSSIZE.COST's table (MODELS.md §3), header row 1, value column 2.
const row = (r: number) => ({ pick: { row: r, col: 2 } });

export const CLASSSIZE_TEMPLATE: ModelTemplate = priced({
  id: "classsize",
  aliases: ["klassen", "klassenverkleining"],
  title: { nl: "Klassenverkleining", en: "Class-size reduction" },
  sheetName: { nl: "Klassenverkleining", en: "Class size" },
  intro: {
    nl: "Kleinere groepen voor één school of jaargroep: extra leraren, volgens Allers (2017) voor het Rijk, en extra lokalen, volgens Allers (2017) voor de gemeente. Vul in kolom B uw eigen cijfers in.",
    en: "Smaller classes for one school or year group: extra teachers, for the Rijk according to Allers (2017), and extra classrooms, for the municipality according to Allers (2017). Enter your own figures in column B.",
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
    assumedInput("teacher_cost", { nl: "Personeelskosten per fte leraar", en: "Personnel cost per teacher FTE" }, UNITS.euroYear, { nl: "Per jaar; volgens Allers (2017) voor het Rijk.", en: "Per year; for the Rijk according to Allers (2017)." }, 85000, {
      nl: "geen bron voor het basisonderwijs; de GPL 2021 voor het voortgezet onderwijs was € 87.002–€ 98.672",
      en: "no source for primary schools; the 2021 GPL for secondary schools was €87,002–€98,672",
    }, "money", { priceYear: 2026 }),
    assumedInput("classroom_m2", { nl: "Bruto vloeroppervlak (bvo) per extra lokaal", en: "Gross floor area (BVO) per extra classroom" }, UNITS.m2, {
      nl: "Bvo, dus met gangen, muren en gedeelde ruimten: het normbedrag hieronder is per m² bvo. Het netto lokaal alleen is kleiner en zou de kosten onderschatten.",
      en: "BVO, so with corridors, walls and shared space: the normbedrag below is per m² BVO. The net classroom alone is smaller and would understate the cost.",
    }, 116, {
      nl: "afgeleid: 5,03 m² bvo per leerling (VNG-modelverordening 2008, via vastgoeddialoog.nl) × 23 leerlingen ≈ 116 m²; een ruimtenorm per leerling, geen norm per lokaal",
      en: "derived: 5.03 m² BVO per pupil (VNG model ordinance 2008, via vastgoeddialoog.nl) × 23 pupils ≈ 116 m²; a space norm per pupil, not per classroom",
    }, "count"),
    input("cost_per_m2", { nl: "Bouwkosten per m² bvo", en: "Building cost per m² BVO" }, UNITS.euroM2, { nl: "Normbedrag per m² bruto vloeroppervlak (bvo).", en: "Normbedrag per m² gross floor area (BVO)." }, 3209, {
      nl: "Normbedrag VNG-modelverordening € 2.847 per m² bvo in 2023 (Bouwstenen/BDB) × 1,1272, de indexering die de VNG voor 2024 aankondigde (ruimte-ok.nl, 25 oktober 2023) = € 3.209, prijspeil 2024. Het gepubliceerde normbedrag 2024 zelf en dat van latere jaren zijn niet tegen een actuele bron gecontroleerd",
      en: "VNG model ordinance normbedrag €2,847 per m² BVO in 2023 (Bouwstenen/BDB) × 1.1272, the indexation the VNG announced for 2024 (ruimte-ok.nl, 25 October 2023) = €3,209, price level 2024. The published 2024 normbedrag itself and those of later years were not checked against a current source",
    }, "money", { priceYear: 2024 }),
    input("spare_classrooms", { nl: "Leegstaande lokalen", en: "Spare classrooms" }, UNITS.classrooms, { nl: "Lokalen die een extra groep kunnen opvangen.", en: "Empty classrooms that can take an extra group." }, 0, "assumption", "count"),
    assumedInput("depreciation_years", { nl: "Afschrijvingstermijn", en: "Depreciation period" }, UNITS.years, { nl: "Afschrijvingstermijn van de lokalen.", en: "Depreciation period of the classrooms." }, 40, { nl: "geen bron gevonden", en: "no source found" }, "count"),
    assumedInput("interest_rate", { nl: "Rente (omslagrente)", en: "Interest rate (omslagrente)" }, UNITS.sharePerYear, {
      nl: "Rente voor de annuïteit: de financieringsrente van de gemeente. Bij 0 is het lineaire afschrijving zonder rentelasten.",
      en: "Interest for the annuity: the municipality's financing rate. At 0 it is straight-line depreciation without interest.",
    }, 0.02, { nl: "geen openbaar cijfer: vul de omslagrente van uw gemeente in", en: "no public figure: enter your municipality's financing rate" }, "share"),
  ],
  outputs: [
    output("groups_now", { nl: "Groepen nu", en: "Groups now" }, UNITS.groups, "count", "CLASSSIZE.COST", ARGS, row(2)),
    output("groups_target", { nl: "Groepen bij doel", en: "Groups at target" }, UNITS.groups, "count", "CLASSSIZE.COST", ARGS, row(3)),
    output("extra_fte", { nl: "Extra fte leraren", en: "Extra teacher FTE" }, UNITS.fte, "count", "CLASSSIZE.COST", ARGS, row(5)),
    output("teacher_cost_year", { nl: "Lerarenkosten per jaar (volgens Allers (2017): Rijk)", en: "Teacher cost per year (according to Allers (2017): Rijk)" }, UNITS.euroYear, "money", "CLASSSIZE.COST", ARGS, row(6)),
    output("classroom_investment", { nl: "Investering lokalen (volgens Allers (2017): gemeente)", en: "Classroom investment (according to Allers (2017): municipality)" }, UNITS.euro, "money", "CLASSSIZE.COST", ARGS, row(8)),
    output("housing_cost_year", { nl: "Huisvestingslasten per jaar (volgens Allers (2017): gemeente)", en: "Housing cost per year (according to Allers (2017): municipality)" }, UNITS.euroYear, "money", "CLASSSIZE.COST", ARGS, row(9)),
    output("total_cost_year", { nl: "Totale kosten per jaar", en: "Total cost per year" }, UNITS.euroYear, "money", "CLASSSIZE.COST", ARGS, row(10)),
    output("cost_per_pupil", { nl: "Kosten per leerling per jaar", en: "Cost per pupil per year" }, UNITS.euroPerPupil, "money", "CLASSSIZE.COST", ARGS, row(11)),
  ],
  chart: { title: { nl: "Kosten per jaar: volgens Allers (2017) voor Rijk en gemeente", en: "Cost per year: for the Rijk and the municipality according to Allers (2017)" }, outputs: ["teacher_cost_year", "housing_cost_year"], format: "money" },
  checks: [
    notZero("interest_rate", {
      nl: "De rente staat op 0: de lokalen kosten dan alleen afschrijving, terwijl het geld dat erin zit rente kost. Vul de omslagrente van uw gemeente in.",
      en: "The interest rate is 0: the classrooms then cost only depreciation, while the money in them costs interest. Enter your municipality's financing rate.",
    }),
  ],
});
