import { defineFunction, type NumbersParam } from "../core/spec";
import * as m from "../models/classsize";
import { NON_NEGATIVE, num, share } from "./params";

const essay = { en: "Education (Onderwijs)", nl: "Onderwijs" };
const CLASS: { min: number; integer: true } = { min: 1, integer: true };

const pupils: NumbersParam<"pupils"> = {
  id: "pupils",
  nl: "leerlingen",
  type: "numbers",
  range: { min: 0, integer: true },
  help: { en: "Pupils per unit that forms its own groups (a school or a year group): a number or a range; empty cells are skipped.", nl: "Leerlingen per eenheid die eigen groepen vormt (een school of een jaargroep): een getal of een bereik; lege cellen tellen niet mee." },
};

export const CLASSSIZE = [
  defineFunction({
    id: "CLASSSIZE.GROUPS",
    name: { en: "CLASSSIZE.GROUPS", nl: "KLASSEN.GROEPEN" },
    description: { en: "Number of groups needed at a maximum class size.", nl: "Aantal groepen nodig bij een maximale groepsgrootte." },
    essay,
    params: [pupils, num("max_class_size", "max_groepsgrootte", { en: "Maximum pupils per group, a whole number of at least 1. Average primary class: 22.6 in 2018/19 (DUO, SOURCES.md).", nl: "Maximaal aantal leerlingen per groep, een geheel getal van ten minste 1. Gemiddelde groep in het basisonderwijs: 22,6 in 2018/19 (DUO, SOURCES.md)." }, CLASS)],
    result: "scalar",
    example: "=BL.CLASSSIZE.GROUPS({57;64;49}, 28)",
    compute: m.groups,
  }),
  defineFunction({
    id: "CLASSSIZE.COST",
    name: { en: "CLASSSIZE.COST", nl: "KLASSEN.KOSTEN" },
    description: {
      en: "Cost of smaller classes, split by who should pay according to Allers (2017): teachers the Rijk, classrooms the gemeente.",
      nl: "Kosten van kleinere klassen, gesplitst naar wie volgens Allers (2017) betaalt: leraren het Rijk, lokalen de gemeente.",
    },
    essay,
    params: [
      pupils,
      num("current_max", "huidig_max", { en: "Current maximum class size, a whole number of at least 1.", nl: "Huidige maximale groepsgrootte, een geheel getal van ten minste 1." }, CLASS),
      num("target_max", "doel_max", { en: "Target maximum class size, a whole number of at least 1 and smaller than current_max.", nl: "Beoogde maximale groepsgrootte, een geheel getal van ten minste 1 en kleiner dan huidig_max." }, CLASS),
      num("teacher_cost", "kosten_leraar", { en: "Personnel cost per teacher FTE per year in euros. No stored source gives a primary-school figure (SOURCES.md): enter your own.", nl: "Personeelskosten per fte leraar per jaar in euro. Geen opgeslagen bron geeft een cijfer voor het basisonderwijs (SOURCES.md): vul uw eigen cijfer in." }, NON_NEGATIVE),
      num("classroom_m2", "m2_per_lokaal", {
        en: "Gross floor area (BVO) per extra classroom in m², to match a price per m² BVO: with corridors, walls and shared space, more than the net classroom. No norm per classroom found; the VNG model ordinance gives 5.03 m² BVO per pupil (SOURCES.md). Default 0.",
        nl: "Bruto vloeroppervlak (bvo) per extra lokaal in m², passend bij een prijs per m² bvo: met gangen, muren en gedeelde ruimte, meer dan het netto lokaal. Geen norm per lokaal gevonden; de VNG-modelverordening geeft 5,03 m² bvo per leerling (SOURCES.md). Standaard 0.",
      }, NON_NEGATIVE, { default: 0 }),
      num("cost_per_m2", "kosten_per_m2", {
        en: "Building cost per m² gross floor area (BVO) in euros. VNG model ordinance normbedrag €2,847 per m² BVO in 2023 (Bouwstenen); with the +12.72% the VNG announced for 2024, €3,209 at 2024 prices (SOURCES.md). Default 0.",
        nl: "Bouwkosten per m² bruto vloeroppervlak (bvo) in euro. Normbedrag VNG-modelverordening € 2.847 per m² bvo in 2023 (Bouwstenen); met de +12,72% die de VNG voor 2024 aankondigde € 3.209, prijspeil 2024 (SOURCES.md). Standaard 0.",
      }, NON_NEGATIVE, { default: 0 }),
      num("spare_classrooms", "vrije_lokalen", { en: "Empty classrooms that can take an extra group, a whole number. Default 0.", nl: "Leegstaande lokalen die een extra groep kunnen opvangen, een geheel getal. Standaard 0." }, { min: 0, integer: true }, { default: 0 }),
      num("depreciation_years", "afschrijvingstermijn", { en: "Depreciation period of the classrooms in years, at least 1. Default 40 (an assumption: no source found, SOURCES.md).", nl: "Afschrijvingstermijn van de lokalen in jaren, ten minste 1. Standaard 40 (een aanname: geen bron gevonden, SOURCES.md)." }, { min: 1 }, { default: 40 }),
      share("interest_rate", "rentevoet", { en: "Interest rate for the annuity. Default 0 (straight-line depreciation).", nl: "Rentevoet voor de annuïteit. Standaard 0 (lineaire afschrijving)." }, 0),
    ],
    result: "table",
    example: "=BL.CLASSSIZE.COST({57;64;49;81}, 30, 24, 85000, 60, 2847, 1, 40, 0.02)",
    compute: m.cost,
  }),
];
