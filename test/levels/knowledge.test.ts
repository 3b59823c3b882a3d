/**
 * The level check's knowledge is data a policy adviser edits (src/levels/knowledge/*.tsv).
 * These tests keep the generated module in step with the tables and make sure the
 * tables load: every task has a verdict for every owner, every term points somewhere.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { KNOWLEDGE, loadKnowledge } from "../../src/levels/knowledge/load";
import { OWNERS } from "../../src/levels/types";

const ROOT = join(__dirname, "..", "..");

describe("knowledge tables", () => {
  test("tables.ts is the transcription of the .tsv files (run node scripts/knowledge.js after editing them)", () => {
    expect(() => execFileSync(process.execPath, [join(ROOT, "scripts", "knowledge.js"), "--check"], { stdio: "pipe" })).not.toThrow();
  });

  test("they load without problems", () => {
    expect(() => loadKnowledge()).not.toThrow();
  });

  test("every task has a verdict and a reason in both languages for every owner, water boards included", () => {
    expect(KNOWLEDGE.tasks.length).toBeGreaterThan(30);
    for (const t of KNOWLEDGE.tasks) {
      for (const o of OWNERS) {
        expect(t.cells[o].reason.nl.length).toBeGreaterThan(10);
        expect(t.cells[o].reason.en.length).toBeGreaterThan(10);
      }
    }
  });

  test("water boards: water management is theirs, local tasks are not", () => {
    const task = (id: string) => KNOWLEDGE.tasks.find((t) => t.id === id)!;
    expect(task("water_board").cells.waterschap.verdict).toBe("OK");
    expect(task("primary_flood").cells.waterschap.verdict).toBe("OK");
    expect(task("merit_goods").cells.waterschap).toMatchObject({ verdict: "WRONG_LEVEL", level: "GEMEENTE" });
    expect(task("water_board").cells.gemeente).toMatchObject({ verdict: "WRONG_LEVEL", level: "WATERSCHAP" });
  });

  test("a term matched one way means one task, and each signal once (listed twice it would count twice; with two tasks its line would stay UNKNOWN)", () => {
    const seen = new Set<string>();
    const twice: string[] = [];
    for (const t of KNOWLEDGE.terms) {
      const key = `${t.term} | ${t.match} | ${t.signal ?? "task"}`;
      if (seen.has(key)) twice.push(key);
      seen.add(key);
    }
    expect(twice).toEqual([]);
    // A task and a signal may share a term: "bijstand" is a benefit and says the line helps people.
    expect(KNOWLEDGE.terms.filter((t) => t.term === "bijstand" && t.match === "start").map((t) => t.task ?? t.signal)).toEqual(["income_benefits", "help"]);
  });

  test("a financial instrument of the Rijk is a vague word (it names a kind of money, no task)", () => {
    const instruments = KNOWLEDGE.terms.filter((t) => t.instrument);
    expect(instruments.map((t) => t.term)).toEqual(expect.arrayContaining(["subsidies", "opdrachten", "bijdrage aan agentschappen", "inkomensoverdrachten"]));
    for (const t of instruments) expect(t.vague).toBe(true);
  });

  test("every term points at a task or a signal", () => {
    for (const t of KNOWLEDGE.terms) expect(t.task !== null || t.signal !== null || t.match === "lead" || t.place || t.phrase || t.vague).toBe(true);
  });
});
