// The pane's policy on Excel (taskpane/policy over taskpane/host/excel.ts)
// against an in-memory Excel with Office.js batch semantics
// (test/helpers/fake-excel.ts): where the budget is found, how many
// context.sync calls and how many bytes each operation costs, that no user
// cell is ever written, and that removing the results leaves the workbook as
// it was — also after the file was saved and opened again.

import { VERDICTS, type Verdict } from "../../src/levels/types";
import { createExcelHost } from "../../taskpane/host/excel";
import { HostError, type Host, type ResultPlan, type ResultRow } from "../../taskpane/host/types";
import { RESULT_NAME, WRITTEN_KEY } from "../../taskpane/policy/results";
import { typedText } from "../../taskpane/policy/text";
import { DEFAULT_COLUMN_POINTS, FakeSettings, FakeWorkbook, WEB_PAYLOAD_LIMIT, type FakeWorkbookInit } from "../helpers/fake-excel";

const HEADER = ["Taakveld", "Omschrijving", "Lasten", "Baten"];

function budgetRows(n: number, note = ""): unknown[][] {
  const rows: unknown[][] = [HEADER];
  for (let i = 1; i <= n; i++) rows.push([`${i % 8}.${i % 3}`, `Regel ${i}${note}`, i * 10, i]);
  return rows;
}

const COLORS = Object.fromEntries(VERDICTS.map((v, i) => [v, `#00000${i}`])) as Record<Verdict, string>;
const TEXT = Object.fromEntries(VERDICTS.map((v) => [v, v === "OK" ? "Goed" : v.toLowerCase()])) as Record<Verdict, string>;

function plan(sheet: string, headerRow: number, lastColumn: number, rows: readonly number[], note = "uitleg"): ResultPlan {
  const result: ResultRow[] = rows.map((row, i) => {
    const verdict = VERDICTS[i % VERDICTS.length] ?? "OK";
    return { row, verdict, cells: [TEXT[verdict], "GEMEENTE", note, `R${i % 10}`] };
  });
  return { sheet, headerRow, lastColumn, header: ["Oordeel", "Niveau", "Toelichting", "Regel"], rows: result, colors: COLORS, verdictText: TEXT };
}

function setup(init: FakeWorkbookInit, opts: { display?: string; limits?: { cellsPerRead?: number; bytesPerRequest?: number } } = {}) {
  const wb = new FakeWorkbook(init);
  const settings = new FakeSettings();
  const host: Host = createExcelHost({ run: wb.run, settings, displayLanguage: () => opts.display ?? "nl-NL", isSetSupported: wb.isSetSupported, ...(opts.limits ? { limits: opts.limits } : {}) });
  return { wb, settings, host };
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe("readBudget finds the whole budget wherever the cursor is", () => {
  // A title, a blank row, the header on row 3, two programmes with a blank row between them.
  const sheet = (): FakeWorkbookInit["sheets"][number] => ({
    name: "Begroting 2025",
    left: 2,
    rows: [["Gemeente Lindewaard – begroting 2025"], [], HEADER, ["0.1", "Bestuur", 100, 0], ["0.2", "Burgerzaken", 50, 20], [], ["6.1", "Samenkracht", 80, 0], ["6.3", "Inkomensregelingen", 300, 100]],
    hiddenRows: [5],
  });

  test.each([
    ["a budget line", "C4"],
    ["a line of the second programme", "C8"],
    ["the empty row between the programmes", "C6"],
    ["the title", "B1"],
    ["an empty cell far away", "K40"],
  ])("on %s: the table from its header to its last line", async (_, cell) => {
    const { host, wb } = setup({ sheets: [sheet()], selection: cell });
    const b = await host.readBudget();
    expect(b).toMatchObject({ sheet: "Begroting 2025", top: 3, left: 2, hiddenRows: [5] });
    expect(b.values).toHaveLength(6);
    expect(b.values[0]).toEqual(HEADER);
    expect(b.values[5]?.[1]).toBe("Inkomensregelingen");
    expect(b.rows).toBeUndefined();
    // Where the user is (with the used range), then one block of values and hidden rows.
    expect(wb.syncs).toBe(2);
  });

  test("on a result cell the add-in wrote: the table beside it, without the results", async () => {
    const { host, wb } = setup({ sheets: [sheet()], selection: "C4" });
    await host.writeResults(plan("Begroting 2025", 3, 5, [4, 5, 7, 8]));
    wb.selection = { top: 7, left: 7, rows: 1, cols: 1 };
    wb.activeCell = { row: 7, col: 7 };
    const b = await host.readBudget();
    expect(b).toMatchObject({ top: 3, left: 2 });
    expect(b.values[0]).toEqual(HEADER);
    expect(b.values.every((r) => r.length === 4)).toBe(true);
  });

  test("a selection that holds the header is the budget, as it is", async () => {
    const { host } = setup({ sheets: [sheet()], selection: "B3:D5" });
    const b = await host.readBudget();
    expect(b).toMatchObject({ top: 3, left: 2, source: "selection" });
    expect(b.values).toEqual([HEADER.slice(0, 3), ["0.1", "Bestuur", 100], ["0.2", "Burgerzaken", 50]]);
  });

  test("a selection of lines without the header: the table, and which rows to check", async () => {
    const { host } = setup({ sheets: [sheet()], selection: "C7:C8" });
    const b = await host.readBudget();
    expect(b).toMatchObject({ top: 3, left: 2, rows: { first: 7, last: 8 } });
    expect(b.values[0]).toEqual(HEADER);
  });

  test("no budget on the sheet: the user is asked to select it", async () => {
    const { host } = setup({ sheets: [{ name: "Notities", rows: [["boodschappen"], ["brood"]] }], selection: "A1" });
    await expect(host.readBudget()).rejects.toBeInstanceOf(HostError);
    const empty = setup({ sheets: [{ name: "Leeg" }], selection: "C3" });
    await expect(empty.host.readBudget()).rejects.toBeInstanceOf(HostError);
  });

  test("error cells keep their text", async () => {
    const { host } = setup({ sheets: [{ name: "S", rows: [["Omschrijving", "Lasten"], ["Raad", "#REF!"]] }], selection: "A1" });
    expect((await host.readBudget()).values[1]).toEqual(["Raad", "#REF!"]);
  });
});

describe("large sheets: sized first, read in row blocks under the web and desktop limits", () => {
  test("1,000,000 rows × 20 columns: every block under 5 MB and under a million cells", async () => {
    const rows = 1_000_000;
    const cols = 20;
    const wb = new FakeWorkbook({ sheets: [{ name: "Groot" }], selection: "B2", webLimits: true, desktopCellLimit: 5_000_000 });
    const s = wb.sheet("Groot");
    s.generated = {
      rows,
      cols,
      value: (r, c) => (r === 1 ? (c === 1 ? "Omschrijving" : c === 2 ? "Lasten" : `Kolom ${c}`) : c === 1 ? `Regel ${r}` : r + c),
    };
    const host = createExcelHost({ run: wb.run, settings: new FakeSettings(), displayLanguage: () => "nl-NL", isSetSupported: wb.isSetSupported });
    const b = await host.readBudget();
    expect(b.values).toHaveLength(rows);
    expect(b.values[rows - 1]?.[0]).toBe(`Regel ${rows}`);
    expect(b.values[rows - 1]?.[19]).toBe(rows + 20);
    // No request over the web limit (the fake would have thrown), none over the cell limit.
    expect(wb.maxReadCells).toBeLessThanOrEqual(1_000_000);
    expect(Math.max(...wb.requestBytes)).toBeLessThan(WEB_PAYLOAD_LIMIT);
    expect(wb.syncs).toBeGreaterThan(20);
  }, 240_000);

  test("a block Excel desktop answers with null is asked for again in smaller parts", async () => {
    const { host, wb } = setup({ sheets: [{ name: "B", rows: budgetRows(3000) }], selection: "B2", desktopCellLimit: 2_000 }, { limits: { cellsPerRead: 10_000 } });
    const b = await host.readBudget();
    expect(b.values).toHaveLength(3001);
    expect(b.values[3000]?.[2]).toBe(30_000);
    expect(wb.maxReadCells).toBeGreaterThan(2_000);
  });

  test("a block over the web's 5 MB is asked for again in smaller parts", async () => {
    const long = "x".repeat(3000);
    const { host, wb } = setup({ sheets: [{ name: "B", rows: budgetRows(4000, long) }], selection: "B2", webLimits: true });
    const b = await host.readBudget();
    expect(b.values).toHaveLength(4001);
    expect(wb.syncs).toBeGreaterThan(4);
  });
});

describe("writing results", () => {
  test.each([
    [10, 3],
    [100_000, 4],
  ])("%i budget lines: written in %i round trips (the target block; the name; the write in parts of at most 4 MB)", async (n, syncs) => {
    const { host, wb } = setup({ sheets: [{ name: "Begroting", rows: budgetRows(n) }], selection: "B2" });
    const b = await host.readBudget();
    expect(b.values).toHaveLength(n + 1);
    const before = wb.syncs;
    const area = await host.writeResults(plan("Begroting", 1, 4, range(2, n + 1)));
    expect(area).toMatchObject({ kind: "columns", sheet: "Begroting", range: `E1:H${n + 1}`, name: RESULT_NAME, verdictColumn: 0 });
    // One round trip to look (target block, sheets, formula syntax), one for the name, one per written part.
    expect(wb.syncs - before).toBe(syncs);
    expect(wb.get("Begroting", "E1")?.value).toBe("Oordeel");
    expect(wb.get("Begroting", `E${n + 1}`)?.value).toBe(TEXT[VERDICTS[(n - 1) % VERDICTS.length] ?? "OK"]);
    expect(wb.rules.filter((r) => r.type === "ContainsText")).toHaveLength(VERDICTS.length);
    expect(wb.names.map((x) => [x.name, x.visible])).toEqual([[RESULT_NAME, false]]);
    // The result columns are brought into view: their header is selected.
    expect(wb.selection).toEqual({ top: 1, left: 5, rows: 1, cols: 1 });
  }, 60_000);

  test("results over 5 MB: one write per part, each request under the limit", async () => {
    const n = 100_000;
    const note = "Deze regel hoort bij een andere bestuurslaag; zie de toelichting bij taakveld.";
    const { host, wb } = setup({ sheets: [{ name: "Begroting", rows: budgetRows(n) }], selection: "B2", webLimits: true });
    const p = plan("Begroting", 1, 4, range(2, n + 1), note);
    let bytes = 0;
    for (const r of p.rows) bytes += JSON.stringify(r.cells.map((c) => (typeof c === "string" ? typedText(c) : c))).length;
    expect(bytes).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
    await host.writeResults(p);
    expect(Math.max(...wb.requestBytes)).toBeLessThan(WEB_PAYLOAD_LIMIT);
    expect(wb.requestBytes.filter((x) => x > 1_000_000).length).toBeGreaterThanOrEqual(2);
    expect(wb.get("Begroting", `G${n + 1}`)?.value).toBe(note);
  }, 60_000);

  test("one non-empty cell in the target block sends the results to a Niveaucheck sheet, the user's cell untouched", async () => {
    const { host, wb } = setup({ sheets: [{ name: "Begroting 2025", rows: budgetRows(10) }], selection: "A1:D11" });
    wb.sheet("Begroting 2025").cells.set("7,7", { value: "let op" });
    const before = JSON.stringify(wb.sheet("Begroting 2025").cells.get("7,7"));
    const area = await host.writeResults(plan("Begroting 2025", 1, 4, range(2, 11)));
    expect(area).toMatchObject({ kind: "sheet", sheet: "Niveaucheck", range: "A1:E11", source: "Begroting 2025", verdictColumn: 1 });
    expect(JSON.stringify(wb.sheet("Begroting 2025").cells.get("7,7"))).toBe(before);
    expect([...wb.sheet("Begroting 2025").cells.keys()].filter((k) => Number(k.split(",")[1]) > 4)).toEqual(["7,7"]);
    // ExcelApi 1.9 without cultureInfo: the invariant syntax through range.formulas.
    expect(wb.get("Niveaucheck", "A2")).toMatchObject({ formula: `=HYPERLINK("#'Begroting 2025'!A2","2")`, value: "2" });
    expect(wb.get("Niveaucheck", "A1")).toMatchObject({ value: "Rij", bold: true });
    expect(wb.get("Niveaucheck", "B2")?.value).toBe("Goed");
    expect(wb.sheet("Niveaucheck").frozenRows).toBe(1);
    expect(wb.rules.every((r) => r.sheet === "Niveaucheck" && r.rect.left === 2)).toBe(true);
  });

  test("a plan for a sheet of its own (two tables sharing their rows) goes there though the columns beside are free; two lines on one row are two rows there", async () => {
    const { host, wb } = setup({ sheets: [{ name: "Staat", rows: budgetRows(4) }], selection: "A1" });
    const area = await host.writeResults({ ...plan("Staat", 1, 4, [2, 3, 2, 3]), ownSheet: true });
    expect(area).toMatchObject({ kind: "sheet", sheet: "Niveaucheck", range: "A1:E5", source: "Staat" });
    expect([...wb.sheet("Staat").cells.keys()].filter((k) => Number(k.split(",")[1]) > 4)).toEqual([]);
    expect(wb.get("Niveaucheck", "A4")).toMatchObject({ value: "2" });
    expect(await host.removeResults()).toMatchObject({ removed: true });
    expect(wb.sheets.some((x) => x.name === "Niveaucheck")).toBe(false);
  });

  test("a formula that shows nothing counts as a user cell", async () => {
    const { host, wb } = setup({ sheets: [{ name: "B", rows: budgetRows(3) }], selection: "A2" });
    wb.sheet("B").cells.set("4,8", { value: "", formula: '=IF(1,"")' });
    expect((await host.writeResults(plan("B", 1, 4, [2, 3, 4]))).kind).toBe("sheet");
    expect(wb.get("B", "H4")).toEqual({ value: "", formula: '=IF(1,"")' });
  });

  test("a user's own Niveaucheck sheet and workbook name are left alone", async () => {
    const { host, wb } = setup({ sheets: [{ name: "B", rows: budgetRows(3) }, { name: "Niveaucheck", rows: [["mijn eigen"]] }], selection: "A2" });
    wb.names.push({ name: RESULT_NAME, sheet: wb.sheet("Niveaucheck"), rect: { top: 1, left: 1, rows: 1, cols: 1 }, visible: true });
    wb.sheet("B").cells.set("2,5", { value: 1 });
    const area = await host.writeResults(plan("B", 1, 4, [2, 3, 4]));
    expect(area).toMatchObject({ sheet: "Niveaucheck (2)", name: `${RESULT_NAME}_2` });
    await host.removeResults();
    expect(wb.get("Niveaucheck", "A1")?.value).toBe("mijn eigen");
    expect(wb.findSheet("Niveaucheck (2)")).toBeUndefined();
    expect(wb.names.map((x) => x.name)).toEqual([RESULT_NAME]);
  });

  test("text that Excel would turn into a number, date or formula stays text", async () => {
    const { host, wb } = setup({ sheets: [{ name: "B", rows: budgetRows(2) }], selection: "A2" });
    const rows = [
      { row: 2, verdict: "OK" as const, cells: ["Goed", "0.10", "- zie noot", "=A1"] },
      { row: 3, verdict: "OK" as const, cells: ["Goed", "1-2", "#N/A", 7] },
    ];
    await host.writeResults({ ...plan("B", 1, 4, [2, 3]), rows });
    expect(wb.get("B", "F2")?.value).toBe("0.10");
    expect(wb.get("B", "G2")).toMatchObject({ value: "- zie noot" });
    expect(wb.get("B", "G2")?.formula).toBeUndefined();
    expect(wb.get("B", "H2")?.formula).toBeUndefined();
    expect(wb.get("B", "H3")?.value).toBe(7);
  });
});

describe("removeResults restores the workbook, found by what the add-in wrote", () => {
  const init = (): FakeWorkbookInit => ({
    sheets: [{ name: "Begroting", top: 2, left: 2, rows: budgetRows(20), hiddenRows: [5] }, { name: "Blad2", rows: [["x"]] }],
    selection: "C4",
  });

  test.each(["columns", "sheet"] as const)("results in %s: write, write again, remove", async (kind) => {
    const { host, wb, settings } = setup(init());
    if (kind === "sheet") wb.sheet("Begroting").cells.set("10,7", { value: "naast de tabel" });
    const before = JSON.stringify(wb.snapshot());
    const p = plan("Begroting", 2, 5, range(3, 22));
    const first = await host.writeResults(p);
    expect(first.kind).toBe(kind);
    // A second run replaces the first; its own cells do not block the columns.
    const second = await host.writeResults(p);
    expect(second).toEqual(first);
    expect(wb.rules).toHaveLength(VERDICTS.length);
    expect(JSON.stringify(wb.snapshot())).not.toBe(before);
    expect(await host.removeResults()).toEqual({ removed: true, kept: [] });
    expect(JSON.stringify(wb.snapshot())).toBe(before);
    expect(settings.get(WRITTEN_KEY)).toBeNull();
    expect((await host.removeResults()).removed).toBe(false);
  });

  test.each(["columns", "sheet"] as const)("%s: after saving and opening again (new ids), rows inserted above and the sheet renamed", async (kind) => {
    const { wb, settings, host } = setup(init());
    if (kind === "sheet") wb.sheet("Begroting").cells.set("10,7", { value: "naast de tabel" });
    // A rule of the user's own with the same text over the same column, and one elsewhere.
    const userRules = () => [
      { id: "{user-1}", sheet: "Begroting", rect: { top: 1, left: 1, rows: 100, cols: 20 }, type: "ContainsText", fill: "#000000", rule: { operator: "BeginsWith", text: "Goed" } },
      { id: "{user-2}", sheet: "Begroting", rect: { top: 3, left: 6, rows: 20, cols: 1 }, type: "ContainsText", fill: "#123456", rule: { operator: "BeginsWith", text: "Goed" } },
    ];
    wb.rules.push(...userRules());
    await host.writeResults(plan("Begroting", 2, 5, range(3, 22)));
    wb.reopen();
    wb.insertRows("Begroting", 1, 2);
    wb.renameSheet("Begroting", "Begroting 2025");
    const before = wb.snapshot() as { sheets: { name: string }[] };
    const reopened = createExcelHost({ run: wb.run, settings: settings.reopened(), displayLanguage: () => "en-US", isSetSupported: wb.isSetSupported });
    expect((await reopened.getSettings()).written?.kind).toBe(kind);
    expect(await reopened.removeResults()).toEqual({ removed: true, kept: [] });
    // Every cell as before the check (two rows lower), only the add-in's fills and name gone.
    const after = wb.snapshot() as { sheets: { name: string; cells: [string, unknown][] }[]; rules: { rule: unknown; fill?: string }[]; names: unknown[] };
    expect(after.sheets.map((s) => s.name)).toEqual(["Begroting 2025", "Blad2"]);
    const budget = after.sheets[0]?.cells.map(([k]) => k) ?? [];
    expect(budget.every((k) => Number(k.split(",")[1]) <= (kind === "sheet" ? 7 : 5))).toBe(true);
    expect(after.rules.map((r) => r.fill).sort()).toEqual(["#000000", "#123456"]);
    expect(after.names).toEqual([]);
    expect(before.sheets.length).toBe(kind === "sheet" ? 3 : 2);
    // The same workbook that only had the user's own changes (no check, no removal): equal cell by cell,
    // hidden rows, sheets and the user's rules where the rows moved them.
    const twin = new FakeWorkbook(init());
    if (kind === "sheet") twin.sheet("Begroting").cells.set("10,7", { value: "naast de tabel" });
    twin.rules.push(...userRules());
    twin.reopen();
    twin.insertRows("Begroting", 1, 2);
    twin.renameSheet("Begroting", "Begroting 2025");
    expect(wb.snapshot()).toEqual(twin.snapshot());
  });

  test("cells a user changed since the check stay, and the pane is told which rows", async () => {
    const { host, wb } = setup({ sheets: [{ name: "B", rows: budgetRows(200) }], selection: "A2" });
    await host.writeResults(plan("B", 1, 4, range(2, 201)));
    wb.sheet("B").cells.set("150,7", { value: "mijn aantekening" });
    const removal = await host.removeResults();
    expect(removal.kept).toEqual([[129, 192]]);
    expect(removal.sheet).toBe("B");
    expect(wb.get("B", "G150")?.value).toBe("mijn aantekening");
    expect(wb.get("B", "E151")?.value).toBeDefined();
    expect(wb.get("B", "E2")).toBeUndefined();
    expect(wb.get("B", "E193")).toBeUndefined();
  });

  test("forged settings that point at a user's sheet delete and clear nothing", async () => {
    const { host, wb, settings } = setup({ sheets: [{ name: "B", rows: budgetRows(5) }, { name: "Belangrijk", rows: [["van de gebruiker"]] }], selection: "A2" });
    const forged = { kind: "sheet", sheet: "Belangrijk", range: "A1:A1", name: "Begrotingslab_Resultaat", source: "B", rules: [], digest: ["abc"], verdictColumn: 1 };
    settings.set(WRITTEN_KEY, JSON.stringify(forged));
    const before = JSON.stringify(wb.snapshot());
    const removal = await host.removeResults();
    expect(removal).toEqual({ removed: true, kept: [[1, 1]], sheet: "Belangrijk" });
    expect(JSON.stringify(wb.snapshot())).toBe(before);
  });

  test("a result sheet the user deleted meanwhile: forgotten without error", async () => {
    const { host, wb } = setup(init());
    wb.sheet("Begroting").cells.set("3,7", { value: "bezet" });
    const area = await host.writeResults(plan("Begroting", 2, 5, range(3, 22)));
    wb.sheets = wb.sheets.filter((s) => s.name !== area.sheet);
    expect((await host.removeResults()).removed).toBe(true);
    expect((await host.removeResults()).removed).toBe(false);
  });
});

describe("result columns are made wide enough to read, and set back on removal", () => {
  // Long verdicts and reasons, as the pane writes them; the budget in A:D, results from E.
  const longPlan = (): ResultPlan => {
    const p = plan("B", 1, 4, range(2, 6), "Lokaal publiek goed: de gemeente weegt kosten en baten het best af (Wie doet wat?).");
    return { ...p, rows: p.rows.map((r) => ({ ...r, cells: ["Volgens Allers (2017) beter bij een ander niveau", ...r.cells.slice(1)] })) };
  };
  // Widths in points other than the standard width (a column set back to it is as one never set).
  const widths = (wb: FakeWorkbook) => Object.fromEntries([...(wb.sheet("B").columnWidths ?? [])].filter(([, w]) => w !== DEFAULT_COLUMN_POINTS));

  test("narrow result columns are widened to their text (the verdict whole, a reason to 60 characters); removal sets them back", async () => {
    const { host, wb } = setup({ sheets: [{ name: "B", rows: budgetRows(5) }], selection: "A2" });
    const before = JSON.stringify(wb.snapshot());
    await host.writeResults(longPlan());
    // In points ((7 × characters + 5) × 0.75): the verdict's 48 characters and two to spare, the level's 8 and two,
    // the reason at 60; the rule's column ("Regel", "R0") is wide enough as it is.
    expect(widths(wb)).toEqual({ 5: 266.25, 6: 56.25, 7: 318.75 });
    expect(await host.removeResults()).toEqual({ removed: true, kept: [] });
    expect(JSON.stringify(wb.snapshot())).toBe(before);
  });

  test("a column the user made wider is never narrowed, and one the user resized after the check keeps the user's width", async () => {
    const { host, wb } = setup({ sheets: [{ name: "B", rows: budgetRows(5) }], selection: "A2" });
    wb.sheet("B").columnWidths = new Map([[7, 600]]);
    await host.writeResults(longPlan());
    expect(widths(wb)).toEqual({ 5: 266.25, 6: 56.25, 7: 600 });
    // The user narrows the verdict column after the check: removal leaves it so.
    wb.sheet("B").columnWidths?.set(5, 100);
    await host.removeResults();
    expect(widths(wb)).toEqual({ 5: 100, 7: 600 });
  });

  test("undo of the check sets the widths back; undo of the removal widens them again", async () => {
    const { host, wb } = setup({ sheets: [{ name: "B", rows: budgetRows(5) }], selection: "A2" });
    const records: Parameters<Host["undo"]>[0][] = [];
    host.onRecord((r) => records.push(r));
    await host.writeResults(longPlan());
    const written = widths(wb);
    await host.removeResults();
    expect(widths(wb)).toEqual({});
    expect(await host.undo(records[1]!)).toBe(true);
    expect(widths(wb)).toEqual(written);
    expect(await host.undo(records[0]!)).toBe(true);
    expect(widths(wb)).toEqual({});
  });
});

describe("undo records", () => {
  test("a write and a removal are each reverted exactly", async () => {
    const { host, wb } = setup({ sheets: [{ name: "B", rows: budgetRows(30) }], selection: "A2" });
    const records: Parameters<Host["undo"]>[0][] = [];
    host.onRecord((r) => records.push(r));
    const clean = JSON.stringify(wb.snapshot());
    await host.writeResults(plan("B", 1, 4, range(2, 31)));
    const written = JSON.stringify(wb.snapshot());
    await host.removeResults();
    expect(records.map((r) => r.action)).toEqual(["results", "removeResults"]);
    expect(await host.undo(records[1]!)).toBe(true);
    expect(JSON.stringify({ ...(wb.snapshot() as object) })).toBe(written);
    expect(await host.undo(records[0]!)).toBe(true);
    expect(JSON.stringify(wb.snapshot())).toBe(clean);
    expect((await host.getSettings()).written).toBeUndefined();
  });

  test("an undo leaves a cell the user changed since", async () => {
    const { host, wb } = setup({ sheets: [{ name: "B", rows: budgetRows(5) }], selection: "A2" });
    let record: Parameters<Host["undo"]>[0] | null = null;
    host.onRecord((r) => (record = r));
    await host.writeResults(plan("B", 1, 4, range(2, 6)));
    wb.sheet("B").cells.set("3,6", { value: "eigen" });
    expect(await host.undo(record!)).toBe(false);
    expect(wb.get("B", "F3")?.value).toBe("eigen");
  });
});

describe("the rest of the host", () => {
  test("settings round trip in parts below Excel's cell size; written stays the policy's", async () => {
    const { host, settings } = setup({ sheets: [{ name: "B", rows: budgetRows(2) }], selection: "A2" });
    expect(await host.getSettings()).toEqual({});
    const overrides: Record<string, "OK"> = {};
    for (let i = 0; i < 2000; i++) overrides[`B!${i}:Een lange omschrijving van een begrotingsregel ${i}`] = "OK";
    const s = { owner: "provincie" as const, lang: "en" as const, overrides };
    await host.setSettings(s);
    expect(settings.get("begrotingslab.settings")).toMatch(/^chunked:\d+$/);
    expect(await host.getSettings()).toEqual(s);
    const area = await host.writeResults(plan("B", 1, 4, [2, 3]));
    await host.setSettings(s); // a pane that forgot `written` does not erase it
    expect(await host.getSettings()).toEqual({ ...s, written: area });
    await host.setSettings({ owner: "rijk" });
    expect(settings.get("begrotingslab.settings#1")).toBeNull();
    const again = createExcelHost({ run: new FakeWorkbook({ sheets: [] }).run, settings: settings.reopened(), displayLanguage: () => "nl" });
    expect(await again.getSettings()).toEqual({ owner: "rijk", written: area });
  });

  test("language follows Office's display language", () => {
    const make = (l: string) => createExcelHost({ run: new FakeWorkbook({ sheets: [] }).run, settings: new FakeSettings(), displayLanguage: () => l }).language();
    expect([make("nl-NL"), make("nl-BE"), make("NL"), make("en-US"), make("fy-NL"), make("de-DE")]).toEqual(["nl", "nl", "nl", "en", "en", "en"]);
  });

  test("readSheet: values with row 1 at index 0, null for a missing sheet", async () => {
    const { host } = setup({ sheets: [{ name: "B" }, { name: "Regels", top: 3, left: 2, rows: [["Patroon", "Oordeel"], ["jeugd", "OK"]] }], selection: "A1" });
    expect(await host.readSheet("Bestaat niet")).toBeNull();
    expect(await host.readSheet("B")).toEqual([]);
    const v = await host.readSheet("regels");
    expect(v).toHaveLength(4);
    expect(v?.[2]).toEqual(["", "Patroon", "Oordeel"]);
    expect(v?.[3]?.[2]).toBe("OK");
  });

  test("openRulesSheet creates the sheet once and never overwrites it", async () => {
    const { host, wb } = setup({ sheets: [{ name: "B" }], selection: "A1" });
    await host.openRulesSheet(["Patroon", "Oordeel", "Niveau"]);
    expect(wb.active).toBe("Regels");
    expect(wb.get("Regels", "C1")).toMatchObject({ value: "Niveau", bold: true });
    wb.sheet("Regels").cells.set("1,1", { value: "Mijn kop" });
    wb.active = "B";
    await host.openRulesSheet(["Patroon", "Oordeel", "Niveau"]);
    expect(wb.active).toBe("Regels");
    expect(wb.get("Regels", "A1")?.value).toBe("Mijn kop");
  });

  test("selectCell activates the sheet and selects the line's description cell", async () => {
    const { host, wb } = setup({ sheets: [{ name: "B", top: 2, left: 2, rows: budgetRows(5) }, { name: "C" }], selection: "C4" });
    wb.active = "C";
    await host.selectCell({ sheet: "B", row: 5, col: 3 });
    expect(wb.active).toBe("B");
    expect(wb.selection).toEqual({ top: 5, left: 3, rows: 1, cols: 1 });
  });
});
