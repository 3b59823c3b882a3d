// The pane's risk flow on the embedded host (the workbench): the register
// inserted and computed by the engine equals the core, the simulation reads the
// register, its classes and its capacity, ranges on template inputs are kept
// in the workbook, and the council workbook gains the paragraph sheet with no
// BL formula and the seed and run count in its provenance.

import ExcelJS from "exceljs";
import type { RawCellContent } from "hyperformula";
import type { Lang } from "../../src/core/types";
import { EXAMPLE_REGISTER } from "../../src/risk/example-register";
import { simulate } from "../../src/risk/simulate";
import { embeddedHost } from "../../workbench/host";
import { WorkbookModel, emptyMeta } from "../../workbench/model";
import { buildWorkbook } from "../../workbench/document";
import type { Host } from "../../taskpane/host/types";
import { insertRegister, readRanges, runRisk, writeRanges } from "../../taskpane/pane/risk";
import { councilData } from "../../taskpane/pane/scenarios";
import { councilBytes } from "../../io/council-workbook";
import { PaneError } from "../../taskpane/pane/run";

type TestHost = Host & { doc: WorkbookModel };

function makeHost(sheets: Record<string, RawCellContent[][]>, lang: Lang = "nl"): TestHost {
  const { wb, meta } = buildWorkbook(
    Object.entries(sheets).map(([name, content]) => ({ name, content, meta: emptyMeta() })),
    lang,
  );
  const doc = new WorkbookModel(wb, { lang, meta });
  return Object.assign(embeddedHost(doc), { doc });
}

const core = simulate(
  EXAMPLE_REGISTER.map((e) => ({ probability: e.probability, amount: { kind: "fixed", value: e.amount } })),
  { contributions: true },
);

describe("the register in the workbench", () => {
  test("insert: three sheets; the outcome cells computed by the engine equal the core", async () => {
    const host = makeHost({ Blad1: [["eigen data"]] });
    const sheet = await insertRegister(host, "nl");
    expect(sheet).toBe("Risicoregister");
    expect((await host.listSheets()).names).toEqual(["Blad1", "Kansklassen", "Weerstandscapaciteit", "Risicoregister"]);
    if ("kind" in core) throw new Error("core failed");
    expect(host.doc.cellValue("Risicoregister", 5, 13)).toBe(core.capacity);
    expect(host.doc.cellValue("Risicoregister", 7, 13)).toBe(9_650_000);
    expect(host.doc.cellValue("Risicoregister", 9, 13)).toBe("B");
    expect(host.doc.cellValue("Blad1", 1, 1)).toBe("eigen data");
  });

  test("a user's sheet with the capacity sheet's name is kept; the register refers to the free name", async () => {
    const host = makeHost({ Weerstandscapaciteit: [["mijn eigen blad"]] });
    await insertRegister(host, "nl");
    expect(host.doc.cellValue("Weerstandscapaciteit", 1, 1)).toBe("mijn eigen blad");
    const names = (await host.listSheets()).names;
    const own = names.find((n) => n.startsWith("Weerstandscapaciteit ("));
    expect(own).toBeDefined();
    expect(host.doc.cellValue("Risicoregister", 7, 13)).toBe(9_650_000);
  });

  test("simulate: the core's figures, the capacity from the sheet or as typed, the grade", async () => {
    const host = makeHost({ Blad1: [[]] }, "en");
    await insertRegister(host, "en");
    const run = await runRisk(host, {}, null);
    if ("kind" in core) throw new Error("core failed");
    expect(run.register.sheet).toBe("Risk register");
    expect(run.report.simulation.capacity).toBe(core.capacity);
    expect(run.report.available).toBe(9_650_000);
    expect(run.availableFrom).toBe("sheet");
    expect(run.report.grade).toBe("B");
    const typed = await runRisk(host, { seed: 5, runs: 10_000 }, 4_000_000);
    expect([typed.availableFrom, typed.report.available, typed.report.simulation.seed, typed.report.simulation.runs]).toEqual(["typed", 4_000_000, 5, 10_000]);
  });

  test("no register: a message that says what to do", async () => {
    const host = makeHost({ Blad1: [["Omschrijving", "Lasten"], ["Wmo", 5]] });
    await expect(runRisk(host, {}, null)).rejects.toThrow(PaneError);
    await expect(runRisk(host, {}, null)).rejects.toThrow(/Insert risk register/);
  });
});

describe("ranges on template inputs", () => {
  test("kept per template in a hidden sheet; another template's ranges stay", async () => {
    const host = makeHost({ Blad1: [[]] });
    await writeRanges(host, "vve", [{ key: "takeup", low: 0.6, high: 0.9 }]);
    await writeRanges(host, "revolving", [{ key: "default_rate", low: 0.02, high: 0.1 }]);
    await writeRanges(host, "vve", [{ key: "children", low: 900, high: 1200 }]);
    expect(await readRanges(host, "vve")).toEqual([{ key: "children", low: 900, high: 1200 }]);
    expect(await readRanges(host, "revolving")).toEqual([{ key: "default_rate", low: 0.02, high: 0.1 }]);
    expect((await host.listSheets()).names).toContain("_ranges");
  });
});

describe("the council workbook's paragraph", () => {
  test("a workbook with only a register: the paragraph sheets, the histogram chart, no BL formula, seed and runs in the provenance", async () => {
    const host = makeHost({ Blad1: [[]] });
    await insertRegister(host, "nl");
    const data = await councilData(host, "nl", new Date(Date.UTC(2026, 0, 15)), "begroting.xlsx");
    if ("kind" in core) throw new Error("core failed");
    expect(data.risk?.report.simulation.capacity).toBe(core.capacity);
    const bytes = await councilBytes(data, ExcelJS);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Weerstandsvermogen", "Histogram risico's", "Herkomst"]);
    const formulas: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => c.formula && formulas.push(c.formula))));
    expect(formulas.filter((f) => /\bBL\./i.test(f))).toEqual([]);
    const para = wb.getWorksheet("Weerstandsvermogen") as ExcelJS.Worksheet;
    const figures: Record<string, unknown> = {};
    para.eachRow((row) => {
      const [a, b] = [row.getCell(1).value, row.getCell(2).value];
      if (typeof a === "string") figures[a] = b;
    });
    expect(figures["Benodigde weerstandscapaciteit (90% zekerheid)"]).toBe(core.capacity);
    expect(figures["Beschikbare weerstandscapaciteit"]).toBe(9_650_000);
    expect(figures["Klasse (schaal van het NAR)"]).toBe("B (ruim voldoende)");
    const prov: Record<string, unknown> = {};
    wb.getWorksheet("Herkomst")?.eachRow((row) => {
      const a = row.getCell(1).value;
      if (typeof a === "string") prov[a] = row.getCell(2).value;
    });
    expect(prov["Runs van de simulatie"]).toBe(String(core.runs));
    expect(prov["Startgetal van de simulatie"]).toBe("1");
    expect(prov["Risicoregister (blad)"]).toBe("Risicoregister");
    const { default: JSZip } = await import("jszip");
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(1);
  });
});
