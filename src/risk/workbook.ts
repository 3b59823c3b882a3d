// A risk register inside a workbook given as sheets of values: the register
// sheet, its probability classes and its available capacity. Pure, so the
// council export of the command line and the task pane find the same register
// and compute the same paragraph.

import type { AmountFactor } from "../budget/caption";
import { HEADER_SEARCH_ROWS } from "../budget/table";
import { DEFAULT_CLASSES, detectRegisterHeader, readAvailableCapacity, readClassTable, readRegisterRows, type AvailableCapacity, type RegisterRead } from "./register";
import { CAPACITY_SHEETS, CLASS_SHEETS } from "./register-words";
import { riskReport, type RiskReport } from "./report";
import { simulate, type SimulationOptions } from "./simulate";
import { isError } from "../core/errors";

export type Sheets = Readonly<Record<string, readonly (readonly unknown[])[]>>;

export interface WorkbookRegister {
  readonly sheet: string;
  readonly read: RegisterRead;
  readonly available: (AvailableCapacity & { readonly sheet: string }) | null;
}

const named = (names: readonly string[]) => (n: string) => names.includes(n.trim().toLowerCase());

/** The first sheet (in order) with a register header and at least one risk, read with the workbook's class and capacity sheets. */
export function findRegister(sheets: Sheets, order: readonly string[] = Object.keys(sheets)): WorkbookRegister | null {
  const classSheet = order.find(named(CLASS_SHEETS));
  const capacitySheet = order.find(named(CAPACITY_SHEETS));
  const classes = (classSheet && readClassTable(sheets[classSheet] ?? [], classSheet)) || DEFAULT_CLASSES;
  const capacity = capacitySheet ? readAvailableCapacity(sheets[capacitySheet] ?? []) : null;
  for (const name of order) {
    if (name === classSheet || name === capacitySheet) continue;
    const rows = sheets[name] ?? [];
    if (!detectRegisterHeader(rows.slice(0, HEADER_SEARCH_ROWS))) continue;
    const read = readRegisterRows(rows, { classes });
    if (read.risks.length === 0) continue;
    return { sheet: name, read, available: capacity && capacitySheet ? { ...capacity, sheet: capacitySheet } : null };
  }
  return null;
}

/** The paragraph of a council workbook: the register's simulation with its contributions. */
export interface CouncilRisk {
  readonly report: RiskReport;
  readonly sheet: string;
  /** Where the available capacity comes from: a sheet, or null when none is known. */
  readonly availableSheet: string | null;
  /** The register's unit as its amount column states it; null when it states none. */
  readonly factor: AmountFactor | null;
}

/** The register's paragraph, simulated with the default seed and the automatic run count unless told otherwise. */
export function councilRisk(sheets: Sheets, order?: readonly string[], options: SimulationOptions = {}): CouncilRisk | null {
  const reg = findRegister(sheets, order);
  if (!reg) return null;
  const sim = simulate(reg.read.risks, { ...options, contributions: true });
  if (isError(sim)) return null;
  return { report: riskReport(reg.read.risks, sim, reg.available?.total ?? null), sheet: reg.sheet, availableSheet: reg.available?.sheet ?? null, factor: reg.read.factor };
}
