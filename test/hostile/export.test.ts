// The council export beside a long budget (issue 10, item 5): it reads only
// the sheets its formulas need, so a 200,000-row budget sheet in the scenario
// workbook neither reaches the engine (which stops at 40,000 rows) nor is
// read past its title; and when a template input does read the budget, that
// sheet goes to the engine whole.

import { promises as fsp } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { addWorksheet, readPackageInfo } from "../../io/package-patch";
import { sheetXml, type SheetCellValue } from "../../io/sheet-xml";
import { runCli } from "../helpers/cli";

const ROWS = 200_000;
let dir: string;
beforeAll(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), "bl-hostile-export-"));
});
afterAll(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});
jest.setTimeout(300_000);

function* budgetRows(): Generator<SheetCellValue[]> {
  yield ["Gemeente Lindewaard, begroting 2025 (bedragen x € 1.000)"];
  yield ["Taakveld", "Omschrijving", "Lasten 2025"];
  for (let i = 1; i < ROWS; i++) yield ["6.3", `Boeking ${i}`, i === ROWS - 1 ? 1200 : i % 1000];
}

/** A vve scenario workbook with a 200,000-row budget sheet added to its package; `link` makes an input read the budget. */
async function workbook(name: string, link: boolean): Promise<string> {
  const file = path.join(dir, name);
  expect((await runCli("template", "vve", "--out", file)).code).toBe(0);
  const zip = await JSZip.loadAsync(await fsp.readFile(file));
  const info = (await readPackageInfo(zip))!;
  const vve = info.sheets.find((s) => s.name === "VVE")!;
  if (link) {
    // The first input (children, B5) becomes a formula on the budget's last row.
    const xml = await zip.file(vve.part!)!.async("string");
    const cell = /<c r="B5"[^>]*>.*?<\/c>/.exec(xml)![0];
    zip.file(vve.part!, xml.replace(cell, `<c r="B5"><f>Begroting!C${ROWS + 1}</f><v>1200</v></c>`));
  }
  await addWorksheet(zip, info, "Begroting", Readable.from((function* () {
    for (const chunk of sheetXml({ rows: budgetRows() })) yield Buffer.from(chunk);
  })()) as never);
  await fsp.writeFile(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return file;
}

async function children(council: string): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(council);
  const ws = wb.getWorksheet("Inputs")!;
  let value: unknown;
  ws.eachRow((row) => {
    if (row.getCell(1).value === "Children in the age group") value = row.getCell(2).value;
  });
  return value;
}

test("export works with a 200,000-row budget sheet beside the scenarios", async () => {
  const file = await workbook("lang.xlsx", false);
  const council = path.join(dir, "raad.xlsx");
  const r = await runCli("export", file, "--out", council, "--lang", "en");
  // Nothing on stderr but the VVE template's plausibility checks on its own defaults (indexation and GOAB grant left at 0).
  expect(r.err.split("\n").filter((l) => l !== "" && !l.startsWith('Check, scenario "Basis" (VVE): '))).toEqual([]);
  expect(r.code).toBe(0);
  expect(await children(council)).toBe(1000);
});

test("an input that reads the budget takes the budget sheet into the engine, past its 40,000-row default", async () => {
  const file = await workbook("gekoppeld.xlsx", true);
  const council = path.join(dir, "raad-gekoppeld.xlsx");
  const r = await runCli("export", file, "--out", council, "--lang", "en");
  expect(r.code).toBe(0);
  expect(await children(council)).toBe(1200);
});
