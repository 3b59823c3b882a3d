// The council workbook (English): sheet names, headings, page headers and the
// provenance. Written for a council member, so no instruction meant for the
// officer appears here. Dutch: ../nl/council.ts.

export const council = {
  "council.sheet.inputs": "Inputs",
  "council.sheet.scenarios": (model: string) => `Scenarios ${model}`,
  "council.sheet.levels": "Level check summary",
  "council.sheet.provenance": "Provenance",

  "council.scenario": (name: string) => `Scenario: ${name}`,
  "council.scenarios": (names: string) => `Scenarios: ${names}`,
  "council.scenarioPerModel": (model: string, name: string) => `${model}: ${name}`,
  "council.levelScenario": "The budget as checked; the same for every scenario",
  "council.current": "Current values",
  "council.inputsOf": (name: string) => `Inputs of scenario "${name}"`,
  "council.againstBase": (name: string) => `Scenarios side by side; differences (Δ) against "${name}".`,
  "council.diff": (name: string) => `Δ ${name}`,

  "council.input": "Input",
  "council.value": "Value",
  "council.unit": "Unit",
  "council.unitPercent": "percentage",
  "council.source": "Source",
  "council.assumption": "Assumption",
  "council.output": "Output",
  "council.model": "Model",
  "council.assumed": "assumption, no source",
  "council.assumedWhy": (note: string) => `assumption, no source: ${note}`,
  "council.yes": "yes",
  "council.no": "no",

  "council.levelTitle": (sheet: string) => `Level check of the budget sheet "${sheet}"`,
  "council.amountIn": (unit: string) => `Amount (${unit})`,
  "council.unitUnknown": "The budget does not state the unit of its amounts; they are shown as it gives them.",

  "council.provenanceTitle": "Where the numbers come from",
  "council.version": "Begrotingslab version",
  "council.date": "Date computed",
  "council.municipality": "Budget of",
  "council.budgetFile": "Source budget",
  "council.budgetSheet": "Budget sheet",
  "council.scenarioWorkbook": "Scenario workbook",
  "council.none": "none in this workbook",
  "council.valuesOnly": "This workbook holds values only (computed with the Begrotingslab add-in) and opens without the add-in.",
  "council.assumptionsHead": (model: string) => `${model}: inputs, units and sources`,
  "council.scenariosHead": "Scenarios",
  "council.modelsHead": "Models and their scenarios",

  // Page header and footer; &P and &N are Excel's page number and page count.
  "council.page": "Page &P of &N",
  "council.made": (version: string) => `Begrotingslab ${version}`,
};
