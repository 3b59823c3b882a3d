import { promises as fsp } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { isBudgetError, readBudgetFile } from "../../io/budget-files";
import { rowLink, writeCheckWorkbook } from "../../io/check-workbook";

let dir: string;
beforeAll(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), "bl-write-"));
});
afterAll(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

async function userWorkbook(file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Begroting 'concept' 2025");
  ws.getColumn(3).width = 42;
  ws.getCell("A1").value = "Gemeente Lindewaard";
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.mergeCells("A1:E1");
  ws.getRow(3).values = ["Programma", "Taakveld", "Omschrijving", "Lasten", "Baten"];
  ws.getRow(3).font = { bold: true };
  ws.getRow(3).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  const data: [string, string, number, number][] = [
    ["0.1", "Gemeenteraad", 812, 0],
    ["6.3", "Bijstand (BUIG)", 14500, 13900],
    ["6.71a", "Huishoudelijke hulp", 2100.5, 0],
    ["3.1", "Stimuleringspakket lokale economie", 350, 0],
  ];
  data.forEach(([tv, d, l, b], i) => {
    const r = ws.getRow(4 + i);
    r.values = [null, tv, d, l, b];
    r.getCell(4).numFmt = "#,##0.0;[Red]-#,##0.0";
  });
  ws.getRow(6).hidden = true;
  ws.getCell("F4").value = { formula: "E4-D4", result: -812, shareType: "shared", ref: "F4:F7" } as ExcelJS.CellValue;
  for (let r = 5; r <= 7; r++) ws.getCell(`F${r}`).value = { sharedFormula: "F4", result: 0 } as ExcelJS.CellValue;
  ws.getCell("A8").value = "Totaal";
  ws.getCell("D8").value = { formula: "SUM(D4:D7)", result: 17762.5 };
  ws.getCell("C9").value = { text: "Toelichting", hyperlink: "https://lindewaard.example/begroting" };
  ws.getCell("C10").value = { richText: [{ text: "vet", font: { bold: true } }, { text: " en gewoon" }] };
  ws.getCell("D10").value = { error: "#REF!" };
  ws.getCell("E10").value = new Date(Date.UTC(2025, 0, 1));
  ws.getCell("B11").value = true;
  const other = wb.addWorksheet("Kengetallen");
  other.getCell("A1").value = "Inwoners";
  other.getCell("B1").value = 48210;
  other.getCell("B2").value = { formula: "'Begroting ''concept'' 2025'!D8/B1", result: 0.368 };
  const f = path.join(dir, file);
  await wb.xlsx.writeFile(f);
  return f;
}

/** Every cell of every sheet except Niveaucheck: address → value, formula, style, type. */
async function snapshot(file: string): Promise<Map<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, unknown>();
  for (const ws of wb.worksheets) {
    if (ws.name === "Niveaucheck") continue;
    out.set(`${ws.name}!merges`, [...ws.model.merges].sort());
    out.set(`${ws.name}!cols`, ws.columns?.map((c) => c.width ?? null) ?? null);
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      out.set(`${ws.name}!row${n}`, { hidden: row.hidden, height: row.height ?? null });
      row.eachCell({ includeEmpty: true }, (cell) => {
        out.set(`${ws.name}!${cell.address}`, {
          type: cell.type,
          value: cell.value,
          formula: cell.formula ?? null,
          style: JSON.parse(JSON.stringify(cell.style ?? {})),
        });
      });
    });
  }
  return out;
}

describe("writeCheckWorkbook", () => {
  test("user sheets unchanged cell for cell; Niveaucheck with links back to the rows", async () => {
    const input = await userWorkbook("in.xlsx");
    const out = path.join(dir, "uit.xlsx");
    const sheet = "Begroting 'concept' 2025";
    const results = [
      { row: 4, cells: ["Gemeenteraad", "OK", "Juist niveau", 0.9] },
      { row: 7, cells: ["Stimuleringspakket lokale economie", "WRONG_LEVEL", "Verkeerd niveau: Rijk", null] },
    ];
    const w = await writeCheckWorkbook(input, out, sheet, results, ["Omschrijving", "Oordeel", "Toelichting", "Zekerheid"]);
    expect(isBudgetError(w)).toBe(false);
    expect(w).toEqual({ outPath: out, sheetName: "Niveaucheck", rows: 2 });

    const before = await snapshot(input);
    const after = await snapshot(out);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [k, v] of before) expect([k, after.get(k)]).toEqual([k, v]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((s) => s.name)).toEqual([sheet, "Kengetallen", "Niveaucheck"]);
    const nc = wb.getWorksheet("Niveaucheck");
    expect(nc?.getRow(1).values).toEqual([undefined, "Rij", "Omschrijving", "Oordeel", "Toelichting", "Zekerheid"]);
    const link = nc?.getCell("A2").value as ExcelJS.CellFormulaValue;
    expect(rowLink(sheet, 4)).toBe("#'Begroting ''concept'' 2025'!A4");
    expect(link.formula).toBe(`HYPERLINK("#'Begroting ''concept'' 2025'!A4","Begroting 'concept' 2025!A4")`);
    expect(link.result).toBe("Begroting 'concept' 2025!A4");
    expect((nc?.getCell("A3").value as ExcelJS.CellFormulaValue).formula).toContain("!A7\"");
    expect(nc?.getRow(3).values).toEqual([undefined, expect.anything(), "Stimuleringspakket lokale economie", "WRONG_LEVEL", "Verkeerd niveau: Rijk"]);
    expect(nc?.getCell("E2").value).toBe(0.9);

    // Printed, it is a list: landscape, two pages wide, gridlines, its header row on every page, and the link
    // column wide enough to show which row ("Begroting 'concept' 2025!A4", not "Begroting 'conc").
    expect(nc?.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 2, fitToHeight: 0, paperSize: 9, printTitlesRow: "1:1" });
    expect(nc?.getColumn(1).width).toBeGreaterThanOrEqual("Begroting 'concept' 2025!A4".length);
    const zip = await JSZip.loadAsync(await fsp.readFile(out));
    const part = (await zip.file("xl/worksheets/sheet3.xml")?.async("string")) ?? "";
    // CT_Worksheet's order: sheetPr first; printOptions, pageMargins, pageSetup at the end.
    expect(part).toMatch(/^<\?xml[^>]*>\n<worksheet [^>]*><sheetPr><pageSetUpPr fitToPage="1"\/><\/sheetPr><sheetViews>/);
    expect(part).toMatch(/<printOptions gridLines="1"\/><pageMargins [^>]*\/><pageSetup [^>]*\/><\/worksheet>$/);

    // The copy still reads as the same budget.
    const a = await readBudgetFile(input);
    const b = await readBudgetFile(out);
    expect(isBudgetError(a) || isBudgetError(b)).toBe(false);
    if (!isBudgetError(a) && !isBudgetError(b)) expect(b.result).toEqual(a.result);
  });

  test("an existing Niveaucheck is kept: the new results go to Niveaucheck (2); nothing else changes", async () => {
    const input = await userWorkbook("in2.xlsx");
    const first = path.join(dir, "eerste.xlsx");
    const second = path.join(dir, "tweede.xlsx");
    const sheet = "Begroting 'concept' 2025";
    await writeCheckWorkbook(input, first, sheet, [{ row: 4, cells: ["oud", 1] }, { row: 5, cells: ["oud", 2] }], ["A", "B"]);
    const w = await writeCheckWorkbook(first, second, sheet, [{ row: 5, cells: ["nieuw"] }], ["Oordeel"]);
    expect(w).toMatchObject({ sheetName: "Niveaucheck (2)", rows: 1 });
    const before = await snapshot(input);
    const after = await snapshot(second);
    for (const [k, v] of before) expect([k, after.get(k)]).toEqual([k, v]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(second);
    expect(wb.worksheets.map((s) => s.name)).toEqual([sheet, "Kengetallen", "Niveaucheck", "Niveaucheck (2)"]);
    expect(wb.getWorksheet("Niveaucheck")?.getCell("B2").value).toBe("oud");
    expect(wb.getWorksheet("Niveaucheck (2)")?.getCell("B2").value).toBe("nieuw");
  });

  test("the output is never the input, and an existing file is replaced only with force, keeping its mode", async () => {
    const input = await userWorkbook("in4.xlsx");
    const sheet = "Begroting 'concept' 2025";
    const bytes = await fsp.readFile(input);
    const same = await writeCheckWorkbook(input, input, sheet, [{ row: 4, cells: ["x"] }], ["Oordeel"], { force: true });
    expect(isBudgetError(same) && same.code).toBe("outIsInput");
    // Another spelling of the same file is the same file.
    const spelled = await writeCheckWorkbook(input, path.join(dir, ".", "sub", "..", "in4.xlsx"), sheet, [], [], { force: true });
    expect(isBudgetError(spelled) && spelled.code).toBe("outIsInput");
    expect((await fsp.readFile(input)).equals(bytes)).toBe(true);

    const other = path.join(dir, "bestaand.xlsx");
    await fsp.writeFile(other, "niet eens een werkmap");
    await fsp.chmod(other, 0o640);
    const refused = await writeCheckWorkbook(input, other, sheet, [{ row: 4, cells: ["x"] }], ["Oordeel"]);
    expect(isBudgetError(refused) && refused.code).toBe("outExists");
    expect(await fsp.readFile(other, "utf8")).toBe("niet eens een werkmap");
    const forced = await writeCheckWorkbook(input, other, sheet, [{ row: 4, cells: ["x"] }], ["Oordeel"], { force: true });
    expect(isBudgetError(forced)).toBe(false);
    expect((await fsp.stat(other)).mode & 0o777).toBe(0o640);

    // A new copy of a private budget is private too; no temporary file is left beside it.
    await fsp.chmod(input, 0o600);
    const fresh = path.join(dir, "prive.xlsx");
    expect(isBudgetError(await writeCheckWorkbook(input, fresh, sheet, [], []))).toBe(false);
    expect((await fsp.stat(fresh)).mode & 0o777).toBe(0o600);
    expect((await fsp.readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("csv input becomes a workbook sheet named after the file, amounts as numbers, codes as text", async () => {
    const csv = path.join(dir, "begroting-lindewaard.csv");
    await fsp.writeFile(
      csv,
      "\ufeffBegroting 2025;;\r\nTaakveld;Omschrijving;Lasten\r\n0.10;Mutaties reserves;1.234,5\r\n6.71a;Wmo;\r\n",
    );
    const r = await readBudgetFile(csv);
    expect(isBudgetError(r)).toBe(false);
    if (isBudgetError(r)) return;
    const out = path.join(dir, "csv-check.xlsx");
    const w = await writeCheckWorkbook(csv, out, r.sheetName, [{ row: 3, cells: ["NEUTRAL"] }], ["Oordeel"]);
    expect(isBudgetError(w)).toBe(false);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["begroting-lindewaard", "Niveaucheck"]);
    const ws = wb.getWorksheet("begroting-lindewaard");
    expect(ws?.getCell("A3").value).toBe("0.10");
    expect(ws?.getCell("C3").value).toBe(1234.5);
    expect(ws?.getCell("A1").value).toBe("Begroting 2025");
    expect(ws?.getCell("C4").value).toBeNull();
    const link = wb.getWorksheet("Niveaucheck")?.getCell("A2").value as ExcelJS.CellFormulaValue;
    expect(link.formula).toBe(`HYPERLINK("#'begroting-lindewaard'!A3","begroting-lindewaard!A3")`);
    expect(wb.getWorksheet("Niveaucheck")?.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 2, printTitlesRow: "1:1" });
    expect(wb.getWorksheet("begroting-lindewaard")?.pageSetup.printTitlesRow).toBeUndefined();
    // The sheet reads back as the same lines as the csv.
    const back = await readBudgetFile(out);
    expect(!isBudgetError(back) && back.result.lines).toEqual(r.result.lines.map((l) => ({ ...l, taakveld: l.taakveld })));
  });

  test("coded errors: missing input, unknown sheet, wrong output extension, macro workbook", async () => {
    const input = await userWorkbook("in3.xlsx");
    const out = path.join(dir, "x.xlsx");
    const missing = await writeCheckWorkbook(path.join(dir, "nee.xlsx"), out, "A", [], []);
    expect(isBudgetError(missing) && missing.code).toBe("fileNotFound");
    const sheet = await writeCheckWorkbook(input, out, "Bestaat niet", [], []);
    expect(isBudgetError(sheet) && sheet.code).toBe("sheetNotFound");
    if (isBudgetError(sheet)) expect(sheet.sheetNames).toEqual(["Begroting 'concept' 2025", "Kengetallen"]);
    const ext = await writeCheckWorkbook(input, path.join(dir, "x.csv"), "Kengetallen", [], []);
    expect(isBudgetError(ext) && ext.code).toBe("outputNotXlsx");
    // A macro workbook's copy keeps its macros, so it must stay .xlsm.
    const xlsm = path.join(dir, "macro.xlsm");
    await fsp.copyFile(input, xlsm);
    const m = await writeCheckWorkbook(xlsm, out, "Kengetallen", [], []);
    expect(isBudgetError(m) && m.code).toBe("macroCopy");
    const bad = await writeCheckWorkbook(input, path.join(dir, "geen-map", "x.xlsx"), "Kengetallen", [], []);
    expect(isBudgetError(bad) && bad.code).toBe("outFolderMissing");
    const folder = await writeCheckWorkbook(input, dir, "Kengetallen", [], []);
    expect(isBudgetError(folder) && folder.code).toBe("outputNotXlsx");
    await fsp.mkdir(path.join(dir, "map.xlsx"));
    const folder2 = await writeCheckWorkbook(input, path.join(dir, "map.xlsx"), "Kengetallen", [], []);
    expect(isBudgetError(folder2) && folder2.code).toBe("outIsFolder");
  });
});
