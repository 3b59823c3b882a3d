import { defineFunction } from "../core/spec";
import * as m from "../models/stimulus";
import { share } from "./params";

const essay = { en: "Who does what? (Wie doet wat?)", nl: "Wie doet wat?" };

const params = [
  share("mpc", "consumptiequote", { en: "Marginal propensity to consume: share of extra income that is spent.", nl: "Marginale consumptiequote: deel van extra inkomen dat wordt uitgegeven." }),
  share("import_share", "importaandeel", { en: "Share of spending that buys goods and services from outside the area; high for a municipality.", nl: "Deel van de bestedingen dat goederen en diensten van buiten het gebied koopt; hoog voor een gemeente." }),
  share("tax_rate", "belastingvoet", { en: "Share of extra income taken in taxes. Default 0.", nl: "Deel van extra inkomen dat naar belastingen gaat. Standaard 0." }, 0),
] as const;

export const STIMULUS = [
  defineFunction({
    id: "STIMULUS.MULTIPLIER",
    name: { en: "STIMULUS.MULTIPLIER", nl: "STIMULERING.MULTIPLIER" },
    description: { en: "Local income per euro of stimulus spent locally.", nl: "Lokaal inkomen per euro lokale bestedingsimpuls." },
    essay,
    params,
    result: "scalar",
    example: "=BL.STIMULUS.MULTIPLIER(0.8, 0.6, 0.3)",
    compute: m.multiplier,
  }),
  defineFunction({
    id: "STIMULUS.LEAKAGE",
    name: { en: "STIMULUS.LEAKAGE", nl: "STIMULERING.WEGLEK" },
    description: { en: "Share of the closed-economy effect of a stimulus that leaks away to other areas.", nl: "Deel van het effect van een bestedingsimpuls in een gesloten economie dat weglekt naar andere gebieden." },
    essay,
    params,
    result: "scalar",
    example: "=BL.STIMULUS.LEAKAGE(0.8, 0.6, 0.3)",
    compute: m.leakage,
  }),
];
