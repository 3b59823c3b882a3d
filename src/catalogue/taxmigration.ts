import { defineFunction } from "../core/spec";
import * as m from "../models/taxmigration";
import { NON_NEGATIVE, num, POSITIVE, share, TAX_RATE } from "./params";

const essay = { en: "Who does what? (Wie doet wat?)", nl: "Wie doet wat?" };

const elasticity = num("elasticity", "elasticiteit", {
  en: "Migration elasticity: % change in the number of taxpayers per % change in the net-of-tax rate. Literature for high earners: 1.5–2 (Kleven et al. 2014), 1.8 for star scientists (Moretti and Wilson 2017) (SOURCES.md).",
  nl: "Migratie-elasticiteit: % verandering van het aantal belastingbetalers per % verandering van het netto-tarief. Literatuur voor hoge inkomens: 1,5–2 (Kleven e.a. 2014), 1,8 voor topwetenschappers (Moretti en Wilson 2017) (SOURCES.md).",
}, NON_NEGATIVE);
const national = share("national_rate", "landelijk_tarief", { en: "National tax rate on the same income, at least 0 and below 1. Default 0.", nl: "Landelijk belastingtarief op hetzelfde inkomen, ten minste 0 en kleiner dan 1. Standaard 0." }, 0, TAX_RATE);
const local = share("local_rate", "lokaal_tarief", { en: "Local tax rate, at least 0 and below 1; national plus local must stay below 1.", nl: "Lokaal belastingtarief, ten minste 0 en kleiner dan 1; landelijk plus lokaal moet onder 1 blijven." }, undefined, TAX_RATE);
const neighbourHelp = { en: "The neighbour's local tax rate, at least 0 and below 1.", nl: "Lokaal tarief van de buurgemeente, ten minste 0 en kleiner dan 1." };
const households = num("households", "huishoudens", { en: "Number of taxed households.", nl: "Aantal belaste huishoudens." }, NON_NEGATIVE);

export const TAXMIGRATION = [
  defineFunction({
    id: "TAXMIGRATION.STAYERS",
    name: { en: "TAXMIGRATION.STAYERS", nl: "BELASTINGVLUCHT.BLIJVERS" },
    description: { en: "Households that stay when the local rate differs from the neighbour's.", nl: "Huishoudens die blijven als het lokale tarief afwijkt van dat van de buren." },
    essay,
    params: [households, local, share("neighbour_rate", "tarief_buren", neighbourHelp, undefined, TAX_RATE), elasticity, national],
    result: "scalar",
    example: "=BL.TAXMIGRATION.STAYERS(5000, 0.05, 0.02, 1.8, 0.4)",
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
    example: "=BL.TAXMIGRATION.REVENUE(5000, 120000, 0.05, 0.02, 1.8, 0.4)",
    compute: m.revenue,
  }),
  defineFunction({
    id: "TAXMIGRATION.MAXRATE",
    name: { en: "TAXMIGRATION.MAXRATE", nl: "BELASTINGVLUCHT.MAXTARIEF" },
    description: { en: "The local rate that maximises revenue, given migration.", nl: "Het lokale tarief met de hoogste opbrengst, gegeven migratie." },
    essay,
    params: [elasticity, national],
    result: "scalar",
    example: "=BL.TAXMIGRATION.MAXRATE(1.8, 0.4)",
    compute: m.maxRate,
  }),
  defineFunction({
    id: "TAXMIGRATION.SPIRAL",
    name: { en: "TAXMIGRATION.SPIRAL", nl: "BELASTINGVLUCHT.SPIRAAL" },
    description: { en: "Year by year: a local transfer to the poor funded by a tax on the rich, until it is stable or collapses.", nl: "Per jaar: een lokale uitkering aan armen, betaald uit belasting op rijken, tot die stabiel is of instort." },
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
    example: "=BL.TAXMIGRATION.SPIRAL(2000, 3000, 100000, 3000, 2, 10, 0.4)",
    compute: m.spiral,
  }),
];
