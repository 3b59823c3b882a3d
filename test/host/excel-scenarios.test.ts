// The Excel host's scenario methods on the in-memory Excel
// (test/helpers/fake-excel.ts): formulas in the user's language (Dutch names
// through formulasLocal, English through formulas), few context.sync calls,
// and never a sheet or a cell of the user overwritten.

import { BASE_SCENARIO, defaults, findTemplate, localFormula, SCENARIO_SHEET, scenariosOf, storeFromRows, type ModelTemplate } from "../../src/scenarios";
import { createExcelHost, SHEETS_KEY, toBase64 } from "../../taskpane/host/excel";
import { HostError, type Host } from "../../taskpane/host/types";
import { compare, insertTemplate, readScenarioWorkbook, readTemplateSheet, saveAs, switchTo } from "../../taskpane/pane/scenarios";
import { FakeSettings, FakeWorkbook, type FakeWorkbookInit } from "../helpers/fake-excel";

const VVE = findTemplate("vve") as ModelTemplate;

function setup(init: FakeWorkbookInit, display = "nl-NL") {
  const wb = new FakeWorkbook(init);
  const settings = new FakeSettings();
  const created: string[] = [];
  const host: Host = createExcelHost({ run: wb.run, settings, displayLanguage: () => display, createWorkbook: async (b64) => void created.push(b64) });
  return { wb, settings, host, created };
}

describe("localFormula", () => {
  test("Dutch: Dutch BL names, ';' between arguments, ',' as decimal sign; text untouched", () => {
    expect(localFormula("INDEX(BL.VVE.COMPARE(B5,B6,0.5),3,2)", "nl")).toBe("INDEX(BL.VVE.VERGELIJK(B5;B6;0,5);3;2)");
    expect(localFormula('B5*BL.VVE.UNIVERSAL(B5,"a,b")', "nl")).toBe('B5*BL.VVE.ALGEMEEN(B5;"a,b")');
    expect(localFormula("BL.VVE.COMPARE(B5,0.5)", "en")).toBe("BL.VVE.COMPARE(B5,0.5)");
  });
});

describe.each([
  ["nl-NL", "nl"],
  ["en-US", "en"],
] as const)("scenarios in Excel (%s)", (display, lang) => {
  test("insert: one new sheet in two syncs, formulas in the user's language, the store hidden", async () => {
    const { wb, host, settings } = setup({ sheets: [{ name: "Begroting", rows: [["Omschrijving"], ["Raad"]] }] }, display);
    const before = wb.syncs;
    const sheet = await host.writeSheet("VVE", [{ row: 1, col: 1, value: "titel", bold: true }, { row: 2, col: 2, formula: "BL.VVE.UNIVERSAL(B5,0.5)", format: "#,##0" }], { activate: true, widths: [40, 16], hiddenColumns: [6] });
    expect(sheet).toBe("VVE");
    expect(wb.syncs - before).toBe(2);
    const cell = wb.get("VVE", "B2")!;
    expect(cell.formula).toBe(lang === "nl" ? "=BL.VVE.ALGEMEEN(B5;0,5)" : "=BL.VVE.UNIVERSAL(B5,0.5)");
    expect(cell.local === true).toBe(lang === "nl");
    expect(cell.format).toBe("#,##0");
    expect(wb.get("VVE", "A1")).toMatchObject({ value: "titel", bold: true });
    expect(wb.active).toBe("VVE");
    expect(settings.get(SHEETS_KEY)).toEqual(["VVE"]);

    const name = await insertTemplate(host, VVE, lang);
    expect(name).toBe("VVE (2)");
    expect(wb.findSheet(SCENARIO_SHEET)?.visibility).toBe("Hidden");
    const read = await readScenarioWorkbook(host);
    expect(read.sheets.map((s) => s.sheet)).toEqual(["VVE (2)"]);
    expect(read.sheets[0]?.values).toEqual(defaults(VVE));
    expect(scenariosOf(read.store, "vve").map((s) => s.name)).toEqual([BASE_SCENARIO]);
  });

  test("rewrites only its own sheets; a user's sheet of the same name stays as it was", async () => {
    const { wb, host } = setup({ sheets: [{ name: "Vergelijking", rows: [["van de gebruiker", 1]] }] }, display);
    const before = JSON.stringify(wb.snapshot());
    const first = await host.writeSheet("Vergelijking", [{ row: 1, col: 1, value: "ons" }], { replace: true });
    expect(first).toBe("Vergelijking (2)");
    expect(JSON.stringify((wb.snapshot() as { sheets: unknown[] }).sheets[0])).toBe(JSON.stringify((JSON.parse(before) as { sheets: unknown[] }).sheets[0]));
    const syncs = wb.syncs;
    const again = await host.writeSheet("Vergelijking (2)", [{ row: 2, col: 1, value: "nieuw" }], { replace: true });
    expect(again).toBe("Vergelijking (2)");
    expect(wb.syncs - syncs).toBe(3);
    expect(wb.get("Vergelijking (2)", "A1")).toBeUndefined();
    expect(wb.get("Vergelijking (2)", "A2")?.value).toBe("nieuw");
    // The command line's store (same header) is taken over; another header is not.
    const cli = setup({ sheets: [{ name: SCENARIO_SHEET, rows: [["template", "scenario", "key", "value"], ["vve", "Oud", "children", 5]] }] }, display);
    expect(await cli.host.writeSheet(SCENARIO_SHEET, [{ row: 1, col: 1, value: "template" }], { replaceIfHeader: ["template", "scenario", "key", "value"] })).toBe(SCENARIO_SHEET);
    const mine = setup({ sheets: [{ name: SCENARIO_SHEET, rows: [["mijn", "lijst"]] }] }, display);
    expect(await mine.host.writeSheet(SCENARIO_SHEET, [{ row: 1, col: 1, value: "template" }], { replaceIfHeader: ["template", "scenario", "key", "value"] })).toBe(`${SCENARIO_SHEET} (2)`);
    expect(mine.wb.get(SCENARIO_SHEET, "A1")?.value).toBe("mijn");
  });

  test("save and switch scenarios; switching costs two syncs and refuses a user's formula", async () => {
    const { wb, host } = setup({ sheets: [{ name: "Blad1" }] }, display);
    const sheet = await insertTemplate(host, VVE, lang);
    const ts = (await readTemplateSheet(host, sheet))!;
    const share = ts.location.inputCells.target_share!;
    const address = `B${share.row + 1}`;
    wb.sheet(sheet).cells.set(`${share.row + 1},${share.col + 1}`, { value: 0.25 });
    await saveAs(host, sheet, "Gericht");
    const stored = storeFromRows((await host.readSheet(SCENARIO_SHEET))!).store;
    expect(scenariosOf(stored, "vve").find((s) => s.name === "Gericht")?.values.target_share).toBe(0.25);

    const syncs = wb.syncs;
    await host.writeInputs(sheet, [{ row: share.row + 1, col: 2, value: 0.15 }]);
    expect(wb.syncs - syncs).toBe(2);
    expect(wb.get(sheet, address)?.value).toBe(0.15);
    await switchTo(host, sheet, "Gericht");
    expect(wb.get(sheet, address)?.value).toBe(0.25);

    const children = ts.location.inputCells.children!;
    wb.sheet(sheet).cells.set(`${children.row + 1},2`, { value: 1200, formula: "=1000+200" });
    const before = JSON.stringify(wb.snapshot());
    await expect(switchTo(host, sheet, BASE_SCENARIO)).rejects.toBeInstanceOf(HostError);
    expect(JSON.stringify(wb.snapshot())).toBe(before);
    await expect(host.writeInputs("Blad1", [{ row: 1, col: 1, value: 1 }])).rejects.toBeInstanceOf(HostError);

    const c = await compare(host, sheet, lang);
    expect(c.comparison.scenarios).toEqual([BASE_SCENARIO, "Gericht"]);
  });

  test("openWorkbook hands the bytes to Excel.createWorkbook as base64", async () => {
    const { host, created } = setup({ sheets: [{ name: "Blad1" }] }, display);
    const bytes = new Uint8Array([80, 75, 3, 4, 255, 0]);
    expect(await host.openWorkbook(bytes, "raad.xlsx")).toBe("opened");
    expect(created).toEqual([toBase64(bytes)]);
    expect(Buffer.from(created[0]!, "base64")).toEqual(Buffer.from(bytes));
  });
});
