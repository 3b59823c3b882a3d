// The pane's check flow against a small in-memory host: the same verdicts as
// the command line, overrides kept and respected, cancel writes nothing.

import { join } from "node:path";
import { isBudgetError, readSheetRows } from "../../io/budget-files";
import { main, type Io } from "../../cli/main";
import type { BudgetRegion, Host, PaneSettings, ResultPlan, WrittenArea } from "../../taskpane/host/types";
import { applyOverrides, CANCELLED, detect, lineKey, PaneError, resultPlan, runCheck } from "../../taskpane/pane/run";

const example = join(__dirname, "..", "..", "examples", "gemeente-lindewaard-2025.xlsx");

class MemoryHost implements Host {
  readonly kind = "embedded" as const;
  plans: ResultPlan[] = [];
  settings: PaneSettings = {};
  constructor(
    private readonly region: BudgetRegion,
    private readonly sheets: Record<string, unknown[][]> = {},
  ) {}
  language() {
    return "nl" as const;
  }
  async readBudget() {
    return this.region;
  }
  async readSheet(name: string) {
    return this.sheets[name] ?? null;
  }
  async writeResults(plan: ResultPlan): Promise<WrittenArea> {
    this.plans.push(plan);
    return { kind: "columns", sheet: plan.sheet, range: "Z1:Z2", name: "Begrotingslab_Resultaat", source: plan.sheet, rules: [], digest: [], verdictColumn: 0 };
  }
  async removeResults() {
    return { removed: this.plans.length > 0, kept: [] };
  }
  async selectCell() {}
  async openRulesSheet() {}
  async getSettings() {
    return this.settings;
  }
  async setSettings(s: PaneSettings) {
    this.settings = s;
  }
  // The check never uses the scenario methods; they answer as an empty workbook would.
  async listSheets() {
    return { names: Object.keys(this.sheets), active: this.region.sheet };
  }
  async readCells() {
    return [];
  }
  async writeSheet(name: string): Promise<string> {
    throw new Error(`the check must not write a sheet (${name})`);
  }
  async writeInputs(): Promise<void> {
    throw new Error("the check must not write inputs");
  }
  async openWorkbook(): Promise<{ how: "opened" }> {
    throw new Error("the check must not open a workbook");
  }
  onRecord() {
    return () => undefined;
  }
  async undo(): Promise<boolean> {
    throw new Error("the check must not undo");
  }
}

/** A sheet's values as Excel's range.values gives them: every row present, blank ones empty. */
async function sheetValues(sheet: string): Promise<{ values: unknown[][]; hiddenRows: number[] }> {
  const read = await readSheetRows(example, sheet);
  if (isBudgetError(read)) throw new Error(read.message.en);
  return { values: Array.from(read.rows, (r) => r ?? []), hiddenRows: [...read.hiddenRows] };
}

async function exampleRegion(): Promise<BudgetRegion> {
  const { values, hiddenRows } = await sheetValues("Begroting 2025");
  return { sheet: "Begroting 2025", top: 1, left: 1, values, hiddenRows, source: "sheet" };
}

async function cliCounts(): Promise<Record<string, number>> {
  let out = "";
  const io: Io = { out: (s) => (out += s), err: () => undefined };
  await main(["check", example, "--json"], io);
  const lines = JSON.parse(out) as { verdict: string; total: boolean }[];
  const c: Record<string, number> = {};
  // The summary counts the lines it sums: totals and subtotals are left out of both.
  for (const l of lines) if (!l.total) c[l.verdict] = (c[l.verdict] ?? 0) + 1;
  return c;
}

describe("the pane's check", () => {
  test("gives the command line's counts per verdict for the example budget, rules sheet included", async () => {
    const rules = (await sheetValues("Regels")).values;
    const host = new MemoryHost(await exampleRegion(), { Regels: rules });
    const detected = await detect(host);
    const outcome = await runCheck(host, detected, { lang: "nl", settings: {} });
    const counts = Object.fromEntries(outcome.summary.filter((s) => s.count > 0).map((s) => [s.verdict, s.count]));
    expect(counts).toEqual(await cliCounts());
    const plan = host.plans[0]!;
    expect(plan.header).toEqual(["Oordeel", "Niveau", "Toelichting", "Toetsregel"]);
    expect(plan.rows).toHaveLength(outcome.checked.length);
    expect(plan.headerRow).toBe(detected.header.headerRow);
  });

  test("a rules sheet whose header no longer reads is named, not silently dropped; an empty one is no rules", async () => {
    const rules = (await sheetValues("Regels")).values;
    // The header row typed over, as a user might: the rules below it cannot be read.
    const spoiled = rules.map((r) => [...r]);
    const headerRow = spoiled.findIndex((r) => r.includes("Patroon"));
    expect(headerRow).toBeGreaterThanOrEqual(0);
    spoiled[headerRow] = spoiled[headerRow]!.map((c) => (c === null || c === undefined ? c : "x"));
    const host = new MemoryHost(await exampleRegion(), { Regels: spoiled });
    const outcome = await runCheck(host, await detect(host), { lang: "nl", settings: {} });
    expect(outcome.rulesUnread).toBe("Regels");
    expect(outcome.checked.some((c) => c.result.rule.startsWith("user:"))).toBe(false);

    const read = new MemoryHost(await exampleRegion(), { Regels: rules });
    const used = await runCheck(read, await detect(read), { lang: "nl", settings: {} });
    expect(used.rulesUnread).toBeUndefined();
    expect(used.checked.some((c) => c.result.rule.startsWith("user:"))).toBe(true);

    const empty = new MemoryHost(await exampleRegion(), { Rules: [[null, ""], []] });
    expect((await runCheck(empty, await detect(empty), { lang: "en", settings: {} })).rulesUnread).toBeUndefined();
  });

  test("an override is applied on the next run and says so", async () => {
    const host = new MemoryHost(await exampleRegion());
    const detected = await detect(host);
    const first = await runCheck(host, detected, { lang: "en", settings: {} });
    // Any line the check did not call "right level" can be overridden by hand.
    const line = first.checked.find((c) => c.result.verdict !== "OK" && c.result.verdict !== "NEUTRAL")!;
    const settings: PaneSettings = { overrides: { [lineKey(first.sheet, line.line)]: "OK" } };
    const second = await runCheck(host, detected, { lang: "en", settings });
    const again = second.checked.find((c) => c.line.row === line.line.row)!;
    expect(again.result).toMatchObject({ verdict: "OK", rule: "override" });
    expect(again.result.reason.en).toMatch(/Set by hand/);
  });

  test("progress is reported in chunks and cancel stops before anything is written", async () => {
    const values: unknown[][] = [["Omschrijving", "Taakveld", "Lasten"]];
    for (let i = 0; i < 5000; i++) values.push([i % 2 ? "Bijzondere bijstand" : "Onderhoud wegen", i % 2 ? "6.3" : "2.1", i]);
    const host = new MemoryHost({ sheet: "B", top: 3, left: 2, values, hiddenRows: [], source: "selection" });
    const detected = await detect(host);
    const seen: number[] = [];
    const ok = await runCheck(host, detected, { lang: "nl", settings: {}, onProgress: (d) => seen.push(d) });
    expect(seen).toEqual([2000, 4000, 5000]);
    expect(ok.checked[0]!.line.row).toBe(4); // header on sheet row 3, first line on row 4
    expect(host.plans[0]!.lastColumn).toBe(4); // columns B..D
    let calls = 0;
    const before = host.plans.length;
    await expect(runCheck(host, detected, { lang: "nl", settings: {}, isCancelled: () => ++calls > 1 })).rejects.toEqual(new PaneError(CANCELLED));
    expect(host.plans.length).toBe(before);
  });

  test("a sheet without a budget gives a message the user understands", async () => {
    const host = new MemoryHost({ sheet: "Leeg", top: 1, left: 1, values: [["x", 1]], hiddenRows: [], source: "sheet" });
    await expect(detect(host)).rejects.toBeInstanceOf(PaneError);
    await detect(host).catch((e: PaneError) => expect(e.text.nl).toMatch(/Geen begroting gevonden/));
  });
});

describe("part of a table", () => {
  const values = [
    ["Omschrijving", "Taakveld", "Lasten"],
    ["Brandweer", "1.1", 10],
    [],
    ["Bijstand", "6.3", 20],
    ["Totaal", "", 30],
  ];
  test("the whole table the host found is checked", async () => {
    const host = new MemoryHost({ sheet: "B", top: 3, left: 1, values, hiddenRows: [], source: "region" });
    const outcome = await runCheck(host, await detect(host), { lang: "nl", settings: {} });
    expect(outcome.checked.map((c) => c.line.row)).toEqual([4, 6, 7]);
    expect(outcome.rows).toBeUndefined();
    expect(outcome.descriptionColumn).toBe(1);
  });

  test("a selection of lines without the header: only those rows, and the outcome says which", async () => {
    const host = new MemoryHost({ sheet: "B", top: 3, left: 2, values, hiddenRows: [], source: "sheet", rows: { first: 6, last: 7 } });
    const outcome = await runCheck(host, await detect(host), { lang: "nl", settings: {} });
    expect(outcome.checked.map((c) => c.line.row)).toEqual([6, 7]);
    expect(outcome.rows).toEqual({ first: 6, last: 7 });
    expect(outcome.descriptionColumn).toBe(2);
  });
});

describe("a statement printed side by side", () => {
  const values = [
    ["Lasten", "Begroting 2026", "Baten", "Begroting 2026"],
    ["Jeugdzorg", 12500, "Rijksbijdrage jeugd", 300],
    ["Wmo maatwerk", 8400, "Eigen bijdragen Wmo", 420],
    ["Bibliotheek", 1200, "OZB", 9800],
    ["Totaal", 22100, "Totaal", 10520],
  ];
  test("both tables are checked, each with its own totals, and their results go on a sheet of their own with each line's description", async () => {
    const host = new MemoryHost({ sheet: "Staat", top: 4, left: 2, values, hiddenRows: [], source: "region" });
    const outcome = await runCheck(host, await detect(host), { lang: "nl", settings: {} });
    expect(outcome.checked.map((c) => [c.line.row, c.line.description, c.total === true])).toEqual([
      [5, "Jeugdzorg", false],
      [6, "Wmo maatwerk", false],
      [7, "Bibliotheek", false],
      [8, "Totaal", true],
      [5, "Rijksbijdrage jeugd", false],
      [6, "Eigen bijdragen Wmo", false],
      [7, "OZB", false],
      [8, "Totaal", true],
    ]);
    // Checked, the second table is no longer a note of what was not read; a click on its line goes to column D.
    expect(outcome.problems.map((p) => ("code" in p ? p.code : ""))).not.toContain("tableBeside");
    expect(outcome.beside).toMatchObject({ descriptionColumn: 4, columns: "D:E" });
    expect(outcome.beside?.lines.has(outcome.checked[4]!.line)).toBe(true);
    const plan = host.plans[0]!;
    expect(plan.ownSheet).toBe(true);
    expect(plan.header[0]).toBe("Omschrijving");
    expect(plan.rows.map((r) => [r.row, r.cells[0]])).toContainEqual([7, "OZB"]);
  });

  test("where the user chose the columns, only those are checked, and the table beside is named", async () => {
    const host = new MemoryHost({ sheet: "Staat", top: 4, left: 2, values, hiddenRows: [], source: "region" });
    const detected = await detect(host);
    const outcome = await runCheck(host, detected, { lang: "nl", settings: {}, columns: { description: 0, amount: 1 } });
    expect(outcome.checked).toHaveLength(4);
    expect(outcome.beside).toBeUndefined();
    expect(outcome.problems.map((p) => ("code" in p ? p.code : ""))).toContain("tableBeside");
    expect(host.plans[0]!.ownSheet).toBeUndefined();
  });
});

describe("whose budget it is", () => {
  const values = [["Begroting 2026 Provincie Zuiderkwartier"], ["Omschrijving", "Lasten"], ["Klassenverkleining groep 3", 100], ["Provinciale wegen", 200]];
  test("without a choice in the pane or an owner column, the title names the owner, and the outcome says which title", async () => {
    const host = new MemoryHost({ sheet: "Begroting", top: 1, left: 1, values, hiddenRows: [], source: "region" });
    const outcome = await runCheck(host, await detect(host), { lang: "nl", settings: {} });
    expect(outcome.owner).toBe("provincie");
    expect(outcome.ownerFrom).toBe("Provincie Zuiderkwartier");
    expect(outcome.checked.map((c) => c.result.verdict)).toEqual(["CONDITIONAL", "OK"]);
  });

  test("the title found above the region counts too; the pane's own choice wins over both", async () => {
    const host = new MemoryHost({ sheet: "Begroting", top: 2, left: 1, values: values.slice(1), hiddenRows: [], source: "region" });
    const above = await runCheck(host, await detect(host), { lang: "nl", settings: {}, organisation: "Provincie Zuiderkwartier" });
    expect(above.owner).toBe("provincie");
    const chosen = await runCheck(host, await detect(host), { lang: "nl", settings: { owner: "gemeente" }, organisation: "Provincie Zuiderkwartier" });
    expect(chosen.owner).toBe("gemeente");
    expect(chosen.ownerFrom).toBeUndefined();
    const none = await runCheck(host, await detect(host), { lang: "nl", settings: {} });
    expect(none.owner).toBe("gemeente");
    expect(none.ownerFrom).toBeUndefined();
  });
});

describe("the user's own verdicts", () => {
  const line = (row: number, description: string) => ({ row, description, taakveld: null, amount: 100, owner: null });
  const checked = [
    { line: line(12, "Regionale samenwerking (regiodeal)"), owner: "gemeente" as const, result: { level: "RIJK" as const, verdict: "WRONG_LEVEL" as const, category: "lagging_regions", rule: "builtin:lagging_regions", confidence: 0.9, reason: { nl: "r", en: "r" } } },
    { line: line(13, "Koffie"), owner: "gemeente" as const, result: { level: "GEMEENTE" as const, verdict: "OK" as const, category: null, rule: "builtin:overhead", confidence: 0.9, reason: { nl: "r", en: "r" } } },
  ];

  test("'right level' by hand takes the owner's level, not the rules' Rijk, and keeps what the rules said", () => {
    const out = applyOverrides(checked, "Begroting", { [lineKey("Begroting", checked[0]!.line)]: "OK" });
    expect(out[0]!.result).toMatchObject({ verdict: "OK", level: "GEMEENTE", rule: "override" });
    expect(out[0]!.engine).toBe(checked[0]!.result);
    expect(out[0]!.result.reason.nl).toBe("Handmatig vastgesteld: Juist niveau (was Volgens Allers (2017) beter bij een ander niveau: Rijk).");
    expect(out[1]).toBe(checked[1]);
    expect(resultPlan(out, { sheet: "Begroting", top: 1, left: 1, values: [[]], hiddenRows: [], source: "region" } as never, { headerRow: 1, columns: { description: 0 } }, "nl").rows[0]!.cells).toEqual(["Juist niveau", "Gemeente", "Handmatig vastgesteld: Juist niveau (was Volgens Allers (2017) beter bij een ander niveau: Rijk).", "uw eigen oordeel"]);
  });

  test("'not a government task' by hand is the market's, and an override that agrees with the rules changes nothing", () => {
    const key = lineKey("Begroting", checked[1]!.line);
    expect(applyOverrides(checked, "Begroting", { [key]: "NOT_GOVERNMENT" })[1]!.result.level).toBe("MARKT");
    expect(applyOverrides(checked, "Begroting", { [key]: "OK" })[1]).toBe(checked[1]);
  });
});
