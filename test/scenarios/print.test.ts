// The council workbook on paper: printed through LibreOffice to PDF, as a
// council member without Excel would, and measured with poppler's pdfinfo and
// pdftotext. A4, one page per sheet for a one-model workbook (the sheet's
// width fits the page), and no table or chart cut between two pages.

import { spawnSync } from "node:child_process";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { computeSheets, layoutsToRaw } from "../../engine/scenarios";
import { exportCouncil, isExportError } from "../../io/council-export";
import { addLayouts, addStoreSheet } from "../../io/scenario-workbook";
import { registerTemplate } from "../../src/risk/register-template";
import { resultPlan } from "../../taskpane/pane/run";
import { detectHeader } from "../../src/budget/table";
import { readBudgetRows } from "../../src/budget/reader";
import { checkBudget } from "../../src/check/budget";
import { BASE_SCENARIO, EMPTY_STORE, isScenarioError, saveScenario, type ScenarioStore } from "../../src/scenarios/scenarios";
import { defaults, findTemplate, templateLayout } from "../../src/scenarios/templates";
import { runCli } from "../helpers/cli";
import { tempDir } from "./helpers";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const lo = require("../../scripts/libreoffice.js") as { convertToPdf(file: string, outDir: string): { pdf: string; ms: number } };

const BUDGET = join(__dirname, "..", "..", "examples", "gemeente-lindewaard-2025.xlsx");
const vve = findTemplate("vve")!;
const DATE = new Date("2026-03-15T12:00:00Z");
const A4 = { w: 595.28, h: 841.89 };

interface Page {
  readonly width: number;
  readonly height: number;
  readonly text: string;
}

/** Every page of a PDF: its size in points and its text. */
function pages(pdf: string): Page[] {
  const info = spawnSync("pdfinfo", ["-f", "1", "-l", "999", pdf], { encoding: "utf8" });
  expect(info.status).toBe(0);
  const count = Number(/^Pages:\s+(\d+)/m.exec(info.stdout)?.[1]);
  const sizes = [...info.stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  expect(sizes).toHaveLength(count);
  return sizes.map((s, i) => {
    const text = spawnSync("pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), pdf, "-"], { encoding: "utf8" }).stdout;
    return { ...s, text };
  });
}

function isA4(p: Page): boolean {
  const portrait = Math.abs(p.width - A4.w) < 2 && Math.abs(p.height - A4.h) < 2;
  const landscape = Math.abs(p.width - A4.h) < 2 && Math.abs(p.height - A4.w) < 2;
  return portrait || landscape;
}

/** The pages holding `text` (whitespace-insensitive, as pdftotext may break lines). */
function on(ps: readonly Page[], text: string): number[] {
  const squeeze = (s: string) => s.replace(/\s+/g, " ");
  return ps.flatMap((p, i) => (squeeze(p.text).includes(squeeze(text)) ? [i] : []));
}

function save(s: ScenarioStore, name: string, v: Record<string, number>): ScenarioStore {
  const r = saveScenario(s, vve, name, { ...defaults(vve), ...v });
  if (isScenarioError(r)) throw new Error(r.message.en);
  return r;
}

async function withTemplate(wb: ExcelJS.Workbook, current?: Record<string, number>): Promise<void> {
  let store = save(EMPTY_STORE, BASE_SCENARIO, {});
  store = save(store, "Gericht", { sensitivity: 0.9, screening_cost: 60 });
  store = save(store, "Meer kinderen", { children: 1400, target_share: 0.2 });
  const layouts = [templateLayout(vve, "nl", current ? { ...defaults(vve), ...current } : defaults(vve))];
  addLayouts(wb, layouts, computeSheets(layoutsToRaw(layouts), "nl"));
  addStoreSheet(wb, store);
}

describe("the council workbook prints on A4 through LibreOffice", () => {
  const dir = tempDir("bl-print-");

  test("a template with a checked budget (Niveaucheck sheet): one A4 page per sheet, € and units, nothing split", async () => {
    const checked = join(dir, "checked.xlsx");
    expect((await runCli("check", BUDGET, "--out", checked, "--lang", "nl")).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(checked);
    await withTemplate(wb, { ...defaults(vve), sensitivity: 0.9, screening_cost: 60 });
    const source = join(dir, "begroting-met-vve.xlsx");
    await wb.xlsx.writeFile(source);
    const council = join(dir, "raad.xlsx");
    const data = await exportCouncil(source, council, "nl", { date: DATE });
    if (isExportError(data)) throw new Error(data.message.nl);

    const { pdf, ms } = lo.convertToPdf(council, join(dir, "pdf"));
    process.stdout.write(`LibreOffice council workbook → PDF: ${ms} ms\n`);
    const ps = pages(pdf);
    // Invoer, Scenario's VVE, Niveaucheck samenvatting, Herkomst: one page each.
    expect(ps).toHaveLength(4);
    for (const p of ps) expect(isA4(p)).toBe(true);

    // Page headers: the municipality, the scenario, the date; footers: page x of y.
    ps.forEach((p, i) => {
      expect(p.text).toContain("Gemeente Lindewaard");
      expect(p.text).toContain("15 maart 2026");
      expect(p.text).toContain(`Pagina ${i + 1} van 4`);
    });
    // The inputs are those of the scenario the sheet holds, and the page says which.
    expect(on(ps, "Scenario: Gericht")).toContain(0);
    expect(on(ps, 'Invoer van scenario "Gericht"')).toEqual([0]);

    // The comparison table and its chart on one page: the first input, the last output, the chart's title and legend.
    const cmp = on(ps, "Kinderen in de leeftijdsgroep").filter((i) => on(ps, "Scenario's: Basis, Gericht, Meer kinderen").includes(i));
    expect(cmp).toHaveLength(1);
    const page = cmp[0]!;
    expect(on(ps, vve.outputs[vve.outputs.length - 1]!.label.nl)).toContain(page);
    expect(on(ps, vve.chart!.title.nl)).toEqual([page]);
    expect(on(ps, "Kosten gericht aanbod")).toContain(page);
    // Euros with the € sign and no cents; shares as percentages; children whole.
    expect(ps[page]!.text).toMatch(/€ ?9[.,]355[.,]500/);
    expect(ps[page]!.text).toMatch(/15[.,]0%/);
    expect(ps[page]!.text).not.toMatch(/115[.,]5\b/);

    // The level check with its unit, a total row, and the left-out totals said once.
    const lv = on(ps, "Niveaucheck van het begrotingsblad");
    expect(lv).toHaveLength(1);
    expect(ps[lv[0]!]!.text).toContain("× € 1.000");
    expect(ps[lv[0]!]!.text).toMatch(/Totaal\s+341\s+172[.,]937/);

    // The provenance names the real budget and never tells the council to fill in its own number.
    const prov = on(ps, "Waar de getallen vandaan komen");
    expect(prov).toHaveLength(1);
    expect(ps[prov[0]!]!.text).toContain("Begroting 2025");
    for (const p of ps) expect(p.text).not.toMatch(/vul uw eigen cijfer in|enter your own/);
  }, 240000);

  test("with the risk register too: the paragraph and its histogram each on one A4 page, in euros", async () => {
    const checked = join(dir, "checked-risk.xlsx");
    expect((await runCli("check", BUDGET, "--out", checked, "--lang", "nl")).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(checked);
    await withTemplate(wb);
    const register = registerTemplate("nl");
    addLayouts(wb, register.layouts, computeSheets(layoutsToRaw(register.layouts), "nl"));
    const source = join(dir, "begroting-met-risico.xlsx");
    await wb.xlsx.writeFile(source);
    const council = join(dir, "raad-risico.xlsx");
    const data = await exportCouncil(source, council, "nl", { date: DATE });
    if (isExportError(data)) throw new Error(data.message.nl);
    const ps = pages(lo.convertToPdf(council, join(dir, "pdf-risk")).pdf);
    process.stdout.write(`council workbook with risk: ${ps.length} pages\n`);
    for (const p of ps) expect(isA4(p)).toBe(true);
    ps.forEach((p, i) => expect(p.text).toContain(`Pagina ${i + 1} van ${ps.length}`));
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(council);
    // One page per sheet: no sheet's width or length runs onto a second page.
    expect(ps).toHaveLength(out.worksheets.length);
    const paragraph = on(ps, "Benodigde weerstandscapaciteit (90% zekerheid)");
    expect(paragraph).toHaveLength(1);
    const text = ps[paragraph[0]!]!.text;
    // The register states no unit: its amounts are euros, with the sign, and whole.
    expect(text).toMatch(/Benodigde weerstandscapaciteit \(90% zekerheid\)\s+€ ?\d{1,3}([.,]\d{3})+\s/);
    expect(text).toMatch(/Beschikbare weerstandscapaciteit\s+€ ?9[.,]650[.,]000/);
    expect(text).toMatch(/Klasse \(schaal van het NAR\)\s+B \(ruim voldoende\)/);
    // Every column header whole: none cut by its neighbour.
    for (const head of ["Bedrag (maximaal)", "Bijdrage aan de capaciteit", "Aandeel"]) expect(on(ps, head)).toContain(paragraph[0]);
    const histogram = on(ps, "Klasse van het totaal");
    expect(histogram).toHaveLength(1);
    expect(ps[histogram[0]!]!.text).toMatch(/€ ?\d{1,3}([.,]\d{3})+/);
  }, 240000);

  test("a budget checked in the pane (result columns beside it) is summarised too, and English prints on A4 as well", async () => {
    // The pane's own result columns, placed as the pane places them: right of the budget, on its header row.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(BUDGET);
    const ws = wb.getWorksheet("Begroting 2025")!;
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (r, i) => (rows[i - 1] = (r.values as unknown[]).slice(1).map((v) => (typeof v === "object" && v !== null && "result" in v ? (v as { result: unknown }).result : v))));
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    const header = detectHeader(rows)!;
    const read = readBudgetRows(rows, { header });
    const { checked } = checkBudget(read.lines, { owner: "gemeente" });
    const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
    const plan = resultPlan(checked, { sheet: ws.name, top: 1, left: 1, values: rows, hiddenRows: [], source: "region" } as never, header, "en");
    const col = plan.lastColumn + 1;
    plan.header.forEach((h, k) => (ws.getCell(plan.headerRow, col + k).value = h));
    for (const r of plan.rows) r.cells.forEach((c, k) => (ws.getCell(r.row, col + k).value = c));
    expect(width).toBeGreaterThan(0);
    await withTemplate(wb);
    const source = join(dir, "pane-columns.xlsx");
    await wb.xlsx.writeFile(source);

    const council = join(dir, "council.xlsx");
    const r = await runCli("export", source, "--out", council, "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Level check summarised: 341 budget lines of sheet "Begroting 2025"/);
    const ps = pages(lo.convertToPdf(council, join(dir, "pdf-en")).pdf);
    expect(ps).toHaveLength(4);
    for (const p of ps) expect(isA4(p)).toBe(true);
    expect(on(ps, "Level check of the budget sheet")).toHaveLength(1);
    expect(on(ps, "× €1,000")).not.toHaveLength(0);
    expect(on(ps, "Scenario: Basis")).toContain(0);
  }, 240000);
});
