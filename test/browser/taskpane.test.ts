// The built task pane page (dist/taskpane.html) in headless Chromium, outside
// Office: Office.js is answered with an empty script, so the page shows its
// browser-language rendering.

import { artifact, axeSerious, offMachine, OFFICE_JS, openContext, startSession, type Opened, type Session } from "./kit";

let session: Session;

beforeAll(async () => {
  session = await startSession();
});

afterAll(async () => {
  await session?.close();
});

async function openTaskpane(locale: string): Promise<Opened> {
  const o = await openContext(session.browser, locale);
  await o.page.goto(`${session.server.url}/taskpane.html`);
  await o.page.locator("ul.functions code").first().waitFor();
  return o;
}

describe("task pane page (dist/taskpane.html)", () => {
  test("renders the function list: 22+ signatures, BL.VVE among them", async () => {
    const { context, page } = await openTaskpane("nl-NL");
    try {
      const codes = await page.locator("code").allTextContents();
      expect(codes.length).toBeGreaterThanOrEqual(22);
      expect(codes.some((c) => c.startsWith("BL.VVE"))).toBe(true);
      expect(codes.every((c) => /^BL\.[A-Z.]+\(/.test(c))).toBe(true);
    } finally {
      await context.close();
    }
  });

  test("follows the browser language: nl-NL shows Dutch", async () => {
    const { context, page } = await openTaskpane("nl-NL");
    try {
      await expect(page.getByRole("heading", { name: "Functies" }).count()).resolves.toBe(1);
      await expect(page.getByRole("heading", { name: "Functions" }).count()).resolves.toBe(0);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("nl");
      expect(await page.locator("code", { hasText: "BL.VVE.ALGEMEEN(" }).count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  test("follows the browser language: en-US shows English", async () => {
    const { context, page } = await openTaskpane("en-US");
    try {
      await expect(page.getByRole("heading", { name: "Functions" }).count()).resolves.toBe(1);
      await expect(page.getByRole("heading", { name: "Functies" }).count()).resolves.toBe(0);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
      expect(await page.locator("code", { hasText: "BL.VVE.UNIVERSAL(" }).count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  test("no request leaves localhost except the routed Office.js; no console errors", async () => {
    const { context, page, log } = await openTaskpane("nl-NL");
    try {
      await page.waitForLoadState("networkidle");
      expect(log.routed.length).toBe(1);
      expect(log.routed[0]?.startsWith(OFFICE_JS)).toBe(true);
      expect(offMachine(log)).toEqual([]);
      expect(log.blocked).toEqual([]);
      expect(log.requests.some((u) => u.endsWith("/taskpane.js"))).toBe(true);
      expect(log.consoleErrors).toEqual([]);
      expect(log.pageErrors).toEqual([]);
      expect(log.dialogs).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("axe-core: no serious or critical violations (nl-NL and en-US); screenshot", async () => {
    for (const locale of ["nl-NL", "en-US"]) {
      const { context, page } = await openTaskpane(locale);
      try {
        if (locale === "nl-NL") await page.screenshot({ path: artifact("taskpane.png"), fullPage: true });
        const serious = await axeSerious(page);
        expect({ locale, serious }).toEqual({ locale, serious: [] });
      } finally {
        await context.close();
      }
    }
  });
});
