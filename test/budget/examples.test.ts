import * as path from "node:path";
import { type BudgetFile, isBudgetError, readBudgetFile, readRulesFile } from "../../io/budget-files";

// The committed example budgets must keep reading cleanly: they are what a new
// user tries first, and what the level check is demonstrated on.
const dir = path.join(__dirname, "..", "..", "examples");

async function read(file: string): Promise<BudgetFile> {
  const r = await readBudgetFile(path.join(dir, file));
  if (isBudgetError(r)) throw new Error(r.message.en);
  return r;
}

test("gemeente Lindewaard: xlsx and csv read the same ≥ 320 lines without problems", async () => {
  const x = await read("gemeente-lindewaard-2025.xlsx");
  const c = await read("gemeente-lindewaard-2025.csv");
  expect(x.sheetName).toBe("Begroting 2025");
  expect(x.result.header?.amountHeader).toBe("Lasten 2025");
  expect(x.result.problems).toEqual([]);
  expect(c.result.problems).toEqual([]);
  const budgetLines = x.result.lines.filter((l) => l.taakveld !== null);
  expect(budgetLines.length).toBeGreaterThanOrEqual(320);
  const strip = (f: BudgetFile) => f.result.lines.map((l) => [l.row, l.description, l.amount]);
  expect(strip(c)).toEqual(strip(x));
  // A numeric taakveld in the sheet is the Dutch csv's "0,1".
  const reserve = x.result.lines.find((l) => l.description === "Onttrekking algemene reserve");
  expect(reserve?.taakveld).toBe(0.1);
  expect(c.result.lines.find((l) => l.row === reserve?.row)?.taakveld).toBe("0,1");
  const rules = await readRulesFile(path.join(dir, "gemeente-lindewaard-2025.xlsx"));
  expect(isBudgetError(rules) ? rules.code : rules.length).toBe(3);
});

test("provincie Zuiderkwartier: ≥ 80 lines, owner column, latest budget year", async () => {
  const p = await read("provincie-zuiderkwartier-2025.xlsx");
  expect(p.result.header?.amountHeader).toBe("Begroting 2025");
  expect(p.result.problems).toEqual([]);
  const lines = p.result.lines.filter((l) => l.owner === "Provincie");
  expect(lines.length).toBeGreaterThanOrEqual(80);
});
