import fc from "fast-check";
import { foldedBuffer, foldInto } from "../../src/levels/normalize";
import { unknownWordCount } from "../../src/levels/unknown-words";
import { checkLine } from "../../src/levels";

describe("words of a line the vocabulary does not know", () => {
  // Hits given by hand (start, end in the folded line), so that what the count does with them shows.
  const count = (line: string, hits: [number, number, 0 | 1][] = [], limit = 10): number => {
    const n = foldInto(line);
    const starts = new Int32Array(hits.map((h) => h[0]));
    const ends = new Int32Array(hits.map((h) => h[1]));
    const counted = Uint8Array.from(hits.map((h) => h[2]));
    return unknownWordCount(foldedBuffer(), n, hits.length, starts, ends, counted, limit);
  };

  test("short words, words with digits and function words are not counted", () => {
    expect(count("de 2e fase van het pad")).toBe(1); // "fase" only
    expect(count("Bijdrage voor 2026 tussen partners")).toBe(2); // "bijdrage", "partners"
  });

  test("a word a hit touches is known, in part or whole; a hit not counted leaves it unknown", () => {
    // "bijdrage stichting vrienden": chars 0-8, 9-18, 19-27
    expect(count("Bijdrage Stichting Vrienden")).toBe(3);
    expect(count("Bijdrage Stichting Vrienden", [[0, 8, 1]])).toBe(2);
    expect(count("Bijdrage Stichting Vrienden", [[12, 16, 1]])).toBe(2);
    expect(count("Bijdrage Stichting Vrienden", [[0, 8, 0]])).toBe(3);
    // A phrase over two words knows both.
    expect(count("Bijdrage Stichting Vrienden", [[0, 18, 1]])).toBe(1);
  });

  test("the count stops at its limit", () => {
    expect(count("aaaa bbbb cccc dddd eeee ffff", [], 4)).toBe(4);
  });

  test("property: never more than the words of four letters or more, and no more with a hit than without", () => {
    const word = fc.stringMatching(/^[a-z]{1,9}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), fc.nat(40), fc.nat(12), (words, s, len) => {
        const line = words.join(" ");
        const long = words.filter((w) => w.length >= 4).length;
        const none = count(line);
        expect(none).toBeLessThanOrEqual(long);
        expect(count(line, [[s, s + len, 1]])).toBeLessThanOrEqual(none);
      }),
    );
  });
});

describe("an answer from few known words", () => {
  test("is less sure than the same answer without the unknown words, and says why", () => {
    const plain = checkLine({ description: "Subsidie zwembad", owner: "gemeente" });
    const many = checkLine({ description: "Subsidie zwembad Kwakkelpoel Bruisendaal Fluimerzand Tinkelwaard", owner: "gemeente" });
    expect(many.verdict).toBe(plain.verdict);
    expect(many.category).toBe(plain.category);
    expect(many.confidence).toBeLessThan(plain.confidence);
    expect(many.reason.nl).toContain("Vier of meer woorden");
    expect(many.reason.en).toContain("Four or more words");
    expect(plain.reason.nl).not.toContain("Vier of meer woorden");
  });

  test("three unknown words leave the answer as sure as without them", () => {
    const plain = checkLine({ description: "Subsidie zwembad", owner: "gemeente" });
    const three = checkLine({ description: "Subsidie zwembad Kwakkelpoel Bruisendaal Fluimerzand", owner: "gemeente" });
    expect(three.confidence).toBe(plain.confidence);
  });
});
