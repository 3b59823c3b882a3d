// Files in and out of the workbench: xlsx (ExcelJS in Node, the same API as the
// browser bundle), csv, and formula names between the file and the engine.

import { promises as fsp } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { embeddedHost } from "../../workbench/host";
import { SETTINGS_SHEET, WorkbookModel, emptyMeta } from "../../workbench/model";
import { buildWorkbook, fromPlain, loadCsv, loadXlsx, loadedOptions, readXlsx, saveXlsx, toExcel, type LoadedDocument } from "../../workbench/document";
import { fromFileFormula, toFileFormula } from "../../workbench/formula";
import { displayValue, formatNumberCell } from "../../workbench/format";
import { browserLang } from "../../workbench/lang";

const EXAMPLE = path.join(__dirname, "..", "..", "examples", "gemeente-lindewaard-2025.xlsx");

function modelOf(doc: LoadedDocument, lang: "nl" | "en"): WorkbookModel {
  return new WorkbookModel(doc.wb, { lang, ...loadedOptions(doc) });
}

async function exampleBytes(): Promise<ArrayBuffer> {
  const buf = await fsp.readFile(EXAMPLE);
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
}

async function example(lang: "nl" | "en" = "nl"): Promise<WorkbookModel> {
  return modelOf(await loadXlsx(ExcelJS, await exampleBytes(), lang), lang);
}

function toArrayBuffer(b: ArrayBuffer | Uint8Array): ArrayBuffer {
  const u = b instanceof Uint8Array ? b : new Uint8Array(b);
  return u.buffer.slice(u.byteOffset, u.byteOffset + u.byteLength) as ArrayBuffer;
}

describe("formula names", () => {
  test("English file names become Dutch engine names and back; text and sheet names are untouched", () => {
    const file = `SUM(A1:A3)+IF(TRUE,ROUND('Som(x)'!B2,2),"SUM(")+_xlfn.BL.VVE.COMPARE(1200,0.15,8100)`;
    const nl = fromFileFormula(file, "nl");
    expect(nl).toBe(`=SOM(A1:A3)+ALS(WAAR(),AFRONDEN('Som(x)'!B2,2),"SUM(")+BL.VVE.VERGELIJK(1200,0.15,8100)`);
    expect(toFileFormula(nl, "nl")).toBe(`SUM(A1:A3)+IF(TRUE(),ROUND('Som(x)'!B2,2),"SUM(")+BL.VVE.COMPARE(1200,0.15,8100)`);
    expect(fromFileFormula("E7-D7", "en")).toBe("=E7-D7");
    expect(fromFileFormula("UNKNOWNFN(1)", "nl")).toBe("=UNKNOWNFN(1)");
  });
});

describe("xlsx", () => {
  test("the example opens: sheets, text, numbers, formulas recomputed, merges read once", async () => {
    const host = await example();
    expect(host.sheetNames()).toEqual(["Voorblad", "Begroting 2025", "Regels"]);
    expect(host.cellValue("Begroting 2025", 5, 2)).toBe("Taakveld");
    expect(host.cellValue("Begroting 2025", 7, 2)).toBe("0.1");
    expect(host.cellValue("Begroting 2025", 7, 4)).toBe(1042);
    expect(host.cellFormula("Begroting 2025", 7, 6)).toBe("=E7-D7");
    expect(host.cellValue("Begroting 2025", 7, 6)).toBe(-1042);
    // A merged title is one value, not six.
    expect(host.cellValue("Begroting 2025", 1, 1)).toBe("Gemeente Lindewaard");
    expect(host.cellValue("Begroting 2025", 1, 2)).toBeNull();
  });

  test("the pre-parsed example is the example: the same engine contents as opening the .xlsx", async () => {
    const { plain } = await readXlsx(ExcelJS, await exampleBytes());
    for (const lang of ["nl", "en"] as const) {
      // As the build writes it and the page reads it: through JSON.
      const fromJson = modelOf(fromPlain(JSON.parse(JSON.stringify(plain)), lang), lang);
      const direct = await example(lang);
      expect(fromJson.sheetNames()).toEqual(direct.sheetNames());
      for (const name of direct.sheetNames()) {
        expect(fromJson.hf.getSheetSerialized(fromJson.sheetId(name))).toEqual(direct.hf.getSheetSerialized(direct.sheetId(name)));
        expect(fromJson.sheetMeta(name)).toEqual(direct.sheetMeta(name));
      }
    }
  });

  test("round trip: values, formulas with cached results, a spilled table, settings hidden, fills as conditional formats", async () => {
    const model = await example("en");
    const host = embeddedHost(model);
    model.setActiveSheet("Begroting 2025");
    model.setCellInput("Voorblad", 8, 2, "=BL.VVE.COMPARE(1200, 0.15, 8100, 1.5, 0.9, 0.8)");
    model.setCellInput("Voorblad", 6, 2, "=SUM(1,2)");
    model.setCellInput("Voorblad", 6, 3, "'0.10");
    model.setCellInput("Voorblad", 6, 4, "=1/0");
    await host.setSettings({ owner: "gemeente" });
    await host.writeResults({
      sheet: "Begroting 2025",
      headerRow: 5,
      lastColumn: 6,
      header: ["Verdict"],
      rows: [{ row: 7, verdict: "OK", cells: ["Right level"] }],
      colors: { OK: "#dff6dd", CONDITIONAL: "#fff4ce", QUESTIONABLE: "#fce4d6", WRONG_LEVEL: "#fde7e9", NOT_GOVERNMENT: "#f4e3f7", NEUTRAL: "#f3f2f1", UNKNOWN: "#e1effa" },
      verdictText: { OK: "Right level", CONDITIONAL: "Conditional", QUESTIONABLE: "Questionable", WRONG_LEVEL: "Wrong level", NOT_GOVERNMENT: "Not government", NEUTRAL: "Neutral", UNKNOWN: "Unknown" },
    });
    const spillRows = model.dimensions("Voorblad").rows;

    const bytes = await saveXlsx(ExcelJS, model);
    const xl = new ExcelJS.Workbook();
    await xl.xlsx.load(bytes);
    const front = xl.getWorksheet("Voorblad");
    expect(front?.getCell("B6").value).toEqual({ formula: "SUM(1,2)", result: 3 });
    expect(front?.getCell("C6").value).toBe("0.10");
    expect(front?.getCell("D6").value).toEqual({ formula: "1/0", result: { error: "#DIV/0!" } });
    expect(front?.getCell("B8").value).toMatchObject({ formula: "BL.VVE.COMPARE(1200, 0.15, 8100, 1.5, 0.9, 0.8)", shareType: "array" });
    expect(xl.getWorksheet(SETTINGS_SHEET)?.state).toBe("hidden");
    const budget = xl.getWorksheet("Begroting 2025");
    expect(budget?.getCell("F7").value).toEqual({ formula: "E7-D7", result: -1042 });
    expect(budget?.getCell("G7").value).toBe("Right level");
    // One "begins with" fill per verdict over the verdict cells below the header, and the marking name.
    const cf = (budget as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae: string[] }[] }[] }).conditionalFormattings;
    expect(new Set(cf.map((c) => c.ref))).toEqual(new Set(["G6:G7"]));
    expect(cf).toHaveLength(7);
    expect(cf.flatMap((c) => c.rules.map((r) => r.formulae[0]))).toContain('LEFT(G6,LEN("Right level"))="Right level"');
    expect(xl.definedNames.model).toEqual([{ name: "Begrotingslab_Resultaat", ranges: ["'Begroting 2025'!$G$5:$G$7"] }]);

    // And back into the engine: the same contents, the table spills again, settings, fills and name are there.
    const again = await loadXlsx(ExcelJS, toArrayBuffer(bytes), "en");
    const model2 = modelOf(again, "en");
    const host2 = embeddedHost(model2);
    for (const name of model.sheetNames()) {
      const a = model.hf.getSheetSerialized(model.sheetId(name));
      const b = model2.hf.getSheetSerialized(model2.sheetId(name));
      expect({ name, b }).toEqual({ name, b: a });
    }
    expect(model2.dimensions("Voorblad").rows).toBe(spillRows);
    expect(await host2.getSettings()).toMatchObject({ owner: "gemeente", written: { kind: "columns", range: "G5:G7" } });
    expect(model2.fillAt("Begroting 2025", 7, 7)).toBe("#dff6dd");
    expect(model2.names.get("Begrotingslab_Resultaat")).toEqual({ sheet: "Begroting 2025", area: { top: 5, left: 7, rows: 3, cols: 1 } });
    // Saving the re-opened file keeps its fills once, not twice.
    const twice = toExcel(ExcelJS, model2, again.source);
    const cf2 = (twice.getWorksheet("Begroting 2025") as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings;
    expect(cf2).toHaveLength(7);
    const thrice = toExcel(ExcelJS, model2, twice);
    expect((thrice.getWorksheet("Begroting 2025") as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings).toHaveLength(7);
    expect(await host2.removeResults()).toEqual({ removed: true, kept: [] });
    expect(model2.cellValue("Begroting 2025", 7, 7)).toBeNull();
    expect(model2.fills()).toEqual([]);
  });

  test("number formats, dates and hidden rows come in; an unreadable file throws", async () => {
    const xl = new ExcelJS.Workbook();
    const ws = xl.addWorksheet("Data");
    ws.getCell("A1").value = 0.25;
    ws.getCell("A1").numFmt = "0%";
    ws.getCell("A2").value = new Date(Date.UTC(2025, 0, 31));
    ws.getCell("A3").value = 1234.5;
    ws.getCell("A3").numFmt = "#,##0.00";
    ws.getRow(2).hidden = true;
    const doc = await loadXlsx(ExcelJS, toArrayBuffer(new Uint8Array(await xl.xlsx.writeBuffer())), "nl");
    const host = modelOf(doc, "nl");
    expect(displayValue(host.cellValue("Data", 1, 1), host.numFmt("Data", 1, 1), "nl")).toBe("25%");
    expect(displayValue(host.cellValue("Data", 2, 1), host.numFmt("Data", 2, 1), "nl")).toBe("31-01-2025");
    expect(displayValue(host.cellValue("Data", 3, 1), host.numFmt("Data", 3, 1), "nl")).toBe("1.234,50");
    expect([...host.sheetMeta("Data").hiddenRows]).toEqual([2]);
    await expect(loadXlsx(ExcelJS, toArrayBuffer(new TextEncoder().encode("geen xlsx")), "nl")).rejects.toThrow();
  });
});

describe("building the engine", () => {
  test("sparse sheets (holes, or null rows after JSON) keep every cell in its row, in one step or sheet by sheet", () => {
    const holes: (string | number)[][] = [];
    holes[0] = ["Omschrijving", "Bedrag"];
    holes[499_999] = ["Laatste", 7];
    const nulls = JSON.parse(JSON.stringify([["a", 1], null, null, null, ["b", "=B1*2"]])) as (string | number)[][];
    const dense = [["x", 1], ["y", "=Dicht!B1+1"]];
    // A sheet named like a number takes the sheet-by-sheet road; without one the engine is built in one step.
    for (const extra of [[], [{ name: "2025", content: [["=Dicht!B2"]], meta: emptyMeta() }]]) {
      const { wb, meta } = buildWorkbook(
        [
          { name: "Gaten", content: holes, meta: emptyMeta() },
          { name: "Leeg", content: nulls, meta: emptyMeta() },
          { name: "Dicht", content: dense, meta: emptyMeta() },
          ...extra,
        ],
        "nl",
      );
      const model = new WorkbookModel(wb, { lang: "nl", meta });
      expect(model.sheetNames()).toEqual(["Gaten", "Leeg", "Dicht", ...extra.map((e) => e.name)]);
      expect(model.cellValue("Gaten", 1, 1)).toBe("Omschrijving");
      expect(model.cellValue("Gaten", 500_000, 2)).toBe(7);
      expect(model.cellValue("Gaten", 2, 1)).toBeNull();
      expect(model.cellValue("Leeg", 5, 2)).toBe(2);
      expect(model.cellValue("Dicht", 2, 2)).toBe(2);
      if (extra.length > 0) expect(model.cellValue("2025", 1, 1)).toBe(2);
    }
  });
});

describe("csv", () => {
  test("Dutch csv in Windows-1252: amounts become numbers, taakveld codes stay text, markup stays text", () => {
    const text = 'Taakveld;Omschrijving;Bedrag\r\n0.10;"Mutaties reserves";"€ 1.234,50"\r\n6.3;<img src=x onerror=alert(1)>;-12\r\n';
    const bytes = Uint8Array.from([...text].map((c) => (c === "€" ? 0x80 : c.charCodeAt(0))));
    const doc = loadCsv(bytes, "C:\\data\\begroting 2025.csv", "nl");
    const host = modelOf(doc, "nl");
    expect(host.sheetNames()).toEqual(["begroting 2025"]);
    expect(host.cellValue("begroting 2025", 2, 1)).toBe("0.10");
    expect(host.cellValue("begroting 2025", 2, 3)).toBe(1234.5);
    expect(host.cellValue("begroting 2025", 3, 2)).toBe("<img src=x onerror=alert(1)>");
    expect(host.cellValue("begroting 2025", 3, 3)).toBe(-12);
  });
});

describe("column widths", () => {
  test("a width the user gives a column in the grid is one step (an event of its own) and is saved with the workbook", async () => {
    const doc = loadCsv(new TextEncoder().encode("Omschrijving;Bedrag\nGemeenteraad en raadscommissies;1042\n"), "begroting.csv", "nl");
    const model = modelOf(doc, "nl");
    const events: string[] = [];
    model.subscribe((e) => events.push(e.type === "resized" ? `resized ${e.sheet} ${e.col}` : e.type));
    model.setColumnWidth("begroting", 1, 250);
    expect(events).toEqual(["cells", "resized begroting 1"]);
    const xl = new ExcelJS.Workbook();
    await xl.xlsx.load(await saveXlsx(ExcelJS, model));
    // 250 px in Excel's characters of the default font (7 px each, 5 px padding).
    expect(xl.getWorksheet("begroting")?.getColumn(1).width).toBeCloseTo((250 - 5) / 7, 1);
  });
});

describe("display", () => {
  test("General numbers in the user's notation; errors by their local name", () => {
    // General keeps up to 11 characters of precision and, as in Excel, no thousands separators: a year stays a year.
    expect(formatNumberCell(12345.5, undefined, "nl")).toBe("12345,5");
    expect(formatNumberCell(2025, undefined, "nl")).toBe("2025");
    expect(formatNumberCell(-1234.5, undefined, "en")).toBe("-1234.5");
    expect(formatNumberCell(1042000, undefined, "en")).toBe("1042000");
    // The file's own format groups them.
    expect(formatNumberCell(1042000, "#,##0", "nl")).toBe("1.042.000");
    expect(formatNumberCell(1 / 3, undefined, "en")).toBe("0.333333333");
    expect(formatNumberCell(-1042, "#,##0", "en")).toBe("-1,042");
    expect(browserLang(["nl-NL", "en"])).toBe("nl");
    expect(browserLang(["de-DE"])).toBe("en");
  });
});
