// The workbook's sheets as values, for what the pane finds by looking at
// every sheet (a risk register, the council workbook's paragraph). The
// add-in's own data sheets are left out.

import type { Sheets } from "../../src/risk/workbook";
import { SCENARIO_SHEET } from "../../src/scenarios/scenarios";
import { RESULT_SHEET, type Host } from "../host/types";

/** The hidden sheet of the ranges on template inputs (./risk.ts). */
export const RANGES_SHEET = "_ranges";

/** Every sheet's values, the active one first: a register is looked for where the user is. */
export async function readSheets(host: Host): Promise<{ sheets: Sheets; order: string[] }> {
  const { names, active } = await host.listSheets();
  const own = new Set([SCENARIO_SHEET, RANGES_SHEET, RESULT_SHEET.toLowerCase()]);
  const order = [active, ...names.filter((n) => n !== active)].filter((n) => !own.has(n.toLowerCase()));
  const sheets: Record<string, unknown[][]> = {};
  for (const n of order) {
    const rows = await host.readSheet(n);
    if (rows) sheets[n] = rows;
  }
  return { sheets, order };
}
