// De raadswerkmap (Nederlands). Engels: ../en/council.ts.

import type { council as en } from "../en/council";
import type { Mirror } from "../shape";

export const council: Mirror<typeof en> = {
  "council.sheet.inputs": "Invoer",
  "council.sheet.scenarios": (model) => `Scenario's ${model}`,
  "council.sheet.levels": "Niveaucheck samenvatting",
  "council.sheet.provenance": "Herkomst",

  "council.scenario": (name) => `Scenario: ${name}`,
  "council.scenarios": (names) => `Scenario's: ${names}`,
  "council.scenarioPerModel": (model, name) => `${model}: ${name}`,
  "council.levelScenario": "De begroting zoals getoetst; gelijk voor elk scenario",
  "council.current": "Huidige waarden",
  "council.inputsOf": (name) => `Invoer van scenario "${name}"`,
  "council.againstBase": (name) => `Scenario's naast elkaar; verschillen (Δ) ten opzichte van "${name}".`,
  "council.diff": (name) => `Δ ${name}`,

  "council.input": "Invoer",
  "council.value": "Waarde",
  "council.unit": "Eenheid",
  "council.unitPercent": "percentage",
  "council.source": "Bron",
  "council.assumption": "Aanname",
  "council.output": "Uitkomst",
  "council.model": "Model",
  "council.assumed": "aanname, geen bron",
  "council.assumedWhy": (note) => `aanname, geen bron: ${note}`,
  "council.yes": "ja",
  "council.no": "nee",

  "council.levelTitle": (sheet) => `Niveaucheck van het begrotingsblad "${sheet}"`,
  "council.amountIn": (unit) => `Bedrag (${unit})`,
  "council.unitUnknown": "De begroting noemt de eenheid van haar bedragen niet; ze staan hier zoals de begroting ze geeft.",

  "council.provenanceTitle": "Waar de getallen vandaan komen",
  "council.version": "Versie Begrotingslab",
  "council.date": "Datum berekend",
  "council.municipality": "Begroting van",
  "council.budgetFile": "Bronbegroting",
  "council.budgetSheet": "Begrotingsblad",
  "council.scenarioWorkbook": "Scenariowerkmap",
  "council.none": "geen in deze werkmap",
  "council.valuesOnly": "Deze werkmap bevat alleen waarden (berekend met de Begrotingslab-invoegtoepassing) en werkt zonder invoegtoepassing.",
  "council.assumptionsHead": (model) => `${model}: invoer, eenheden en bronnen`,
  "council.scenariosHead": "Scenario's",
  "council.modelsHead": "Modellen en hun scenario's",

  "council.page": "Pagina &P van &N",
  "council.made": (version) => `Begrotingslab ${version}`,
};
