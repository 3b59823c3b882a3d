// Hostile workbooks, part 6: rules a workbook brings are untrusted (issue 9,
// item 5). A hidden "Regels" sheet once silenced the whole check with one
// rule, and one regular expression took 33 s on a 33-character line.

import { promises as fsp } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { checkBudget } from "../../src/check/budget";
import { compileRules, slowRuleProblems } from "../../src/levels";
import { MAX_REGEX_TEXT, regexRisk } from "../../src/levels/regex-safety";
import ExcelJS from "exceljs";
import { detect, runCheck } from "../../taskpane/pane/run";
import { embeddedHost } from "../../workbench/host";
import { WorkbookModel } from "../../workbench/model";
import { loadedOptions, loadXlsx } from "../../workbench/document";
import { runCli } from "../helpers/cli";
import { n, rawWorkbook, s } from "./build";

let dir: string;
beforeAll(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), "bl-hostile-rules-"));
});
afterAll(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

// Two lines the check flags (stimulus and class size are not a gemeente's) and one it does not.
const BUDGET =
  `<row r="1">${s("A1", "Omschrijving")}${s("B1", "Taakveld")}${s("C1", "Lasten")}</row>` +
  `<row r="2">${s("A2", "Stimuleringspakket tegen de recessie")}${s("B2", "3.1")}${n("C2", 650)}</row>` +
  `<row r="3">${s("A3", "Klassenverkleining: extra leerkrachten")}${s("B3", "4.1")}${n("C3", 120)}</row>` +
  `<row r="4">${s("A4", "Sportaccommodaties")}${s("B4", "5.1")}${n("C4", 900)}</row>`;

function rulesSheet(pattern: string): string {
  return `<row r="1">${s("A1", "Patroon")}${s("B1", "Oordeel")}</row><row r="2">${s("A2", pattern)}${s("B2", "Juist niveau")}</row>`;
}

async function budgetWithRules(name: string, pattern: string, state?: string): Promise<string> {
  const f = path.join(dir, name);
  await rawWorkbook(f, BUDGET, { extraSheets: [{ name: "Regels", data: rulesSheet(pattern), ...(state ? { state } : {}) }] });
  return f;
}

describe("a workbook's own Regels sheet", () => {
  test("a hidden sheet with /./ → Juist niveau is named as hidden, with the verdicts it changed; --no-workbook-rules leaves it out", async () => {
    const f = await budgetWithRules("verborgen.xlsx", "/./", "hidden");
    const r = await runCli("check", f, "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out).toContain('NOTE: the workbook\'s own sheet "Regels" (hidden) holds 1 check rule, applied in this check; they changed the verdict of 2 budget lines: 2 from Better at another level, according to Allers (2017) to Right level.');
    expect(r.out).toContain("--no-workbook-rules");
    // The notice comes before the flagged lines, not after them.
    expect(r.out.indexOf("NOTE:")).toBeLessThan(r.out.indexOf("Flagged budget lines"));
    expect(r.out).toContain("Flagged budget lines (0)");

    const without = await runCli("check", f, "--no-workbook-rules", "--lang", "en");
    expect(without.code).toBe(0);
    expect(without.out).not.toContain("NOTE:");
    expect(without.out).toContain("Flagged budget lines (2)");
  });

  test("a very hidden sheet is named as such, in Dutch too; --json says it on stderr", async () => {
    const f = await budgetWithRules("zeer-verborgen.xlsx", "/./", "veryHidden");
    const r = await runCli("check", f, "--lang", "nl");
    expect(r.out).toContain('LET OP: het eigen blad "Regels" (zeer verborgen: Excel toont het zelfs niet bij Zichtbaar maken) van de werkmap bevat 1 toetsregel');
    expect(r.out).toContain("2 van Volgens Allers (2017) beter bij een ander niveau naar Juist niveau");
    const j = await runCli("check", f, "--json", "--lang", "en");
    expect(j.err).toContain('NOTE: the workbook\'s own sheet "Regels" (very hidden');
    expect(() => JSON.parse(j.out) as unknown).not.toThrow();
  });

  test("a visible sheet that changes nothing says so", async () => {
    const f = await budgetWithRules("zichtbaar.xlsx", "kermis");
    const r = await runCli("check", f, "--lang", "en");
    expect(r.out).toContain('NOTE: the workbook\'s own sheet "Regels" holds 1 check rule, applied in this check; they changed no verdict.');
  });

  test("/^(a+)+$/ is refused before it runs: a 33-character line costs nothing", async () => {
    const f = path.join(dir, "redos.xlsx");
    const line = `${"a".repeat(33)}!`;
    await rawWorkbook(f, `<row r="1">${s("A1", "Omschrijving")}${s("B1", "Lasten")}</row><row r="2">${s("A2", line)}${n("B2", 5)}</row>`, {
      extraSheets: [{ name: "Regels", data: rulesSheet("/^(a+)+$/"), state: "hidden" }],
    });
    const r = await runCli("check", f, "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.err).toContain("Row 2: /^(a+)+$/ repeats a group that itself repeats, which can take hours on a single line");
  }, 10_000);
});

describe("regular expressions in check rules", () => {
  test("what can backtrack without bound is refused; ordinary expressions pass", () => {
    const refused = {
      "^(a+)+$": "nestedQuantifier",
      "(a*)*b": "nestedQuantifier",
      "(\\w+\\s?)*$": "nestedQuantifier",
      "((a+)b)*": "nestedQuantifier",
      "(?:a?)+": "nestedQuantifier",
      "(a{1,3}){1,3}": "nestedQuantifier",
      "(a|aa)+$": "repeatedChoice",
      "(a)\\1": "backreference",
      "(?<n>a)\\k<n>": "backreference",
      ".*.*.*x": "tooManyRepeats",
      "a{0,300}a{0,300}a{0,300}x": "tooManyRepeats",
      [`x${"a".repeat(600)}`]: "tooLong",
    };
    for (const [source, risk] of Object.entries(refused)) expect([source, regexRisk(source)]).toEqual([source, risk]);
    for (const source of ["^totaal", "sport(hal|park)", "(?:sport|cultuur)", "^(?!.*totaal).*subsidie", "[(a+)+]", "\\(a+\\)+", "(ab){2,5}", "a{2,}b", "^\\d+\\.\\d+$"]) {
      expect([source, regexRisk(source)]).toEqual([source, null]);
    }
  });

  test("a rule whose expression overruns its time on a line is switched off for the rest of the check and named", () => {
    const { rules, problems } = compileRules([{ row: 4, pattern: "/sport/", verdict: "Verkeerd niveau" }]);
    expect(problems).toEqual([]);
    const lines = [1, 2, 3].map((i) => ({ row: i + 1, description: `Sportpark ${i}`, taakveld: "5.1", amount: 10, owner: null }));
    // A clock that jumps 60 ms per reading: every test of the expression seems to take 60 ms.
    let now = 0;
    const clock = jest.spyOn(Date, "now").mockImplementation(() => (now += 60));
    try {
      const { checked } = checkBudget(lines, { owner: "gemeente", rules });
      // The first line still got the rule's verdict (it matched), the others were checked without it.
      expect(checked.map((c) => c.result.rule)).toEqual(["user:row 4", expect.not.stringMatching(/^user:/), expect.not.stringMatching(/^user:/)]);
    } finally {
      clock.mockRestore();
    }
    const slow = slowRuleProblems(rules);
    expect(slow).toHaveLength(1);
    expect(slow[0]?.message.en).toMatch(/^Row 4: the check rule's regular expression took too long \(over 50 ms on one line, or 2 s over all lines\) by the line "sportpark 1"/);
  });

  test("an expression sees the first 200 characters of a description", () => {
    const { rules } = compileRules([{ row: 2, pattern: "/kermis$/", verdict: "Juist niveau" }]);
    const long = { row: 2, description: `${"Evenementen ".repeat(30)}kermis`, taakveld: null, amount: 1, owner: null };
    expect(long.description.length).toBeGreaterThan(MAX_REGEX_TEXT);
    const short = { ...long, row: 3, description: "Jaarlijkse kermis" };
    const { checked } = checkBudget([long, short], { owner: "gemeente", rules });
    expect(checked.map((c) => c.result.rule.startsWith("user:"))).toEqual([false, true]);
  });
});

describe("the pane with a workbook's rules sheet", () => {
  async function paneCheck(file: string, ignoreRules: boolean) {
    const b = await fsp.readFile(file);
    const doc = await loadXlsx(ExcelJS, b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer, "en", path.basename(file));
    try {
      const host = embeddedHost(new WorkbookModel(doc.wb, { lang: "en", ...loadedOptions(doc) }));
      return await runCheck(host, await detect(host), { lang: "en", settings: {}, ignoreRules });
    } finally {
      doc.wb.destroy();
    }
  }

  test("says the hidden sheet's rules changed two verdicts; the switch leaves them out", async () => {
    const f = await budgetWithRules("paneel.xlsx", "/./", "hidden");
    const applied = await paneCheck(f, false);
    expect(applied.rulesSheet).toEqual({ sheet: "Regels", hidden: true, rules: 1, lines: 2, changes: [{ from: "WRONG_LEVEL", to: "OK", count: 2 }] });
    expect(applied.summary.find((s) => s.verdict === "WRONG_LEVEL")?.count).toBe(0);
    const ignored = await paneCheck(f, true);
    expect(ignored.rulesSheet).toBeUndefined();
    expect(ignored.summary.find((s) => s.verdict === "WRONG_LEVEL")?.count).toBe(2);
  });
});
