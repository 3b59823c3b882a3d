// How a template value is shown to a reader — in the pane, on the command line
// and in the council workbook — rounded as its unit deserves: euros whole with
// the € sign, shares as percentages, people and groups whole (nobody reads
// "115,50 children"), years to one decimal.

import type { Lang, Text } from "../core/types";
import { formatEuro, formatFixed, formatPercent } from "../i18n/format";
import type { OutputValue, ValueFormat } from "./types";

export type Display = "euro" | "percent" | "whole" | "oneDecimal" | "twoDecimals" | "threeDecimals" | "calendarYear";

/** Units that count whole things: a fraction of one is a modelling artefact, not news. */
const WHOLE_UNITS: ReadonlySet<string> = new Set(["children", "pupils", "persons", "households", "groups", "classrooms"]);

export function displayOf(format: ValueFormat, unit?: Text): Display {
  switch (format) {
    case "money":
      return "euro";
    case "share":
      return "percent";
    case "count":
      return "whole";
    case "years":
      return "oneDecimal";
    case "factor":
      return "threeDecimals";
    case "number":
      return unit && WHOLE_UNITS.has(unit.en) ? "whole" : "twoDecimals";
    case "year":
      return "calendarYear";
  }
}

/** A value as text; an error value shows its code and message. */
export function formatValue(v: OutputValue | number, format: ValueFormat, lang: Lang, unit?: Text): string {
  if (typeof v !== "number") return `${v.error} ${v.message}`;
  switch (displayOf(format, unit)) {
    case "euro":
      return formatEuro(v, lang);
    case "percent":
      return formatPercent(v, 1, lang);
    case "whole":
      return formatFixed(v, 0, lang);
    case "oneDecimal":
      return formatFixed(v, 1, lang);
    case "twoDecimals":
      return formatFixed(v, 2, lang);
    case "threeDecimals":
      return formatFixed(v, 3, lang);
    case "calendarYear":
      // 2026 in both languages: a year is never grouped (2.026) or given decimals.
      return String(Math.round(v));
  }
}

/** Excel's number format code for the same display (invariant codes; Excel shows them in the reader's locale). */
export const EXCEL_FORMATS: Readonly<Record<Display, string>> = {
  euro: '"€ "#,##0;-"€ "#,##0',
  percent: "0.0%",
  whole: "#,##0",
  oneDecimal: "#,##0.0",
  twoDecimals: "#,##0.00",
  threeDecimals: "0.000",
  calendarYear: "0",
};

export function excelFormat(format: ValueFormat, unit?: Text): string {
  return EXCEL_FORMATS[displayOf(format, unit)];
}
