// Excel's custom-function metadata (functions.json and its Dutch twin), derived
// from the catalogue. Every parameter is declared `any` so text, booleans and
// error values reach our validation and get a message that names the argument;
// Excel would otherwise answer #VALUE! without one.

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
  result: { type: "number" | "string" | "any"; dimensionality: "scalar" | "matrix" };
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
    result: spec.result === "table" ? { type: "any", dimensionality: "matrix" } : { type: spec.text ? "string" : "number", dimensionality: "scalar" },
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
