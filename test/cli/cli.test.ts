import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CATALOGUE } from "../../src/catalogue";
import { fullName } from "../../src/core/spec";
import { REFERENCE_END, REFERENCE_START, withReference } from "../../src/catalogue/docs";
import { runCli } from "../helpers/cli";
import { main } from "../../cli/main";

const root = join(__dirname, "..", "..");

const run = runCli;

describe("begrotingslab eval", () => {
  test("the issue's --json example, through npm as a user runs it", () => {
    const r = spawnSync(
      "npm",
      ["run", "--silent", "cli", "--", "eval", "--json", "=BL.REVOLVING.CAPITAL(1000000, 10, 0.1)", "=BL.REVOLVING.CAPITAL(1000000, 10, 30)"],
      { cwd: root, encoding: "utf8", env: { ...process.env, LC_ALL: "C" } },
    );
    // The second formula is an error value: the JSON says so, and the exit code too, so a script can tell.
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/1 of 2 formulas gave an error value\./);
    const json = JSON.parse(r.stdout) as [number, { error: string; message: string }];
    expect(json).toHaveLength(2);
    expect(Math.abs(json[0] - 348678.4401)).toBeLessThan(1e-9 * 348678.4401);
    expect(json[1].error).toBe("#VALUE!");
    expect(json[1].message).toMatch(/default_rate/);
    expect(json[1].message).toMatch(/30%/);
  });

  test("readable output aligns a spilled table and shows errors with their message", async () => {
    const r = await run("eval", "=BL.REVOLVING.TABLE(1000, 2, 0.1)", "=BL.STIMULUS.LEAKAGE(2, 0.5)");
    expect(r.code).toBe(1);
    const lines = r.out.split("\n");
    const header = lines.find((l) => l.includes("Capital at start")) as string;
    const row1 = lines[lines.indexOf(header) + 1] as string;
    const row2 = lines[lines.indexOf(header) + 2] as string;
    expect(header.indexOf("Capital at start")).toBeGreaterThan(header.indexOf("Year"));
    // Numbers are right-aligned, and so is each header over its numbers: every column ends where its header ends.
    expect(row1.trimEnd().length).toBe(header.trimEnd().length);
    expect(header.indexOf("Capital at start") + "Capital at start".length).toBe(row1.indexOf("1,000") + "1,000".length);
    expect(row2.trimEnd().length).toBe(header.trimEnd().length);
    const ok = await run("eval", "=BL.REVOLVING.TABLE(1000, 2, 0.1)");
    expect(ok.code).toBe(0);
    expect(r.out).toMatch(/#VALUE! mpc must be a number from 0 to 1; got 2\./);
  });

  test("--lang nl takes Dutch names and answers in Dutch", async () => {
    const r = await run("eval", "--lang", "nl", "--json", "=BL.VVE.ALGEMEEN(100, 0.2, 1000)", "=BL.REVOLVEREND.TABEL(1000, 1, 0.1)", "=BL.VVE.ALGEMENE(1, 1, 1)", "=BL.VVE.UNIVERSAL(2, 1, 1)");
    const [universal, table, unknown, english] = JSON.parse(r.out) as [number, unknown[][], { error: string; message: string }, number];
    // The engine keeps English names as the functions' ids, so they work in Dutch too.
    expect(english).toBe(2);
    expect(universal).toBe(100000);
    expect(table[0]).toEqual(["Jaar", "Kapitaal begin", "Rente", "Wanbetaling", "Terugvordering", "Beheerkosten", "Kapitaal eind", "Contante waarde eindkapitaal tegen de disconteringsvoet"]);
    expect(unknown.error).toBe("#NAME?");
    expect(unknown.message).toMatch(/Onbekende functienaam/);
    const readable = await run("eval", "--lang=nl", "=BL.VVE.ALGEMEEN(100, 2, 1000)");
    expect(readable.out).toMatch(/#WAARDE! doelgroepaandeel moet een getal van 0 tot en met 1 zijn; gegeven is 2\. Bedoelde u 2%\?/);
  });

  test("--lang nl also takes a formula copied from Dutch Excel: ';' between arguments, a decimal comma", async () => {
    const r = await run("eval", "--lang", "nl", "--json", "=BL.VVE.ALGEMEEN(1200; 0,15; 8100)", "=BL.VVE.ALGEMEEN(1200, 0.15, 8100)", '=BL.NIVEAUTOETS("Peilbeheer";"";"waterschap")');
    const [dutch, invariant, level] = JSON.parse(r.out) as [number, number, string];
    expect(dutch).toBe(invariant);
    expect(dutch).toBe(9720000);
    expect(level).toBe("Juist niveau");
  });

  test("--file reads formulas, one per line; a missing file is a clear error", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bl-cli-"));
    const f = join(dir, "f.txt");
    writeFileSync(f, "\uFEFF# comment\r\n=BL.TAXMIGRATION.MAXRATE(1, 0)\r\n\r\nBL.TAXMIGRATION.MAXRATE(3, 0)\n");
    const r = await run("eval", "--json", "--file", f);
    expect(JSON.parse(r.out)).toEqual([0.5, 0.25]);
    const missing = await run("eval", "--file", join(dir, "nope.txt"));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/does not exist/);
    const nl = await run("eval", "--lang", "nl", "--file", join(dir, "nope.txt"));
    expect(nl.err).toMatch(/bestaat niet/);
  });

  test("unknown flags, commands and missing formulas exit non-zero with a message", async () => {
    const bad = await run("eval", "--jsn", "=1");
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/Unknown option: --jsn/);
    const badLang = await run("eval", "--lang", "de", "=1");
    expect(badLang.code).toBe(2);
    expect(badLang.err).toMatch(/choose from nl, en/);
    const none = await run("eval");
    expect(none.code).toBe(2);
    const cmd = await run("frobnicate");
    expect(cmd.code).toBe(2);
    expect(cmd.err).toMatch(/Unknown command: frobnicate/);
    const flagValue = await run("eval", "--json=yes", "=1");
    expect(flagValue.code).toBe(2);
  });

  test("--help works for the program and every command, in both languages", async () => {
    for (const lang of ["en", "nl"]) {
      const top = await run("--help", "--lang", lang);
      expect(top.code).toBe(0);
      for (const cmd of ["eval", "functions", "docs"]) {
        const r = await run(cmd, "--help", "--lang", lang);
        expect(r.code).toBe(0);
        expect(r.out).toMatch(lang === "nl" ? /^Gebruik: begrotingslab / : /^Usage: begrotingslab /);
        expect(top.out).toContain(cmd);
      }
    }
  });

  test("years in a Year column read as years (2026), not as amounts (2.026)", async () => {
    const r = await run("eval", "--lang", "nl", "=BL.MEERJARIG(1000, 2026, 2024, 0.1, 0.1)");
    expect(r.out).toMatch(/^ +2026 +1\.000 +1\.210 +1\.210$/m);
    expect(r.out).toMatch(/^ +2029 +1\.000 +1\.610,51 +1\.210$/m);
    expect(r.out).not.toContain("2.026");
  });

  test("negative numbers and formulas starting with - are not taken for flags", async () => {
    const r = await run("eval", "--json", "-1+2", "=-BL.TAXMIGRATION.MAXRATE(1, 0)");
    expect(JSON.parse(r.out)).toEqual([1, -0.5]);
  });
});

describe("begrotingslab functions and docs", () => {
  test("functions lists every catalogue entry in the chosen language", async () => {
    const r = await run("functions", "--json", "--lang", "nl");
    const list = JSON.parse(r.out) as { name: string }[];
    expect(list.map((f) => f.name)).toEqual(CATALOGUE.map((s) => fullName(s, "nl")));
  });

  test("the README's function reference is the generated one", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    expect(readme).toContain(REFERENCE_START);
    expect(readme).toContain(REFERENCE_END);
    expect(withReference(readme)).toBe(readme);
  });

  test("every formula in the README's function reference evaluates without error", async () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf(REFERENCE_START), readme.indexOf(REFERENCE_END));
    const formulas = [...section.matchAll(/```\n(=[^\n]+)\n```/g)].map((m) => m[1] as string);
    expect(formulas).toHaveLength(CATALOGUE.length);
    const r = await run("eval", "--json", ...formulas);
    const results = JSON.parse(r.out) as unknown[];
    const errors = results.flatMap((v, i) => {
      const cells = Array.isArray(v) ? (v as unknown[][]).flat() : [v];
      return cells.some((c) => typeof c === "object" && c !== null) ? [formulas[i]] : [];
    });
    expect(errors).toEqual([]);
    // And in Dutch, with the Dutch names.
    const nl = CATALOGUE.map((s) => s.example.replace(fullName(s, "en"), fullName(s, "nl")));
    const rn = await run("eval", "--json", "--lang", "nl", ...nl);
    expect(JSON.stringify(JSON.parse(rn.out))).not.toMatch(/"error"/);
  });
});

describe("the command line speaks the user's language", () => {
  const withEnv = async (env: Record<string, string>, ...argv: string[]) => {
    let out = "";
    let err = "";
    const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s) }, env);
    return { code, out, err };
  };

  test("LANG, LC_MESSAGES and LC_ALL choose Dutch in POSIX order; --lang wins over all of them", async () => {
    expect((await withEnv({ LANG: "nl_NL.UTF-8" }, "eval")).err).toMatch(/Geef ten minste één formule/);
    expect((await withEnv({ LANG: "nl_BE.UTF-8" }, "eval")).err).toMatch(/Geef ten minste één formule/);
    expect((await withEnv({ LANG: "en_GB.UTF-8", LC_MESSAGES: "nl_NL" }, "eval")).err).toMatch(/Geef ten minste/);
    expect((await withEnv({ LANG: "nl_NL.UTF-8", LC_ALL: "C" }, "eval")).err).toMatch(/Give at least one formula/);
    expect((await withEnv({ LANG: "nl_NL.UTF-8" }, "eval", "--lang", "en")).err).toMatch(/Give at least one formula/);
    expect((await withEnv({ LANG: "nl_NL.UTF-8" }, "eval", "--lang=en")).err).toMatch(/Give at least one formula/);
    expect((await withEnv({}, "eval", "--lang", "nl")).err).toMatch(/Geef ten minste/);
    // Dutch usage and Dutch function names, without --lang.
    const nl = await withEnv({ LANG: "nl_NL.UTF-8" }, "eval", "=BL.VVE.ALGEMEEN(100; 0,2; 1000)".replace(/; /g, ", ").replace("0,2", "0.2"));
    expect(nl.code).toBe(0);
    expect(nl.out).toMatch(/100\.000/);
    expect((await withEnv({ LANG: "nl_NL.UTF-8" })).out).toMatch(/^begrotingslab .* de modellen van Allers/);
  });

  test("a flag typed with one dash is named as such, not taken for a file", async () => {
    const r = await withEnv({}, "check", "-json", join(root, "examples", "gemeente-lindewaard-2025.csv"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Unknown option: -json\. Options start with two dashes: --json\./);
    expect(r.err).not.toMatch(/exactly one budget file/);
    const nl = await withEnv({ LANG: "nl_NL.UTF-8" }, "eval", "-jsn", "=1");
    expect(nl.err).toMatch(/^Onbekende optie: --jsn/);
    // A negative number or formula is still a formula.
    expect(JSON.parse((await withEnv({}, "eval", "--json", "-1+3")).out)).toEqual([2]);
  });
});
