// Hostile workbooks, part 4: no data-sized spreads (issue 9, item 3).
// Math.max(...rows) and push(...lines) overflow the stack past about 120,000
// values; these cases run 300,000 lines through the command line, the pane's
// check in the workbench, and eval --file, and one bad formula in a batch.

import { promises as fsp } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { detect, runCheck } from "../../taskpane/pane/run";
import { embeddedHost } from "../../workbench/host";
import { WorkbookModel } from "../../workbench/model";
import { loadCsv, loadedOptions } from "../../workbench/document";
import { runCli } from "../helpers/cli";

const N = 300_000;
let dir: string;
let csv: string;
beforeAll(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), "bl-hostile-large-"));
  csv = path.join(dir, "groot.csv");
  // Every line flagged (wrong level), so the flagged list is as long as the budget. Amounts from
  // 1001 up: with 1, 2, 3 … the third line is the sum of the two above it, which makes it a subtotal.
  const rows = ["Omschrijving;Taakveld;Lasten"];
  for (let i = 1; i <= N; i++) rows.push(`Stimuleringspakket lokale economie ${i};3.1;${1000 + i}`);
  await fsp.writeFile(csv, rows.join("\n"));
});
afterAll(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

jest.setTimeout(300_000);

test("the command line prints 300,000 flagged lines and writes the check workbook", async () => {
  const out = path.join(dir, "uit.xlsx");
  const r = await runCli("check", csv, "--out", out, "--lang", "en");
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  expect(r.out).toContain(`Flagged budget lines (300000):`);
  expect(r.out).toContain(`Stimuleringspakket lokale economie ${N} [3.1]`);
  expect((await fsp.stat(out)).size).toBeGreaterThan(1_000_000);
});

test("the pane checks 300,000 lines in the workbench and writes its result columns", async () => {
  const doc = loadCsv(await fsp.readFile(csv), "groot.csv", "en");
  const model = new WorkbookModel(doc.wb, { lang: "en", ...loadedOptions(doc) });
  const host = embeddedHost(model);
  const detected = await detect(host);
  const outcome = await runCheck(host, detected, { lang: "en", settings: {} });
  expect(outcome.checked).toHaveLength(N);
  expect(outcome.summary.find((s) => s.verdict === "WRONG_LEVEL")?.count).toBe(N);
  expect(outcome.written.kind).toBe("columns");
  doc.wb.destroy();
});

test("eval --file evaluates 300,000 formulas; one nested 150 deep gets its own error and the rest still run", async () => {
  const file = path.join(dir, "formules.txt");
  const lines: string[] = [];
  for (let i = 0; i < N; i++) lines.push(i === 7 ? `=${"(".repeat(150)}1${")".repeat(150)}` : `=${i}*2`);
  await fsp.writeFile(file, lines.join("\n"));
  const r = await runCli("eval", "--file", file, "--json", "--lang", "en");
  expect(r.code).toBe(1);
  expect(r.err).toContain(`1 of ${N} formulas`);
  const results = JSON.parse(r.out) as unknown[];
  expect(results).toHaveLength(N);
  expect(results[7]).toEqual({ error: "#VALUE!", message: "The formula is nested 150 levels deep; Excel allows at most 64." });
  expect(results[6]).toBe(12);
  expect(results[N - 1]).toBe((N - 1) * 2);
});

test("a spill of 720 million cells is #VALUE! with a message, computed in no time", async () => {
  const r = await runCli("eval", "--json", "--lang", "nl", "=SEQUENCE(40000,18000)", "=SEQUENCE(3)");
  const results = JSON.parse(r.out) as unknown[];
  expect(results[0]).toEqual({ error: "#VALUE!", message: "De uitkomst zou 720.000.000 cellen vullen; één formule mag er ten hoogste 250.000 vullen. Vraag om een kleinere tabel." });
  expect(results[1]).toEqual([[1], [2], [3]]);
});
