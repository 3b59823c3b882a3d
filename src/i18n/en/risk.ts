// The risk simulation's texts (English): grades, the fields of a risk, the
// register, the command line and the pane. Dutch: ../nl/risk.ts.

/** "1 risk", "2 risks". */
export const risks = (n: number): string => (n === 1 ? "1 risk" : `${n} risks`);

export const risk = {
  "risk.grade.A": "excellent",
  "risk.grade.B": "more than sufficient",
  "risk.grade.C": "sufficient",
  "risk.grade.D": "moderate",
  "risk.grade.E": "insufficient",
  "risk.grade.F": "clearly insufficient",

  "risk.field.probability": "Probability that the risk happens.",
  "risk.field.amount": "Amount if the risk happens.",
  "risk.field.minimum": "Lowest amount of the range.",
  "risk.field.most_likely": "Most likely amount of the range.",
  "risk.field.maximum": "Highest amount of the range.",
  "risk.field.mean": "Mean of the normal distribution before its bounds.",
  "risk.field.sd": "Standard deviation of the normal distribution.",
  "risk.field.certainty": "Certainty level of the capacity.",
  "risk.field.runs": "Number of simulation runs; 0 for automatic.",
  "risk.field.seed": "Seed of the random numbers.",

  "risk.class.zeerKlein": "zeer klein (very small)",
  "risk.class.klein": "klein (small)",
  "risk.class.middel": "middel (medium)",
  "risk.class.groot": "groot (large)",
  "risk.class.zeerGroot": "zeer groot (very large)",

  "risk.register.value": (row: number, problem: string) => `Row ${row}: ${problem} The risk is left out.`,
  "risk.register.noProbability": (row: number) => `Row ${row}: no probability; the risk is left out.`,
  "risk.register.noAmount": (row: number) => `Row ${row}: no amount (one amount, or a minimum and a maximum); the risk is left out.`,
  "risk.register.notAClass": (row: number, value: string, column: string) =>
    `Row ${row}: "${value}" in column ${column} is neither a percentage nor a probability class (zeer klein, klein, middel, groot, zeer groot); the risk is left out.`,
  "risk.register.notAnAmount": (row: number, value: string, column: string) => `Row ${row}: "${value}" in column ${column} is not an amount; the risk is left out.`,
  "risk.register.errorCell": (row: number, value: string, column: string) => `Row ${row}: column ${column} holds the error value ${value}; fix that cell first. The risk is left out.`,

  "risk.file.noRegister": (file: string, rows: number, sheets: string) =>
    `No risk register found in ${file}: the first ${rows} rows of no sheet hold a header with a risk, a probability and an amount column${sheets ? ` (sheets: ${sheets})` : ""}.`,

  "cli.risk.help": `Usage: begrotingslab risk FILE [--certainty 0.9] [--runs N] [--seed S] [--available AMOUNT]
                         [--sheet NAME] [--lang nl|en] [--json] [--out RESULT.xlsx] [--force]

Reads a risk register (.xlsx or .csv) and runs the risk simulation of the
paragraaf weerstandsvermogen: the benodigde weerstandscapaciteit at the
certainty, the simple sum, P50/P90/P95, each risk's share of the capacity, and
with an available capacity the ratio and its grade (A–F, NAR scale).

The register has a column for the risk, the probability (a percentage, a fraction
or a class: zeer klein, klein, middel, groot, zeer groot) and the amount (one
column, or minimum / most likely / maximum for a range); optionally programme,
structural or incidental, and a correlation group (risks that happen together).
Headers may be Dutch or English. A sheet "Kansklassen" states the percentage
taken per class; a sheet "Weerstandscapaciteit" lists the available capacity.
Make an example with: begrotingslab template risico --out register.xlsx

  --certainty C   the certainty of the capacity, above 0 and below 1 (default 0.9)
  --runs N        simulation runs (default: automatic, until stable to 0.5%, at most 1,000,000)
  --seed S        seed of the random numbers, a whole number (default 1); the same
                  seed gives the same figures on every computer
  --available A   the beschikbare weerstandscapaciteit, in the register's unit
                  (default: the total of the sheet "Weerstandscapaciteit", if any)
  --sheet NAME    the register's sheet (default: the first with a register header)
  --json          one JSON object: capacity, certainty, sum, p50, p90, p95, runs, seed,
                  standardError, ratio and grade when a capacity is available, risks
  --out FILE      a workbook with the results and a histogram chart
  --force         let --out replace an existing file (never the register itself)
`,
  "cli.risk.oneFile": "Give exactly one risk register file.",
  "cli.risk.badNumber": (flag: string, value: string) => `--${flag} needs a number; got "${value}".`,
  "cli.risk.noRisks": (file: string, sheet: string, row: number) => `${file}, sheet "${sheet}": no risk could be read below the header on row ${row}.`,
  "cli.risk.title": (file: string, sheet: string) => `Risk simulation of ${file}, sheet "${sheet}"`,
  "cli.risk.read": (n: number, row: number, fixed: number, ranges: number) =>
    `${risks(n)} read below the header on row ${row}: ${fixed} with one amount, ${ranges} with a range.`,
  "cli.risk.skipped": (headings: number, totals: number) => `Skipped: ${headings} rows with text only, ${totals} total rows.`,
  "cli.risk.percent": "The probability column holds whole percentages (30 is 30%).",
  "cli.risk.classesSheet": (list: string, sheet: string) => `Probability classes as the sheet "${sheet}" states them: ${list}.`,
  "cli.risk.classesDefault": (list: string) =>
    `Probability classes taken as ${list}: the upper bound of each class, 90% for zeer groot (an assumption; state your own in a sheet "Kansklassen").`,
  "cli.risk.unit": (unit: string) => `Amounts ${unit}.`,
  "cli.risk.groups": (n: number, risks: number) =>
    n === 1 ? `${risks} risks in 1 correlation group happen together.` : `${risks} risks in ${n} correlation groups happen together within their group.`,
  "cli.risk.capacity": (certainty: string, amount: string) => `Benodigde weerstandscapaciteit at ${certainty} certainty: ${amount}`,
  "cli.risk.precision": (se: string, runs: string, seed: string) => `  standard error ${se}; ${runs} runs, seed ${seed}`,
  "cli.risk.notConverged": (runs: string) => `  not stable to 0.5% after ${runs} runs: the standard error says how far off the capacity may be`,
  "cli.risk.sum": (amount: string) => `Simple sum (every risk at its maximum): ${amount}`,
  "cli.risk.expected": (amount: string) => `Expected value: ${amount}`,
  "cli.risk.percentiles": (p50: string, p90: string, p95: string) => `P50 ${p50}, P90 ${p90}, P95 ${p95}`,
  "cli.risk.available": (amount: string, source: string) => `Beschikbare weerstandscapaciteit: ${amount} (${source})`,
  "cli.risk.availableFlag": "given with --available",
  "cli.risk.availableSheet": (sheet: string, lines: number) => `sheet "${sheet}", ${lines} lines`,
  "cli.risk.noAvailable": `No available capacity: give --available AMOUNT or a sheet "Weerstandscapaciteit" for the ratio and its grade.`,
  "cli.risk.ratio": (ratio: string, grade: string, meaning: string) => `Ratio weerstandsvermogen: ${ratio}, grade ${grade} (${meaning})`,
  "cli.risk.noRatio": "Ratio weerstandsvermogen: none, no risk needs capacity.",
  "cli.risk.nature": (structural: string, incidental: string, unknown: string) =>
    `Of the capacity: structural risks ${structural}, incidental ${incidental}, not stated ${unknown}.`,
  "cli.risk.top": (n: number) => `Largest risks by their share of the capacity (top ${n}):`,
  "cli.risk.col.row": "row",
  "cli.risk.col.risk": "risk",
  "cli.risk.col.probability": "probability",
  "cli.risk.col.amount": "amount",
  "cli.risk.col.contribution": "contribution",
  "cli.risk.col.share": "share",
  "cli.risk.problems": (n: number) => `Rows not read as a risk (${n}):`,
  "cli.risk.written": (out: string) => `Results written to ${out}.`,
  "cli.template.riskWritten": (out: string, sheet: string, n: number) =>
    `Wrote ${out}: sheet "${sheet}" with an example register of ${n} risks to replace with your own, the probability classes and the available capacity. Run: begrotingslab risk ${out}`,

  "risk.book.results": "Risk capacity",
  "risk.book.histogram": "Histogram",
  "risk.book.title": "Paragraaf weerstandsvermogen: the risk simulation",
  "risk.book.source": (file: string, sheet: string) => `Register: ${file}, sheet "${sheet}"`,
  "risk.book.figure": "Figure",
  "risk.book.unit": (unit: string) => `Amounts ${unit}`,
  "risk.book.value": "Value",
  "risk.book.capacity": (certainty: string) => `Benodigde weerstandscapaciteit (${certainty} certainty)`,
  "risk.book.se": "Standard error of the capacity",
  "risk.book.sum": "Simple sum (every risk at its maximum)",
  "risk.book.expected": "Expected value",
  "risk.book.available": "Beschikbare weerstandscapaciteit (available capacity)",
  "risk.book.ratio": "Ratio weerstandsvermogen (available / required)",
  "risk.book.grade": "Grade (NAR scale)",
  "risk.book.runs": "Runs",
  "risk.book.seed": "Seed",
  "risk.book.risks": "Risks by their share of the capacity",
  "risk.book.row": "Row",
  "risk.book.risk": "Risk",
  "risk.book.programme": "Programme",
  "risk.book.probability": "Probability",
  "risk.book.maximum": "Amount (maximum)",
  "risk.book.contribution": "Contribution to the capacity",
  "risk.book.share": "Share",
  "risk.book.band": "Band of the total",
  "risk.book.from": "From",
  "risk.book.to": "To",
  "risk.book.count": "Runs",
  "risk.book.chart": "Simulated total of the risks: runs per band",
  "risk.book.method": (runs: string, seed: string) =>
    `Monte Carlo simulation, ${runs} runs in Latin hypercube batches, seed ${seed}; the same seed gives the same figures. Begrotingslab.`,
  "risk.book.gradeText": (grade: string, meaning: string) => `${grade} (${meaning})`,

  "pane.risk.title": "Risks and risk capacity",
  "pane.risk.intro":
    "Simulate the risk register for the paragraaf weerstandsvermogen: the required capacity at 90% certainty, the ratio with the available capacity, and its grade.",
  "pane.risk.insert": "Insert risk register",
  "pane.risk.inserted": (sheet: string) => `The risk register was inserted on sheet "${sheet}": replace the example risks with your own.`,
  "pane.risk.certainty": "Certainty",
  "pane.risk.runs": "Runs (empty: automatic)",
  "pane.risk.seed": "Seed",
  "pane.risk.available": "Available capacity (empty: from the sheet)",
  "pane.risk.run": "Simulate",
  "pane.risk.done": (n: number, runs: string, sheet: string) => `${risks(n)} of sheet "${sheet}" simulated in ${runs} runs.`,
  "pane.risk.noRegister":
    "No risk register found: a sheet with a column for the risk, the probability and the amount. Insert one with Insert risk register.",
  "pane.risk.badNumber": (field: string, value: string) => `${field}: "${value}" is not a number.`,
  "pane.risk.capacity": (certainty: string) => `Benodigde weerstandscapaciteit (${certainty} certainty)`,
  "pane.risk.se": "Standard error",
  "pane.risk.sum": "Simple sum (every risk at its maximum)",
  "pane.risk.expected": "Expected value",
  "pane.risk.availableRow": "Beschikbare weerstandscapaciteit (available)",
  "pane.risk.ratio": "Ratio weerstandsvermogen (available / required)",
  "pane.risk.grade": "Grade",
  "pane.risk.gradeText": (grade: string, meaning: string) => `${grade} (${meaning})`,
  "pane.risk.noAvailable": "No available capacity: type it here, or add a sheet Weerstandscapaciteit, for the ratio and its grade.",
  "pane.risk.figures": "Figures of the simulation",
  "pane.risk.histogram": "Simulated total of the risks",
  "pane.risk.histogramBar": (from: string, to: string, count: string) => `${from} to ${to}: ${count} runs`,
  "pane.risk.marker": (amount: string) => `the capacity, ${amount}`,
  "pane.risk.top": "Largest risks by their share of the capacity",
  "pane.risk.col.risk": "Risk",
  "pane.risk.col.probability": "Probability",
  "pane.risk.col.contribution": "Contribution",
  "pane.risk.col.share": "Share",
  "pane.risk.problems": (n: number) => `Rows not read as a risk (${n})`,

  "pane.unc.title": "Uncertainty: ranges on the inputs",
  "pane.unc.intro":
    "Give inputs a range (low and high; the value on the sheet is the most likely one) and run the model through the simulation: P10, P50 and P90 of every output, and which input drives the spread.",
  "pane.unc.input": "Input",
  "pane.unc.value": "Most likely",
  "pane.unc.low": "Low",
  "pane.unc.high": "High",
  "pane.unc.run": "Simulate the ranges",
  "pane.unc.noRanges": "Give at least one input a low and a high value.",
  "pane.unc.badRange": (input: string) => `${input}: low and high must be numbers.`,
  "pane.unc.done": (runs: string) => `${runs} runs; the ranges are kept in the workbook.`,
  "pane.unc.output": "Output",
  "pane.unc.spread": "Spread of the outputs",
  "pane.unc.histogram": (output: string) => `Distribution of ${output}`,
  "pane.unc.histogramFor": "Histogram and drivers of",
  "pane.unc.drivers": (output: string) => `What drives the spread of ${output}`,
  "pane.unc.driversNote": "The difference in the output between the runs with the input in its highest and in its lowest tenth, largest first, as in the tornado.",
  "pane.unc.swing": "Swing",
  "pane.unc.failed": (n: number) => `${n} runs gave no number and were left out.`,

  "risk.council.figures": "Risk capacity",
  "risk.council.histogram": "Risk histogram",
  "risk.council.register": "Risk register (sheet)",
  "risk.council.risks": "Risks simulated",
  "risk.council.runs": "Simulation runs",
  "risk.council.seed": "Seed of the simulation",
  "risk.council.scenario": "Paragraaf weerstandsvermogen (risk capacity)",

  "risk.tpl.sheet": "Risk register",
  "risk.tpl.classSheet": "Probability classes",
  "risk.tpl.capacitySheet": "Available capacity",
  "risk.tpl.title": "Risk register for the paragraaf weerstandsvermogen",
  "risk.tpl.intro":
    "An example register of 20 risks: replace them with your own. Probability as a percentage or as a class (see the sheet Probability classes); amount as one figure, or as minimum, most likely and maximum for a range. Risks with the same correlation group happen together. Amounts in euros.",
  "risk.tpl.no": "No.",
  "risk.tpl.risk": "Risk",
  "risk.tpl.programme": "Programme",
  "risk.tpl.probability": "Probability",
  "risk.tpl.amount": "Amount",
  "risk.tpl.minimum": "Minimum",
  "risk.tpl.mostLikely": "Most likely",
  "risk.tpl.maximum": "Maximum",
  "risk.tpl.nature": "Structural/incidental",
  "risk.tpl.group": "Correlation group",
  "risk.tpl.structural": "structural",
  "risk.tpl.incidental": "incidental",
  "risk.tpl.outcome": "Outcome",
  "risk.tpl.capacity": "Benodigde weerstandscapaciteit (90% certainty)",
  "risk.tpl.sum": "Simple sum of the amounts",
  "risk.tpl.available": "Beschikbare weerstandscapaciteit (available capacity)",
  "risk.tpl.ratio": "Ratio weerstandsvermogen (available / required)",
  "risk.tpl.grade": "Grade (NAR scale)",
  "risk.tpl.formulaNote":
    "These cells use the Amount column and probabilities as percentages. The command line (begrotingslab risk) and the task pane also read ranges and classes.",
  "risk.tpl.class": "Class",
  "risk.tpl.upTo": "Up to",
  "risk.tpl.taken": "Percentage taken",
  "risk.tpl.classSource":
    "Class bands as municipalities publish them (a municipal risk paragraph, 2022; docs/SOURCES.md). The percentage taken within each band is an assumption (its upper bound, 90% for zeer groot): state your own.",
  "risk.tpl.description": "Description",
  "risk.tpl.total": "Total",
  "risk.tpl.capacityNote": "Example figures: replace them with your own reserves, unused tax capacity and contingency budget.",
  "risk.tpl.example": "example",
};
