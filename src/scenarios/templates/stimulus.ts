import { notZero } from "../checks";
import { input, output, UNITS } from "../define";
import { priced } from "../prices";
import type { ModelTemplate } from "../types";

const ARGS = ["mpc", "import_share", "tax_rate"] as const;

export const STIMULUS_TEMPLATE: ModelTemplate = priced({
  id: "stimulus",
  aliases: ["stimulering", "weglek"],
  title: { nl: "Weglek van een lokale impuls", en: "Leakage of a local stimulus" },
  sheetName: { nl: "Lokale impuls", en: "Local stimulus" },
  intro: {
    nl: "Extra lokale bestedingen lekken weg naar andere gebieden: hoeveel inkomen blijft er in de gemeente? Vul in kolom B uw eigen cijfers in.",
    en: "Extra local spending leaks away to other areas: how much income stays in the municipality? Enter your own figures in column B.",
  },
  inputs: [
    input("amount", { nl: "Impuls", en: "Stimulus" }, UNITS.euro, { nl: "Bedrag dat lokaal wordt uitgegeven.", en: "Amount spent locally." }, 1_000_000, "assumption", "money", { range: { min: 0 }, priceYear: 2026 }),
    input("mpc", { nl: "Consumptiequote", en: "Propensity to consume" }, UNITS.share, { nl: "Deel van extra inkomen dat wordt uitgegeven.", en: "Share of extra income that is spent." }, 0.8, "assumption", "share"),
    input("import_share", { nl: "Importaandeel", en: "Import share" }, UNITS.share, { nl: "Deel van de bestedingen buiten het gebied; hoog voor een gemeente.", en: "Share of spending outside the area; high for a municipality." }, 0.6, "assumption", "share"),
    input("tax_rate", { nl: "Belastingvoet", en: "Tax rate" }, UNITS.share, { nl: "Deel van extra inkomen dat naar belastingen en premies gaat.", en: "Share of extra income taken in taxes and contributions." }, 0.3, "assumption", "share"),
  ],
  outputs: [
    output("multiplier", { nl: "Lokale multiplier", en: "Local multiplier" }, UNITS.factor, "factor", "STIMULUS.MULTIPLIER", ARGS),
    output("leakage", { nl: "Weglek", en: "Leakage" }, UNITS.share, "share", "STIMULUS.LEAKAGE", ARGS),
    output("local_income", { nl: "Lokaal inkomen uit de impuls", en: "Local income from the stimulus" }, UNITS.euro, "money", "STIMULUS.MULTIPLIER", ARGS, { times: "amount" }),
  ],
  chart: { title: { nl: "Lokaal inkomen uit de impuls per scenario", en: "Local income from the stimulus per scenario" }, outputs: ["local_income"], format: "money" },
  checks: [
    notZero("tax_rate", {
      nl: "De belastingvoet staat op 0: zonder belastingwig wordt elke extra euro inkomen helemaal opnieuw besteed en is de multiplier te hoog. Over extra inkomen gaan altijd belasting en premies af.",
      en: "The tax rate is 0: without a tax wedge every extra euro of income is spent again in full and the multiplier is too high. Extra income always pays tax and contributions.",
    }),
  ],
});
