// The built workbench (dist/workbench.html) in headless Chromium: the grid on
// the embedded engine with the task pane beside it.
//
// CONTRACT these tests assume (the workbench must match it; change both together):
//
//   window.__workbenchReady === true   once the example budget (gemeente-lindewaard-2025.xlsx)
//                                      is loaded and rendered. Served from dist/ only: the page
//                                      may fetch nothing outside dist/ and nothing off the machine.
//   #grid                              the grid's container (in the page itself, not an iframe).
//   #grid [data-row][data-col]         one element per rendered cell; data-row and data-col are
//                                      1-BASED sheet coordinates (data-row equals the command
//                                      line's "row"), textContent is the value as displayed.
//   #grid [aria-selected="true"]       the selected cell(s); selecting a line's row marks at
//                                      least one cell of that row (scrolling it into view first
//                                      if the grid renders only visible rows).
//   #pane                              the task pane's container (same document, not an iframe).
//   button "Controleer niveaus" / "Check levels"   (role button, by visible name; the page's
//                                      language follows the browser: nl-NL Dutch, en-US English)
//   #pane tr[data-verdict]             the summary after a check: one table row per verdict,
//                                      data-verdict="WRONG_LEVEL" etc., second cell (th or td) its
//                                      count (digits; separators ignored). Verdicts without a row
//                                      count 0. (Fallback without data-verdict: a table whose
//                                      accessible name contains "Samenvatting"/"Summary", rows
//                                      matched by their first cell = the VERDICT_LABELS label.)
//   #pane [data-row]                   each flagged line the pane lists is clickable (a button or
//                                      link) and carries data-row = its 1-based sheet row; a click
//                                      selects that line's description cell in the grid.
//   input[type="file"]                 opens a workbook (.xlsx); it may be visually hidden behind
//                                      a button. The loaded workbook's sheet is shown in #grid.
//
// Screenshots go to test-artifacts/ (gitignored): workbench.png, workbench-pane-nl.png,
// workbench-grid-nl.png (and -en), workbench-hostile.png.

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { VERDICT_LABELS } from "../../src/levels/labels";
import { VERDICTS, type Verdict } from "../../src/levels/types";
import { artifact, axeSerious, checkAgain, DIST, offMachine, openContext, ROOT, startSession, until, type Opened, type PageLog, type Session } from "./kit";

const WORKBENCH = path.join(DIST, "workbench.html");
const EXAMPLE = path.join(ROOT, "examples", "gemeente-lindewaard-2025.xlsx");


type Lang = "nl" | "en";
type Counts = Record<Verdict, number>;

const HOSTILE = ["<img src=x onerror=alert(1)>", "<script>alert(1)</script>", '=HYPERLINK("javascript:alert(1)")'] as const;


function zeroCounts(): Counts {
  return Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Counts;
}

/** Count per verdict from `begrotingslab check FILE --json`. */
function cliCounts(file: string): Counts {
  const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "begrotingslab.js"), "check", file, "--json"], { encoding: "utf8", maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`check --json failed (${r.status}): ${r.stderr}`);
  const counts = zeroCounts();
  // The summary counts the lines it sums: totals and subtotals are left out of both.
  for (const line of JSON.parse(r.stdout) as { verdict: Verdict; rule: string }[]) if (line.rule !== "builtin:total") counts[line.verdict]++;
  return counts;
}

async function openWorkbench(session: Session, locale: string): Promise<Opened> {
  const o = await openContext(session.browser, locale);
  await o.page.goto(`${session.server.url}/workbench.html`);
  await o.page.waitForFunction(() => (window as unknown as { __workbenchReady?: boolean }).__workbenchReady === true, undefined, { timeout: 45_000 });
  return o;
}

function checkButton(page: Page, lang: Lang) {
  return page.locator("#pane").getByRole("button", { name: lang === "nl" ? "Controleer niveaus" : "Check levels", exact: true });
}

/** The pane's summary as counts per verdict, once it shows at least one counted line. */
async function paneSummary(page: Page, lang: Lang): Promise<Counts> {
  const tagged = page.locator("#pane tr[data-verdict]");
  const named = page.locator("#pane").getByRole("table", { name: /samenvatting|summary/i }).first().locator("tr");
  const byLabel = new Map<string, Verdict>(VERDICTS.map((v) => [VERDICT_LABELS[v][lang].toLowerCase(), v]));
  return until("the summary per verdict in the pane", async () => {
    const rows = (await tagged.count()) > 0 ? tagged : named;
    const found = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({ verdict: tr.getAttribute("data-verdict"), cells: Array.from(tr.children, (c) => (c.textContent ?? "").trim()) })),
    );
    const counts = zeroCounts();
    let seen = 0;
    for (const row of found) {
      const v = (row.verdict && (VERDICTS as readonly string[]).includes(row.verdict) ? (row.verdict as Verdict) : undefined) ?? byLabel.get((row.cells[0] ?? "").toLowerCase());
      const digits = (row.cells[1] ?? "").replace(/[^\d]/g, "");
      if (!v || digits === "") continue;
      counts[v] = Number(digits);
      seen += counts[v];
    }
    return seen > 0 ? counts : undefined;
  });
}

function expectClean(log: PageLog): void {
  expect({ offMachine: offMachine(log), blocked: log.blocked }).toEqual({ offMachine: [], blocked: [] });
  expect({ consoleErrors: log.consoleErrors, pageErrors: log.pageErrors, dialogs: log.dialogs }).toEqual({ consoleErrors: [], pageErrors: [], dialogs: [] });
}

async function hostileWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Begroting 2025");
  ws.addRow(["Omschrijving", "Taakveld", "Lasten 2025"]);
  ws.addRow([HOSTILE[0], "4.2", 1200]);
  ws.addRow(["Raadsgriffie", "0.1", 612]);
  ws.addRow([HOSTILE[1], "6.1", 845]);
  ws.addRow(["Openbare verlichting", "2.1", 410]);
  ws.addRow([HOSTILE[2], "0.4", 99]);
  // Plain text, not a formula: ExcelJS stores a string that starts with "=" as text.
  expect(ws.getCell("A6").type).toBe(ExcelJS.ValueType.String);
  await wb.xlsx.writeFile(file);
}

describe("workbench (dist/workbench.html)", () => {
  test("the workbench page is built", () => {
    expect(fs.existsSync(WORKBENCH)).toBe(true);
  });

  let session: Session;
  let expected: Counts;

  beforeAll(async () => {
    expected = cliCounts(EXAMPLE);
    session = await startSession();
  });

  afterAll(async () => {
    await session?.close();
  });

  test("loads the example budget into the grid, nothing leaves localhost, no console errors", async () => {
    const { context, page, log } = await openWorkbench(session, "nl-NL");
    try {
      const cells = page.locator("#grid [data-row][data-col]");
      expect(await cells.count()).toBeGreaterThan(0);
      // "Raadsgriffie" is on sheet row 8 of the example's budget sheet.
      const texts = await page.locator('#grid [data-row="8"]').allTextContents();
      expect(texts.map((t) => t.trim())).toContain("Raadsgriffie");
      await expect(checkButton(page, "nl").count()).resolves.toBe(1);
      // The file dialog offers what the command line reads, from the one list of both.
      expect(await page.locator("#file-input").getAttribute("accept")).toBe(".xlsx,.xlsm,.csv,.txt,.tsv");
      await page.waitForLoadState("networkidle");
      await page.screenshot({ path: artifact("workbench.png") });
      expectClean(log);
    } finally {
      await context.close();
    }
  });

  test.each([
    ["nl-NL", "nl"],
    ["en-US", "en"],
  ] as const)("%s: the pane's counts per verdict equal the command line's for the same file", async (locale, lang) => {
    const { context, page, log } = await openWorkbench(session, locale);
    try {
      await checkButton(page, lang).click();
      const shown = await paneSummary(page, lang);
      // Screenshots first, so a failing comparison leaves the evidence behind.
      await page.locator("#pane").screenshot({ path: artifact(`workbench-pane-${lang}.png`) });
      await page.locator("#grid").screenshot({ path: artifact(`workbench-grid-${lang}.png`) });
      expect(shown).toEqual(expected);
      // Every label of the summary chart fits in the chart: the long verdict labels wrap, they are not cut.
      const overflow = await page.locator("#pane svg[role=img] text").evaluateAll((ts) =>
        ts.flatMap((t) => {
          const svg = (t as SVGTextElement).ownerSVGElement!;
          const b = (t as SVGTextElement).getBBox();
          return b.x + b.width > svg.viewBox.baseVal.width + 0.5 ? [t.textContent ?? ""] : [];
        }),
      );
      expect(overflow).toEqual([]);
      expectClean(log);
    } finally {
      await context.close();
    }
  });

  test("check, click a flagged line, check again: the same number of lines is checked both times", async () => {
    const { context, page, log } = await openWorkbench(session, "nl-NL");
    try {
      const total = (c: Counts) => Object.values(c).reduce((a, b) => a + b, 0);
      await checkButton(page, "nl").click();
      const first = await paneSummary(page, "nl");
      const flagged = page.locator("#pane [data-row]");
      await until("flagged lines in the pane", async () => ((await flagged.count()) > 0 ? true : undefined));
      const row = Number(await flagged.first().getAttribute("data-row"));
      await flagged.first().click();
      // The cursor is now on the line's description cell, inside the table.
      await page.locator(`#grid [data-row="${row}"][aria-selected="true"]`).first().waitFor();
      // The second check's own word (or error), not the first summary still on screen.
      const word = await checkAgain("the second check's status", page.locator('#pane [role="status"]').first(), checkButton(page, "nl"));
      expect(word.error).toBe(false);
      const second = await paneSummary(page, "nl");
      expect(total(second)).toBe(total(first));
      expect(second).toEqual(first);
      expect(total(first)).toBe(total(expected));
      expectClean(log);
    } finally {
      await context.close();
    }
  });

  test("clicking a flagged line selects its description cell in the grid", async () => {
    const { context, page, log } = await openWorkbench(session, "nl-NL");
    try {
      await checkButton(page, "nl").click();
      await paneSummary(page, "nl");
      const flagged = page.locator("#pane [data-row]");
      const n = await until("flagged lines in the pane", async () => ((await flagged.count()) > 0 ? flagged.count() : undefined));
      // The last listed line: far down the sheet, so a grid that renders only visible rows must scroll.
      const line = flagged.nth(n - 1);
      const row = Number(await line.getAttribute("data-row"));
      expect(Number.isInteger(row) && row > 1).toBe(true);
      await line.click();
      await page.locator(`#grid [data-row="${row}"][aria-selected="true"]`).first().waitFor();
      const selected = await page.locator('#grid [aria-selected="true"][data-row]').evaluateAll((els) => els.map((e) => [Number(e.getAttribute("data-row")), Number(e.getAttribute("data-col"))]));
      // One cell: the description of that line (column C, "Omschrijving", of the example's budget sheet).
      expect(selected).toEqual([[row, 3]]);
      expectClean(log);
    } finally {
      await context.close();
    }
  });

  test("a hostile workbook through the file input shows its text literally and opens no dialog", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bl-hostile-"));
    const file = path.join(dir, "hostile.xlsx");
    await hostileWorkbook(file);
    const { context, page, log } = await openWorkbench(session, "nl-NL");
    try {
      await page.locator('input[type="file"]').first().setInputFiles(file);
      const cellText = async (row: number) => ((await page.locator(`#grid [data-row="${row}"][data-col="1"]`).first().textContent({ timeout: 1000 })) ?? "").trim();
      // Loaded once its harmless lines show; then the hostile ones must show as typed.
      await until("the hostile workbook in the grid", async () => ((await cellText(3)) === "Raadsgriffie" && (await cellText(5)) === "Openbare verlichting" ? true : undefined));
      expect([await cellText(2), await cellText(4), await cellText(6)]).toEqual([...HOSTILE]);
      // Check it too: the pane lists these descriptions as well, and must show them as text.
      await checkButton(page, "nl").click();
      await paneSummary(page, "nl");
      await page.waitForLoadState("networkidle");
      const injected = await page.evaluate(() => ({
        img: document.querySelectorAll('img[src="x"]').length,
        scripts: Array.from(document.scripts).filter((s) => (s.textContent ?? "").includes("alert(1)")).length,
        jsLinks: Array.from(document.querySelectorAll("[href], [src], [action], [formaction]")).filter((e) =>
          ["href", "src", "action", "formaction"].some((a) => /^\s*javascript:/i.test(e.getAttribute(a) ?? "")),
        ).length,
      }));
      expect(injected).toEqual({ img: 0, scripts: 0, jsLinks: 0 });
      await page.screenshot({ path: artifact("workbench-hostile.png") });
      expectClean(log);
    } finally {
      await context.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a table pasted from a PDF into one column: the pane reads the amounts from the end of each text", async () => {
    const lines = ["Taakveld Lasten Baten Saldo", "0.1 Bestuur 3.179 466 -2.713", "6.3 Inkomensregelingen 21.560 17.230 -4.330", "7.2 Riolering 5.100 6.020 920", "Totaal 29.839 23.716 -6.123"];
    await withOneColumn("Geplakt", lines, async (page) => {
      await checkButton(page, "nl").click();
      const counts = await paneSummary(page, "nl");
      expect(counts.OK + counts.NEUTRAL).toBe(3);
      // The amounts are the first figure of each line ("Lasten"), as the command line reads them.
      expect(await summaryAmounts(page)).toEqual({ OK: "26660", NEUTRAL: "3179" });
      // And the pane says how it read them.
      expect(await page.locator('#pane [data-testid="figures-in-text"]').textContent()).toContain('("Lasten")');
      // The amount picker offers the figures the header names; with "Baten" chosen the next check reads those.
      await page.locator("#pane details.bl-columns > summary").click();
      await page.locator("#bl-col-amount").selectOption("Baten");
      const word = await checkAgain("the check with Baten as the amount", page.locator('#pane [role="status"]').first(), checkButton(page, "nl"));
      expect(word.error).toBe(false);
      await until("the amounts of Baten in the summary", async () => {
        const by = await summaryAmounts(page);
        return by.OK === "23250" && by.NEUTRAL === "466" ? true : undefined;
      });
      expect(await page.locator('#pane [data-testid="figures-in-text"]').textContent()).toContain('("Baten")');
    });
  });

  test("a province's outline of programmes and goals without figures: every row checked, the summary without a column of amounts", async () => {
    const lines = fs.readFileSync(path.join(ROOT, "examples", "layouts", "programmaplan.csv"), "utf8").split("\n").filter((l) => l !== "");
    await withOneColumn("Programmaplan", lines, async (page) => {
      await checkButton(page, "nl").click();
      const counts = await paneSummary(page, "nl");
      // The title row above the outline is its header; every other row is a line.
      expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(lines.length - 1);
      // Verdict and count only: no amounts to sum.
      expect(await page.locator("#bl-summary-table thead th").count()).toBe(2);
    });
  });

  test("a ledger export: the pane reads the cost type column, and a tax booked on a task counts as a tax until the user unpicks the column", async () => {
    // The example as Dutch Excel opens the csv: numbers as numbers.
    const rows = fs
      .readFileSync(path.join(ROOT, "examples", "layouts", "grootboek.csv"), "utf8")
      .split("\n")
      .filter((l) => l !== "")
      .map((l, i) => l.split(";").map((c, k) => (i > 0 && (k === 0 || k === 2 || k === 4) ? Number(c.replace(/\./g, "")) : c)));
    await withRows("Grootboek", rows, async (page) => {
      await checkButton(page, "nl").click();
      const counts = await paneSummary(page, "nl");
      expect(counts).toMatchObject({ OK: 14, NEUTRAL: 6 });
      await page.locator("#pane details.bl-columns > summary").click();
      expect(await page.locator("#bl-col-costType").inputValue()).toBe("3");
      // Without the cost type, "Riolering" and "Afvalinzameling" rows booked as their levies read as the tasks.
      await page.locator("#bl-col-costType").selectOption("");
      const word = await checkAgain("the check without a cost type", page.locator('#pane [role="status"]').first(), checkButton(page, "nl"));
      expect(word.error).toBe(false);
      await until("two levies read as their tasks", async () => ((await paneSummary(page, "nl")).OK === 16 ? true : undefined));
    });
  });

  test("a statement printed side by side: the pane checks both tables, results on a sheet of their own; the second selected alone keeps the unit stated above the first", async () => {
    const rows = [
      ["Staat van lasten en baten 2026"],
      ["bedragen x € 1.000"],
      [],
      ["Lasten", "Begroting 2026", "Baten", "Begroting 2026"],
      ["Jeugdzorg", 12500, "Rijksbijdrage jeugd", 300],
      ["Wmo maatwerk", 8400, "Huren", 420],
      ["Bibliotheek", 1200, "OZB", 9800],
      ["Totaal", 22100, "Totaal", 10520],
    ];
    await withRows("Staat", rows, async (page) => {
      await checkButton(page, "nl").click();
      expect(await paneSummary(page, "nl")).toMatchObject({ OK: 4, NEUTRAL: 1, UNKNOWN: 1 });
      // A listed line of the table beside shares its row with a line of the budget: its row names its columns.
      const listed = page.locator("#bl-flagged-list .bl-line").filter({ hasText: "Huren" });
      expect(await listed.locator(".bl-row").textContent()).toBe("Rij 6 (C:D)");
      // Lasten beside baten are not one sum: the summary counts, and says both tables were checked.
      expect(await page.locator("#bl-summary-table thead th").count()).toBe(2);
      expect(await page.locator('#pane [data-testid="beside"]').textContent()).toContain("kolommen C:D");
      expect(await page.locator('#pane [role="status"]').first().textContent()).toContain('op het blad "Niveaucheck"');
      expect(await page.locator("#pane").textContent()).not.toContain("die is niet getoetst");
      // Back on the statement, the second table selected alone is checked alone.
      await page.locator("#sheet-tabs").getByText("Staat", { exact: true }).click();
      await page.locator('#grid [data-row="4"][data-col="3"]').first().click();
      await page.locator('#grid [data-row="8"][data-col="4"]').first().click({ modifiers: ["Shift"] });
      const word = await checkAgain("the check of the second table", page.locator('#pane [role="status"]').first(), checkButton(page, "nl"));
      expect(word.error).toBe(false);
      await until("the second table's summary", async () => {
        const by = await summaryAmounts(page);
        return by.OK === "300" && by.NEUTRAL === "9800" && by.UNKNOWN === "420" ? true : undefined;
      });
      expect(await page.locator("#bl-summary-table thead th").last().textContent()).toContain("1.000");
    });
  });

  test("a province's budget, its title naming the province: checked as the province's, and the pane says why", async () => {
    const rows = [["Begroting 2026 Provincie Zuiderkwartier"], [], ["Omschrijving", "Lasten"], ["Provinciale wegen", 1200], ["Klassenverkleining groep 3", 300]];
    await withRows("Begroting", rows, async (page) => {
      await checkButton(page, "nl").click();
      expect(await paneSummary(page, "nl")).toMatchObject({ OK: 1, CONDITIONAL: 1 });
      expect(await page.locator('#pane [role="status"]').first().textContent()).toContain('Getoetst als begroting van een provincie: de titel noemt "Provincie Zuiderkwartier".');
    });
  });

  test("a sheet without a title, beside a sheet titled with a water board: checked as the water board's, and the pane says why", async () => {
    const plan = [["Project", "Krediet"], ["Vervanging gemaal De Hoop", 4200], ["Renovatie RWZI Venendal", 12600]];
    const titled = { name: "Programma's", rows: [["Waterschap De Lage Venen — Begroting 2026"], [], ["Product", "Lasten"], ["Peilbeheer en gemalen", 14230]] };
    await withRows(
      "Investeringen",
      plan,
      async (page) => {
        await page.locator('#grid [data-row="2"][data-col="1"]').first().click();
        await checkButton(page, "nl").click();
        expect(await paneSummary(page, "nl")).toMatchObject({ OK: 2 });
        expect(await page.locator('#pane [role="status"]').first().textContent()).toContain('Getoetst als begroting van een waterschap: de titel noemt "Waterschap De Lage Venen".');
      },
      [titled],
    );
  });

  test("a text runs on over the empty cells to its right, as in Excel; a click there still selects the cell clicked", async () => {
    const rows = [["Investeringsplan 2026-2029 van waterschap De Lage Venen"], ["Project", "Krediet"], ["Vervanging gemaal De Hoop", 4200]];
    await withRows("Investeringen", rows, async (page) => {
      const title = page.locator('#grid [data-row="1"][data-col="1"] .wb-spill');
      // Wider than its own column, shown whole: nothing of it is cut.
      const fits = await title.evaluate((e) => ({ cut: e.scrollWidth > e.clientWidth, wider: e.clientWidth > (e.parentElement?.clientWidth ?? 0) }));
      expect(fits).toEqual({ cut: false, wider: true });
      // A text with a filled cell beside it stays in its own cell.
      expect(await page.locator('#grid [data-row="3"][data-col="1"] .wb-spill').count()).toBe(0);
      await page.locator('#grid [data-row="1"][data-col="2"]').first().click();
      expect(await page.locator("#name-box").textContent()).toBe("B1");
    });
  });

  test("a check widens the result columns so a verdict shows whole, as in Excel; removing the results sets the widths back", async () => {
    const rows = [["Omschrijving", "Lasten"], ["Klassenverkleining basisscholen", 120000], ["Riolering", 800000]];
    await withRows("Begroting", rows, async (page) => {
      const width = (col: number) => page.locator(`#grid .wb-colhead[data-col="${col}"]`).evaluate((e) => e.getBoundingClientRect().width);
      const before = await width(3);
      await checkButton(page, "nl").click();
      await paneSummary(page, "nl");
      // The verdict beside the first line ("Volgens Allers (2017) beter bij een ander niveau: Rijk") in column C.
      const verdict = page.locator('#grid [data-row="2"][data-col="3"]').first();
      await until("the verdict in the grid", async () => ((await verdict.textContent()) ?? "").startsWith("Volgens Allers") || undefined);
      expect(await width(3)).toBeGreaterThan(before);
      expect(await verdict.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
      await page.locator("#pane").getByRole("button", { name: "Verwijder resultaten", exact: true }).click();
      await until("the results removed", async () => ((await verdict.textContent()) ?? "") === "" || undefined);
      expect(await width(3)).toBe(before);
    });
  });

  /** A workbook of one sheet whose rows are one text each, opened in the workbench (Dutch), for `body`; the page must stay clean. */
  async function withOneColumn(sheet: string, lines: readonly string[], body: (page: Page) => Promise<void>): Promise<void> {
    await withRows(
      sheet,
      lines.map((l) => [l]),
      body,
    );
  }

  /** A workbook of one sheet of these rows, opened in the workbench (Dutch), for `body`; the page must stay clean. */
  async function withRows(sheet: string, rows: readonly (readonly (string | number)[])[], body: (page: Page) => Promise<void>, others: readonly { name: string; rows: readonly (readonly (string | number)[])[] }[] = []): Promise<void> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bl-rows-"));
    const file = path.join(dir, `${sheet}.xlsx`);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(sheet);
    for (const row of rows) ws.addRow([...row]);
    // Sheets after the first, which the workbench opens on.
    for (const other of others) wb.addWorksheet(other.name).addRows(other.rows.map((r) => [...r]));
    await wb.xlsx.writeFile(file);
    const { context, page, log } = await openWorkbench(session, "nl-NL");
    try {
      await page.locator('input[type="file"]').first().setInputFiles(file);
      // The last row's first text, as the grid shows it (numbers are formatted).
      const lastRow = rows[rows.length - 1] as readonly (string | number)[];
      const col = lastRow.findIndex((c) => typeof c === "string") + 1;
      const last = lastRow[col - 1] as string;
      await until("the rows in the grid", async () => ((await page.locator(`#grid [data-row="${rows.length}"][data-col="${col}"]`).first().textContent({ timeout: 1000 })) ?? "") === last || undefined);
      await body(page);
      expectClean(log);
    } finally {
      await context.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  /** The summary's amount per verdict, as the digits shown. */
  async function summaryAmounts(page: Page): Promise<Record<string, string>> {
    const rows = await page.locator("#pane tr[data-verdict]").evaluateAll((trs) => trs.map((tr) => [tr.getAttribute("data-verdict") ?? "", (tr.children[2]?.textContent ?? "").replace(/[^\d]/g, "")] as const));
    return Object.fromEntries(rows);
  }

  test("axe-core: no serious or critical violations after a check", async () => {
    const { context, page, log } = await openWorkbench(session, "nl-NL");
    try {
      await checkButton(page, "nl").click();
      await paneSummary(page, "nl");
      const serious = await axeSerious(page);
      expect(serious).toEqual([]);
      expectClean(log);
    } finally {
      await context.close();
    }
  });
});
