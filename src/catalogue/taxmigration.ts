import { defineFunction } from "../core/spec";
import * as m from "../models/taxmigration";
import { NON_NEGATIVE, num, POSITIVE, share, TAX_RATE } from "./params";

const essay = { en: "Who does what? (Wie doet wat?)", nl: "Wie doet wat?" };

const elasticity = num("elasticity", "elasticiteit", {
  en: "Migration elasticity: % change in the number of taxpayers per 1% change in the net-of-tax rate (1 − national − local). An elasticity, not a semi-elasticity (% per percentage point of tax, e.g. below 0.1 for New Jersey millionaires), which is not comparable. Cross-border studies of top earners: low 1.5, central 1.8, high 2.7 (Kleven et al. 2014: 1.5–2; Moretti and Wilson 2017: 1.8; Dutch 30% ruling: 1.6–2.7; SOURCES.md). Moving to a neighbouring municipality is far easier than emigrating, so local responses are likely stronger than these studies measured.",
  nl: "Migratie-elasticiteit: % verandering van het aantal belastingbetalers per 1% verandering van het netto-tarief (1 − landelijk − lokaal). Een elasticiteit, geen semi-elasticiteit (% per procentpunt belasting, bijv. onder 0,1 voor miljonairs in New Jersey), die niet vergelijkbaar is. Grensoverschrijdende studies naar topinkomens: laag 1,5, midden 1,8, hoog 2,7 (Kleven e.a. 2014: 1,5–2; Moretti en Wilson 2017: 1,8; Nederlandse 30%-regeling: 1,6–2,7; SOURCES.md). Verhuizen naar een buurgemeente is veel makkelijker dan emigreren, dus lokaal is de reactie waarschijnlijk sterker dan deze studies maten.",
}, NON_NEGATIVE);
/** Contract version 2: the households concerned pay the top box-1 rate, not 0. */
export const NATIONAL_TOP_RATE = 0.495;
const national = share("national_rate", "landelijk_tarief", {
  en: "National tax rate on the same income, at least 0 and below 1. Default 0.495: the Dutch box-1 top rate in 2024 and 2025 (Belastingdienst, SOURCES.md), because the model concerns households in the top bracket; enter 0 for no national tax.",
  nl: "Landelijk belastingtarief op hetzelfde inkomen, ten minste 0 en kleiner dan 1. Standaard 0,495: het toptarief in box 1 in 2024 en 2025 (Belastingdienst, SOURCES.md), omdat het model gaat over huishoudens in de hoogste schijf; vul 0 in voor geen landelijke belasting.",
}, NATIONAL_TOP_RATE, TAX_RATE);
const local = share("local_rate", "lokaal_tarief", { en: "Local tax rate, at least 0 and below 1; national plus local must stay below 1.", nl: "Lokaal belastingtarief, ten minste 0 en kleiner dan 1; landelijk plus lokaal moet onder 1 blijven." }, undefined, TAX_RATE);
const neighbourHelp = { en: "The neighbour's local tax rate, at least 0 and below 1.", nl: "Lokaal tarief van de buurgemeente, ten minste 0 en kleiner dan 1." };
const households = num("households", "huishoudens", { en: "Number of taxed households.", nl: "Aantal belaste huishoudens." }, NON_NEGATIVE);

export const TAXMIGRATION = [
  defineFunction({
    id: "TAXMIGRATION.STAYERS",
    name: { en: "TAXMIGRATION.STAYERS", nl: "BELASTINGVLUCHT.BLIJVERS" },
    description: {
      en: "Households after migration when the local rate differs from the neighbour's; more than today when the neighbour's rate is higher.",
      nl: "Huishoudens na migratie als het lokale tarief afwijkt van dat van de buren; meer dan nu als het tarief van de buren hoger is.",
    },
    essay,
    params: [households, local, share("neighbour_rate", "tarief_buren", neighbourHelp, undefined, TAX_RATE), elasticity, national],
    result: "scalar",
    example: "=BL.TAXMIGRATION.STAYERS(5000, 0.05, 0.02, 1.8)",
    compute: m.stayers,
  }),
  defineFunction({
    id: "TAXMIGRATION.REVENUE",
    name: { en: "TAXMIGRATION.REVENUE", nl: "BELASTINGVLUCHT.OPBRENGST" },
    description: { en: "Local tax revenue after households respond by moving.", nl: "Lokale belastingopbrengst nadat huishoudens met verhuizen reageren." },
    essay,
    params: [
      households,
      num("income", "inkomen", { en: "Taxable income per household in euros, greater than 0.", nl: "Belastbaar inkomen per huishouden in euro, groter dan 0." }, POSITIVE),
      local,
      share("neighbour_rate", "tarief_buren", neighbourHelp, undefined, TAX_RATE),
      elasticity,
      national,
    ],
    result: "scalar",
    example: "=BL.TAXMIGRATION.REVENUE(5000, 120000, 0.05, 0.02, 1.8)",
    compute: m.revenue,
  }),
  defineFunction({
    id: "TAXMIGRATION.MAXRATE",
    name: { en: "TAXMIGRATION.MAXRATE", nl: "BELASTINGVLUCHT.MAXTARIEF" },
    description: {
      en: "The top of the revenue curve in a thought experiment: the local income-tax rate at which migration would leave the highest revenue. Dutch municipalities levy no income tax; this is not a recommended rate.",
      nl: "De top van de opbrengstcurve in een gedachte-experiment: het lokale inkomstenbelastingtarief waarbij migratie de hoogste opbrengst overlaat. Nederlandse gemeenten heffen geen inkomstenbelasting; dit is geen aanbevolen tarief.",
    },
    essay,
    params: [elasticity, national],
    result: "scalar",
    example: "=BL.TAXMIGRATION.MAXRATE(1.8)",
    compute: m.maxRate,
  }),
  defineFunction({
    id: "TAXMIGRATION.SPIRAL",
    name: { en: "TAXMIGRATION.SPIRAL", nl: "BELASTINGVLUCHT.SPIRAAL" },
    description: {
      en: "Year by year: a local transfer to the poor funded by a tax on the rich; the status says whether the required rate is rising, falling or steady, or the scheme collapses.",
      nl: "Per jaar: een lokale uitkering aan armen, betaald uit belasting op rijken; de status zegt of het benodigde tarief stijgt, daalt of gelijk blijft, of de regeling instort.",
    },
    essay,
    params: [
      num("rich", "rijken", { en: "Rich households at the start, greater than 0.", nl: "Rijke huishoudens bij de start, groter dan 0." }, POSITIVE),
      num("poor", "armen", { en: "Poor households at the start.", nl: "Arme huishoudens bij de start." }, NON_NEGATIVE),
      num("income_rich", "inkomen_rijken", { en: "Taxable income per rich household in euros, greater than 0.", nl: "Belastbaar inkomen per rijk huishouden in euro, groter dan 0." }, POSITIVE),
      num("transfer", "uitkering", { en: "Transfer per poor household per year in euros.", nl: "Uitkering per arm huishouden per jaar in euro." }, NON_NEGATIVE),
      elasticity,
      num("years", "jaren", { en: "Years to simulate, a whole number from 1 to 200. Default 10.", nl: "Aantal jaren, een geheel getal van 1 tot en met 200. Standaard 10." }, { min: 1, max: 200, integer: true }, { default: 10 }),
      national,
      share("neighbour_rate", "tarief_buren", { en: `${neighbourHelp.en} Default 0.`, nl: `${neighbourHelp.nl} Standaard 0.` }, 0, TAX_RATE),
      share("adjustment", "aanpassing", { en: "Share of the gap to the new equilibrium closed each year, greater than 0 and at most 1. Default 1.", nl: "Deel van het verschil met het nieuwe evenwicht dat per jaar wordt overbrugd, groter dan 0 en ten hoogste 1. Standaard 1." }, 1, { min: 0, max: 1, minOpen: true }),
      num("poor_elasticity", "elasticiteit_armen", { en: "Response of poor households to the generosity of the scheme. Default 0 (no in-migration).", nl: "Reactie van arme huishoudens op de hoogte van de regeling. Standaard 0 (geen instroom)." }, NON_NEGATIVE, { default: 0 }),
      num("base_benefit", "basisuitkering", { en: "Benefit the poor get elsewhere in euros; greater than 0 when poor_elasticity is. Default 0.", nl: "Uitkering die armen elders krijgen in euro; groter dan 0 als elasticiteit_armen dat is. Standaard 0." }, NON_NEGATIVE, { default: 0 }),
    ],
    result: "table",
    example: "=BL.TAXMIGRATION.SPIRAL(2000, 3000, 100000, 3000, 2, 10)",
    formulas: [
      "Status per row (contract version 2): `start` in year 0, `rising` when the required rate is above last year's by more than 1e-9, `falling` when below by more than 1e-9, `steady` otherwise, and `collapse` when the rate reaches `1 − national_rate` or fewer than one rich household is left; the table ends with the collapse row.",
    ],
    compute: m.spiral,
  }),
];
