import { defineFunction } from "../core/spec";
import * as m from "../models/agglomeration";
import { NON_NEGATIVE, num, POSITIVE, share } from "./params";

export const AGGLOMERATION = [
  defineFunction({
    id: "AGGLOMERATION.PRODUCTIVITY",
    name: { en: "AGGLOMERATION.PRODUCTIVITY", nl: "AGGLOMERATIE.PRODUCTIVITEIT" },
    description: { en: "Urban productivity premium net of the sorting of productive workers into cities.", nl: "Productiviteitspremie van de stad zonder het effect van sortering van productieve werkenden." },
    essay: { en: "Agglomeration and clustering (Agglomeratie en clustering)", nl: "Agglomeratie en clustering" },
    params: [
      num("wage_city", "loon_stad", { en: "Average wage in the city, greater than 0.", nl: "Gemiddeld loon in de stad, groter dan 0." }, POSITIVE),
      num("wage_elsewhere", "loon_elders", { en: "Average wage elsewhere, greater than 0.", nl: "Gemiddeld loon elders, groter dan 0." }, POSITIVE),
      share("sorting_share", "sorteeraandeel", { en: "Share of the wage gap due to sorting of productive workers. Default 0.5: the essay reads Combes, Duranton and Gobillon (2008) as about half (SOURCES.md).", nl: "Deel van het loonverschil door sortering van productieve werkenden. Standaard 0,5: het essay leest Combes, Duranton en Gobillon (2008) als ongeveer de helft (SOURCES.md)." }, 0.5),
    ],
    result: "scalar",
    example: "=BL.AGGLOMERATION.PRODUCTIVITY(48000, 40000)",
    compute: m.productivity,
  }),
  defineFunction({
    id: "AGGLOMERATION.DENSITY",
    name: { en: "AGGLOMERATION.DENSITY", nl: "AGGLOMERATIE.DICHTHEID" },
    description: {
      en: "The productivity effect of a change in density, beside the city's wage premium with and without the sorting of productive workers.",
      nl: "Het productiviteitseffect van een verandering van de dichtheid, naast de loonpremie van de stad met en zonder sortering van productieve werkenden.",
    },
    essay: { en: "Agglomeration and clustering (Agglomeratie en clustering)", nl: "Agglomeratie en clustering" },
    params: [
      num("density_now", "dichtheid_nu", { en: "Density now (e.g. jobs or residents per km²), greater than 0.", nl: "Dichtheid nu (bijv. banen of inwoners per km²), groter dan 0." }, POSITIVE),
      num("density_new", "dichtheid_nieuw", { en: "Density after the change, in the same unit, greater than 0.", nl: "Dichtheid na de verandering, in dezelfde eenheid, groter dan 0." }, POSITIVE),
      num("wage_city", "loon_stad", { en: "Average wage in the city, greater than 0.", nl: "Gemiddeld loon in de stad, groter dan 0." }, POSITIVE),
      num("wage_elsewhere", "loon_elders", { en: "Average wage elsewhere, greater than 0.", nl: "Gemiddeld loon elders, groter dan 0." }, POSITIVE),
      share("density_elasticity", "dichtheidselasticiteit", {
        en: "Density elasticity of productivity: % more productivity per 1% more density, from 0 to 1. Default 0.048, the Dutch estimate of Groot, de Groot and Smit (JRS 2014; SOURCES.md).",
        nl: "Dichtheidselasticiteit van de productiviteit: % meer productiviteit per 1% meer dichtheid, van 0 tot en met 1. Standaard 0,048, de Nederlandse schatting van Groot, de Groot en Smit (JRS 2014; SOURCES.md).",
      }, 0.048),
      share("sorting_share", "sorteeraandeel", { en: "Share of the wage gap due to sorting of productive workers. Default 0.5: the essay reads Combes, Duranton and Gobillon (2008) as about half (SOURCES.md).", nl: "Deel van het loonverschil door sortering van productieve werkenden. Standaard 0,5: het essay leest Combes, Duranton en Gobillon (2008) als ongeveer de helft (SOURCES.md)." }, 0.5),
    ],
    result: "table",
    example: "=BL.AGGLOMERATION.DENSITY(2000, 2400, 48000, 40000)",
    formulas: [
      "With density elasticity `ε` and sorting share `s`:",
      "",
      "    change in density                 = density_new/density_now − 1",
      "    productivity effect of the change = (density_new/density_now)^ε − 1",
      "    wage premium of the city          = wage_city/wage_elsewhere − 1",
      "    wage premium net of sorting       = (wage_city/wage_elsewhere)^(1 − s) − 1   (= BL.AGGLOMERATION.PRODUCTIVITY)",
      "    density multiple for that premium = (wage_city/wage_elsewhere)^((1 − s)/ε)   (#DIV/0! when ε = 0)",
      "",
      "Spill, columns (label, value), rows in the order above.",
    ],
    compute: m.density,
  }),
  defineFunction({
    id: "VARIETY",
    name: { en: "VARIETY", nl: "VARIETEIT" },
    description: { en: "Concentration and variety of a local economy: HHI, entropy, unrelated and related variety.", nl: "Concentratie en variëteit van een lokale economie: HHI, entropie, ongerelateerde en gerelateerde variëteit." },
    essay: { en: "Rising sensitivity to international economic shocks", nl: "Toenemende gevoeligheid voor internationale economische schokken" },
    params: [
      { id: "employment", nl: "werkgelegenheid", type: "numbers", aligned: true, range: NON_NEGATIVE, help: { en: "Employment per sector (a range); the total must be above 0.", nl: "Werkgelegenheid per sector (een bereik); het totaal moet boven 0 liggen." } },
      { id: "sector_codes", nl: "sectorcodes", type: "codes", aligned: true, help: { en: "Sector code per row as text, e.g. SBI codes (\"01.11\"); grouped by their first digits, other characters dropped. A number is refused: it has lost its leading zeros.", nl: "Sectorcode per rij als tekst, bijv. SBI-codes (\"01.11\"); gegroepeerd op de eerste cijfers, andere tekens vallen weg. Een getal wordt geweigerd: het is zijn voorloopnullen kwijt." } },
      num("group_digits", "groepscijfers", { en: "Digits that define a group of related sectors, a whole number from 1 to 20. Default 2.", nl: "Aantal cijfers dat een groep verwante sectoren bepaalt, een geheel getal van 1 tot en met 20. Standaard 2." }, { min: 1, max: 20, integer: true }, { default: 2 }),
    ],
    result: "table",
    example: '=BL.VARIETY({120;80;40;300;60}, {"2511";"2562";"2822";"4711";"4719"})',
    compute: m.variety,
  }),
];
