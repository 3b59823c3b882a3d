// Shared plumbing for the browser tests: Chromium and the static server from
// scripts/browser.js, a context that records every request and stubs Office.js,
// console and page errors, dialogs, axe-core, screenshots.

import * as fs from "node:fs";
import * as path from "node:path";
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";

export interface Served {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

interface BrowserKit {
  chromiumPath(): string;
  launchOptions(executablePath?: string): { executablePath: string; headless: boolean; args: string[] };
  serveDist(dir?: string): Promise<Served>;
  readonly DIST: string;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const kit = require("../../scripts/browser.js") as BrowserKit;

export const ROOT = path.join(__dirname, "..", "..");
export const DIST = kit.DIST;
export const ARTIFACTS = path.join(ROOT, "test-artifacts");

/** Office.js comes from Microsoft's CDN; the tests answer it with an empty script. */
export const OFFICE_JS = "https://appsforoffice.microsoft.com/";

export interface Session {
  readonly browser: Browser;
  readonly server: Served;
  close(): Promise<void>;
}

export async function startSession(): Promise<Session> {
  // scripts/test.js has found (or installed) Chromium already and passes CHROME_PATH;
  // run alone, this throws with the command to run rather than skipping.
  const browser = await chromium.launch(kit.launchOptions(kit.chromiumPath()));
  const server = await kit.serveDist();
  return {
    browser,
    server,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** What a page did: every request, what was routed, errors, dialogs. */
export interface PageLog {
  readonly requests: string[];
  /** Requests answered by the route (Office.js) or blocked (anything else off the machine). */
  readonly routed: string[];
  readonly blocked: string[];
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  readonly dialogs: string[];
}

export function isLocal(url: string): boolean {
  if (url.startsWith("data:") || url.startsWith("blob:") || url === "about:blank") return true;
  try {
    const host = new URL(url).hostname;
    return host === "127.0.0.1" || host === "localhost" || host === "[::1]";
  } catch {
    return false;
  }
}

export interface Opened {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly log: PageLog;
}

/**
 * A fresh context in `locale` with one page, recording everything. Office.js
 * is answered with an empty script; any other request that would leave the
 * machine is recorded and aborted, so nothing leaves even when a test fails.
 */
export async function openContext(browser: Browser, locale: string, opts: { readonly answerDialogs?: boolean } = {}): Promise<Opened> {
  const context = await browser.newContext({ locale, viewport: { width: 1400, height: 900 } });
  const log: PageLog = { requests: [], routed: [], blocked: [], consoleErrors: [], pageErrors: [], dialogs: [] };
  context.on("request", (r) => log.requests.push(r.url()));
  await context.route(
    (url) => !isLocal(url.href),
    async (route) => {
      const url = route.request().url();
      if (url.startsWith(OFFICE_JS)) {
        log.routed.push(url);
        await route.fulfill({ status: 200, contentType: "text/javascript", body: "/* Office.js stubbed by the browser tests */\n" });
      } else {
        log.blocked.push(url);
        await route.abort("blockedbyclient");
      }
    },
  );
  const page = await context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error") log.consoleErrors.push(`${m.text()} (${m.location().url}:${m.location().lineNumber})`);
  });
  page.on("pageerror", (e) => log.pageErrors.push(String(e.stack ?? e)));
  page.on("dialog", (d) => {
    log.dialogs.push(`${d.type()}: ${d.message()}`);
    // A test that answers dialogs itself (a beforeunload it expects) gets them unanswered here.
    if (opts.answerDialogs !== false) void d.dismiss();
  });
  return { context, page, log };
}

/** Requests that left (or tried to leave) localhost, other than the routed Office.js. */
export function offMachine(log: PageLog): string[] {
  return log.requests.filter((u) => !isLocal(u) && !log.routed.includes(u));
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** Runs axe-core in the page; returns the serious and critical violations. */
export async function axeSerious(page: Page): Promise<AxeViolation[]> {
  const source = fs.readFileSync(require.resolve("axe-core"), "utf8");
  // Pages whose CSP forbids inline scripts (the workbench: script-src 'self') block
  // addScriptTag({ content }) and log a console error; evaluating the source through
  // the DevTools protocol is not subject to the page's CSP.
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy" i]').count();
  if (csp === 0) await page.addScriptTag({ content: source });
  else await page.evaluate(source);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: AxeViolation[] }> } }).axe;
    const r = await axe.run(document);
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, html: n.html })) }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

export function artifact(name: string): string {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}

/**
 * Runs a check again and waits for its own word: the last status stays on screen until the
 * check is done, so it is emptied first; the word is a status shown once `button` is enabled
 * again. Returns the word, and whether the pane shows it as an error.
 */
export async function checkAgain(what: string, status: Locator, button: Locator): Promise<{ text: string; error: boolean }> {
  await status.evaluate((el) => (el.textContent = ""));
  await button.click();
  return until(what, async () => {
    const text = ((await status.textContent()) ?? "").trim();
    return text !== "" && !(await button.isDisabled()) ? { text, error: /error/.test((await status.getAttribute("class")) ?? "") } : undefined;
  });
}

/** Polls until `f` returns a value (not undefined); waiting, not a timed assertion. */
export async function until<T>(what: string, f: () => Promise<T | undefined>, timeoutMs = 45_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await f();
      if (v !== undefined) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}${last ? `: ${String(last)}` : ""}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
