// The paragraph weerstandsvermogen's sheets carry the register's unit: euros
// with the € sign when the register states none (or euros), plain numbers and
// the unit said once when it counts in thousands, so "€ 1.500" never stands
// for one and a half million.

import { msg } from "../../src/i18n/catalogue";
import { paragraphSheets } from "../../src/risk/report";
import { councilRisk } from "../../src/risk/workbook";
import { EXCEL_FORMATS } from "../../src/scenarios/format";
import { NUMBER_FORMATS } from "../../src/scenarios/types";

const NAMES = { figures: "Weerstandsvermogen", histogram: "Histogram" };

function register(amountHeader: string) {
  const rows = [
    ["Risico", "Kans", amountHeader],
    ["Grondexploitatie", "30%", 1500],
    ["Jeugdzorg", "50%", 1200],
    ["Cao", "50%", 450],
  ];
  const risk = councilRisk({ Risico: rows }, ["Risico"], { seed: 1, runs: 2000 });
  if (!risk) throw new Error("no register read");
  return risk;
}

/** The formats of the amounts: the capacity (first figure), each risk's maximum and contribution, the bands' bounds. */
function moneyFormats(cells: readonly { row: number; col: number; value?: unknown; numFmt?: string }[], histogram = false): Set<string | undefined> {
  const amounts = histogram ? cells.filter((c) => (c.col === 1 || c.col === 2) && typeof c.value === "number") : cells.filter((c) => (c.row === 4 && c.col === 1) || ((c.col === 4 || c.col === 5) && typeof c.value === "number"));
  expect(amounts.length).toBeGreaterThan(2);
  return new Set(amounts.map((c) => c.numFmt));
}

describe("the paragraph's amounts in the register's unit", () => {
  test("a register in thousands: plain whole numbers and the unit stated on both sheets", () => {
    const risk = register("Bedrag (x € 1.000)");
    expect(risk.factor).toBe(1000);
    for (const lang of ["nl", "en"] as const) {
      const p = paragraphSheets(risk.report, lang, { file: "r.xlsx", sheet: "Risico", factor: risk.factor }, NAMES);
      const unit = msg(lang, "risk.book.unit", msg(lang, "unit.thousand"));
      expect(p.figures.cells.filter((c) => c.value === unit)).toHaveLength(1);
      expect(p.histogram.cells.filter((c) => c.value === unit)).toHaveLength(1);
      expect(moneyFormats(p.figures.cells)).toEqual(new Set([NUMBER_FORMATS.money]));
      expect(moneyFormats(p.histogram.cells, true)).toEqual(new Set([NUMBER_FORMATS.money]));
    }
  });

  test("a register in euros, or stating no unit: the € sign on every amount, no unit line", () => {
    for (const header of ["Bedrag", "Bedrag in euro's"]) {
      const risk = register(header);
      const p = paragraphSheets(risk.report, "nl", { file: "r.xlsx", sheet: "Risico", factor: risk.factor }, NAMES);
      expect(moneyFormats(p.figures.cells)).toEqual(new Set([EXCEL_FORMATS.euro]));
      expect(moneyFormats(p.histogram.cells, true)).toEqual(new Set([EXCEL_FORMATS.euro]));
      expect(p.figures.cells.some((c) => typeof c.value === "string" && c.value.startsWith("Bedragen"))).toBe(false);
    }
  });
});
