// Plain words in the pane: no internal key (a snake_case id, "builtin:",
// "user:row") in any text of the pane, in either language, in every state a
// user can bring it to: before and after a check, filtered and sorted, with an
// override and with it taken back, every details part opened, a model
// inserted, compared, a tornado, a goal seek that finds and one that cannot,
// its value put back, a bad step, no budget on the sheet, the council
// workbook, the results removed. Text and the attributes a screen reader
// reads (aria-label, title, placeholder, option texts) are all read.

import type { Page } from "playwright-core";
import { openContext, startSession, until, type Opened, type Session } from "./kit";

const INTERNAL = /\b[a-z]+_[a-z_]+\b|builtin:|user:row|\bundefined\b|\bNaN\b|\[object /;

async function openWorkbench(session: Session, locale: string): Promise<Opened> {
  const o = await openContext(session.browser, locale);
  await o.page.goto(`${session.server.url}/workbench.html`);
  await o.page.waitForFunction(() => (window as unknown as { __workbenchReady?: boolean }).__workbenchReady === true, undefined, { timeout: 45_000 });
  return o;
}

/** Every text of the pane, with its details opened: text content and the attributes read aloud. */
async function paneWords(page: Page): Promise<string[]> {
  return page.locator("#pane").evaluate((pane) => {
    for (const d of pane.querySelectorAll("details")) d.open = true;
    const out: string[] = [];
    const walk = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) if ((n.textContent ?? "").trim()) out.push((n.textContent ?? "").trim());
    for (const el of pane.querySelectorAll("*")) for (const a of ["aria-label", "title", "placeholder", "alt"]) if (el.getAttribute(a)) out.push(el.getAttribute(a) as string);
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

describe.each([
  ["nl-NL", { checked: /posten getoetst/, inserted: /is ingevoegd/, compared: /Vergelijking bijgewerkt/, undone: /staat weer op/ }],
  ["en-US", { checked: /budget lines checked/, inserted: /was inserted/, compared: /Comparison updated/, undone: /is back at/ }],
] as const)("%s", (locale, expect_) => {
  test("no internal key in any pane text, in every state", async () => {
    const { context, page } = await openWorkbench(session, locale);
    const seen: Record<string, string[]> = {};
    const look = async (state: string): Promise<void> => {
      const bad = (await paneWords(page)).filter((t) => INTERNAL.test(t));
      if (bad.length > 0) seen[state] = bad;
    };
    const status = async () => ((await page.locator("#pane .bl-status").first().textContent()) ?? "").trim();
    const scStatus = async () => ((await page.locator("#bl-sc-status").textContent()) ?? "").trim();
    try {
      await look("start");
      await page.locator("#bl-check").click();
      await until("the check", async () => (expect_.checked.test(await status()) ? true : undefined));
      await look("checked");
      await page.locator("#bl-filter").selectOption("WRONG_LEVEL");
      await page.locator("#bl-order").selectOption("amount");
      await look("filtered and sorted");
      await page.locator("#bl-flagged-list select.bl-override").first().selectOption("OK");
      await page.locator("#bl-overrides-list").waitFor();
      await look("overridden");
      await page.locator("#bl-overrides-list button.bl-more").first().click();
      await until("the override taken back", async () => ((await page.locator("#bl-overrides-list").count()) === 0 ? true : undefined));
      await look("override taken back");

      await page.locator("#bl-sc-model").selectOption("vve");
      await page.locator("#bl-sc-insert").click();
      await until("the model", async () => (expect_.inserted.test(await scStatus()) ? true : undefined));
      await look("model inserted");
      await page.locator("#bl-sc-compare").click();
      await until("the comparison", async () => (expect_.compared.test(await scStatus()) ? true : undefined));
      await page.locator("#bl-sc-output").selectOption("reached_targeted");
      await page.locator("#bl-sc-tornado").click();
      await page.locator("#bl-sc-tornado-chart").waitFor();
      await look("compared, tornado");
      await page.locator("#bl-sc-step").fill("150");
      await page.locator("#bl-sc-tornado").click();
      await until("the bad step", async () => ((await scStatus()).length > 0 ? true : undefined));
      await look("bad step");
      // The cases: a maximum without a formula, and a target the input cannot reach.
      await page.locator("#bl-sc-gs-output").selectOption("reached_targeted");
      await page.locator("#bl-sc-gs-target").fill("max");
      await page.locator("#bl-sc-gs-input").selectOption("sensitivity");
      await page.locator("#bl-sc-goalseek").click();
      await page.locator("#bl-sc-gs-result").waitFor();
      await look("goal seek: no formula for the maximum");
      await page.locator("#bl-sc-gs-output").selectOption("targeted_cost");
      await page.locator("#bl-sc-gs-target").fill("999999999");
      await page.locator("#bl-sc-goalseek").click();
      await until("no solution", async () => (/999/.test((await page.locator("#bl-sc-gs-result").textContent()) ?? "") ? true : undefined));
      await look("goal seek: no solution");
      await page.locator("#bl-sc-gs-target").fill("2000000");
      await page.locator("#bl-sc-gs-input").selectOption("children");
      await page.locator("#bl-sc-goalseek").click();
      await page.locator("#bl-sc-gs-undo").waitFor();
      await look("goal seek: written");
      await page.locator("#bl-sc-gs-undo").click();
      await until("the value put back", async () => (expect_.undone.test(await scStatus()) ? true : undefined));
      await look("goal seek: put back");
      // On the model sheet there is no budget: the check says so in words.
      await page.locator("#bl-check").click();
      await until("no budget", async () => ((await page.locator("#pane .bl-status.bl-error").count()) > 0 ? true : undefined));
      await look("no budget");
      await Promise.all([page.waitForEvent("download"), page.locator("#bl-sc-council").click()]);
      await look("council workbook");
      await page.locator("#bl-remove").click();
      await look("removed");
      await page.locator("#bl-rules").click();
      await look("rules sheet");
      expect(seen).toEqual({});
    } finally {
      await context.close();
    }
  }, 180_000);
});
