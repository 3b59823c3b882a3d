// The Excel host (taskpane/host/excel.ts) against an in-memory Excel with
// Office.js batch semantics (test/helpers/fake-excel.ts): where the budget is
// found, how many context.sync calls a check costs, that no user cell is ever
// written, and that removing the results leaves the workbook as it was.

import { VERDICTS, type Verdict } from "../../src/levels/types";
import { asTypedText, createExcelHost, parseAreas, rowLinkFormula, WRITTEN_KEY } from "../../taskpane/host/excel";
import type { Host, ResultPlan, ResultRow } from "../../taskpane/host/types";
import { FakeSettings, FakeWorkbook, WEB_PAYLOAD_LIMIT, type FakeWorkbookInit } from "../helpers/fake-excel";

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

function setup(init: FakeWorkbookInit, opts: { writeChunkBytes?: number } = {}) {
  const wb = new FakeWorkbook(init);
  const settings = new FakeSettings();
  const host: Host = createExcelHost({ run: wb.run, settings, displayLanguage: () => "nl-NL", ...opts });
  return { wb, settings, host };
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe("readBudget finds the budget", () => {
  const init = (over: Partial<FakeWorkbookInit>): FakeWorkbookInit => ({
    sheets: [
      {
        name: "Begroting 2025",
        top: 3,
        left: 2,
        rows: [["Titel"], [], ...budgetRows(4)],
        hiddenRows: [7],
      },
    ],
    ...over,
  });

  test("a selection of more than one cell is the budget, as it is", async () => {
    const { host, wb } = setup(init({ selection: "C5:D7" }));
    const b = await host.readBudget();
    expect(b).toMatchObject({ sheet: "Begroting 2025", top: 5, left: 3, source: "selection", hiddenRows: [7] });
    expect(b.values).toEqual([
      ["Omschrijving", "Lasten"],
      ["Regel 1", 10],
      ["Regel 2", 20],
    ]);
    expect(wb.syncs).toBe(1);
  });

  test("a selection of whole columns is cut to the used range", async () => {
    const { host } = setup(init({ selection: "B:E" }));
    const b = await host.readBudget();
    expect(b).toMatchObject({ top: 3, left: 2, source: "selection" });
    expect(b.values).toHaveLength(7);
    expect(b.values[2]).toEqual(HEADER);
  });

  test("one cell inside a table: its current region, which covers the table, in one sync", async () => {
    const { host, wb } = setup({
      sheets: [{ name: "B", top: 2, left: 1, rows: [["x"], ...budgetRows(3)], tables: [{ name: "Begroting", address: "A3:E6" }] }],
      selection: "B4",
    });
    const b = await host.readBudget();
    // "x" on row 2 touches the table, so Excel's current region starts there.
    expect(b).toMatchObject({ top: 2, left: 1, source: "table" });
    expect(b.values[1]).toEqual(HEADER);
    expect(b.values).toHaveLength(5);
    expect(wb.syncs).toBe(1);
  });

  test("one cell outside a table: its current region", async () => {
    const { host, wb } = setup({
      sheets: [{ name: "B", rows: [["Notitie"], [], ...budgetRows(3), [], ["Totaal", "", 60]] }],
      selection: "B4",
    });
    const b = await host.readBudget();
    expect(b).toMatchObject({ top: 3, left: 1, source: "region", hiddenRows: [] });
    expect(b.values).toEqual(budgetRows(3));
    expect(wb.syncs).toBe(1);
  });

  test("an empty cell on its own: the used range of the sheet", async () => {
    const { host } = setup(init({ selection: "K40" }));
    const b = await host.readBudget();
    expect(b).toMatchObject({ top: 3, left: 2, source: "used", hiddenRows: [7] });
    expect(b.values).toHaveLength(7);
    expect(b.values[0]).toEqual(["Titel", "", "", ""]);
  });

  test("error cells keep their text; an empty sheet gives no values", async () => {
    const { host } = setup({ sheets: [{ name: "S", rows: [["a", "b"], ["#REF!", 1]] }], selection: "A1:B2" });
    expect((await host.readBudget()).values[1]).toEqual(["#REF!", 1]);
    const empty = setup({ sheets: [{ name: "Leeg" }], selection: "C3" });
    expect(await empty.host.readBudget()).toMatchObject({ values: [], source: "used" });
  });

  test("a used range too large for one response (web, 5 MB) is read in row chunks", async () => {
    const n = 60_000;
    const { host, wb } = setup({ sheets: [{ name: "B", rows: budgetRows(n, " ".repeat(60) + "lange omschrijving") }], selection: "A2", webLimits: true });
    const b = await host.readBudget();
    expect(b.values).toHaveLength(n + 1);
    expect(b.values[n]?.[2]).toBe(n * 10);
    expect(wb.syncs).toBeGreaterThan(2);
  });
});

describe("a check costs at most three context.sync calls", () => {
  test.each([10, 100_000])("%i budget lines: read 1, target 1, write 1", async (n) => {
    const { host, wb } = setup({ sheets: [{ name: "Begroting", rows: budgetRows(n) }], selection: "B2" });
    const b = await host.readBudget();
    expect(b.values).toHaveLength(n + 1);
    const area = await host.writeResults(plan("Begroting", 1, 4, range(2, n + 1)));
    expect(area).toMatchObject({ kind: "columns", sheet: "Begroting", range: `E1:H${n + 1}` });
    expect(area.created).toHaveLength(VERDICTS.length);
    expect(wb.syncs).toBe(3);
    expect(wb.get("Begroting", "E1")?.value).toBe("Oordeel");
    expect(wb.get("Begroting", `E${n + 1}`)?.value).toBe(TEXT[VERDICTS[(n - 1) % VERDICTS.length] ?? "OK"]);
  }, 30_000);

  test("results over 5 MB: one more sync per 4 MB chunk, each request under the limit", async () => {
    const n = 100_000;
    const note = "Deze regel hoort bij een andere bestuurslaag; zie de toelichting bij taakveld.";
    const { host, wb } = setup({ sheets: [{ name: "Begroting", rows: budgetRows(n) }], selection: "B2", webLimits: true });
    await host.readBudget();
    const p = plan("Begroting", 1, 4, range(2, n + 1), note);
    let bytes = JSON.stringify([p.header]).length;
    for (const r of p.rows) bytes += JSON.stringify(r.cells.map((c) => (typeof c === "string" ? asTypedText(c) : c))).length + 1;
    expect(bytes).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
    await host.writeResults(p);
    const chunks = Math.ceil(bytes / 4_000_000);
    expect(wb.syncs).toBe(2 + chunks);
    expect(Math.max(...wb.requestBytes)).toBeLessThanOrEqual(4_000_000);
    expect(wb.get("Begroting", `G${n + 1}`)?.value).toBe(note);
  }, 30_000);

  test("chunking also holds on the Niveaucheck sheet (small chunk size to keep it fast)", async () => {
    const { host, wb } = setup({ sheets: [{ name: "B", rows: budgetRows(50) }], selection: "A2" }, { writeChunkBytes: 1_000 });
    wb.sheet("B").cells.set("30,6", { value: "mijn notitie" });
    await host.readBudget();
    const area = await host.writeResults(plan("B", 1, 4, range(2, 51)));
    expect(area.kind).toBe("sheet");
    expect(wb.syncs).toBeGreaterThan(4);
    expect(Math.max(...wb.requestBytes)).toBeLessThanOrEqual(1_000);
    expect(wb.get("Niveaucheck", "A51")?.formula).toBe(rowLinkFormula("B", 51));
    expect(wb.get("Niveaucheck", "E51")?.value).toBe("R9");
  });
});

describe("no user cell is ever written", () => {
  test("one non-empty cell in the target block sends the results to a Niveaucheck sheet", async () => {
    const { host, wb } = setup({ sheets: [{ name: "Begroting 2025", rows: budgetRows(10) }], selection: "A1:D11" });
    wb.sheet("Begroting 2025").cells.set("7,7", { value: "let op" });
    const before = JSON.stringify(wb.sheet("Begroting 2025").cells.get("7,7"));
    await host.readBudget();
    const area = await host.writeResults(plan("Begroting 2025", 1, 4, range(2, 11)));
    expect(area).toEqual({ kind: "sheet", sheet: "Niveaucheck", range: "A1:E11", created: ["Niveaucheck"] });
    expect(JSON.stringify(wb.sheet("Begroting 2025").cells.get("7,7"))).toBe(before);
    expect([...wb.sheet("Begroting 2025").cells.keys()].filter((k) => Number(k.split(",")[1]) > 4)).toEqual(["7,7"]);
    const link = wb.get("Niveaucheck", "A2");
    expect(link?.formula).toBe(`=HYPERLINK("#'Begroting 2025'!A2",2)`);
    expect(wb.get("Niveaucheck", "A1")?.value).toBe("Rij");
    expect(wb.get("Niveaucheck", "B2")?.value).toBe("Goed");
    expect(wb.rules.every((r) => r.sheet === "Niveaucheck" && r.rect.left === 2)).toBe(true);
    expect(wb.syncs).toBe(3);
  });

  test("a formula that shows nothing counts as a user cell", async () => {
    const { host, wb } = setup({ sheets: [{ name: "B", rows: budgetRows(3) }], selection: "A2" });
    wb.sheet("B").cells.set("4,8", { value: "", formula: '=IF(1,"")' });
    expect((await host.writeResults(plan("B", 1, 4, [2, 3, 4]))).kind).toBe("sheet");
    expect(wb.get("B", "H4")).toEqual({ value: "", formula: '=IF(1,"")' });
  });

  test("a user's own Niveaucheck sheet is left alone", async () => {
    const { host, wb } = setup({ sheets: [{ name: "B", rows: budgetRows(3) }, { name: "Niveaucheck", rows: [["mijn eigen"]] }], selection: "A2" });
    wb.sheet("B").cells.set("2,5", { value: 1 });
    const area = await host.writeResults(plan("B", 1, 4, [2, 3, 4]));
    expect(area.sheet).toBe("Niveaucheck (2)");
    expect(wb.get("Niveaucheck", "A1")?.value).toBe("mijn eigen");
    await host.removeResults();
    expect(wb.get("Niveaucheck", "A1")?.value).toBe("mijn eigen");
    expect(wb.findSheet("Niveaucheck (2)")).toBeUndefined();
  });

  test("text that Excel would turn into a number, date or formula stays text", async () => {
    const { host, wb } = setup({ sheets: [{ name: "B", rows: budgetRows(2) }], selection: "A2" });
    const p = plan("B", 1, 4, [2, 3]);
    const rows = [
      { row: 2, verdict: "OK" as const, cells: ["Goed", "0.10", "- zie noot", "=A1"] },
      { row: 3, verdict: "OK" as const, cells: ["Goed", "1-2", "#N/A", 7] },
    ];
    await host.writeResults({ ...p, rows });
    expect(wb.get("B", "F2")?.value).toBe("0.10");
    expect(wb.get("B", "G2")).toMatchObject({ value: "- zie noot" });
    expect(wb.get("B", "G2")?.formula).toBeUndefined();
    expect(wb.get("B", "H2")?.formula).toBeUndefined();
    expect(wb.get("B", "H3")?.value).toBe(7);
    expect(asTypedText("Gemeente")).toBe("Gemeente");
  });
});

describe("removeResults restores the workbook", () => {
  const init = (): FakeWorkbookInit => ({
    sheets: [{ name: "Begroting", top: 2, left: 2, rows: budgetRows(20), hiddenRows: [5] }, { name: "Blad2", rows: [["x"]] }],
    selection: "C4",
  });

  test.each(["columns", "sheet"] as const)("results in %s: write, write again, remove", async (kind) => {
    const { host, wb, settings } = setup(init());
    if (kind === "sheet") wb.sheet("Begroting").cells.set("10,7", { value: "naast de tabel" });
    const before = JSON.stringify(wb.snapshot());
    const b = await host.readBudget();
    const p = plan("Begroting", b.top, b.left + 3, range(b.top + 1, b.top + 20));
    const first = await host.writeResults(p);
    expect(first.kind).toBe(kind);
    // A second run replaces the first; its own cells do not block the columns.
    const second = await host.writeResults(p);
    expect(second).toEqual(kind === "columns" ? { ...first, created: second.created } : first);
    expect(wb.rules).toHaveLength(VERDICTS.length);
    expect(JSON.stringify(wb.snapshot())).not.toBe(before);
    expect(await host.removeResults()).toBe(true);
    expect(JSON.stringify(wb.snapshot())).toBe(before);
    expect(settings.get(WRITTEN_KEY)).toBeNull();
    expect(await host.removeResults()).toBe(false);
  });

  test("after the workbook was closed and opened again", async () => {
    const { host, wb, settings } = setup(init());
    const before = JSON.stringify(wb.snapshot());
    await host.writeResults(plan("Begroting", 2, 5, range(3, 22)));
    const reopened = createExcelHost({ run: wb.run, settings: settings.reopened(), displayLanguage: () => "en-US" });
    expect((await reopened.getSettings()).written?.kind).toBe("columns");
    expect(await reopened.removeResults()).toBe(true);
    expect(JSON.stringify(wb.snapshot())).toBe(before);
  });

  test("rules the user added next to ours survive", async () => {
    const { host, wb } = setup(init());
    await host.writeResults(plan("Begroting", 2, 5, range(3, 22)));
    wb.rules.push({ id: "{user}", sheet: "Begroting", rect: { top: 1, left: 1, rows: 100, cols: 20 }, type: "CellValue" });
    await host.removeResults();
    expect(wb.rules.map((r) => r.id)).toEqual(["{user}"]);
  });

  test("a result sheet the user deleted meanwhile: forgotten without error", async () => {
    const { host, wb } = setup(init());
    wb.sheet("Begroting").cells.set("3,7", { value: "bezet" });
    const area = await host.writeResults(plan("Begroting", 2, 5, range(3, 22)));
    wb.sheets = wb.sheets.filter((s) => s.name !== area.sheet);
    expect(await host.removeResults()).toBe(true);
    expect(await host.removeResults()).toBe(false);
  });
});

describe("the rest of the host", () => {
  test("settings round trip; written stays the host's", async () => {
    const { host, settings } = setup({ sheets: [{ name: "B", rows: budgetRows(2) }], selection: "A2" });
    expect(await host.getSettings()).toEqual({});
    const s = { owner: "provincie" as const, lang: "en" as const, overrides: { "B|4|Regel": "OK" as const } };
    await host.setSettings(s);
    expect(await host.getSettings()).toEqual(s);
    const area = await host.writeResults(plan("B", 1, 4, [2, 3]));
    await host.setSettings(s); // a pane that forgot `written` does not erase it
    expect(await host.getSettings()).toEqual({ ...s, written: area });
    const again = createExcelHost({ run: new FakeWorkbook({ sheets: [] }).run, settings: settings.reopened(), displayLanguage: () => "nl" });
    expect(await again.getSettings()).toEqual({ ...s, written: area });
  });

  test("language follows Office's display language", () => {
    const make = (l: string) => createExcelHost({ run: new FakeWorkbook({ sheets: [] }).run, settings: new FakeSettings(), displayLanguage: () => l }).language();
    expect([make("nl-NL"), make("nl-BE"), make("NL"), make("en-US"), make("fy-NL"), make("de-DE")]).toEqual(["nl", "nl", "nl", "en", "en", "en"]);
  });

  test("readSheet: values with row 1 at index 0, null for a missing sheet", async () => {
    const { host } = setup({ sheets: [{ name: "B" }, { name: "Regels", top: 3, left: 2, rows: [["Patroon", "Oordeel"], ["jeugd", "OK"]] }], selection: "A1" });
    expect(await host.readSheet("Bestaat niet")).toBeNull();
    expect(await host.readSheet("B")).toEqual([]);
    const v = await host.readSheet("Regels");
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

  test("selectRow activates the sheet and selects the line within the budget", async () => {
    const { host, wb } = setup({ sheets: [{ name: "B", top: 2, left: 2, rows: budgetRows(5) }, { name: "C" }], selection: "C4" });
    await host.readBudget();
    wb.active = "C";
    await host.selectRow({ sheet: "B", row: 5, col: 3 });
    expect(wb.active).toBe("B");
    expect(wb.selection).toEqual({ top: 5, left: 2, rows: 1, cols: 4 });
    await host.selectRow({ sheet: "C", row: 9, col: 1 });
    expect(wb.selection).toEqual({ top: 9, left: 1, rows: 1, cols: 16384 });
  });

  test("area addresses as Excel writes them", () => {
    expect(parseAreas("'Begroting, 2025'!$A$1:$K$9,'Begroting, 2025'!A12:K40")).toEqual([
      { top: 1, left: 1, rows: 9, cols: 11 },
      { top: 12, left: 1, rows: 29, cols: 11 },
    ]);
    expect(parseAreas("Blad1!3:7,Blad1!C:D")).toEqual([
      { top: 3, left: 1, rows: 5, cols: 16384 },
      { top: 1, left: 3, rows: 1048576, cols: 2 },
    ]);
  });
});
