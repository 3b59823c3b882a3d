import fc from "fast-check";
import { readBudgetRows } from "../../src/budget/reader";

// Tables as users bring them, drawn from the pieces real ones are made of: headers a reader
// must tell apart (a ledger's cost type, Iv3 categories, a second table beside the first),
// codes, names, sums, and rows broken over two lines as a PDF pastes them.
const header = fc.constantFrom("Omschrijving", "Kostenplaats", "Omschrijving kostensoort", "Kostensoort", "Grootboekrekening", "Categorie", "Taakveld", "Lasten", "Baten", "Bedrag", "Begroting 2026", "Taakveld Lasten Baten Saldo", "");
const cell = fc.oneof(
  fc.constantFrom("Riolering", "Rioolheffing", "6.71a Maatwerkdienstverlening", "18+ 8.990 450 -8.540", "0.1 Bestuur 3.179 466 -2.713", "3.8 Belastingen", "1.1 Salarissen en sociale lasten", "Totaal", "6. Sociaal domein", "en jongeren", "(excl. BUIG)", "n.v.t.", "€ 1,2 miljoen", "", "x"),
  fc.integer({ min: -1_000_000, max: 10_000_000 }),
  fc.constant(null),
);

describe("the reader on any table of real tables' pieces", () => {
  test("never throws; every line stands on a row of the table, once, below its header; a table beside is read the same way", () => {
    fc.assert(
      fc.property(fc.array(header, { minLength: 1, maxLength: 6 }), fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 40 }), (head, body) => {
        const rows = [head, ...body];
        const r = readBudgetRows(rows);
        for (const result of [r, ...(r.beside ? [r.beside.result] : [])]) {
          const seen = new Set<number>();
          for (const l of result.lines) {
            expect(l.row).toBeGreaterThanOrEqual(1);
            expect(l.row).toBeLessThanOrEqual(rows.length);
            expect(seen.has(l.row)).toBe(false);
            seen.add(l.row);
            if (result.header !== null && result.header.headerRow > 0) expect(l.row).toBeGreaterThan(result.header.headerRow);
            expect(typeof l.description).toBe("string");
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
