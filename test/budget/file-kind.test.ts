// Which files a budget is read from: one list for the command line and the workbench.
import { READ_EXTENSIONS, fileKindOfName } from "../../src/budget/file-kind";
import { CATALOGUES } from "../../src/i18n/catalogue";

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

// The texts that tell a user what can be opened name the same list, so a kind
// added to the list and not to the help (as happened once) fails here.
describe("the texts naming what is read", () => {
  const keys = ["cli.check.help", "wb.openLabel", "wb.dropHint", "wb.unsupported", "files.unsupportedExtension"] as const;
  test.each(["nl", "en"] as const)("%s: every readable extension is named", (lang) => {
    for (const key of keys) {
      const text = String(typeof CATALOGUES[lang][key] === "function" ? (CATALOGUES[lang][key] as (...a: string[]) => string)("x", "x") : CATALOGUES[lang][key]);
      for (const ext of READ_EXTENSIONS) expect(`${key}: ${text}`).toContain(ext);
    }
  });
});
