// `npm run bench` (last part): what the browser pages cost.
// - Bundle sizes, gzip-compressed (zlib.gzipSync, level 9): taskpane.js + functions.js
//   (goal ≤ 250 KB) and workbench.js, from the production build in dist/.
// - The workbench in headless Chromium: open the page, load a generated
//   2,000-line budget through its file input, click "Controleer niveaus" and wait
//   for the summary (goal ≤ 1.5 s from opening the page to the completed check).
//   Wall-clock from Node, median of a few fresh pages; any performance marks and
//   measures the page records are printed too. Figures only, no assertions.
// - The workbench's start against its same-run baseline: the example shown
//   from its pre-parsed JSON (ExcelJS not loaded) versus the same example
//   opened from its .xlsx through ExcelJS (workbench.html?file=…, what the
//   start did before), alternating fresh pages so both see the same machine
//   (goal: ready ≤ 0.6 × the baseline).
// Build first (`npm run build`); Chromium as for the browser tests (scripts/browser.js).

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as zlib from "node:zlib";
import ExcelJS from "exceljs";
import { chromium, type Browser } from "playwright-core";
import { generateLines } from "../test/helpers/lines";

interface BrowserKit {
  chromiumPath(): string;
  launchOptions(executablePath?: string): { executablePath: string; headless: boolean; args: string[] };
  serveDist(dir?: string): Promise<{ url: string; close(): Promise<void> }>;
  readonly DIST: string;
}

/** The repository root: the nearest folder above this file with scripts/browser.js (from bench/ or dist/node/bench/). */
function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "scripts", "browser.js"))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error("scripts/browser.js not found above " + __dirname);
    dir = up;
  }
  return dir;
}

const LINES = 2000;
const RUNS = 3;
const START_RUNS = 7;
const START_GOAL = 0.6;
const EXAMPLE_XLSX = "examples/gemeente-lindewaard-2025.xlsx";
const GOAL_MS = 1500;
const GOAL_GZIP_KB = 250;

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function bundleSizes(dist: string): void {
  process.stdout.write(`\nBundles (dist/, production build): raw and gzip KB (goal for taskpane.js + functions.js: ≤ ${GOAL_GZIP_KB} KB gzip).\n\n`);
  const rows: string[][] = [["file", "raw KB", "gzip KB"]];
  const gz = (f: string): number | undefined => {
    const p = path.join(dist, f);
    if (!fs.existsSync(p)) return undefined;
    const data = fs.readFileSync(p);
    const g = zlib.gzipSync(data, { level: 9 }).length;
    rows.push([f, kb(data.length), kb(g)]);
    return g;
  };
  const tp = gz("taskpane.js");
  const fn = gz("functions.js");
  const wb = gz("workbench.js");
  for (const [f, v] of [["taskpane.js", tp], ["functions.js", fn], ["workbench.js", wb]] as const) if (v === undefined) rows.push([f, "missing", ""]);
  printTable(rows);
  if (tp !== undefined && fn !== undefined) {
    const sum = tp + fn;
    process.stdout.write(`\ntaskpane.js + functions.js: ${kb(sum)} KB gzip = ${(sum / 1024 / GOAL_GZIP_KB).toFixed(2)} × the goal\n`);
  }
}

/** A generated budget as a workbook: a header row, then one line per row. */
async function budgetFile(file: string, n: number): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Begroting");
  ws.addRow(["Omschrijving", "Taakveld", "Lasten"]);
  const lines = generateLines(n, 7);
  for (const l of lines) ws.addRow([l.description, l.taakveld ?? null, l.amount ?? null]);
  await wb.xlsx.writeFile(file);
  return lines[0]?.description ?? "";
}

/** Lines the command line checks in `file` without its totals and subtotals: the pane's summary counts as many. */
function cliLineCount(root: string, file: string): number {
  const r = spawnSync(process.execPath, [path.join(root, "bin", "begrotingslab.js"), "check", file, "--json"], { encoding: "utf8", maxBuffer: 256 << 20 });
  if (r.status !== 0) throw new Error(`check --json failed: ${r.stderr}`);
  return (JSON.parse(r.stdout) as { rule: string }[]).filter((l) => l.rule !== "builtin:total").length;
}

// The page's side, written against a minimal DOM type (this file compiles without
// the DOM library) and passed as functions: the workbench's CSP forbids eval, so
// string predicates cannot run in it. The summary contract of
// test/browser/workbench.test.ts: rows #pane tr[data-verdict], the count in the
// second cell; the total is counted over those rows.
interface MiniEl {
  readonly textContent: string | null;
  readonly children: ArrayLike<MiniEl>;
}
interface MiniWindow {
  readonly document: { querySelectorAll(s: string): ArrayLike<MiniEl>; querySelector(s: string): MiniEl | null };
  readonly __workbenchReady?: boolean;
}

/** The summary's total; given `expected`, whether the total equals it (a waitForFunction predicate). */
function summaryTotal(expected?: number): number | boolean {
  const w = globalThis as unknown as MiniWindow;
  let sum = 0;
  for (const tr of Array.from(w.document.querySelectorAll("#pane tr[data-verdict]"))) {
    const cell = tr.children[1];
    sum += Number(((cell && cell.textContent) || "").replace(/[^0-9]/g, "")) || 0;
  }
  return expected === undefined ? sum : sum === expected;
}

interface Timing {
  ready: number;
  loaded: number;
  /** Click on "Controleer niveaus" → summary shown. */
  check: number;
  checked: number;
  marks: { name: string; type: string; start: number; duration: number }[];
}

async function onePass(browser: Browser, url: string, file: string, first: string, expected: number): Promise<Timing> {
  const context = await browser.newContext({ locale: "nl-NL", viewport: { width: 1400, height: 900 } });
  // Nothing leaves the machine: anything not on localhost is answered (Office.js) or aborted.
  await context.route(
    (u) => !["127.0.0.1", "localhost"].includes(u.hostname) && u.protocol !== "data:" && u.protocol !== "blob:",
    (route) => (route.request().url().startsWith("https://appsforoffice.microsoft.com/") ? route.fulfill({ status: 200, contentType: "text/javascript", body: "" }) : route.abort()),
  );
  const page = await context.newPage();
  try {
    const t0 = performance.now();
    await page.goto(`${url}/workbench.html`);
    await page.waitForFunction(() => (globalThis as unknown as MiniWindow).__workbenchReady === true, undefined, { timeout: 60_000, polling: "raf" });
    const ready = performance.now() - t0;
    const before = await page.evaluate(summaryTotal, undefined);
    const t1 = performance.now();
    await page.locator('input[type="file"]').first().setInputFiles(file);
    // Loaded when the first generated line's description shows in the grid (row 2, column 1).
    await page.waitForFunction(
      (text) => ((globalThis as unknown as MiniWindow).document.querySelector('#grid [data-row="2"][data-col="1"]')?.textContent ?? "").trim() === text,
      first.trim(),
      { timeout: 60_000, polling: "raf" },
    );
    const loaded = performance.now() - t1;
    const t2 = performance.now();
    await page.locator("#pane").getByRole("button", { name: "Controleer niveaus", exact: true }).click();
    await page.waitForFunction(summaryTotal, expected, { timeout: 60_000, polling: "raf" });
    const t3 = performance.now();
    const checked = t3 - t0;
    const check = t3 - t2;
    if (before === expected) process.stdout.write("(note: the summary already showed the expected total before the check)\n");
    const marks = (await page.evaluate(
      `performance.getEntries().filter((e) => e.entryType === "mark" || e.entryType === "measure").map((e) => ({ name: e.name, type: e.entryType, start: e.startTime, duration: e.duration }))`,
    )) as Timing["marks"];
    return { ready, loaded, check, checked, marks };
  } finally {
    await context.close();
  }
}

/** Open page → __workbenchReady on a fresh page, in ms. */
async function readyTime(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ locale: "nl-NL", viewport: { width: 1400, height: 900 } });
  await context.route(
    (u) => !["127.0.0.1", "localhost"].includes(u.hostname) && u.protocol !== "data:" && u.protocol !== "blob:",
    (route) => route.abort(),
  );
  const page = await context.newPage();
  try {
    const t0 = performance.now();
    await page.goto(url);
    await page.waitForFunction(() => (globalThis as unknown as MiniWindow).__workbenchReady === true, undefined, { timeout: 60_000, polling: "raf" });
    return performance.now() - t0;
  } finally {
    await context.close();
  }
}

/** The start with the pre-parsed example against the start through ExcelJS, alternating, in one run. */
async function startTiming(browser: Browser, base: string): Promise<void> {
  process.stdout.write(`\nWorkbench start: example from its pre-parsed JSON vs opened from its .xlsx through ExcelJS (the start before), ${START_RUNS} alternating fresh pages each (goal ≤ ${START_GOAL} × the baseline).\n\n`);
  const plain: number[] = [];
  const baseline: number[] = [];
  // One page of each first, not counted: the server and Chromium warm up.
  await readyTime(browser, `${base}/workbench.html`);
  await readyTime(browser, `${base}/workbench.html?file=${EXAMPLE_XLSX}`);
  for (let k = 0; k < START_RUNS; k++) {
    plain.push(await readyTime(browser, `${base}/workbench.html`));
    baseline.push(await readyTime(browser, `${base}/workbench.html?file=${EXAMPLE_XLSX}`));
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  printTable([
    ["start", "median ms", "runs (ms)"],
    ["example from JSON, ExcelJS not loaded", med(plain).toFixed(0), plain.map((x) => x.toFixed(0)).join(" ")],
    ["baseline: example .xlsx through ExcelJS", med(baseline).toFixed(0), baseline.map((x) => x.toFixed(0)).join(" ")],
  ]);
  process.stdout.write(`\nready: ${(med(plain) / med(baseline)).toFixed(2)} × the baseline (goal ≤ ${START_GOAL})\n`);
}

async function workbenchTiming(root: string, kit: BrowserKit): Promise<void> {
  process.stdout.write(`\nWorkbench in headless Chromium: open the page, load a generated ${fmt(LINES)}-line budget, check it (goal ≤ ${GOAL_MS} ms, open to checked).\n\n`);
  if (!fs.existsSync(path.join(kit.DIST, "workbench.html"))) {
    process.stdout.write("dist/workbench.html does not exist (not built yet): workbench timing not measured.\n");
    return;
  }
  let exe: string;
  try {
    exe = kit.chromiumPath();
  } catch (e) {
    process.stdout.write(`workbench timing not measured: ${(e as Error).message}\n`);
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bl-bench-"));
  const file = path.join(dir, `budget-${LINES}.xlsx`);
  const first = await budgetFile(file, LINES);
  const expected = cliLineCount(root, file);
  const server = await kit.serveDist();
  const browser = await chromium.launch(kit.launchOptions(exe));
  try {
    await startTiming(browser, server.url);
    const runs: Timing[] = [];
    for (let k = 0; k < RUNS; k++) runs.push(await onePass(browser, server.url, file, first, expected));
    const med = (f: (t: Timing) => number) => [...runs.map(f)].sort((a, b) => a - b)[Math.floor(runs.length / 2)] as number;
    const rows: string[][] = [["phase (median of " + RUNS + " fresh pages)", "ms"]];
    rows.push(["open page → example ready (__workbenchReady)", med((t) => t.ready).toFixed(0)]);
    rows.push([`file input → ${fmt(LINES)} lines in the grid`, med((t) => t.loaded).toFixed(0)]);
    rows.push(["click Controleer niveaus → summary shown", med((t) => t.check).toFixed(0)]);
    rows.push(["open page → check completed (total)", med((t) => t.checked).toFixed(0)]);
    printTable(rows);
    process.stdout.write(`\nopen → checked: ${(med((t) => t.checked) / GOAL_MS).toFixed(2)} × the goal; ${expected} lines counted in the summary\n`);
    const marks = runs[runs.length - 1]?.marks ?? [];
    if (marks.length > 0) {
      process.stdout.write("\nPerformance marks and measures the page recorded (last run, ms since navigation):\n");
      printTable([["name", "type", "start", "duration"], ...marks.map((m) => [m.name, m.type, m.start.toFixed(0), m.duration.toFixed(0)])]);
    }
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function browserBench(): Promise<void> {
  const root = repoRoot();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const kit = require(path.join(root, "scripts", "browser.js")) as BrowserKit;
  bundleSizes(kit.DIST);
  await workbenchTiming(root, kit);
}

function fmt(x: number): string {
  return new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }).format(x);
}

function printTable(rows: string[][]): void {
  const w: number[] = [];
  for (const r of rows) r.forEach((c, j) => (w[j] = Math.max(w[j] ?? 0, c.length)));
  for (const r of rows) process.stdout.write(`${r.map((c, j) => (j === 0 ? c.padEnd(w[j] ?? 0) : c.padStart(w[j] ?? 0))).join("  ")}\n`);
}
