import { foldedBuffer, foldInto } from "../../src/levels/normalize";
import { streetNames } from "../../src/levels/street-names";
import { checkLine } from "../../src/levels";
import { KNOWLEDGE } from "../../src/levels/knowledge/load";

describe("a street's name", () => {
  // Pattern 0 is a title, pattern 1 a street's last part, pattern 2 anything else.
  const isTitle = Uint8Array.from([1, 0, 0]);
  const isStreet = Uint8Array.from([0, 1, 0]);
  const run = (line: string, hits: [number, number, number][]): number[] => {
    foldInto(line);
    const pats = Int32Array.from(hits.map((h) => h[0]));
    const starts = Int32Array.from(hits.map((h) => h[1]));
    const ends = Int32Array.from(hits.map((h) => h[2]));
    const alive = new Uint8Array(hits.length).fill(1);
    streetNames(foldedBuffer(), hits.length, pats, starts, ends, isTitle, isStreet, alive);
    return [...alive];
  };

  test("a street a few words after the title takes the title into its name", () => {
    // "reconstructie burgemeester de withstraat": title 14-26, "straat" 34-40
    expect(run("Reconstructie Burgemeester de Withstraat", [[0, 14, 26], [1, 34, 40]])).toEqual([0, 1]);
    // "burgemeester van der hoevenlaan": three words after the title hold the street
    expect(run("Burgemeester van der Hoevenlaan", [[0, 0, 12], [1, 27, 31]])).toEqual([0, 1]);
  });

  test("a title with no street after it, or too far before one, stays a word of its own", () => {
    expect(run("Kosten burgemeester en wethouders", [[0, 7, 19]])).toEqual([1]);
    // Four words between the title and the street: too far to be one name.
    expect(run("Burgemeester a b c d Julianastraat", [[0, 0, 12], [1, 28, 34]])).toEqual([1, 1]);
    // A street before the title says nothing about it.
    expect(run("Julianastraat burgemeester", [[1, 7, 13], [0, 14, 26]])).toEqual([1, 1]);
  });

  test("the words inside a street's name are no hits of their own; a word that is the whole street's name stays", () => {
    // "zwembadweg reconstructie": "zwembad" 0-7 inside the street's name, "weg" 7-10
    expect(run("Zwembadweg reconstructie", [[2, 0, 7], [1, 7, 10], [2, 11, 24]])).toEqual([0, 1, 1]);
    // "winkelstraat": a term for the whole word (0-12) ends with the street's last part: it stays
    expect(run("Winkelstraat", [[2, 0, 12], [1, 6, 12]])).toEqual([1, 1]);
    // A word before the street's word is no part of its name unless it is a title.
    expect(run("Sport Julianalaan", [[2, 0, 5], [1, 13, 17]])).toEqual([1, 1]);
  });

  test("the vocabulary's titles are task words matched as words, its streets places matched at a word's end", () => {
    const titles = KNOWLEDGE.terms.filter((t) => t.title);
    const streets = KNOWLEDGE.terms.filter((t) => t.street);
    expect(titles.map((t) => t.term)).toEqual(expect.arrayContaining(["burgemeester", "wethouder"]));
    for (const t of titles) expect(t).toMatchObject({ match: "word", task: "governance" });
    expect(streets.map((t) => t.term)).toEqual(expect.arrayContaining(["straat", "laan", "plein", "weg"]));
    for (const t of streets) expect(t).toMatchObject({ match: "end", place: true, task: null });
  });
});

describe("streets in the check", () => {
  const check = (description: string) => checkLine({ description, owner: "gemeente", amount: 1 });

  test("work on such a street is public space, not the council's own administration", () => {
    for (const d of ["Reconstructie Burgemeester de Withstraat", "Onderhoud Wethouder Nijhuisplein", "Herinrichting Burgemeester Kessenplein"]) {
      const r = check(d);
      expect(r.category).not.toBe("administration");
      expect(r.verdict).toBe("OK");
    }
    expect(check("Burgemeester Roelenweg riolering").verdict).toBe("OK");
  });

  test("a street named after a task is roadwork, not the task", () => {
    for (const d of ["Zwembadweg reconstructie", "Reconstructie Polderweg", "Sportlaan asfalt"]) {
      expect(check(d)).toMatchObject({ verdict: "OK", category: "public_goods" });
    }
  });

  test("the mayor and aldermen themselves are still administration", () => {
    for (const d of ["Kosten burgemeester en wethouders", "Salaris burgemeester", "Wethouder"]) {
      expect(check(d)).toMatchObject({ verdict: "NEUTRAL", category: "administration" });
    }
  });
});
