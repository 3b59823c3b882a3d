import fc from "fast-check";
import { columnIndex, columnLetters, columnSpan, MAX_COLUMNS } from "../../src/core/columns";

describe("column letters", () => {
  test("as Excel names them, from the first column to the last", () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702, 16383].map(columnLetters)).toEqual(["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA", "XFD"]);
  });

  test("read back to the column they name, in either case", () => {
    expect(["A", "z", "AA", "xfd", "XFD"].map(columnIndex)).toEqual([0, 25, 26, 16383, 16383]);
    fc.assert(fc.property(fc.integer({ min: 0, max: MAX_COLUMNS - 1 }), (i) => columnIndex(columnLetters(i)) === i && columnIndex(columnLetters(i).toLowerCase()) === i));
  });

  test("what is not letters is no column, and past XFD is past the limit", () => {
    expect(["", "A1", "Ä", "$A", " "].map(columnIndex)).toEqual([-1, -1, -1, -1, -1]);
    expect(columnIndex("XFE")).toBeGreaterThanOrEqual(MAX_COLUMNS);
    expect(columnIndex("ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ")).toBeGreaterThanOrEqual(MAX_COLUMNS);
  });

  test("a table's span from its description to its amount, as a table beside another is named", () => {
    expect(columnSpan(2, 3)).toBe("C:D");
    expect(columnSpan(25, 27)).toBe("Z:AB");
  });
});
