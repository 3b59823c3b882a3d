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

/** The JavaScript function Excel calls for one catalogue entry. */
export function excelFunction(spec: AnySpec, rt: ExcelRuntime): (...args: unknown[]) => unknown {
  return (...args: unknown[]) => {
    // Excel passes omitted optional arguments as null and may append an
    // invocation object; only the declared parameters are arguments.
    const raw = spec.params.map((_, i) => inArg(args[i] ?? undefined));
    const extra = args.slice(spec.params.length).filter((a) => a !== null && a !== undefined && !isInvocation(a));
    return toExcel(callFunction(spec, extra.length > 0 ? [...raw, ...extra.map(inArg)] : raw), rt, spec);
  };
}

function isInvocation(a: unknown): boolean {
  return typeof a === "object" && a !== null && !Array.isArray(a) && ("setResult" in a || "address" in a || "onCanceled" in a);
}
