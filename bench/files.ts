// `npm run bench` (files part): the command line on large workbooks, each
// figure beside a baseline from the same run, and the user rules' cost.
// - `check` on a 100,000-line xlsx against a bare streaming read of the same
//   file (bench/bare-read.ts; goal ≤ 2×), and its peak memory on 500,000
//   lines (goal < 400 MB);
// - `check --out` on 100,000 lines against plain `check` (goal ≤ 3×, peak
//   memory < 1 GB);
// - 1,000 user rules (text, taakveld, regular expressions, a mix) against no
//   rules, in one process over the same 20,000 generated lines (goal ≤ 1.5×);
// - `export` of a scenario workbook with a 200,000-row budget sheet beside
//   the scenarios, against the same workbook without it.
// Every command runs as its own process, as a user runs it, with its peak
// resident memory read from the kernel (bench/peak.ts). Figures only.

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { checkLine, compileRules, type LineInput, type UserRuleRow, VERDICT_LABELS } from "../src/levels";
import { TAAKVELDEN } from "../src/levels/taakvelden";
import { addWorksheet, readPackageInfo } from "../io/package-patch";
import { sheetXml, type SheetCellValue } from "../io/sheet-xml";
import { generateLines } from "../test/helpers/lines";

type Print = (rows: string[][]) => void;

const ROOT = path.join(__dirname, "..", "..", "..");
const CLI = path.join(ROOT, "bin", "begrotingslab.js");
const PEAK = path.join(__dirname, "peak.js");
const BARE = path.join(__dirname, "bare-read.js");

interface Run {
  readonly ms: number;
  readonly peakMB: number;
}

/** One command in its own process; its wall-clock time and peak resident memory. */
function run(tmp: string, script: string, args: readonly string[]): Run {
  const peak = path.join(tmp, "peak.txt");
  fs.rmSync(peak, { force: true });
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["-r", PEAK, script, ...args], {
    env: { ...process.env, BL_BENCH_PEAK: peak },
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
  });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${path.basename(script)} ${args.join(" ")}: exit ${r.status}: ${r.stderr}`);
  return { ms, peakMB: Number(fs.readFileSync(peak, "utf8")) / 1024 };
}

/** The fastest of `n` runs (the machine's noise only ever adds time) and the highest peak. */
function best(n: number, f: () => Run): Run {
  let ms = Infinity;
  let peakMB = 0;
  for (let i = 0; i < n; i++) {
    const r = f();
    ms = Math.min(ms, r.ms);
    peakMB = Math.max(peakMB, r.peakMB);
  }
  return { ms, peakMB };
}

/** A budget workbook of `n` generated lines below a header, streamed to disk as a municipality's export would be. */
async function budgetXlsx(file: string, lines: readonly LineInput[]): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: false });
  const ws = wb.addWorksheet("Begroting");
  ws.addRow(["Taakveld", "Omschrijving", "Lasten"]).commit();
  for (const l of lines) ws.addRow([l.taakveld ?? null, l.description, l.amount ?? null]).commit();
  ws.commit();
  await wb.commit();
}

const fmt = (x: number, digits = 0): string => x.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const secs = (ms: number): string => (ms / 1000).toFixed(2);

async function checkFigures(tmp: string, print: Print): Promise<void> {
  process.stdout.write("\nThe command line on large budgets (xlsx, streamed; each run its own process; best of 3, 500k once).\n");
  process.stdout.write("Goals: check ≤ 2 × a bare streaming read at 100k lines; check < 400 MB at 500k; check --out ≤ 3 × check and < 1 GB at 100k.\n\n");
  const rows: string[][] = [["lines", "bare read s", "check s", "check/bare", "check peak MB", "check --out s", "--out/check", "--out peak MB"]];
  for (const n of [100_000, 500_000]) {
    const file = path.join(tmp, `begroting-${n}.xlsx`);
    await budgetXlsx(file, generateLines(n, 11));
    const times = n > 100_000 ? 1 : 3;
    const bare = best(times, () => run(tmp, BARE, [file]));
    const check = best(times, () => run(tmp, CLI, ["check", file]));
    const out = path.join(tmp, `uitkomst-${n}.xlsx`);
    const withOut =
      n > 100_000
        ? null
        : best(times, () => {
            fs.rmSync(out, { force: true });
            return run(tmp, CLI, ["check", file, "--out", out]);
          });
    rows.push([
      fmt(n),
      secs(bare.ms),
      secs(check.ms),
      (check.ms / bare.ms).toFixed(2),
      fmt(check.peakMB),
      withOut ? secs(withOut.ms) : "",
      withOut ? (withOut.ms / check.ms).toFixed(2) : "",
      withOut ? fmt(withOut.peakMB) : "",
    ]);
    fs.rmSync(file, { force: true });
    fs.rmSync(out, { force: true });
  }
  print(rows);
}

/** 1,000 rules of one kind; none matches the generated lines, so every line is checked against all of them. */
function ruleRows(kind: "text" | "taakveld" | "regex" | "mixed"): UserRuleRow[] {
  const codes = [...TAAKVELDEN.keys()];
  const verdict = VERDICT_LABELS.QUESTIONABLE.nl;
  const out: UserRuleRow[] = [];
  for (let i = 0; i < 1000; i++) {
    const k = kind === "mixed" ? (i % 5 === 4 ? "regex" : i % 2 === 0 ? "text" : "taakveld") : kind;
    if (k === "text") out.push({ row: i + 2, pattern: `project kostenplaats ${i}`, verdict });
    else if (k === "taakveld") out.push({ row: i + 2, pattern: `kostenplaats ${i}`, taakveld: codes[i % codes.length] ?? "0.1", verdict });
    else out.push({ row: i + 2, pattern: `/^kostenplaats ${i}\\b/`, verdict });
  }
  return out;
}

function rulesFigures(print: Print): void {
  const n = 20_000;
  process.stdout.write(`\nUser rules: ${fmt(n)} generated lines checked with 1,000 rules against no rules, in one process (best of 3; goal ≤ 1.5×).\n\n`);
  const lines = generateLines(n, 7);
  let sink = 0;
  const time = (rules?: ReturnType<typeof compileRules>["rules"]): number => {
    let t = Infinity;
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      for (const l of lines) sink += checkLine(l, rules ? { rules } : undefined).confidence;
      t = Math.min(t, performance.now() - t0);
    }
    return t;
  };
  const none = time();
  const rows: string[][] = [["rules", "lines/s", "× no rules"], ["none", fmt((n / none) * 1000), "1.00"]];
  for (const kind of ["text", "taakveld", "regex", "mixed"] as const) {
    const { rules, problems } = compileRules(ruleRows(kind));
    if (problems.length > 0 || rules.size !== 1000) throw new Error(`${kind} rules: ${problems.length} problems, ${rules.size} rules`);
    const t = time(rules);
    rows.push([`1,000 ${kind}`, fmt((n / t) * 1000), (t / none).toFixed(2)]);
  }
  if (sink === 0) process.stdout.write("(no work done)\n");
  print(rows);
}

/** The vve template, written by the command line, with a `rows`-row budget sheet added to its package. */
async function scenarioWorkbook(file: string, rows: number): Promise<void> {
  const r = spawnSync(process.execPath, [CLI, "template", "vve", "--out", file], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`template vve: ${r.stderr}`);
  if (rows === 0) return;
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const info = await readPackageInfo(zip);
  if (!info) throw new Error("template vve: no package");
  function* budget(): Generator<SheetCellValue[]> {
    yield ["Taakveld", "Omschrijving", "Lasten 2025"];
    for (let i = 1; i < rows; i++) yield ["6.3", `Boeking ${i}`, i % 1000];
  }
  const xml = Readable.from(
    (function* () {
      for (const chunk of sheetXml({ rows: budget() })) yield Buffer.from(chunk);
    })(),
  );
  await addWorksheet(zip, info, "Begroting", xml as never);
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

async function exportFigures(tmp: string, print: Print): Promise<void> {
  process.stdout.write("\nCouncil export (begrotingslab export) of the vve scenario workbook, with a 200,000-row budget sheet beside it and without (best of 3).\n\n");
  const rows: string[][] = [["workbook", "export s", "× without", "peak MB"]];
  let base = 0;
  for (const budgetRows of [0, 200_000]) {
    const file = path.join(tmp, `scenario-${budgetRows}.xlsx`);
    await scenarioWorkbook(file, budgetRows);
    const out = path.join(tmp, `raad-${budgetRows}.xlsx`);
    const r = best(3, () => {
      fs.rmSync(out, { force: true });
      return run(tmp, CLI, ["export", file, "--out", out]);
    });
    if (!fs.existsSync(out)) throw new Error(`export of ${path.basename(file)} wrote nothing`);
    if (budgetRows === 0) base = r.ms;
    rows.push([budgetRows === 0 ? "template only" : `+ budget sheet of ${fmt(budgetRows)} rows`, secs(r.ms), (r.ms / base).toFixed(2), fmt(r.peakMB)]);
  }
  print(rows);
}

export async function filesBench(print: Print): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bl-bench-files-"));
  try {
    rulesFigures(print);
    await checkFigures(tmp, print);
    await exportFigures(tmp, print);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
