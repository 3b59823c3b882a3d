// The baseline for `check` in `npm run bench`: a bare streaming read of an
// xlsx file's first sheet, every row turned into values and dropped, through
// the same reader the command line uses — and nothing else (no budget
// reading, no check, no output). Run as its own process, as `check` is:
//   node dist/node/bench/bare-read.js FILE.xlsx

import { cellContext, isBudgetError, openXlsx } from "../io/budget-files";
import { rowValues } from "../io/xlsx/values";

async function main(file: string): Promise<void> {
  const x = await openXlsx(file);
  if (isBudgetError(x)) throw new Error(`cannot open ${file}`);
  try {
    const sheet = x.sheets[0];
    if (!sheet) throw new Error(`${file} has no sheet`);
    const ctx = await cellContext(x);
    let rows = 0;
    let cells = 0;
    const problem = await x.scanSheet(sheet, (r) => {
      rows++;
      cells += rowValues(r.cells, ctx).length;
    });
    if (problem) throw new Error(`${file}: ${problem.kind}`);
    process.stdout.write(`${rows} rows, ${cells} cells\n`);
  } finally {
    await x.close();
  }
}

main(process.argv[2] ?? "").catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
