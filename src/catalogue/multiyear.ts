import { defineFunction } from "../core/spec";
import * as m from "../models/multiyear";
import { num, share } from "./params";

const YEAR = { min: 1900, max: 2200, integer: true };

export const MULTIYEAR = [
  defineFunction({
    id: "MULTIYEAR",
    name: { en: "MULTIYEAR", nl: "MEERJARIG" },
    description: {
      en: "A yearly amount laid out over the years of the meerjarenraming: in the prices of its price year, in the prices of each year after indexation, and as a present value (contante waarde) in the budget year.",
      nl: "Een jaarbedrag uitgezet over de jaren van de meerjarenraming: in prijzen van het prijspeil, in prijzen van elk jaar na indexering, en als contante waarde in het begrotingsjaar.",
    },
    // Not a model of the essay but the frame every model's outcome is read in: its closing
    // section, "it is how the money is spent that matters".
    essay: { en: "Conclusion (Besluit)", nl: "Besluit" },
    params: [
      num("amount", "bedrag", { en: "Amount per year in euros, e.g. the outcome of another BL function; any number.", nl: "Bedrag per jaar in euro, bijv. de uitkomst van een andere BL-functie; elk getal." }, {}),
      num("budget_year", "begrotingsjaar", { en: "The budget year, the first year of the meerjarenraming, a whole number from 1900 to 2200 (e.g. 2026).", nl: "Het begrotingsjaar, het eerste jaar van de meerjarenraming, een geheel getal van 1900 tot en met 2200 (bijv. 2026)." }, YEAR),
      num("price_year", "prijspeil", { en: "The year whose prices the amount is in (prijspeil), a whole number from 1900 to 2200.", nl: "Het jaar in wiens prijzen het bedrag staat (prijspeil), een geheel getal van 1900 tot en met 2200." }, YEAR),
      share("indexation", "indexering", {
        en: "Price increase per year, greater than −1 and at most 1. No source gives a forecast: use your own budget's loon- en prijsindex. Default 0 (prices stay at the price year's).",
        nl: "Prijsstijging per jaar, groter dan −1 en ten hoogste 1. Geen bron geeft een raming: gebruik de loon- en prijsindex van uw eigen begroting. Standaard 0 (prijzen blijven op het prijspeil).",
      }, 0, { min: -1, max: 1, minOpen: true }),
      share("discount_rate", "disconteringsvoet", {
        en: "Discount rate per year for the present value, greater than −1 and at most 1; e.g. the municipality's financing rate (omslagrente). Default 0.",
        nl: "Disconteringsvoet per jaar voor de contante waarde, groter dan −1 en ten hoogste 1; bijv. de financieringsrente van de gemeente (omslagrente). Standaard 0.",
      }, 0, { min: -1, max: 1, minOpen: true }),
      num("years", "jaren", { en: "Number of years, a whole number from 1 to 50. Default 4: the budget year and the three years after it.", nl: "Aantal jaren, een geheel getal van 1 tot en met 50. Standaard 4: het begrotingsjaar en de drie jaren erna." }, { min: 1, max: 50, integer: true }, { default: 4 }),
    ],
    result: "table",
    example: "=BL.MULTIYEAR(250000, 2026, 2024, 0.025, 0.03)",
    formulas: [
      "For each year `y` = budget_year … budget_year + years − 1, with `k = y − budget_year`:",
      "",
      "    in prices of the price year = amount",
      "    in prices of year y         = amount·(1 + indexation)^(y − price_year)",
      "    contante waarde             = (in prices of year y)/(1 + discount_rate)^k   (the budget year is not discounted)",
      "",
      "Spill, columns Year, In prices of the price year, In prices of each year, Present value in the budget year; one row per year, then a Total row with the three sums.",
    ],
    compute: m.multiYear,
  }),
];
