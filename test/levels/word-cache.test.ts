import fc from "fast-check";
import { foldedBuffer, foldInto } from "../../src/levels/normalize";
import { BufferWordSet, isWord } from "../../src/levels/word-cache";

describe("a set of words looked up in the fold buffer", () => {
  const set = new BufferWordSet(["voor", "naar", "tussen", "programma"]);

  test("finds a word of the set by its place in the buffer, and no other", () => {
    const n = foldInto("Bijdrage voor Programma tussenkomst");
    const b = foldedBuffer();
    expect(n).toBe(35);
    expect(set.has(b, 9, 13)).toBe(true); // voor
    expect(set.has(b, 14, 23)).toBe(true); // programma
    expect(set.has(b, 0, 8)).toBe(false); // bijdrage
    expect(set.has(b, 24, 30)).toBe(true); // the chars "tussen": where words end is the caller's to say
    expect(set.has(b, 24, 35)).toBe(false); // tussenkomst
  });

  test("property: agrees with comparing the word with every member", () => {
    const words = ["voor", "naar", "tussen", "programma"];
    fc.assert(
      fc.property(fc.constantFrom(...words, "door", "voorr", "pro", "programmas", ""), fc.stringMatching(/^[a-z ]{0,12}$/), (w, rest) => {
        const text = `${w} ${rest}`;
        foldInto(text);
        const b = foldedBuffer();
        const end = text.indexOf(" ");
        expect(set.has(b, 0, end)).toBe(words.some((x) => isWord(x, b, 0, end)));
      }),
    );
  });
});
