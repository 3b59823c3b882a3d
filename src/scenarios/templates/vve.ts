import { notZero } from "../checks";
import { assumedInput, input, output, UNITS } from "../define";
import { priced } from "../prices";
import type { ModelTemplate } from "../types";

const ARGS = ["children", "target_share", "cost_per_child", "years", "takeup", "takeup", "sensitivity", "false_positive_rate", "screening_cost"] as const;
// BL.VVE.OPTIONS: the same arguments, effect 1 per target child, then the hybrid and the money that comes off.
const OPTIONS = [...ARGS, 1, "effect_other", "base_share", "grant", "parent_contribution"] as const;
// Rows of BL.VVE.OPTIONS's table (README reference), header row 1; columns universal 2, targeted 3, hybrid 4.
const option = (row: number, col: number) => ({ pick: { row, col } });
const noSource = { nl: "geen landelijk cijfer; gebruik dat van uw gemeente", en: "no national figure; use your municipality's" };

export const VVE_TEMPLATE: ModelTemplate = priced({
  id: "vve",
  aliases: [],
  title: { nl: "VVE: algemeen of gericht", en: "Early education (VVE): universal or targeted" },
  sheetName: { nl: "VVE", en: "VVE" },
  intro: {
    nl: "VVE voor alle kinderen, alleen voor kinderen met een indicatie, of een mengvorm (een algemene basis met extra uren voor wie dat nodig heeft): kosten, bereik en de netto kosten voor de gemeente naast elkaar. Kosten per extra effect: wat de gemeente netto meer betaalt dan bij gericht aanbod, per effecteenheid die dat oplevert. Vul in kolom B uw eigen cijfers in.",
    en: "VVE for every child, only for children with an indication, or a hybrid (a universal base with extra hours for those who need them): cost, reach and the municipality's net cost side by side. Cost per extra effect: what the municipality pays net on top of the targeted offer, per effect unit that buys. Enter your own figures in column B.",
  },
  inputs: [
    assumedInput("children", { nl: "Kinderen in de leeftijdsgroep", en: "Children in the age group" }, UNITS.children, { nl: "Aantal kinderen van 2,5 tot 4 jaar in de gemeente.", en: "Children aged 2.5 to 4 in the municipality." }, 1000, noSource, "count"),
    assumedInput("target_share", { nl: "Aandeel doelgroepkinderen", en: "Share of target children" }, UNITS.share, {
      nl: "Deel met een VVE-indicatie. Landelijk waren in 2022 53.257 doelgroepkinderen bekend, een onderschatting (NJi).",
      en: "Share with a VVE indication. Nationally 53,257 target children were known in 2022, an undercount (NJi).",
    }, 0.15, noSource, "share"),
    input("cost_per_child", { nl: "Kosten per kind per jaar", en: "Cost per child per year" }, UNITS.euroYear, {
      nl: "Kosten van een VVE-plaats per programmajaar (640 uur: 16 uur per week, 40 weken).",
      en: "Cost of a VVE place per programme year (640 hours: 16 hours a week, 40 weeks).",
    }, 8100, {
      nl: "€ 12,66 per uur per plaats (Beverwijk 2024) × 640 uur per jaar ≈ € 8.100; het hele programma van 960 uur (1,5 jaar) ≈ € 12.150. Eén gemeente, geen norm; niet gecontroleerd tegen een tarief voor 2026",
      en: "€12.66 per hour per place (Beverwijk 2024) × 640 hours a year ≈ €8,100; the whole 960-hour programme (1.5 years) ≈ €12,150. One municipality, not a norm; not checked against a 2026 rate",
    }, "money", { priceYear: 2024 }),
    input("years", { nl: "Programmajaren per kind", en: "Programme years per child" }, UNITS.years, { nl: "960 uur vanaf 2,5 jaar, bij 16 uur per week en 40 weken per jaar 1,5 jaar.", en: "960 hours from age 2.5; at 16 hours a week for 40 weeks a year that is 1.5 years." }, 1.5, {
      nl: "VVE-norm 960 uur vanaf 2,5 jaar, bijv. 16 uur per week, 40 weken per jaar, sinds 2020 (goab.eu FAQ; NRC 2018)",
      en: "VVE norm of 960 hours from age 2.5, e.g. 16 hours a week for 40 weeks, since 2020 (goab.eu FAQ; NRC 2018)",
    }, "years"),
    input("takeup", { nl: "Deelname", en: "Take-up" }, UNITS.share, { nl: "Deel van de geselecteerde kinderen dat deelneemt.", en: "Share of selected children that take part." }, 0.77, {
      nl: "77% van de doelgroepkinderen bereikt in 2022 (NJi, cijfers voorschoolse educatie); niet gecontroleerd tegen een recenter cijfer",
      en: "77% of target children reached in 2022 (NJi, figures on voorschoolse educatie); not checked against a more recent figure",
    }, "share"),
    input("sensitivity", { nl: "Sensitiviteit screening", en: "Screening sensitivity" }, UNITS.share, { nl: "Deel van de doelgroepkinderen dat de screening vindt.", en: "Share of target children the screening finds." }, 0.85, "assumption", "share"),
    input("false_positive_rate", { nl: "Vals-positief", en: "False positives" }, UNITS.share, { nl: "Deel van de overige kinderen dat ten onrechte wordt geselecteerd.", en: "Share of other children wrongly selected." }, 0.05, "assumption", "share"),
    input("screening_cost", { nl: "Screeningskosten per kind", en: "Screening cost per child" }, UNITS.euroPerChild, { nl: "Kosten van de screening per kind; elk kind wordt gescreend.", en: "Screening cost per child; every child is screened." }, 40, "assumption", "money", { priceYear: 2026 }),
    input("effect_other", { nl: "Effect voor een kind zonder achterstand", en: "Effect for a child without a disadvantage" }, UNITS.factor, {
      nl: "Effect van deelname voor een kind zonder achterstand, als deel van het effect voor een doelgroepkind (1). Het essay verwacht weinig: die kinderen krijgen thuis genoeg mee.",
      en: "Effect of taking part for a child without a disadvantage, as a share of the effect for a target child (1). The essay expects little: these children get enough at home.",
    }, 0.1, "assumption", "factor"),
    input("base_share", { nl: "Basisaandeel (mengvorm)", en: "Base share (hybrid)" }, UNITS.share, {
      nl: "Deel van de uren in de algemene basis van de mengvorm; doelgroepkinderen krijgen de rest erbij. Een kind met een deel van de uren krijgt naar aanname dat deel van het effect.",
      en: "Share of the hours in the universal base of the hybrid; target children get the rest on top. A child with part of the hours is assumed to get that part of the effect.",
    }, 0.625, {
      nl: "10 van de 16 uur per week: de VVE-norm van voor 2020 tegenover die van nu (goab.eu FAQ; NRC 2018)",
      en: "10 of 16 hours a week: the VVE norm before 2020 against the norm since (goab.eu FAQ; NRC 2018)",
    }, "share"),
    assumedInput("grant", { nl: "GOAB-uitkering voor deze kinderen", en: "GOAB grant for these children" }, UNITS.euro, {
      nl: "Het deel van de GOAB-uitkering van uw gemeente dat deze kinderen betreft, over het programma, in het begrotingsjaar. Niet bestede GOAB-middelen mag u niet houden.",
      en: "The part of your municipality's GOAB grant for these children, over the programme, in the budget year. Unspent GOAB money cannot be kept.",
    }, 0, {
      nl: "landelijk € 486 mln per jaar voor onderwijsachterstandenbeleid (Kamerstuk 27020 nr. 79, 2018); het bedrag van uw gemeente staat in uw beschikking",
      en: "nationally €486 mln a year for onderwijsachterstandenbeleid (Kamerstuk 27020 no. 79, 2018); your municipality's amount is in its allocation letter",
    }, "money"),
    assumedInput("parent_contribution", { nl: "Ouderbijdrage per kind per jaar", en: "Parents' contribution per child per year" }, UNITS.euroYear, {
      nl: "Gemiddelde ouderbijdrage per kind per programmajaar voor alle uren; wie alleen de basis krijgt, betaalt dat deel.",
      en: "Average parents' contribution per child per programme year for every hour; a child with the base only pays that share.",
    }, 0, { nl: "geen bron voor een gemiddelde; vul dat van uw eigen regeling in", en: "no source gives an average; enter your own scheme's" }, "money"),
  ],
  outputs: [
    output("universal_cost", { nl: "Kosten algemeen aanbod", en: "Cost of universal offer" }, UNITS.euro, "money", "VVE.UNIVERSAL", ["children", "target_share", "cost_per_child", "years", "takeup"]),
    output("targeted_cost", { nl: "Kosten gericht aanbod", en: "Cost of targeted offer" }, UNITS.euro, "money", "VVE.TARGETED", ["children", "target_share", "cost_per_child", "years", "takeup", "sensitivity", "false_positive_rate", "screening_cost"]),
    output("reached_universal", { nl: "Doelgroepkinderen bereikt, algemeen", en: "Target children reached, universal" }, UNITS.children, "number", "VVE.COMPARE", ARGS, { pick: { row: 3, col: 2 } }),
    output("reached_targeted", { nl: "Doelgroepkinderen bereikt, gericht", en: "Target children reached, targeted" }, UNITS.children, "number", "VVE.COMPARE", ARGS, { pick: { row: 3, col: 3 } }),
    output("cost_per_reached_universal", { nl: "Kosten per bereikt doelgroepkind, algemeen", en: "Cost per target child reached, universal" }, UNITS.euroPerChild, "money", "VVE.COMPARE", ARGS, { pick: { row: 6, col: 2 } }),
    output("cost_per_reached_targeted", { nl: "Kosten per bereikt doelgroepkind, gericht", en: "Cost per target child reached, targeted" }, UNITS.euroPerChild, "money", "VVE.COMPARE", ARGS, { pick: { row: 6, col: 3 } }),
    output("net_universal", { nl: "Netto kosten gemeente, algemeen", en: "Net municipal cost, universal" }, UNITS.euro, "money", "VVE.OPTIONS", OPTIONS, option(8, 2)),
    output("net_targeted", { nl: "Netto kosten gemeente, gericht", en: "Net municipal cost, targeted" }, UNITS.euro, "money", "VVE.OPTIONS", OPTIONS, option(8, 3)),
    output("net_hybrid", { nl: "Netto kosten gemeente, mengvorm", en: "Net municipal cost, hybrid" }, UNITS.euro, "money", "VVE.OPTIONS", OPTIONS, option(8, 4)),
    output("extra_universal", { nl: "Kosten per extra effect, algemeen", en: "Cost per extra effect, universal" }, UNITS.euro, "money", "VVE.OPTIONS", OPTIONS, option(13, 2)),
    output("extra_hybrid", { nl: "Kosten per extra effect, mengvorm", en: "Cost per extra effect, hybrid" }, UNITS.euro, "money", "VVE.OPTIONS", OPTIONS, option(13, 4)),
  ],
  chart: { title: { nl: "Kosten algemeen en gericht per scenario", en: "Cost, universal and targeted, per scenario" }, outputs: ["universal_cost", "targeted_cost"], format: "money" },
  checks: [
    notZero("grant", {
      nl: "De GOAB-uitkering staat op 0: de netto kosten zijn dan de bruto kosten. Het Rijk betaalt gemeenten samen € 486 mln per jaar voor onderwijsachterstandenbeleid (Kamerstuk 27020 nr. 79); vul het deel van uw gemeente in.",
      en: "The GOAB grant is 0: the net cost is then the gross cost. The Rijk pays municipalities €486 mln a year together for onderwijsachterstandenbeleid (Kamerstuk 27020 no. 79); enter your municipality's part.",
    }),
  ],
});
