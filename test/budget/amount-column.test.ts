import { chooseAmountColumn } from "../../src/budget/amount-column";
import { detectHeader } from "../../src/budget/table";
import { readBudgetRows } from "../../src/budget/reader";

const rows = [
  ["Programmabegroting 2026 (bedragen x € 1.000)", "", "", ""],
  ["Taakveld", "Omschrijving", 2025, 2026],
  ["2.1", "Verkeer, wegen en water", 120, 130],
  ["7.2", "Riolering", 40, 45],
];

describe("the amount column the user names", () => {
  const header = detectHeader(rows)!;

  test("by its header as printed, a number or text, case and spacing aside", () => {
    expect(chooseAmountColumn(rows, header, "2025")).toEqual({ index: 2, name: "2025" });
    expect(chooseAmountColumn(rows, header, "  2026 ")).toEqual({ index: 3, name: "2026" });
  });

  test("by its letters, with or without a dollar sign", () => {
    expect(chooseAmountColumn(rows, header, "c")).toEqual({ index: 2, name: "2025" });
    expect(chooseAmountColumn(rows, header, "$D")).toEqual({ index: 3, name: "2026" });
  });

  test("by part of its header, where only one column has it", () => {
    const two = [
      ["Omschrijving", "Begroting 2025", "", "Begroting 2026", ""],
      ["", "Lasten", "Baten", "Lasten", "Baten"],
      ["Onderhoud wegen", 10, 1, 12, 2],
      ["Riolering", 20, 25, 22, 27],
    ];
    const h = detectHeader(two)!;
    expect(chooseAmountColumn(two, h, "2026 lasten")).toMatchObject({ index: 3 });
    expect(chooseAmountColumn(two, h, "Baten 2025")).toMatchObject({ index: 2 });
    // "Lasten" alone is in two headers: it names no one column.
    expect(chooseAmountColumn(two, h, "lasten")).toMatchObject({ index: null });
    expect(chooseAmountColumn(rows, header, "2026")).toEqual({ index: 3, name: "2026" });
  });

  test("never the description or taakveld column, nor one past the table: then the columns there are", () => {
    for (const choice of ["A", "B", "Omschrijving", "E", "Begroting 2027", ""]) {
      expect(chooseAmountColumn(rows, header, choice)).toEqual({ index: null, available: 'C "2025", D "2026"' });
    }
  });

  test("the reader takes the amounts from it, and says it could not when there is none", () => {
    expect(readBudgetRows(rows, { amountColumn: "C" }).lines.map((l) => l.amount)).toEqual([120, 40]);
    expect(readBudgetRows(rows, { amountColumn: "2026" }).header?.amountHeader).toBe("2026");
    const wrong = readBudgetRows(rows, { amountColumn: "Rekening 2024" });
    expect(wrong.lines).toEqual([]);
    expect(wrong.error).toMatchObject({ code: "amountColumnNotFound", choice: "Rekening 2024", available: 'C "2025", D "2026"' });
    expect(wrong.error?.message.nl).toContain('geen kolom "Rekening 2024"');
  });
});
