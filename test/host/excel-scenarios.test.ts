// Formulas and sheets the pane writes in Excel (taskpane/policy over
// taskpane/host/excel.ts, on the in-memory Excel of test/helpers/fake-excel.ts):
// formulas spelled for the user's regional separators and for the function
// names Excel loaded, few context.sync calls, never a sheet or a cell of the
// user overwritten, and the council workbook when Excel.createWorkbook fails.

import { HyperFormula } from "hyperformula";
import { CATALOGUE } from "../../src/catalogue";
import { fullName } from "../../src/core/spec";
import { BASE_SCENARIO, defaults, findTemplate, SCENARIO_SHEET, scenariosOf, storeFromRows, type ModelTemplate } from "../../src/scenarios";
import { createExcelHost, toBase64 } from "../../taskpane/host/excel";
import { HostError, type Host } from "../../taskpane/host/types";
import { BUILTINS, DUTCH_METADATA_LOCALES, FormulaSpellingError, hasDutchMetadata, invariantSyntax, localSyntax, spell } from "../../taskpane/policy/formulas";
import { SHEETS_KEY } from "../../taskpane/policy/sheets";
import { compare, insertTemplate, readScenarioWorkbook, readTemplateSheet, saveAs, switchTo } from "../../taskpane/pane/scenarios";
import { BLWorkbook } from "../../engine";
import { HF_LANG } from "../../engine/plugin";
import { FakeSettings, FakeWorkbook, type FakeWorkbookInit } from "../helpers/fake-excel";

const VVE = findTemplate("vve") as ModelTemplate;

/** The custom-function names Excel offers after loading functions.json or functions-nl.json. */
function loadedNames(lang: "nl" | "en", namespace = "BL"): string[] {
  return CATALOGUE.map((s) => `${namespace}.${s.name[lang]}`);
}

interface Options {
  display?: string;
  api?: string;
  decimal?: string;
  namespace?: string;
  createWorkbook?: (b64: string) => Promise<void>;
}

function setup(init: FakeWorkbookInit, o: Options = {}) {
  const display = o.display ?? "nl-NL";
  const namespace = o.namespace ?? "BL";
  const wb = new FakeWorkbook({ apiVersion: o.api ?? "1.11", decimalSeparator: o.decimal ?? ",", functionNames: loadedNames(hasDutchMetadata(display) ? "nl" : "en", namespace), ...init });
  const settings = new FakeSettings();
  const created: string[] = [];
  const host: Host = createExcelHost({
    run: wb.run,
    settings,
    displayLanguage: () => display,
    isSetSupported: wb.isSetSupported,
    namespace,
    createWorkbook: o.createWorkbook ?? (async (b64) => void created.push(b64)),
  });
  return { wb, settings, host, created };
}

describe("every formula the add-in writes is spelled in one place", () => {
  test("for formulasLocal: the regional separators, Dutch names only with Dutch metadata", () => {
    const f = "INDEX(BL.VVE.COMPARE(B5,B6,0.5),3,2)";
    expect(spell(f, localSyntax("nl-NL", ",", "BL"))).toBe("=INDEX(BL.VVE.VERGELIJK(B5;B6;0,5);3;2)");
    // A Dutch Excel with English regional settings: Dutch names, "," and ".".
    expect(spell(f, localSyntax("nl-NL", ".", "BL"))).toBe("=INDEX(BL.VVE.VERGELIJK(B5,B6,0.5),3,2)");
    expect(spell(f, localSyntax("nl-BE", ",", "BL"))).toBe("=INDEX(BL.VVE.VERGELIJK(B5;B6;0,5);3;2)");
    // An English Excel with Dutch regional settings: English names, ";" and ",".
    expect(spell(f, localSyntax("en-US", ",", "BL"))).toBe("=INDEX(BL.VVE.COMPARE(B5;B6;0,5);3;2)");
    // A Dutch display language without registered Dutch metadata: Excel loaded the English names.
    expect(spell(f, localSyntax("nl-SR", ",", "BL"))).toBe("=INDEX(BL.VVE.COMPARE(B5;B6;0,5);3;2)");
    expect(spell(f, localSyntax("en-GB", ".", "BLDEV"))).toBe("=INDEX(BLDEV.VVE.COMPARE(B5,B6,0.5),3,2)");
  });

  test("for formulas (invariant): ',' and '.', custom functions still by the loaded name; text untouched", () => {
    expect(spell('B5*BL.VVE.UNIVERSAL(B5,"a,b; 0.5")', invariantSyntax("nl"))).toBe('=B5*BL.VVE.ALGEMEEN(B5,"a,b; 0.5")');
    expect(spell("HYPERLINK(\"#'Blad, 1'!A5\",\"5\")", invariantSyntax("en"))).toBe("=HYPERLINK(\"#'Blad, 1'!A5\",\"5\")");
    expect(() => spell("AVERAGE(A1:A3)", invariantSyntax("en"))).toThrow(FormulaSpellingError);
    expect(spell("SUM(A1:A3)", localSyntax("nl-NL", ",", "BL"))).toBe("=SOM(A1:A3)");
    expect(() => spell("BL.VVE.UNIVERSAL({1;2})", invariantSyntax("en"))).toThrow(FormulaSpellingError);
  });

  test("the built-ins it writes have these names in Dutch Excel and in the workbench's Dutch engine", () => {
    new BLWorkbook({}).destroy();
    const nl = HyperFormula.getLanguage(HF_LANG.nl);
    for (const [id, name] of Object.entries(BUILTINS.nl)) expect(nl.getMaybeFunctionTranslation(id)).toBe(name);
    expect(DUTCH_METADATA_LOCALES).toEqual(["nl-NL", "nl-BE"]);
    expect([hasDutchMetadata("nl-nl"), hasDutchMetadata("nl-BE"), hasDutchMetadata("nl"), hasDutchMetadata("en-US")]).toEqual([true, true, false, false]);
    // Every template formula can be spelled (no built-in outside BUILTINS).
    for (const spec of CATALOGUE) expect(spell(`${fullName(spec, "en")}(1)`, invariantSyntax("nl"))).toBe(`=${fullName(spec, "nl")}(1)`);
  });
});

describe("formulas written into Excel are valid under every language and region", () => {
  const cell = { row: 2, col: 2, formula: "BL.VVE.UNIVERSAL(B5,0.5)", format: "#,##0" };
  test.each([
    ["nl-NL", "1.11", ".", "=BL.VVE.ALGEMEEN(B5,0.5)", true],
    ["nl-NL", "1.11", ",", "=BL.VVE.ALGEMEEN(B5;0,5)", true],
    ["nl-BE", "1.11", ",", "=BL.VVE.ALGEMEEN(B5;0,5)", true],
    ["en-US", "1.11", ".", "=BL.VVE.UNIVERSAL(B5,0.5)", true],
    ["en-US", "1.11", ",", "=BL.VVE.UNIVERSAL(B5;0,5)", true],
    // Without cultureInfo (ExcelApi 1.9): the invariant formulas, whatever the region.
    ["nl-NL", "1.9", ",", "=BL.VVE.ALGEMEEN(B5,0.5)", false],
    ["nl-BE", "1.9", ".", "=BL.VVE.ALGEMEEN(B5,0.5)", false],
  ])("display %s, ExcelApi %s, decimal '%s': %s", async (display, api, decimal, formula, local) => {
    const { wb, host } = setup({ sheets: [{ name: "Blad1" }] }, { display, api, decimal });
    await host.writeSheet("VVE", [cell]);
    const written = wb.get("VVE", "B2")!;
    expect(written.formula).toBe(formula);
    expect(written.local === true).toBe(local);
    // Excel knew the name: no #NAME?.
    expect(written.value).not.toBe("#NAME?");
    expect(written.format).toBe("#,##0");
  });

  test("the development build writes its own namespace", async () => {
    const { wb, host } = setup({ sheets: [{ name: "Blad1" }] }, { namespace: "BLDEV", decimal: "." });
    await host.writeSheet("VVE", [cell]);
    expect(wb.get("VVE", "B2")?.formula).toBe("=BLDEV.VVE.ALGEMEEN(B5,0.5)");
  });

  test("the fake Excel rejects what Excel rejects: Dutch separators under English regional settings", async () => {
    const { host } = setup({ sheets: [{ name: "Blad1" }] }, { decimal: "." });
    // What the pane wrote before cultureInfo was read: ";" because the display language is Dutch.
    const wb = new FakeWorkbook({ sheets: [{ name: "Blad1" }], decimalSeparator: "." });
    const ctx = wb.ctx();
    const r = ctx.workbook.worksheets.getItem("Blad1").getRangeByIndexes(0, 0, 1, 1);
    r.formulasLocal = [["=BL.VVE.ALGEMEEN(B5;0,5)"]];
    await expect(ctx.sync()).rejects.toThrow(/separator/);
    expect(await host.writeSheet("X", [cell])).toBe("X");
  });
});

describe.each([
  ["nl-NL", "nl"],
  ["en-US", "en"],
] as const)("scenarios in Excel (%s)", (display, lang) => {
  test("insert: one new sheet in two syncs, formulas in the user's syntax, the store hidden", async () => {
    const { wb, host, settings } = setup({ sheets: [{ name: "Begroting", rows: [["Omschrijving"], ["Raad"]] }] }, { display, decimal: lang === "nl" ? "," : "." });
    const before = wb.syncs;
    const sheet = await host.writeSheet("VVE", [{ row: 1, col: 1, value: "titel", bold: true }, { row: 2, col: 2, formula: "BL.VVE.UNIVERSAL(B5,0.5)", format: "#,##0" }], { activate: true, widths: [40, 16], hiddenColumns: [6] });
    expect(sheet).toBe("VVE");
    expect(wb.syncs - before).toBe(2);
    expect(wb.get("VVE", "B2")?.formula).toBe(lang === "nl" ? "=BL.VVE.ALGEMEEN(B5;0,5)" : "=BL.VVE.UNIVERSAL(B5,0.5)");
    expect(wb.get("VVE", "A1")).toMatchObject({ value: "titel", bold: true });
    expect(wb.sheet("VVE").hiddenColumns).toEqual(new Set([6]));
    // 40 characters: 285 pixels, 213.75 points.
    expect(wb.sheet("VVE").columnWidths?.get(1)).toBe(213.75);
    expect(wb.active).toBe("VVE");
    expect(JSON.parse(settings.get(SHEETS_KEY) as string)).toEqual(["VVE"]);

    const name = await insertTemplate(host, VVE, lang);
    expect(name).toBe("VVE (2)");
    expect(wb.findSheet(SCENARIO_SHEET)?.visibility).toBe("Hidden");
    const read = await readScenarioWorkbook(host);
    expect(read.sheets.map((s) => s.sheet)).toEqual(["VVE (2)"]);
    expect(read.sheets[0]?.values).toEqual(defaults(VVE));
    expect(scenariosOf(read.store, "vve").map((s) => s.name)).toEqual([BASE_SCENARIO]);
    // Every formula of the template is one Excel reads, with names it knows.
    for (const c of wb.sheet("VVE (2)").cells.values()) if (c.formula) expect(c.value).not.toBe("#NAME?");
  });

  test("rewrites only its own sheets; a user's sheet of the same name stays as it was", async () => {
    const { wb, host } = setup({ sheets: [{ name: "Vergelijking", rows: [["van de gebruiker", 1]] }] }, { display });
    const before = JSON.stringify(wb.snapshot());
    const first = await host.writeSheet("Vergelijking", [{ row: 1, col: 1, value: "ons" }], { replace: true });
    expect(first).toBe("Vergelijking (2)");
    expect(JSON.stringify((wb.snapshot() as { sheets: unknown[] }).sheets[0])).toBe(JSON.stringify((JSON.parse(before) as { sheets: unknown[] }).sheets[0]));
    const syncs = wb.syncs;
    const again = await host.writeSheet("Vergelijking (2)", [{ row: 2, col: 1, value: "nieuw" }], { replace: true });
    expect(again).toBe("Vergelijking (2)");
    // Which sheets (and the syntax); what is on it; its contents (for undo); the write.
    expect(wb.syncs - syncs).toBeLessThanOrEqual(4);
    expect(wb.get("Vergelijking (2)", "A1")).toBeUndefined();
    expect(wb.get("Vergelijking (2)", "A2")?.value).toBe("nieuw");
    // The command line's store (same header) is taken over; another header is not.
    const cli = setup({ sheets: [{ name: SCENARIO_SHEET, rows: [["template", "scenario", "key", "value"], ["vve", "Oud", "children", 5]] }] }, { display });
    expect(await cli.host.writeSheet(SCENARIO_SHEET, [{ row: 1, col: 1, value: "template" }], { replaceIfHeader: ["template", "scenario", "key", "value"] })).toBe(SCENARIO_SHEET);
    const mine = setup({ sheets: [{ name: SCENARIO_SHEET, rows: [["mijn", "lijst"]] }] }, { display });
    expect(await mine.host.writeSheet(SCENARIO_SHEET, [{ row: 1, col: 1, value: "template" }], { replaceIfHeader: ["template", "scenario", "key", "value"] })).toBe(`${SCENARIO_SHEET} (2)`);
    expect(mine.wb.get(SCENARIO_SHEET, "A1")?.value).toBe("mijn");
  });

  test("save and switch scenarios; switching costs three syncs and refuses a user's formula", async () => {
    const { wb, host } = setup({ sheets: [{ name: "Blad1" }] }, { display });
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
    // Which sheets; the marker and what the cells hold; the write.
    expect(wb.syncs - syncs).toBe(3);
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

  test("undo of an inserted template removes its sheet; undo of a switch puts the inputs back", async () => {
    const { wb, host } = setup({ sheets: [{ name: "Blad1" }] }, { display });
    const records: Parameters<Host["undo"]>[0][] = [];
    host.onRecord((r) => records.push(r));
    const sheet = await insertTemplate(host, VVE, lang);
    const ts = (await readTemplateSheet(host, sheet))!;
    const share = ts.location.inputCells.target_share!;
    await host.writeInputs(sheet, [{ row: share.row + 1, col: 2, value: 0.3 }]);
    expect(await host.undo(records[records.length - 1]!)).toBe(true);
    expect(wb.get(sheet, `B${share.row + 1}`)?.value).toBe(defaults(VVE).target_share);
    expect(await host.undo(records.find((r) => r.action === "sheet")!)).toBe(true);
    expect(wb.findSheet(sheet)).toBeUndefined();
  });
});

describe("the council workbook in Excel", () => {
  const bytes = new Uint8Array([80, 75, 3, 4, 255, 0]);

  test("opens as a new workbook through Excel.createWorkbook", async () => {
    const { host, created } = setup({ sheets: [{ name: "Blad1" }] });
    expect(await host.openWorkbook(bytes, "raad.xlsx")).toEqual({ how: "opened" });
    expect(created).toEqual([toBase64(bytes)]);
    expect(Buffer.from(created[0]!, "base64")).toEqual(Buffer.from(bytes));
  });

  test("when createWorkbook fails, its sheets are added to this workbook, and the pane is told which", async () => {
    const fails = async () => {
      throw new Error("GeneralException");
    };
    const { host, wb } = setup({ sheets: [{ name: "Blad1" }, { name: "Samenvatting" }] }, { api: "1.13", createWorkbook: fails });
    const delivered = await host.openWorkbook(bytes, "raad.xlsx");
    expect(delivered).toEqual({ how: "inserted", sheets: ["Samenvatting (2)", "Bronnen"], reason: "GeneralException" });
    expect(wb.inserted).toEqual([toBase64(bytes)]);
  });

  test("without ExcelApi 1.13 the failure is reported, nothing is changed", async () => {
    const fails = async () => {
      throw new Error("GeneralException");
    };
    const { host, wb } = setup({ sheets: [{ name: "Blad1" }] }, { api: "1.11", createWorkbook: fails });
    const before = JSON.stringify(wb.snapshot());
    await expect(host.openWorkbook(bytes, "raad.xlsx")).rejects.toThrow(/GeneralException/);
    expect(JSON.stringify(wb.snapshot())).toBe(before);
  });
});
