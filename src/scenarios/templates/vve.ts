import { assumedInput, input, output, UNITS } from "../define";
import type { ModelTemplate } from "../types";

const ARGS = ["children", "target_share", "cost_per_child", "years", "takeup", "takeup", "sensitivity", "false_positive_rate", "screening_cost"] as const;
const noSource = { nl: "geen landelijk cijfer; gebruik dat van uw gemeente", en: "no national figure; use your municipality's" };

export const VVE_TEMPLATE: ModelTemplate = {
  id: "vve",
  aliases: [],
  title: { nl: "VVE: algemeen of gericht", en: "Early education (VVE): universal or targeted" },
  sheetName: { nl: "VVE", en: "VVE" },
  intro: {
    nl: "VVE voor alle kinderen of alleen voor kinderen met een indicatie: kosten en bereik naast elkaar. Vul in kolom B uw eigen cijfers in.",
    en: "VVE for every child or only for children with an indication: cost and reach side by side. Enter your own figures in column B.",
  },
  inputs: [
    assumedInput("children", { nl: "Kinderen in de leeftijdsgroep", en: "Children in the age group" }, UNITS.children, { nl: "Aantal kinderen van 2,5 tot 4 jaar in de gemeente.", en: "Children aged 2.5 to 4 in the municipality." }, 1000, noSource, "count"),
    assumedInput("target_share", { nl: "Aandeel doelgroepkinderen", en: "Share of target children" }, UNITS.share, {
      nl: "Deel met een VVE-indicatie. Landelijk waren in 2022 53.257 doelgroepkinderen bekend, een onderschatting (NJi).",
      en: "Share with a VVE indication. Nationally 53,257 target children were known in 2022, an undercount (NJi).",
    }, 0.15, noSource, "share"),
    input("cost_per_child", { nl: "Kosten per kind per jaar", en: "Cost per child per year" }, UNITS.euroYear, { nl: "Kosten van een VVE-plaats per programmajaar.", en: "Cost of a VVE place per programme year." }, 8100, {
      nl: "€ 12,66 per uur per plaats (Beverwijk 2024) × 16 uur × 40 weken ≈ € 8.100 per jaar; één gemeente, geen norm",
      en: "€12.66 per hour per place (Beverwijk 2024) × 16 hours × 40 weeks ≈ €8,100 a year; one municipality, not a norm",
    }, "money"),
    input("years", { nl: "Programmajaren per kind", en: "Programme years per child" }, UNITS.years, { nl: "960 uur vanaf 2,5 jaar, bij 16 uur per week en 40 weken per jaar 1,5 jaar.", en: "960 hours from age 2.5; at 16 hours a week for 40 weeks a year that is 1.5 years." }, 1.5, {
      nl: "VVE-norm 960 uur vanaf 2,5 jaar, bijv. 16 uur per week, 40 weken per jaar, sinds 2020 (goab.eu FAQ; NRC 2018)",
      en: "VVE norm of 960 hours from age 2.5, e.g. 16 hours a week for 40 weeks, since 2020 (goab.eu FAQ; NRC 2018)",
    }, "years"),
    input("takeup", { nl: "Deelname", en: "Take-up" }, UNITS.share, { nl: "Deel van de geselecteerde kinderen dat deelneemt.", en: "Share of selected children that take part." }, 0.77, {
      nl: "77% van de doelgroepkinderen bereikt in 2022 (NJi, cijfers voorschoolse educatie)",
      en: "77% of target children reached in 2022 (NJi, figures on voorschoolse educatie)",
    }, "share"),
    input("sensitivity", { nl: "Sensitiviteit screening", en: "Screening sensitivity" }, UNITS.share, { nl: "Deel van de doelgroepkinderen dat de screening vindt.", en: "Share of target children the screening finds." }, 0.85, "assumption", "share"),
    input("false_positive_rate", { nl: "Vals-positief", en: "False positives" }, UNITS.share, { nl: "Deel van de overige kinderen dat ten onrechte wordt geselecteerd.", en: "Share of other children wrongly selected." }, 0.05, "assumption", "share"),
    input("screening_cost", { nl: "Screeningskosten per kind", en: "Screening cost per child" }, UNITS.euroPerChild, { nl: "Kosten van de screening per kind; elk kind wordt gescreend.", en: "Screening cost per child; every child is screened." }, 40, "assumption", "money"),
  ],
  outputs: [
    output("universal_cost", { nl: "Kosten algemeen aanbod", en: "Cost of universal offer" }, UNITS.euro, "money", "VVE.UNIVERSAL", ["children", "target_share", "cost_per_child", "years", "takeup"]),
    output("targeted_cost", { nl: "Kosten gericht aanbod", en: "Cost of targeted offer" }, UNITS.euro, "money", "VVE.TARGETED", ["children", "target_share", "cost_per_child", "years", "takeup", "sensitivity", "false_positive_rate", "screening_cost"]),
    output("reached_universal", { nl: "Doelgroepkinderen bereikt, algemeen", en: "Target children reached, universal" }, UNITS.children, "number", "VVE.COMPARE", ARGS, { pick: { row: 3, col: 2 } }),
    output("reached_targeted", { nl: "Doelgroepkinderen bereikt, gericht", en: "Target children reached, targeted" }, UNITS.children, "number", "VVE.COMPARE", ARGS, { pick: { row: 3, col: 3 } }),
    output("cost_per_reached_universal", { nl: "Kosten per bereikt doelgroepkind, algemeen", en: "Cost per target child reached, universal" }, UNITS.euroPerChild, "money", "VVE.COMPARE", ARGS, { pick: { row: 6, col: 2 } }),
    output("cost_per_reached_targeted", { nl: "Kosten per bereikt doelgroepkind, gericht", en: "Cost per target child reached, targeted" }, UNITS.euroPerChild, "money", "VVE.COMPARE", ARGS, { pick: { row: 6, col: 3 } }),
  ],
  chart: { title: { nl: "Kosten algemeen en gericht per scenario", en: "Cost, universal and targeted, per scenario" }, outputs: ["universal_cost", "targeted_cost"], format: "money" },
};
