/**
 * The old holdout set (holdout-set.ts). It was written without the engine, but
 * the engine was later fixed on what it got wrong here, so it is FITTING DATA
 * now, not a measure: the honest figures are those of the real-budget corpus'
 * test split (test/levels/corpus). The floors sit just below today's figures
 * (97.7% verdict, 98.2% level, 1.8% confident wrong), so that a regression fails.
 */
import { checkLine } from "../../src/levels";
import { HOLDOUT_META, HOLDOUT_SET, type HoldoutLine } from "./holdout-set";

const VERDICTS: readonly HoldoutLine["verdict"][] = [
  "OK",
  "CONDITIONAL",
  "QUESTIONABLE",
  "WRONG_LEVEL",
  "NOT_GOVERNMENT",
  "NEUTRAL",
  "UNKNOWN",
];
const OWN_LEVEL = { gemeente: "GEMEENTE", provincie: "PROVINCIE", rijk: "RIJK" } as const;

const FLOOR_VERDICT = 0.96;
const FLOOR_LEVEL = 0.96;
const CEILING_CONFIDENT_WRONG = 0.03;

function countBy<T>(items: readonly T[], key: (item: T, index: number) => string): Map<string, number> {
  const out = new Map<string, number>();
  items.forEach((item, i) => {
    const k = key(item, i);
    out.set(k, (out.get(k) ?? 0) + 1);
  });
  return out;
}

function tally<K>(map: Map<K, { n: number; hit: number }>, key: K, hit: boolean): void {
  const cur = map.get(key) ?? { n: 0, hit: 0 };
  map.set(key, { n: cur.n + 1, hit: cur.hit + (hit ? 1 : 0) });
}

function metaAt(i: number): { category: number; english: boolean } {
  const m = HOLDOUT_META[i];
  if (m === undefined) throw new Error(`no meta for line ${i}`);
  return m;
}

const normalise = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

describe("holdout set: integrity", () => {
  test("size and owner mix", () => {
    expect(HOLDOUT_SET).toHaveLength(220);
    expect(HOLDOUT_META).toHaveLength(HOLDOUT_SET.length);
    const owners = countBy(HOLDOUT_SET, (l) => l.owner);
    expect(owners.get("gemeente")).toBe(140);
    expect(owners.get("provincie")).toBe(50);
    expect(owners.get("rijk")).toBe(30);
  });

  test("every verdict at least 5 times, every category 1-21 at least 4 times", () => {
    const verdicts = countBy(HOLDOUT_SET, (l) => l.verdict);
    for (const v of VERDICTS) expect([v, (verdicts.get(v) ?? 0) >= 5]).toEqual([v, true]);
    const categories = countBy(HOLDOUT_SET, (_l, i) => String(metaAt(i).category));
    for (let c = 1; c <= 21; c++) expect([c, (categories.get(String(c)) ?? 0) >= 4]).toEqual([c, true]);
    for (const m of HOLDOUT_META) expect(m.category >= 0 && m.category <= 21).toBe(true);
  });

  test("at least 20 English lines; taakveld on a minority, in several shapes", () => {
    expect(HOLDOUT_META.filter((m) => m.english).length).toBeGreaterThanOrEqual(20);
    const withTv = HOLDOUT_SET.filter((l) => l.taakveld !== undefined);
    expect(withTv.length).toBeGreaterThan(0);
    expect(withTv.length).toBeLessThan(HOLDOUT_SET.length / 2);
    expect(withTv.some((l) => typeof l.taakveld === "number")).toBe(true);
    expect(withTv.some((l) => typeof l.taakveld === "string" && /^\d+\.\d+[a-d]$/.test(l.taakveld))).toBe(true);
    expect(withTv.some((l) => typeof l.taakveld === "string" && /^\d+\.\d+\s+\S/.test(l.taakveld))).toBe(true);
  });

  test("no duplicate descriptions (ignoring case, punctuation and diacritics)", () => {
    const seen = new Map<string, string>();
    const dups: string[] = [];
    for (const l of HOLDOUT_SET) {
      const k = normalise(l.description);
      const prev = seen.get(k);
      if (prev !== undefined) dups.push(`${prev} / ${l.description}`);
      seen.set(k, l.description);
    }
    expect(dups).toEqual([]);
  });

  test("level follows the labelling convention", () => {
    const bad: string[] = [];
    for (const l of HOLDOUT_SET) {
      let expected: HoldoutLine["level"] | "other-than-owner";
      switch (l.verdict) {
        case "OK":
        case "CONDITIONAL":
        case "QUESTIONABLE":
        case "NEUTRAL":
          expected = OWN_LEVEL[l.owner];
          break;
        case "NOT_GOVERNMENT":
          expected = "MARKT";
          break;
        case "UNKNOWN":
          expected = null;
          break;
        case "WRONG_LEVEL":
          expected = "other-than-owner";
          break;
      }
      const okLevel =
        expected === "other-than-owner"
          ? l.level !== null && l.level !== "MARKT" && l.level !== OWN_LEVEL[l.owner]
          : l.level === expected;
      if (!okLevel) bad.push(`${l.description} (${l.owner} ${l.verdict} ${String(l.level)})`);
      if (l.why.trim().length === 0) bad.push(`${l.description}: empty why`);
      if (l.level === "WATERSCHAP" && (l.verdict !== "WRONG_LEVEL" || l.owner === "rijk")) bad.push(`${l.description}: waterschap`);
    }
    expect(bad).toEqual([]);
  });

  test("category conventions of LEVELS.md and the brief hold", () => {
    const bad: string[] = [];
    HOLDOUT_SET.forEach((l, i) => {
      const c = metaAt(i).category;
      const is = (verdict: HoldoutLine["verdict"], level?: HoldoutLine["level"]): void => {
        if (l.verdict !== verdict || (level !== undefined && l.level !== level))
          bad.push(`cat ${c} ${l.owner}: ${l.description} is ${l.verdict}/${String(l.level)}, expected ${verdict}/${String(level)}`);
      };
      // Burgerzaken is administration but a statutory task of the gemeente: OK (LEVELS.md clarification).
      const civil = c === 21 && l.verdict === "OK" && /burgerzaken|verkiezingen/i.test(l.description);
      if ((c === 21) !== (l.verdict === "NEUTRAL") && !civil) bad.push(`NEUTRAL only and always for cat 21: ${l.description}`);
      if ((c === 0) !== (l.verdict === "UNKNOWN")) bad.push(`UNKNOWN only and always for cat 0: ${l.description}`);
      if (c === 9) is("QUESTIONABLE");
      if (c === 5 && l.owner !== "rijk") is("WRONG_LEVEL", "RIJK");
      if (c === 4) is("NOT_GOVERNMENT", "MARKT");
      if (c === 10 || c === 12 || c === 18) is("CONDITIONAL");
      if (c === 11) is(l.owner === "rijk" ? "OK" : "CONDITIONAL");
      if (c === 19) {
        if (l.owner === "rijk") is("OK");
        else is("WRONG_LEVEL", "RIJK");
      }
      if ((c === 14 || c === 15 || c === 17) && l.owner === "provincie") is("WRONG_LEVEL", "GEMEENTE");
      if (c === 16) {
        if (l.owner === "gemeente") is("WRONG_LEVEL", "RIJK");
        if (l.owner === "provincie") is("CONDITIONAL");
        if (l.owner === "rijk") is("OK");
      }
      // Statutory parts of category 2 (bijzondere bijstand, IIT, kwijtschelding under the national norms) are OK (LEVELS.md clarification).
      if (c === 2 && l.owner === "gemeente") is(/bijzondere bijstand|inkomenstoeslag|kwijtschelding/i.test(l.description) ? "OK" : "CONDITIONAL");
      if ((c === 1 || c === 2) && l.owner === "provincie") is("WRONG_LEVEL", "RIJK");
      if ((c === 3 || c === 20) && l.owner === "provincie") is("WRONG_LEVEL", "GEMEENTE");
      if (c === 20 && l.owner === "gemeente") is("OK");
    });
    expect(bad).toEqual([]);
  });
});

describe("holdout set: measurement", () => {
  test("engine generalises to unseen budget lines", () => {
    interface Miss {
      line: HoldoutLine;
      category: number;
      gotVerdict: string;
      gotLevel: string | null;
      gotCategory: string;
      rule: string;
      confidence: number;
    }
    let verdictHits = 0;
    let levelHits = 0;
    let confidentWrong = 0;
    const misses: Miss[] = [];
    const perCat = new Map<number, { n: number; hit: number }>();
    const perOwner = new Map<string, { n: number; hit: number }>();

    HOLDOUT_SET.forEach((line, i) => {
      const { description, owner, taakveld } = line;
      const r = checkLine({ description, owner, ...(taakveld === undefined ? {} : { taakveld }) }, { owner });
      const category = metaAt(i).category;
      const vOk = r.verdict === line.verdict;
      const lOk = r.level === line.level;
      if (vOk) verdictHits++;
      if (lOk) levelHits++;
      if (!vOk && r.verdict !== "UNKNOWN") confidentWrong++;
      tally(perCat, category, vOk);
      tally(perOwner, owner, vOk);
      if (!vOk || !lOk)
        misses.push({
          line,
          category,
          gotVerdict: r.verdict,
          gotLevel: r.level,
          gotCategory: String(r.category),
          rule: String(r.rule),
          confidence: r.confidence,
        });
    });

    const n = HOLDOUT_SET.length;
    const verdictAcc = verdictHits / n;
    const levelAcc = levelHits / n;
    const cwRate = confidentWrong / n;
    const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

    const groups = new Map<string, Miss[]>();
    for (const m of misses) {
      const key = `${m.line.verdict}/${String(m.line.level)} -> ${m.gotVerdict}/${String(m.gotLevel)}`;
      groups.set(key, [...(groups.get(key) ?? []), m]);
    }
    const out: string[] = [
      `Holdout (${n} lines): verdict accuracy ${pct(verdictAcc)}, level accuracy ${pct(levelAcc)}, confident wrong ${pct(cwRate)} (${confidentWrong})`,
      `per owner (verdict): ${[...perOwner].map(([k, v]) => `${k} ${v.hit}/${v.n}`).join(", ")}`,
      `per category (verdict): ${[...perCat]
        .sort((a, b) => a[0] - b[0])
        .map(([k, v]) => `${k}:${v.hit}/${v.n}`)
        .join(" ")}`,
      `misclassified (${misses.length}), grouped expected -> got:`,
    ];
    for (const [key, ms] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
      out.push(`  ${key} (${ms.length})`);
      for (const m of ms)
        out.push(
          `    [${m.line.owner} cat ${m.category}] "${m.line.description}"${m.line.taakveld === undefined ? "" : ` tv=${JSON.stringify(m.line.taakveld)}`}` +
            ` -> ${m.gotCategory} rule=${m.rule} conf=${m.confidence}`,
        );
    }
    // eslint-disable-next-line no-console
    console.log(out.join("\n"));

    expect(verdictAcc).toBeGreaterThanOrEqual(FLOOR_VERDICT);
    expect(levelAcc).toBeGreaterThanOrEqual(FLOOR_LEVEL);
    expect(cwRate).toBeLessThanOrEqual(CEILING_CONFIDENT_WRONG);
  });
});
