import { promises as fsp } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import {
  type BudgetFile,
  decodeText,
  detectSeparator,
  isBudgetError,
  parseCsv,
  readBudgetFile,
  readRulesFile,
  readRulesTable,
} from "../../io/budget-files";

let dir: string;
beforeAll(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), "bl-files-"));
});
afterAll(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

function ok(x: BudgetFile | { kind: "budgetError" }): BudgetFile {
  if (isBudgetError(x)) throw new Error(`unexpected error ${x.code}: ${x.message.en}`);
  return x as BudgetFile;
}

async function budgetWorkbook(file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const notes = wb.addWorksheet("Toelichting");
  notes.getCell("A1").value = "Deze werkmap bevat de begroting van Lindewaard.";
  const ws = wb.addWorksheet("Begroting 2025");
  ws.getCell("A1").value = "Gemeente Lindewaard";
  ws.mergeCells("A1:E1");
  ws.getCell("A2").value = { richText: [{ text: "Programmabegroting " }, { text: "2025", font: { bold: true } }] };
  ws.getRow(4).values = ["Programma", "Taakveld", "Omschrijving", "Lasten", "Baten"];
  ws.getCell("A5").value = "1. Bestuur en organisatie";
  ws.mergeCells("A5:C5");
  ws.getRow(6).values = [null, "0.1", "Gemeenteraad", 812, 0];
  ws.getRow(7).values = [null, "0.2", { text: "Burgerzaken", hyperlink: "https://lindewaard.example/burgerzaken" }, 1200, 450];
  ws.getRow(8).values = [null, "7.2", "Riolering", { error: "#REF!" }, 3100];
  ws.getRow(9).values = [null, "7.3", "Afvalinzameling", { formula: "1/0", result: { error: "#DIV/0!" } }, 2800];
  ws.getRow(10).values = [null, "6.71a", "Huishoudelijke hulp", 1500, 0];
  ws.getRow(10).hidden = true;
  // Shared formula: D11 is the master, D12:D13 share it.
  ws.getRow(11).values = [null, "6.3", "Bijzondere bijstand", null, 0];
  ws.getCell("D11").value = { formula: "E11+100", result: 100, shareType: "shared", ref: "D11:D13" } as ExcelJS.CellValue;
  ws.getRow(12).values = [null, "6.3", "Minimabeleid", null, 5];
  ws.getCell("D12").value = { sharedFormula: "D11", result: 105 } as ExcelJS.CellValue;
  ws.getRow(13).values = [null, "6.4", "Wsw en beschut werk", null, 10];
  ws.getCell("D13").value = { sharedFormula: "D11", result: 110 } as ExcelJS.CellValue;
  // Description merged over two rows: read once.
  ws.getCell("C14").value = "Jeugdzorg";
  ws.mergeCells("C14:C15");
  ws.getCell("B14").value = "6.72a";
  ws.getCell("D14").value = 900;
  ws.getCell("D15").value = 50;
  ws.getRow(16).values = ["Totaal programma 1", null, null, { formula: "SUM(D6:D15)", result: 4665 }, 3265];
  const f = path.join(dir, file);
  await wb.xlsx.writeFile(f);
  return f;
}

describe("readBudgetFile (xlsx)", () => {
  test("picks the sheet with a header and reads formulas, merges, errors and hidden rows", async () => {
    const f = await budgetWorkbook("begroting.xlsx");
    const r = ok(await readBudgetFile(f));
    expect(r.sheetName).toBe("Begroting 2025");
    expect(r.sheetNames).toEqual(["Toelichting", "Begroting 2025"]);
    expect(r.result.header).toEqual({
      headerRow: 4,
      columns: { description: 2, taakveld: 1, amount: 3, context: [0], carried: [0] },
      amountHeader: "Lasten",
      source: "header",
    });
    const lines = r.result.lines.map((l) => [l.row, l.description, l.taakveld, l.amount, l.hidden ?? false]);
    expect(lines).toEqual([
      [5, "1. Bestuur en organisatie", null, null, false],
      [6, "Gemeenteraad", "0.1", 812, false],
      [7, "Burgerzaken", "0.2", 1200, false],
      [8, "Riolering", "7.2", null, false],
      [9, "Afvalinzameling", "7.3", null, false],
      [10, "Huishoudelijke hulp", "6.71a", 1500, true],
      [11, "Bijzondere bijstand", "6.3", 100, false],
      [12, "Minimabeleid", "6.3", 105, false],
      [13, "Wsw en beschut werk", "6.4", 110, false],
      [14, "Jeugdzorg", "6.72a", 900, false],
      [16, "Totaal programma 1", null, 4665, false],
    ]);
    // Row 15 is the lower half of the merged description: an amount without a description.
    expect(r.result.problems.map((p) => [p.row, p.code])).toEqual([
      [8, "errorCell"],
      [9, "errorCell"],
      [15, "descriptionMissing"],
    ]);
    expect(r.result.problems[0]?.message.nl).toContain("#VERW!");
    expect(r.result.problems[0]?.message.en).toContain("#REF!");
    expect(r.result.problems[1]?.message.en).toContain("#DIV/0!");
  });

  test("a named sheet, case-insensitive; unknown sheet lists the sheet names", async () => {
    const f = await budgetWorkbook("begroting2.xlsx");
    expect(ok(await readBudgetFile(f, { sheet: "begroting 2025" })).sheetName).toBe("Begroting 2025");
    const e = await readBudgetFile(f, { sheet: "Rekening" });
    expect(isBudgetError(e) && e.code).toBe("sheetNotFound");
    if (isBudgetError(e)) {
      expect(e.sheetNames).toEqual(["Toelichting", "Begroting 2025"]);
      expect(e.message.nl).toContain('"Toelichting", "Begroting 2025"');
      expect(e.message.en).toContain("Rekening");
    }
    const noHeader = await readBudgetFile(f, { sheet: "Toelichting" });
    expect(isBudgetError(noHeader) && noHeader.code).toBe("noHeader");
  });

  test("empty workbook and workbook without a budget table are coded errors", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Blad1");
    const f = path.join(dir, "leeg.xlsx");
    await wb.xlsx.writeFile(f);
    const e = await readBudgetFile(f);
    expect(isBudgetError(e) && e.code).toBe("emptySheet");
    const e2 = await readBudgetFile(f, { sheet: "Blad1" });
    expect(isBudgetError(e2) && e2.code).toBe("emptySheet");

    wb.getWorksheet("Blad1")?.addRow(["Alleen", "tekst"]);
    const g = path.join(dir, "tekst.xlsx");
    await wb.xlsx.writeFile(g);
    const e3 = await readBudgetFile(g);
    expect(isBudgetError(e3) && e3.code).toBe("noHeader");
    if (isBudgetError(e3)) expect(e3.message.en).toContain('"Blad1"');
  });

  test("missing, corrupt and unsupported files", async () => {
    const missing = await readBudgetFile(path.join(dir, "bestaat-niet.xlsx"));
    expect(isBudgetError(missing) && missing.code).toBe("fileNotFound");
    const corrupt = path.join(dir, "kapot.xlsx");
    await fsp.writeFile(corrupt, "dit is geen zip-bestand");
    const c = await readBudgetFile(corrupt);
    expect(isBudgetError(c) && c.code).toBe("unreadable");
    if (isBudgetError(c)) {
      expect(c.message.nl).toContain("kapot.xlsx");
      expect(c.message.en).toContain("kapot.xlsx");
    }
    const xls = path.join(dir, "oud.xls");
    await fsp.writeFile(xls, "x");
    const u = await readBudgetFile(xls);
    expect(isBudgetError(u) && u.code).toBe("unsupportedExtension");
    // A folder is named as a folder, not as a damaged file.
    const d = await readBudgetFile(dir + path.sep + ".." + path.sep + path.basename(dir));
    expect(isBudgetError(d) && d.code).toBe("isFolder");
  });
});

describe("csv", () => {
  test("parseCsv: quoted separators, newlines, doubled quotes, CRLF", () => {
    const text = 'a;"b;c";"d ""e"""\r\n"regel\r\nmet enter";2\nlaatste;"";x';
    expect(parseCsv(text, ";")).toEqual([
      ["a", "b;c", 'd "e"'],
      ["regel\r\nmet enter", "2"],
      ["laatste", "", "x"],
    ]);
    expect(parseCsv("a,b\n", ",")).toEqual([["a", "b"]]);
    expect(parseCsv('x;"open', ";")).toEqual([["x", "open"]]);
  });

  test("detectSeparator: ';' with Dutch decimal commas, ',' with quoted English amounts, tab", () => {
    expect(detectSeparator("Omschrijving;Lasten\nRaad;1.234,5\nGriffie;12,75\nWmo;3\n")).toBe(";");
    expect(detectSeparator('Description,Amount\nCouncil,"1,234.5"\nClerk,12.75\n')).toBe(",");
    expect(detectSeparator("Omschrijving\tLasten\nRaad\t1\n")).toBe("\t");
    // One column, a few of its texts with a comma ("5. Sport, cultuur en recreatie"): no separator splits it.
    const oneColumn = ["Taakveld Lasten Baten Saldo", "0.1 Bestuur 2.410 12 -2.398", "5. Sport, cultuur en recreatie", "5.2 Sportaccommodaties 2.150 640 -1.510", "6.3 Inkomensregelingen 14.220 10.980 -3.240", "8. Volkshuisvesting, leefomgeving"].join("\n");
    expect(parseCsv(oneColumn, detectSeparator(oneColumn)).every((r) => r.length === 1)).toBe(true);
    // Nor one whose texts end in figures with decimal commas, the same number on every line: they are decimal marks.
    const decimals = ["Taakveld Lasten Baten Saldo", "0.1 Bestuur 3.179,5 466,2 -2.713,3", "6.3 Inkomensregelingen 21.560,0 17.230,4 -4.329,6", "7.2 Riolering 5.100,1 6.020,0 919,9"].join("\r\n");
    expect(detectSeparator(decimals)).toBe(";");
    // An English csv whose fields are figures stays comma-separated.
    expect(detectSeparator("Budget line,2026,2027\nCouncil,2410,2380\nRoads,5310,5400\n")).toBe(",");
  });

  test("decodeText: BOM, UTF-16 and Windows-1252", () => {
    const utf8 = Buffer.from("\ufeffOmschrijving;€", "utf8");
    expect(decodeText(utf8)).toBe("Omschrijving;€");
    expect(decodeText(Buffer.from("Café;€", "utf8"))).toBe("Café;€");
    expect(decodeText(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x3b, 0x80]))).toBe("Café;€");
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("a\tb", "utf16le")]))).toBe("a\tb");
  });

  test("readBudgetFile reads a ';' csv with BOM, Dutch numbers and quoted fields", async () => {
    const f = path.join(dir, "Begroting Lindewaard.csv");
    const text =
      "\ufeffGemeente Lindewaard;;;\r\n" +
      "Bedragen x € 1.000;;;\r\n" +
      ";;;\r\n" +
      "Taakveld;Omschrijving;Lasten;Baten\r\n" +
      '0.1;"Raad; commissies en ""burgerpanel""";1.234,5;0\r\n' +
      '6.71a;"Wmo\r\nhuishoudelijke hulp";"€ 2.100,-";\r\n' +
      "6.3;Bijstand;(250);12.000-\r\n" +
      "7.2;Riolering;onbekend;\r\n";
    await fsp.writeFile(f, text, "utf8");
    const r = ok(await readBudgetFile(f));
    expect(r.sheetName).toBe("Begroting Lindewaard");
    expect(r.result.header?.headerRow).toBe(4);
    expect(r.result.lines.map((l) => [l.row, l.taakveld, l.description, l.amount])).toEqual([
      [5, "0.1", 'Raad; commissies en "burgerpanel"', 1234.5],
      [6, "6.71a", "Wmo huishoudelijke hulp", 2100],
      [7, "6.3", "Bijstand", -250],
      [8, "7.2", "Riolering", null],
    ]);
    expect(r.result.problems.map((p) => [p.row, p.code])).toEqual([[8, "amountNotNumber"]]);
    const wrongSheet = await readBudgetFile(f, { sheet: "Blad1" });
    expect(isBudgetError(wrongSheet) && wrongSheet.code).toBe("sheetNotFound");
  });

  test("empty csv is a coded error", async () => {
    const f = path.join(dir, "leeg.csv");
    await fsp.writeFile(f, "\ufeff");
    const e = await readBudgetFile(f);
    expect(isBudgetError(e) && e.code).toBe("emptySheet");
  });
});

describe("rules", () => {
  test("readRulesTable reads Dutch headers below a title, raw strings", () => {
    const rows: unknown[][] = [
      ["Eigen regels gemeente Lindewaard"],
      [],
      ["Patroon", "Taakveld", "Categorie", "Oordeel", "Niveau", "Toelichting"],
      ["stimuleringspakket*", null, "stimulus", "WRONG_LEVEL", "RIJK", "Conjunctuurbeleid is rijkstaak"],
      [],
      [null, 3.1, null, null, "GEMEENTE", { error: "#REF!" }],
      [null, "6.71a", "socialcare", null, null, null],
    ];
    expect(readRulesTable(rows)).toEqual([
      {
        row: 4,
        pattern: "stimuleringspakket*",
        taakveld: null,
        category: "stimulus",
        verdict: "WRONG_LEVEL",
        level: "RIJK",
        note: "Conjunctuurbeleid is rijkstaak",
      },
      { row: 6, pattern: null, taakveld: "3.1", category: null, verdict: null, level: "GEMEENTE", note: null },
      { row: 7, pattern: null, taakveld: "6.71a", category: "socialcare", verdict: null, level: null, note: null },
    ]);
  });

  test("readRulesTable: English headers; no header gives null", () => {
    const r = readRulesTable([["Pattern", "Category", "Verdict", "Level", "Note"], ["campus", "cluster", "QUESTIONABLE", "", "x"]]);
    expect(r).toEqual([{ row: 2, pattern: "campus", taakveld: null, category: "cluster", verdict: "QUESTIONABLE", level: null, note: "x" }]);
    expect(readRulesTable([["Omschrijving", "Lasten"]])).toBeNull();
  });

  test("readRulesFile finds the Regels sheet, reads csv, and reports a missing sheet", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Begroting").addRow(["Omschrijving", "Lasten"]);
    const rs = wb.addWorksheet("Regels");
    rs.addRow(["Patroon", "Oordeel", "Opmerking"]);
    rs.addRow(["glasvezel", "CONDITIONAL", "netwerkeffect"]);
    const f = path.join(dir, "regels.xlsx");
    await wb.xlsx.writeFile(f);
    expect(await readRulesFile(f)).toEqual([
      { row: 2, pattern: "glasvezel", taakveld: null, category: null, verdict: "CONDITIONAL", level: null, note: "netwerkeffect" },
    ]);

    const csv = path.join(dir, "rules.csv");
    await fsp.writeFile(csv, "\ufeffpattern,level,note\r\n\"laadpalen, snellaad\",GEMEENTE,\"kritische massa\"\r\n");
    expect(await readRulesFile(csv)).toEqual([
      { row: 2, pattern: "laadpalen, snellaad", taakveld: null, category: null, verdict: null, level: "GEMEENTE", note: "kritische massa" },
    ]);

    const wb2 = new ExcelJS.Workbook();
    wb2.addWorksheet("Begroting").addRow(["Omschrijving", "Lasten"]);
    const g = path.join(dir, "geen-regels.xlsx");
    await wb2.xlsx.writeFile(g);
    const e = await readRulesFile(g);
    expect(isBudgetError(e) && e.code).toBe("rulesSheetNotFound");
    const e2 = await readRulesFile(f, { sheet: "Begroting" });
    expect(isBudgetError(e2) && e2.code).toBe("noRulesHeader");
  });
});
