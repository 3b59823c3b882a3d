import { notZero } from "../checks";
import { input, output, UNITS } from "../define";
import { priced } from "../prices";
import type { ModelTemplate, TemplateCheck } from "../types";

const STAYERS = (e: string) => ["households", "local_rate", "neighbour_rate", e, "national_rate"];
const REVENUE = (e: string) => ["households", "income", "local_rate", "neighbour_rate", e, "national_rate"];

const ELASTICITY_HELP = {
  nl: "Migratie-elasticiteit: % minder belastingbetalers per 1% lager netto-tarief (1 − landelijk − lokaal). Een elasticiteit, geen semi-elasticiteit (% per procentpunt belasting). De studies meten verhuizen over de grens; naar een buurgemeente verhuizen is veel makkelijker, dus lokaal is de reactie waarschijnlijk sterker.",
  en: "Migration elasticity: % fewer taxpayers per 1% lower net-of-tax rate (1 − national − local). An elasticity, not a semi-elasticity (% per percentage point of tax). The studies measure moving across a border; moving to a neighbouring municipality is far easier, so local responses are likely stronger.",
};

/** An elasticity below 0.5 looks like a semi-elasticity typed where an elasticity is asked. */
const semiElasticity = (key: string): TemplateCheck => ({
  id: `${key}-semi`,
  inputs: [key],
  when: (v) => (v[key] as number) < 0.5,
  message: {
    nl: "Een migratie-elasticiteit onder 0,5 lijkt op een semi-elasticiteit (% per procentpunt belasting, zoals onder 0,1 voor miljonairs in New Jersey). Dit model vraagt een elasticiteit: % per 1% netto-tarief, in de studies 1,5 tot 2,7.",
    en: "A migration elasticity below 0.5 looks like a semi-elasticity (% per percentage point of tax, such as below 0.1 for New Jersey millionaires). This model asks for an elasticity: % per 1% of the net-of-tax rate, 1.5 to 2.7 in the studies.",
  },
});

export const TAXMIGRATION_TEMPLATE: ModelTemplate = priced({
  id: "taxmigration",
  aliases: ["belastingvlucht"],
  title: { nl: "Belastingvlucht", en: "Tax migration" },
  sheetName: { nl: "Belastingvlucht", en: "Tax migration" },
  intro: {
    nl: "Een gedachte-experiment bij het essay: Nederlandse gemeenten heffen geen inkomstenbelasting, maar wat als een gemeente hoge inkomens zwaarder belast dan de buren? Blijvers en opbrengst bij een lage, midden- en hoge elasticiteit, en de top van de opbrengstcurve. Vul in kolom B uw eigen cijfers in.",
    en: "A thought experiment with the essay: Dutch municipalities levy no income tax, but what if one taxed high incomes more than its neighbours? Stayers and revenue at a low, central and high elasticity, and the top of the revenue curve. Enter your own figures in column B.",
  },
  inputs: [
    input("households", { nl: "Belaste huishoudens", en: "Taxed households" }, UNITS.households, { nl: "Huishoudens die de lokale heffing betalen.", en: "Households paying the local levy." }, 5000, "assumption", "count"),
    input("income", { nl: "Belastbaar inkomen per huishouden", en: "Taxable income per household" }, UNITS.euroYear, { nl: "Grondslag van de lokale heffing per huishouden.", en: "Base of the local levy per household." }, 120000, "assumption", "money", { priceYear: 2026 }),
    input("local_rate", { nl: "Lokaal tarief", en: "Local rate" }, UNITS.share, { nl: "Tarief van de gemeente in het gedachte-experiment.", en: "The municipality's rate in the thought experiment." }, 0.05, "assumption", "share"),
    input("neighbour_rate", { nl: "Tarief buurgemeente", en: "Neighbour's rate" }, UNITS.share, { nl: "Tarief van de buren.", en: "The neighbour's rate." }, 0.02, "assumption", "share"),
    input("elasticity_low", { nl: "Migratie-elasticiteit, laag", en: "Migration elasticity, low" }, UNITS.elasticity, ELASTICITY_HELP, 1.5, {
      nl: "onderkant van 1,5–2 voor hoge inkomens (Kleven, Landais, Saez en Schultz, QJE 2014)",
      en: "lower end of 1.5–2 for high earners (Kleven, Landais, Saez and Schultz, QJE 2014)",
    }, "factor"),
    input("elasticity", { nl: "Migratie-elasticiteit, midden", en: "Migration elasticity, central" }, UNITS.elasticity, ELASTICITY_HELP, 1.8, {
      nl: "1,8 voor topwetenschappers (Moretti en Wilson, AER 2017), binnen 1,5–2 voor hoge inkomens (Kleven e.a. 2014)",
      en: "1.8 for star scientists (Moretti and Wilson, AER 2017), within 1.5–2 for high earners (Kleven et al. 2014)",
    }, "factor"),
    input("elasticity_high", { nl: "Migratie-elasticiteit, hoog", en: "Migration elasticity, high" }, UNITS.elasticity, ELASTICITY_HELP, 2.7, {
      nl: "bovenkant van 1,6–2,7 voor de Nederlandse 30%-regeling (één studie); naar een buurgemeente kan de reactie nog sterker zijn",
      en: "upper end of 1.6–2.7 for the Dutch 30% ruling (one study); towards a neighbouring municipality the response may be stronger still",
    }, "factor"),
    input("national_rate", { nl: "Landelijk tarief", en: "National rate" }, UNITS.share, { nl: "Landelijke belasting op hetzelfde inkomen.", en: "National tax on the same income." }, 0.495, {
      nl: "toptarief box 1: 49,50% in 2024 en 2025 (Belastingdienst); het tarief voor 2026 is niet tegen een actuele bron gecontroleerd",
      en: "box 1 top rate: 49.50% in 2024 and 2025 (Belastingdienst); the 2026 rate was not checked against a current source",
    }, "share"),
  ],
  outputs: [
    output("stayers", { nl: "Huishoudens na migratie (midden)", en: "Households after migration (central)" }, UNITS.households, "number", "TAXMIGRATION.STAYERS", STAYERS("elasticity")),
    output("revenue", { nl: "Opbrengst (midden)", en: "Revenue (central)" }, UNITS.euroYear, "money", "TAXMIGRATION.REVENUE", REVENUE("elasticity")),
    output("stayers_low", { nl: "Huishoudens na migratie (lage elasticiteit)", en: "Households after migration (low elasticity)" }, UNITS.households, "number", "TAXMIGRATION.STAYERS", STAYERS("elasticity_low")),
    output("stayers_high", { nl: "Huishoudens na migratie (hoge elasticiteit)", en: "Households after migration (high elasticity)" }, UNITS.households, "number", "TAXMIGRATION.STAYERS", STAYERS("elasticity_high")),
    output("revenue_low", { nl: "Opbrengst (lage elasticiteit)", en: "Revenue (low elasticity)" }, UNITS.euroYear, "money", "TAXMIGRATION.REVENUE", REVENUE("elasticity_low")),
    output("revenue_high", { nl: "Opbrengst (hoge elasticiteit)", en: "Revenue (high elasticity)" }, UNITS.euroYear, "money", "TAXMIGRATION.REVENUE", REVENUE("elasticity_high")),
    output("maxrate", { nl: "Top van de opbrengstcurve (gedachte-experiment, midden)", en: "Top of the revenue curve (thought experiment, central)" }, UNITS.share, "share", "TAXMIGRATION.MAXRATE", ["elasticity", "national_rate"]),
    output("revenue_at_maxrate", { nl: "Opbrengst op de top van de curve", en: "Revenue at the top of the curve" }, UNITS.euroYear, "money", "TAXMIGRATION.REVENUE", ["households", "income", "maxrate", "neighbour_rate", "elasticity", "national_rate"]),
  ],
  chart: { title: { nl: "Opbrengst bij lage, midden- en hoge elasticiteit per scenario", en: "Revenue at low, central and high elasticity per scenario" }, outputs: ["revenue_low", "revenue", "revenue_high"], format: "money" },
  closedForms: [{ input: "local_rate", output: "revenue", target: "max", answer: "maxrate" }],
  checks: [
    semiElasticity("elasticity_low"),
    semiElasticity("elasticity"),
    semiElasticity("elasticity_high"),
    {
      id: "elasticity-order",
      inputs: ["elasticity_low", "elasticity", "elasticity_high"],
      when: (v) => !((v.elasticity_low as number) <= (v.elasticity as number) && (v.elasticity as number) <= (v.elasticity_high as number)),
      message: { nl: "De elasticiteiten staan niet op volgorde: laag ≤ midden ≤ hoog.", en: "The elasticities are out of order: low ≤ central ≤ high." },
    },
    notZero("national_rate", {
      nl: "Het landelijk tarief staat op 0, maar de huishoudens in dit model betalen het toptarief van box 1 (49,50% in 2024 en 2025). Met 0 lijkt de lokale heffing een veel kleiner deel van het netto-inkomen en is de vlucht te klein.",
      en: "The national rate is 0, but the households in this model pay the box-1 top rate (49.50% in 2024 and 2025). With 0 the local levy looks a much smaller share of net income and the flight is too small.",
    }),
  ],
});
