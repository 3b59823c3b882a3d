// The task pane: the same in Excel and in the workbench; it only talks to a Host.
// Every text from a workbook is set with textContent, never parsed as HTML;
// every text of the pane's own comes from the message catalogue (src/i18n).

import { functionList } from "../../src/catalogue/docs";
import { budgetCaption, sheetTitle, TITLE_COLUMNS, TITLE_ROWS, type AmountFactor, type BudgetCaption } from "../../src/budget/caption";
import type { HeaderColumns } from "../../src/budget/table";
import { workbookTitle, type CheckedLine } from "../../src/check/budget";
import type { Lang } from "../../src/core/types";
import { words } from "../../src/i18n/catalogue";
import type { Owner, Verdict } from "../../src/levels";
import { VERSION } from "../../src/version";
import { HostError, type Host, type PaneSettings } from "../host/types";
import { h } from "./dom";
import { columnLetters } from "../host/a1";
import { flaggedView, overridesView, summaryView, type ResultsState } from "./results-view";
import { scenarioView } from "./scenarios-view";
import { riskView } from "./risk-view";
import { detect, lineKey, PaneError, runCheck, RULES_HEADER, type CheckOutcome, type Detected } from "./run";
import type { ActionHook, PaneAction } from "./actions";

interface State {
  lang: Lang;
  settings: PaneSettings;
  detected?: Detected | undefined;
  columns?: HeaderColumns | undefined;
  /** In a table pasted from a PDF, the figure at the end of each text the user chose as the amount ("Baten"). */
  figure?: string | undefined;
  outcome?: CheckOutcome | undefined;
  /** The unit of the checked budget's amounts, read from its title lines. */
  factor: AmountFactor | null;
  results: ResultsState;
  busy: boolean;
  cancelled: boolean;
  /** The switch for the workbook's rules sheet; on unless the user turns it off (never read from the workbook, whose author may have written the rules). */
  useRules: boolean;
}

/** How many columns left of a table the unit above it is looked for ("bedragen x € 1.000" over the first of two tables). */
const UNIT_LEFT = 8;
/** How many other sheets are read for the workbook's title (a cover sheet comes first, so a few suffice). */
const TITLE_SHEETS = 12;

/** Lets the page around the pane follow its language (the workbench's toolbar and grid) and its actions (one undo step each). */
export interface PaneOptions {
  readonly onLanguage?: (lang: Lang) => void;
  readonly onAction?: ActionHook;
}

export interface PaneControl {
  /** Reads the workbook again after it changed under the pane (an undo in the workbench): settings, results, scenarios. */
  resync(): Promise<void>;
  language(): Lang;
}

/** A function's signature for reading: the argument names in words ("kosten per kind"), separated as the language separates them. */
function readableSignature(signature: string, lang: Lang): string {
  return signature.replace(/_/g, " ").replace(/, /g, lang === "nl" ? "; " : ", ");
}

export function mountPane(root: HTMLElement, host: Host, opts: PaneOptions = {}): PaneControl {
  const state: State = { lang: host.language(), settings: {}, factor: null, results: { filter: "all", order: "row" }, busy: false, cancelled: false, useRules: true };
  const status = h("div", { role: "status", "aria-live": "polite", class: "bl-status" });
  const progress = h("div", { class: "bl-progress", hidden: "" });
  const body = h("div", { class: "bl-body" });
  root.classList.add("bl-pane");

  const t = () => words(state.lang);
  // Kept across renders: it has its own state (chosen model, comparison, chart).
  const onAction: ActionHook = opts.onAction ?? (() => undefined);
  const scenarios = scenarioView(host, () => state.lang, onAction);
  const risk = riskView(host, () => state.lang, onAction);

  function say(text: string, kind: "info" | "error" = "info"): void {
    status.textContent = text;
    status.className = `bl-status bl-${kind}`;
  }

  function fail(e: unknown): void {
    // A message the user understands; the technical detail only in the console.
    if (e instanceof PaneError || e instanceof HostError) say(e.text[state.lang], "error");
    else {
      console.error(e);
      say(t()("pane.failed", e instanceof Error ? e.message : String(e)), "error");
    }
  }

  async function saveSettings(next: PaneSettings): Promise<void> {
    state.settings = next;
    await host.setSettings(next);
  }

  /**
   * The unit of the amounts and the government the title names, from the lines above the header (in
   * the region, else the rows above it, from the sheet's first columns on: a statement printed side by
   * side states its unit once, above the first table, and the user may have selected the second).
   */
  async function captionOf(d: Detected): Promise<BudgetCaption> {
    const here = await sheetCaption(d);
    if (here.organisation !== null) return here;
    // Another sheet that cannot be read names nobody: the unit found here stands.
    return { factor: here.factor, organisation: await bookTitle(d.region.sheet).catch(() => null) };
  }

  /** The caption of the budget's own sheet: from its region, else the rows above it. */
  async function sheetCaption(d: Detected): Promise<BudgetCaption> {
    const own = budgetCaption(d.region.values, d.header.headerRow, d.header.amountHeader);
    if ((own.factor !== null && own.organisation !== null) || d.region.top <= 1) return own;
    const rows = Math.min(d.region.top - 1, 10);
    const left = Math.max(1, d.region.left - UNIT_LEFT);
    const width = Math.min(d.region.left - left + Math.max(1, d.headings.length), UNIT_LEFT + 12);
    const refs = [];
    for (let r = 1; r <= rows; r++) for (let c = 0; c < width; c++) refs.push({ sheet: d.region.sheet, row: d.region.top - rows - 1 + r, col: left + c });
    const cells = await host.readCells(refs);
    const above: unknown[][] = [];
    for (let r = 0; r < rows; r++) above.push(cells.slice(r * width, (r + 1) * width));
    const up = budgetCaption(above, rows);
    return { factor: own.factor ?? up.factor, organisation: own.organisation ?? up.organisation };
  }

  /**
   * Whose budget the workbook is, from the titles of its other visible sheets (a water board titles its
   * programme sheet, not the investment plan beside it): null where none names a government, or two name
   * governments of different kinds. The unit is not taken over: another sheet's may differ.
   */
  async function bookTitle(sheet: string): Promise<string | null> {
    const { names, hidden } = await host.listSheets();
    const others = names.filter((n) => n !== sheet && !(hidden ?? []).includes(n)).slice(0, TITLE_SHEETS);
    if (others.length === 0) return null;
    const refs = others.flatMap((name) => Array.from({ length: TITLE_ROWS * TITLE_COLUMNS }, (_, k) => ({ sheet: name, row: Math.floor(k / TITLE_COLUMNS) + 1, col: (k % TITLE_COLUMNS) + 1 })));
    const cells = await host.readCells(refs);
    const per = TITLE_ROWS * TITLE_COLUMNS;
    return workbookTitle(
      others.map((_, i) => {
        const block = cells.slice(i * per, (i + 1) * per);
        return sheetTitle(Array.from({ length: TITLE_ROWS }, (_, r) => block.slice(r * TITLE_COLUMNS, (r + 1) * TITLE_COLUMNS)));
      }),
    );
  }

  async function doCheck(after?: string, action: PaneAction = "check"): Promise<void> {
    if (state.busy) return;
    state.busy = true;
    state.cancelled = false;
    render();
    onAction("start", action);
    try {
      const detected = await detect(host);
      const same =
        state.detected &&
        state.detected.region.sheet === detected.region.sheet &&
        state.detected.region.top === detected.region.top &&
        state.detected.header.headerRow === detected.header.headerRow;
      if (!same) {
        state.columns = undefined;
        state.figure = undefined;
      }
      state.detected = detected;
      progress.hidden = false;
      const caption = await captionOf(detected).catch((): BudgetCaption => ({ factor: null, organisation: null }));
      const factor = caption.factor;
      const outcome = await runCheck(host, detected, {
        factor,
        organisation: caption.organisation,
        lang: state.lang,
        settings: state.settings,
        ...(state.columns ? { columns: state.columns } : {}),
        ...(state.figure !== undefined ? { figure: state.figure } : {}),
        onProgress: (done, total) => {
          progress.textContent = t()("pane.progress", done, total);
        },
        isCancelled: () => state.cancelled,
        ignoreRules: !state.useRules,
      });
      state.outcome = outcome;
      state.factor = factor;
      await saveSettings({ ...state.settings, written: outcome.written });
      const where = outcome.written.kind === "columns" ? t()("pane.whereColumns", outcome.written.range) : t()("pane.whereSheet", outcome.written.sheet);
      const part = outcome.rows ? ` ${t()("pane.partial", outcome.rows.first, outcome.rows.last)}` : "";
      const titled = outcome.ownerFrom !== undefined ? ` ${t()("pane.ownerFromTitle", outcome.ownerFrom, t()(`pane.owner.${outcome.owner}`))}` : "";
      const done = `${after ?? t()("pane.done", outcome.checked.length, where)}${part}${titled}`;
      if (outcome.rulesUnread !== undefined) say(`${done} ${t()("pane.rulesUnread", outcome.rulesUnread)}`, "error");
      else say(done);
    } catch (e) {
      fail(e);
    } finally {
      onAction("end", action);
      state.busy = false;
      progress.hidden = true;
      render();
    }
  }

  /** An override is kept in the workbook and applied at once: the results on the sheet, the summary and the lists follow it. */
  async function setOverride(c: CheckedLine, verdict: Verdict | null): Promise<void> {
    const o = state.outcome;
    if (!o) return;
    const key = lineKey(o.sheet, c.line);
    const overrides: Record<string, Verdict> = { ...(state.settings.overrides ?? {}) };
    if (verdict) overrides[key] = verdict;
    else delete overrides[key];
    try {
      await saveSettings({ ...state.settings, overrides });
    } catch (e) {
      fail(e);
      return;
    }
    const label = verdict ? t()(`verdict.${verdict}`) : "";
    await doCheck(verdict ? t()("pane.overrideSaved", c.line.row, label) : t()("pane.overrideRemoved", c.line.row), "override");
  }

  async function doRemove(): Promise<void> {
    onAction("start", "remove");
    try {
      const removal = await host.removeResults();
      const { written: _gone, ...rest } = state.settings;
      await saveSettings(rest);
      state.outcome = undefined;
      // Cells a user changed since the check stay, and the pane says which.
      const rows = removal.kept.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(", ");
      if (!removal.removed) say(t()("pane.nothingToRemove"));
      else if (removal.kept.length > 0 && removal.sheet !== undefined) say(t()("pane.kept", removal.sheet, rows));
      else if (removal.sheet !== undefined) say(t()("pane.keptSheet", removal.sheet));
      else say(t()("pane.removed"));
    } catch (e) {
      fail(e);
    }
    onAction("end", "remove");
    render();
  }

  async function doRules(): Promise<void> {
    onAction("start", "rules");
    try {
      await host.openRulesSheet(RULES_HEADER[state.lang]);
      say(t()("pane.rulesOpened"));
    } catch (e) {
      fail(e);
    }
    onAction("end", "rules");
  }

  function ownerSelect(): HTMLElement {
    const sel = h("select", { id: "bl-owner" });
    const options: [string, string][] = [
      ["", t()("pane.ownerAuto")],
      ["gemeente", t()("pane.owner.gemeente")],
      ["provincie", t()("pane.owner.provincie")],
      ["rijk", t()("pane.owner.rijk")],
      ["waterschap", t()("pane.owner.waterschap")],
    ];
    for (const [v, label] of options) {
      const o = h("option", { value: v, text: label });
      if ((state.settings.owner ?? "") === v) o.selected = true;
      sel.append(o);
    }
    sel.addEventListener("change", () => {
      const { owner: _old, ...rest } = state.settings;
      void saveSettings(sel.value ? { ...rest, owner: sel.value as Owner } : rest).catch(fail);
    });
    return h("label", { for: "bl-owner", class: "bl-field" }, h("span", { text: t()("pane.owner") }), sel);
  }

  function rulesSwitch(): HTMLElement {
    const box = h("input", { type: "checkbox", id: "bl-use-rules" });
    box.checked = state.useRules;
    box.addEventListener("change", () => {
      state.useRules = box.checked;
    });
    return h("label", { for: "bl-use-rules", class: "bl-switch" }, box, h("span", { text: t()("pane.useRules") }));
  }

  /** What the workbook's rules sheet changed, above the summary: its author, not the user, wrote those rules. */
  function rulesNotice(o: CheckOutcome): HTMLElement | "" {
    const r = o.rulesSheet;
    if (!r) return "";
    const changes = r.changes.map((c) => t()("pane.rulesChange", c.count, t()(`verdict.${c.from}`), t()(`verdict.${c.to}`))).join(", ");
    return h("p", { class: "bl-notice", role: "note", text: t()("pane.rulesEffect", t()(r.hidden ? "pane.rulesSheetHidden" : "pane.rulesSheet", r.sheet), r.rules, r.lines, changes) });
  }

  function langSelect(): HTMLElement {
    const sel = h("select", { id: "bl-lang" });
    // Each language is named in itself, so a reader finds their own.
    for (const [v, label] of [
      ["nl", "Nederlands"],
      ["en", "English"],
    ] as const) {
      const o = h("option", { value: v, text: label });
      if (state.lang === v) o.selected = true;
      sel.append(o);
    }
    sel.addEventListener("change", () => {
      setLanguage(sel.value === "en" ? "en" : "nl");
      void saveSettings({ ...state.settings, lang: state.lang }).catch(fail);
    });
    return h("label", { for: "bl-lang", class: "bl-field" }, h("span", { text: t()("pane.language") }), sel);
  }

  function setLanguage(lang: Lang): void {
    const changed = lang !== state.lang;
    state.lang = lang;
    // The page around the pane speaks the same language (the workbench's toolbar, grid and messages).
    opts.onLanguage?.(lang);
    if (changed) say("");
    render();
  }

  function columnPickers(): HTMLElement | null {
    const d = state.detected;
    if (!d) return null;
    const cols: HeaderColumns = state.columns ?? d.header.columns;
    const roles: [keyof HeaderColumns, string][] = [
      ["description", t()("pane.col.description")],
      ["taakveld", t()("pane.col.taakveld")],
      ["amount", t()("pane.col.amount")],
      ["owner", t()("pane.col.owner")],
      ["costType", t()("pane.col.costType")],
    ];
    // A table pasted from a PDF holds its figures at the end of each text: its amount is one of the figures its header names.
    const figures = state.outcome?.figuresInText;
    const fields = roles.map(([role, label]) => {
      const id = `bl-col-${role}`;
      if (role === "amount" && figures !== undefined && figures.names.length > 0) return figurePicker(id, label, figures.names, state.figure ?? figures.name);
      const sel = h("select", { id });
      if (role !== "description") sel.append(h("option", { value: "", text: t()("pane.none") }));
      d.headings.forEach((name, i) => {
        const o = h("option", { value: String(i), text: `${columnLetters(d.region.left + i)}: ${name}` });
        if (cols[role] === i) o.selected = true;
        sel.append(o);
      });
      sel.addEventListener("change", () => {
        const next: Record<string, number | undefined> = { description: cols.description, taakveld: cols.taakveld, amount: cols.amount, owner: cols.owner, costType: cols.costType };
        next[role] = sel.value === "" ? undefined : Number(sel.value);
        const { description, taakveld, amount, owner, costType } = next;
        // A column now read as the cost type is no longer context for the lines.
        const context = cols.context?.filter((k) => k !== costType);
        state.columns = {
          description: description ?? cols.description,
          ...(taakveld === undefined ? {} : { taakveld }),
          ...(amount === undefined ? {} : { amount }),
          ...(owner === undefined ? {} : { owner }),
          ...(context !== undefined && context.length > 0 ? { context } : {}),
          ...(costType === undefined ? {} : { costType }),
        };
      });
      return h("label", { for: id, class: "bl-field" }, h("span", { text: label }), sel);
    });
    // A table published without a header row (headerRow 0) starts with its first line.
    const where =
      d.header.headerRow === 0
        ? t()("pane.foundInNoHeader", d.region.sheet, d.region.top, t()(`pane.source.${d.region.source}`))
        : t()("pane.foundIn", d.region.sheet, d.header.headerRow + d.region.top - 1, t()(`pane.source.${d.region.source}`));
    return h("details", { class: "bl-columns" }, h("summary", { text: t()("pane.columns") }), h("p", { text: where }), ...fields);
  }

  function figurePicker(id: string, label: string, names: readonly string[], chosen: string | null): HTMLElement {
    const sel = h("select", { id });
    for (const name of names) {
      const o = h("option", { value: name, text: name });
      if (name === chosen) o.selected = true;
      sel.append(o);
    }
    sel.addEventListener("change", () => {
      state.figure = sel.value;
    });
    return h("label", { for: id, class: "bl-field" }, h("span", { text: label }), sel);
  }

  function problemList(o: CheckOutcome): HTMLElement | "" {
    if (o.problems.length === 0 && o.ruleProblems.length === 0) return "";
    const parts: HTMLElement[] = [];
    if (o.ruleProblems.length > 0) {
      parts.push(h("h3", { text: t()("pane.ruleProblems", o.ruleProblems.length) }), h("ul", {}, ...o.ruleProblems.map((p) => h("li", { text: p.message[state.lang] }))));
    }
    if (o.problems.length > 0) {
      const shown = o.problems.slice(0, 200);
      parts.push(h("h3", { text: t()("pane.problems", o.problems.length) }), h("ul", {}, ...shown.map((p) => h("li", { text: p.message[state.lang] }))));
    }
    return h("details", { class: "bl-problems" }, h("summary", { text: t()("pane.problems", o.problems.length + o.ruleProblems.length) }), ...parts);
  }

  function functionsList(): HTMLElement {
    return h(
      "details",
      { class: "bl-functions" },
      h("summary", { text: `${t()("pane.functions")} · ${t()("pane.version")} ${VERSION}` }),
      h("ul", {}, ...functionList(state.lang).map((f) => h("li", {}, h("code", { text: readableSignature(f.signature, state.lang) }), h("p", { text: f.description })))),
    );
  }

  const actions = {
    override: (c: CheckedLine, v: Verdict | null) => void setOverride(c, v),
    select: (c: CheckedLine) => {
      const o = state.outcome;
      const col = o?.beside?.lines.has(c.line) ? o.beside.descriptionColumn : o?.descriptionColumn;
      if (o && col !== undefined) void host.selectCell({ sheet: o.sheet, row: c.line.row, col }).catch(fail);
    },
  };

  function render(): void {
    document.documentElement.lang = state.lang;
    const check = h("button", { type: "button", class: "bl-primary", id: "bl-check", text: t()("pane.check") });
    if (state.busy) check.setAttribute("disabled", "");
    check.addEventListener("click", () => void doCheck());
    const cancel = h("button", { type: "button", id: "bl-cancel", text: t()("pane.cancel") });
    if (!state.busy) cancel.hidden = true;
    cancel.addEventListener("click", () => {
      state.cancelled = true;
    });
    const remove = h("button", { type: "button", id: "bl-remove", text: t()("pane.remove") });
    remove.addEventListener("click", () => void doRemove());
    const rules = h("button", { type: "button", id: "bl-rules", text: t()("pane.rules") });
    rules.addEventListener("click", () => void doRules());

    const o = state.outcome;
    const overrides = state.settings.overrides ?? {};
    body.replaceChildren(
      h("h1", { text: t()("pane.title") }),
      h("p", { class: "bl-intro", text: t()("pane.intro") }),
      h("div", { class: "bl-settings" }, ownerSelect(), langSelect(), rulesSwitch()),
      h("div", { class: "bl-actions" }, check, cancel, remove, rules),
      progress,
      status,
      columnPickers() ?? "",
      o ? rulesNotice(o) : "",
      o ? summaryView(o, state.lang, state.factor) : "",
      o ? flaggedView(o, state.lang, state.factor, overrides, state.results, actions, render) : "",
      o ? overridesView(o, state.lang, state.factor, actions) : "",
      o ? problemList(o) : "",
      scenarios.element,
      risk.element,
      functionsList(),
    );
    scenarios.render();
    risk.render();
  }

  root.replaceChildren(body);
  render();
  void host
    .getSettings()
    .then((settings) => {
      state.settings = settings;
      if (settings.lang) setLanguage(settings.lang);
      else render();
    })
    .catch(fail);
  void scenarios
    .refresh()
    .then(() => scenarios.render())
    .catch(fail);

  return {
    language: () => state.lang,
    async resync(): Promise<void> {
      try {
        const settings = await host.getSettings();
        const keep = state.settings.lang;
        state.settings = keep ? { ...settings, lang: keep } : settings;
        // Results the undo took away leave the pane too; results it brought back are there to check again.
        const o = state.outcome;
        if (!settings.written || !o || settings.written.range !== o.written.range || settings.written.sheet !== o.written.sheet) state.outcome = undefined;
        await scenarios.refresh();
      } catch (e) {
        fail(e);
      }
      render();
    },
  };
}
