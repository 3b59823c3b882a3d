import { assumedInput, input, output, UNITS } from "../define";
import type { ModelTemplate } from "../types";

const SHARE = UNITS.sharePerYear;
const noFundData = { nl: "geen openbaar cijfer voor Nederlandse fondsen", en: "no public figure for Dutch funds" };

export const REVOLVING_TEMPLATE: ModelTemplate = {
  id: "revolving",
  aliases: ["revolverend"],
  title: { nl: "Revolverend fonds", en: "Revolving fund" },
  sheetName: { nl: "Revolverend fonds", en: "Revolving fund" },
  intro: {
    nl: "Een fonds dat leent waar de markt niet leent, verliest geld aan wanbetaling: de verborgen subsidie staat hieronder. Vul in kolom B uw eigen cijfers in.",
    en: "A fund that lends where the market will not loses money to defaults: the hidden subsidy is shown below. Enter your own figures in column B.",
  },
  inputs: [
    input("capital", { nl: "Kapitaal", en: "Capital" }, UNITS.euro, { nl: "Kapitaal van het fonds, geheel uitgeleend.", en: "Capital of the fund, all of it lent out." }, 10_000_000, {
      nl: "Voorbeeldomvang: het kleinste onderzochte provinciale fonds (Noord-Holland, € 10 mln); fondsen lopen tot € 200 mln (Zuidelijke Rekenkamer, juli 2023)",
      en: "Example size: the smallest provincial fund studied (Noord-Holland, €10 mln); funds range up to €200 mln (Zuidelijke Rekenkamer, July 2023)",
    }, "money"),
    input("years", { nl: "Looptijd", en: "Horizon" }, UNITS.years, { nl: "Aantal jaren, een geheel getal.", en: "Number of years, a whole number." }, 10, "assumption", "count"),
    assumedInput("default_rate", { nl: "Wanbetaling per jaar", en: "Defaults per year" }, SHARE, {
      nl: "Deel van de uitstaande leningen dat per jaar niet wordt terugbetaald. Per jaar, niet over de looptijd: 30% over 5 jaar is =BL.REVOLVEREND.JAARWANBETALING(0,3; 5).",
      en: "Share of outstanding loans defaulting per year. Annual, not over the loan's life: 30% over 5 years is =BL.REVOLVING.ANNUALDEFAULT(0.3, 5).",
    }, 0.05, noFundData, "share"),
    assumedInput("recovery_rate", { nl: "Terugvordering", en: "Recovery" }, UNITS.share, { nl: "Deel van de niet-terugbetaalde hoofdsom dat alsnog wordt geïnd.", en: "Share of defaulted principal recovered." }, 0.2, noFundData, "share"),
    assumedInput("interest_rate", { nl: "Rente", en: "Interest" }, SHARE, { nl: "Rente die lopende leningen per jaar betalen.", en: "Interest paid by performing loans per year." }, 0.04, noFundData, "share"),
    assumedInput("cost_rate", { nl: "Beheerkosten", en: "Management costs" }, SHARE, { nl: "Beheerkosten per jaar als deel van het kapitaal.", en: "Management costs per year as a share of the capital." }, 0.01, noFundData, "share"),
    input("discount_rate", { nl: "Disconteringsvoet", en: "Discount rate" }, SHARE, { nl: "Disconteringsvoet per jaar (reële waarde).", en: "Discount rate per year (real value)." }, 0.02, "assumption", "share"),
  ],
  outputs: [
    output("capital_end", { nl: "Kapitaal aan het eind", en: "Capital at the end" }, UNITS.euro, "money", "REVOLVING.CAPITAL", ["capital", "years", "default_rate", "recovery_rate", "interest_rate", "cost_rate"]),
    output("cost", { nl: "Verborgen subsidie (contant)", en: "Hidden subsidy (present value)" }, UNITS.euro, "money", "REVOLVING.COST", ["capital", "years", "default_rate", "recovery_rate", "interest_rate", "cost_rate", "discount_rate"]),
    output("lossrate", { nl: "Reëel waardeverlies per jaar", en: "Real value lost per year" }, SHARE, "share", "REVOLVING.LOSSRATE", ["default_rate", "recovery_rate", "interest_rate", "cost_rate", "discount_rate"]),
    output("breakeven", { nl: "Omslagpunt wanbetaling", en: "Break-even default rate" }, SHARE, "share", "REVOLVING.BREAKEVEN", ["recovery_rate", "interest_rate", "cost_rate", "discount_rate"]),
  ],
  chart: { title: { nl: "Eindkapitaal en verborgen subsidie per scenario", en: "End capital and hidden subsidy per scenario" }, outputs: ["capital_end", "cost"], format: "money" },
  // The fund keeps its real value exactly when the loss rate (and so the cost) is zero:
  // that default rate is BL.REVOLVING.BREAKEVEN.
  closedForms: [
    { input: "default_rate", output: "lossrate", target: 0, answer: "breakeven" },
    { input: "default_rate", output: "cost", target: 0, answer: "breakeven" },
  ],
};
