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
  "budget.amountColumnNotFound": (choice: string, available: string) =>
    `There is no column "${choice}" to take the amounts from${available ? `; the columns are: ${available}` : ""}. Name a column by its header or its letter.`,
  "budget.errorCell": (row: number, column: string, code: string) => `Row ${row}: the ${column} column holds the error value ${code}.`,
  "budget.amountUnreadable": (row: number, why: string) => `Row ${row}: amount cannot be read. ${why}`,
  "budget.amountInText": (row: number, figure: string, text: string) => `Row ${row}: amount ${figure} read from the text "${text}". Check it.`,
  "budget.tableBeside": (row: number, description: string, amount: string) =>
    `Row ${row}: right of the table stands a second one (descriptions "${description}", amounts "${amount}"); it was not checked. Put it on a sheet of its own, or select it and check it with the task pane (its results then take the place of the first table's).`,
  "budget.indicatorTable": (row: number, first: string) =>
    `Row ${row}: a table of indicators or ratios begins here ("${first}"); its rows, up to the next empty row, are no budget lines and were not checked.`,
  "budget.newTable": (row: number, description: string, amount: string) =>
    `Row ${row}: another table begins here ("${description}" | "${amount}"); its lines were checked with the amounts of its own column "${amount}".`,
  "budget.figuresUnclear": (row: number, named: number, found: number) =>
    `Row ${row}: the header names ${named} figures, but most texts end in ${found} numbers (are thousands written with spaces, as in "3 179"?), so no amounts were read. Split the texts into columns.`,
  "budget.noDescription": (row: number, what: string) => `Row ${row}: ${what} without a description.`,
  "budget.what.amount": (amount: string) => `amount ${amount}`,
  "budget.what.taakveld": (code: string) => `taakveld ${code}`,
  "budget.what.data": "data",
  "budget.column.description": "description",
  "budget.column.taakveld": "taakveld",
  "budget.column.amount": "amount",
  "budget.column.owner": "owner",
  "budget.amountInColumnUnit": (row: number, shown: string, read: string) => `Row ${row}: amount "${shown}" names no unit where the column's other figures do; read in theirs, as ${read}. Check it.`,
  "budget.figuresInText": (nth: number, count: number, name: string, others: string) =>
    `each text ends in its figures, as a table pasted from a PDF does: amounts from the ${nth === 1 ? "first" : nth === 2 ? "second" : nth === 3 ? "third" : `${nth}th`} of its ${count}${name === "" ? "" : ` ("${name}")`} (${others === "" ? "split the texts into columns to choose another" : `choose another, ${others}, as the amount column`})`,
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

  // Price levels of the templates' euro defaults (src/scenarios/prices.ts).
  "price.label": (label: string) => `Price level: ${label}`,
  "price.help": "The year whose prices the amount above is in. The indexation brings it to the budget year's prices; when you enter your own amount, set the year of your prices too.",
  "price.source": (year: number) => `price level of the source above (${year})`,
  "price.assumed": "the amount above is an assumption in this year's prices",
  "price.indexed": (label: string) => `${label}, in the budget year's prices`,
  "price.budgetYear": "Budget year",
  "price.budgetYearHelp": "The first year of the meerjarenraming; the amounts above are brought to this year's prices.",
  "price.budgetYearSource": (year: number) => `the ${year} budget; set your own budget year here`,
  "price.year": "year",
  "price.indexation": "Indexation per year",
  "price.indexationUnit": "fraction per year (0.02 = 2%)",
  "price.indexationHelp": "Price increase per year that brings an amount from its price level to the budget year. Use the wage and price index of your own budget.",
  "price.indexationNote": "no source forecasts the price increase; at 0 amounts stay at their price level",

  // Plausibility guards shared by several templates (src/scenarios/checks.ts).
  "check.indexationZero": (years: string, budgetYear: number) =>
    `The indexation is 0 while amounts are at price level ${years}: they count in ${budgetYear} without any price increase. Enter the wage and price index of your budget.`,
  "check.ceilingBelowRate": (who: string) =>
    `The ceiling (${who}) is below today's participation rate, so the headroom is 0. Do both figures use the same CBS definition? The essay (women about 60%, men 70–80%) counts work from 12 hours a week; the 2019 figures follow the new, wider definition and are higher.`,
  "check.pointsPerYear": (who: string, points: number) =>
    `The increase per year (${who}) is more than ${points} percentage points. Women's participation rose by about 1.5 percentage points a year over 1990–2010. Percentage points are fractions: 0.5 percentage point is 0.005.`,
  "check.women": "women",
  "check.men": "men",
};
