import { columnLetters } from "../../src/core/columns";

describe("column letters", () => {
  test("as Excel names them, from the first column to the last", () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702, 16383].map(columnLetters)).toEqual(["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA", "XFD"]);
  });
});
