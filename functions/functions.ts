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

/** Sheet and range of an address Excel gives ("'Blad 1'!B2:B5"); without a sheet, the active sheet's. */
function split(address: string): { sheet: string | null; range: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, range: address };
  const s = address.slice(0, bang);
  return { sheet: s.startsWith("'") && s.endsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s, range: address.slice(bang + 1) };
}

/** Excel answers within this time or the values are taken as Excel passed them. */
const EMPTY_CELLS_TIMEOUT_MS = 3000;

/**
 * Whether the cells at these addresses are empty (their valueTypes), read
 * through the shared runtime as Microsoft documents for custom functions
 * ("Call Excel JavaScript APIs from a custom function": reading only). On
 * the web an empty cell arrives as null already, so nothing is read there.
 */
async function emptyCells(addresses: readonly string[]): Promise<readonly (readonly (readonly boolean[])[] | null)[]> {
  if (Office.context?.platform === Office.PlatformType.OfficeOnline) return addresses.map(() => null);
  const ctx = new Excel.RequestContext();
  const ranges = addresses.map((a) => {
    const { sheet, range } = split(a);
    const ws = sheet === null ? ctx.workbook.worksheets.getActiveWorksheet() : ctx.workbook.worksheets.getItem(sheet);
    const r = ws.getRange(range);
    r.load("valueTypes");
    return r;
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("Excel did not answer")), EMPTY_CELLS_TIMEOUT_MS)));
  try {
    await Promise.race([ctx.sync(), late]);
  } finally {
    clearTimeout(timer);
  }
  return ranges.map((r) => r.valueTypes.map((row) => row.map((t) => String(t) === "Empty")));
}

const runtime: ExcelRuntime = {
  lang: displayLang,
  error: (code, message) => new CustomFunctions.Error(code as CustomFunctions.ErrorCode, message),
  emptyCells,
};

if (typeof CustomFunctions !== "undefined") {
  for (const spec of CATALOGUE) CustomFunctions.associate(spec.id, excelFunction(spec, runtime));
}
