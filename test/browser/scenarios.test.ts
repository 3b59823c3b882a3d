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
//   #bl-sc-output, #bl-sc-step, #bl-sc-tornado   the tornado: figure#bl-sc-tornado-chart with a
//                                      caption, one li.bl-bar[data-input][data-swing] per input (largest
//                                      swing first) with its full label and a down and an up bar
//   #bl-sc-gs-output, #bl-sc-gs-target, #bl-sc-gs-input, #bl-sc-goalseek, #bl-sc-gs-result
//   #bl-sc-council                     Download raadswerkmap / Council workbook (a download)
//   #bl-sc-status                      the part's status line

import * as fs from "node:fs";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { coreOutputs, defaults, findTemplate, goalSeek, coreEvaluator, TEMPLATES, type ModelTemplate } from "../../src/scenarios";
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

    // Tornado: a title with the output and the step, one bar per input, largest swing first,
    // each with its input's full name, a bar down and a bar up in two colours, and a legend.
    await page.locator("#bl-sc-output").selectOption("targeted_cost");
    await page.locator("#bl-sc-step").fill("10");
    await page.locator("#bl-sc-tornado").click();
    const bars = page.locator("#bl-sc-tornado-chart li.bl-bar");
    await bars.first().waitFor();
    expect(await page.locator("#bl-sc-tornado-title").textContent()).toBe("Wat Kosten gericht aanbod beweegt: elke invoer 10% lager en hoger, de rest zoals die is");
    const found = await bars.evaluateAll((lis) =>
      lis.map((li) => ({
        input: li.getAttribute("data-input") ?? "",
        swing: Number(li.getAttribute("data-swing")),
        label: (li.querySelector(".bl-bar-label")?.textContent ?? "").trim(),
        colours: [".bl-bar-down", ".bl-bar-up"].map((c) => (li.querySelector(c) ? getComputedStyle(li.querySelector(c)!).backgroundColor : "")),
      })),
    );
    // calendar years (budget year, price levels) are not varied
    expect(found.map((b) => b.input).sort()).toEqual(VVE.inputs.filter((i) => i.format !== "year").map((i) => i.key).sort());
    for (let i = 1; i < found.length; i++) expect(found[i - 1]!.swing).toBeGreaterThanOrEqual(found[i]!.swing);
    for (const b of found) expect(b.label).toBe(VVE.inputs.find((i) => i.key === b.input)!.label.nl);
    const moving = found.filter((b) => b.swing > 0);
    expect(moving.length).toBeGreaterThan(0);
    for (const b of moving) expect(new Set(b.colours).size).toBe(2);
    expect(await page.locator("#bl-sc-tornado-chart .bl-legend").textContent()).toMatch(/invoer 10% lager.*invoer 10% hoger.*nu: €/);
    // Nothing in the chart is cut: every label fits its line, and the table fits the pane.
    const cut = await page.locator("#bl-sc-tornado-chart").evaluate((fig) => [...fig.querySelectorAll(".bl-bar-label, table")].filter((e) => e.scrollWidth > e.clientWidth + 1).length);
    expect(cut).toBe(0);

    // Goal seek: the children for a targeted cost of 2 million, as the core finds it.
    await page.locator("#bl-sc-gs-output").selectOption("targeted_cost");
    await page.locator("#bl-sc-gs-target").fill("2.000.000");
    await page.locator("#bl-sc-gs-input").selectOption("children");
    await page.locator("#bl-sc-goalseek").click();
    const result = await until("the goal seek result", async () => ((await page.locator("#bl-sc-gs-result").count()) > 0 ? (await page.locator("#bl-sc-gs-result").textContent()) ?? "" : undefined));
    const expected = goalSeek(VVE, coreEvaluator(VVE), { ...defaults(VVE), target_share: 0.25 }, "children", "targeted_cost", 2_000_000);
    expect(expected.ok).toBe(true);
    if (!expected.ok) throw new Error("no goal");
    const value = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 0 }).format(expected.value);
    expect(result).toContain(value);
    // As Excel's Doelzoeken: the value found is now in the input cell, and the pane says so.
    const childrenRow = VVE.inputs.findIndex((i) => i.key === "children") + 5;
    expect(result).toMatch(new RegExp(`Kinderen in de leeftijdsgroep staat nu op ${value.replace(".", "\\.")} op blad "VVE" \\(was 1\\.000\\)`));
    await until("the found value in the grid", async () => (((await page.locator(`#grid [data-row="${childrenRow}"][data-col="2"]`).first().textContent()) ?? "").trim() === value ? true : undefined));
    // And it can be put back.
    await clickAndWait(page, "bl-sc-gs-undo", /staat weer op 1\.000/);
    await until("the old value in the grid", async () => (((await page.locator(`#grid [data-row="${childrenRow}"][data-col="2"]`).first().textContent()) ?? "").trim() === "1.000" ? true : undefined));

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

test("each template opens with sourced, dated defaults; a financing rate left at 0 warns in the pane until it is entered", async () => {
  const { context, page, log } = await openWorkbench(session, "nl-NL");
  try {
    for (const t of TEMPLATES) {
      await page.locator("#bl-sc-model").selectOption(t.id);
      await clickAndWait(page, "bl-sc-insert", /is ingevoegd/);
      await until(`the ${t.id} inputs in the pane`, async () => ((await page.locator(".bl-sc-inputs tr[data-key]").count()) === t.inputs.length ? true : undefined));
      const rows = await page.locator(".bl-sc-inputs tr[data-key]").evaluateAll((trs) =>
        trs.map((tr) => ({ key: tr.getAttribute("data-key") ?? "", value: (tr.children[1]?.textContent ?? "").trim(), source: (tr.children[2]?.textContent ?? "").trim() })),
      );
      expect(rows.map((r) => r.key)).toEqual(t.inputs.map((i) => i.key));
      // every default shows its source (or says it is an assumption)
      for (const r of rows) expect([t.id, r.key, r.source.length > 3]).toEqual([t.id, r.key, true]);
      // every euro default is dated: its price level shows as a year, not as 2.024
      for (const i of t.inputs.filter((x) => x.priceYear !== undefined)) {
        expect([t.id, i.key, rows.find((r) => r.key === `${i.key}_price_year`)?.value]).toEqual([t.id, i.key, String(i.priceYear)]);
      }
      if (t.inputs.some((i) => i.priceYear !== undefined)) expect(rows.find((r) => r.key === "budget_year")?.value).toBe("2026");
    }

    // The revolving fund sheet: the financing rate is 0 until the user enters the omslagrente.
    await page.locator('#sheet-tabs [role="tab"]', { hasText: /^Revolverend fonds$/ }).click();
    await page.locator("#bl-sc-refresh").click();
    const REV = findTemplate("revolving") as ModelTemplate;
    const warning = page.locator('#bl-sc-checks li[data-check="discount_rate-zero"]');
    await until("the warning for a financing rate of 0", async () => ((await warning.count()) === 1 ? true : undefined));
    expect(await warning.textContent()).toMatch(/financieringsrente staat op 0.*illusie/);
    await page.locator("#pane").screenshot({ path: artifact("scenarios-warning.png") });
    expect(await axeSerious(page)).toEqual([]);
    // Enter 2.5% in the sheet and refresh: the warning goes.
    const rate = REV.inputs.findIndex((i) => i.key === "discount_rate") + 5;
    await page.locator(`#grid [data-row="${rate}"][data-col="2"]`).first().click();
    await page.locator("#formula-bar").fill("2,5%");
    await page.locator("#formula-bar").press("Enter");
    await until("the new rate in the grid", async () => (((await page.locator(`#grid [data-row="${rate}"][data-col="2"]`).first().textContent()) ?? "").trim() === "2,5%" ? true : undefined));
    await page.locator("#bl-sc-refresh").click();
    await until("the warning gone", async () => ((await warning.count()) === 0 ? true : undefined));
    expect(offMachine(log)).toEqual([]);
    expect({ consoleErrors: log.consoleErrors, pageErrors: log.pageErrors }).toEqual({ consoleErrors: [], pageErrors: [] });
  } finally {
    await context.close();
  }
});
