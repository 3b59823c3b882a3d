// The risk register template as plain cell layouts: the register with its
// outcome cells, the probability classes it states, and the available
// capacity. Host-neutral, like the scenario templates: the command line writes
// these layouts with ExcelJS, the task pane through its host, so both insert
// the same register.

import type { Lang } from "../core/types";
import { msg } from "../i18n/catalogue";
import { NUMBER_FORMATS } from "../scenarios/types";
import { a1, quoteSheet, type CellPos, type LayoutCell, type SheetLayout } from "../scenarios/templates";
import { EXAMPLE_CAPACITY, EXAMPLE_REGISTER } from "./example-register";
import { CLASS_BOUNDS, DEFAULT_CLASSES } from "./register";
import { CLASSES } from "./register-words";

const PERCENT_FORMAT = "0%";

/** Where the template's parts are, for the pane and the tests. */
export interface RegisterTemplate {
  readonly layouts: readonly SheetLayout[];
  readonly registerSheet: string;
  /** 0-based header row of the register and its first and last risk rows. */
  readonly headerRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
  /** The outcome cells (capacity, simple sum, available, ratio, grade). */
  readonly outcome: Readonly<Record<"capacity" | "sum" | "available" | "ratio" | "grade", CellPos>>;
}

const HEADER_ROW = 3;
const OUT_COL = 11;

/**
 * The template in a language. `names` gives the sheets the class table and
 * the capacity got when they were written (a free name when the user had a
 * sheet of that name), so the outcome cells refer to them.
 */
export function registerTemplate(lang: Lang, names: { readonly classes?: string; readonly capacity?: string } = {}): RegisterTemplate {
  const t = (k: Parameters<typeof msg>[1]) => msg(lang, k as "risk.tpl.title");
  const registerSheet = t("risk.tpl.sheet");
  const classSheet = names.classes ?? t("risk.tpl.classSheet");
  const capacitySheet = names.capacity ?? t("risk.tpl.capacitySheet");

  // ---- the available capacity: lines, and their total
  const cap: LayoutCell[] = [
    { row: 0, col: 0, value: capacitySheet, style: "title" },
    { row: 2, col: 0, value: t("risk.tpl.description"), style: "header" },
    { row: 2, col: 1, value: t("risk.tpl.amount"), style: "header" },
  ];
  EXAMPLE_CAPACITY.forEach((l, i) => {
    cap.push({ row: 3 + i, col: 0, value: l.description[lang] });
    cap.push({ row: 3 + i, col: 1, value: l.amount, style: "input", numFmt: NUMBER_FORMATS.money });
  });
  const totalRow = 3 + EXAMPLE_CAPACITY.length;
  const totalCell = { row: totalRow, col: 1 };
  cap.push({ row: totalRow, col: 0, value: t("risk.tpl.total"), style: "output" });
  cap.push({ ...totalCell, formula: `SUM(${a1({ row: 3, col: 1 })}:${a1({ row: totalRow - 1, col: 1 })})`, style: "output", numFmt: NUMBER_FORMATS.money });
  cap.push({ row: totalRow + 2, col: 0, value: t("risk.tpl.capacityNote"), style: "assumption" });

  // ---- the probability classes the register takes
  const cls: LayoutCell[] = [
    { row: 0, col: 0, value: classSheet, style: "title" },
    { row: 2, col: 0, value: t("risk.tpl.class"), style: "header" },
    { row: 2, col: 1, value: t("risk.tpl.upTo"), style: "header" },
    { row: 2, col: 2, value: t("risk.tpl.taken"), style: "header" },
  ];
  CLASSES.forEach((c, i) => {
    cls.push({ row: 3 + i, col: 0, value: msg(lang, `risk.class.${c}`) });
    cls.push({ row: 3 + i, col: 1, value: CLASS_BOUNDS[c], numFmt: PERCENT_FORMAT });
    cls.push({ row: 3 + i, col: 2, value: DEFAULT_CLASSES.values[c], style: "input", numFmt: PERCENT_FORMAT });
  });
  cls.push({ row: 4 + CLASSES.length, col: 0, value: t("risk.tpl.classSource"), style: "assumption" });

  // ---- the register
  const heads = ["risk.tpl.no", "risk.tpl.risk", "risk.tpl.programme", "risk.tpl.probability", "risk.tpl.amount", "risk.tpl.minimum", "risk.tpl.mostLikely", "risk.tpl.maximum", "risk.tpl.nature", "risk.tpl.group"] as const;
  const reg: LayoutCell[] = [
    { row: 0, col: 0, value: t("risk.tpl.title"), style: "title" },
    { row: 1, col: 0, value: t("risk.tpl.intro"), style: "intro" },
  ];
  heads.forEach((h, col) => reg.push({ row: HEADER_ROW, col, value: t(h), style: "header" }));
  const firstRow = HEADER_ROW + 1;
  EXAMPLE_REGISTER.forEach((r, i) => {
    const row = firstRow + i;
    reg.push({ row, col: 0, value: i + 1 });
    reg.push({ row, col: 1, value: r.name[lang] });
    reg.push({ row, col: 2, value: r.programme[lang] });
    reg.push({ row, col: 3, value: r.probability, style: "input", numFmt: PERCENT_FORMAT });
    reg.push({ row, col: 4, value: r.amount, style: "input", numFmt: NUMBER_FORMATS.money });
    reg.push({ row, col: 8, value: t(r.nature === "structural" ? "risk.tpl.structural" : "risk.tpl.incidental") });
  });
  const lastRow = firstRow + EXAMPLE_REGISTER.length - 1;
  const range = (col: number) => `${a1({ row: firstRow, col })}:${a1({ row: lastRow, col })}`;

  // ---- the outcome, beside the register so it is never read as a risk
  const at = (i: number): CellPos => ({ row: HEADER_ROW + 1 + i, col: OUT_COL + 1 });
  const outcome = { capacity: at(0), sum: at(1), available: at(2), ratio: at(3), grade: at(4) };
  reg.push({ row: HEADER_ROW, col: OUT_COL, value: t("risk.tpl.outcome"), style: "header" });
  const line = (i: number, label: Parameters<typeof msg>[1], formula: string, numFmt?: string) => {
    reg.push({ row: at(i).row, col: OUT_COL, value: t(label) });
    reg.push({ ...at(i), formula, style: "output", ...(numFmt ? { numFmt } : {}) });
  };
  line(0, "risk.tpl.capacity", `BL.RISK.CAPACITY(${range(3)},${range(4)})`, NUMBER_FORMATS.money);
  line(1, "risk.tpl.sum", `SUM(${range(4)})`, NUMBER_FORMATS.money);
  line(2, "risk.tpl.available", `${quoteSheet(capacitySheet)}!${a1(totalCell)}`, NUMBER_FORMATS.money);
  line(3, "risk.tpl.ratio", `${a1(outcome.available)}/${a1(outcome.capacity)}`, "0.00");
  line(4, "risk.tpl.grade", `BL.RISK.GRADE(${a1(outcome.ratio)})`);
  reg.push({ row: at(6).row, col: OUT_COL, value: t("risk.tpl.formulaNote"), style: "note" });

  const sheet = (name: string, cells: LayoutCell[], columnWidths: number[]): SheetLayout => ({ name, cells, inputCells: {}, outputCells: {}, columnWidths, hiddenColumns: [] });
  return {
    layouts: [
      sheet(registerSheet, reg, [6, 52, 26, 10, 14, 12, 14, 12, 22, 18, 3, 46, 16]),
      sheet(classSheet, cls, [26, 12, 22]),
      sheet(capacitySheet, cap, [46, 16]),
    ],
    registerSheet,
    headerRow: HEADER_ROW,
    firstRow,
    lastRow,
    outcome,
  };
}
