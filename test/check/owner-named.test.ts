import type { BudgetLine } from "../../src/budget";
import { ownerNamed, unchosenOwner, workbookTitle } from "../../src/check/budget";

describe("ownerNamed: the owner a budget's title names", () => {
  test.each([
    ["Provincie Zuiderkwartier", "provincie"],
    ["Gemeente Lindewaard", "gemeente"],
    ["Hoogheemraadschap van Delfland", "waterschap"],
    ["Wetterskip Fryslân", "waterschap"],
    ["Waterschap Vechtstromen", "waterschap"],
    ["Province of Zeeland", "provincie"],
    ["Municipality of Utrecht", "gemeente"],
    ["Ministerie van Financiën", "rijk"],
    ["Stichting Landschap", null],
    [null, null],
    [undefined, null],
  ])("%s → %s", (title, owner) => {
    expect(ownerNamed(title)).toBe(owner);
  });
});

describe("unchosenOwner: whose budget it is where the user chose none", () => {
  const line = (row: number, owner: string | null): BudgetLine => ({ row, description: `Regel ${row}`, amount: 1, taakveld: null, owner });

  test("an owner column decides before the title, and the title is then not named", () => {
    expect(unchosenOwner([line(2, "Rijk"), line(3, null)], "Provincie Zuiderkwartier")).toEqual({ owner: "rijk", from: null });
  });

  test("without one, the title's government, named as where the owner came from", () => {
    expect(unchosenOwner([line(2, null)], "Provincie Zuiderkwartier")).toEqual({ owner: "provincie", from: "Provincie Zuiderkwartier" });
  });

  test("a municipality's title or none leaves the default, which is not mentioned", () => {
    expect(unchosenOwner([line(2, null)], "Gemeente Lindewaard")).toEqual({ owner: "gemeente", from: null });
    expect(unchosenOwner([line(2, null)], null)).toEqual({ owner: "gemeente", from: null });
  });
});

describe("workbookTitle: whose budget a workbook is, for its sheets that name nobody", () => {
  test("the first title that names a government, whatever sheets name nobody", () => {
    expect(workbookTitle([null, "Waterschap De Lage Venen", undefined])).toBe("Waterschap De Lage Venen");
    expect(workbookTitle(["Stichting Landschap", "Provincie Zuiderkwartier", "Provincie Zuiderkwartier"])).toBe("Provincie Zuiderkwartier");
  });

  test("none where no title names one, or where two name governments of different kinds", () => {
    expect(workbookTitle([null, undefined])).toBeNull();
    expect(workbookTitle(["Provincie Zuiderkwartier", "Gemeente Lindewaard"])).toBeNull();
  });
});
