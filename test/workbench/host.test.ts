// The embedded host: finding the budget, writing results only into empty
// cells, removing them cell for cell, and settings kept in the workbook.

import type { RawCellContent } from "hyperformula";
import { EmbeddedHost, SETTINGS_SHEET } from "../../workbench/host";
import type { ResultPlan } from "../../taskpane/host/types";
import { buildWorkbook } from "../../workbench/document";
import { emptyMeta } from "../../workbench/host";
import type { Lang } from "../../src/core/types";

function makeHost(sheets: Record<string, RawCellContent[][]>, lang: Lang = "nl"): EmbeddedHost {
  const { wb, meta } = buildWorkbook(
    Object.entries(sheets).map(([name, content]) => ({ name, content, meta: emptyMeta() })),
    lang,
  );
  return new EmbeddedHost(wb, { lang, meta });
}

/** Every sheet's serialized content, to compare a workbook before and after. */
function snapshot(host: EmbeddedHost): Record<string, RawCellContent[][]> {
  return Object.fromEntries(host.sheetNames().map((n) => [n, host.hf.getSheetSerialized(host.hf.getSheetId(n) as number)]));
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
  test("a selection of more than one cell is read as it is", async () => {
    const host = makeHost({ Begroting: BUDGET });
    host.select({ top: 3, left: 2, bottom: 5, right: 3 });
    const r = await host.readBudget();
    expect(r.source).toBe("selection");
    expect([r.top, r.left]).toEqual([3, 2]);
    expect(r.values).toEqual([
      ["Omschrijving", "Lasten"],
      ["Gemeenteraad", 1042],
      ["Bijzondere bijstand", 500],
    ]);
  });

  test("one active cell: the current region around it, computed values, text stays text", async () => {
    const host = makeHost({ Begroting: BUDGET });
    host.select({ top: 4, left: 2, bottom: 4, right: 2 });
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

  test("an active cell far from any data: the used range of the active sheet", async () => {
    const host = makeHost({ Begroting: BUDGET });
    host.select({ top: 40, left: 9, bottom: 40, right: 9 });
    const r = await host.readBudget();
    expect(r.source).toBe("used");
    expect([r.top, r.left, r.values.length]).toEqual([1, 1, 6]);
  });

  test("errors are text like #REF!, whatever the language; hidden rows are reported", async () => {
    const host = makeHost({ Begroting: [["'Omschrijving", "'Bedrag"], ["'A", "=1/0"], ["'B", "=Verdwenen!A1"]] });
    host.sheetMeta("Begroting").hiddenRows.add(3);
    host.select({ top: 1, left: 1, bottom: 1, right: 1 });
    const r = await host.readBudget();
    expect(r.values[1]?.[1]).toBe("#DIV/0!");
    expect(r.values[2]?.[1]).toBe("#REF!");
    expect(r.hiddenRows).toEqual([3]);
  });

  test("readSheet finds a sheet case-insensitively and gives null for a missing one", async () => {
    const host = makeHost({ Begroting: BUDGET, Regels: [["'Patroon", "'Oordeel"], ["'markt", "'OK"]] });
    expect(await host.readSheet("regels")).toEqual([
      ["Patroon", "Oordeel"],
      ["markt", "OK"],
    ]);
    expect(await host.readSheet("Rules")).toBeNull();
  });
});

describe("writeResults and removeResults", () => {
  test("empty cells right of the table: result columns, fills per verdict, then an exact restore", async () => {
    const host = makeHost({ Begroting: BUDGET });
    const before = snapshot(host);
    const area = await host.writeResults(plan("Begroting"));
    expect(area).toMatchObject({ kind: "columns", sheet: "Begroting", range: "D3:E6" });
    expect(host.cellValue("Begroting", 3, 4)).toBe("Oordeel");
    expect(host.cellValue("Begroting", 5, 4)).toBe("Verkeerd niveau");
    // Text from a result never becomes a formula.
    expect(host.cellValue("Begroting", 5, 5)).toBe("=geen formule");
    expect(host.cellFormula("Begroting", 5, 5)).toBeUndefined();
    expect(host.fillAt("Begroting", 4, 4)).toBe(COLORS.OK);
    expect(host.fillAt("Begroting", 5, 4)).toBe(COLORS.WRONG_LEVEL);
    // The result cell may carry the level after the label, as the pane writes it.
    expect(host.fillAt("Begroting", 6, 4)).toBe(COLORS.WRONG_LEVEL);
    expect(host.fillAt("Begroting", 4, 2)).toBeUndefined();
    expect((await host.getSettings()).written).toEqual(area);
    expect(host.sheetNames()).toContain(SETTINGS_SHEET);
    expect(host.visibleSheets()).toEqual(["Begroting"]);

    expect(await host.removeResults()).toBe(true);
    expect(snapshot(host)).toEqual(before);
    expect(host.sheetNames()).toEqual(["Begroting"]);
    expect(host.fillAt("Begroting", 4, 4)).toBeUndefined();
    expect(await host.removeResults()).toBe(false);
  });

  test("one non-empty cell in the way: a Niveaucheck sheet with links, the user's cell untouched", async () => {
    const sheet = BUDGET.map((r) => [...r]);
    (sheet[5] as RawCellContent[])[4] = "'notitie van de gebruiker";
    const host = makeHost({ Begroting: sheet });
    const before = snapshot(host);
    const area = await host.writeResults(plan("Begroting"));
    expect(area.kind).toBe("sheet");
    expect(area.sheet).toBe("Niveaucheck");
    expect(area.created).toEqual(["Niveaucheck"]);
    expect(host.cellValue("Begroting", 6, 5)).toBe("notitie van de gebruiker");
    expect(snapshot(host)["Begroting"]).toEqual(before["Begroting"]);
    expect(host.cellValue("Niveaucheck", 1, 1)).toBe("Rij");
    expect(host.cellValue("Niveaucheck", 2, 1)).toBe("Rij 4");
    expect(host.linkTarget("Niveaucheck", 3, 1)).toEqual({ sheet: "Begroting", row: 5, col: 1 });
    expect(host.fillAt("Niveaucheck", 3, 2)).toBe(COLORS.WRONG_LEVEL);

    await host.selectRow({ sheet: "Begroting", row: 5, col: 2 });
    expect(host.activeSheet()).toBe("Begroting");
    expect(host.selection()).toMatchObject({ top: 5, bottom: 5, left: 1, row: 5 });

    expect(await host.removeResults()).toBe(true);
    expect(snapshot(host)).toEqual(before);
  });

  test("a cell of a spilled BL table counts as non-empty", async () => {
    const host = makeHost({
      Begroting: [["'Omschrijving", "'Bedrag", null], ["'A", 1, "=BL.VVE.VERGELIJK(1200, 0.15, 8100, 1.5, 0.9, 0.8)"], ["'B", 2]],
    });
    expect(host.isCellEmpty("Begroting", 3, 3)).toBe(false);
    const area = await host.writeResults({ ...plan("Begroting"), headerRow: 1, lastColumn: 2, rows: [{ row: 2, verdict: "OK", cells: ["Juist niveau", "x"] }] });
    expect(area.kind).toBe("sheet");
  });

  test("a user's own Niveaucheck sheet is never overwritten", async () => {
    const sheet = BUDGET.map((r) => [...r]);
    (sheet[3] as RawCellContent[])[3] = 7;
    const host = makeHost({ Begroting: sheet, Niveaucheck: [["'van mij"]] });
    const area = await host.writeResults(plan("Begroting"));
    expect(area.sheet).toBe("Niveaucheck (2)");
    expect(host.cellValue("Niveaucheck", 1, 1)).toBe("van mij");
    await host.removeResults();
    expect(host.sheetNames()).toEqual(["Begroting", "Niveaucheck"]);
  });

  test("writing again replaces the earlier result first", async () => {
    const host = makeHost({ Begroting: BUDGET });
    const before = snapshot(host);
    await host.writeResults(plan("Begroting"));
    const second = await host.writeResults(plan("Begroting"));
    expect(second.kind).toBe("columns");
    expect(host.fills()).toHaveLength(1);
    await host.removeResults();
    expect(snapshot(host)).toEqual(before);
  });
});

describe("settings", () => {
  test("round trip through the workbook, kept when results are removed, gone when empty", async () => {
    const host = makeHost({ Begroting: BUDGET });
    expect(await host.getSettings()).toEqual({});
    await host.setSettings({ owner: "provincie", lang: "en", overrides: { "Begroting|4|Gemeenteraad": "OK" } });
    expect(await host.getSettings()).toEqual({ owner: "provincie", lang: "en", overrides: { "Begroting|4|Gemeenteraad": "OK" } });
    const withSettings = snapshot(host);
    await host.writeResults(plan("Begroting"));
    await host.removeResults();
    expect(snapshot(host)).toEqual(withSettings);
    expect(await host.getSettings()).toEqual({ owner: "provincie", lang: "en", overrides: { "Begroting|4|Gemeenteraad": "OK" } });
    await host.setSettings({});
    expect(host.sheetNames()).toEqual(["Begroting"]);
  });

  test("large settings are split over cells below Excel's 32,767-character limit", async () => {
    const host = makeHost({ Begroting: BUDGET });
    const overrides: Record<string, "OK"> = {};
    for (let i = 0; i < 3000; i++) overrides[`Begroting|${i}|Een lange omschrijving van een begrotingsregel ${i}`] = "OK";
    await host.setSettings({ overrides });
    const cells = host.hf.getSheetValues(host.hf.getSheetId(SETTINGS_SHEET) as number);
    expect(cells.length).toBeGreaterThan(1);
    for (const row of cells) expect(String(row[0]).length).toBeLessThanOrEqual(32767);
    expect((await host.getSettings()).overrides).toEqual(overrides);
  });

  test("a damaged settings sheet gives empty settings instead of an error", async () => {
    const host = makeHost({ Begroting: BUDGET, [SETTINGS_SHEET]: [["'{niet json"]] });
    expect(await host.getSettings()).toEqual({});
  });
});

describe("editing as the grid does it", () => {
  test("Dutch input: decimal comma, thousands dot, percentages, apostrophe for text, formulas in Dutch", () => {
    const host = makeHost({ Blad1: [] }, "nl");
    host.setCellInput("Blad1", 1, 1, "0,3");
    host.setCellInput("Blad1", 2, 1, "1.234,5");
    host.setCellInput("Blad1", 3, 1, "30%");
    host.setCellInput("Blad1", 4, 1, "'6.1");
    host.setCellInput("Blad1", 5, 1, "=SOM(A1:A3)");
    host.setCellInput("Blad1", 6, 1, "6.1");
    expect(host.cellValue("Blad1", 1, 1)).toBe(0.3);
    expect(host.cellValue("Blad1", 2, 1)).toBe(1234.5);
    expect(host.cellValue("Blad1", 3, 1)).toBe(0.3);
    expect(host.cellInput("Blad1", 3, 1)).toBe("30%");
    expect(host.cellValue("Blad1", 4, 1)).toBe("6.1");
    expect(host.cellValue("Blad1", 5, 1)).toBe(1235.1);
    expect(host.cellInput("Blad1", 1, 1)).toBe("0,3");
    // Not Dutch notation for a number (Dutch Excel would make it a date): a taakveld code stays text.
    expect(host.cellValue("Blad1", 6, 1)).toBe("6.1");
  });

  test("a BL table spills and follows a changed input", () => {
    const host = makeHost({ Sheet1: [] }, "en");
    host.setCellInput("Sheet1", 1, 1, "3");
    host.setCellInput("Sheet1", 2, 1, "=BL.REVOLVING.TABLE(1000000, A1, 0.08)");
    const rows = (): number => host.dimensions("Sheet1").rows;
    expect(rows()).toBe(2 + 3);
    host.setCellInput("Sheet1", 1, 1, "5");
    expect(rows()).toBe(2 + 5);
    expect(typeof host.cellValue("Sheet1", 7, 1)).toBe("number");
  });

  test("Delete clears a range", () => {
    const host = makeHost({ Begroting: BUDGET });
    host.clearRange({ sheet: "Begroting", top: 4, left: 1, bottom: 5, right: 3 });
    expect(host.isCellEmpty("Begroting", 4, 2)).toBe(true);
    expect(host.cellValue("Begroting", 6, 3)).toBe(0);
  });
});
