/**
 * The level check on budgets as governments publish them (test/levels/corpus):
 * the corpus' integrity, its split by government (made by a fixed rule before
 * anyone working on the engine read a line), no line of the test split copied
 * into the engine's vocabulary, and floors just below today's figures so that a
 * regression fails. Only aggregate figures of the test split are computed here;
 * no test-split line is ever printed.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { KNOWLEDGE } from "../../src/levels/knowledge/load";
import { normalize } from "../../src/levels/normalize";
import { figures, loadSplit, outcomes, type Government } from "./corpus/measure";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { assign, assignThirdRound } = require("./corpus/split.js") as {
  assign(ids: { id: string; owner: string }[]): Map<string, "dev" | "test">;
  assignThirdRound(ids: { id: string; owner: string }[]): Map<string, "dev" | "cal">;
};

const collectedBy = (who: readonly string[]) =>
  new Set([...loadSplit("dev"), ...loadSplit("test"), ...loadSplit("cal")].filter((g) => who.includes((g as Government & { collector?: string }).collector ?? "")).map((g) => g.id));
/** Governments of the second collection round (collector "c"), all in dev by the rule fixed before that round. */
const SECOND_ROUND = collectedBy(["c"]);
/** New governments of the third round (collectors d, e, f): half to cal, half to dev, by the rule fixed before it (README). */
const THIRD_ROUND = collectedBy(["d", "e", "f"]);
/** New governments of the fourth round (collectors g to k): split like the third round's (README). */
const FOURTH_ROUND_COLLECTORS = ["g", "h", "i", "j", "k"];
const FOURTH_ROUND = collectedBy(FOURTH_ROUND_COLLECTORS);
/** New governments of the fifth round (collectors l to p): split by the fourth round's rule (README). */
const FIFTH_ROUND_COLLECTORS = ["l", "m", "n", "o", "p"];
const FIFTH_ROUND = collectedBy(FIFTH_ROUND_COLLECTORS);
/** New governments of the sixth round (collectors q to s, municipal lists naming payees): the same rule (README). */
const SIXTH_ROUND_COLLECTORS = ["q", "r", "s"];
const SIXTH_ROUND = collectedBy(SIXTH_ROUND_COLLECTORS);
/** New governments of the seventh round (collectors t to v: provinces, water boards, the Rijk): the same rule, and a cal government's tables join it in cal (README). */
const SEVENTH_ROUND_COLLECTORS = ["t", "u", "v"];
const SEVENTH_ROUND = collectedBy(SEVENTH_ROUND_COLLECTORS);
/** The eighth round (README): the seventh round's rule, gemeenten new to the corpus (collectors w to y). */
const EIGHTH_ROUND_COLLECTORS = ["w", "x", "y"];
const EIGHTH_ROUND = collectedBy(EIGHTH_ROUND_COLLECTORS);
/** The ninth round (README): the eighth round's rule, provinces, water boards and the Rijk (collectors z, aa, ab). */
const NINTH_ROUND_COLLECTORS = ["z", "aa", "ab"];
const NINTH_ROUND = collectedBy(NINTH_ROUND_COLLECTORS);
/** The tenth round (README): the ninth round's rule, the Rijk and gemeenten new to the corpus (collectors ac, ad, ae). */
const TENTH_ROUND_COLLECTORS = ["ac", "ad", "ae"];
const TENTH_ROUND = collectedBy(TENTH_ROUND_COLLECTORS);
/** The eleventh round (README): the tenth round's rule, gemeenten (collectors af, ag, ah). */
const ELEVENTH_ROUND_COLLECTORS = ["af", "ag", "ah"];
const ELEVENTH_ROUND = collectedBy(ELEVENTH_ROUND_COLLECTORS);

/**
 * The Rijk's prescribed financial instruments (Regeling rijksbegrotingsvoorschriften):
 * every ministry's article is broken down by them, so they are standard names like the
 * Iv3 taakvelden, not lines of any one budget.
 */
const RIJK_INSTRUMENTS = [
  "Subsidies", "Overige subsidies", "Opdrachten", "Overige opdrachten", "Bijdrage aan agentschappen", "Bijdragen aan agentschappen",
  "Bijdrage aan medeoverheden", "Bijdragen aan medeoverheden", "Overige bijdragen aan medeoverheden", "Bijdrage aan ZBO's/RWT's",
  "Bijdragen aan ZBO's/RWT's", "Bijdrage aan (inter)nationale organisaties", "Bijdrage aan internationale organisaties",
  "Bijdragen aan internationale organisaties", "Bijdrage aan andere begrotingshoofdstukken", "Bijdragen aan andere begrotingshoofdstukken",
  "Inkomensoverdrachten", "Leningen", "Garanties", "Bekostiging", "Overige uitgaven en ontvangsten", "Apparaatsuitgaven",
  "Programma-uitgaven", "Niet-beleidsartikelen", "Nominaal en onvoorzien",
];

const VERDICTS = ["OK", "CONDITIONAL", "QUESTIONABLE", "WRONG_LEVEL", "NOT_GOVERNMENT", "NEUTRAL"];
const LEVELS = ["RIJK", "PROVINCIE", "GEMEENTE", "WATERSCHAP", "MARKT"];

const dev = loadSplit("dev");
const test_ = loadSplit("test");
const cal = loadSplit("cal");

describe("the real-budget corpus", () => {
  test("is large enough and varied: 1,000+ lines from 30+ governments of every owner", () => {
    const all = [...dev, ...test_, ...cal];
    const lines = all.reduce((n, g) => n + g.tables.reduce((m, t) => m + t.labels.length, 0), 0);
    expect(lines).toBeGreaterThanOrEqual(1000);
    expect(all.length).toBeGreaterThanOrEqual(30);
    for (const owner of ["gemeente", "provincie", "rijk", "waterschap"]) expect(all.some((g) => g.owner === owner)).toBe(true);
  });

  test("every file is well formed: a label per row, known verdicts, levels, categories and kinds, an address per table", () => {
    for (const g of [...dev, ...test_, ...cal]) {
      for (const t of g.tables) {
        expect(t.url).toMatch(/^https?:\/\//);
        expect(t.header).toBeGreaterThanOrEqual(0);
        expect(t.labels).toHaveLength(t.rows.length - t.header);
        for (const l of t.labels) {
          expect(l.verdicts.length).toBeGreaterThanOrEqual(1);
          for (const v of l.verdicts) expect(VERDICTS).toContain(v);
          if (l.level !== null) expect(LEVELS).toContain(l.level);
          expect(["line", "heading", "total"]).toContain(l.kind);
          if (l.kind === "total") expect(l.verdicts).toEqual(["NEUTRAL"]);
        }
      }
    }
  });

  test("the second, blind labelling of dev lines points at dev lines and uses the labels' vocabulary", () => {
    const second = (JSON.parse(readFileSync(join(__dirname, "corpus", "second-labels.json"), "utf8")) as { labels: { government: string; table: number; row: number; verdicts: string[]; level: string | null }[] }).labels;
    expect(second.length).toBe(300);
    const byId = new Map(dev.map((g) => [g.id, g]));
    for (const s of second) {
      const label = byId.get(s.government)?.tables[s.table]?.labels[s.row];
      expect(label?.kind).toBe("line");
      for (const v of s.verdicts) expect(VERDICTS).toContain(v);
      if (s.level !== null) expect(LEVELS).toContain(s.level);
    }
  });

  test("the split is the committed rule's, by government: no government in both halves", () => {
    // The first round's split by the rule; the second round went to dev whole (README).
    const all: Government[] = [...dev, ...test_].filter((g) => !SECOND_ROUND.has(g.id) && !THIRD_ROUND.has(g.id) && !FOURTH_ROUND.has(g.id) && !FIFTH_ROUND.has(g.id) && !SIXTH_ROUND.has(g.id) && !SEVENTH_ROUND.has(g.id) && !EIGHTH_ROUND.has(g.id) && !NINTH_ROUND.has(g.id) && !TENTH_ROUND.has(g.id) && !ELEVENTH_ROUND.has(g.id));
    const rule: Map<string, string> = assign(all.map((g) => ({ id: g.id, owner: g.owner })));
    for (const g of dev) if (SECOND_ROUND.has(g.id)) rule.set(g.id, "dev");
    const third = assignThirdRound([...dev, ...cal].filter((g) => THIRD_ROUND.has(g.id)).map((g) => ({ id: g.id, owner: g.owner })));
    for (const [id, split] of third) rule.set(id, split);
    const fourth = assignThirdRound([...dev, ...cal].filter((g) => FOURTH_ROUND.has(g.id)).map((g) => ({ id: g.id, owner: g.owner })));
    for (const [id, split] of fourth) rule.set(id, split);
    const fifth = assignThirdRound([...dev, ...cal].filter((g) => FIFTH_ROUND.has(g.id)).map((g) => ({ id: g.id, owner: g.owner })));
    for (const [id, split] of fifth) rule.set(id, split);
    const sixth = assignThirdRound([...dev, ...cal].filter((g) => SIXTH_ROUND.has(g.id)).map((g) => ({ id: g.id, owner: g.owner })));
    for (const [id, split] of sixth) rule.set(id, split);
    const seventh = assignThirdRound([...dev, ...cal].filter((g) => SEVENTH_ROUND.has(g.id)).map((g) => ({ id: g.id, owner: g.owner })));
    for (const [id, split] of seventh) rule.set(id, split);
    const eighth = assignThirdRound([...dev, ...cal].filter((g) => EIGHTH_ROUND.has(g.id)).map((g) => ({ id: g.id, owner: g.owner })));
    for (const [id, split] of eighth) rule.set(id, split);
    const ninth = assignThirdRound([...dev, ...cal].filter((g) => NINTH_ROUND.has(g.id)).map((g) => ({ id: g.id, owner: g.owner })));
    for (const [id, split] of ninth) rule.set(id, split);
    const tenth = assignThirdRound([...dev, ...cal].filter((g) => TENTH_ROUND.has(g.id)).map((g) => ({ id: g.id, owner: g.owner })));
    for (const [id, split] of tenth) rule.set(id, split);
    const eleventh = assignThirdRound([...dev, ...cal].filter((g) => ELEVENTH_ROUND.has(g.id)).map((g) => ({ id: g.id, owner: g.owner })));
    for (const [id, split] of eleventh) rule.set(id, split);
    // The fourth to sixth rounds' tables of a government collected before were added to dev only.
    const laterTable = (g: Government, t: object, who: readonly string[], round: ReadonlySet<string>) =>
      who.includes((t as { collector?: string }).collector ?? "") && !round.has(g.id);
    for (const g of [...test_, ...cal]) {
      for (const t of g.tables) {
        expect(laterTable(g, t, FOURTH_ROUND_COLLECTORS, FOURTH_ROUND)).toBe(false);
        expect(laterTable(g, t, FIFTH_ROUND_COLLECTORS, FIFTH_ROUND)).toBe(false);
        expect(laterTable(g, t, SIXTH_ROUND_COLLECTORS, SIXTH_ROUND)).toBe(false);
      }
    }
    // The seventh to eleventh rounds added tables to governments of dev and cal, never of test.
    for (const g of test_) {
      for (const t of g.tables) {
        expect(laterTable(g, t, SEVENTH_ROUND_COLLECTORS, SEVENTH_ROUND)).toBe(false);
        expect(laterTable(g, t, EIGHTH_ROUND_COLLECTORS, EIGHTH_ROUND)).toBe(false);
        expect(laterTable(g, t, NINTH_ROUND_COLLECTORS, NINTH_ROUND)).toBe(false);
        expect(laterTable(g, t, TENTH_ROUND_COLLECTORS, TENTH_ROUND)).toBe(false);
        expect(laterTable(g, t, ELEVENTH_ROUND_COLLECTORS, ELEVENTH_ROUND)).toBe(false);
      }
    }
    for (const [split, govs] of [["dev", dev], ["test", test_], ["cal", cal]] as const) {
      for (const g of govs) expect({ id: g.id, split: rule.get(g.id) }).toEqual({ id: g.id, split });
    }
    const seen = new Set<string>();
    for (const split of ["dev", "test", "cal"]) {
      const dir = join(__dirname, "corpus", split);
      for (const f of existsSync(dir) ? readdirSync(dir).filter((x) => x.endsWith(".json")) : []) {
        expect(seen.has(f)).toBe(false);
        seen.add(f);
      }
    }
  });

  test("no line of the test split was copied into the engine's vocabulary", () => {
    // Single words ("Bestuur", "Riolering") are the budget's common words and may be terms,
    // and so are the official Iv3 taakveld names ("Openbare orde en veiligheid"), which every
    // municipal budget uses; any other phrase of three words or more can only be in the
    // vocabulary if it was copied there.
    const official = new Set([...KNOWLEDGE.taakvelden.map((tv) => normalize(tv.name)), ...RIJK_INSTRUMENTS.map(normalize)]);
    const terms = new Set(KNOWLEDGE.terms.map((x) => normalize(x.term)).filter((x) => !official.has(x)));
    let copied = 0;
    let phrases = 0;
    for (const g of test_) {
      for (const t of g.tables) {
        for (const row of t.rows.slice(t.header)) {
          for (const cell of row) {
            const n = normalize(cell);
            if (n.split(" ").filter((w) => /[a-z]/.test(w)).length < 3) continue;
            phrases++;
            if (terms.has(n)) copied++;
          }
        }
      }
    }
    expect(phrases).toBeGreaterThan(100);
    // Only the count is shown: the test split's lines are never printed.
    expect(copied).toBe(0);
  });
});

describe("the level check on the corpus (floors just below today's figures)", () => {
  const d = figures(outcomes(dev));
  const t = figures(outcomes(test_));

  test("development split (fitted to)", () => {
    // 42 missing: 34 of them from the seventh round, a table of contents without figures and two sentences of a decision;
    // one heading of the eighth round's investment list, read as the table's title. 63 with the ninth round: 21 rows of
    // provincial decisions and annual-report tiles that print their figures inside sentences ("Lasten 24 % (-€7.712)");
    // 64 with the eleventh round (a subsidy ceiling's list opening "a. Voor diverse activiteiten:").
    expect(d.missing).toBeLessThanOrEqual(64);
    // 8.2% with the ninth round: the Rijk's Voorjaarsnota mutation lists name programmes by their own names;
    // 9.1% with the tenth (more of them, and theme names of a gemeente's programme: "Opgroeien", "Thuis"); 8.9% with the eleventh.
    expect(d.unknown / d.lines).toBeLessThanOrEqual(0.089);
    expect(d.right / d.answered).toBeGreaterThanOrEqual(0.893);
    // 4.7% since the confidence table was fitted again on the calibration split with the eleventh round (dev is not what it is fitted to).
    expect(d.confidentWrong / d.lines).toBeLessThanOrEqual(0.048);
  });

  test("calibration split (only the confidence table is fitted to it; aggregate figures only)", () => {
    const c = figures(outcomes(cal));
    expect(c.lines).toBeGreaterThan(1975);
    // 44: the seventh round's tables of the calibration split's province include 15 lines the reader does not find,
    // the eighth round's gemeenten 8, the tenth round's Rijk tables 2 (not read: aggregate only).
    expect(c.missing).toBeLessThanOrEqual(44);
    // 15.8%: the sixth round's municipal subsidy lists added lines the check leaves unanswered more often;
    // abbreviations that count only in capitals ("OM", "RES") left two wrong answers here unanswered.
    // 14.6% with the eighth round's gemeenten; 15.3% with the ninth round's Rijk mutation lists.
    // 15.6% with the eleventh round.
    expect(c.unknown / c.lines).toBeLessThanOrEqual(0.156);
    // 83.8%: the seventh pass's words (fitted on dev) answered three more lines here, two of them
    // wrongly; the vocabulary is not fitted to this split, so they stay. 85.3% with the eighth round, 84.5% with the ninth,
    // 85.2% with the tenth, 84.5% with the eleventh.
    expect(c.right / c.answered).toBeGreaterThanOrEqual(0.844);
    // 7.6% after the refit with the eighth round: honest bands for gemeenten put more answers at 0.7 or more
    // (7.6% again after the refits with the ninth and tenth; 7.1% after the refit with the eleventh).
    expect(c.confidentWrong / c.lines).toBeLessThanOrEqual(0.072);
  });

  test("test split (never fitted to; aggregate figures only)", () => {
    expect(t.lines).toBeGreaterThan(400);
    // A failure names the floor that broke, never the figure: each figure seen is a look at the test split.
    expect({
      missing: t.missing <= TEST_FLOORS.missing,
      unknown: t.unknown / t.lines <= TEST_FLOORS.unknown,
      right: t.right / t.answered >= TEST_FLOORS.right,
      confidentWrong: t.confidentWrong / t.lines <= TEST_FLOORS.confidentWrong,
    }).toEqual({ missing: true, unknown: true, right: true, confidentWrong: true });
  });
});

/**
 * Just below the last reading of the test split reported in the project's notes
 * (docs/levels.md: the twenty-second look, after the eleventh collection round's
 * work: 0 missing, 10.8% UNKNOWN, 84.6% of the answered lines right, 8.8%
 * confidently wrong). A change that makes the engine worse on lines it was never fitted to
 * fails here.
 */
const TEST_FLOORS = { missing: 0, unknown: 0.108, right: 0.845, confidentWrong: 0.089 };
