// Scenarios, template sheets, goal seek and budget reading (English). Dutch: ../nl/scenarios.ts.

export const scenarios = {
  "scenario.emptyName": "Give the scenario a name.",
  "scenario.nameTooLong": (max: number) => `A scenario name has at most ${max} characters.`,
  "scenario.notFound": (name: string) => `There is no scenario "${name}".`,
  "scenario.exists": (name: string) => `A scenario "${name}" already exists.`,
  "scenario.baseProtected": (base: string) => `The base scenario "${base}" cannot be renamed or deleted: the comparison measures against it.`,
  "scenario.badValue": (input: string, name: string) => `Input "${input}" of scenario "${name}" is not a number.`,

  "sheet.compare": (model: string) => `Compare ${model}`,
  "sheet.compareTitle": (title: string) => `${title}: scenario comparison`,
  "sheet.compareAgainst": (name: string) => `Differences against "${name}".`,
  "sheet.diff": (name: string) => `Δ ${name}`,
  "sheet.input": "Input",
  "sheet.output": "Output",
  "sheet.value": "Value",
  "sheet.unit": "Unit",
  "sheet.source": "Source",
  "sheet.help": "Help",
  "sheet.key": "Key",
  "sheet.formula": "Formula",

  "goal.noAnswer": (why: string) => `No solution: ${why}`,
  "goal.notANumber": "not a number",
  "goal.outOfRange": (value: string, input: string, range: string) => `The solution ${value} lies outside what ${input} may be (${range}).`,
  "goal.noMax": (output: string, input: string) =>
    `There is no formula for the highest ${output} that ${input} can give; draw the tornado or try values of ${input} by hand.`,
  "goal.noSolution": (input: string, range: string, output: string, target: string) =>
    `No solution: for every allowed ${input} (${range}), ${output} never reaches ${target}.`,
  "goal.noSolutionSpan": (input: string, range: string, output: string, target: string, lo: string, hi: string) =>
    `No solution: for every allowed ${input} (${range}), ${output} stays between ${lo} and ${hi}, never ${target}.`,
  "goal.anyValue": "any value",
  "goal.span": (min: string, max: string) => `${min} to ${max}`,

  "budget.emptySheet": "The sheet is empty.",
  "budget.noHeader": (rows: number) => `No header row found in the first ${rows} rows: expected columns such as "Description" and "Taakveld" or "Amount".`,
  "budget.errorCell": (row: number, column: string, code: string) => `Row ${row}: the ${column} column holds the error value ${code}.`,
  "budget.amountUnreadable": (row: number, why: string) => `Row ${row}: amount cannot be read. ${why}`,
  "budget.noDescription": (row: number, what: string) => `Row ${row}: ${what} without a description.`,
  "budget.what.amount": (amount: string) => `amount ${amount}`,
  "budget.what.taakveld": (code: string) => `taakveld ${code}`,
  "budget.what.data": "data",
  "budget.column.description": "description",
  "budget.column.taakveld": "taakveld",
  "budget.column.amount": "amount",
  "budget.column.owner": "owner",
  "budget.ambiguousAmount": (row: number, shown: string, read: string) => `Row ${row}: amount "${shown}" can be read two ways (thousands or decimals) and the column does not say which; read as ${read}. Check it.`,
  "budget.formulaWithoutValue": (row: number, column: string, formula: string) =>
    `Row ${row}: the ${column} column holds the formula =${formula} without its result (the program that wrote the file does not calculate). Open the file in Excel and save it, then check again.`,
  "budget.mixedEncoding": (row: number) => `Line ${row} of the file is not UTF-8 like the rest and was read as Windows-1252; check its letters (é, €).`,
  "amount.notFinite": (shown: string) => `Not a finite number: ${shown}`,
  "amount.badGrouping": (shown: string) => `Separators are not where thousands would be: "${shown}"`,
  "amount.twoSigns": (shown: string) => `More than one minus sign: "${shown}"`,
  "amount.notAnAmount": (shown: string) => `Not an amount (true/false or date): ${shown}`,
  "amount.notANumber": (shown: string) => `Not an amount: "${shown}"`,
  "amount.tooLarge": (shown: string) => `Larger than any budget holds (more than 10^15): ${shown}; not counted.`,
};
