import { ownerNamed } from "../../src/check/budget";

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
