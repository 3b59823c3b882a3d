import fc from "fast-check";
import { checkLine, compileRules, type UserRuleRow } from "../../src/levels";
import { generateLines } from "../helpers/lines";

describe("user rules", () => {
  test("a user rule wins over the built-ins and names its row", () => {
    const { rules, problems } = compileRules([{ row: 4, pattern: "klassenverkleining", verdict: "OK" }]);
    expect(problems).toEqual([]);
    const r = checkLine({ description: "Klassenverkleining" }, { rules });
    expect(r).toMatchObject({ verdict: "OK", level: "GEMEENTE", rule: "user:row 4", confidence: 1 });
  });

  test("plain patterns are folded and matched inside compounds", () => {
    const { rules } = compileRules([{ row: 2, pattern: "Kermis", category: "local_economy" }]);
    const r = checkLine({ description: "Najaarskermissen (incidenteel)" }, { rules });
    expect(r).toMatchObject({ category: "local_economy", verdict: "OK", rule: "user:row 2" });
    expect(checkLine({ description: "KÉRMIS" }, { rules }).rule).toBe("user:row 2");
  });

  test("short patterns are whole words", () => {
    const { rules } = compileRules([{ row: 2, pattern: "OZB", verdict: "Geen overheidstaak" }]);
    expect(checkLine({ description: "Opbrengst OZB" }, { rules }).rule).toBe("user:row 2");
    expect(checkLine({ description: "Ozbek subsidie" }, { rules }).rule).not.toBe("user:row 2");
  });

  test("regular expressions written as /.../", () => {
    const { rules, problems } = compileRules([{ row: 7, pattern: "/^subsidie .*sport/", level: "Provincie" }]);
    expect(problems).toEqual([]);
    expect(checkLine({ description: "Subsidie  Sportvereniging" }, { rules })).toMatchObject({
      verdict: "WRONG_LEVEL",
      level: "PROVINCIE",
      rule: "user:row 7",
    });
    expect(checkLine({ description: "Sport subsidie" }, { rules }).rule).not.toBe("user:row 7");
  });

  test("taakveld rules, alone or with a pattern; 6.71 covers 6.71a but 0.1 not 0.10", () => {
    const { rules } = compileRules([
      { row: 2, taakveld: "6.71", category: "social_care" },
      { row: 3, taakveld: "0.1", pattern: "raad", verdict: "NEUTRAL" },
      { row: 4, taakveld: "6.3 Inkomensregelingen", pattern: "minima", verdict: "OK", note: "Eigen beleid" },
    ]);
    expect(checkLine({ description: "x", taakveld: "6.71a" }, { rules }).rule).toBe("user:row 2");
    expect(checkLine({ description: "Gemeenteraad", taakveld: "0.10" }, { rules }).rule).not.toBe("user:row 3");
    expect(checkLine({ description: "Gemeenteraad", taakveld: "0.1" }, { rules }).rule).toBe("user:row 3");
    // A bare number cannot tell 0.1 from 0.10, so a numeric line code reaches both readings.
    expect(checkLine({ description: "Gemeenteraad", taakveld: 0.1 }, { rules }).rule).toBe("user:row 3");
    const r = checkLine({ description: "Minimabeleid", taakveld: 6.3 }, { rules });
    expect(r).toMatchObject({ verdict: "OK", rule: "user:row 4", reason: { nl: "Eigen beleid", en: "Eigen beleid" } });
    expect(checkLine({ description: "Minimabeleid", taakveld: "6.5" }, { rules }).rule).toBe("builtin:supplementary_income");
  });

  test("the first matching row wins", () => {
    const { rules } = compileRules([
      { row: 2, pattern: "jeugd", verdict: "UNKNOWN" },
      { row: 3, pattern: "jeugdzorg", verdict: "OK" },
    ]);
    expect(checkLine({ description: "Jeugdzorg" }, { rules })).toMatchObject({ rule: "user:row 2", verdict: "UNKNOWN", level: null });
  });

  test("category only: the built-in verdict for that category and owner", () => {
    const { rules } = compileRules([{ row: 5, pattern: "kleinere groepen", category: "Klassengrootte en leraren" }]);
    expect(checkLine({ description: "Kleinere groepen groep 3" }, { rules })).toMatchObject({ verdict: "WRONG_LEVEL", level: "RIJK" });
    expect(checkLine({ description: "Kleinere groepen groep 3" }, { owner: "rijk", rules })).toMatchObject({ verdict: "OK", level: "RIJK" });
  });

  test("level only: the verdict follows from the owner", () => {
    const { rules } = compileRules([{ row: 2, pattern: "stadsbeheer", level: "market" }, { row: 3, pattern: "dorpsbus", level: "gemeente" }]);
    expect(checkLine({ description: "Stadsbeheer" }, { rules })).toMatchObject({ verdict: "NOT_GOVERNMENT", level: "MARKT" });
    expect(checkLine({ description: "Dorpsbus" }, { rules })).toMatchObject({ verdict: "OK", level: "GEMEENTE" });
    expect(checkLine({ description: "Dorpsbus" }, { owner: "provincie", rules })).toMatchObject({ verdict: "WRONG_LEVEL", level: "GEMEENTE" });
  });

  test("malformed rows are reported with their row and skipped, never thrown", () => {
    const rows: UserRuleRow[] = [
      { row: 2, verdict: "OK" },
      { row: 3, pattern: "x", category: "no such category" },
      { row: 4, pattern: "y", verdict: "perhaps" },
      { row: 5, pattern: "z", level: "Gemeentefonds" },
      { row: 6, pattern: "/([a-z/", verdict: "OK" },
      { row: 7, pattern: "/abc/q", verdict: "OK" },
      { row: 8, pattern: "!!!", verdict: "OK" },
      { row: 9, taakveld: "12.34", verdict: "OK" },
      { row: 10, pattern: "kermis" },
      { row: 11 },
      { row: 12, pattern: "kermis", verdict: "okish" },
      { row: 13, pattern: "kermis", verdict: "Niet van toepassing" },
    ];
    let out!: ReturnType<typeof compileRules>;
    expect(() => (out = compileRules(rows))).not.toThrow();
    expect(out.problems.map((p) => p.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 12]);
    for (const p of out.problems) {
      expect(p.message.nl).toMatch(new RegExp(`^Rij ${p.row}: .*overgeslagen\\.$`));
      expect(p.message.en).toMatch(new RegExp(`^Row ${p.row}: .*skipped\\.$`));
    }
    expect(out.rules.size).toBe(1);
    expect(checkLine({ description: "Kermis" }, { rules: out.rules })).toMatchObject({ verdict: "NEUTRAL", rule: "user:row 13" });
  });

  test("garbage input does not throw", () => {
    const junk = [null, 5, "x", { row: "a", pattern: 3, verdict: true }] as unknown as UserRuleRow[];
    expect(() => compileRules(junk)).not.toThrow();
    expect(() => compileRules(undefined as unknown as UserRuleRow[])).not.toThrow();
  });

  test("no rules behaves like the built-ins", () => {
    const { rules } = compileRules([]);
    expect(checkLine({ description: "Jeugdzorg" }, { rules })).toEqual(checkLine({ description: "Jeugdzorg" }));
  });
});

describe("rules are looked up, not all visited", () => {
  // Rules are found through their text, their taakveld or (a bare regular expression) on every
  // line; the answer must be the one a visit of every rule in sheet order gives: the first rule
  // that matches the line on its own.
  const words = ["bijstand", "jeugd", "wmo", "sport", "subsidie", "raad", "ozb", "riolering", "vve", "kermis"];
  const codes = ["0.1", "6.3", "6.71", "6.71a", "6.81", "5.1", "7.2", "2.1"];
  const rule = fc.record({
    word: fc.option(fc.constantFrom(...words), { nil: undefined }),
    regex: fc.boolean(),
    taakveld: fc.option(fc.constantFrom(...codes), { nil: undefined, freq: 2 }),
  });
  const lines = generateLines(400, 3);

  test("the first rule in sheet order that matches on its own, for text, taakveld and regex rules mixed", () => {
    fc.assert(
      fc.property(fc.array(rule, { minLength: 1, maxLength: 25 }), fc.nat(lines.length - 40), (specs, from) => {
        const rows: UserRuleRow[] = specs.map((r, i) => ({
          row: i + 2,
          pattern: r.word === undefined ? null : r.regex ? `/${r.word}/` : r.word,
          taakveld: r.taakveld ?? (r.word === undefined ? "6.3" : null),
          verdict: "Twijfelachtig",
        }));
        const all = compileRules(rows).rules;
        const alone = rows.map((r) => compileRules([r]).rules);
        for (const line of lines.slice(from, from + 40)) {
          const withTaakveld = { ...line, taakveld: line.taakveld ?? codes[from % codes.length] ?? null };
          const first = alone.findIndex((one, i) => checkLine(withTaakveld, { rules: one }).rule === `user:row ${rows[i]?.row}`);
          const got = checkLine(withTaakveld, { rules: all }).rule;
          if (first < 0) expect(got.startsWith("user:")).toBe(false);
          else expect(got).toBe(`user:row ${rows[first]?.row}`);
        }
      }),
      { numRuns: 60, seed: 10 },
    );
  });
});
