import { notZero } from "../checks";
import { assumedInput, input, output, UNITS } from "../define";
import { priced } from "../prices";
import type { ModelTemplate } from "../types";

const SHARE = UNITS.sharePerYear;
const noFundData = { nl: "geen openbaar cijfer voor Nederlandse fondsen", en: "no public figure for Dutch funds" };
const FUND = ["capital", "years", "default_rate", "recovery_rate", "interest_rate", "cost_rate"] as const;
// BL.REVOLVING.COMPARE: the municipality's financing rate is the discount rate.
const COMPARE = ["capital", "years", "default_rate", "discount_rate", "recovery_rate", "interest_rate", "cost_rate", "remaining_life"] as const;
// Rows of BL.REVOLVING.COMPARE's table (README reference), header row 1, fund column 2.
const row = (r: number) => ({ pick: { row: r, col: 2 } });

export const REVOLVING_TEMPLATE: ModelTemplate = priced({
  id: "revolving",
  aliases: ["revolverend"],
  title: { nl: "Revolverend fonds", en: "Revolving fund" },
  sheetName: { nl: "Revolverend fonds", en: "Revolving fund" },
  intro: {
    nl: "Een fonds dat leent waar de markt niet leent, verliest geld aan wanbetaling, en het geld dat erin vastzit kost rente: de verborgen subsidie staat hieronder, als contante waarde tegen de omslagrente, naast wat de begroting laat zien. Voor de de-minimistoets op staatssteun rekent u het subsidie-element met de referentierente van de Europese Commissie in plaats van de omslagrente. Vul in kolom B uw eigen cijfers in, vooral de omslagrente.",
    en: "A fund that lends where the market will not loses money to defaults, and the money tied up in it costs interest: the hidden subsidy is shown below, as a present value at the financing rate, beside what the budget shows. For the de-minimis state-aid check, compute the subsidy element with the European Commission's reference rate instead of the financing rate. Enter your own figures in column B, above all the financing rate.",
  },
  inputs: [
    input("capital", { nl: "Kapitaal", en: "Capital" }, UNITS.euro, { nl: "Kapitaal van het fonds, geheel uitgeleend.", en: "Capital of the fund, all of it lent out." }, 10_000_000, {
      nl: "Voorbeeldomvang: het kleinste onderzochte provinciale fonds (Noord-Holland, € 10 mln); fondsen lopen tot € 200 mln (Zuidelijke Rekenkamer, juli 2023)",
      en: "Example size: the smallest provincial fund studied (Noord-Holland, €10 mln); funds range up to €200 mln (Zuidelijke Rekenkamer, July 2023)",
    }, "money", { priceYear: 2023 }),
    input("years", { nl: "Looptijd", en: "Horizon" }, UNITS.years, { nl: "Aantal jaren, een geheel getal.", en: "Number of years, a whole number." }, 10, "assumption", "count"),
    assumedInput("default_rate", { nl: "Wanbetaling per jaar", en: "Defaults per year" }, SHARE, {
      nl: "Deel van de uitstaande leningen dat per jaar niet wordt terugbetaald. Per jaar, niet over de looptijd: 30% over 5 jaar is =BL.REVOLVEREND.JAARWANBETALING(0,3; 5).",
      en: "Share of outstanding loans defaulting per year. Annual, not over the loan's life: 30% over 5 years is =BL.REVOLVING.ANNUALDEFAULT(0.3, 5).",
    }, 0.05, noFundData, "share"),
    assumedInput("recovery_rate", { nl: "Terugvordering", en: "Recovery" }, UNITS.share, { nl: "Deel van de niet-terugbetaalde hoofdsom dat alsnog wordt geïnd.", en: "Share of defaulted principal recovered." }, 0.2, noFundData, "share"),
    assumedInput("interest_rate", { nl: "Rente", en: "Interest" }, SHARE, { nl: "Rente die lopende leningen per jaar betalen.", en: "Interest paid by performing loans per year." }, 0.04, noFundData, "share"),
    assumedInput("cost_rate", { nl: "Beheerkosten", en: "Management costs" }, SHARE, { nl: "Beheerkosten per jaar als deel van het kapitaal.", en: "Management costs per year as a share of the capital." }, 0.01, noFundData, "share"),
    // The key stays "discount_rate" (scenarios are stored by key); what it asks for is the omslagrente.
    assumedInput("discount_rate", { nl: "Financieringsrente (omslagrente)", en: "Financing rate (omslagrente)" }, SHARE, {
      nl: "De eigen financieringsrente van de gemeente uit de paragraaf financiering, gebruikt als disconteringsvoet: wat het geld in het fonds aan rente kost of had kunnen besparen. Bij 0 lijkt het fonds niets te kosten, de illusie waar het essay voor waarschuwt.",
      en: "The municipality's own financing rate from the budget's paragraaf financiering, used as the discount rate: what the money in the fund costs in interest or could have saved. At 0 the fund seems to cost nothing, the illusion the essay warns about.",
    }, 0, { nl: "geen openbaar cijfer: vul de omslagrente van uw gemeente in", en: "no public figure: enter your municipality's financing rate" }, "share"),
    assumedInput("remaining_life", { nl: "Resterende looptijd uitstaande leningen", en: "Remaining life of outstanding loans" }, UNITS.years, {
      nl: "Gemiddelde resterende looptijd van de leningen die aan het eind nog uitstaan; ze tellen voor wat ze in die jaren nog opleveren. 0 is tegen boekwaarde, wat ze overschat zolang er wanbetaling is.",
      en: "Average remaining life of the loans still outstanding at the end; they count for what they bring back in those years. 0 is at book value, which overstates them while defaults go on.",
    }, 0, noFundData, "years"),
  ],
  outputs: [
    output("capital_end", { nl: "Kapitaal aan het eind", en: "Capital at the end" }, UNITS.euro, "money", "REVOLVING.CAPITAL", FUND),
    output("cost", { nl: "Verborgen subsidie (contante waarde)", en: "Hidden subsidy (present value)" }, UNITS.euro, "money", "REVOLVING.COST", [...FUND, "discount_rate"]),
    output("lossrate", { nl: "Waardeverlies per jaar (contante waarde)", en: "Value lost per year (present value)" }, SHARE, "share", "REVOLVING.LOSSRATE", ["default_rate", "recovery_rate", "interest_rate", "cost_rate", "discount_rate"]),
    output("breakeven", { nl: "Omslagpunt wanbetaling", en: "Break-even default rate" }, SHARE, "share", "REVOLVING.BREAKEVEN", ["recovery_rate", "interest_rate", "cost_rate", "discount_rate"]),
    output("budget_cost", { nl: "Kosten zichtbaar in de begroting (nominaal)", en: "Cost shown in the budget (nominal)" }, UNITS.euro, "money", "REVOLVING.COMPARE", COMPARE, row(6)),
    output("economic_cost", { nl: "Economische kosten, leningen gewaardeerd", en: "Economic cost, loans valued" }, UNITS.euro, "money", "REVOLVING.COMPARE", COMPARE, row(9)),
    output("per_subsidy", { nl: "Euro voor bedrijven per euro subsidie", en: "Euros for firms per euro of subsidy" }, UNITS.factor, "number", "REVOLVING.COMPARE", COMPARE, row(10)),
    output("subsidy_element", { nl: "Subsidie-element per euro", en: "Subsidy element per euro" }, UNITS.share, "share", "REVOLVING.COMPARE", COMPARE, row(11)),
  ],
  chart: { title: { nl: "Begroting tegenover economische kosten per scenario", en: "Budget against economic cost per scenario" }, outputs: ["budget_cost", "economic_cost"], format: "money" },
  // The fund keeps its value exactly when the loss rate (and so the cost) is zero:
  // that default rate is BL.REVOLVING.BREAKEVEN.
  closedForms: [
    { input: "default_rate", output: "lossrate", target: 0, answer: "breakeven" },
    { input: "default_rate", output: "cost", target: 0, answer: "breakeven" },
  ],
  checks: [
    notZero("discount_rate", {
      nl: "De financieringsrente staat op 0: dan kost geld dat in het fonds vastzit niets en lijkt een fonds dat zijn nominale waarde houdt gratis. Dat is de illusie waar het essay voor waarschuwt: bij 3% kost € 10 mln die tien jaar vastzit al € 2,56 mln aan contante waarde. Vul de omslagrente van uw gemeente in.",
      en: "The financing rate is 0: money tied up in the fund then costs nothing and a fund that keeps its nominal value seems free. That is the illusion the essay warns about: at 3%, €10m tied up for ten years already costs €2.56m in present value. Enter your municipality's financing rate.",
    }),
    notZero("default_rate", {
      nl: "De wanbetaling staat op 0. Een fonds dat alleen leent waar de markt niet leent, moet volgens het essay verwachten dat een flink deel niet terugkomt.",
      en: "Defaults are 0. A fund that lends only where the market will not must, the essay says, expect much of the money not to come back.",
    }),
    notZero("cost_rate", { nl: "De beheerkosten staan op 0; een fonds beheren kost vrijwel altijd geld.", en: "Management costs are 0; running a fund almost always costs money." }),
  ],
});
