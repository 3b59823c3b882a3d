// Registers every catalogue function with Excel's custom-functions runtime.
// Loaded by the task pane page: task pane and functions share one runtime.

import { CATALOGUE } from "../src/catalogue";
import type { Lang } from "../src/core/types";
import { excelFunction, type ExcelRuntime } from "./adapter";

function displayLang(): Lang {
  try {
    return Office.context.displayLanguage.toLowerCase().startsWith("nl") ? "nl" : "en";
  } catch {
    return "en";
  }
}

const runtime: ExcelRuntime = {
  lang: displayLang,
  error: (code, message) => new CustomFunctions.Error(code as CustomFunctions.ErrorCode, message),
};

if (typeof CustomFunctions !== "undefined") {
  for (const spec of CATALOGUE) CustomFunctions.associate(spec.id, excelFunction(spec, runtime));
}
