import { input, output, UNITS } from "../define";
import type { ModelTemplate } from "../types";

export const TAXMIGRATION_TEMPLATE: ModelTemplate = {
  id: "taxmigration",
  aliases: ["belastingvlucht"],
  title: { nl: "Belastingvlucht", en: "Tax migration" },
  sheetName: { nl: "Belastingvlucht", en: "Tax migration" },
  intro: {
    nl: "Een hoger lokaal tarief dan bij de buren jaagt belastingbetalers weg: blijvers, opbrengst en het tarief met de hoogste opbrengst. Vul in kolom B uw eigen cijfers in.",
    en: "A local rate above the neighbour's drives taxpayers away: stayers, revenue and the revenue-maximising rate. Enter your own figures in column B.",
  },
  inputs: [
    input("households", { nl: "Belaste huishoudens", en: "Taxed households" }, UNITS.households, { nl: "Huishoudens die de lokale heffing betalen.", en: "Households paying the local levy." }, 5000, "assumption", "count"),
    input("income", { nl: "Belastbaar inkomen per huishouden", en: "Taxable income per household" }, UNITS.euroYear, { nl: "Grondslag van de lokale heffing per huishouden.", en: "Base of the local levy per household." }, 120000, "assumption", "money"),
    input("local_rate", { nl: "Lokaal tarief", en: "Local rate" }, UNITS.share, { nl: "Tarief van de gemeente.", en: "The municipality's rate." }, 0.05, "assumption", "share"),
    input("neighbour_rate", { nl: "Tarief buurgemeente", en: "Neighbour's rate" }, UNITS.share, { nl: "Tarief van de buren.", en: "The neighbour's rate." }, 0.02, "assumption", "share"),
    input("elasticity", { nl: "Migratie-elasticiteit", en: "Migration elasticity" }, UNITS.elasticity, {
      nl: "% minder belastingbetalers per % lager netto-tarief. Literatuur: 1,5–2 (Kleven e.a. 2014), 1,6–2,7 (30%-regeling); semi-elasticiteit < 0,1 voor miljonairs in New Jersey.",
      en: "% fewer taxpayers per % lower net-of-tax rate. Literature: 1.5–2 (Kleven et al. 2014), 1.6–2.7 (30% ruling); semi-elasticities below 0.1 for New Jersey millionaires.",
    }, 1.8, {
      nl: "1,8 voor topwetenschappers (Moretti en Wilson, AER 2017); hoge inkomens 1,5–2 (Kleven, Landais, Saez en Schultz, QJE 2014)",
      en: "1.8 for star scientists (Moretti and Wilson, AER 2017); high earners 1.5–2 (Kleven, Landais, Saez and Schultz, QJE 2014)",
    }, "factor"),
    input("national_rate", { nl: "Landelijk tarief", en: "National rate" }, UNITS.share, { nl: "Landelijke belasting op hetzelfde inkomen.", en: "National tax on the same income." }, 0.4, "assumption", "share"),
  ],
  outputs: [
    output("stayers", { nl: "Blijvende huishoudens", en: "Households staying" }, UNITS.households, "number", "TAXMIGRATION.STAYERS", ["households", "local_rate", "neighbour_rate", "elasticity", "national_rate"]),
    output("revenue", { nl: "Opbrengst", en: "Revenue" }, UNITS.euroYear, "money", "TAXMIGRATION.REVENUE", ["households", "income", "local_rate", "neighbour_rate", "elasticity", "national_rate"]),
    output("maxrate", { nl: "Tarief met hoogste opbrengst", en: "Revenue-maximising rate" }, UNITS.share, "share", "TAXMIGRATION.MAXRATE", ["elasticity", "national_rate"]),
    output("revenue_at_maxrate", { nl: "Opbrengst bij dat tarief", en: "Revenue at that rate" }, UNITS.euroYear, "money", "TAXMIGRATION.REVENUE", ["households", "income", "maxrate", "neighbour_rate", "elasticity", "national_rate"]),
  ],
  chart: { title: { nl: "Opbrengst nu en maximaal per scenario", en: "Revenue now and at most, per scenario" }, outputs: ["revenue", "revenue_at_maxrate"], format: "money" },
  closedForms: [{ input: "local_rate", output: "revenue", target: "max", answer: "maxrate" }],
};
