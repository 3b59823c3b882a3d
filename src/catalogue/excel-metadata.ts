// Excel's custom-function metadata (functions.json and its Dutch twin), derived
// from the catalogue. Every parameter is declared `any` so text, booleans and
// error values reach our validation and get a message that names the argument;
// Excel would otherwise answer #VALUE! without one.
//
// Every function asks for its arguments' addresses (requiresParameterAddresses):
// Excel desktop passes a referenced empty cell as 0, Excel on the web as null,
// and only the address lets the adapter tell an empty cell from a 0
// (functions/adapter.ts; the rule is in the README, "Empty cells"). Excel gives
// addresses only to functions whose result is a matrix, so a single value is
// returned as a table of one cell.

import { isOptional, isRangeParam, type AnySpec } from "../core/spec";
import type { Lang } from "../core/types";
import { allowed } from "./docs";
import { CATALOGUE } from "./index";

export interface ExcelParameter {
  name: string;
  description: string;
  type: "any";
  dimensionality: "scalar" | "matrix";
  optional: boolean;
}

export interface ExcelFunction {
  id: string;
  name: string;
  description: string;
  result: { type: "number" | "string" | "any"; dimensionality: "matrix" };
  options: { requiresParameterAddresses: true };
  parameters: ExcelParameter[];
}

export interface ExcelMetadata {
  allowErrorForDataTypeAny: true;
  functions: ExcelFunction[];
}

function excelFunction(spec: AnySpec, lang: Lang): ExcelFunction {
  return {
    id: spec.id,
    name: spec.name[lang],
    description: spec.description[lang],
    result: spec.result === "table" ? { type: "any", dimensionality: "matrix" } : { type: spec.text ? "string" : "number", dimensionality: "matrix" },
    options: { requiresParameterAddresses: true },
    parameters: spec.params.map((p) => ({
      name: lang === "nl" ? p.nl : p.id,
      description: `${p.help[lang]} (${allowed(p, lang)})`,
      type: "any",
      dimensionality: isRangeParam(p) ? "matrix" : "scalar",
      optional: isOptional(p),
    })),
  };
}

export function excelMetadata(lang: Lang, catalogue: readonly AnySpec[] = CATALOGUE): ExcelMetadata {
  return { allowErrorForDataTypeAny: true, functions: catalogue.map((s) => excelFunction(s, lang)) };
}
