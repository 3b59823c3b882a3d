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

describe("the layouts in examples/layouts, as the README's commands check them", () => {
  test("the overview per taakveld pasted from a PDF into one column reads as the same overview in columns: the same lines and amounts, its header under the title", async () => {
    const columns = await read("layouts/taakvelden-overzicht.csv");
    const pasted = await read("layouts/uit-pdf-geplakt.csv");
    const strip = (f: BudgetFile) => f.result.lines.map((l) => [l.row, l.description, l.taakveld, l.amount]);
    expect(pasted.result.header?.headerRow).toBe(3);
    expect(pasted.result.header?.figuresInText).toEqual({ count: 3, pick: 0, name: "Lasten", names: ["Lasten", "Baten", "Saldo"] });
    expect(strip(pasted)).toEqual(strip(columns));
    expect(pasted.result.problems).toEqual([]);
    const baten = await readBudgetFile(path.join(dir, "layouts", "uit-pdf-geplakt.csv"), { amountColumn: "Baten" });
    const batenColumn = await readBudgetFile(path.join(dir, "layouts", "taakvelden-overzicht.csv"), { amountColumn: "Baten" });
    if (isBudgetError(baten) || isBudgetError(batenColumn)) throw new Error("not read");
    expect(baten.result.lines.map((l) => l.amount)).toEqual(batenColumn.result.lines.map((l) => l.amount));
  });

  test("a province's outline of programmes and goals without figures: every row a line, the programmes headings", async () => {
    const plan = await read("layouts/programmaplan.csv");
    expect(plan.result.lines).toHaveLength(23);
    expect(plan.result.lines[0]?.description).toBe("Programma 1 Ruimte en wonen");
    expect(plan.result.lines.every((l) => l.amount === null)).toBe(true);
    expect(plan.result.problems).toEqual([]);
  });

  test("a ledger export: each row's cost centre is its description and its kind of money is read beside it", async () => {
    const ledger = await read("layouts/grootboek.csv");
    expect(ledger.result.header?.columns).toMatchObject({ description: 1, amount: 4, costType: 3 });
    expect(ledger.result.lines).toHaveLength(20);
    expect(ledger.result.lines.every((l) => l.costType !== undefined)).toBe(true);
    expect(ledger.result.lines.find((l) => l.costType === "Rioolheffing")).toMatchObject({ description: "Riolering", amount: -3115, taakveld: null });
    expect(ledger.result.problems).toEqual([]);
  });

  test("the Onderwerp list and the English summary read every line", async () => {
    expect((await read("layouts/onderwerpen.csv")).result.lines.length).toBeGreaterThanOrEqual(8);
    expect((await read("layouts/budget-summary-en.csv")).result.lines.length).toBeGreaterThanOrEqual(12);
  });
});
