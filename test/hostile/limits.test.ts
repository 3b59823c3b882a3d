// Hostile workbooks, part 3: limits before work (issue 9, item 2). A file that
// claims rows, columns or sizes no spreadsheet has is answered with a message,
// quickly and in little memory, instead of exhausting the machine.

import { spawnSync } from "node:child_process";
import { promises as fsp } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { SheetLimitError, SheetScanner } from "../../io/xlsx/sheet-scan";
import { DocumentError, loadXlsx } from "../../workbench/document";
import { runCli } from "../helpers/cli";
import { n, rawWorkbook, s } from "./build";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "begrotingslab.js");
let dir: string;
beforeAll(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), "bl-hostile-limits-"));
});
afterAll(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

const HEADER = `<row r="1">${s("A1", "Omschrijving")}${s("B1", "Lasten")}</row>`;

/** The command line in a child process with at most `mb` MB of heap: running out of memory fails the test. */
function cliInBoundedMemory(mb: number, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [`--max-old-space-size=${mb}`, BIN, ...args], { encoding: "utf8", timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("rows and columns beyond Excel's sheet", () => {
  test("a 17 KB-class file whose only row is numbered 999,999,999: a message, inside 256 MB", async () => {
    const f = path.join(dir, "rij-999999999.xlsx");
    await rawWorkbook(f, `${HEADER}<row r="999999999">${s("A999999999", "Subsidie")}${n("B999999999", 5)}</row>`);
    expect((await fsp.stat(f)).size).toBeLessThan(17 * 1024);
    const r = cliInBoundedMemory(256, "check", f, "--lang", "nl");
    expect(r.stderr).not.toMatch(/heap|allocation failed/i);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("rij 999.999.999 ligt voorbij de laatste rij van Excel (1.048.576)");
  });

  test("a cell in column XFE or ZZZZ: a message naming the column", async () => {
    for (const col of ["XFE", "ZZZZ"]) {
      const f = path.join(dir, `kolom-${col}.xlsx`);
      await rawWorkbook(f, `${HEADER}<row r="2">${s("A2", "Subsidie")}${n(`${col}2`, 5)}</row>`);
      const r = await runCli("check", f, "--lang", "en");
      expect(r.code).toBe(1);
      expect(r.err).toContain(`column ${col} lies beyond Excel's last column (XFD)`);
    }
  });

  test("the last row Excel has is read, and a budget line on it costs no more than one on row 2", async () => {
    const f = path.join(dir, "laatste-rij.xlsx");
    await rawWorkbook(f, `${HEADER}<row r="2">${s("A2", "Sportaccommodaties")}${n("B2", 10)}</row><row r="1048576">${s("A1048576", "Bibliotheek")}${n("B1048576", 5)}</row>`);
    const r = cliInBoundedMemory(128, "check", f, "--json");
    expect(r.status).toBe(0);
    const lines = JSON.parse(r.stdout) as { row: number; amount: number }[];
    expect(lines.map((l) => [l.row, l.amount])).toEqual([
      [2, 10],
      [1048576, 5],
    ]);
  });
});

/** Sets the uncompressed size the zip's central directory states for `part`. */
async function claimSize(file: string, part: string, size: number): Promise<void> {
  const buf = await fsp.readFile(file);
  const name = Buffer.from(part, "utf8");
  for (let i = buf.length - 46; i >= 0; i--) {
    if (buf.readUInt32LE(i) !== 0x02014b50) continue;
    const len = buf.readUInt16LE(i + 28);
    if (len === name.length && buf.subarray(i + 46, i + 46 + len).equals(name)) {
      buf.writeUInt32LE(size, i + 24);
      await fsp.writeFile(file, buf);
      return;
    }
  }
  throw new Error(`no directory entry for ${part}`);
}

describe("sizes from the zip directory, before anything is unpacked", () => {
  test("a part claiming 4 GB is refused with the limit in the message", async () => {
    const f = path.join(dir, "claimt-groot.xlsx");
    await rawWorkbook(f, `${HEADER}<row r="2">${s("A2", "Sport")}${n("B2", 1)}</row>`);
    await claimSize(f, "xl/worksheets/sheet1.xml", 0xfffffff0);
    const r = cliInBoundedMemory(128, "check", f, "--lang", "en");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/unpacks to more than 1,024 MB/);
  });

  test("a part that unpacks to more than its stated size (a zip bomb) is stopped as damaged", async () => {
    const f = path.join(dir, "liegt-klein.xlsx");
    const rows: string[] = [HEADER];
    for (let i = 2; i < 2000; i++) rows.push(`<row r="${i}">${s(`A${i}`, `Regel ${i}`)}${n(`B${i}`, i)}</row>`);
    await rawWorkbook(f, rows.join(""));
    await claimSize(f, "xl/worksheets/sheet1.xml", 100);
    const r = await runCli("check", f, "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/cannot be read: the file is damaged/);
  });

  test("the cell count is capped while the sheet streams", () => {
    const rows: string[] = ["<sheetData>"];
    for (let i = 1; i <= 10; i++) rows.push(`<row r="${i}">${n(`A${i}`, i)}${n(`B${i}`, i)}</row>`);
    rows.push("</sheetData>");
    let seen = 0;
    const scanner = new SheetScanner(() => void seen++, { maxCells: 15 });
    expect(() => scanner.feed(rows.join(""))).toThrow(SheetLimitError);
    expect(seen).toBe(7);
  });
});

describe("the workbench opens nothing past the limits, and keeps rows sparse", () => {
  async function open(file: string): Promise<Awaited<ReturnType<typeof loadXlsx>>> {
    const b = await fsp.readFile(file);
    return loadXlsx(ExcelJS, b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer, "nl", path.basename(file));
  }

  test("row 999,999,999 is refused with the message, before ExcelJS pads a billion rows", async () => {
    const f = path.join(dir, "werkbank-rij.xlsx");
    await rawWorkbook(f, `${HEADER}<row r="999999999">${s("A999999999", "Subsidie")}</row>`);
    const err = await open(f).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DocumentError);
    expect((err as DocumentError).text.nl).toContain("rij 999.999.999 ligt voorbij de laatste rij van Excel");
  });

  test("a cell on Excel's last row opens; the engine holds two rows of content, not a million", async () => {
    const f = path.join(dir, "werkbank-laatste.xlsx");
    await rawWorkbook(f, `${HEADER}<row r="1048576">${s("A1048576", "Bibliotheek")}${n("B1048576", 5)}</row>`);
    const doc = await open(f);
    try {
      const id = doc.wb.hf.getSheetId("Begroting")!;
      expect(doc.wb.hf.getCellValue({ sheet: id, row: 1048575, col: 1 })).toBe(5);
      expect(doc.wb.hf.getCellValue({ sheet: id, row: 0, col: 0 })).toBe("Omschrijving");
      // Cells with content: the header's two and the last row's two.
      let filled = 0;
      for (const row of doc.wb.hf.getSheetSerialized(id)) for (const c of row) if (c !== null && c !== undefined) filled++;
      expect(filled).toBe(4);
    } finally {
      doc.wb.destroy();
    }
  });
});
