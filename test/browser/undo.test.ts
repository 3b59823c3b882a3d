// Never lose a finance officer's work (issue 11): edit a cell, insert a model
// and save a scenario in the workbench; Ctrl+Z undoes the three in order and
// Ctrl+Y redoes them; a reload offers the work back (kept in the browser's
// IndexedDB, nothing leaves the machine) with its undo line; closing the page
// with unsaved work asks first. Also: the pane's language governs the page,
// the grid takes Dutch formula syntax, and files that are not what they say
// are refused with a message instead of opening as a blank sheet.

import type { Page } from "playwright-core";
import { offMachine, openContext, startSession, until, type Opened, type Session } from "./kit";

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __workbenchReady?: boolean }).__workbenchReady === true, undefined, { timeout: 45_000 });
}

async function openWorkbench(s: Session, locale: string, answerDialogs = true): Promise<Opened> {
  const o = await openContext(s.browser, locale, { answerDialogs });
  await o.page.goto(`${s.server.url}/workbench.html`);
  await ready(o.page);
  return o;
}

const cell = (page: Page, row: number, col: number) => page.locator(`#grid [data-row="${row}"][data-col="${col}"]`).first();
const text = async (page: Page, row: number, col: number) => ((await cell(page, row, col).textContent()) ?? "").trim();
const tabs = async (page: Page) => ((await page.locator("#sheet-tabs").textContent()) ?? "");
const scenarios = async (page: Page) => (await page.locator("#bl-sc-scenario").count()) === 0 ? [] : page.locator("#bl-sc-scenario option").allTextContents();
const scStatus = async (page: Page) => ((await page.locator("#bl-sc-status").textContent()) ?? "").trim();

/** The three steps of the issue: a cell typed, a model inserted, a scenario saved. */
async function threeSteps(page: Page): Promise<void> {
  // Row 7, column D: "Gemeenteraad en raadscommissies", Lasten 2025 = 1.042.
  await cell(page, 7, 4).click();
  await page.keyboard.type("2000");
  await page.keyboard.press("Enter");
  await until("the typed amount", async () => ((await text(page, 7, 4)) === "2.000" ? true : undefined));
  await page.locator("#bl-sc-model").selectOption("vve");
  await page.locator("#bl-sc-insert").click();
  await until("the model", async () => (/is ingevoegd/.test(await scStatus(page)) ? true : undefined));
  await page.locator("#bl-sc-name").fill("Gericht");
  await page.locator("#bl-sc-save").click();
  await until("the scenario", async () => (/"Gericht" is bewaard/.test(await scStatus(page)) ? true : undefined));
}

test("Ctrl+Z undoes the last three steps in order and Ctrl+Y redoes them; the buttons say what", async () => {
  const { context, page, log } = await openWorkbench(session, "nl-NL");
  try {
    await threeSteps(page);
    expect(await scenarios(page)).toEqual(["Basis", "Gericht"]);
    expect(await page.locator("#undo-button").getAttribute("title")).toBe("Ongedaan maken: opslaan van een scenario (Ctrl+Z)");
    await cell(page, 1, 1).click();
    await page.keyboard.press("Control+z");
    await until("the scenario undone", async () => (JSON.stringify(await scenarios(page)) === JSON.stringify(["Basis"]) ? true : undefined));
    expect(await tabs(page)).toContain("VVE");
    await page.keyboard.press("Control+z");
    await until("the model undone", async () => (!(await tabs(page)).includes("VVE") ? true : undefined));
    expect(await text(page, 7, 4)).toBe("2.000");
    await page.keyboard.press("Control+z");
    await until("the typing undone", async () => ((await text(page, 7, 4)) === "1.042" ? true : undefined));
    expect(await page.locator("#undo-button").isDisabled()).toBe(true);
    expect((await page.locator("#status").textContent()) ?? "").toMatch(/Ongedaan gemaakt: invoer in Begroting 2025!D7/);
    // Redo, by key and by button.
    await page.keyboard.press("Control+y");
    await until("the typing redone", async () => ((await text(page, 7, 4)) === "2.000" ? true : undefined));
    await page.locator("#redo-button").click();
    await until("the model redone", async () => ((await tabs(page)).includes("VVE") ? true : undefined));
    await page.locator("#redo-button").click();
    await until("the scenario redone", async () => (JSON.stringify(await scenarios(page)) === JSON.stringify(["Basis", "Gericht"]) ? true : undefined));
    expect(await page.locator("#redo-button").isDisabled()).toBe(true);
    expect(offMachine(log)).toEqual([]);
    expect(log.pageErrors).toEqual([]);
  } finally {
    await context.close();
  }
}, 120_000);

test("a column is fitted to its texts by a double-click on the edge of its letter and made wider by dragging that edge; each is a step undone by Ctrl+Z", async () => {
  const { context, page, log } = await openWorkbench(session, "nl-NL");
  try {
    // Column C holds the budget lines' descriptions ("Gemeenteraad en raadscommissies").
    const width = async () => (await page.locator('#grid .wb-colhead[data-col="3"]').boundingBox())?.width ?? 0;
    const cut = () =>
      page.evaluate(() => [...document.querySelectorAll<HTMLElement>('#grid .wb-cell[data-col="3"]')].filter((el) => el.scrollWidth > el.clientWidth).length);
    const w0 = await width();
    // At the default width, descriptions are cut off; a double-click on the edge fits the column to its widest text.
    expect(await cut()).toBeGreaterThan(0);
    await page.locator('#grid .wb-colgrip[data-col="3"]').dblclick();
    await until("the fitted column", async () => ((await cut()) === 0 ? true : undefined));
    const fitted = await width();
    expect(fitted).toBeGreaterThan(w0);
    expect(await page.locator("#undo-button").getAttribute("title")).toBe("Ongedaan maken: de breedte van kolom C (Ctrl+Z)");
    // Dragging the edge makes it wider still; the cells follow their column's letter.
    const grip = await page.locator('#grid .wb-colgrip[data-col="3"]').boundingBox();
    if (grip === null) throw new Error("no edge to drag on column C");
    const y = grip.y + grip.height / 2;
    await page.mouse.move(grip.x + grip.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(grip.x + grip.width / 2 + 80, y, { steps: 8 });
    await page.mouse.up();
    await until("the wider column", async () => (Math.abs((await width()) - (fitted + 80)) < 2 ? true : undefined));
    expect(Math.abs(((await cell(page, 7, 3).boundingBox())?.width ?? 0) - (await width()))).toBeLessThan(2);
    // Both steps are undone in turn.
    await cell(page, 1, 1).click();
    await page.keyboard.press("Control+z");
    await until("the drag undone", async () => (Math.abs((await width()) - fitted) < 1 ? true : undefined));
    await page.keyboard.press("Control+z");
    await until("the fit undone", async () => (Math.abs((await width()) - w0) < 1 ? true : undefined));
    expect(offMachine(log)).toEqual([]);
    expect(log.pageErrors).toEqual([]);
  } finally {
    await context.close();
  }
}, 120_000);

test("after a reload the work is offered back, with its undo line; closing with unsaved work asks first", async () => {
  const { context, page, log } = await openWorkbench(session, "nl-NL", false);
  try {
    await threeSteps(page);
    // The work is in the browser's own storage before the page goes.
    await until("the work kept in IndexedDB", async () => ((await keptSheets(page)).includes("VVE") ? true : undefined));
    // Reload: the page asks first (beforeunload), and going on loses nothing.
    const asked = page.waitForEvent("dialog").then(async (d) => {
      const type = d.type();
      await d.accept();
      return type;
    });
    await page.reload();
    expect(await asked).toBe("beforeunload");
    await ready(page);
    await page.locator("#recover").waitFor();
    expect((await page.locator("#recover-text").textContent()) ?? "").toMatch(/^Niet-opgeslagen werk aan gemeente-lindewaard-2025\.xlsx van .* is in deze browser bewaard\.$/);
    // Until the user answers, the example is shown as it is.
    expect(await text(page, 7, 4)).toBe("1.042");
    await page.locator("#recover-yes").click();
    // The work comes back where it was left: on the model sheet.
    await until("the work back", async () => ((await tabs(page)).includes("VVE") ? true : undefined));
    await page.locator("#sheet-tabs").getByText("Begroting 2025", { exact: true }).click();
    await until("the typed amount back", async () => ((await text(page, 7, 4)) === "2.000" ? true : undefined));
    expect(await tabs(page)).toContain("VVE");
    await until("the scenarios back", async () => (JSON.stringify(await scenarios(page)) === JSON.stringify(["Basis", "Gericht"]) ? true : undefined));
    expect(await page.locator("#recover").isHidden()).toBe(true);
    // The undo line came back too.
    await cell(page, 1, 1).click();
    await page.keyboard.press("Control+z");
    await until("the scenario undone after the reload", async () => (JSON.stringify(await scenarios(page)) === JSON.stringify(["Basis"]) ? true : undefined));

    // Closing the page with unsaved work asks first.
    const closing = page.waitForEvent("dialog").then(async (d) => {
      const type = d.type();
      await d.accept();
      return type;
    });
    await page.close({ runBeforeUnload: true });
    expect(await closing).toBe("beforeunload");
    expect(offMachine(log)).toEqual([]);
  } finally {
    await context.close();
  }
}, 120_000);

test("saved work is not offered back, and a page with nothing changed closes without asking", async () => {
  const { context, page, log } = await openWorkbench(session, "nl-NL", false);
  try {
    await cell(page, 7, 4).click();
    await page.keyboard.type("3000");
    await page.keyboard.press("Enter");
    await until("the typed amount", async () => ((await text(page, 7, 4)) === "3.000" ? true : undefined));
    await Promise.all([page.waitForEvent("download"), page.locator("#save-button").click()]);
    await until("saved", async () => (/Opgeslagen als/.test((await page.locator("#status").textContent()) ?? "") ? true : undefined));
    // Kept work is forgotten shortly after a save.
    await page.waitForTimeout(600);
    await page.reload();
    await ready(page);
    expect(await page.locator("#recover").isHidden()).toBe(true);
    await page.close({ runBeforeUnload: true });
    expect(log.dialogs).toEqual([]);
  } finally {
    await context.close();
  }
}, 120_000);

test("the pane's language governs the toolbar, the grid's numbers and the formula syntax; Dutch formulas work in the grid", async () => {
  const { context, page, log } = await openWorkbench(session, "en-US");
  try {
    expect(await page.locator("#save-button").textContent()).toBe("Save as .xlsx");
    expect(await text(page, 7, 4)).toBe("1,042");
    await page.locator("#bl-lang").selectOption("nl");
    await until("Dutch toolbar", async () => ((await page.locator("#save-button").textContent()) === "Opslaan als .xlsx" ? true : undefined));
    expect(await page.locator("#open-text").textContent()).toBe("Openen…");
    expect(await page.locator("#status").textContent()).toBe("Klaar");
    expect(await text(page, 7, 4)).toBe("1.042");
    // Dutch syntax: ";" between arguments, a decimal comma; Dutch function names; the formula bar shows it back so.
    await cell(page, 4, 1).click();
    await page.locator("#formula-bar").fill("=BL.VVE.ALGEMEEN(1200; 0,15; 8100)");
    await page.locator("#formula-bar").press("Enter");
    // General, as in Excel: no thousands separators.
    await until("the Dutch formula's value", async () => ((await text(page, 4, 1)) === "9720000" ? true : undefined));
    await cell(page, 4, 1).click();
    expect(await page.locator("#formula-bar").inputValue()).toBe("=BL.VVE.ALGEMEEN(1200; 0,15; 8100)");
    // A formula the engine cannot read is refused in words, as Excel refuses it; no #ERROR! in the grid.
    await cell(page, 4, 2).click();
    await page.locator("#formula-bar").fill("=SOM(1;2");
    await page.locator("#formula-bar").press("Enter");
    await until("the refusal", async () => (/De formule kan niet worden gelezen/.test((await page.locator("#status").textContent()) ?? "") ? true : undefined));
    expect(await text(page, 4, 2)).toBe("");
    // Dutch error names.
    await cell(page, 4, 3).click();
    await page.locator("#formula-bar").fill("=1/0");
    await page.locator("#formula-bar").press("Enter");
    await until("the Dutch error", async () => ((await text(page, 4, 3)) === "#DELING.DOOR.0!" ? true : undefined));
    // And back to English: the same formula in English names and syntax.
    await page.locator("#bl-lang").selectOption("en");
    await until("English toolbar", async () => ((await page.locator("#save-button").textContent()) === "Save as .xlsx" ? true : undefined));
    await cell(page, 4, 1).click();
    expect(await page.locator("#formula-bar").inputValue()).toBe("=BL.VVE.UNIVERSAL(1200, 0.15, 8100)");
    expect(await text(page, 4, 1)).toBe("9720000");
    expect(log.pageErrors).toEqual([]);
  } finally {
    await context.close();
  }
}, 120_000);

test("a Word document renamed to .xlsx and an empty csv are refused with a message, and the workbook shown stays", async () => {
  const { context, page } = await openWorkbench(session, "nl-NL");
  try {
    // A minimal zip holding word/document.xml (stored, no compression): what a .docx is.
    const name = Buffer.from("word/document.xml");
    const body = Buffer.from("<w:document/>");
    const local = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0]), Buffer.alloc(4), u32(body.length), u32(body.length), u16(name.length), u16(0), name, body]);
    const central = Buffer.concat([Buffer.from([0x50, 0x4b, 0x01, 0x02, 20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0]), Buffer.alloc(4), u32(body.length), u32(body.length), u16(name.length), u16(0), u16(0), u16(0), u16(0), u32(0), u32(0), name]);
    const end = Buffer.concat([Buffer.from([0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 1, 0, 1, 0]), u32(central.length), u32(local.length), u16(0)]);
    await page.locator("#file-input").setInputFiles({ name: "begroting.xlsx", mimeType: "application/octet-stream", buffer: Buffer.concat([local, central, end]) });
    await until("the refusal", async () => (/begroting\.xlsx is een Word-document/.test((await page.locator("#status").textContent()) ?? "") ? true : undefined));
    expect(await page.locator("#file-name").textContent()).toBe("gemeente-lindewaard-2025.xlsx");
    await page.locator("#file-input").setInputFiles({ name: "leeg.csv", mimeType: "text/csv", buffer: Buffer.from("\r\n") });
    await until("the empty file", async () => (/leeg\.csv is leeg: er valt niets te openen/.test((await page.locator("#status").textContent()) ?? "") ? true : undefined));
    expect(await page.locator("#file-name").textContent()).toBe("gemeente-lindewaard-2025.xlsx");
    expect(await text(page, 7, 4)).toBe("1.042");
    // A file that opens is a step too: Ctrl+Z brings back the workbook that was open.
    await page.locator("#file-input").setInputFiles({ name: "klein.csv", mimeType: "text/csv", buffer: Buffer.from("Omschrijving;Lasten\r\nBijzondere bijstand;120\r\n") });
    await until("the csv", async () => ((await page.locator("#file-name").textContent()) === "klein.csv" ? true : undefined));
    await cell(page, 1, 1).click();
    await page.keyboard.press("Control+z");
    await until("the example back", async () => ((await page.locator("#file-name").textContent()) === "gemeente-lindewaard-2025.xlsx" ? true : undefined));
    await page.locator("#sheet-tabs").getByText("Begroting 2025", { exact: true }).click();
    await until("its amount", async () => ((await text(page, 7, 4)) === "1.042" ? true : undefined));
  } finally {
    await context.close();
  }
}, 60_000);

/** The sheet names of the work the page kept in IndexedDB (workbench/recovery.ts), read as the page reads them. */
async function keptSheets(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const req = indexedDB.open("begrotingslab-workbench", 1);
        req.onupgradeneeded = () => req.result.createObjectStore("work");
        req.onsuccess = () => {
          const get = req.result.transaction("work", "readonly").objectStore("work").get("current");
          get.onsuccess = () => {
            const v = get.result as { plain?: { sheets?: { name: string }[] } } | undefined;
            resolve((v?.plain?.sheets ?? []).map((s) => s.name));
            req.result.close();
          };
          get.onerror = () => resolve([]);
        };
        req.onerror = () => resolve([]);
      }),
  );
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}
