import { ceilingAbove, pointsPerYear } from "../checks";
import { assumedInput, input, output, UNITS } from "../define";
import type { ModelTemplate } from "../types";

const RATE = UNITS.share;
const INCREASE = { nl: "procentpunt per jaar als fractie (0,005 = 0,5 pp)", en: "points per year as a fraction (0.005 = 0.5 pp)" };
const popNote = { nl: "gebruik de bevolking 15–75 van uw gemeente", en: "use your municipality's population aged 15–75" };
const trendNote = { nl: "geen bron voor de lokale trend", en: "no source for the local trend" };

export const PARTICIPATION_TEMPLATE: ModelTemplate = {
  id: "participation",
  aliases: ["participatie"],
  title: { nl: "Participatieplafond", en: "Participation ceiling" },
  sheetName: { nl: "Participatie", en: "Participation" },
  intro: {
    nl: "Groei door meer werkenden loopt tegen een plafond aan: hoeveel ruimte is er nog en wanneer is die op? Vul in kolom B uw eigen cijfers in.",
    en: "Growth from more people working runs into a ceiling: how much room is left and when is it used up? Enter your own figures in column B.",
  },
  inputs: [
    assumedInput("population_women", { nl: "Vrouwen (bevolking)", en: "Women (population)" }, UNITS.persons, { nl: "Vrouwen in de beroepsbevolkingsleeftijd.", en: "Women of working age." }, 40000, popNote, "count"),
    input("rate_women", { nl: "Participatie vrouwen", en: "Participation, women" }, RATE, { nl: "Netto arbeidsparticipatie nu.", en: "Net labour participation now." }, 0.64, {
      nl: "Netto arbeidsparticipatie vrouwen 2019: ruim 64% (CBS, januari 2020), in de nieuwe CBS-definitie; niet gecontroleerd tegen een recenter cijfer",
      en: "Net labour participation of women 2019: above 64% (CBS, January 2020), in the new CBS definition; not checked against a more recent figure",
    }, "share"),
    assumedInput("ceiling_women", { nl: "Plafond vrouwen", en: "Ceiling, women" }, RATE, { nl: "Participatie die niet kan worden overschreden.", en: "Participation that cannot be exceeded." }, 0.72, {
      nl: "het essay noemt 70–80% voor mannen, in de oude CBS-definitie (werk vanaf 12 uur per week); voor vrouwen geen plafond in de bronnen. Gebruik voor plafond en huidige graad dezelfde definitie",
      en: "the essay gives 70–80% for men, in the old CBS definition (work from 12 hours a week); no ceiling for women in the sources. Use the same definition for the ceiling and today's rate",
    }, "share"),
    assumedInput("increase_women", { nl: "Stijging per jaar vrouwen", en: "Increase per year, women" }, INCREASE, { nl: "Verandering van de participatie per jaar als fractie: 0,5 procentpunt is 0,005.", en: "Change in participation per year as a fraction: 0.5 percentage point is 0.005." }, 0.005, trendNote, "share"),
    assumedInput("population_men", { nl: "Mannen (bevolking)", en: "Men (population)" }, UNITS.persons, { nl: "Mannen in de beroepsbevolkingsleeftijd.", en: "Men of working age." }, 40000, popNote, "count"),
    input("rate_men", { nl: "Participatie mannen", en: "Participation, men" }, RATE, { nl: "Netto arbeidsparticipatie nu.", en: "Net labour participation now." }, 0.73, {
      nl: "Netto arbeidsparticipatie mannen 2019: ruim 73% (CBS, januari 2020), in de nieuwe CBS-definitie; niet gecontroleerd tegen een recenter cijfer",
      en: "Net labour participation of men 2019: above 73% (CBS, January 2020), in the new CBS definition; not checked against a more recent figure",
    }, "share"),
    input("ceiling_men", { nl: "Plafond mannen", en: "Ceiling, men" }, RATE, { nl: "Participatie die niet kan worden overschreden.", en: "Participation that cannot be exceeded." }, 0.8, {
      nl: "Mannen zitten al jaren op 70–80%; hier de bovenkant (Allers 2017, Productiviteit en participatie). Het essay telt in de oude CBS-definitie (vanaf 12 uur per week), de huidige graad hierboven in de nieuwe",
      en: "Men have been at 70–80% for years; the upper end here (Allers 2017, Productivity and participation). The essay counts in the old CBS definition (from 12 hours a week), today's rate above in the new one",
    }, "share"),
    assumedInput("increase_men", { nl: "Stijging per jaar mannen", en: "Increase per year, men" }, INCREASE, { nl: "Verandering van de participatie per jaar als fractie: 0,5 procentpunt is 0,005.", en: "Change in participation per year as a fraction: 0.5 percentage point is 0.005." }, 0.002, trendNote, "share"),
  ],
  outputs: [
    output("headroom_women", { nl: "Extra werkenden mogelijk, vrouwen", en: "Extra workers possible, women" }, UNITS.persons, "count", "PARTICIPATION.HEADROOM", ["population_women", "rate_women", "ceiling_women"]),
    output("headroom_men", { nl: "Extra werkenden mogelijk, mannen", en: "Extra workers possible, men" }, UNITS.persons, "count", "PARTICIPATION.HEADROOM", ["population_men", "rate_men", "ceiling_men"]),
    output("years_women", { nl: "Jaren tot het plafond, vrouwen", en: "Years to the ceiling, women" }, UNITS.years, "years", "PARTICIPATION.YEARS", ["rate_women", "ceiling_women", "increase_women"]),
    output("years_men", { nl: "Jaren tot het plafond, mannen", en: "Years to the ceiling, men" }, UNITS.years, "years", "PARTICIPATION.YEARS", ["rate_men", "ceiling_men", "increase_men"]),
  ],
  chart: { title: { nl: "Ruimte tot het plafond per scenario", en: "Room to the ceiling per scenario" }, outputs: ["headroom_women", "headroom_men"], format: "count" },
  checks: [
    ceilingAbove("rate_women", "ceiling_women", "check.women"),
    ceilingAbove("rate_men", "ceiling_men", "check.men"),
    pointsPerYear("increase_women", "check.women"),
    pointsPerYear("increase_men", "check.men"),
  ],
};
