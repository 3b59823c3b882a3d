// The pane's policy in the workbench: the embedded host (workbench/host.ts)
// over the document (workbench/model.ts). Finding the budget, writing
// results only into empty cells, removing them cell for cell, settings kept
// in the workbook, and the document's own editing.

import type { RawCellContent } from "hyperformula";
import { embeddedHost } from "../../workbench/host";
import { SETTINGS_SHEET, WorkbookModel, emptyMeta } from "../../workbench/model";
import type { Host, ResultPlan } from "../../taskpane/host/types";
import { buildWorkbook } from "../../workbench/document";
import type { Lang } from "../../src/core/types";

/** The document and the pane's host over it (`host.x` for the pane's operations, `doc.x` for the grid's). */
function makeHost(sheets: Record<string, RawCellContent[][]>, lang: Lang = "nl"): { doc: WorkbookModel; host: Host } {
  const { wb, meta } = buildWorkbook(
    Object.entries(sheets).map(([name, content]) => ({ name, content, meta: emptyMeta() })),
    lang,
  );
  const doc = new WorkbookModel(wb, { lang, meta });
  return { doc, host: embeddedHost(doc) };
}

/** Every sheet's serialized content, to compare a workbook before and after. */
function snapshot(doc: WorkbookModel): Record<string, RawCellContent[][]> {
  return Object.fromEntries(doc.sheetNames().map((n) => [n, doc.hf.getSheetSerialized(doc.sheetId(n))]));
}

const BUDGET: RawCellContent[][] = [
  ["'Gemeente Lindewaard"],
  [],
  ["'Taakveld", "'Omschrijving", "'Lasten"],
  ["'0.1", "'Gemeenteraad", 1042],
  ["'6.3", "'Bijzondere bijstand", 500],
  ["'4.3", "'Klassenverkleining", "=C4+C5"],
];

const COLORS = { OK: "#dff6dd", CONDITIONAL: "#fff4ce", QUESTIONABLE: "#fce4d6", WRONG_LEVEL: "#fde7e9", NOT_GOVERNMENT: "#f4e3f7", NEUTRAL: "#f3f2f1", UNKNOWN: "#e1effa" } as const;
const TEXT = { OK: "Juist niveau", CONDITIONAL: "Voorwaardelijk", QUESTIONABLE: "Twijfelachtig", WRONG_LEVEL: "Verkeerd niveau", NOT_GOVERNMENT: "Geen overheidstaak", NEUTRAL: "Neutraal", UNKNOWN: "Onbekend" } as const;

function plan(sheet: string): ResultPlan {
  return {
    sheet,
    headerRow: 3,
    lastColumn: 3,
    header: ["Oordeel", "Toelichting"],
    rows: [
      { row: 4, verdict: "OK", cells: ["Juist niveau", "Raad is gemeentelijk"] },
      { row: 5, verdict: "WRONG_LEVEL", cells: ["Verkeerd niveau", "=geen formule"] },
      { row: 6, verdict: "WRONG_LEVEL", cells: ["Verkeerd niveau: Rijk", null] },
    ],
    colors: COLORS,
    verdictText: TEXT,
  };
}

describe("readBudget", () => {
  test("a selection of more than one cell that holds the header is read as it is", async () => {
    const { doc, host } = makeHost({ Begroting: BUDGET });
    doc.select({ top: 3, left: 2, bottom: 5, right: 3 });
    const r = await host.readBudget();
    expect(r.source).toBe("selection");
    expect([r.top, r.left]).toEqual([3, 2]);
    expect(r.values).toEqual([
      ["Omschrijving", "Lasten"],
      ["Gemeenteraad", 1042],
      ["Bijzondere bijstand", 500],
    ]);
  });

  test("one active cell on a line: the table around it, computed values, text stays text", async () => {
    const { doc, host } = makeHost({ Begroting: BUDGET });
    doc.select({ top: 4, left: 2, bottom: 4, right: 2 });
    const r = await host.readBudget();
    expect(r.source).toBe("region");
    expect([r.top, r.left]).toEqual([3, 1]);
    expect(r.values).toEqual([
      ["Taakveld", "Omschrijving", "Lasten"],
      ["0.1", "Gemeenteraad", 1042],
      ["6.3", "Bijzondere bijstand", 500],
      ["4.3", "Klassenverkleining", 1542],
    ]);
  });

  test("an active cell far from any data or on the title: the budget table of the sheet", async () => {
    for (const cell of [{ top: 40, left: 9 }, { top: 1, left: 1 }]) {
      const { doc, host } = makeHost({ Begroting: BUDGET });
      doc.select({ ...cell, bottom: cell.top, right: cell.left });
      const r = await host.readBudget();
      expect(r.source).toBe("sheet");
      expect([r.top, r.left, r.values.length]).toEqual([3, 1, 4]);
    }
  });

  test("the title above the table travels with it; the budget's own title (whose budget) does not", async () => {
    const { doc, host } = makeHost({
      Doel: [["'Operationeel doel 2.1.3 Provinciale openbaar vervoervoorzieningen"], ["'Bedragen x € 1.000"], ["'Lasten", "'Begroot 2025"], ["'Apparaatskosten", 267]],
      Begroting: BUDGET,
    });
    doc.select({ top: 4, left: 1, bottom: 4, right: 1 });
    expect((await host.readBudget()).title).toBe("Operationeel doel 2.1.3 Provinciale openbaar vervoervoorzieningen");
    doc.setActiveSheet("Begroting");
    doc.select({ top: 4, left: 2, bottom: 4, right: 2 });
    expect((await host.readBudget()).title).toBeUndefined();
  });

  test("a header of two rows belongs to the table: the years over 'Lasten | Baten' are read with it", async () => {
    const { doc, host } = makeHost({
      Programma: [
        ["'Bedragen x € 1.000"],
        ["'Programma", null, "'Begroting 2024", null, "'Begroting 2025", null],
        [null, null, "'Lasten", "'Baten", "'Lasten", "'Baten"],
        ["'1", "'Bestuur en burgerzaken", 5230, 329, 5400, 330],
        ["'2", "'Openbare ruimte", 10542, 5426, 10981, 5589],
      ],
    });
    doc.select({ top: 4, left: 2, bottom: 4, right: 2 });
    const r = await host.readBudget();
    expect([r.top, r.values.length]).toEqual([2, 4]);
    const { detect } = await import("../../taskpane/pane/run");
    const d = await detect(host);
    expect(d.header.amountHeader).toBe("Begroting 2025 Lasten");
    expect(d.headings.slice(2)).toEqual(["Begroting 2024 Lasten", "Begroting 2024 Baten", "Begroting 2025 Lasten", "Begroting 2025 Baten"]);
    const { runCheck } = await import("../../taskpane/pane/run");
    const outcome = await runCheck(host, d, { lang: "nl", settings: {} });
    expect(outcome.checked.map((c) => [c.line.row, c.line.amount])).toEqual([
      [4, 5400],
      [5, 10981],
    ]);
  });

  test("a figure with its own unit is read in the unit found above the table, once", async () => {
    const { doc, host } = makeHost({ Begroting: [["'Omschrijving", "'Bedrag"], ["'Jeugdhulp", 12400], ["'Tekort jeugdzorg", "'2,1 mln"]] });
    doc.select({ top: 2, left: 1, bottom: 2, right: 1 });
    const { detect, runCheck } = await import("../../taskpane/pane/run");
    const d = await detect(host);
    const amounts = async (factor: 1000 | null): Promise<(number | null)[]> => (await runCheck(host, d, { lang: "nl", settings: {}, factor })).checked.map((c) => c.line.amount);
    expect(await amounts(1000)).toEqual([12400, 2100]);
    expect(await amounts(null)).toEqual([12400, 2100000]);
  });

  test("errors are text like #REF!, whatever the language; hidden rows are reported", async () => {
    const { doc, host } = makeHost({ Begroting: [["'Omschrijving", "'Bedrag"], ["'A", "=1/0"], ["'B", "=Verdwenen!A1"]] });
    doc.sheetMeta("Begroting").hiddenRows.add(3);
    doc.select({ top: 1, left: 1, bottom: 1, right: 1 });
    const r = await host.readBudget();
    expect(r.values[1]?.[1]).toBe("#DIV/0!");
    expect(r.values[2]?.[1]).toBe("#REF!");
    expect(r.hiddenRows).toEqual([3]);
  });

  test("readSheet finds a sheet case-insensitively and gives null for a missing one", async () => {
    const { host } = makeHost({ Begroting: BUDGET, Regels: [["'Patroon", "'Oordeel"], ["'markt", "'OK"]] });
    expect(await host.readSheet("regels")).toEqual([
      ["Patroon", "Oordeel"],
      ["markt", "OK"],
    ]);
    expect(await host.readSheet("Rules")).toBeNull();
  });
});

describe("writeResults and removeResults", () => {
  test("empty cells right of the table: result columns, fills per verdict, then an exact restore", async () => {
    const { doc, host } = makeHost({ Begroting: BUDGET });
    const before = snapshot(doc);
    const area = await host.writeResults(plan("Begroting"));
    expect(area).toMatchObject({ kind: "columns", sheet: "Begroting", range: "D3:E6" });
    expect(doc.cellValue("Begroting", 3, 4)).toBe("Oordeel");
    expect(doc.cellValue("Begroting", 5, 4)).toBe("Verkeerd niveau");
    // Text from a result never becomes a formula.
    expect(doc.cellValue("Begroting", 5, 5)).toBe("=geen formule");
    expect(doc.cellFormula("Begroting", 5, 5)).toBeUndefined();
    expect(doc.fillAt("Begroting", 4, 4)).toBe(COLORS.OK);
    expect(doc.fillAt("Begroting", 5, 4)).toBe(COLORS.WRONG_LEVEL);
    // The result cell may carry the level after the label, as the pane writes it.
    expect(doc.fillAt("Begroting", 6, 4)).toBe(COLORS.WRONG_LEVEL);
    expect(doc.fillAt("Begroting", 4, 2)).toBeUndefined();
    expect((await host.getSettings()).written).toEqual(area);
    expect(doc.sheetNames()).toContain(SETTINGS_SHEET);
    expect(doc.visibleSheets()).toEqual(["Begroting"]);
    // Brought into view: the first result header is selected.
    expect(doc.selection()).toMatchObject({ sheet: "Begroting", row: 3, col: 4 });

    expect(await host.removeResults()).toEqual({ removed: true, kept: [] });
    expect(snapshot(doc)).toEqual(before);
    expect(doc.sheetNames()).toEqual(["Begroting"]);
    expect(doc.fillAt("Begroting", 4, 4)).toBeUndefined();
    expect((await host.removeResults()).removed).toBe(false);
  });

  test("result columns too narrow for their text are widened, never narrowed, and set back on removal", async () => {
    const { doc, host } = makeHost({ Begroting: BUDGET });
    const widths = () => Object.fromEntries(doc.sheetMeta("Begroting").colWidths);
    doc.sheetMeta("Begroting").colWidths.set(5, 300);
    await host.writeResults(plan("Begroting"));
    // "Verkeerd niveau: Rijk" (21 characters) and two to spare: 23 × 7 + 5 pixels; the user's wide column stays.
    expect(widths()).toEqual({ 4: 166, 5: 300 });
    await host.removeResults();
    expect(widths()).toEqual({ 5: 300 });
  });

  test("one non-empty cell in the way: a Niveaucheck sheet with links, the user's cell untouched", async () => {
    const sheet = BUDGET.map((r) => [...r]);
    (sheet[5] as RawCellContent[])[4] = "'notitie van de gebruiker";
    const { doc, host } = makeHost({ Begroting: sheet });
    const before = snapshot(doc);
    const area = await host.writeResults(plan("Begroting"));
    expect(area).toMatchObject({ kind: "sheet", sheet: "Niveaucheck" });
    expect(doc.cellValue("Begroting", 6, 5)).toBe("notitie van de gebruiker");
    expect(snapshot(doc)["Begroting"]).toEqual(before["Begroting"]);
    expect(doc.cellValue("Niveaucheck", 1, 1)).toBe("Rij");
    expect(doc.isBold("Niveaucheck", 1, 1)).toBe(true);
    expect(doc.cellValue("Niveaucheck", 2, 1)).toBe("4");
    expect(doc.linkTarget("Niveaucheck", 3, 1)).toEqual({ sheet: "Begroting", row: 5, col: 1 });
    expect(doc.fillAt("Niveaucheck", 3, 2)).toBe(COLORS.WRONG_LEVEL);

    await host.selectCell({ sheet: "Begroting", row: 5, col: 2 });
    expect(doc.activeSheet()).toBe("Begroting");
    expect(doc.selection()).toMatchObject({ top: 5, bottom: 5, left: 2, right: 2, row: 5, col: 2 });

    expect((await host.removeResults()).removed).toBe(true);
    expect(snapshot(doc)).toEqual(before);
  });

  test("a cell of a spilled BL table counts as non-empty", async () => {
    const { doc, host } = makeHost({
      Begroting: [["'Omschrijving", "'Bedrag", null], ["'A", 1, "=BL.VVE.VERGELIJK(1200, 0.15, 8100, 1.5, 0.9, 0.8)"], ["'B", 2]],
    });
    expect(doc.isCellEmpty("Begroting", 3, 3)).toBe(false);
    const area = await host.writeResults({ ...plan("Begroting"), headerRow: 1, lastColumn: 2, rows: [{ row: 2, verdict: "OK", cells: ["Juist niveau", "x"] }] });
    expect(area.kind).toBe("sheet");
  });

  test("a table without a header row from the sheet's first row: no row above for titles, so the add-in's own sheet", async () => {
    const { doc, host } = makeHost({ Begroting: [["'Wegen", 300], ["'Bijzondere bijstand", 500]] });
    const before = snapshot(doc);
    const area = await host.writeResults({ ...plan("Begroting"), headerRow: 0, lastColumn: 2, rows: [{ row: 1, verdict: "OK", cells: ["Juist niveau", "x"] }, { row: 2, verdict: "OK", cells: ["Juist niveau", "y"] }] });
    expect(area.kind).toBe("sheet");
    expect(snapshot(doc)["Begroting"]).toEqual(before["Begroting"]);
    expect(doc.linkTarget("Niveaucheck", 2, 1)).toEqual({ sheet: "Begroting", row: 1, col: 1 });
  });

  test("a user's own Niveaucheck sheet is never overwritten", async () => {
    const sheet = BUDGET.map((r) => [...r]);
    (sheet[3] as RawCellContent[])[3] = 7;
    const { doc, host } = makeHost({ Begroting: sheet, Niveaucheck: [["'van mij"]] });
    const area = await host.writeResults(plan("Begroting"));
    expect(area.sheet).toBe("Niveaucheck (2)");
    expect(doc.cellValue("Niveaucheck", 1, 1)).toBe("van mij");
    await host.removeResults();
    expect(doc.sheetNames()).toEqual(["Begroting", "Niveaucheck"]);
  });

  test("writing again replaces the earlier result first", async () => {
    const { doc, host } = makeHost({ Begroting: BUDGET });
    const before = snapshot(doc);
    await host.writeResults(plan("Begroting"));
    const second = await host.writeResults(plan("Begroting"));
    expect(second.kind).toBe("columns");
    expect(doc.fills()).toHaveLength(7);
    await host.removeResults();
    expect(snapshot(doc)).toEqual(before);
    expect(doc.fills()).toEqual([]);
  });

  test("check, click a flagged line, check again: the whole budget both times", async () => {
    const { doc, host } = makeHost({ Begroting: BUDGET });
    doc.select({ top: 4, left: 2, bottom: 4, right: 2 });
    const first = await host.readBudget();
    await host.writeResults(plan("Begroting"));
    await host.selectCell({ sheet: "Begroting", row: 5, col: 2 });
    const second = await host.readBudget();
    expect(second.values).toEqual(first.values);
    // And with the cursor on a result cell.
    doc.select({ top: 5, left: 5, bottom: 5, right: 5 });
    expect((await host.readBudget()).values).toEqual(first.values);
  });

  test("undo: the write and the removal are reverted through their records", async () => {
    const { doc, host } = makeHost({ Begroting: BUDGET });
    const records: Parameters<Host["undo"]>[0][] = [];
    host.onRecord((r) => records.push(r));
    const before = snapshot(doc);
    await host.writeResults(plan("Begroting"));
    const written = snapshot(doc);
    await host.removeResults();
    expect(await host.undo(records[1]!)).toBe(true);
    expect(snapshot(doc)).toEqual(written);
    expect(doc.fillAt("Begroting", 4, 4)).toBe(COLORS.OK);
    expect(await host.undo(records[0]!)).toBe(true);
    expect(snapshot(doc)).toEqual(before);
  });
});

describe("settings", () => {
  test("round trip through the workbook, kept when results are removed, gone when empty", async () => {
    const { doc, host } = makeHost({ Begroting: BUDGET });
    expect(await host.getSettings()).toEqual({});
    await host.setSettings({ owner: "provincie", lang: "en", overrides: { "Begroting|4|Gemeenteraad": "OK" } });
    expect(await host.getSettings()).toEqual({ owner: "provincie", lang: "en", overrides: { "Begroting|4|Gemeenteraad": "OK" } });
    const withSettings = snapshot(doc);
    await host.writeResults(plan("Begroting"));
    await host.removeResults();
    expect(snapshot(doc)).toEqual(withSettings);
    expect(await host.getSettings()).toEqual({ owner: "provincie", lang: "en", overrides: { "Begroting|4|Gemeenteraad": "OK" } });
    await host.setSettings({});
    await host.setSettings({ owner: "gemeente" });
    await host.setSettings({});
    expect((await host.getSettings()).owner).toBeUndefined();
  });

  test("large settings are split over cells below Excel's 32,767-character limit", async () => {
    const { doc, host } = makeHost({ Begroting: BUDGET });
    const overrides: Record<string, "OK"> = {};
    for (let i = 0; i < 3000; i++) overrides[`Begroting|${i}|Een lange omschrijving van een begrotingsregel ${i}`] = "OK";
    await host.setSettings({ overrides });
    const cells = doc.hf.getSheetValues(doc.sheetId(SETTINGS_SHEET));
    expect(cells.length).toBeGreaterThan(2);
    for (const row of cells) for (const v of row) expect(String(v).length).toBeLessThanOrEqual(32767);
    expect((await host.getSettings()).overrides).toEqual(overrides);
  });

  test("a damaged settings sheet gives empty settings instead of an error", async () => {
    const { host } = makeHost({ Begroting: BUDGET, [SETTINGS_SHEET]: [["'begrotingslab.settings", "'{niet json"]] });
    expect(await host.getSettings()).toEqual({});
  });
});

describe("editing as the grid does it", () => {
  test("Dutch input: decimal comma, thousands dot, percentages, apostrophe for text, formulas in Dutch", () => {
    const { doc } = makeHost({ Blad1: [] }, "nl");
    doc.setCellInput("Blad1", 1, 1, "0,3");
    doc.setCellInput("Blad1", 2, 1, "1.234,5");
    doc.setCellInput("Blad1", 3, 1, "30%");
    doc.setCellInput("Blad1", 4, 1, "'6.1");
    doc.setCellInput("Blad1", 5, 1, "=SOM(A1:A3)");
    doc.setCellInput("Blad1", 6, 1, "6.1");
    expect(doc.cellValue("Blad1", 1, 1)).toBe(0.3);
    expect(doc.cellValue("Blad1", 2, 1)).toBe(1234.5);
    expect(doc.cellValue("Blad1", 3, 1)).toBe(0.3);
    expect(doc.cellInput("Blad1", 3, 1)).toBe("30%");
    expect(doc.cellValue("Blad1", 4, 1)).toBe("6.1");
    expect(doc.cellValue("Blad1", 5, 1)).toBe(1235.1);
    expect(doc.cellInput("Blad1", 1, 1)).toBe("0,3");
    // Not Dutch notation for a number (Dutch Excel would make it a date): a taakveld code stays text.
    expect(doc.cellValue("Blad1", 6, 1)).toBe("6.1");
  });

  test("a BL table spills and follows a changed input", () => {
    const { doc } = makeHost({ Sheet1: [] }, "en");
    doc.setCellInput("Sheet1", 1, 1, "3");
    doc.setCellInput("Sheet1", 2, 1, "=BL.REVOLVING.TABLE(1000000, A1, 0.08)");
    const rows = (): number => doc.dimensions("Sheet1").rows;
    expect(rows()).toBe(2 + 3);
    doc.setCellInput("Sheet1", 1, 1, "5");
    expect(rows()).toBe(2 + 5);
    expect(typeof doc.cellValue("Sheet1", 7, 1)).toBe("number");
  });

  test("Delete clears a range", () => {
    const { doc } = makeHost({ Begroting: BUDGET });
    doc.clearRange({ sheet: "Begroting", top: 4, left: 1, bottom: 5, right: 3 });
    expect(doc.isCellEmpty("Begroting", 4, 2)).toBe(true);
    expect(doc.cellValue("Begroting", 6, 3)).toBe(0);
  });
});
