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
/**
 * The rounds after the second, each split by a rule fixed before it (README): per owner, the first
 * half of its new governments by the SHA-256 of their id to cal, the rest to dev. `tablesJoin` says
 * where the round's tables of governments collected before could go: dev only (fourth to sixth
 * rounds), dev and cal (seventh on), never test; the third round had none.
 */
const LATER_ROUNDS: readonly { round: string; collectors: readonly string[]; tablesJoin: "none" | "dev" | "dev and cal" }[] = [
  { round: "third", collectors: ["d", "e", "f"], tablesJoin: "none" },
  { round: "fourth", collectors: ["g", "h", "i", "j", "k"], tablesJoin: "dev" },
  { round: "fifth", collectors: ["l", "m", "n", "o", "p"], tablesJoin: "dev" },
  // Municipal lists naming payees.
  { round: "sixth", collectors: ["q", "r", "s"], tablesJoin: "dev" },
  // Provinces, water boards, the Rijk.
  { round: "seventh", collectors: ["t", "u", "v"], tablesJoin: "dev and cal" },
  // Gemeenten new to the corpus.
  { round: "eighth", collectors: ["w", "x", "y"], tablesJoin: "dev and cal" },
  // Provinces, water boards and the Rijk.
  { round: "ninth", collectors: ["z", "aa", "ab"], tablesJoin: "dev and cal" },
  // The Rijk and gemeenten new to the corpus.
  { round: "tenth", collectors: ["ac", "ad", "ae"], tablesJoin: "dev and cal" },
  // Gemeenten' item, proposal and programme lists.
  { round: "eleventh", collectors: ["af", "ag", "ah"], tablesJoin: "dev and cal" },
  // Limburg (cal), the dev provinces' new tables, water boards new to the corpus.
  { round: "twelfth", collectors: ["ai", "aj", "ak"], tablesJoin: "dev and cal" },
  // Programme tables of gemeenten new to the corpus, the dev provinces' and the Rijk's new tables.
  { round: "thirteenth", collectors: ["al", "am", "an"], tablesJoin: "dev and cal" },
  // Gemeenten and water boards new to the corpus, the dev provinces' and the Rijk's new tables.
  { round: "fourteenth", collectors: ["ao", "ap", "aq", "ar"], tablesJoin: "dev and cal" },
  // Gemeenten new to the corpus, the dev provinces' and the Rijk's new tables.
  { round: "fifteenth", collectors: ["as", "at", "au"], tablesJoin: "dev and cal" },
  // Gemeenten and water boards new to the corpus, the dev provinces' and water boards' new tables.
  { round: "sixteenth", collectors: ["av", "aw", "ax"], tablesJoin: "dev and cal" },
];
const LATER = LATER_ROUNDS.map((r) => ({ ...r, ids: collectedBy(r.collectors) }));

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
    const all: Government[] = [...dev, ...test_].filter((g) => !SECOND_ROUND.has(g.id) && !LATER.some((r) => r.ids.has(g.id)));
    const rule: Map<string, string> = assign(all.map((g) => ({ id: g.id, owner: g.owner })));
    for (const g of dev) if (SECOND_ROUND.has(g.id)) rule.set(g.id, "dev");
    for (const r of LATER) {
      const split = assignThirdRound([...dev, ...cal].filter((g) => r.ids.has(g.id)).map((g) => ({ id: g.id, owner: g.owner })));
      for (const [id, s] of split) rule.set(id, s);
    }
    // A round's tables of a government collected before went only where its rule let them.
    const laterTable = (g: Government, t: object, who: readonly string[], round: ReadonlySet<string>) =>
      who.includes((t as { collector?: string }).collector ?? "") && !round.has(g.id);
    for (const r of LATER) {
      if (r.tablesJoin === "none") continue;
      for (const g of r.tablesJoin === "dev" ? [...test_, ...cal] : test_) {
        for (const t of g.tables) expect(laterTable(g, t, r.collectors, r.ids)).toBe(false);
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
    // 64 with the eleventh round (a subsidy ceiling's list opening "a. Voor diverse activiteiten:"); 67 with the twelfth
    // (two provincial decisions that print their ceilings inside sentences, and the heading above one of them); 70 with the
    // thirteenth (a provincial decision changing two subsidy ceilings in sentences, with its title); 74 with the fifteenth
    // (four rows of the Rijk's new tables). 42 once a budget's outline without figures is read (the table of contents
    // of the seventh round: "Programma 1 Groen en Water", "Doel 1.1 ...").
    expect(d.missing).toBeLessThanOrEqual(42);
    // 8.2% with the ninth round: the Rijk's Voorjaarsnota mutation lists name programmes by their own names;
    // 9.1% with the tenth (more of them, and theme names of a gemeente's programme: "Opgroeien", "Thuis"); 8.9% with the eleventh, 8.8% with the twelfth, 8.7% with compounds ending in "voorziening" read by their first part;
    // 9.5% with the thirteenth and fourteenth rounds (the Rijk's article lines by their own names, provincial subsidy lists of named organisations);
    // 9.6% with the fifteenth; 9.8% once the outline of the seventh round is read (8 of its 32 lines unanswered).
    // 8.5% with this round's headings named beside their numbers, provincial programmes of two tasks and the Rijk's words.
    // 8.3% with the words of the planning and control cycle, the Rijk's and the water boards'; 7.9% with a
    // province's nature collectives and greenports; 7.3% with the Rijk's instruments alone read as totals; 7.2% with
    // whole-line terms after a programme's number ("4 Sociaal") and a few words.
    expect(d.unknown / d.lines).toBeLessThanOrEqual(0.074);
    // 89.0% with the twelfth round's provincial lines (right on 78.1% of their answers at first reading); 88.3% with the
    // thirteenth and fourteenth rounds (right on 83.1% and 88.3% of their answers at first reading); 87.9% with the
    // fifteenth (76.4% at first reading, dev and cal parts together).
    // 88.6% with this round (cash shifts and placeholders by their task, cover as budget technique).
    // 89.1% with the Rijk's poverty policy and shared goods read as its national part.
    // 89.4% with a heading's "Totaal lasten" and "Totaal baten" read as its own money where it has no other lines.
    expect(d.right / d.answered).toBeGreaterThanOrEqual(0.892);
    // 4.7% since the confidence table was fitted again on the calibration split with the eleventh round (dev is not what it is fitted to);
    // 4.9% with the twelfth round; 5.1% with the thirteenth and fourteenth; 5.2% after the refit for answers from few
    // known words (a province's cell of one calibration answer rates its CONDITIONAL money lines 0.79); 5.4% with the
    // fifteenth round; 4.7% once a thin calibration cell is no surer than dev says (that cell back at 0.57); 4.6% once item
    // numbers of a proposal list are no taakvelden; 4.5% with named programmes as totals and "spoor 3" as a track.
    // 4.0% with this round and the refit after it; 3.98% with the next; 4.11% with the Rijk's instruments alone read as
    // totals (4 more, labelled with their article's task) and a programme column carried down (3 more, labelled
    // QUESTIONABLE where the province's economy task reads OK). 3.6% once a cell cal never filled is no surer than cal
    // says of its verdict and band over all owners, and with the heading's own money lines.
    expect(d.confidentWrong / d.lines).toBeLessThanOrEqual(0.037);
  });

  test("calibration split (only the confidence table is fitted to it; aggregate figures only)", () => {
    const c = figures(outcomes(cal));
    expect(c.lines).toBeGreaterThan(2270);
    // 44: the seventh round's tables of the calibration split's province include 15 lines the reader does not find,
    // the eighth round's gemeenten 8, the tenth round's Rijk tables 2, the thirteenth's and fourteenth's gemeenten 2 each
    // (not read: aggregate only).
    expect(c.missing).toBeLessThanOrEqual(48);
    // 15.8%: the sixth round's municipal subsidy lists added lines the check leaves unanswered more often;
    // abbreviations that count only in capitals ("OM", "RES") left two wrong answers here unanswered.
    // 14.6% with the eighth round's gemeenten; 15.3% with the ninth round's Rijk mutation lists.
    // 15.6% with the eleventh round; 15.3% with the words of budgets outside the corpus; 14.5% with the thirteenth and
    // fourteenth rounds' gemeenten; 14.4% with fees read by their task and words found trying the check as a user.
    // 14.0% with this round's words; 13.8% with the words of the planning and control cycle; 13.3% with a phrase's
    // last word read by its form and whole-line terms after a programme's number.
    expect(c.unknown / c.lines).toBeLessThanOrEqual(0.135);
    // 83.8%: the seventh pass's words (fitted on dev) answered three more lines here, two of them
    // wrongly; the vocabulary is not fitted to this split, so they stay. 85.3% with the eighth round, 84.5% with the ninth,
    // 85.2% with the tenth, 84.5% with the eleventh, 84.6% after the words for people with a disability, 85.9% with the
    // thirteenth and fourteenth rounds' gemeenten; 86.2% with fees read by their task.
    // 86.6% with this round (cover as budget technique: ten answers right that were not); 86.9% with the next.
    expect(c.right / c.answered).toBeGreaterThanOrEqual(0.867);
    // 7.6% after the refit with the eighth round: honest bands for gemeenten put more answers at 0.7 or more
    // (7.6% again after the refits with the ninth and tenth; 7.1% after the refit with the eleventh; 6.7% after the refit
    // with the thirteenth and fourteenth; 6.3% with answers from few known words made less sure; 6.2% with the
    // fifteenth round and thin cells no surer than dev says; 6.05% with fees read by their task).
    // 5.8% with this round and the refit after it (5.78% again with the next); 5.7% with the base registers as administration.
    expect(c.confidentWrong / c.lines).toBeLessThanOrEqual(0.058);
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
 * (docs/levels.md: the forty-third look, after the reader's work on what a budget holds beside
 * its money and the words for reception from Ukraine: 0 missing, 10.2% UNKNOWN (52 of 511),
 * 84.7% of the answered lines right (389 of 459), 10.2% confidently wrong; the forty-second read
 * 10.0%, 84.3% and 10.2%). A change that makes the engine worse on lines it was never fitted to
 * fails here: one more line unknown, confidently wrong or answered wrongly.
 */
const TEST_FLOORS = { missing: 0, unknown: 0.103, right: 0.845, confidentWrong: 0.103 };
