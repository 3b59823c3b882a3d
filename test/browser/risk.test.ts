// The pane's risk part in the built workbench (dist/workbench.html), headless
// Chromium: insert the risk register, run the simulation, see the ratio, the
// grade and the histogram; the council workbook holds the paragraph sheet and
// no BL formula. The figures the browser computes are held to the same
// simulation run in Node for the same seed: reproducible across both. Ranges
// on a template's inputs give P10/P50/P90 and the drivers, as in Node.
//
// CONTRACT with the pane: taskpane/pane/risk-view.ts and uncertainty-view.ts.

import * as fs from "node:fs";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { EXAMPLE_REGISTER } from "../../src/risk/example-register";
import { simulate, type Simulation } from "../../src/risk/simulate";
import { simulateTemplate } from "../../src/risk/uncertainty";
import { coreEvaluator, defaults, findTemplate, type ModelTemplate } from "../../src/scenarios";
import { artifact, axeSerious, offMachine, openContext, startSession, until, type Opened, type Session } from "./kit";

const VVE = findTemplate("vve") as ModelTemplate;

function nodeSimulation(seed: number, runs: number): Simulation {
  const s = simulate(
    EXAMPLE_REGISTER.map((e) => ({ probability: e.probability, amount: { kind: "fixed", value: e.amount } })),
    { seed, runs, contributions: true },
  );
  if ("kind" in s) throw new Error("simulation failed");
  return s;
}

async function openWorkbench(session: Session, locale: string): Promise<Opened> {
  const o = await openContext(session.browser, locale);
  await o.page.goto(`${session.server.url}/workbench.html`);
  await o.page.waitForFunction(() => (window as unknown as { __workbenchReady?: boolean }).__workbenchReady === true, undefined, { timeout: 45_000 });
  return o;
}

async function statusOf(page: Page, id: string): Promise<string> {
  return ((await page.locator(`#${id}`).textContent()) ?? "").trim();
}

async function clickAndWait(page: Page, id: string, statusId: string, expected: RegExp): Promise<void> {
  await page.locator(`#${id}`).click();
  await until(`status ${expected} after #${id}`, async () => (expected.test(await statusOf(page, statusId)) ? true : undefined));
}

async function figures(page: Page): Promise<Record<string, string>> {
  return page.locator("#bl-risk-figures tr[data-key]").evaluateAll((trs) => Object.fromEntries(trs.map((tr) => [tr.getAttribute("data-key") ?? "", tr.getAttribute("data-value") ?? ""])));
}

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

test("insert the risk register, simulate, see the ratio, grade and histogram, download the council workbook", async () => {
  const { context, page, log } = await openWorkbench(session, "nl-NL");
  try {
    await clickAndWait(page, "bl-risk-insert", "bl-risk-status", /is ingevoegd op blad "Risicoregister"/);
    await until("the register tab", async () => ((await page.locator("#sheet-tabs").textContent()) ?? "").includes("Risicoregister") || undefined);

    // Default settings: seed 1, automatic runs — the browser's figures are Node's, to the last digit.
    await clickAndWait(page, "bl-risk-run", "bl-risk-status", /20 risico's van blad "Risicoregister" gesimuleerd/);
    const node = nodeSimulation(1, 0);
    const shown = await figures(page);
    expect(Number(shown.capacity)).toBe(node.capacity);
    expect(Number(shown.se)).toBe(node.standardError);
    expect(Number(shown.runs)).toBe(node.runs);
    expect(Number(shown.available)).toBe(9_650_000);
    expect(Number(shown.ratio)).toBeCloseTo(9_650_000 / node.capacity, 12);
    expect(shown.grade).toBe("B");
    expect(await page.locator('#bl-risk-figures tr[data-key="grade"] td').textContent()).toBe("B (ruim voldoende)");
    // The histogram: every run in a band, the capacity marked.
    const counts = await page.locator("#bl-risk-histogram rect.bl-hist-bar").evaluateAll((rs) => rs.map((r) => Number(r.getAttribute("data-count"))));
    expect(counts).toEqual([...node.histogram.counts]);
    expect(await page.locator("#bl-risk-histogram line.bl-hist-marker").count()).toBe(1);
    // The largest risks by contribution, in Node's order.
    const top = await page.locator("#bl-risk-top tr[data-row]").evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute("data-row"))));
    const contributions = node.contributions as readonly number[];
    const order = contributions.map((c, i) => [c, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]).slice(0, 10).map(([, i]) => i + 5);
    expect(top).toEqual(order);
    // The engine's BL.RISK.CAPACITY cell in the grid (M5, scrolled into view by the keyboard) shows the same capacity.
    await page.locator('#grid [data-row="5"][data-col="2"]').first().click();
    for (let k = 0; k < 11; k++) await page.keyboard.press("ArrowRight");
    await until("M5 in the name box", async () => ((await page.locator("#name-box").textContent()) ?? "").trim() === "M5" || undefined);
    const cell = ((await page.locator('#grid [data-row="5"][data-col="13"]').first().textContent()) ?? "").trim();
    expect(cell).toBe(new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 0 }).format(node.capacity));

    // Another seed and a fixed run count: still Node's figures.
    await page.locator("#bl-risk-seed").fill("2025");
    await page.locator("#bl-risk-runs").fill("20000");
    await page.locator("#bl-risk-certainty").fill("95%");
    await clickAndWait(page, "bl-risk-run", "bl-risk-status", /gesimuleerd in 20\.000 runs/);
    const other = simulate(
      EXAMPLE_REGISTER.map((e) => ({ probability: e.probability, amount: { kind: "fixed", value: e.amount } })),
      { seed: 2025, runs: 20_000, certainty: 0.95 },
    );
    if ("kind" in other) throw new Error("simulation failed");
    const shown2 = await figures(page);
    expect([Number(shown2.capacity), Number(shown2.p50), Number(shown2.seed)]).toEqual([other.capacity, other.p50, 2025]);

    await page.locator("#pane").screenshot({ path: artifact("risk.png") });
    expect(await axeSerious(page)).toEqual([]);

    // The council workbook: the paragraph sheet with its chart, values only.
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#bl-risk-council").click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(await download.path()) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toContain("Weerstandsvermogen");
    expect(wb.worksheets.map((w) => w.name)).toContain("Histogram risico's");
    const formulas: string[] = [];
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((c) => c.formula && formulas.push(c.formula)));
    expect(formulas.filter((f) => /\bBL\./i.test(f))).toEqual([]);
    let capacity: unknown;
    wb.getWorksheet("Weerstandsvermogen")?.eachRow((row) => {
      if (row.getCell(1).value === "Benodigde weerstandscapaciteit (90% zekerheid)") capacity = row.getCell(2).value;
    });
    expect(capacity).toBe(node.capacity);

    expect({ offMachine: offMachine(log), blocked: log.blocked }).toEqual({ offMachine: [], blocked: [] });
    expect({ consoleErrors: log.consoleErrors, pageErrors: log.pageErrors }).toEqual({ consoleErrors: [], pageErrors: [] });
  } finally {
    await context.close();
  }
});

test("ranges on a model's inputs: P10/P50/P90, histogram and drivers, as in Node (English)", async () => {
  const { context, page, log } = await openWorkbench(session, "en-US");
  try {
    await page.locator("#bl-sc-model").selectOption("vve");
    await clickAndWait(page, "bl-sc-insert", "bl-sc-status", /was inserted/);
    await page.locator('input[data-low="cost_per_child"]').fill("6,000");
    await page.locator('input[data-high="cost_per_child"]').fill("12,000");
    await page.locator('input[data-low="takeup"]').fill("60%");
    await page.locator('input[data-high="takeup"]').fill("90%");
    await clickAndWait(page, "bl-unc-run", "bl-sc-status", /2,000 runs; the ranges are kept in the workbook/);
    const node = simulateTemplate(VVE, coreEvaluator(VVE, "en"), defaults(VVE), [
      { key: "cost_per_child", low: 6000, high: 12000 },
      { key: "takeup", low: 0.6, high: 0.9 },
    ]);
    const table = await page.locator("#bl-unc-table tr[data-key]").evaluateAll((trs) =>
      Object.fromEntries(trs.map((tr) => [tr.getAttribute("data-key") ?? "", Array.from(tr.querySelectorAll("td[data-p]")).map((td) => Number(td.getAttribute("data-value")))])),
    );
    for (const o of node.outputs) expect(table[o.key]).toEqual([o.p10, o.p50, o.p90]);
    const universal = node.outputs.find((o) => o.key === "universal_cost");
    expect(universal!.p10).toBeLessThan(universal!.p90);
    const drivers = await page.locator("#bl-unc-drivers li[data-input]").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-input")));
    expect(drivers).toEqual((node.drivers.universal_cost ?? []).map((d) => d.input));
    expect(await page.locator("#bl-unc-histogram rect.bl-hist-bar").count()).toBe(20);
    // (axe runs on the Dutch page above; the English toolbar's Save button is the workbench's own.)
    expect(offMachine(log)).toEqual([]);
    expect(log.pageErrors).toEqual([]);
  } finally {
    await context.close();
  }
});
