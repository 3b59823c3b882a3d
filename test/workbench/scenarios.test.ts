// The pane's scenario flow on the embedded host (the workbench): a template
// sheet computed by the engine equals the core, scenarios saved and switched,
// the comparison sheet refreshed in place, and no sheet or cell of the user
// ever overwritten.

import type { RawCellContent } from "hyperformula";
import type { Lang } from "../../src/core/types";
import { BASE_SCENARIO, coreOutputs, defaults, findTemplate, SCENARIO_SHEET, scenariosOf, type ModelTemplate } from "../../src/scenarios";
import { embeddedHost } from "../../workbench/host";
import { WorkbookModel, emptyMeta } from "../../workbench/model";
import { HostError, type Host } from "../../taskpane/host/types";
import { compare, councilData, insertTemplate, readScenarioWorkbook, readTemplateSheet, remove, rename, saveAs, switchTo } from "../../taskpane/pane/scenarios";
import { PaneError } from "../../taskpane/pane/run";
import { buildWorkbook } from "../../workbench/document";

/** The pane's host over a document; `doc` for what the grid would see. */
type TestHost = Host & { doc: WorkbookModel };

function makeHost(sheets: Record<string, RawCellContent[][]>, lang: Lang = "nl", deliver?: (b: Uint8Array, n: string) => void): TestHost {
  const { wb, meta } = buildWorkbook(
    Object.entries(sheets).map(([name, content]) => ({ name, content, meta: emptyMeta() })),
    lang,
  );
  const doc = new WorkbookModel(wb, { lang, meta });
  return Object.assign(embeddedHost(doc, deliver ? { deliver } : {}), { doc });
}

function snapshot(host: TestHost, sheet: string): RawCellContent[][] {
  return host.doc.hf.getSheetSerialized(host.doc.sheetId(sheet));
}

const VVE = findTemplate("vve") as ModelTemplate;

/** The engine's value of each output on the sheet. */
async function sheetOutputs(host: TestHost, sheet: string): Promise<Record<string, unknown>> {
  const ts = await readTemplateSheet(host, sheet);
  if (!ts) throw new Error("not a template sheet");
  return Object.fromEntries(Object.entries(ts.location.outputCells).map(([k, p]) => [k, host.doc.cellValue(sheet, p.row + 1, p.col + 1)]));
}

describe.each(["nl", "en"] as const)("scenarios in the workbench (%s)", (lang) => {
  test("insert writes a new sheet whose BL formulas give the core's values, and stores Basis", async () => {
    const host = makeHost({ Begroting: [["'Omschrijving"], ["'Raad"]] }, lang);
    const name = await insertTemplate(host, VVE, lang);
    expect(name).toBe("VVE");
    expect(host.doc.activeSheet()).toBe("VVE");
    const core = coreOutputs(VVE, defaults(VVE));
    const engine = await sheetOutputs(host, name);
    for (const [k, v] of Object.entries(core)) expect(engine[k]).toBeCloseTo(v as number, 6);
    // The formula shown as text stays text.
    const first = (await readTemplateSheet(host, name))!.location.outputCells.universal_cost!;
    expect(host.doc.cellValue(name, first.row + 1, 4)).toMatch(/^=BL\./);
    const wb = await readScenarioWorkbook(host);
    expect(wb.sheets.map((s) => s.sheet)).toEqual(["VVE"]);
    expect(scenariosOf(wb.store, "vve").map((s) => s.name)).toEqual([BASE_SCENARIO]);
    expect(host.doc.sheetMeta(SCENARIO_SHEET).hidden).toBe(true);
    expect(host.doc.numFmt(name, 6, 2)).toBe("0.0%");
  });

  test("a sheet of the user with the template's name is never touched: a free name is chosen", async () => {
    const host = makeHost({ VVE: [["'mijn eigen blad", 42]] }, lang);
    const before = snapshot(host, "VVE");
    const name = await insertTemplate(host, VVE, lang);
    expect(name).toBe("VVE (2)");
    expect(snapshot(host, "VVE")).toEqual(before);
    expect(await insertTemplate(host, VVE, lang)).toBe("VVE (3)");
  });

  test("a user's own _scenarios sheet is not taken over", async () => {
    const host = makeHost({ _scenarios: [["'boodschappen"]] }, lang);
    const before = snapshot(host, "_scenarios");
    await insertTemplate(host, VVE, lang);
    expect(snapshot(host, "_scenarios")).toEqual(before);
    expect(host.doc.sheetNames()).toContain("_scenarios (2)");
  });

  test("save, switch, rename, delete and compare; the comparison sheet is refreshed in place", async () => {
    const host = makeHost({ Blad1: [] }, lang);
    const sheet = await insertTemplate(host, VVE, lang);
    const ts = (await readTemplateSheet(host, sheet))!;
    const share = ts.location.inputCells.target_share!;
    host.doc.setCellInput(sheet, share.row + 1, share.col + 1, lang === "nl" ? "25%" : "25%");
    await saveAs(host, sheet, "Gericht");
    const first = await compare(host, sheet, lang);
    expect(first.comparison.scenarios).toEqual([BASE_SCENARIO, "Gericht"]);
    const expected = coreOutputs(VVE, { ...defaults(VVE), target_share: 0.25 });
    const row = first.comparison.outputs.find((o) => o.key === "targeted_cost")!;
    expect(row.values[1]).toBeCloseTo(expected.targeted_cost as number, 6);
    expect(row.diffs[1]).toBeCloseTo((expected.targeted_cost as number) - (coreOutputs(VVE, defaults(VVE)).targeted_cost as number), 6);
    const again = await compare(host, sheet, lang);
    expect(again.sheet).toBe(first.sheet);
    expect(host.doc.sheetNames().filter((n) => n.startsWith(first.sheet))).toEqual([first.sheet]);

    await switchTo(host, sheet, BASE_SCENARIO);
    expect(host.doc.cellValue(sheet, share.row + 1, share.col + 1)).toBe(0.15);
    await switchTo(host, sheet, "Gericht");
    expect(host.doc.cellValue(sheet, share.row + 1, share.col + 1)).toBe(0.25);

    await rename(host, "vve", "Gericht", "Gericht 2027");
    await expect(rename(host, "vve", BASE_SCENARIO, "X")).rejects.toBeInstanceOf(PaneError);
    await remove(host, "vve", "Gericht 2027");
    const wb = await readScenarioWorkbook(host);
    expect(scenariosOf(wb.store, "vve").map((s) => s.name)).toEqual([BASE_SCENARIO]);
  });

  test("switching never overwrites a formula or text the user put in an input cell", async () => {
    const host = makeHost({ Blad1: [] }, lang);
    const sheet = await insertTemplate(host, VVE, lang);
    const ts = (await readTemplateSheet(host, sheet))!;
    const children = ts.location.inputCells.children!;
    const share = ts.location.inputCells.target_share!;
    host.doc.setCellInput(sheet, children.row + 1, children.col + 1, "=1000+200");
    const before = snapshot(host, sheet);
    await expect(switchTo(host, sheet, BASE_SCENARIO)).rejects.toBeInstanceOf(HostError);
    expect(snapshot(host, sheet)).toEqual(before);
    expect(host.doc.cellValue(sheet, share.row + 1, share.col + 1)).toBe(0.15);
    // And writeInputs refuses a sheet without the template marker outright.
    await expect(host.writeInputs("Blad1", [{ row: 1, col: 1, value: 1 }])).rejects.toBeInstanceOf(HostError);
  });
});

test("the council data and bytes come from the core and hold no BL formula", async () => {
  let delivered: { bytes: Uint8Array; name: string } | undefined;
  const host = makeHost({ Blad1: [] }, "nl", (bytes, name) => (delivered = { bytes, name }));
  const sheet = await insertTemplate(host, VVE, "nl");
  const data = await councilData(host, "nl", new Date("2026-01-01T00:00:00Z"), "begroting.xlsx");
  expect(data.templates.map((t) => t.sheetName)).toEqual([sheet]);
  const { buildCouncilWorkbook } = await import("../../taskpane/pane/council-build");
  const bytes = await buildCouncilWorkbook(data);
  expect(await host.openWorkbook(bytes, "raadswerkmap.xlsx")).toEqual({ how: "downloaded" });
  expect(delivered?.name).toBe("raadswerkmap.xlsx");
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((c) => expect(c.formula ?? "").not.toMatch(/BL\./i)));
});
