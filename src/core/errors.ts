import type { BLError, ErrorCode, ErrorInfo, Label, LocalText, Result, Table, OutCell } from "./types";

export function blError(code: ErrorCode, reason: string, info: ErrorInfo = {}): BLError {
  return { kind: "error", code, reason, info };
}

/** An invalid argument: always #VALUE! (Excel shows a custom message only for #VALUE! and #N/A). */
export function invalid(reason: string, info: ErrorInfo = {}): BLError {
  return blError("#VALUE!", reason, info);
}

/** Valid inputs without a finite answer. */
export function noAnswer(reason: string, info: ErrorInfo = {}): BLError {
  return blError("#N/A", reason, info);
}

export const DIV0: BLError = blError("#DIV/0!", "divZero");

export function isError(x: unknown): x is BLError {
  return typeof x === "object" && x !== null && (x as { kind?: unknown }).kind === "error";
}

export function isTable(x: Result): x is Table {
  return typeof x === "object" && x.kind === "table";
}

export function isLocalText(x: Result): x is LocalText {
  return typeof x === "object" && x.kind === "text";
}

export function label(key: string): Label {
  return { kind: "label", key };
}

/** Division that yields #DIV/0! as data instead of Infinity or NaN. */
export function div(a: number, b: number): number | BLError {
  if (b === 0) return DIV0;
  const q = a / b;
  return Number.isFinite(q) ? q : DIV0;
}

/** Wraps a computed number so a non-finite result never leaks into a cell. */
export function finite(x: number): number | BLError {
  return Number.isFinite(x) ? x : blError("#N/A", "notFiniteResult");
}

/** A spill result; a number that overflowed becomes an error cell, never Infinity. */
export function table(rows: readonly (readonly OutCell[])[]): Table {
  const clean = rows.map((r) => r.map((c) => (typeof c === "number" ? finite(c) : c)));
  return { kind: "table", rows: clean };
}
