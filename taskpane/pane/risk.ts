// The pane's risk simulation, without a DOM: insert the register template,
// find the register in the workbook and simulate it, and keep the ranges of
// the scenario templates' inputs in the workbook. Same core as the command
// line (src/risk), so the same register and seed give the same figures.

import type { Lang } from "../../src/core/types";
import { isError } from "../../src/core/errors";
import { text } from "../../src/i18n/catalogue";
import { explain } from "../../src/i18n/messages";
import { registerTemplate } from "../../src/risk/register-template";
import { riskReport, type RiskReport } from "../../src/risk/report";
import { simulate, type SimulationOptions } from "../../src/risk/simulate";
import { RISK_FIELD_SPEC } from "../../src/risk/validate";
import { findRegister, type WorkbookRegister } from "../../src/risk/workbook";
import type { InputRange } from "../../src/risk/uncertainty";
import type { Host, SheetCell } from "../host/types";
import { PaneError } from "./run";
import { layoutCells } from "./scenarios";
import { RANGES_SHEET, readSheets } from "./workbook-sheets";

/**
 * Inserts the register template: its capacity and class sheets first, so the
 * register's outcome cells can name them as they were actually called (a
 * free name when the user has a sheet of that name).
 */
export async function insertRegister(host: Host, lang: Lang): Promise<string> {
  const draft = registerTemplate(lang);
  const [, classLayout, capacityLayout] = draft.layouts;
  const classes = classLayout ? await host.writeSheet(classLayout.name, layoutCells(classLayout), { widths: classLayout.columnWidths }) : undefined;
  const capacity = capacityLayout ? await host.writeSheet(capacityLayout.name, layoutCells(capacityLayout), { widths: capacityLayout.columnWidths }) : undefined;
  const final = registerTemplate(lang, { ...(classes ? { classes } : {}), ...(capacity ? { capacity } : {}) });
  const reg = final.layouts[0];
  if (!reg) throw new Error("register template without a register");
  return host.writeSheet(reg.name, layoutCells(reg), { activate: true, widths: reg.columnWidths });
}

export interface RiskRun {
  readonly register: WorkbookRegister;
  readonly report: RiskReport;
  /** Where the available capacity comes from: typed in the pane, a sheet, or nowhere. */
  readonly availableFrom: "typed" | "sheet" | null;
}

/** Finds the register and simulates it; an available capacity typed in the pane wins over the sheet's. */
export async function runRisk(host: Host, options: SimulationOptions, available: number | null): Promise<RiskRun> {
  const { sheets, order } = await readSheets(host);
  const register = findRegister(sheets, order);
  if (!register) throw new PaneError(text("pane.risk.noRegister"));
  const sim = simulate(register.read.risks, { ...options, contributions: true });
  if (isError(sim)) throw new PaneError({ nl: explain(sim, "nl", RISK_FIELD_SPEC), en: explain(sim, "en", RISK_FIELD_SPEC) });
  const avail = available ?? register.available?.total ?? null;
  return { register, report: riskReport(register.read.risks, sim, avail), availableFrom: available !== null ? "typed" : register.available ? "sheet" : null };
}

// ---- ranges on template inputs -------------------------------------------------------------

/**
 * The ranges live in a hidden sheet "_ranges" in long form, like the stored
 * scenarios: template, input key, low, high. They travel with the workbook.
 */
export { RANGES_SHEET };
export const RANGES_HEADER = ["template", "key", "low", "high"] as const;

export async function readRanges(host: Host, template: string): Promise<InputRange[]> {
  const rows = (await host.readSheet(RANGES_SHEET)) ?? [];
  const out: InputRange[] = [];
  for (const r of rows.slice(1)) {
    const [t, key, low, high] = r;
    if (t === template && typeof key === "string" && typeof low === "number" && typeof high === "number") out.push({ key, low, high });
  }
  return out;
}

/** Keeps the ranges of one template, and the others' as they were. */
export async function writeRanges(host: Host, template: string, ranges: readonly InputRange[]): Promise<void> {
  const rows = (await host.readSheet(RANGES_SHEET)) ?? [];
  const kept = rows.slice(1).filter((r) => r[0] !== template && typeof r[0] === "string" && r[0] !== "");
  const all: (readonly unknown[])[] = [[...RANGES_HEADER], ...kept, ...ranges.map((r) => [template, r.key, r.low, r.high])];
  const cells: SheetCell[] = [];
  all.forEach((r, i) =>
    r.forEach((v, j) => {
      if (typeof v === "string" || typeof v === "number") cells.push({ row: i + 1, col: j + 1, value: v, ...(i === 0 ? { bold: true } : {}) });
    }),
  );
  await host.writeSheet(RANGES_SHEET, cells, { hidden: true, replace: true, replaceIfHeader: [...RANGES_HEADER] });
}
