// The pane's "Scenario's" part in the built workbench (dist/workbench.html),
// headless Chromium: insert the VVE template, save two scenarios, compare
// them, draw a tornado chart, seek a goal and download the council workbook.
// The numbers the pane shows are held to the core (src/scenarios), the
// downloaded workbook must hold no BL formula, nothing may leave localhost,
// and axe-core must find no serious or critical violation.
//
// CONTRACT with the pane (taskpane/pane/scenarios-view.ts):
//   #bl-scenarios                      the part, a section labelled by its heading
//   #bl-sc-model, #bl-sc-insert        model choice and Invoegen / Insert
//   #bl-sc-name, #bl-sc-save           name of a new scenario and Opslaan als… / Save as…
//   #bl-sc-scenario                    the scenarios of the chosen model sheet (a select)
//   #bl-sc-compare                     Vergelijk / Compare; the table #bl-sc-compare-table has one
//                                      tr[data-key] per input and output, td[data-scenario] per
//                                      scenario and td[data-diff] per difference, data-value the number
//   #bl-sc-output, #bl-sc-step, #bl-sc-tornado   the tornado: svg#bl-sc-tornado-svg, one
//                                      g.bl-bar[data-input][data-swing] per input, largest swing first
//   #bl-sc-gs-output, #bl-sc-gs-target, #bl-sc-gs-input, #bl-sc-goalseek, #bl-sc-gs-result
//   #bl-sc-council                     Download raadswerkmap / Council workbook (a download)
//   #bl-sc-status                      the part's status line

import * as fs from "node:fs";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { coreOutputs, defaults, findTemplate, goalSeek, coreEvaluator, type ModelTemplate } from "../../src/scenarios";
import { artifact, axeSerious, offMachine, openContext, startSession, until, type Opened, type Session } from "./kit";

const VVE = findTemplate("vve") as ModelTemplate;


async function openWorkbench(session: Session, locale: string): Promise<Opened> {
  const o = await openContext(session.browser, locale);
  await o.page.goto(`${session.server.url}/workbench.html`);
  await o.page.waitForFunction(() => (window as unknown as { __workbenchReady?: boolean }).__workbenchReady === true, undefined, { timeout: 45_000 });
  return o;
}

async function statusText(page: Page): Promise<string> {
  return ((await page.locator("#bl-sc-status").textContent()) ?? "").trim();
}

/** Clicks a button of the part and waits until its status line says `expected`. */
async function clickAndWait(page: Page, id: string, expected: RegExp): Promise<void> {
  await page.locator(`#${id}`).click();
  await until(`status ${expected} after #${id}`, async () => (expected.test(await statusText(page)) ? true : undefined));
}

/** Values of the pane's comparison table: key → scenario → number. */
async function paneComparison(page: Page): Promise<Record<string, Record<string, number>>> {
  return page.locator("#bl-sc-compare-table tr[data-key]").evaluateAll((trs) => {
    const out: Record<string, Record<string, number>> = {};
    for (const tr of trs) {
      const key = tr.getAttribute("data-key") ?? "";
      out[key] = {};
      for (const td of Array.from(tr.querySelectorAll("td[data-scenario]"))) (out[key] as Record<string, number>)[td.getAttribute("data-scenario") ?? ""] = Number(td.getAttribute("data-value"));
      for (const td of Array.from(tr.querySelectorAll("td[data-diff]"))) (out[key] as Record<string, number>)[`Δ ${td.getAttribute("data-diff") ?? ""}`] = Number(td.getAttribute("data-value"));
    }
    return out;
  });
}

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

test("insert the VVE model, save two scenarios, compare, tornado, goal seek and download the council workbook", async () => {
  const { context, page, log } = await openWorkbench(session, "nl-NL");
  try {
    // Insert: a new sheet "VVE" with the defaults, and scenario Basis stored.
    await page.locator("#bl-sc-model").selectOption("vve");
    await clickAndWait(page, "bl-sc-insert", /is ingevoegd/);
    await until("the VVE sheet tab", async () => ((await page.locator("#sheet-tabs").textContent()) ?? "").includes("VVE") || undefined);
    // The input cells as the sheet shows them: B5 children, B6 target share (1-based rows).
    const share = VVE.inputs.findIndex((i) => i.key === "target_share") + 5;
    expect(((await page.locator(`#grid [data-row="${share}"][data-col="2"]`).first().textContent()) ?? "").trim()).toBe("15,0%");

    // A second scenario: the target share raised to 25% in the grid, saved as "Gericht".
    await page.locator(`#grid [data-row="${share}"][data-col="2"]`).first().click();
    await page.locator("#formula-bar").fill("25%");
    await page.locator("#formula-bar").press("Enter");
    await until("the new share in the grid", async () => (((await page.locator(`#grid [data-row="${share}"][data-col="2"]`).first().textContent()) ?? "").trim() === "25,0%" ? true : undefined));
    await page.locator("#bl-sc-name").fill("Gericht");
    await clickAndWait(page, "bl-sc-save", /"Gericht" is bewaard/);
    expect(await page.locator("#bl-sc-scenario option").allTextContents()).toEqual(["Basis", "Gericht"]);

    // Compare: the pane's numbers are the core's, for both scenarios and their difference.
    await clickAndWait(page, "bl-sc-compare", /Vergelijking bijgewerkt/);
    const shown = await paneComparison(page);
    const base = coreOutputs(VVE, defaults(VVE));
    const targeted = coreOutputs(VVE, { ...defaults(VVE), target_share: 0.25 });
    for (const o of VVE.outputs) {
      const b = base[o.key] as number;
      const g = targeted[o.key] as number;
      expect(shown[o.key]?.Basis).toBeCloseTo(b, 6);
      expect(shown[o.key]?.Gericht).toBeCloseTo(g, 6);
      expect(shown[o.key]?.["Δ Gericht"]).toBeCloseTo(g - b, 6);
    }
    expect(shown.target_share).toEqual({ Basis: 0.15, Gericht: 0.25, "Δ Gericht": expect.closeTo(0.1, 10) });
    expect(((await page.locator("#sheet-tabs").textContent()) ?? "")).toContain("Vergelijking VVE");

    // Tornado: one bar per input, largest swing first, each labelled with its input's name.
    await page.locator("#bl-sc-output").selectOption("targeted_cost");
    await page.locator("#bl-sc-step").fill("10");
    await page.locator("#bl-sc-tornado").click();
    const bars = page.locator("#bl-sc-tornado-svg g.bl-bar");
    await bars.first().waitFor();
    const found = await bars.evaluateAll((gs) => gs.map((g) => ({ input: g.getAttribute("data-input") ?? "", swing: Number(g.getAttribute("data-swing")), label: (g.querySelector("text")?.textContent ?? "").trim() })));
    expect(found.map((b) => b.input).sort()).toEqual(VVE.inputs.map((i) => i.key).sort());
    for (let i = 1; i < found.length; i++) expect(found[i - 1]!.swing).toBeGreaterThanOrEqual(found[i]!.swing);
    for (const b of found) expect(VVE.inputs.find((i) => i.key === b.input)!.label.nl.startsWith(b.label.replace(/…$/, ""))).toBe(true);

    // Goal seek: the children for a targeted cost of 2 million, as the core finds it.
    await page.locator("#bl-sc-gs-output").selectOption("targeted_cost");
    await page.locator("#bl-sc-gs-target").fill("2.000.000");
    await page.locator("#bl-sc-gs-input").selectOption("children");
    await page.locator("#bl-sc-goalseek").click();
    const result = await until("the goal seek result", async () => ((await page.locator("#bl-sc-gs-result").count()) > 0 ? (await page.locator("#bl-sc-gs-result").textContent()) ?? "" : undefined));
    const expected = goalSeek(VVE, coreEvaluator(VVE), { ...defaults(VVE), target_share: 0.25 }, "children", "targeted_cost", 2_000_000);
    expect(expected.ok).toBe(true);
    if (expected.ok) expect(result).toContain(new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 0 }).format(expected.value));

    await page.locator("#pane").screenshot({ path: artifact("scenarios.png") });
    const serious = await axeSerious(page);
    expect(serious).toEqual([]);

    // The council workbook: a download, values only, the core's numbers.
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#bl-sc-council").click()]);
    expect(download.suggestedFilename()).toBe("raadswerkmap.xlsx");
    const file = await download.path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
    const formulas: string[] = [];
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((c) => c.formula && formulas.push(c.formula)));
    expect(formulas.filter((f) => /\bBL\./i.test(f))).toEqual([]);
    const sheet = wb.worksheets.find((w) => w.name.startsWith("Scenario's"));
    expect(sheet).toBeDefined();
    let header: string[] = [];
    const values: Record<string, unknown[]> = {};
    sheet!.eachRow((row) => {
      const cells = (row.values as unknown[]).slice(1);
      if (cells[2] === "Basis") header = cells.map((c) => String(c ?? ""));
      if (typeof cells[0] === "string") values[cells[0]] = cells;
    });
    expect(header.slice(2, 4)).toEqual(["Basis", "Gericht"]);
    const row = values[VVE.outputs.find((o) => o.key === "targeted_cost")!.label.nl]!;
    expect(row[2]).toBeCloseTo(base.targeted_cost as number, 6);
    expect(row[3]).toBeCloseTo(targeted.targeted_cost as number, 6);

    expect({ offMachine: offMachine(log), blocked: log.blocked }).toEqual({ offMachine: [], blocked: [] });
    expect({ consoleErrors: log.consoleErrors, pageErrors: log.pageErrors, dialogs: log.dialogs }).toEqual({ consoleErrors: [], pageErrors: [], dialogs: [] });
  } finally {
    await context.close();
  }
});

test("the part is in English for an English browser, and refuses to overwrite a user's formula", async () => {
  const { context, page, log } = await openWorkbench(session, "en-US");
  try {
    await expect(page.locator("#bl-sc-h").textContent()).resolves.toBe("Scenarios");
    await clickAndWait(page, "bl-sc-insert", /was inserted/);
    const children = VVE.inputs.findIndex((i) => i.key === "children") + 5;
    await page.locator(`#grid [data-row="${children}"][data-col="2"]`).first().click();
    await page.locator("#formula-bar").fill("=1000+200");
    await page.locator("#formula-bar").press("Enter");
    await until("the formula's value", async () => (((await page.locator(`#grid [data-row="${children}"][data-col="2"]`).first().textContent()) ?? "").includes("1,200") ? true : undefined));
    await page.locator("#bl-sc-scenario").selectOption("Basis");
    await clickAndWait(page, "bl-sc-switch", /holds a formula or text of yours; nothing was written/);
    expect(((await page.locator(`#grid [data-row="${children}"][data-col="2"]`).first().textContent()) ?? "").trim()).toBe("1,200");
    expect(offMachine(log)).toEqual([]);
    expect(log.pageErrors).toEqual([]);
  } finally {
    await context.close();
  }
});
