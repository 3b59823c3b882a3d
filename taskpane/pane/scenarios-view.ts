// The "Scenario's" part of the task pane: insert a model sheet, keep and
// switch scenarios, compare them, a tornado chart, goal seek and the council
// workbook. All logic is in ./scenarios (no DOM); this file only draws and
// wires. Every text is set with textContent, never parsed as HTML.

import type { Lang, Text } from "../../src/core/types";
import {
  coreEvaluator,
  goalSeek,
  isNumber,
  label,
  NUMBER_FORMATS,
  scenariosOf,
  TEMPLATES,
  tornado,
  type Comparison,
  type CompareRow,
  type GoalSeekResult,
  type ModelTemplate,
  type OutputValue,
  type Tornado,
  type ValueFormat,
} from "../../src/scenarios";
import { HostError, type Host } from "../host/types";
import { S, type ScenarioText } from "./i18n";
import { h, s, type Child } from "./dom";
import { PaneError } from "./run";
import { compare, councilData, insertTemplate, readScenarioWorkbook, remove, rename, saveAs, switchTo, templateById, type ScenarioWorkbook, type TemplateSheet } from "./scenarios";



/** A value as the sheet's number format shows it, in the pane's language. */
export function formatValue(v: OutputValue | number, format: ValueFormat, lang: Lang): string {
  if (typeof v !== "number") return `${v.error} ${v.message}`;
  const locale = lang === "nl" ? "nl-NL" : "en-GB";
  const digits: Record<ValueFormat, number> = { money: 0, share: 1, count: 0, years: 1, number: 2, factor: 3 };
  const style = NUMBER_FORMATS[format].includes("%") ? "percent" : "decimal";
  return new Intl.NumberFormat(locale, { style, minimumFractionDigits: digits[format], maximumFractionDigits: digits[format] }).format(v);
}

/** A number as a user types it: "1.234,5" or "30%" in Dutch, "1,234.5" in English; null when it is none. */
export function parseNumber(text: string, lang: Lang): number | null {
  const t = text.trim().replace(/\s/g, "");
  const pct = t.endsWith("%");
  const body = pct ? t.slice(0, -1) : t;
  const plain = lang === "nl" ? body.replace(/\.(?=\d{3}(\D|$))/g, "").replace(",", ".") : body.replace(/,/g, "");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(plain)) return null;
  const n = Number(plain);
  return Number.isFinite(n) ? (pct ? n / 100 : n) : null;
}

interface ViewState {
  wb?: ScenarioWorkbook | undefined;
  model: string;
  sheet?: string | undefined;
  scenario?: string | undefined;
  comparison?: Comparison | undefined;
  tornado?: { result: Tornado; template: ModelTemplate } | undefined;
  goal?: { result: GoalSeekResult; template: ModelTemplate; output: string } | undefined;
  output?: string | undefined;
  step: string;
  gsOutput?: string | undefined;
  gsInput?: string | undefined;
  gsTarget: string;
  busy: boolean;
  message?: { text: string; kind: "info" | "error" } | undefined;
}

export interface ScenarioView {
  readonly element: HTMLElement;
  render(): void;
  refresh(): Promise<void>;
}

export function scenarioView(host: Host, lang: () => Lang): ScenarioView {
  const element = h("section", { class: "bl-scenarios", id: "bl-scenarios", "aria-labelledby": "bl-sc-h" });
  const state: ViewState = { model: "vve", step: "10", gsTarget: "", busy: false };
  const t = (): ScenarioText => S[lang()] as ScenarioText;

  function say(text: string, kind: "info" | "error" = "info"): void {
    state.message = { text, kind };
  }

  function fail(e: unknown): void {
    if (e instanceof PaneError || e instanceof HostError) say(e.text[lang()], "error");
    else {
      console.error(e);
      say(`${lang() === "nl" ? "Dat lukte niet:" : "That did not work:"} ${e instanceof Error ? e.message : String(e)}`, "error");
    }
  }

  function current(): TemplateSheet | undefined {
    return state.wb?.sheets.find((x) => x.sheet === state.sheet);
  }

  async function refresh(): Promise<void> {
    const wb = await readScenarioWorkbook(host);
    state.wb = wb;
    const names = wb.sheets.map((x) => x.sheet);
    if (names.includes(wb.active)) state.sheet = wb.active;
    else if (state.sheet === undefined || !names.includes(state.sheet)) state.sheet = names[0];
    const ts = current();
    const list = ts ? scenariosOf(wb.store, ts.template.id).map((x) => x.name) : [];
    if (state.scenario === undefined || !list.includes(state.scenario)) state.scenario = list[0];
    if (ts && !ts.template.outputs.some((o) => o.key === state.output)) state.output = ts.template.outputs[0]?.key;
    if (ts && !ts.template.outputs.some((o) => o.key === state.gsOutput)) state.gsOutput = ts.template.outputs[0]?.key;
    if (ts && !ts.template.inputs.some((i) => i.key === state.gsInput)) state.gsInput = ts.template.inputs[0]?.key;
    if (wb.skipped.length > 0 && !state.message) say(t().skipped(wb.skipped.length), "error");
  }

  /** Runs an action with the part disabled, then re-reads the workbook and redraws, keeping the keyboard focus. */
  async function act(action: () => Promise<string | void>): Promise<void> {
    if (state.busy) return;
    state.busy = true;
    state.message = undefined;
    render();
    try {
      const text = await action();
      await refresh();
      if (text) say(text);
    } catch (e) {
      fail(e);
      await refresh().catch(() => undefined);
    } finally {
      state.busy = false;
      render();
    }
  }

  function select(id: string, labelText: string, options: readonly (readonly [string, string])[], value: string | undefined, onChange: (v: string) => void): HTMLElement {
    const sel = h("select", { id });
    for (const [v, text] of options) {
      const o = h("option", { value: v, text });
      if (v === value) o.selected = true;
      sel.append(o);
    }
    sel.addEventListener("change", () => onChange(sel.value));
    return h("label", { for: id, class: "bl-field" }, h("span", { text: labelText }), sel);
  }

  function input(id: string, labelText: string, value: string, onInput: (v: string) => void, extra: Record<string, string> = {}): HTMLElement {
    const el = h("input", { id, type: "text", value, autocomplete: "off", ...extra });
    el.addEventListener("input", () => onInput(el.value));
    return h("label", { for: id, class: "bl-field" }, h("span", { text: labelText }), el);
  }

  function button(id: string, text: string, onClick: () => void, primary = false): HTMLButtonElement {
    const b = h("button", { type: "button", id, text, ...(primary ? { class: "bl-primary" } : {}) });
    if (state.busy) b.disabled = true;
    b.addEventListener("click", onClick);
    return b;
  }

  function textOf(x: Text): string {
    return x[lang()];
  }

  function insertPart(): HTMLElement {
    const models = TEMPLATES.map((m) => [m.id, textOf(m.title)] as const);
    const insert = button("bl-sc-insert", t().insert, () =>
      void act(async () => {
        const template = templateById(state.model);
        if (!template) return;
        const sheet = await insertTemplate(host, template, lang());
        state.sheet = sheet;
        state.comparison = undefined;
        state.tornado = undefined;
        state.goal = undefined;
        return t().inserted(sheet);
      }),
    true);
    return h("div", { class: "bl-actions" }, select("bl-sc-model", t().model, models, state.model, (v) => (state.model = v)), insert);
  }

  function inputsList(ts: TemplateSheet): HTMLElement {
    const rows = ts.template.inputs.map((i) =>
      h(
        "tr",
        { "data-key": i.key },
        h("th", { scope: "row", text: textOf(i.label) }),
        h("td", { text: formatValue(ts.values[i.key] ?? i.value, i.format, lang()) }),
        h("td", { text: i.assumption ? `${textOf(i.source)} (${t().assumption})` : textOf(i.source) }),
      ),
    );
    return h(
      "details",
      { class: "bl-sc-inputs" },
      h("summary", { text: t().inputs }),
      h("table", { class: "bl-summary", "aria-label": t().inputs }, h("tbody", {}, ...rows)),
    );
  }

  function scenarioPart(ts: TemplateSheet, wb: ScenarioWorkbook): HTMLElement {
    const names = scenariosOf(wb.store, ts.template.id).map((x) => x.name);
    let saveName = "";
    let newName = "";
    const chooser = select("bl-sc-scenario", t().scenario, names.map((n) => [n, n] as const), state.scenario, (v) => (state.scenario = v));
    const chosen = (): string | undefined => (chooser.querySelector("select") as HTMLSelectElement).value || state.scenario;
    const save = button("bl-sc-save", t().saveAs, () =>
      void act(async () => {
        const name = saveName.trim();
        await saveAs(host, ts.sheet, name);
        state.scenario = name;
        return t().saved(name);
      }),
    );
    const apply = button("bl-sc-switch", t().apply, () =>
      void act(async () => {
        const name = chosen();
        if (!name) return;
        await switchTo(host, ts.sheet, name);
        return t().applied(name);
      }),
    );
    const doRename = button("bl-sc-rename", t().rename, () =>
      void act(async () => {
        const from = chosen();
        if (!from) return;
        await rename(host, ts.template.id, from, newName);
        state.scenario = newName.trim();
        return t().renamed(from, newName.trim());
      }),
    );
    const doRemove = button("bl-sc-delete", t().remove, () =>
      void act(async () => {
        const name = chosen();
        if (!name) return;
        await remove(host, ts.template.id, name);
        state.scenario = undefined;
        return t().removed(name);
      }),
    );
    return h(
      "div",
      { class: "bl-sc-list" },
      h("div", { class: "bl-actions" }, input("bl-sc-name", t().saveAsName, "", (v) => (saveName = v)), save),
      h("div", { class: "bl-actions" }, chooser, apply, doRemove),
      h("div", { class: "bl-actions" }, input("bl-sc-newname", t().newName, "", (v) => (newName = v)), doRename),
    );
  }

  function comparisonTable(c: Comparison, template: ModelTemplate): HTMLElement {
    const others = c.scenarios.slice(1);
    const head = h(
      "tr",
      {},
      h("th", { scope: "col", text: "" }),
      ...c.scenarios.map((n) => h("th", { scope: "col", text: n })),
      ...others.map((n) => h("th", { scope: "col", text: t().diff(n) })),
    );
    const rows = (list: readonly CompareRow[], kind: "input" | "output") =>
      list.map((r) =>
        h(
          "tr",
          { "data-key": r.key, "data-kind": kind },
          h("th", { scope: "row", text: textOf(r.label) }),
          ...r.values.map((v, j) => h("td", { "data-scenario": c.scenarios[j] ?? "", "data-value": typeof v === "number" ? String(v) : "", text: formatValue(v, r.format, lang()) })),
          ...r.diffs.slice(1).map((d, j) => h("td", { "data-diff": others[j] ?? "", "data-value": d === null ? "" : String(d), text: d === null ? "" : formatValue(d, r.format, lang()) })),
        ),
      );
    const span = String(1 + c.scenarios.length + others.length);
    return h(
      "div",
      // A tab stop, so a keyboard user can scroll a comparison wider than the pane.
      { class: "bl-sc-scroll", role: "region", tabindex: "0", "aria-label": `${t().comparison}: ${textOf(template.title)}` },
      h(
        "table",
        { class: "bl-summary bl-sc-compare", id: "bl-sc-compare-table", "aria-label": `${t().comparison}: ${textOf(template.title)}` },
        h("thead", {}, head),
        h("tbody", {}, h("tr", {}, h("th", { colspan: span, scope: "colgroup", text: t().input })), ...rows(c.inputs, "input"), h("tr", {}, h("th", { colspan: span, scope: "colgroup", text: t().output })), ...rows(c.outputs, "output")),
      ),
    );
  }

  function tornadoChart(tr: Tornado, template: ModelTemplate): HTMLElement {
    const out = template.outputs.find((o) => o.key === tr.output);
    const format = out?.format ?? "number";
    const base = isNumber(tr.baseValue) ? tr.baseValue : 0;
    const dev = Math.max(1e-12, ...tr.bars.flatMap((b) => [b.lowValue, b.highValue].filter(isNumber).map((v) => Math.abs(v - base))));
    const rowH = 22;
    const labelW = 150;
    const width = 320;
    const half = (width - labelW - 10) / 2;
    const center = labelW + 5 + half;
    const height = tr.bars.length * rowH + 24;
    const title = t().tornado(textOf(label(template, tr.output)), `${Math.round(tr.step * 1000) / 10}%`);
    const svg = s("svg", { id: "bl-sc-tornado-svg", role: "img", "aria-label": title, viewBox: `0 0 ${width} ${height}`, width: "100%" });
    svg.append(s("title", {}, title));
    tr.bars.forEach((b, i) => {
      const y = i * rowH + 4;
      const g = s("g", { class: "bl-bar", "data-input": b.input, "data-swing": b.swing === null ? "" : String(b.swing) });
      // The input's name, shortened to fit; the full name is in the table below.
      const name = textOf(label(template, b.input));
      g.append(s("text", { x: labelW - 4, y: y + 14, "text-anchor": "end", "font-size": 10, fill: "#242424" }, name.length > 26 ? `${name.slice(0, 25)}…` : name));
      if (isNumber(b.lowValue) && isNumber(b.highValue)) {
        const x1 = center + ((Math.min(b.lowValue, b.highValue) - base) / dev) * half;
        const x2 = center + ((Math.max(b.lowValue, b.highValue) - base) / dev) * half;
        g.append(s("rect", { x: x1, y, width: Math.max(1, x2 - x1), height: rowH - 6, fill: "#2e75b6" }));
      }
      svg.append(g);
    });
    svg.append(s("line", { x1: center, x2: center, y1: 0, y2: height - 20, stroke: "#242424", "stroke-width": 1 }));
    svg.append(s("text", { x: center, y: height - 6, "text-anchor": "middle", "font-size": 10, fill: "#242424" }, `${t().base}: ${formatValue(tr.baseValue, format, lang())}`));
    const table = h(
      "table",
      { class: "bl-summary", "aria-label": title },
      h("thead", {}, h("tr", {}, h("th", { scope: "col", text: t().input }), h("th", { scope: "col", text: t().low }), h("th", { scope: "col", text: t().high }), h("th", { scope: "col", text: t().swing }))),
      h(
        "tbody",
        {},
        ...tr.bars.map((b) =>
          h(
            "tr",
            {},
            h("th", { scope: "row", text: textOf(label(template, b.input)) }),
            h("td", { text: formatValue(b.lowValue, format, lang()) }),
            h("td", { text: formatValue(b.highValue, format, lang()) }),
            h("td", { text: b.swing === null ? "" : formatValue(b.swing, format, lang()) }),
          ),
        ),
      ),
    );
    return h("figure", { class: "bl-sc-tornado" }, svg, h("details", {}, h("summary", { text: t().low + " / " + t().high }), table));
  }

  function sensitivityPart(ts: TemplateSheet): HTMLElement {
    const outputs = ts.template.outputs.map((o) => [o.key, textOf(o.label)] as const);
    const draw = button("bl-sc-tornado", t().draw, () =>
      void act(async () => {
        const step = parseNumber(state.step, lang());
        if (step === null || step <= 0 || step >= 100) throw new PaneError({ nl: S.nl.badStep, en: S.en.badStep });
        const output = state.output ?? ts.template.outputs[0]?.key ?? "";
        state.tornado = { result: tornado(ts.template, coreEvaluator(ts.template, lang()), ts.values, output, step / 100), template: ts.template };
      }),
    );
    return h(
      "div",
      {},
      h("h3", { text: t().sensitivity }),
      h("div", { class: "bl-actions" }, select("bl-sc-output", t().outputFor, outputs, state.output, (v) => (state.output = v)), input("bl-sc-step", t().step, state.step, (v) => (state.step = v), { inputmode: "decimal" }), draw),
      state.tornado && state.tornado.template.id === ts.template.id ? tornadoChart(state.tornado.result, state.tornado.template) : "",
    );
  }

  function goalText(g: NonNullable<ViewState["goal"]>): string {
    const r = g.result;
    if (!r.ok) return textOf(r.message);
    const input = g.template.inputs.find((i) => i.key === r.input);
    const output = g.template.outputs.find((o) => o.key === g.output);
    const found = t().found(textOf(label(g.template, r.input)), formatValue(r.value, input?.format ?? "number", lang()), textOf(label(g.template, g.output)), formatValue(r.achieved, output?.format ?? "number", lang()));
    const how = r.method === "closed-form" ? t().closedForm(textOf(label(g.template, r.via ?? g.output))) : t().bisection(r.iterations);
    return `${found} ${how}`;
  }

  function goalPart(ts: TemplateSheet): HTMLElement {
    const outputs = ts.template.outputs.map((o) => [o.key, textOf(o.label)] as const);
    const inputs = ts.template.inputs.map((i) => [i.key, textOf(i.label)] as const);
    const seek = button("bl-sc-goalseek", t().seek, () =>
      void act(async () => {
        const raw = state.gsTarget.trim();
        const target = raw.toLowerCase() === "max" ? "max" : parseNumber(raw, lang());
        if (target === null) throw new PaneError({ nl: S.nl.badNumber(raw), en: S.en.badNumber(raw) });
        const output = state.gsOutput ?? ts.template.outputs[0]?.key ?? "";
        const inputKey = state.gsInput ?? ts.template.inputs[0]?.key ?? "";
        state.goal = { result: goalSeek(ts.template, coreEvaluator(ts.template, lang()), ts.values, inputKey, output, target), template: ts.template, output };
      }),
    );
    const g = state.goal && state.goal.template.id === ts.template.id ? state.goal : undefined;
    return h(
      "div",
      {},
      h("h3", { text: t().goalSeek }),
      h(
        "div",
        { class: "bl-actions" },
        select("bl-sc-gs-output", t().outputFor, outputs, state.gsOutput, (v) => (state.gsOutput = v)),
        input("bl-sc-gs-target", t().target, state.gsTarget, (v) => (state.gsTarget = v), { inputmode: "decimal" }),
        select("bl-sc-gs-input", t().byInput, inputs, state.gsInput, (v) => (state.gsInput = v)),
        seek,
      ),
      g ? h("p", { id: "bl-sc-gs-result", class: g.result.ok ? "bl-sc-result" : "bl-sc-result bl-error", text: goalText(g) }) : "",
    );
  }

  function councilButton(): HTMLButtonElement {
    return button("bl-sc-council", t().council, () =>
      void act(async () => {
        say(t().councilBusy);
        render();
        const data = await councilData(host, lang(), new Date(), null);
        const { buildCouncilWorkbook } = await import("./council-build");
        const bytes = await buildCouncilWorkbook(data);
        const delivered = await host.openWorkbook(bytes, t().councilFile);
        if (delivered.how === "downloaded") return t().councilDownloaded(t().councilFile);
        if (delivered.how === "inserted") return t().councilInserted(delivered.sheets.map((s) => `"${s}"`).join(", "));
        return t().councilOpened;
      }),
    );
  }

  function render(): void {
    const focused = document.activeElement instanceof HTMLElement && element.contains(document.activeElement) ? document.activeElement.id : "";
    const wb = state.wb;
    const ts = current();
    const parts: Child[] = [h("h2", { id: "bl-sc-h", text: t().title }), h("p", { class: "bl-intro", text: t().intro }), insertPart()];
    if (wb && wb.sheets.length > 0) {
      const sheets = wb.sheets.map((x) => [x.sheet, x.sheet] as const);
      parts.push(
        h(
          "div",
          { class: "bl-actions" },
          select("bl-sc-sheet", t().sheet, sheets, state.sheet, (v) => {
            state.sheet = v;
            state.comparison = undefined;
            render();
          }),
          button("bl-sc-refresh", t().refresh, () => void act(async () => undefined)),
        ),
      );
    } else {
      parts.push(h("p", { class: "bl-note", text: t().noSheets }));
    }
    const status = h("div", { role: "status", "aria-live": "polite", id: "bl-sc-status", class: `bl-status bl-${state.message?.kind ?? "info"}` });
    status.textContent = state.message?.text ?? "";
    if (wb && ts) {
      parts.push(inputsList(ts), scenarioPart(ts, wb));
      const compareButton = button("bl-sc-compare", t().compare, () =>
        void act(async () => {
          const r = await compare(host, ts.sheet, lang());
          state.comparison = r.comparison;
          return t().compared(r.sheet);
        }),
      );
      // The council workbook sits beside Compare: both act on the whole workbook.
      parts.push(h("div", { class: "bl-actions" }, compareButton, councilButton()));
      parts.push(status);
      if (state.comparison && state.comparison.template === ts.template.id) parts.push(h("h3", { text: t().comparison }), comparisonTable(state.comparison, ts.template));
      parts.push(sensitivityPart(ts), goalPart(ts));
    } else parts.push(status);
    element.replaceChildren(...parts);
    if (focused) document.getElementById(focused)?.focus();
  }

  return { element, render, refresh };
}
