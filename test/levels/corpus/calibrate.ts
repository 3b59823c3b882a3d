/**
 * `npm run corpus -- --calibrate`: fits the level check's confidence to what it
 * is worth on the calibration split of the real-budget corpus: governments whose
 * lines nobody fitted the vocabulary to (README, "Third collection round"), so
 * that "0.9" means right nine times in ten on a budget the engine has not seen,
 * not on the lines it was tuned on. Never the test split. An answer's worth depends on which verdict it gives (a "wrong level"
 * is right far less often than a "right level": real budgets seldom put a task
 * at the wrong level), for which owner, and on the band of the engine's own
 * confidence (BANDS below). Each owner's cell is smoothed towards
 * the verdict's rate in that band over all owners (or dev's rate for the cell
 * where that is lower: see fit), that towards the verdict's
 * rate, and that towards the overall rate (as if PRIOR more answers at that
 * rate were added), so that a handful of lines cannot set a confidence. A
 * kind of answer the calibration split never gave (verdict, owner and band) is
 * taken from the same fit on dev, no surer than the split's rate for that verdict
 * and band over all owners, and marked so. Written to src/levels/knowledge/calibration.tsv; run
 * `node scripts/knowledge.js` after.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { readBudgetRows } from "../../../src/budget/reader";
import { checkBudget } from "../../../src/check/budget";
import { parseOwner } from "../../../src/levels";
import { worthIn } from "../../../src/levels/calibration";
import type { CalibrationBand } from "../../../src/levels/knowledge/load";
import type { Owner, Verdict } from "../../../src/levels/types";
import { allowed, loadSplit, repoRoot, type Government } from "./measure";

/**
 * Bands of the engine's raw confidence. Below 0.62 are its weak answers (a money word
 * alone, a close call); to 0.84 those it read indirectly (from a heading, by a word's
 * form, past a rival) or by a term that is sure only in part (weights 0.7 and 0.75);
 * from 0.84 its own words, with the surest terms (0.92 up) apart. The finer cuts at
 * 0.7, 0.75 and 0.92 were chosen among five schemes by the left-out-government check
 * on `cal` (Brier 0.116 against 0.124 for the three bands used before).
 */
const BANDS = [0, 0.62, 0.7, 0.75, 0.84, 0.92];
const PRIOR = 5;

function bandOf(raw: number): number {
  let band = 0;
  for (const b of BANDS) if (raw + 1e-9 >= b) band = b;
  return band;
}

export interface Point {
  readonly verdict: string;
  readonly owner: string;
  readonly band: number;
  readonly right: boolean;
}

export function points(govs: readonly Government[]): Point[] {
  const out: Point[] = [];
  for (const g of govs) {
    const owner = parseOwner(g.owner) ?? "gemeente";
    for (const t of g.tables) {
      const read = readBudgetRows(t.rows.map((r) => [...r]));
      if (read.error) continue;
      // The product's whole path (totals, headings, totals above their parts), with the raw confidences.
      const byRow = new Map(checkBudget(read.lines, { owner, raw: true }).checked.map((c) => [c.line.row, c.result]));
      t.labels.forEach((label, i) => {
        const r = byRow.get(t.header + i + 1);
        if (!r || r.verdict === "UNKNOWN" || r.rule.startsWith("user:")) return;
        const band = bandOf(r.confidence);
        out.push({ verdict: r.verdict, owner, band, right: allowed(label).includes(r.verdict) });
      });
    }
  }
  return out;
}

function rate(pts: readonly Point[], prior: number): number {
  const right = pts.filter((p) => p.right).length;
  return (right + PRIOR * prior) / (pts.length + PRIOR);
}

/**
 * The table's cells fitted on one set of answers ("verdict\towner\tfrom" -> probability and count), and the overall rate.
 * An owner's cell is smoothed towards the verdict's band over all owners, or towards `below`'s rate for the same cell
 * where that is lower (dev's, for the calibration split): a province's cell of two calibration answers otherwise took
 * the rate of the municipalities' answers in its band (0.52 for a province's lone "Directe lasten", where dev's 115
 * such answers were right about a quarter of the time). Dev's rate never raises a cell: the vocabulary was fitted
 * to dev, so its rates flatter the engine.
 */
export function fit(pts: readonly Point[], below?: ReadonlyMap<string, { p: number; n: number }>): { cells: Map<string, { p: number; n: number }>; overall: number } {
  const out = new Map<string, { p: number; n: number }>();
  const overall = pts.filter((p) => p.right).length / Math.max(1, pts.length);
  for (const v of [...new Set(pts.map((p) => p.verdict))].sort()) {
    const ofV = pts.filter((p) => p.verdict === v);
    const rv = rate(ofV, overall);
    // Per band over all owners first: a weak answer is never worth what the strong ones of its verdict are.
    const byBand = new Map<number, number>();
    for (const band of BANDS) {
      const cell = ofV.filter((p) => p.band === band);
      if (cell.length === 0) continue;
      byBand.set(band, rate(cell, rv));
      out.set(`${v}\t*\t${band}`, { p: byBand.get(band) as number, n: cell.length });
    }
    for (const o of [...new Set(ofV.map((p) => p.owner))].sort()) {
      for (const band of BANDS) {
        const cell = ofV.filter((p) => p.owner === o && p.band === band);
        const key = `${v}\t${o}\t${band}`;
        const prior = byBand.get(band) ?? rv;
        if (cell.length > 0) out.set(key, { p: rate(cell, Math.min(prior, below?.get(key)?.p ?? prior)), n: cell.length });
      }
    }
  }
  return { cells: out, overall };
}

/**
 * A cell the calibration split never filled, taken from dev: no surer than what `cal` says of
 * that verdict and band over all owners, where it says anything. Dev's rates flatter the engine
 * (its vocabulary was fitted there), and the owners `cal` holds few lines of are those whose
 * cells come from dev (a province's sure CONDITIONAL: 0.90 on dev, 0.56 over all owners on cal).
 */
function fromDev(key: string, d: { p: number; n: number }, cal: ReadonlyMap<string, { p: number; n: number }>): { p: number; n: number } {
  const [verdict, , band] = key.split("\t");
  const any = cal.get(`${verdict}\t*\t${band}`);
  return any !== undefined && any.p < d.p ? { p: any.p, n: d.n } : d;
}

/** A fitted table's cells as the bands the product reads. */
function bandsOf(cells: ReadonlyMap<string, { p: number }>): CalibrationBand[] {
  return [...cells].map(([key, c]) => {
    const [verdict, owner, from] = key.split("\t") as [Verdict, string, string];
    return { verdict, owner: owner === "*" ? null : (owner as Owner), from: Number(from), probability: c.p };
  });
}

/**
 * The table's worth on a government it was not fitted to: each calibration
 * government in turn is left out, the table fitted on the others (and dev),
 * and its answers scored — the Brier score, and how many of its lines would be
 * wrong with a confidence of 0.7 or more. A fit on all of `cal` flatters
 * itself; this is the figure a new budget can expect.
 */
function leaveOneOut(cal: readonly Government[], dev: ReadonlyMap<string, { p: number; n: number }>): { brier: number; confidentWrong: number; lines: number } {
  const per = cal.map((g) => points([g]));
  let brier = 0;
  let n = 0;
  let confidentWrong = 0;
  per.forEach((own, i) => {
    const { cells, overall } = fit(per.filter((_, j) => j !== i).flat(), dev);
    for (const [k, v] of dev) if (!cells.has(k)) cells.set(k, fromDev(k, v, cells));
    const bands = bandsOf(cells);
    for (const p of own) {
      // Read as the product reads its table (a band's lower bound stands for the raw confidence).
      const q = worthIn(bands, p.band, p.verdict as Verdict, p.owner as Owner) ?? overall;
      brier += (q - (p.right ? 1 : 0)) ** 2;
      n++;
      if (q >= 0.7 && !p.right) confidentWrong++;
    }
  });
  const lines = cal.reduce((m, g) => m + g.tables.reduce((k, t) => k + t.labels.length, 0), 0);
  return { brier: brier / Math.max(1, n), confidentWrong, lines };
}

export function main(): void {
  const cal = loadSplit("cal");
  if (cal.length === 0) throw new Error("The calibration split (test/levels/corpus/cal) is empty.");
  const pts = points(cal);
  // A kind of answer the calibration split never gave (a province's lone "Lasten") is better
  // judged by what dev says of that owner than by other owners' answers; one it gave a few
  // times is no surer than dev says (see fit).
  const fallback = fit(points(loadSplit("dev"))).cells;
  const { cells: fitted, overall } = fit(pts, fallback);
  const keys = [...new Set([...fitted.keys(), ...fallback.keys()])].sort();
  const rows = keys.map((k) => {
    const c = fitted.get(k);
    const d = fallback.get(k) as { p: number; n: number };
    if (c !== undefined) return `${k}\t${c.p.toFixed(3)}\t${c.n}\tcal`;
    const f = fromDev(k, d, fitted);
    return `${k}\t${f.p.toFixed(3)}\t${f.n}\tdev`;
  });
  const lines = [
    "# GENERATED by `npm run corpus -- --calibrate` from the calibration split of the real-budget corpus",
    "# (governments the vocabulary was not fitted to); a kind of answer it never gave, from dev (`fitted on`),",
    "# no surer than the calibration split's rate for that verdict and band over all owners.",
    "# What an answer is worth: the smoothed share of right answers among those the engine gave with this",
    "# verdict, for this owner (* = any), with a raw confidence from `from` up (0 = weak answers).",
    "verdict\towner\tfrom\tprobability\tanswers\tfitted on",
    ...rows,
  ];
  writeFileSync(join(repoRoot(), "src", "levels", "knowledge", "calibration.tsv"), `${lines.join("\n")}\n`);
  const loo = leaveOneOut(cal, fallback);
  process.stdout.write(
    `${pts.length} answers on cal (overall ${(100 * overall).toFixed(1)}% right):\n${lines.slice(5).join("\n")}\n` +
      `Left out one government at a time: Brier ${loo.brier.toFixed(4)}, confidently wrong ${loo.confidentWrong} of ${loo.lines} lines (${((100 * loo.confidentWrong) / loo.lines).toFixed(1)}%).\n`,
  );
}
