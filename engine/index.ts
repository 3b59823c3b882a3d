// The embedded engine: HyperFormula with the BL functions, in English or Dutch.

import { HyperFormula, type RawCellContent, type RawTranslationPackage, type SimpleCellAddress } from "hyperformula";
import type { Lang } from "../src/core/types";
import { installLimits } from "./limits";
import { BL_TRANSLATIONS, BLPlugin, ERROR_CODES, HF_LANG, takeResizes } from "./plugin";

// The language packs are subpath exports, which "node" module resolution cannot type.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nlNL = (require("hyperformula/commonjs/i18n/languages/nlNL") as { default: RawTranslationPackage }).default;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const enUS = (require("hyperformula/commonjs/i18n/languages/enUS") as { default: RawTranslationPackage }).default;

/** Dutch Excel's names of the error values, for readable output. */
export function localErrorCode(code: string, lang: Lang): string {
  if (lang === "en") return code;
  const type = Object.entries(ERROR_CODES).find(([, c]) => c === code)?.[0];
  const errors = (nlNL as unknown as { errors: Record<string, string> }).errors;
  return (type && errors[type]) || code;
}

let registered = false;

/** Excel's last row: no sheet is longer. */
const EXCEL_ROWS = 1_048_576;

/**
 * Registers the engine's languages and the BL functions with HyperFormula,
 * once; every engine does this on construction, and code that translates
 * function names needs it without building an engine.
 */
export function registerEngine(): void {
  register();
}

function register(): void {
  if (registered) return;
  // Languages first: HyperFormula rejects function translations for unknown languages.
  if (!HyperFormula.getRegisteredLanguagesCodes().includes(HF_LANG.nl)) HyperFormula.registerLanguage(HF_LANG.nl, nlNL);
  if (!HyperFormula.getRegisteredLanguagesCodes().includes("enUS")) HyperFormula.registerLanguage("enUS", enUS);
  HyperFormula.registerFunctionPlugin(BLPlugin, BL_TRANSLATIONS);
  installLimits();
  registered = true;
}

export interface EngineOptions {
  lang?: Lang;
  /** Sheet size limits; HyperFormula's defaults (40,000 rows, 18,278 columns) when absent. */
  maxRows?: number;
  maxColumns?: number;
}

/**
 * A workbook on the embedded engine. Every change goes through here so that BL
 * tables whose size changed are re-entered: HyperFormula fixes a spill's size
 * when it parses the formula, Excel resizes freely.
 */
export class BLWorkbook {
  readonly hf: HyperFormula;
  readonly lang: Lang;

  constructor(sheets: Record<string, RawCellContent[][]> = { Sheet1: [] }, options: EngineOptions = {}) {
    register();
    this.lang = options.lang ?? "en";
    // HyperFormula refuses sheets past 40,000 rows by default; a sheet given to it
    // (a budget a formula reads) may be longer, up to Excel's own sheet size.
    let rows = 0;
    for (const content of Object.values(sheets)) rows = Math.max(rows, content.length);
    this.hf = HyperFormula.buildFromSheets(sheets, {
      ...(rows > 40_000 ? { maxRows: Math.min(rows, EXCEL_ROWS) } : {}),
      licenseKey: "gpl-v3",
      language: HF_LANG[this.lang],
      // Invariant syntax: "," between arguments, "." as decimal point, ";" between array rows.
      functionArgSeparator: ",",
      decimalSeparator: ".",
      thousandSeparator: "",
      arrayColumnSeparator: ",",
      arrayRowSeparator: ";",
      useArrayArithmetic: false,
      precisionRounding: 15,
      smartRounding: false,
      ...(options.maxRows !== undefined ? { maxRows: options.maxRows } : {}),
      ...(options.maxColumns !== undefined ? { maxColumns: options.maxColumns } : {}),
    });
    this.settle();
  }

  setCell(address: SimpleCellAddress, content: RawCellContent): void {
    this.hf.setCellContents(address, [[content]]);
    this.settle();
  }

  setSheet(sheet: number, content: RawCellContent[][]): void {
    this.hf.setSheetContent(sheet, content);
    this.settle();
  }

  /** Re-enter array formulas whose result outgrew or shrank below their spill. */
  settle(): void {
    for (let round = 0; round < 5; round++) {
      const pending = takeResizes(this.hf.dependencyGraph);
      if (pending.length === 0) return;
      this.hf.batch(() => {
        for (const a of pending) {
          const formula = this.hf.getCellFormula(a);
          if (formula !== undefined) this.hf.setCellContents(a, [[formula]]);
        }
      });
    }
  }

  destroy(): void {
    this.hf.destroy();
  }
}
