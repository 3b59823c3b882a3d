// The task pane: the same in Excel and in the workbench; it only talks to a Host.
// Every text from a workbook is set with textContent, never parsed as HTML.

import { FLAGGED, formatAmount, isTotalLine } from "../../src/check/budget";
import { functionList } from "../../src/catalogue/docs";
import type { Lang } from "../../src/core/types";
import { LEVEL_LABELS, VERDICT_LABELS, VERDICTS, verdictText, type Owner, type Verdict } from "../../src/levels";
import { VERSION } from "../../src/version";
import type { HeaderColumns } from "../../src/budget/table";
import type { Host, PaneSettings } from "../host/types";
import { T, type PaneText } from "./i18n";
import { h, s } from "./dom";
import { columnLetters } from "../host/a1";
import { scenarioView } from "./scenarios-view";
import { detect, lineKey, PaneError, runCheck, RULES_HEADER, VERDICT_COLORS, type CheckOutcome, type Detected } from "./run";

/** Flagged lines rendered per click of "show more". */
const FLAGGED_PAGE = 100;




interface State {
  lang: Lang;
  settings: PaneSettings;
  detected?: Detected | undefined;
  columns?: HeaderColumns | undefined;
  outcome?: CheckOutcome | undefined;
  busy: boolean;
  cancelled: boolean;
}

export function mountPane(root: HTMLElement, host: Host): void {
  const state: State = { lang: host.language(), settings: {}, busy: false, cancelled: false };
  const status = h("div", { role: "status", "aria-live": "polite", class: "bl-status" });
  const progress = h("div", { class: "bl-progress", hidden: "" });
  const body = h("div", { class: "bl-body" });
  root.classList.add("bl-pane");

  const t = (): PaneText => T[state.lang] as PaneText;
  // Kept across renders: it has its own state (chosen model, comparison, chart).
  const scenarios = scenarioView(host, () => state.lang);

  function say(text: string, kind: "info" | "error" = "info"): void {
    status.textContent = text;
    status.className = `bl-status bl-${kind}`;
  }

  function fail(e: unknown): void {
    // A message the user understands; the technical detail only in the console.
    const text = e instanceof PaneError ? e.text[state.lang] : `${t().failed} ${e instanceof Error ? e.message : String(e)}`;
    if (!(e instanceof PaneError)) console.error(e);
    say(text, "error");
  }

  async function saveSettings(next: PaneSettings): Promise<void> {
    state.settings = next;
    await host.setSettings(next);
  }

  async function doCheck(): Promise<void> {
    if (state.busy) return;
    state.busy = true;
    state.cancelled = false;
    render();
    try {
      const detected = await detect(host);
      const same =
        state.detected &&
        state.detected.region.sheet === detected.region.sheet &&
        state.detected.region.top === detected.region.top &&
        state.detected.header.headerRow === detected.header.headerRow;
      if (!same) state.columns = undefined;
      state.detected = detected;
      progress.hidden = false;
      const outcome = await runCheck(host, detected, {
        lang: state.lang,
        settings: state.settings,
        ...(state.columns ? { columns: state.columns } : {}),
        onProgress: (done, total) => {
          progress.textContent = t().progress(done, total);
        },
        isCancelled: () => state.cancelled,
      });
      state.outcome = outcome;
      await saveSettings({ ...state.settings, written: outcome.written });
      const where = outcome.written.kind === "columns" ? t().whereColumns(outcome.written.range) : t().whereSheet(outcome.written.sheet);
      const part = outcome.rows ? ` ${t().partial(outcome.rows.first, outcome.rows.last)}` : "";
      say(`${t().done(outcome.checked.length, where)}${part}`);
    } catch (e) {
      fail(e);
    } finally {
      state.busy = false;
      progress.hidden = true;
      render();
    }
  }

  async function doRemove(): Promise<void> {
    try {
      const removal = await host.removeResults();
      const { written: _gone, ...rest } = state.settings;
      await saveSettings(rest);
      state.outcome = undefined;
      const rows = removal.kept.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(", ");
      if (!removal.removed) say(t().nothingToRemove);
      else if (removal.kept.length > 0 && removal.sheet !== undefined) say(t().kept(removal.sheet, rows));
      else if (removal.sheet !== undefined) say(t().keptSheet(removal.sheet));
      else say(t().removed);
    } catch (e) {
      fail(e);
    }
    render();
  }

  async function doRules(): Promise<void> {
    try {
      await host.openRulesSheet(RULES_HEADER[state.lang]);
      say(t().rulesOpened);
    } catch (e) {
      fail(e);
    }
  }

  function ownerSelect(): HTMLElement {
    const sel = h("select", { id: "bl-owner" });
    const options: [string, string][] = [
      ["", t().ownerAuto],
      ["gemeente", t().gemeente],
      ["provincie", t().provincie],
      ["rijk", t().rijk],
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
    return h("label", { for: "bl-owner", class: "bl-field" }, h("span", { text: t().owner }), sel);
  }

  function langSelect(): HTMLElement {
    const sel = h("select", { id: "bl-lang" });
    for (const [v, label] of [
      ["nl", "Nederlands"],
      ["en", "English"],
    ] as const) {
      const o = h("option", { value: v, text: label });
      if (state.lang === v) o.selected = true;
      sel.append(o);
    }
    sel.addEventListener("change", () => {
      state.lang = sel.value === "en" ? "en" : "nl";
      void saveSettings({ ...state.settings, lang: state.lang }).catch(fail);
      render();
    });
    return h("label", { for: "bl-lang", class: "bl-field" }, h("span", { text: t().language }), sel);
  }

  function columnPickers(): HTMLElement | null {
    const d = state.detected;
    if (!d) return null;
    const cols: HeaderColumns = state.columns ?? d.header.columns;
    const roles: [keyof HeaderColumns, string][] = [
      ["description", t().colDescription],
      ["taakveld", t().colTaakveld],
      ["amount", t().colAmount],
      ["owner", t().colOwner],
    ];
    const fields = roles.map(([role, label]) => {
      const id = `bl-col-${role}`;
      const sel = h("select", { id });
      if (role !== "description") sel.append(h("option", { value: "", text: t().none }));
      d.headings.forEach((name, i) => {
        const o = h("option", { value: String(i), text: `${columnLetters(d.region.left + i)}: ${name}` });
        if (cols[role] === i) o.selected = true;
        sel.append(o);
      });
      sel.addEventListener("change", () => {
        const next: Record<string, number | undefined> = { ...cols };
        next[role] = sel.value === "" ? undefined : Number(sel.value);
        const { description, taakveld, amount, owner } = next;
        state.columns = {
          description: description ?? cols.description,
          ...(taakveld === undefined ? {} : { taakveld }),
          ...(amount === undefined ? {} : { amount }),
          ...(owner === undefined ? {} : { owner }),
        };
      });
      return h("label", { for: id, class: "bl-field" }, h("span", { text: label }), sel);
    });
    const where = t().foundIn(d.region.sheet, d.header.headerRow + d.region.top - 1, t().source[d.region.source]);
    return h("details", { class: "bl-columns" }, h("summary", { text: t().columns }), h("p", { text: where }), ...fields);
  }

  function summaryChart(o: CheckOutcome): HTMLElement {
    const rows = o.summary.filter((r) => r.count > 0);
    const max = Math.max(1, ...rows.map((r) => r.count));
    const barH = 18;
    // Scales with the pane but keeps its proportions, so labels are never stretched or cut.
    const svg = s("svg", { width: "100%", role: "img", "aria-label": t().summary, viewBox: `0 0 320 ${rows.length * (barH + 6)}` });
    rows.forEach((r, i) => {
      const y = i * (barH + 6);
      svg.append(s("rect", { x: 0, y, width: Math.max(2, (r.count / max) * 130), height: barH, fill: VERDICT_COLORS[r.verdict], stroke: "#8a8886" }));
      const label = s("text", { x: 136, y: y + 13, "font-size": 11, fill: "#242424" });
      label.textContent = `${VERDICT_LABELS[r.verdict][state.lang]} ${r.count}`;
      svg.append(label);
    });
    const table = h(
      "table",
      { class: "bl-summary" },
      h("thead", {}, h("tr", {}, h("th", { scope: "col", text: t().verdict }), h("th", { scope: "col", text: t().count }), h("th", { scope: "col", text: t().amount }))),
      h(
        "tbody",
        {},
        ...rows.map((r) =>
          h(
            "tr",
            { "data-verdict": r.verdict },
            h("th", { scope: "row" }, h("span", { class: "bl-swatch", style: `background:${VERDICT_COLORS[r.verdict]}` }), VERDICT_LABELS[r.verdict][state.lang]),
            h("td", { text: String(r.count), "data-testid": `count-${r.verdict}` }),
            h("td", { text: formatAmount(r.amount, state.lang) }),
          ),
        ),
      ),
    );
    const note = o.checked.some(isTotalLine) ? h("p", { class: "bl-note", text: t().totalsNote }) : "";
    return h("section", { "aria-labelledby": "bl-summary-h" }, h("h2", { id: "bl-summary-h", text: t().summary }), svg, table, note);
  }

  function flaggedList(o: CheckOutcome): HTMLElement {
    const flagged = o.checked.filter((c) => FLAGGED.includes(c.result.verdict));
    const list = h("ol", { class: "bl-flagged" });
    const item = (c: (typeof flagged)[number]): HTMLElement => {
      const r = c.result;
      const go = h(
        "button",
        { type: "button", class: "bl-line", "data-row": String(c.line.row) },
        h("span", { class: "bl-row", text: `${t().row} ${c.line.row}` }),
        h("span", { class: "bl-desc", text: c.line.description }),
        h("span", { class: "bl-verdict", style: `background:${VERDICT_COLORS[r.verdict]}`, text: verdictText(r, state.lang) }),
      );
      go.addEventListener("click", () => {
        void host.selectCell({ sheet: o.sheet, row: c.line.row, col: o.descriptionColumn }).catch(fail);
      });
      const key = lineKey(o.sheet, c.line);
      const id = `bl-ovr-${c.line.row}`;
      const sel = h("select", { id, class: "bl-override" });
      sel.append(h("option", { value: "", text: t().keep }));
      for (const v of VERDICTS) {
        const opt = h("option", { value: v, text: VERDICT_LABELS[v][state.lang] });
        if (state.settings.overrides?.[key] === v) opt.selected = true;
        sel.append(opt);
      }
      sel.addEventListener("change", () => {
        const overrides: Record<string, Verdict> = { ...(state.settings.overrides ?? {}) };
        if (sel.value) overrides[key] = sel.value as Verdict;
        else delete overrides[key];
        void saveSettings({ ...state.settings, overrides })
          .then(() => say(t().overrideSaved))
          .catch(fail);
      });
      const level = r.level ? `${t().level}: ${LEVEL_LABELS[r.level][state.lang]}. ` : "";
      return h(
        "li",
        {},
        go,
        h("p", { class: "bl-reason", text: `${level}${r.reason[state.lang]}` }),
        h("p", { class: "bl-rule", text: `${t().rule}: ${r.rule}` }),
        h("label", { for: id, class: "bl-field bl-small" }, h("span", { text: t().override }), sel),
      );
    };
    // A large budget can flag thousands of lines: render them a page at a time,
    // so the pane appears at once and the list grows on request.
    let shown = 0;
    const more = h("button", { type: "button", class: "bl-more" });
    const showMore = (): void => {
      const next = flagged.slice(shown, shown + FLAGGED_PAGE);
      list.append(...next.map(item));
      shown += next.length;
      more.textContent = t().showMore(Math.min(FLAGGED_PAGE, flagged.length - shown), flagged.length - shown);
      more.hidden = shown >= flagged.length;
    };
    more.addEventListener("click", showMore);
    showMore();
    return h("section", { "aria-labelledby": "bl-flagged-h" }, h("h2", { id: "bl-flagged-h", text: t().flagged(flagged.length) }), list, more);
  }

  function problemList(o: CheckOutcome): HTMLElement | "" {
    if (o.problems.length === 0 && o.ruleProblems.length === 0) return "";
    const parts: HTMLElement[] = [];
    if (o.ruleProblems.length > 0) {
      parts.push(h("h3", { text: t().ruleProblems(o.ruleProblems.length) }), h("ul", {}, ...o.ruleProblems.map((p) => h("li", { text: p.message[state.lang] }))));
    }
    if (o.problems.length > 0) {
      const shown = o.problems.slice(0, 200);
      parts.push(h("h3", { text: t().problems(o.problems.length) }), h("ul", {}, ...shown.map((p) => h("li", { text: p.message[state.lang] }))));
    }
    return h("details", { class: "bl-problems" }, h("summary", { text: t().problems(o.problems.length + o.ruleProblems.length) }), ...parts);
  }

  function functionsList(): HTMLElement {
    return h(
      "details",
      { class: "bl-functions" },
      h("summary", { text: `${t().functions} · ${t().version} ${VERSION}` }),
      h("ul", {}, ...functionList(state.lang).map((f) => h("li", {}, h("code", { text: f.signature }), h("p", { text: f.description })))),
    );
  }

  function render(): void {
    document.documentElement.lang = state.lang;
    const check = h("button", { type: "button", class: "bl-primary", id: "bl-check", text: t().check });
    if (state.busy) check.setAttribute("disabled", "");
    check.addEventListener("click", () => void doCheck());
    const cancel = h("button", { type: "button", id: "bl-cancel", text: t().cancel });
    if (!state.busy) cancel.hidden = true;
    cancel.addEventListener("click", () => {
      state.cancelled = true;
    });
    const remove = h("button", { type: "button", id: "bl-remove", text: t().remove });
    remove.addEventListener("click", () => void doRemove());
    const rules = h("button", { type: "button", id: "bl-rules", text: t().rules });
    rules.addEventListener("click", () => void doRules());

    const o = state.outcome;
    body.replaceChildren(
      h("h1", { text: t().title }),
      h("p", { class: "bl-intro", text: t().intro }),
      h("div", { class: "bl-settings" }, ownerSelect(), langSelect()),
      h("div", { class: "bl-actions" }, check, cancel, remove, rules),
      progress,
      status,
      columnPickers() ?? "",
      o ? summaryChart(o) : "",
      o ? flaggedList(o) : "",
      o ? problemList(o) : "",
      scenarios.element,
      functionsList(),
    );
    scenarios.render();
  }

  root.replaceChildren(body);
  render();
  void host
    .getSettings()
    .then((settings) => {
      state.settings = settings;
      if (settings.lang) state.lang = settings.lang;
      render();
    })
    .catch(fail);
  void scenarios
    .refresh()
    .then(() => scenarios.render())
    .catch(fail);
}
