// Writing blocks of inputs in parts small enough for one request each.

import type { BookOps, Input, Limits } from "../host/book";
import { jsonSize } from "./read";

/** Share of a request the inputs of one part may fill (formats and names ride along). */
const WRITE_MARGIN = 0.8;

/**
 * Writes `rows` with the top-left at (top, left), flushing whenever the
 * queued inputs would exceed a request. Returns the number of parts.
 */
export async function writeRows(ops: BookOps, limits: Limits, sheet: string, top: number, left: number, rows: readonly (readonly Input[])[]): Promise<number> {
  const budget = limits.bytesPerRequest * WRITE_MARGIN;
  let start = 0;
  let pending = 0;
  let parts = 0;
  for (let i = 0; i < rows.length; i++) {
    const bytes = jsonSize([rows[i] as readonly Input[]]);
    if (pending > 0 && pending + bytes > budget) {
      ops.write(sheet, top + start, left, rows.slice(start, i));
      await ops.flush();
      parts++;
      start = i;
      pending = 0;
    }
    pending += bytes;
  }
  if (rows.length > start) {
    ops.write(sheet, top + start, left, rows.slice(start));
    parts++;
  }
  return parts;
}

/** A sheet name not yet taken (Excel compares names without case): `base`, `base (2)`, … */
export function freeSheetName(base: string, taken: Iterable<string>): string {
  const names = new Set([...taken].map((n) => n.toLowerCase()));
  if (!names.has(base.toLowerCase())) return base;
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`;
    // Excel allows 31 characters in a sheet name.
    const name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    if (!names.has(name.toLowerCase())) return name;
  }
}
