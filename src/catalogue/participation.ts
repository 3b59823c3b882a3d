import { defineFunction, type NumbersParam } from "../core/spec";
import type { NumRange } from "../core/types";
import * as m from "../models/participation";
import { NON_NEGATIVE, num, share, SHARE } from "./params";

const essay = { en: "Productivity and participation (Productiviteit en participatie)", nl: "Productiviteit en participatie" };

// The essay's figures and the 2019 figures use two CBS definitions; mixing them puts a
// ceiling below today's rate and gives "0 headroom" without a word (issue 14).
const ceilingHelp = {
  en: "Participation rate the group cannot exceed, in the same CBS definition as the current rate. The essay: men have been at 70–80% for years, women roughly doubled 1990–2010 to about 60%, figures in the old definition (work from 12 hours a week), lower than today's.",
  nl: "Participatiegraad die de groep niet kan overschrijden, in dezelfde CBS-definitie als de huidige graad. Het essay: mannen zitten al jaren op 70–80%, vrouwen verdubbelden 1990–2010 tot ongeveer 60%, cijfers in de oude definitie (werk vanaf 12 uur per week), lager dan die van nu.",
};
const rateHelp = {
  en: "Current participation rate. Net participation 2019 in the current, wider CBS definition: above 68% overall, women above 64%, men above 73% (CBS, SOURCES.md).",
  nl: "Huidige participatiegraad. Netto arbeidsparticipatie 2019 in de huidige, ruimere CBS-definitie: ruim 68% totaal, vrouwen ruim 64%, mannen ruim 73% (CBS, SOURCES.md).",
};
const increaseHelp = {
  en: "Change in the participation rate per year as a fraction, from −0.1 to 0.1 (ten percentage points): 0.5 percentage point is 0.005.",
  nl: "Verandering van de participatiegraad per jaar als fractie, van −0,1 tot en met 0,1 (tien procentpunt): 0,5 procentpunt is 0,005.",
};
/** Contract version 2: ten percentage points a year at most, so 0.5 meant as half a point is caught. */
const INCREASE: NumRange = { min: -0.1, max: 0.1 };

function group<const Id extends string>(id: Id, nl: string, en: string, nlHelp: string, share = false): NumbersParam<Id> {
  const range = id === "annual_increase" ? INCREASE : share ? SHARE : NON_NEGATIVE;
  return { id, nl, type: "numbers", aligned: true, range, share, points: id === "annual_increase", help: { en: `${en} One cell per group (e.g. men, women, 55–64, 65+).`, nl: `${nlHelp} Eén cel per groep (bijv. mannen, vrouwen, 55–64, 65+).` } };
}

export const PARTICIPATION = [
  defineFunction({
    id: "PARTICIPATION.HEADROOM",
    name: { en: "PARTICIPATION.HEADROOM", nl: "PARTICIPATIE.RUIMTE" },
    description: { en: "Extra workers possible before the participation ceiling.", nl: "Extra werkenden mogelijk tot het participatieplafond." },
    essay,
    params: [
      num("population", "bevolking", { en: "Population of the group.", nl: "Omvang van de groep." }, NON_NEGATIVE),
      share("current_rate", "huidige_graad", rateHelp),
      share("ceiling", "plafond", ceilingHelp),
    ],
    result: "scalar",
    example: "=BL.PARTICIPATION.HEADROOM(42000, 0.64, 0.72)",
    compute: m.headroom,
  }),
  defineFunction({
    id: "PARTICIPATION.YEARS",
    name: { en: "PARTICIPATION.YEARS", nl: "PARTICIPATIE.JAREN" },
    description: { en: "Years until the participation rate reaches its ceiling.", nl: "Jaren tot de participatiegraad zijn plafond bereikt." },
    essay,
    params: [share("current_rate", "huidige_graad", rateHelp), share("ceiling", "plafond", ceilingHelp), num("annual_increase", "jaarlijkse_stijging", increaseHelp, INCREASE, { points: true })],
    result: "scalar",
    example: "=BL.PARTICIPATION.YEARS(0.64, 0.72, 0.005)",
    compute: m.yearsToCeiling,
  }),
  defineFunction({
    id: "PARTICIPATION.PROJECT",
    name: { en: "PARTICIPATION.PROJECT", nl: "PARTICIPATIE.PROJECTIE" },
    description: { en: "Projection per year of population, employed and participation rate over groups that each meet their ceiling.", nl: "Projectie per jaar van bevolking, werkenden en participatiegraad over groepen die elk hun plafond raken." },
    essay,
    params: [
      group("population_now", "bevolking_nu", "Population of each group now.", "Bevolking per groep nu."),
      group("population_future", "bevolking_later", "Population of each group in the final year (e.g. CBS projection: 65+ from 18% in 2015 to 27% in 2040, per the essay).", "Bevolking per groep in het laatste jaar (bijv. CBS-prognose: 65+ van 18% in 2015 naar 27% in 2040, volgens het essay)."),
      group("rate_now", "graad_nu", rateHelp.en, rateHelp.nl, true),
      group("ceiling", "plafond", ceilingHelp.en, ceilingHelp.nl, true),
      group("annual_increase", "jaarlijkse_stijging", increaseHelp.en, increaseHelp.nl),
      num("years", "jaren", { en: "Number of years to project, a whole number from 1 to 200.", nl: "Aantal jaren vooruit, een geheel getal van 1 tot en met 200." }, { min: 1, max: 200, integer: true }),
    ],
    result: "table",
    example: "=BL.PARTICIPATION.PROJECT({40000;41000;18000}, {39000;40500;21000}, {0.73;0.64;0.25}, {0.8;0.72;0.35}, {0.002;0.006;0.01}, 10)",
    compute: m.project,
  }),
];
