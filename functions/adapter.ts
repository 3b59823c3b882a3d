// Translates between Excel's custom-function values and the core. Kept free of
// globals so it can be tested without Excel; functions.ts wires in the runtime.

import { isError, isLocalText, isTable } from "../src/core/errors";
import type { AnySpec } from "../src/core/spec";
import type { BLError, InArg, InCell, Lang, Result } from "../src/core/types";
import { callFunction } from "../src/core/validate";
import { explain } from "../src/i18n/messages";
import { localizeTable } from "../src/i18n/localize";

export interface ExcelRuntime {
  /** The user's display language, read on every call (Excel can switch it). */
  lang(): Lang;
  /** new CustomFunctions.Error(code, message) */
  error(code: string, message?: string): unknown;
  /**
   * Which cells at these addresses ("Blad1!B1", "'Blad 1'!A2:A9") are empty,
   * cell by cell; null for an address it cannot tell. Given where Excel
   * passes a referenced empty cell as 0 (desktop); the adapter asks only
   * about arguments that arrived as 0 from a reference.
   */
  emptyCells?(addresses: readonly string[]): Promise<readonly (readonly (readonly boolean[])[] | null)[]>;
}

type ExcelScalar = number | string | boolean | null | undefined | { code?: unknown };

function inCell(v: ExcelScalar): InCell {
  if (v === undefined || v === null) return null;
  if (typeof v === "object") return { kind: "errorValue", code: typeof v.code === "string" ? v.code : "#VALUE!" };
  return v;
}

export function inArg(v: unknown): InArg {
  if (v === undefined) return undefined;
  if (Array.isArray(v)) return v.map((row: unknown) => (Array.isArray(row) ? row.map((c) => inCell(c as ExcelScalar)) : [inCell(row as ExcelScalar)]));
  return inCell(v as ExcelScalar);
}

function outError(e: BLError, rt: ExcelRuntime, lang: Lang, spec: AnySpec): unknown {
  // Excel shows a custom message only on #VALUE! and #N/A.
  return e.code === "#VALUE!" || e.code === "#N/A" ? rt.error(e.code, explain(e, lang, spec)) : rt.error(e.code);
}

export function toExcel(r: Result, rt: ExcelRuntime, spec: AnySpec): unknown {
  const lang = rt.lang();
  if (isError(r)) return outError(r, rt, lang, spec);
  if (isLocalText(r)) return r.text[lang];
  if (isTable(r)) {
    // Empty cells of a spill are written as "" (Excel custom functions have no blank).
    return localizeTable(r, lang).map((row) => row.map((c) => (c === null ? "" : isError(c) ? outError(c, rt, lang, spec) : c)));
  }
  return r;
}

/**
 * An argument that arrived as 0 may be an empty cell (Excel desktop): where
 * the cell at its address is empty, the 0 becomes what an empty cell is on
 * every platform — an omitted argument (null), or a skipped cell of a range.
 */
function withEmptyCells(arg: unknown, empty: readonly (readonly boolean[])[] | null | undefined): unknown {
  if (!empty) return arg;
  if (arg === 0) return empty[0]?.[0] === true ? null : arg;
  if (!Array.isArray(arg)) return arg;
  return arg.map((row: unknown, i) => (Array.isArray(row) ? row.map((c: unknown, j) => (c === 0 && empty[i]?.[j] === true ? null : c)) : row));
}

function hasZero(arg: unknown): boolean {
  return arg === 0 || (Array.isArray(arg) && arg.some((row: unknown) => (Array.isArray(row) ? row.includes(0) : row === 0)));
}

/** The addresses Excel gave (requiresParameterAddresses), from the invocation object after the arguments. */
function parameterAddresses(args: readonly unknown[], count: number): readonly (string | undefined)[] | null {
  const last = args[args.length - 1];
  if (args.length <= count || !isInvocation(last)) return null;
  const pa = (last as { parameterAddresses?: unknown }).parameterAddresses;
  return Array.isArray(pa) ? pa.map((a) => (typeof a === "string" && a !== "" ? a : undefined)) : null;
}

/** The JavaScript function Excel calls for one catalogue entry. *//** The JavaScript function Excel calls for one catalogue entry. */
export function excelFunction(spec: AnySpec, rt: ExcelRuntime): (...args: unknown[]) => unknown {
  const count = spec.params.length;
  const compute = (args: readonly unknown[]): unknown => {
    // Excel passes omitted optional arguments as null and may append an
    // invocation object; only the declared parameters are arguments. One
    // array per call, filled in place: this runs for every cell Excel recalculates.
    const raw: InArg[] = new Array<InArg>(count);
    for (let i = 0; i < count; i++) raw[i] = inArg(args[i] ?? undefined);
    // Anything more (a value past the declared parameters) goes to the check, which refuses it.
    for (let i = count; i < args.length; i++) {
      const a = args[i];
      if (a !== null && a !== undefined && !isInvocation(a)) raw.push(inArg(a));
    }
    const out = toExcel(callFunction(spec, raw), rt, spec);
    // The metadata declares every result a matrix (for the argument addresses): one value is a table of one cell.
    return spec.result === "table" ? out : [[out]];
  };
  return (...args: unknown[]) => {
    const addresses = rt.emptyCells ? parameterAddresses(args, count) : null;
    let ask: { index: number; address: string }[] | null = null;
    if (addresses) {
      for (let i = 0; i < count; i++) {
        const address = addresses[i];
        if (address !== undefined && hasZero(args[i])) (ask ??= []).push({ index: i, address });
      }
    }
    if (ask === null || !rt.emptyCells) return compute(args);
    const asked = ask;
    // Only a 0 from a reference can be an empty cell: Excel says which (one read, see functions.ts).
    return rt.emptyCells(asked.map((a) => a.address)).then(
      (empty) => {
        const fixed = [...args];
        asked.forEach((a, k) => (fixed[a.index] = withEmptyCells(args[a.index], empty[k])));
        return compute(fixed);
      },
      // Excel could not say (busy editing a cell, say): the values as Excel passed them.
      () => compute(args),
    );
  };
}

function isInvocation(a: unknown): boolean {
  return typeof a === "object" && a !== null && !Array.isArray(a) && ("setResult" in a || "address" in a || "onCanceled" in a || "parameterAddresses" in a || "functionName" in a);
}
