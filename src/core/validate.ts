// Argument checks driven by the catalogue's parameter metadata, the way
// HyperFormula's plugins declare types and ranges instead of checking by hand.

import { finite, invalid, isError } from "./errors";
import { isRangeParam, type AnySpec, type ParamSpec, type RowsParam } from "./spec";
import type { BLError, ErrorInfo, InArg, InCell, NumRange, Result } from "./types";

type Value = number | string | readonly number[] | readonly string[] | readonly (readonly number[])[];
// (a "code" argument is a string or a number, both already in Value)
/** One position of a range: a number, a code, a row of numbers, or null for an empty position. */
type Entry = number | string | readonly number[] | null;
/** An optional range that was left out: an empty list, and no part of the alignment. */
const OMITTED: readonly Entry[] = [];

function isMatrix(x: InArg): x is readonly (readonly InCell[])[] {
  return Array.isArray(x);
}

function isEmptyCell(c: InCell | undefined): boolean {
  return c === undefined || c === null || (typeof c === "string" && c.trim() === "");
}

function describe(c: InCell): number | string | boolean {
  if (c === null) return "";
  if (typeof c === "object") return c.code;
  return c;
}

/** 1×1 ranges count as a single value; anything larger is not a scalar. */
function scalarOf(x: InArg): InCell | undefined | "range" {
  if (!isMatrix(x)) return x;
  if (x.length === 1 && x[0]?.length === 1) return x[0][0];
  if (x.length === 0 || x.every((r) => r.length === 0)) return undefined;
  return "range";
}

export function inRange(v: number, r: NumRange | undefined): boolean {
  if (!r) return true;
  if (r.integer && !Number.isInteger(v)) return false;
  if (r.min !== undefined && (r.minOpen ? v <= r.min : v < r.min)) return false;
  if (r.max !== undefined && (r.maxOpen ? v >= r.max : v > r.max)) return false;
  return true;
}

/** A share typed as a whole number (30 for 30%) gets a hint, if 30% would be allowed. */
function percentHint(v: number, r: NumRange | undefined): number | undefined {
  if (v <= 1 || v > 100) return undefined;
  const hint = v / 100;
  return inRange(hint, r) ? hint : undefined;
}

/** Percentage points typed as points (0.5 for half a point) get a hint, if v/100 is allowed. */
function pointsHint(v: number, r: NumRange | undefined): number | undefined {
  if (v === 0 || Math.abs(v) > 100) return undefined;
  const hint = v / 100;
  return inRange(hint, r) ? hint : undefined;
}

export function checkNumber(
  p: { id: string; range?: NumRange; share?: boolean; points?: boolean },
  c: InCell,
  index?: number,
): number | BLError {
  // The common case first, without building anything.
  if (typeof c === "number" && Number.isFinite(c) && inRange(c, p.range)) return c;
  const at: ErrorInfo = index === undefined ? { arg: p.id } : { arg: p.id, index };
  if (typeof c === "string") return invalid("text", { ...at, value: c, ...rangeOf(p) });
  if (typeof c === "boolean") return invalid("boolean", { ...at, value: c, ...rangeOf(p) });
  if (c !== null && typeof c === "object") return invalid("errorValue", { ...at, value: c.code, ...rangeOf(p) });
  if (typeof c !== "number" || !Number.isFinite(c)) return invalid("notFinite", { ...at, value: String(c), ...rangeOf(p) });
  if (!inRange(c, p.range)) {
    if (p.points) {
      const hint = pointsHint(c, p.range);
      return invalid("range", { ...at, value: c, ...rangeOf(p), points: true, ...(hint === undefined ? {} : { hint }) });
    }
    const hint = p.share ? percentHint(c, p.range) : undefined;
    return invalid("range", { ...at, value: c, ...rangeOf(p), ...(hint === undefined ? {} : { hint }) });
  }
  return c;
}

function rangeOf(p: { range?: NumRange }): { range?: NumRange } {
  return p.range ? { range: p.range } : {};
}

function cellsOf(x: InArg): readonly (InCell | undefined)[] {
  if (!isMatrix(x)) return [x];
  // A single column (the usual range) needs no copy beyond reading it row by row.
  return x.length === 1 ? (x[0] as readonly InCell[]) : x.flat();
}

/** Numbers or codes from a range; `null` marks an empty position for alignment. */
function listOf(p: ParamSpec, x: InArg): (number | string | null)[] | BLError {
  const out: (number | string | null)[] = [];
  const cells = cellsOf(x);
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (c === undefined || isEmptyCell(c)) {
      out.push(p.type === "codes" && p.blanks ? "" : null);
      continue;
    }
    if (p.type === "codes") {
      if (typeof c === "string") out.push(c.trim());
      // 01.11 typed as a number arrives as 1.11: the leading zero and the group are gone.
      else if (typeof c === "number" && p.names && Number.isFinite(c)) out.push(String(c));
      else if (typeof c === "number") return invalid("codeAsNumber", { arg: p.id, index: i + 1, value: c });
      else if (typeof c === "boolean") return invalid("codeType", { arg: p.id, index: i + 1, value: c });
      else return invalid("errorValue", { arg: p.id, index: i + 1, value: describe(c) });
      continue;
    }
    if (p.type !== "numbers") return invalid("internal", { arg: p.id });
    const n = checkNumber(p, c, i + 1);
    if (isError(n)) return n;
    out.push(n);
  }
  return out;
}

/** The rows of a range, each checked cell by cell; a row of empty cells is null (a gap). */
function rowsOf(p: RowsParam, x: InArg): (readonly number[] | null)[] | BLError {
  const rows: readonly (readonly (InCell | undefined)[])[] = isMatrix(x) ? x : [[x]];
  const out: (readonly number[] | null)[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as readonly (InCell | undefined)[];
    if (row.every((c) => isEmptyCell(c))) {
      out.push(null);
      continue;
    }
    if (!p.widths.includes(row.length)) return invalid("width", { arg: p.id, value: row.length, other: p.widths.join(",") });
    const nums: number[] = [];
    for (const c of row) {
      if (isEmptyCell(c)) return invalid("emptyCell", { arg: p.id, index: i + 1 });
      const n = checkNumber(p, c as InCell, i + 1);
      if (isError(n)) return n;
      nums.push(n);
    }
    out.push(nums);
  }
  return out;
}

function validateOne(p: ParamSpec, x: InArg): Value | null | BLError {
  if (p.type === "number" && typeof x === "number") return checkNumber(p, x);
  if (isRangeParam(p)) {
    // An omitted range is missing (or, when optional, an empty list); a range of empty cells is an empty list.
    if (x === undefined || x === null) return p.type !== "rows" && p.optional ? (OMITTED as Value) : invalid("missing", { arg: p.id });
    return (p.type === "rows" ? rowsOf(p, x) : listOf(p, x)) as Value | BLError;
  }
  const c = scalarOf(x);
  if (c === "range") return invalid("notScalar", { arg: p.id });
  if (c === undefined || isEmptyCell(c)) {
    if (p.default !== undefined) return p.default;
    return invalid("missing", { arg: p.id });
  }
  if (p.type === "number") return checkNumber(p, c);
  if (p.type === "code" && typeof c === "number" && Number.isFinite(c)) return c;
  if (typeof c === "string") return c;
  if (typeof c === "number" && Number.isFinite(c)) return String(c);
  if (typeof c === "boolean") return invalid("textBoolean", { arg: p.id, value: c });
  return invalid("errorValue", { arg: p.id, value: describe(c) });
}

const alignedIndex = new WeakMap<readonly ParamSpec[], readonly number[]>();

function alignedOf(params: readonly ParamSpec[]): readonly number[] {
  let idx = alignedIndex.get(params);
  if (!idx) {
    idx = params.flatMap((p, i) => (isRangeParam(p) && p.aligned ? [i] : []));
    alignedIndex.set(params, idx);
  }
  return idx;
}

/**
 * Aligned ranges: equal length; a position empty in every range is skipped,
 * half-empty is an error. An omitted optional range takes no part, and a
 * range whose empty cells are blank codes never counts as empty.
 */
function align(params: readonly ParamSpec[], values: (Value | null)[]): BLError | undefined {
  const idx = alignedOf(params).filter((i) => values[i] !== OMITTED);
  if (idx.length === 0) return undefined;
  const lists = idx.map((i) => values[i] as Entry[]);
  const lengths = lists.map((l) => l.length);
  if (lengths.some((n) => n !== lengths[0])) {
    return invalid("unequalLengths", { arg: params[idx[0] ?? 0]?.id ?? "", lengths, other: idx.map((i) => params[i]?.id).join(",") });
  }
  const blank = idx.map((i) => {
    const p = params[i];
    return p?.type === "codes" && p.blanks === true;
  });
  const keep: number[] = [];
  for (let k = 0; k < (lengths[0] ?? 0); k++) {
    let missing = -1;
    let filled = false;
    lists.forEach((l, j) => {
      const e = l[k];
      if (blank[j]) filled ||= e !== "" && e !== null;
      else if (e === null) missing = missing < 0 ? j : missing;
      else filled = true;
    });
    if (missing < 0) keep.push(k);
    else if (filled) return invalid("emptyCell", { arg: params[idx[missing] ?? 0]?.id ?? "", index: k + 1 });
  }
  idx.forEach((i, j) => {
    const l = lists[j] ?? [];
    values[i] = keep.map((k) => l[k]) as Value;
  });
  return undefined;
}

/** Per function, decided once from its catalogue entry: every parameter is a single value (no range to copy or align). */
const singleValues = new WeakMap<AnySpec, boolean>();

function takesSingleValues(spec: AnySpec): boolean {
  let single = singleValues.get(spec);
  if (single === undefined) {
    single = spec.params.every((p) => !isRangeParam(p));
    singleValues.set(spec, single);
  }
  return single;
}

export function validateArgs(spec: AnySpec, raw: readonly InArg[]): Record<string, Value> | BLError {
  const params = spec.params;
  if (raw.length > params.length) return invalid("tooManyArgs", { limit: params.length, value: raw.length });
  if (takesSingleValues(spec)) {
    // Single values only (the closed-form models): each argument checked where it is, into the
    // record compute reads; no list of values, no alignment pass.
    const args: Record<string, Value> = {};
    for (let i = 0; i < params.length; i++) {
      const p = params[i] as ParamSpec;
      const x = raw[i];
      // The common case without a call: a finite number inside the range of a number parameter.
      const v = p.type === "number" && typeof x === "number" && x - x === 0 && inRange(x, p.range) ? x : validateOne(p, x);
      if (isError(v)) return v;
      args[p.id] = v as Value;
    }
    return args;
  }
  const values: (Value | null)[] = [];
  for (let i = 0; i < spec.params.length; i++) {
    const p = spec.params[i] as ParamSpec;
    const v = validateOne(p, raw[i]);
    if (isError(v)) return v;
    values.push(v);
  }
  const misaligned = align(spec.params, values);
  if (misaligned) return misaligned;
  const args: Record<string, Value> = {};
  for (let i = 0; i < spec.params.length; i++) {
    let v = values[i] as Value;
    // Unaligned ranges simply skip their empty cells.
    if (Array.isArray(v) && (v as unknown[]).includes(null)) v = (v as Entry[]).filter((e) => e !== null) as Value;
    args[(spec.params[i] as ParamSpec).id] = v;
  }
  return args;
}

/** Validate, then compute; every error carries the function's id for its message. */
export function callFunction(spec: AnySpec, raw: readonly InArg[]): Result {
  const args = validateArgs(spec, raw);
  let result = isError(args) ? args : spec.compute(args as never);
  // One place guarantees that no Infinity or NaN reaches a cell.
  if (typeof result === "number" && !Number.isFinite(result)) result = finite(result);
  if (isError(result) && result.info.fn === undefined) {
    return { ...result, info: { ...result.info, fn: spec.id } };
  }
  return result;
}
