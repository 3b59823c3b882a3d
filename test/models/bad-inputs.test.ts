// Bad inputs, for every argument of every function (MODELS.md, Conventions):
// text, a boolean or an error value where a number is expected, a missing
// required argument, a number outside its range, NaN/Infinity → #VALUE! with a
// message naming the argument (English id in en, Dutch name in nl), the value
// given and the allowed range; an empty optional argument takes its default;
// a share typed as a whole number gets "did you mean 30%?".
//
// Each test collects every problem over the function's arguments and expects
// that list to be empty, so a failure shows all offending arguments at once.

import type { AnySpec, ParamSpec } from "../../src/core/spec";
import type { InArg, InCell, Lang, Result } from "../../src/core/types";
import { callFunction } from "../../src/core/validate";
import { describeRange, explain } from "../../src/i18n/messages";
import { CONTRACT, isFraction, isPoints, parseRange, type CFunc, type CParam } from "./contract";
import { col, fmt, isBLError, show, spec } from "./helpers";

const REF: InCell = { kind: "errorValue", code: "#REF!" };
const CROSS = new Set(["targetNotBelow", "rateSum", "basePositive", "mpcBound", "order", "threePoint"]);

/** The base arguments with argument i replaced; for a range argument the first cell is replaced. */
function withArg(f: CFunc, i: number, v: InCell | undefined): InArg[] {
  const args = [...f.base];
  const c = f.params[i] as CParam;
  const b = args[i];
  if (c.list && Array.isArray(b) && v !== undefined) {
    const m = (b as readonly (readonly InCell[])[]).map((r) => [...r]);
    (m[0] as InCell[])[0] = v;
    args[i] = m;
  } else args[i] = v;
  return args;
}

interface Ctx {
  readonly f: CFunc;
  readonly s: AnySpec;
  readonly i: number;
  readonly c: CParam;
  readonly p: ParamSpec;
}

function eachParam(f: CFunc, fn: (ctx: Ctx) => void): void {
  const s = spec(f.id);
  f.params.forEach((c, i) => {
    const p = s.params[i];
    if (!p) throw new Error(`${f.id}: no parameter ${i}`);
    fn({ f, s, i, c, p });
  });
}

/** Problems with an expected #VALUE! naming the argument and showing the value. */
function valueError(ctx: Ctx, r: Result, shown: Record<Lang, readonly string[]>, label: string): string[] {
  const where = `${ctx.c.id} ${label}`;
  if (!isBLError(r)) return [`${where}: expected #VALUE!, got ${show(r)}`];
  const out: string[] = [];
  if (r.code !== "#VALUE!") out.push(`${where}: code ${r.code}, expected #VALUE!`);
  for (const lang of ["en", "nl"] as const) {
    const msg = explain(r, lang, ctx.s);
    const name = lang === "nl" ? ctx.p.nl : ctx.p.id;
    if (!msg.includes(name)) out.push(`${where} [${lang}]: message does not name ${name}: ${msg}`);
    for (const v of shown[lang]) if (!msg.includes(v)) out.push(`${where} [${lang}]: message does not show the value ${v}: ${msg}`);
  }
  return out;
}

function both(s: string): Record<Lang, string[]> {
  return { en: [s], nl: [s] };
}

function run(f: CFunc, args: readonly InArg[]): Result {
  return callFunction(spec(f.id), args);
}

// codes and names are text; every other argument a number
const numeric = (c: CParam) => c.range !== "codes" && c.range !== "names";

function rangeStated(f: CFunc, probesFor: (r: NonNullable<ReturnType<typeof parseRange>>) => [string, InCell][]): string[] {
  const problems: string[] = [];
  eachParam(f, (ctx) => {
    const r = parseRange(ctx.c.range);
    if (!r) return;
    for (const [what, v] of probesFor(r)) {
      const res = run(f, withArg(f, ctx.i, v));
      if (!isBLError(res)) {
        problems.push(`${ctx.c.id} ${what}: ${show(res)}`);
        continue;
      }
      for (const lang of ["en", "nl"] as const) {
        const want = describeRange(r, lang);
        const m = explain(res, lang, ctx.s);
        if (!m.includes(want)) problems.push(`${ctx.c.id} ${what} [${lang}]: "${want}" missing in: ${m}`);
      }
    }
  });
  return problems;
}

describe.each(CONTRACT.map((f) => [f.id, f] as const))("%s bad inputs", (_id, f) => {
  test("text → #VALUE! naming the argument and the text", () => {
    const problems: string[] = [];
    eachParam(f, (ctx) => {
      if (!numeric(ctx.c)) return;
      for (const t of ["abc", "0,5"]) problems.push(...valueError(ctx, run(f, withArg(f, ctx.i, t)), both(t), `text "${t}"`));
    });
    expect(problems).toEqual([]);
  });

  test("boolean → #VALUE! naming the argument and TRUE/WAAR, FALSE/ONWAAR", () => {
    const problems: string[] = [];
    eachParam(f, (ctx) => {
      problems.push(...valueError(ctx, run(f, withArg(f, ctx.i, true)), { en: ["TRUE"], nl: ["WAAR"] }, "TRUE"));
      problems.push(...valueError(ctx, run(f, withArg(f, ctx.i, false)), { en: ["FALSE"], nl: ["ONWAAR"] }, "FALSE"));
    });
    expect(problems).toEqual([]);
  });

  test("error value (#REF!) → #VALUE! naming the argument and #REF!", () => {
    const problems: string[] = [];
    eachParam(f, (ctx) => problems.push(...valueError(ctx, run(f, withArg(f, ctx.i, REF)), both("#REF!"), "#REF!")));
    expect(problems).toEqual([]);
  });

  test("NaN, Infinity, -Infinity → #VALUE! naming the argument", () => {
    const problems: string[] = [];
    eachParam(f, (ctx) => {
      if (!numeric(ctx.c)) return;
      for (const v of [NaN, Infinity, -Infinity]) problems.push(...valueError(ctx, run(f, withArg(f, ctx.i, v)), both(String(v)), String(v)));
    });
    expect(problems).toEqual([]);
  });

  test("missing required argument (undefined, and an empty cell for a single value) → #VALUE! naming it", () => {
    const problems: string[] = [];
    eachParam(f, (ctx) => {
      if (ctx.c.dflt !== undefined || ctx.c.optional) return;
      const empties: (InCell | undefined)[] = ctx.c.list ? [undefined] : [undefined, null, "", "  "];
      for (const e of empties) {
        const args = [...f.base];
        args[ctx.i] = e;
        problems.push(...valueError(ctx, run(f, args), both(""), `missing (${show(e)})`));
      }
      // omitted at the end of the list
      const r = run(f, f.base.slice(0, ctx.i));
      if (!isBLError(r) || r.code !== "#VALUE!") problems.push(`${ctx.c.id}: args cut before it gave ${show(r)}`);
    });
    expect(problems).toEqual([]);
  });

  test("empty optional argument (omitted, undefined, null, \"\") takes its default", () => {
    const problems: string[] = [];
    eachParam(f, (ctx) => {
      const d = ctx.c.dflt;
      if (d === undefined) return;
      const explicit = [...f.base];
      explicit[ctx.i] = d;
      const want = run(f, explicit);
      for (const e of [undefined, null, "", [[null]]] as InArg[]) {
        const args = [...f.base];
        args[ctx.i] = e;
        const got = run(f, args);
        if (show(got) !== show(want)) problems.push(`${ctx.c.id} = ${show(e)}: ${show(got)} ≠ default ${d}: ${show(want)}`);
      }
      if (ctx.i === f.params.length - 1 || f.params.slice(ctx.i).every((q) => q.dflt !== undefined)) {
        // omitted: every later argument omitted too, compared with all those defaults explicit
        const allDefaults = [...f.base.slice(0, ctx.i), ...f.params.slice(ctx.i).map((q) => q.dflt as number)];
        const got = run(f, f.base.slice(0, ctx.i));
        const w = run(f, allDefaults);
        if (show(got) !== show(w)) problems.push(`${ctx.c.id} omitted: ${show(got)} ≠ ${show(w)}`);
      }
    });
    expect(problems).toEqual([]);
  });

  test("a 1×1 range counts as the value; a larger range for a single value → #VALUE!", () => {
    const problems: string[] = [];
    eachParam(f, (ctx) => {
      if (ctx.c.list) return;
      const v = f.base[ctx.i] as InCell;
      const args = [...f.base];
      args[ctx.i] = [[v]];
      if (show(run(f, args)) !== show(run(f, f.base))) problems.push(`${ctx.c.id}: [[v]] differs from v`);
      args[ctx.i] = [[v, v]];
      problems.push(...valueError(ctx, run(f, args), both(""), "1×2 range"));
    });
    expect(problems).toEqual([]);
  });

  test("out of range (below min, above max, open bounds, non-integer) → #VALUE! naming the argument and the value", () => {
    const problems: string[] = [];
    eachParam(f, (ctx) => {
      const r = parseRange(ctx.c.range);
      if (!r) return;
      const bad: number[] = [];
      if (r.min !== undefined) bad.push(r.minOpen ? r.min : r.min - 1, r.min - 1000.5);
      if (r.max !== undefined) bad.push(r.maxOpen ? r.max : r.max + 1, r.max + 1000.5);
      if (r.integer) bad.push((r.min ?? 0) + 1.5);
      for (const v of [...new Set(bad)]) {
        problems.push(...valueError(ctx, run(f, withArg(f, ctx.i, v)), { en: [fmt(v, "en")], nl: [fmt(v, "nl")] }, `value ${v}`));
      }
    });
    expect(problems).toEqual([]);
  });

  test("values inside the range (closed bounds, large values) are accepted", () => {
    const problems: string[] = [];
    eachParam(f, (ctx) => {
      const good: number[] = [];
      if (ctx.c.range === "any") good.push(-1e6, -0.5, 0, 1e6);
      const r = parseRange(ctx.c.range);
      if (r) {
        if (r.min !== undefined && !r.minOpen) good.push(r.min);
        if (r.min !== undefined && r.minOpen) good.push(r.min + (r.integer ? 1 : 1e-9));
        if (r.max !== undefined && !r.maxOpen) good.push(r.max);
        if (r.max !== undefined && r.maxOpen) good.push(r.max - 1e-9);
        if (r.max === undefined) good.push(1e9);
      }
      for (const v of good) {
        const res = run(f, withArg(f, ctx.i, v));
        if (isBLError(res) && res.code === "#VALUE!" && res.info.arg === ctx.c.id && !CROSS.has(res.reason)) {
          problems.push(`${ctx.c.id} = ${v} rejected: ${explain(res, "en", ctx.s)}`);
        }
      }
    });
    expect(problems).toEqual([]);
  });

  test('a share typed as a whole number (30, 5, 12.5) → "did you mean 30%?" / "Bedoelde u 30%?"', () => {
    const problems: string[] = [];
    eachParam(f, (ctx) => {
      if (!isFraction(ctx.c.range)) return;
      for (const v of [30, 5, 12.5]) {
        const res = run(f, withArg(f, ctx.i, v));
        problems.push(...valueError(ctx, res, { en: [fmt(v, "en")], nl: [fmt(v, "nl")] }, `value ${v}`));
        if (!isBLError(res)) continue;
        const en = explain(res, "en", ctx.s);
        const nl = explain(res, "nl", ctx.s);
        if (!en.toLowerCase().includes(`did you mean ${fmt(v, "en")}%?`)) problems.push(`${ctx.c.id} ${v} [en]: no percent hint: ${en}`);
        if (!nl.includes(`Bedoelde u ${fmt(v, "nl")}%?`)) problems.push(`${ctx.c.id} ${v} [nl]: no percent hint: ${nl}`);
      }
    });
    expect(problems).toEqual([]);
  });

  test('percentage points typed as points (0.5, 2, -3) → "did you mean 0.5 percentage point? … 0.005" (contract 2)', () => {
    const problems: string[] = [];
    eachParam(f, (ctx) => {
      if (!isPoints(ctx.c.range)) return;
      for (const v of [0.5, 2, -3]) {
        const res = run(f, withArg(f, ctx.i, v));
        problems.push(...valueError(ctx, res, { en: [fmt(v, "en")], nl: [fmt(v, "nl")] }, `value ${v}`));
        if (!isBLError(res)) continue;
        const en = explain(res, "en", ctx.s);
        const nl = explain(res, "nl", ctx.s);
        if (!en.includes(`Did you mean ${fmt(v, "en")} percentage point? Then enter ${fmt(v / 100, "en")}.`)) problems.push(`${ctx.c.id} ${v} [en]: no hint: ${en}`);
        if (!nl.includes(`Bedoelde u ${fmt(v, "nl")} procentpunt? Typ dan ${fmt(v / 100, "nl")}.`)) problems.push(`${ctx.c.id} ${v} [nl]: no hint: ${nl}`);
        if (!en.includes("0.5 percentage point is 0.005")) problems.push(`${ctx.c.id} ${v} [en]: no example: ${en}`);
        if (!nl.includes("0,5 procentpunt is 0,005")) problems.push(`${ctx.c.id} ${v} [nl]: no example: ${nl}`);
      }
    });
    expect(problems).toEqual([]);
  });

  test("codes typed as numbers → #VALUE! asking for text (contract 2)", () => {
    const problems: string[] = [];
    eachParam(f, (ctx) => {
      if (ctx.c.range !== "codes") return;
      for (const v of [1.11, 2511, 0]) {
        const res = run(f, withArg(f, ctx.i, v));
        problems.push(...valueError(ctx, res, { en: [fmt(v, "en")], nl: [fmt(v, "nl")] }, `number ${v}`));
        if (!isBLError(res)) continue;
        if (!explain(res, "en", ctx.s).includes("as text")) problems.push(`${ctx.c.id} ${v} [en]: ${explain(res, "en", ctx.s)}`);
        if (!explain(res, "nl", ctx.s).includes("als tekst")) problems.push(`${ctx.c.id} ${v} [nl]: ${explain(res, "nl", ctx.s)}`);
      }
    });
    expect(problems).toEqual([]);
  });

  test("no percent hint for arguments that are not shares", () => {
    const problems: string[] = [];
    eachParam(f, (ctx) => {
      if (isFraction(ctx.c.range) || !numeric(ctx.c)) return;
      for (const v of [-30, 1000.5, 2.5]) {
        const res = run(f, withArg(f, ctx.i, v));
        if (!isBLError(res)) continue;
        for (const lang of ["en", "nl"] as const) {
          const m = explain(res, lang, ctx.s);
          if (m.includes("%?")) problems.push(`${ctx.c.id} ${v} [${lang}]: ${m}`);
        }
      }
    });
    expect(problems).toEqual([]);
  });

  test("the message states the allowed range (text, boolean, out of range)", () => {
    const problems = rangeStated(f, (r) => {
      const probes: [string, InCell][] = [["text", "abc"], ["boolean", true]];
      const out = r.min !== undefined ? (r.minOpen ? r.min : r.min - 1) : r.max !== undefined ? r.max + 1 : undefined;
      if (out !== undefined) probes.push(["out of range", out]);
      return probes;
    });
    expect(problems).toEqual([]);
  });

  test("too many arguments → #VALUE!", () => {
    const r = run(f, [...f.base, 1]);
    expect(isBLError(r) && r.code).toBe("#VALUE!");
    if (isBLError(r)) {
      expect(explain(r, "en", spec(f.id))).toMatch(/\S/);
      expect(explain(r, "nl", spec(f.id))).toMatch(/\S/);
    }
  });
});

// MODELS.md: "Any invalid argument — text, a boolean or an error value where a number is
// expected, or a number outside its allowed range — gives #VALUE! with a message that names
// the argument, the allowed range and the value given". One test over all functions.
test("the message states the allowed range also for an error value and for NaN/Infinity (all functions)", () => {
  const problems = CONTRACT.flatMap((f) => rangeStated(f, () => [["error value", REF], ["NaN", NaN], ["Infinity", Infinity]]).map((x) => `${f.id}: ${x}`));
  expect(problems).toEqual([]);
});

// ------------------------------------------------------------ cross-argument rules

function expectValueError(id: string, args: readonly InArg[], en: readonly string[], nl: readonly string[]): void {
  const s = spec(id);
  const r = callFunction(s, args);
  if (!isBLError(r)) throw new Error(`${id}${show(args)}: expected #VALUE!, got ${show(r)}`);
  expect(r.code).toBe("#VALUE!");
  const me = explain(r, "en", s);
  const mn = explain(r, "nl", s);
  for (const x of en) expect([x, me]).toEqual([x, expect.stringContaining(x)]);
  for (const x of nl) expect([x, mn]).toEqual([x, expect.stringContaining(x)]);
}

describe("cross-argument rules", () => {
  test("CLASSSIZE.COST: target_max must be below current_max", () => {
    expectValueError("CLASSSIZE.COST", [col(57, 64), 24, 24, 85000], ["target_max", "current_max", "24"], ["doel_max", "huidig_max", "24"]);
    expectValueError("CLASSSIZE.COST", [col(57, 64), 24, 30, 85000], ["target_max", "current_max", "30", "24"], ["doel_max", "huidig_max", "30", "24"]);
    // just below is fine
    expect(typeof callFunction(spec("CLASSSIZE.COST"), [col(57, 64), 24, 23, 85000])).toBe("object");
    const ok = callFunction(spec("CLASSSIZE.COST"), [col(57, 64), 24, 23, 85000]);
    expect(isBLError(ok)).toBe(false);
  });

  test("national_rate + local_rate ≥ 1 → #VALUE! (STAYERS, REVENUE), also for the neighbour's rate", () => {
    expectValueError("TAXMIGRATION.STAYERS", [5000, 0.6, 0.02, 1.8, 0.4], ["local_rate", "national_rate", "1"], ["lokaal_tarief", "landelijk_tarief", "1"]);
    expectValueError("TAXMIGRATION.STAYERS", [5000, 0.05, 0.6, 1.8, 0.4], ["neighbour_rate", "national_rate", "1"], ["tarief_buren", "landelijk_tarief", "1"]);
    expectValueError("TAXMIGRATION.STAYERS", [5000, 0.7, 0.02, 1.8, 0.4], ["local_rate", "national_rate", "1.1"], ["lokaal_tarief", "landelijk_tarief", "1,1"]);
    expectValueError("TAXMIGRATION.REVENUE", [5000, 120000, 0.6, 0.02, 1.8, 0.4], ["local_rate", "national_rate"], ["lokaal_tarief", "landelijk_tarief"]);
    expectValueError("TAXMIGRATION.REVENUE", [5000, 120000, 0.05, 0.65, 1.8, 0.4], ["neighbour_rate", "national_rate"], ["tarief_buren", "landelijk_tarief"]);
    expectValueError("TAXMIGRATION.SPIRAL", [2000, 3000, 100000, 3000, 2, 10, 0.5, 0.5], ["neighbour_rate", "national_rate"], ["tarief_buren", "landelijk_tarief"]);
    // just below 1 together is valid
    expect(typeof callFunction(spec("TAXMIGRATION.STAYERS"), [5000, 0.59, 0.02, 1.8, 0.4])).toBe("number");
  });

  test("mpc·(1−t)·(1−m) ≥ 1 → #VALUE! naming the three arguments", () => {
    for (const id of ["STIMULUS.MULTIPLIER", "STIMULUS.LEAKAGE"]) {
      expectValueError(id, [1, 0, 0], ["mpc", "import_share", "tax_rate", "1"], ["consumptiequote", "importaandeel", "belastingvoet", "1"]);
      expectValueError(id, [1, 0], ["mpc", "import_share", "tax_rate"], ["consumptiequote", "importaandeel", "belastingvoet"]);
      expect(typeof callFunction(spec(id), [1, 0.01, 0])).toBe("number");
    }
  });

  test("ranges of unequal length → #VALUE! (PROJECT, VARIETY)", () => {
    expectValueError(
      "PARTICIPATION.PROJECT",
      [col(40000, 41000, 18000), col(39000, 40500), col(0.73, 0.64, 0.25), col(0.8, 0.72, 0.35), col(0.002, 0.006, 0.01), 10],
      ["population_future", "3", "2"],
      ["bevolking_later", "3", "2"],
    );
    expectValueError("PARTICIPATION.PROJECT", [col(1, 2), col(1, 2), col(0.5, 0.5), col(0.6, 0.6), col(0.1), 3], ["annual_increase"], ["jaarlijkse_stijging"]);
    expectValueError("VARIETY", [col(120, 80, 40), col("2511", "2562")], ["employment", "sector_codes", "3", "2"], ["werkgelegenheid", "sectorcodes", "3", "2"]);
  });

  test("a cell empty in one range but filled in the others → #VALUE!; empty in all is skipped", () => {
    expectValueError("VARIETY", [col(120, null, 40), col("2511", "2562", "2822")], ["employment"], ["werkgelegenheid"]);
    const skipped = callFunction(spec("VARIETY"), [col(50, null, 50), col("01", null, "02"), 1]);
    const plain = callFunction(spec("VARIETY"), [col(50, 50), col("01", "02"), 1]);
    expect(skipped).toEqual(plain);
  });

  test("SPIRAL: base_benefit 0 with poor_elasticity > 0 → #VALUE!; with poor_elasticity 0 it is fine", () => {
    expectValueError("TAXMIGRATION.SPIRAL", [2000, 3000, 100000, 3000, 2, 10, 0.4, 0, 1, 0.5, 0], ["base_benefit", "poor_elasticity"], ["basisuitkering", "elasticiteit_armen"]);
    expectValueError("TAXMIGRATION.SPIRAL", [2000, 3000, 100000, 3000, 2, 10, 0.4, 0, 1, 0.5], ["base_benefit", "poor_elasticity"], ["basisuitkering", "elasticiteit_armen"]);
    const r = callFunction(spec("TAXMIGRATION.SPIRAL"), [2000, 3000, 100000, 3000, 2, 10, 0.4, 0, 1, 0, 0]);
    expect(isBLError(r)).toBe(false);
  });

  test("PARTICIPATION.PROJECT with all five ranges missing → #VALUE! (required arguments)", () => {
    const r = callFunction(spec("PARTICIPATION.PROJECT"), [undefined, undefined, undefined, undefined, undefined, 5]);
    expect(isBLError(r) ? r.code : show(r)).toBe("#VALUE!");
  });

  test("VARIETY: employment with total 0 → #VALUE!", () => {
    expectValueError("VARIETY", [col(0, 0), col("01", "02")], ["employment", "0"], ["werkgelegenheid", "0"]);
  });

  test("a bad cell inside a range names the argument and the cell's value", () => {
    expectValueError("CLASSSIZE.GROUPS", [col(57, "x", 49), 28], ["pupils", "x"], ["leerlingen", "x"]);
    expectValueError("CLASSSIZE.GROUPS", [col(57, 64.5, 49), 28], ["pupils", "64.5"], ["leerlingen", "64,5"]);
    expectValueError("CLASSSIZE.GROUPS", [col(57, -1, 49), 28], ["pupils", "-1"], ["leerlingen", "-1"]);
    expectValueError("PARTICIPATION.PROJECT", [col(1, 2), col(1, 2), col(0.5, 60), col(0.6, 0.6), col(0.1, 0.1), 3], ["rate_now", "60", "60%?"], ["graad_nu", "60", "60%?"]);
    expectValueError("VARIETY", [col(1, 2), [["01"], [true]]], ["sector_codes", "TRUE"], ["sectorcodes", "WAAR"]);
    expectValueError("VARIETY", [col(1, 2), col("01", "abc")], ["sector_codes", "abc"], ["sectorcodes", "abc"]);
  });
});
