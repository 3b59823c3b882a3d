import { defineFunction } from "../core/spec";
import * as m from "../models/revolving";
import { NON_NEGATIVE, num, share } from "./params";

const essay = { en: "Innovation (Innovatie)", nl: "Innovatie" };

const capital = num("capital", "kapitaal", { en: "Capital of the fund in euros, all of it lent out.", nl: "Kapitaal van het fonds in euro, geheel uitgeleend." }, NON_NEGATIVE);
const years = num("years", "jaren", { en: "Number of years, a whole number from 0 to 1000.", nl: "Aantal jaren, een geheel getal van 0 tot en met 1000." }, { min: 0, max: 1000, integer: true });
const tableYears = num("years", "jaren", { en: "Number of years in the table, a whole number from 1 to 1000.", nl: "Aantal jaren in de tabel, een geheel getal van 1 tot en met 1000." }, { min: 1, max: 1000, integer: true });
const defaultRate = share("default_rate", "wanbetalingsvoet", {
  en: "Share of outstanding loans that defaults per year (annual, not over the loan's life: convert with BL.REVOLVING.ANNUALDEFAULT). No public figure exists for Dutch funds (SOURCES.md): enter your own.",
  nl: "Deel van de uitstaande leningen dat per jaar niet wordt terugbetaald (per jaar, niet over de looptijd: omrekenen met BL.REVOLVEREND.JAARWANBETALING). Er is geen openbaar cijfer voor Nederlandse fondsen (SOURCES.md): vul uw eigen cijfer in.",
});
const recovery = share("recovery_rate", "terugvorderingsvoet", { en: "Share of defaulted principal that is recovered. Default 0.", nl: "Deel van de niet-terugbetaalde hoofdsom dat alsnog wordt geïnd. Standaard 0." }, 0);
const interest = share("interest_rate", "rentevoet", { en: "Interest paid by performing loans per year. Default 0.", nl: "Rente die lopende leningen per jaar betalen. Standaard 0." }, 0);
const costRate = share("cost_rate", "beheerkostenvoet", { en: "Management costs per year as a share of the capital. Default 0.", nl: "Beheerkosten per jaar als deel van het kapitaal. Standaard 0." }, 0);
const discount = share("discount_rate", "disconteringsvoet", {
  en: "Discount rate per year, greater than −1 and at most 1; use the municipality's own financing rate (omslagrente). At the default 0 money tied up in the fund costs nothing, the illusion the essay warns about; values are real only when this rate is inflation.",
  nl: "Disconteringsvoet per jaar, groter dan −1 en ten hoogste 1; gebruik de eigen financieringsrente van de gemeente (omslagrente). Bij de standaardwaarde 0 kost geld dat in het fonds vastzit niets, de illusie waar het essay voor waarschuwt; waarden zijn alleen reëel als deze voet de inflatie is.",
}, 0, { min: -1, max: 1, minOpen: true });

export const REVOLVING = [
  defineFunction({
    id: "REVOLVING.CAPITAL",
    name: { en: "REVOLVING.CAPITAL", nl: "REVOLVEREND.KAPITAAL" },
    description: { en: "Capital left in a revolving fund after a number of years.", nl: "Kapitaal dat na een aantal jaren over is in een revolverend fonds." },
    essay,
    params: [capital, years, defaultRate, recovery, interest, costRate],
    result: "scalar",
    example: "=BL.REVOLVING.CAPITAL(1000000, 10, 0.1)",
    compute: m.capital,
  }),
  defineFunction({
    id: "REVOLVING.LOSSRATE",
    name: { en: "REVOLVING.LOSSRATE", nl: "REVOLVEREND.VERLIESVOET" },
    description: { en: "Share of its present value (at the discount rate given) a revolving fund loses per year; negative: it grows.", nl: "Deel van de contante waarde (tegen de gegeven disconteringsvoet) dat een revolverend fonds per jaar verliest; negatief: het groeit." },
    essay,
    params: [defaultRate, recovery, interest, costRate, discount],
    result: "scalar",
    example: "=BL.REVOLVING.LOSSRATE(0.05, 0.3, 0.03, 0.01, 0.02)",
    compute: m.lossRate,
  }),
  defineFunction({
    id: "REVOLVING.COST",
    name: { en: "REVOLVING.COST", nl: "REVOLVEREND.KOSTEN" },
    description: { en: "Cost of a revolving fund to the government as a present value at the discount rate given: the subsidy hidden in the fund.", nl: "Kosten van een revolverend fonds voor de overheid als contante waarde tegen de gegeven disconteringsvoet: de subsidie die in het fonds verborgen zit." },
    essay,
    params: [capital, years, defaultRate, recovery, interest, costRate, discount],
    result: "scalar",
    example: "=BL.REVOLVING.COST(10000000, 10, 0.06, 0.2, 0.03, 0.01, 0.02)",
    compute: m.cost,
  }),
  defineFunction({
    id: "REVOLVING.BREAKEVEN",
    name: { en: "REVOLVING.BREAKEVEN", nl: "REVOLVEREND.OMSLAGPUNT" },
    description: {
      en: "Highest annual default rate at which the fund keeps its present value at the discount rate given; 1 when every default rate does (recoveries make up for defaults).",
      nl: "Hoogste jaarlijkse wanbetalingsvoet waarbij het fonds zijn contante waarde tegen de gegeven disconteringsvoet houdt; 1 als elke wanbetalingsvoet dat doet (terugvordering maakt wanbetaling goed).",
    },
    essay,
    params: [recovery, interest, costRate, discount],
    result: "scalar",
    example: "=BL.REVOLVING.BREAKEVEN(0.3, 0.05, 0.01, 0.01)",
    formulas: [
      "`(r − c − discount)/(1 + r − rec)`, at most 1; `1` when `1 + r − rec ≤ 0` (recoveries make up for every default); `#N/A` when `r − c − discount < 0` (contract version 2).",
    ],
    compute: m.breakEven,
  }),
  defineFunction({
    id: "REVOLVING.ANNUALDEFAULT",
    name: { en: "REVOLVING.ANNUALDEFAULT", nl: "REVOLVEREND.JAARWANBETALING" },
    description: { en: "Converts a default share over a loan's whole life into an annual default rate.", nl: "Rekent een wanbetaling over de hele looptijd om naar een jaarlijkse wanbetalingsvoet." },
    essay,
    params: [
      share("cumulative_default", "cumulatieve_wanbetaling", { en: "Share of loans that defaults over their whole life, at least 0 and below 1 (e.g. 0.3 for 30% over 5 years).", nl: "Deel van de leningen dat over de hele looptijd niet wordt terugbetaald, ten minste 0 en kleiner dan 1 (bijv. 0,3 voor 30% over 5 jaar)." }, undefined, { min: 0, max: 1, maxOpen: true }),
      num("loan_years", "looptijd", { en: "Life of the loans in years, greater than 0.", nl: "Looptijd van de leningen in jaren, groter dan 0." }, { min: 0, minOpen: true }),
    ],
    result: "scalar",
    example: "=BL.REVOLVING.ANNUALDEFAULT(0.3, 5)",
    compute: m.annualDefault,
  }),
  defineFunction({
    id: "REVOLVING.TABLE",
    name: { en: "REVOLVING.TABLE", nl: "REVOLVEREND.TABEL" },
    description: { en: "Year-by-year table of a revolving fund: capital, interest, defaults, recoveries, costs and present value at the discount rate given.", nl: "Tabel per jaar van een revolverend fonds: kapitaal, rente, wanbetaling, terugvordering, kosten en contante waarde tegen de gegeven disconteringsvoet." },
    essay,
    params: [capital, tableYears, defaultRate, recovery, interest, costRate, discount],
    result: "table",
    example: "=BL.REVOLVING.TABLE(1000000, 5, 0.08, 0.25, 0.04, 0.01, 0.02)",
    compute: m.fundTable,
  }),
  defineFunction({
    id: "REVOLVING.COMPARE",
    name: { en: "REVOLVING.COMPARE", nl: "REVOLVEREND.VERGELIJK" },
    description: {
      en: "A revolving fund beside a plain subsidy with the same economic cost: what the budget shows, what the fund costs at the municipality's financing rate, euros for firms per euro of subsidy and the subsidy element.",
      nl: "Een revolverend fonds naast een gewone subsidie met dezelfde economische kosten: wat de begroting laat zien, wat het fonds kost tegen de financieringsrente van de gemeente, euro voor bedrijven per euro subsidie en het subsidie-element.",
    },
    essay,
    params: [
      capital,
      years,
      defaultRate,
      share("financing_rate", "financieringsrente", {
        en: "The municipality's own financing rate per year (omslagrente), greater than −1 and at most 1: what the money tied up in the fund costs in interest or could have saved. No public figure (SOURCES.md): take it from your budget's paragraaf financiering. For the de-minimis state-aid check use the European Commission's reference rate for the borrowers instead.",
        nl: "De eigen financieringsrente van de gemeente per jaar (omslagrente), groter dan −1 en ten hoogste 1: wat het geld dat in het fonds vastzit aan rente kost of had kunnen besparen. Geen openbaar cijfer (SOURCES.md): neem het uit de paragraaf financiering van uw begroting. Gebruik voor de de-minimistoets op staatssteun in plaats daarvan de referentierente van de Europese Commissie voor de leners.",
      }, undefined, { min: -1, max: 1, minOpen: true }),
      recovery,
      interest,
      costRate,
      num("remaining_life", "resterende_looptijd", {
        en: "Average remaining life in years of the loans still outstanding at the horizon, at least 0. They are valued at what they bring back over that life (the fund's growth, discounted at the financing rate). Default 0: at book value, which overstates them while defaults go on.",
        nl: "Gemiddelde resterende looptijd in jaren van de leningen die aan het eind nog uitstaan, ten minste 0. Ze worden gewaardeerd op wat ze in die tijd nog opleveren (de groei van het fonds, contant gemaakt tegen de financieringsrente). Standaard 0: tegen boekwaarde, wat ze overschat zolang er wanbetaling is.",
      }, NON_NEGATIVE, { default: 0 }),
    ],
    result: "table",
    example: "=BL.REVOLVING.COMPARE(10000000, 10, 0.05, 0.025, 0.2, 0.03, 0.01, 3)",
    formulas: [
      "With `g = (1 − d)·(1 + r) + d·rec − c` (below 0 counts as 0), `K_t = capital·g^t`, `i` = financing_rate and `L` = remaining_life:",
      "",
      "    write-downs        = Σ_{t=0}^{years−1} K_t·d·(1 − rec)",
      "    management costs   = Σ K_t·c",
      "    interest received  = Σ K_t·(1 − d)·r",
      "    budget cost        = write-downs + management costs − interest received   (nominal, as the budget records it)",
      "    value at horizon V = K_years·(g/(1 + i))^L   (loans valued at what they bring back over L more years)",
      "    economic cost S    = capital − V/(1 + i)^years   (the subsidy hidden in the fund, as a contante waarde)",
      "",
      "Spill, columns (label, revolving fund, subsidy of the same cost), rows in this order: Money for firms (`capital` | `S`), Write-downs, Management costs, Interest received (fund only), Cost shown in the budget (budget cost | `S`), Book value at the horizon (`K_years` | 0), Value of the outstanding loans at the horizon (`V` | 0), Economic cost (`S` | `S`), Euros for firms per euro of subsidy (`capital/S` | 1), Subsidy element per euro for firms (`S/capital` | 1). A negative `S` means the fund earns more than the financing rate: it then acts as a market party. `#DIV/0!` where `S` or the capital is 0.",
    ],
    compute: m.compareWithSubsidy,
  }),
];
