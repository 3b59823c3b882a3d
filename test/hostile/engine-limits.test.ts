// Hostile workbooks, part 7: a workbook that holds =SEQUENCE(40000,18000)
// (720 million cells, 7 GB when the engine filled them) is opened by the
// workbench and exported for the council in bounded memory: the formula is
// #VALUE! with its message, the rest of the workbook works.

import { spawnSync } from "node:child_process";
import { promises as fsp } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { readPackageInfo } from "../../io/package-patch";
import { runCli } from "../helpers/cli";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "begrotingslab.js");
let dir: string;
let file: string;
beforeAll(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), "bl-hostile-engine-"));
  file = path.join(dir, "vve-sequence.xlsx");
  expect((await runCli("template", "vve", "--out", file)).code).toBe(0);
  // The formula goes below the model on its own sheet, where the engine reads it.
  const zip = await JSZip.loadAsync(await fsp.readFile(file));
  const vve = (await readPackageInfo(zip))!.sheets.find((s) => s.name === "VVE")!;
  const xml = await zip.file(vve.part!)!.async("string");
  zip.file(vve.part!, xml.replace("</sheetData>", '<row r="200"><c r="A200"><f>SEQUENCE(40000,18000)</f></c></row></sheetData>'));
  await fsp.writeFile(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
});
afterAll(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

/** Node with at most 512 MB of heap: filling the spill would run out of memory and fail the test. */
function bounded(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ["--max-old-space-size=512", ...args], { encoding: "utf8", timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test("export writes the council workbook", async () => {
  const out = path.join(dir, "raad.xlsx");
  const r = bounded([BIN, "export", file, "--out", out, "--lang", "en"]);
  expect(r.stderr).not.toMatch(/heap|allocation failed/i);
  expect(r.status).toBe(0);
  expect((await fsp.stat(out)).size).toBeGreaterThan(10_000);
}, 150_000);

test("the workbench opens it: the formula is #VALUE! with its message", () => {
  const document = path.join(ROOT, "dist", "node", "workbench", "document.js");
  const script = `
    const ExcelJS = require(${JSON.stringify(require.resolve("exceljs"))});
    const { loadXlsx } = require(${JSON.stringify(document)});
    const b = require("node:fs").readFileSync(${JSON.stringify(file)});
    loadXlsx(ExcelJS, b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength), "en", "vve.xlsx").then((doc) => {
      const v = doc.wb.hf.getCellValue({ sheet: doc.wb.hf.getSheetId("VVE"), row: 199, col: 0 });
      process.stdout.write(JSON.stringify({ type: v.type, message: v.message }));
      doc.wb.destroy();
    });`;
  const r = bounded(["-e", script]);
  expect(r.stderr).not.toMatch(/heap|allocation failed/i);
  expect(r.status).toBe(0);
  expect(JSON.parse(r.stdout)).toEqual({ type: "VALUE", message: "The result would fill 720,000,000 cells; one formula may fill at most 250,000. Ask for a smaller table." });
}, 150_000);
