import { PREFIX, WORD } from "../../src/levels/automaton";
import { typoCorrector } from "../../src/levels/typos";

describe("typo corrector", () => {
  // A vocabulary of two patterns: "bijstand" may open a compound (a prefix pattern), "leerlingenvervoer" is a word.
  const correct = typoCorrector(["bijstand", "leerlingenvervoer"], [PREFIX, WORD]);

  test("a word one edit from a known stem is that stem: a letter dropped, added, changed or two swapped", () => {
    expect(correct("bijstnd")).toBe("bijstand");
    expect(correct("bijjstand")).toBe("bijstand");
    expect(correct("bijstant")).toBe("bijstand");
    expect(correct("bijtsand")).toBe("bijstand");
    expect(correct("leerlingenvrevoer")).toBe("leerlingenvervoer");
  });

  test("a known word, a word two edits away, a short word and a word with digits are left as written", () => {
    expect(correct("bijstand")).toBeNull();
    expect(correct("bistnd")).toBeNull();
    expect(correct("bijst")).toBeNull();
    expect(correct("bijstan2")).toBeNull();
  });

  test("a compound opened by a misspelt stem is corrected there only when the stem may open compounds", () => {
    expect(correct("bijstansuitkering")).toBe("bijstanduitkering");
    // "leerlingenvervoer" is a word pattern, so it opens no compound.
    expect(correct("leerlingenvrevoerkosten")).toBeNull();
  });

  test("a compound that opens with a known word is spelt right, however close its opening is to another stem", () => {
    const police = typoCorrector(["politiek", "politie"], [PREFIX, WORD]);
    // "politie" + "budget", not a misspelt "politiek" + "udget".
    expect(police("politiebudget")).toBeNull();
    expect(police("poltiekbeleid")).toBe("politiekbeleid");
  });
});
