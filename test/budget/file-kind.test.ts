// Which files a budget is read from: one list for the command line and the workbench.
import { READ_EXTENSIONS, fileKindOfName } from "../../src/budget/file-kind";

describe("fileKindOfName", () => {
  test.each([
    ["begroting.xlsx", "xlsx"],
    ["Begroting 2026.XLSM", "xlsx"],
    ["export.csv", "csv"],
    ["Tekst (tab-gescheiden).txt", "csv"],
    ["grootboek.TSV", "csv"],
    ["begroting.xls", null],
    ["begroting.ods", null],
    ["begroting", null],
    ["map.xlsx/begroting", null],
  ] as const)("%s → %s", (name, kind) => {
    expect(fileKindOfName(name)).toBe(kind);
  });

  test("the accepted extensions are exactly the ones read", () => {
    expect(READ_EXTENSIONS).toEqual([".xlsx", ".xlsm", ".csv", ".txt", ".tsv"]);
    for (const ext of READ_EXTENSIONS) expect(fileKindOfName(`a${ext}`)).not.toBeNull();
  });
});
