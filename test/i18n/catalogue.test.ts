// The message catalogue: one per language, the same keys in both, and every
// entry usable. TypeScript already holds the Dutch catalogue to the English
// keys and argument types; this checks the same at run time, where a spread
// area or a cast could slip past the compiler.

import { CATALOGUES, msg, text } from "../../src/i18n/catalogue";
import { BUILTIN_RULES } from "../../src/levels/builtin";
import { ruleName } from "../../src/levels/rule-names";

const EN = CATALOGUES.en as Readonly<Record<string, unknown>>;
const NL = CATALOGUES.nl as Readonly<Record<string, unknown>>;

/** Arguments a message function can take, by its parameter names: numbers for counts and rows, text otherwise. */
function sampleArgs(f: (...a: unknown[]) => string): unknown[] {
  const params = /^\(?([^)=]*)\)?\s*=>/.exec(f.toString())?.[1] ?? "";
  return params
    .split(",")
    .map((p) => p.trim().split(/[:\s]/)[0] ?? "")
    .filter((p) => p !== "")
    .map((p) => (/^(n|row|rows|count|total|done|from|first|last|lines|left|version)$/.test(p) ? 7 : `«${p}»`));
}

describe("the message catalogue", () => {
  test("every key exists in both languages, with the same kind of entry and the same number of arguments", () => {
    expect(Object.keys(NL).sort()).toEqual(Object.keys(EN).sort());
    for (const [key, en] of Object.entries(EN)) {
      const nl = NL[key];
      expect(`${key}: ${typeof nl}`).toBe(`${key}: ${typeof en}`);
      if (typeof en === "function") expect(`${key}: ${(nl as (...a: unknown[]) => string).length}`).toBe(`${key}: ${(en as (...a: unknown[]) => string).length}`);
    }
  });

  test("no entry is empty, and every argument a message takes shows up in its text in both languages", () => {
    for (const [key, en] of Object.entries(EN)) {
      for (const [lang, entry] of [["en", en], ["nl", NL[key]]] as const) {
        if (typeof entry === "string") {
          expect(`${lang} ${key}: ${entry.trim() === "" ? "empty" : "ok"}`).toBe(`${lang} ${key}: ok`);
          continue;
        }
        const f = entry as (...a: unknown[]) => string;
        if (key.startsWith("error.")) {
          // Error words take the coded error and its context (src/i18n/error-context.ts).
          const out = f({ hint: 0.3, limit: 5, lengths: [2, 3] }, { lang, arg: "«arg»", other: "«other»", value: "«value»", range: "«range»", name: (id: string) => `«${id}»` });
          expect(`${lang} ${key}: ${/undefined|NaN|\[object/.test(out) || out.trim() === "" ? out : "ok"}`).toBe(`${lang} ${key}: ok`);
          continue;
        }
        const args = sampleArgs(f);
        const out = f(...args);
        expect(typeof out).toBe("string");
        for (const a of args) expect(`${lang} ${key}: ${out.includes(String(a)) ? "uses" : "drops"} ${String(a)}`).toBe(`${lang} ${key}: uses ${String(a)}`);
      }
    }
  });

  test("Dutch and English differ where words are meant (a copy-paste of one language shows up here)", () => {
    const same = Object.keys(EN).filter((k) => typeof EN[k] === "string" && EN[k] === NL[k] && /[a-z]{4,}\s+[a-z]{4,}/i.test(EN[k] as string));
    expect(same).toEqual([]);
  });

  test("in Dutch a check rule is a 'toetsregel' and a budget line a 'begrotingsregel' or 'post': 'regel' alone never stands for either", () => {
    const bare: string[] = [];
    for (const [key, nl] of Object.entries(NL)) {
      let out: string;
      if (typeof nl === "string") out = nl;
      else if (key.startsWith("error.")) continue;
      else out = (nl as (...a: unknown[]) => string)(...sampleArgs(nl as (...a: unknown[]) => string));
      // The rules sheet is called "Regels": its name may be said.
      const said = out.replace(/"Regels"|blad Regels/g, "");
      if (/\bregels?\b/i.test(said)) bare.push(`${key}: ${out.slice(0, 80)}`);
    }
    expect(bare).toEqual([]);
  });

  test("msg and text look a key up in one or both languages", () => {
    expect(msg("nl", "verdict.WRONG_LEVEL")).toBe("Volgens Allers (2017) beter bij een ander niveau");
    expect(text("rule.user", 4)).toEqual({ nl: "uw toetsregel op rij 4", en: "your check rule on row 4" });
  });

  test("every built-in check rule has a name in words, and no rule is ever shown as its id", () => {
    for (const r of BUILTIN_RULES) {
      for (const lang of ["nl", "en"] as const) {
        const name = ruleName(`builtin:${r.id}`, lang);
        expect(name).not.toContain(r.id.includes("_") ? r.id : "builtin:");
        expect(name).not.toBe(msg(lang, "rule.unnamed"));
      }
    }
    expect(ruleName("builtin:lagging_regions", "nl")).toBe("ingebouwde toetsregel: achterblijvende regio's");
    expect(ruleName("user:row 4", "nl")).toBe("uw toetsregel op rij 4");
    expect(ruleName("builtin:taakveld 6.3", "en")).toBe("built-in check rule: taakveld 6.3");
    expect(ruleName("builtin:a_rule_without_a_name", "nl")).toBe("ingebouwde toetsregel");
  });
});

describe("counts in the pane's progress and result", () => {
  test("are written as the language writes numbers: a million budget lines is 1.000.000 in Dutch, 1,000,000 in English", () => {
    expect(msg("nl", "pane.done", 1_000_000, "in de kolommen D1:G1000001")).toMatch(/^1\.000\.000 posten getoetst/);
    expect(msg("en", "pane.done", 1_000_000, "in columns D1:G1000001")).toMatch(/^1,000,000 budget lines checked/);
    expect(msg("nl", "pane.progress", 2000, 1_000_000)).toBe("2.000 van 1.000.000 posten getoetst…");
  });

  test("one line is one line, not one lines", () => {
    expect(msg("nl", "pane.done", 1, "in de kolommen D2:G2")).toMatch(/^1 post getoetst;/);
    expect(msg("en", "pane.done", 1, "in columns D2:G2")).toMatch(/^1 budget line checked;/);
    expect(msg("nl", "cli.check.read", 1, 1)).toBe("1 begrotingsregel gelezen vanaf rij 1");
    expect(msg("en", "cli.check.read", 2, 1)).toBe("2 budget lines read from row 1");
    expect(msg("nl", "pane.totalsNote", 1)).toMatch(/^1 totaal- of subtotaalregel telt niet mee/);
    expect(msg("en", "cli.check.summaryNote", 1)).toContain("the one total or subtotal line counts");
    expect(msg("nl", "cli.check.summaryNote", 3)).toContain("de 3 totaal- en subtotaalregels tellen");
  });

  test("nothing flagged is said in words, not as an empty list", () => {
    expect(msg("nl", "cli.check.flagged", 0)).toBe("Gemarkeerde begrotingsregels (0): geen, er is geen post om naar te kijken.");
    expect(msg("en", "cli.check.flagged", 2)).toBe("Flagged budget lines (2):");
  });
});
