import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { findTemplate } from "../../src/scenarios/templates";
import { exportCouncil, isExportError } from "../../io/council-export";
import { writeTemplateWorkbook } from "../../io/scenario-workbook";
import { tempDir } from "./helpers";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const lo = require("../../scripts/libreoffice.js") as {
  requireSoffice(): string;
  freshProfile(): string;
  convertToCsv(file: string, outDir: string): { files: Record<string, string>; ms: number };
  parseCsv(text: string): string[][];
  INSTALL: string;
};

describe("scripts/libreoffice.js", () => {
  test("finds soffice (or installs it) and names the exact install command for when it cannot", () => {
    expect(lo.requireSoffice()).toMatch(/soffice|libreoffice/);
    expect(lo.INSTALL).toBe("apt-get install -y --no-install-recommends libreoffice-calc-nogui");
  });

  test("the fresh profile makes LibreOffice recalculate on load instead of showing cached results", async () => {
    const dir = tempDir("bl-lo-");
    const file = join(dir, "recalc.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Blad1");
    ws.getCell("A1").value = 2;
    ws.getCell("B1").value = { formula: "A1*3", result: 999 };
    await wb.xlsx.writeFile(file);
    const { files } = lo.convertToCsv(file, join(dir, "out"));
    const rows = lo.parseCsv(readFileSync(Object.values(files)[0]!, "utf8"));
    expect(rows[0]).toEqual(["2", "6"]);
  }, 120000);

  test("the template workbook shows #NAME? without the add-in (what a council member would see); the export shows numbers and its charts load", async () => {
    const dir = tempDir("bl-lo-");
    const tpl = join(dir, "vve.xlsx");
    await writeTemplateWorkbook(findTemplate("vve")!, "en", tpl);
    const { files } = lo.convertToCsv(tpl, join(dir, "tpl"));
    const sheet = lo.parseCsv(readFileSync(files.VVE!, "utf8"));
    expect(sheet.find((r) => r[0] === "Cost of universal offer")?.[1]).toBe("#NAME?");

    const council = join(dir, "council.xlsx");
    const r = await exportCouncil(tpl, council, "en");
    if (isExportError(r)) throw new Error(r.message.en);
    const csv = lo.convertToCsv(council, join(dir, "council"));
    const cmp = lo.parseCsv(readFileSync(csv.files["Scenarios VVE"]!, "utf8"));
    expect(Number(cmp.find((row) => row[0] === "Cost of universal offer")?.[2])).toBe(9355500);

    // Re-saved by LibreOffice as ODF, the chart is still there: LibreOffice read the DrawingML.
    const profile = lo.freshProfile();
    const ods = spawnSync(lo.requireSoffice(), [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "ods", "--outdir", join(dir, "ods"), council], { encoding: "utf8", timeout: 180000 });
    expect(ods.status).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(join(dir, "ods", "council.ods")));
    const content = await zip.file("content.xml")!.async("string");
    expect(content.match(/<draw:object /g)?.length).toBe(1);
    const charts = Object.keys(zip.files).filter((f) => /^Object \d+\/content\.xml$/.test(f));
    expect(charts).toHaveLength(1);
    const chart = await zip.file(charts[0]!)!.async("string");
    expect(chart).toMatch(/chart:class="chart:bar"/);
    expect(chart).toContain("Cost, universal and targeted, per scenario");
  }, 180000);
});
