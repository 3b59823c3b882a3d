// The outcome of a risk register's simulation, in the forms it is read in:
// one object (the command line's --json), and a sheet for the paragraph
// weerstandsvermogen with its histogram (the --out workbook and the council
// workbook). Pure data and cell layouts; io/ writes them.

import type { AmountFactor } from "../budget/caption";
import type { Lang } from "../core/types";
import { msg } from "../i18n/catalogue";
import { formatAmount, formatPercent } from "../i18n/format";
import { unitText } from "../i18n/units";
import { EXCEL_FORMATS } from "../scenarios/format";
import { NUMBER_FORMATS } from "../scenarios/types";
import type { LayoutCell, SheetLayout } from "../scenarios/templates";
import { amountMax } from "./distributions";
import { capacityRatio, gradeMeaning, gradeOf, type Grade } from "./grade";
import type { RegisterRisk } from "./register";
import type { Simulation } from "./simulate";

export interface RiskReport {
  readonly risks: readonly RegisterRisk[];
  readonly simulation: Simulation;
  /** Per risk, in the order of `risks`: its share of the capacity. */
  readonly contributions: readonly number[];
  readonly available: number | null;
  readonly ratio: number | null;
  readonly grade: Grade | null;
}

export function riskReport(risks: readonly RegisterRisk[], simulation: Simulation, available: number | null): RiskReport {
  const ratio = available === null ? null : capacityRatio(available, simulation.capacity);
  return {
    risks,
    simulation,
    contributions: simulation.contributions ?? risks.map(() => 0),
    available,
    ratio,
    grade: ratio === null ? null : gradeOf(ratio),
  };
}

/** Positions in `risks`, largest contribution first (ties: register order). */
export function byContribution(r: RiskReport): number[] {
  return r.risks.map((_, i) => i).sort((a, b) => (r.contributions[b] as number) - (r.contributions[a] as number) || a - b);
}

/** The share of the capacity of structural, incidental and unstated risks. */
export function natureShares(r: RiskReport): { structural: number; incidental: number; unknown: number } {
  const out = { structural: 0, incidental: 0, unknown: 0 };
  r.risks.forEach((risk, i) => {
    const c = r.contributions[i] as number;
    if (risk.nature === "structural") out.structural += c;
    else if (risk.nature === "incidental") out.incidental += c;
    else out.unknown += c;
  });
  return out;
}

/**
 * The command line's --json object. Amounts are in the register's unit; each
 * risk carries its sheet row, its name and its contribution to the capacity.
 */
export function reportJson(r: RiskReport, extra: { readonly file: string; readonly sheet: string; readonly unitFactor: number | null }): Record<string, unknown> {
  const s = r.simulation;
  return {
    file: extra.file,
    sheet: extra.sheet,
    capacity: s.capacity,
    certainty: s.certainty,
    standardError: s.standardError,
    sum: s.sum,
    expected: s.expected,
    p50: s.p50,
    p90: s.p90,
    p95: s.p95,
    runs: s.runs,
    seed: s.seed,
    converged: s.converged,
    unitFactor: extra.unitFactor,
    ...(r.available === null ? {} : { available: r.available, ratio: r.ratio, grade: r.grade }),
    risks: r.risks.map((risk, i) => ({
      row: risk.row,
      name: risk.name,
      programme: risk.programme,
      probability: risk.probability,
      probabilityClass: risk.probabilityClass,
      amount: risk.amount,
      nature: risk.nature,
      group: risk.group === "" ? null : risk.group,
      contribution: r.contributions[i],
    })),
    histogram: s.histogram,
  };
}

// ---- the paragraph sheet -------------------------------------------------------------------

export interface ParagraphSheets {
  readonly figures: SheetLayout;
  readonly histogram: SheetLayout;
  /** 0-based rows of the histogram's bins (first and last) on its sheet; column 0 the band, column 3 the runs. */
  readonly bins: { readonly first: number; readonly last: number; readonly labels: readonly string[]; readonly counts: readonly number[] };
}

export interface ParagraphSource {
  readonly file: string;
  readonly sheet: string;
  /** How many of the largest risks to list; all when absent. */
  readonly top?: number;
  /** The register's unit as its amount column states it (× € 1.000); euros when it states none. */
  readonly factor?: AmountFactor | null;
}

/**
 * The paragraph weerstandsvermogen as two sheets of values (no formulas, so
 * they open without the add-in): the figures with the largest risks by their
 * share of the capacity, and the histogram's bands for a native chart.
 */
export function paragraphSheets(r: RiskReport, lang: Lang, src: ParagraphSource, names: { readonly figures: string; readonly histogram: string }): ParagraphSheets {
  const s = r.simulation;
  const t = (k: Parameters<typeof msg>[1]) => msg(lang, k as "risk.book.figure");
  // In euros an amount carries the € sign; in thousands or millions it stays a plain number and the
  // unit is said once, as on the level summary ("€ 1.500" would read as euros).
  const scaled = src.factor !== undefined && src.factor !== null && src.factor !== 1;
  const money = scaled ? NUMBER_FORMATS.money : EXCEL_FORMATS.euro;
  const unit: LayoutCell[] = scaled ? [{ row: 2, col: 0, value: msg(lang, "risk.book.unit", unitText(src.factor ?? null, lang)), style: "note" }] : [];
  const cells: LayoutCell[] = [
    { row: 0, col: 0, value: t("risk.book.title"), style: "title" },
    { row: 1, col: 0, value: msg(lang, "risk.book.source", src.file, src.sheet), style: "note" },
    ...unit,
    { row: 3, col: 0, value: t("risk.book.figure"), style: "header" },
    { row: 3, col: 1, value: t("risk.book.value"), style: "header" },
  ];
  let row = 4;
  const put = (label: string, value: number | string, numFmt?: string) => {
    cells.push({ row, col: 0, value: label });
    cells.push({ row, col: 1, value, style: "output", ...(numFmt ? { numFmt } : {}) });
    row++;
  };
  put(msg(lang, "risk.book.capacity", formatPercent(s.certainty, 0, lang)), s.capacity, money);
  put(t("risk.book.se"), s.standardError, money);
  put(t("risk.book.sum"), s.sum, money);
  put(t("risk.book.expected"), s.expected, money);
  put("P50", s.p50, money);
  put("P90", s.p90, money);
  put("P95", s.p95, money);
  if (r.available !== null) {
    put(t("risk.book.available"), r.available, money);
    if (r.ratio !== null) put(t("risk.book.ratio"), r.ratio, "0.00");
    if (r.grade !== null) put(t("risk.book.grade"), msg(lang, "risk.book.gradeText", r.grade, gradeMeaning(r.grade)[lang]));
  }
  put(t("risk.book.runs"), s.runs, NUMBER_FORMATS.count);
  put(t("risk.book.seed"), s.seed);
  row++;
  cells.push({ row, col: 0, value: t("risk.book.risks"), style: "title" });
  row++;
  const heads = ["risk.book.row", "risk.book.risk", "risk.book.programme", "risk.book.probability", "risk.book.maximum", "risk.book.contribution", "risk.book.share"] as const;
  heads.forEach((h, col) => cells.push({ row, col, value: t(h), style: "header" }));
  row++;
  const order = byContribution(r).slice(0, src.top ?? r.risks.length);
  for (const i of order) {
    const risk = r.risks[i] as RegisterRisk;
    const c = r.contributions[i] as number;
    cells.push({ row, col: 0, value: risk.row });
    cells.push({ row, col: 1, value: risk.name });
    if (risk.programme) cells.push({ row, col: 2, value: risk.programme });
    cells.push({ row, col: 3, value: risk.probability, numFmt: "0%" });
    cells.push({ row, col: 4, value: amountMax(risk.amount), numFmt: money });
    cells.push({ row, col: 5, value: c, numFmt: money });
    if (s.capacity > 0) cells.push({ row, col: 6, value: c / s.capacity, numFmt: "0.0%" });
    row++;
  }
  row++;
  cells.push({ row, col: 0, value: msg(lang, "risk.book.method", formatAmount(s.runs, lang), String(s.seed)), style: "note" });

  // ---- histogram: one row per band
  const h = s.histogram;
  const hc: LayoutCell[] = [
    { row: 0, col: 0, value: t("risk.book.chart"), style: "title" },
    ...unit.map((c) => ({ ...c, row: 1 })),
    { row: 2, col: 0, value: t("risk.book.band"), style: "header" },
    { row: 2, col: 1, value: t("risk.book.from"), style: "header" },
    { row: 2, col: 2, value: t("risk.book.to"), style: "header" },
    { row: 2, col: 3, value: t("risk.book.count"), style: "header" },
  ];
  const labels: string[] = [];
  h.counts.forEach((count, i) => {
    const from = h.from + i * h.width;
    const to = h.from + (i + 1) * h.width;
    const label = `${formatAmount(from, lang)}–${formatAmount(to, lang)}`;
    labels.push(label);
    hc.push({ row: 3 + i, col: 0, value: label });
    hc.push({ row: 3 + i, col: 1, value: from, numFmt: money });
    hc.push({ row: 3 + i, col: 2, value: to, numFmt: money });
    hc.push({ row: 3 + i, col: 3, value: count, numFmt: NUMBER_FORMATS.count });
  });
  const sheet = (name: string, c: LayoutCell[], widths: number[]): SheetLayout => ({ name, cells: c, inputCells: {}, outputCells: {}, columnWidths: widths, hiddenColumns: [] });
  return {
    figures: sheet(names.figures, cells, [52, 44, 24, 10, 18, 27, 10]),
    histogram: sheet(names.histogram, hc, [30, 16, 16, 10]),
    bins: { first: 3, last: 2 + h.counts.length, labels, counts: h.counts },
  };
}
