import { defineFunction } from "../core/spec";
import * as m from "../models/vve";
import { NON_NEGATIVE, num, POSITIVE, share } from "./params";

const essay = { en: "Education (Onderwijs)", nl: "Onderwijs" };

const children = num("children", "kinderen", { en: "Number of children in the age group.", nl: "Aantal kinderen in de leeftijdsgroep." }, NON_NEGATIVE);
const targetShare = share("target_share", "doelgroepaandeel", {
  en: "Share of children with a disadvantage (a VVE indication). Nationally 53,257 target children were known in 2022, an undercount (NJi, SOURCES.md); use your municipality's own count.",
  nl: "Deel van de kinderen met een achterstand (VVE-indicatie). Landelijk waren in 2022 53.257 doelgroepkinderen bekend, een onderschatting (NJi, SOURCES.md); gebruik het aantal van uw gemeente.",
});
const costPerChild = num("cost_per_child", "kosten_per_kind", {
  en: "Cost per child per programme year in euros. Example: €12.66 per hour per place (Beverwijk 2024) × 640 hours a year (16 hours a week, 40 weeks) ≈ €8,100 per programme year; the 960-hour programme takes 1.5 years, about €12,150 in all. One municipality, not a norm (SOURCES.md).",
  nl: "Kosten per kind per programmajaar in euro. Voorbeeld: € 12,66 per uur per plaats (Beverwijk 2024) × 640 uur per jaar (16 uur per week, 40 weken) ≈ € 8.100 per programmajaar; het programma van 960 uur duurt 1,5 jaar, samen ongeveer € 12.150. Eén gemeente, geen norm (SOURCES.md).",
}, NON_NEGATIVE);
const years = num("years", "jaren", { en: "Programme years per child, greater than 0. Default 1.", nl: "Programmajaren per kind, groter dan 0. Standaard 1." }, POSITIVE, { default: 1 });
const takeupHelp = (who: { en: string; nl: string }) => ({
  en: `Share of selected children that take part${who.en}. Default 1; 77% of target children were reached in 2022 (NJi, SOURCES.md).`,
  nl: `Deel van de geselecteerde kinderen dat deelneemt${who.nl}. Standaard 1; in 2022 werd 77% van de doelgroepkinderen bereikt (NJi, SOURCES.md).`,
});
const takeup = share("takeup", "deelname", takeupHelp({ en: "", nl: "" }), 1);
const sensitivity = share("sensitivity", "sensitiviteit", { en: "Share of target children the screening finds. Default 1.", nl: "Deel van de doelgroepkinderen dat de screening vindt. Standaard 1." }, 1);
const falsePositive = share("false_positive_rate", "vals_positief", { en: "Share of other children the screening wrongly selects. Default 0.", nl: "Deel van de overige kinderen dat de screening ten onrechte selecteert. Standaard 0." }, 0);
const screeningCost = num("screening_cost", "screeningskosten", { en: "Screening cost per child in euros; every child is screened. Default 0.", nl: "Kosten van screening per kind in euro; elk kind wordt gescreend. Standaard 0." }, NON_NEGATIVE, { default: 0 });

const compareParams = [
  children,
  targetShare,
  costPerChild,
  years,
  share("takeup_universal", "deelname_algemeen", takeupHelp({ en: " in the universal offer", nl: " aan het algemene aanbod" }), 1),
  share("takeup_targeted", "deelname_gericht", takeupHelp({ en: " in the targeted offer", nl: " aan het gerichte aanbod" }), 1),
  sensitivity,
  falsePositive,
  screeningCost,
  num("effect_target", "effect_doelgroep", { en: "Effect units per target child taking part. Default 1.", nl: "Effecteenheden per deelnemend doelgroepkind. Standaard 1." }, NON_NEGATIVE, { default: 1 }),
  num("effect_other", "effect_overig", { en: "Effect units per other child taking part; the essay expects little, as these children get enough at home. Default 0.", nl: "Effecteenheden per deelnemend overig kind; het essay verwacht weinig, omdat deze kinderen thuis genoeg meekrijgen. Standaard 0." }, NON_NEGATIVE, { default: 0 }),
] as const;

export const VVE = [
  defineFunction({
    id: "VVE.UNIVERSAL",
    name: { en: "VVE.UNIVERSAL", nl: "VVE.ALGEMEEN" },
    description: { en: "Cost of early childhood education (VVE) offered to every child.", nl: "Kosten van voor- en vroegschoolse educatie (VVE) voor alle kinderen." },
    essay,
    params: [children, targetShare, costPerChild, years, takeup],
    result: "scalar",
    example: "=BL.VVE.UNIVERSAL(1200, 0.15, 8100, 1.5, 0.9)",
    compute: m.universal,
  }),
  defineFunction({
    id: "VVE.TARGETED",
    name: { en: "VVE.TARGETED", nl: "VVE.GERICHT" },
    description: { en: "Cost of early childhood education (VVE) for children selected by screening.", nl: "Kosten van voor- en vroegschoolse educatie (VVE) voor kinderen die via screening zijn geselecteerd." },
    essay,
    params: [children, targetShare, costPerChild, years, takeup, sensitivity, falsePositive, screeningCost],
    result: "scalar",
    example: "=BL.VVE.TARGETED(1200, 0.15, 8100, 1.5, 0.9, 0.85, 0.05, 40)",
    compute: m.targeted,
  }),
  defineFunction({
    id: "VVE.COMPARE",
    name: { en: "VVE.COMPARE", nl: "VVE.VERGELIJK" },
    description: { en: "Universal and targeted VVE side by side: participants, reach, cost, deadweight and cost per effect.", nl: "Algemene en gerichte VVE naast elkaar: deelnemers, bereik, kosten, meeloop en kosten per effect." },
    essay,
    params: compareParams,
    result: "table",
    example: "=BL.VVE.COMPARE(1200, 0.15, 8100, 1.5, 0.9, 0.8, 0.85, 0.05, 40, 1, 0.1)",
    compute: m.compare,
  }),
  defineFunction({
    id: "VVE.OPTIONS",
    name: { en: "VVE.OPTIONS", nl: "VVE.VARIANTEN" },
    description: {
      en: "Universal, targeted and a universal base with targeted extra hours: net municipal cost after parents' contributions and the GOAB grant, and the net cost per extra effect unit over targeted.",
      nl: "Algemeen, gericht en een algemene basis met gerichte extra uren: netto gemeentelijke kosten na ouderbijdragen en de GOAB-uitkering, en de netto kosten per extra effecteenheid ten opzichte van gericht.",
    },
    essay,
    params: [
      ...compareParams,
      share("base_share", "basisaandeel", {
        en: "Share of the programme's hours in the universal base of the hybrid, from 0 to 1. Default 0.625: 10 of 16 hours a week, the VVE norm before 2020 against the norm since (goab.eu FAQ; NRC 2018; SOURCES.md). A child with part of the hours is assumed to get that share of the effect: an assumption, not a finding.",
        nl: "Deel van de programma-uren in de algemene basis van de mengvorm, van 0 tot en met 1. Standaard 0,625: 10 van de 16 uur per week, de VVE-norm van voor 2020 tegenover die van nu (goab.eu FAQ; NRC 2018; SOURCES.md). Een kind met een deel van de uren krijgt naar aanname dat deel van het effect: een aanname, geen bevinding.",
      }, 0.625),
      num("grant", "goab_uitkering", {
        en: "GOAB grant available for these children over the programme, in euros, at least 0. The Rijk pays municipalities €486 mln a year for onderwijsachterstandenbeleid (Kamerstuk 27020 nr. 79, 2018; SOURCES.md): use your municipality's allocation. Only the cost left after parents' contributions is covered: unspent GOAB money cannot be kept. Default 0.",
        nl: "GOAB-uitkering beschikbaar voor deze kinderen over het programma, in euro, ten minste 0. Het Rijk betaalt gemeenten € 486 mln per jaar voor onderwijsachterstandenbeleid (Kamerstuk 27020 nr. 79, 2018; SOURCES.md): gebruik het bedrag van uw gemeente. Alleen de kosten na ouderbijdragen worden gedekt: niet bestede GOAB-middelen mag u niet houden. Standaard 0.",
      }, NON_NEGATIVE, { default: 0 }),
      num("parent_contribution", "ouderbijdrage", {
        en: "Parents' contribution per child per programme year of the full programme, in euros, at least 0; a child with the base pays that share. No source gives an average: enter your own scheme's. Default 0.",
        nl: "Ouderbijdrage per kind per programmajaar voor het volledige programma, in euro, ten minste 0; een kind met alleen de basis betaalt dat deel. Geen bron geeft een gemiddelde: vul dat van uw eigen regeling in. Standaard 0.",
      }, NON_NEGATIVE, { default: 0 }),
    ],
    result: "table",
    example: "=BL.VVE.OPTIONS(1000, 0.15, 8100, 1.5, 0.9, 0.77, 0.85, 0.05, 40, 1, 0.1, 0.625, 1500000, 500)",
    formulas: [
      "Universal and targeted as in `BL.VVE.COMPARE`. The hybrid offers every child the base, a share `b` = base_share of the hours, with take-up `u_u`; screened children who attend the base are offered the other hours with take-up `u_t`. With `N` children and target share `p`:",
      "",
      "    hybrid participants       = N·u_u,   target children reached = N·p·u_u",
      "    with every hour: target   F_t = N·u_u·p·se·u_t,   other F_o = N·u_u·(1 − p)·fp·u_t",
      "    hybrid gross cost         = N·s + (N·u_u·b + (F_t + F_o)·(1 − b))·C·T",
      "    hybrid effect units       = F_t·e_t + (N·u_u·p − F_t)·b·e_t + F_o·e_o + (N·u_u·(1 − p) − F_o)·b·e_o",
      "    parents' contributions    = hour-weighted participant years · parent_contribution  (universal, targeted: participants·T; hybrid: (N·u_u·b + (F_t + F_o)·(1 − b))·T)",
      "    GOAB grant used           = min(grant, max(0, gross cost − parents' contributions))",
      "    net municipal cost        = gross cost − parents' contributions − GOAB grant used",
      "",
      "Spill, columns (label, universal, targeted, hybrid), rows in this order: Participants, Target children reached, Target children with every hour, Gross cost, Parents' contributions, GOAB grant used, Net municipal cost, Effect units, Net cost per effect unit, and for universal and hybrid against targeted: Extra effect units, Extra net cost, Net cost per extra effect unit (extra net cost / extra effect units). The targeted column leaves the last three empty. `#DIV/0!` where a divisor is 0.",
    ],
    compute: m.options,
  }),
];
