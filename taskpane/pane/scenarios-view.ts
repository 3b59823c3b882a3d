// The "Scenario's" part of the task pane: insert a model sheet, keep and
// switch scenarios, compare them, a tornado chart, goal seek and the council
// workbook. All logic is in ./scenarios (no DOM); this file only draws and
// wires. Every text is set with textContent, never parsed as HTML, and every
// text of the pane's own comes from the message catalogue.

import type { Lang, Text } from "../../src/core/types";
import { words } from "../../src/i18n/catalogue";
import { formatValue } from "../../src/scenarios/format";
import {
  coreEvaluator,
  goalSeek,
  isNumber,
  label,
  plausibility,
  scenariosOf,
  TEMPLATES,
  tornado,
  type Comparison,
  type CompareRow,
  type GoalSeekResult,
  type ModelTemplate,
  type Tornado,
} from "../../src/scenarios";
import { HostError, type Host } from "../host/types";
import { h, type Child } from "./dom";
import { PaneError } from "./run";
import { deliverCouncil } from "./council";
import { uncertaintyPart } from "./uncertainty-view";
import type { ActionHook, PaneAction } from "./actions";
import { compare, insertTemplate, readScenarioWorkbook, remove, rename, saveAs, switchTo, templateById, type ScenarioWorkbook, type TemplateSheet } from "./scenarios";

export { formatValue };

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

/** What a goal seek wrote into the sheet, so it can be put back (only while the cell still holds it). */
interface GoalWrite {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly before: number;
  readonly after: number;
  readonly input: string;
}

interface ViewState {
  wb?: ScenarioWorkbook | undefined;
  model: string;
  sheet?: string | undefined;
  scenario?: string | undefined;
  comparison?: Comparison | undefined;
  tornado?: { result: Tornado; template: ModelTemplate } | undefined;
  goal?: { result: GoalSeekResult; template: ModelTemplate; output: string; written?: GoalWrite | undefined } | undefined;
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

export function scenarioView(host: Host, lang: () => Lang, onAction: ActionHook = () => undefined): ScenarioView {
  const element = h("section", { class: "bl-scenarios", id: "bl-scenarios", "aria-labelledby": "bl-sc-h" });
  const state: ViewState = { model: "vve", step: "10", gsTarget: "", busy: false };
  const t = () => words(lang());
  // Ranges on the inputs and the model run through the risk simulation (src/risk/uncertainty).
  const uncertainty = uncertaintyPart({ host, lang, parse: parseNumber, act: (a) => void act("ranges", a), busy: () => state.busy, rerender: () => render() });

  function say(text: string, kind: "info" | "error" = "info"): void {
    state.message = { text, kind };
  }

  function fail(e: unknown): void {
    if (e instanceof PaneError || e instanceof HostError) say(e.text[lang()], "error");
    else {
      console.error(e);
      say(t()("pane.failed", e instanceof Error ? e.message : String(e)), "error");
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
    if (wb.skipped.length > 0 && !state.message) say(t()("pane.sc.skipped", wb.skipped.length), "error");
  }

  /** Runs an action with the part disabled, then re-reads the workbook and redraws, keeping the keyboard focus. */
  async function act(what: PaneAction, action: () => Promise<string | void>): Promise<void> {
    if (state.busy) return;
    state.busy = true;
    state.message = undefined;
    render();
    onAction("start", what);
    try {
      const text = await action();
      await refresh();
      if (text) say(text);
    } catch (e) {
      fail(e);
      await refresh().catch(() => undefined);
    } finally {
      onAction("end", what);
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
    const insert = button("bl-sc-insert", t()("pane.sc.insert"), () =>
      void act("insert", async () => {
        const template = templateById(state.model);
        if (!template) return;
        const sheet = await insertTemplate(host, template, lang());
        state.sheet = sheet;
        state.comparison = undefined;
        state.tornado = undefined;
        state.goal = undefined;
        return t()("pane.sc.inserted", sheet);
      }),
    true);
    return h("div", { class: "bl-actions" }, select("bl-sc-model", t()("pane.sc.model"), models, state.model, (v) => (state.model = v)), insert);
  }

  function inputsList(ts: TemplateSheet): HTMLElement {
    const rows = ts.template.inputs.map((i) =>
      h(
        "tr",
        { "data-key": i.key },
        h("th", { scope: "row", text: textOf(i.label) }),
        h("td", { text: formatValue(ts.values[i.key] ?? i.value, i.format, lang(), i.unit) }),
        h("td", { text: i.assumption ? t()("pane.sc.assumption", textOf(i.source)) : textOf(i.source) }),
      ),
    );
    return h(
      "details",
      { class: "bl-sc-inputs" },
      h("summary", { text: t()("pane.sc.inputs") }),
      h("table", { class: "bl-summary", "aria-label": t()("pane.sc.inputs") }, h("tbody", {}, ...rows)),
    );
  }

  /** The template's plausibility guards that fire for the sheet's inputs now; nothing when all is plausible. */
  function checksPart(ts: TemplateSheet): HTMLElement | "" {
    const found = plausibility(ts.template, ts.values);
    if (found.length === 0) return "";
    return h(
      "div",
      { class: "bl-sc-checks", id: "bl-sc-checks", role: "note", "aria-labelledby": "bl-sc-checks-h" },
      h("h3", { id: "bl-sc-checks-h", text: t()("pane.sc.checks") }),
      h("ul", {}, ...found.map((c) => h("li", { "data-check": c.id, "data-inputs": c.inputs.join(" "), text: textOf(c.message) }))),
    );
  }

  function scenarioPart(ts: TemplateSheet, wb: ScenarioWorkbook): HTMLElement {
    const names = scenariosOf(wb.store, ts.template.id).map((x) => x.name);
    let saveName = "";
    let newName = "";
    const chooser = select("bl-sc-scenario", t()("pane.sc.scenario"), names.map((n) => [n, n] as const), state.scenario, (v) => (state.scenario = v));
    const chosen = (): string | undefined => (chooser.querySelector("select") as HTMLSelectElement).value || state.scenario;
    const save = button("bl-sc-save", t()("pane.sc.saveAs"), () =>
      void act("save", async () => {
        const name = saveName.trim();
        await saveAs(host, ts.sheet, name);
        state.scenario = name;
        return t()("pane.sc.saved", name);
      }),
    );
    const apply = button("bl-sc-switch", t()("pane.sc.apply"), () =>
      void act("switch", async () => {
        const name = chosen();
        if (!name) return;
        await switchTo(host, ts.sheet, name);
        return t()("pane.sc.applied", name);
      }),
    );
    const doRename = button("bl-sc-rename", t()("pane.sc.rename"), () =>
      void act("rename", async () => {
        const from = chosen();
        if (!from) return;
        await rename(host, ts.template.id, from, newName);
        state.scenario = newName.trim();
        return t()("pane.sc.renamed", from, newName.trim());
      }),
    );
    const doRemove = button("bl-sc-delete", t()("pane.sc.remove"), () =>
      void act("delete", async () => {
        const name = chosen();
        if (!name) return;
        await remove(host, ts.template.id, name);
        state.scenario = undefined;
        return t()("pane.sc.removed", name);
      }),
    );
    return h(
      "div",
      { class: "bl-sc-list" },
      h("div", { class: "bl-actions" }, input("bl-sc-name", t()("pane.sc.saveAsName"), "", (v) => (saveName = v)), save),
      h("div", { class: "bl-actions" }, chooser, apply, doRemove),
      h("div", { class: "bl-actions" }, input("bl-sc-newname", t()("pane.sc.newName"), "", (v) => (newName = v)), doRename),
    );
  }

  function comparisonTable(c: Comparison, template: ModelTemplate): HTMLElement {
    const others = c.scenarios.slice(1);
    const head = h(
      "tr",
      {},
      h("th", { scope: "col", text: "" }),
      ...c.scenarios.map((n) => h("th", { scope: "col", text: n })),
      ...others.map((n) => h("th", { scope: "col", text: t()("pane.sc.diff", n) })),
    );
    const rows = (list: readonly CompareRow[], kind: "input" | "output") =>
      list.map((r) =>
        h(
          "tr",
          { "data-key": r.key, "data-kind": kind },
          h("th", { scope: "row", text: textOf(r.label) }),
          ...r.values.map((v, j) => h("td", { "data-scenario": c.scenarios[j] ?? "", "data-value": typeof v === "number" ? String(v) : "", text: formatValue(v, r.format, lang(), r.unit) })),
          ...r.diffs.slice(1).map((d, j) => h("td", { "data-diff": others[j] ?? "", "data-value": d === null ? "" : String(d), text: d === null ? "" : formatValue(d, r.format, lang(), r.unit) })),
        ),
      );
    const span = String(1 + c.scenarios.length + others.length);
    return h(
      "div",
      // A tab stop, so a keyboard user can scroll a comparison wider than the pane.
      { class: "bl-sc-scroll", role: "region", tabindex: "0", "aria-label": t()("pane.sc.comparisonOf", textOf(template.title)) },
      h(
        "table",
        { class: "bl-summary bl-sc-compare", id: "bl-sc-compare-table", "aria-label": t()("pane.sc.comparisonOf", textOf(template.title)) },
        h("thead", {}, head),
        h("tbody", {}, h("tr", {}, h("th", { colspan: span, scope: "colgroup", text: t()("pane.sc.input") })), ...rows(c.inputs, "input"), h("tr", {}, h("th", { colspan: span, scope: "colgroup", text: t()("pane.sc.output") })), ...rows(c.outputs, "output")),
      ),
    );
  }

  /**
   * The tornado as HTML bars rather than a drawing, so the labels wrap and are
   * never cut: per input its full name, then a bar from the current output
   * value to the value with the input a step lower (one colour) and a step
   * higher (the other), against a line at the current value. A legend names
   * the colours; the numbers behind the chart are in a table below it.
   */
  function tornadoChart(tr: Tornado, template: ModelTemplate): HTMLElement {
    const out = template.outputs.find((o) => o.key === tr.output);
    const format = out?.format ?? "number";
    const fmt = (v: Parameters<typeof formatValue>[0]) => formatValue(v, format, lang(), out?.unit);
    const step = `${Math.round(tr.step * 1000) / 10}%`;
    const base = isNumber(tr.baseValue) ? tr.baseValue : 0;
    let dev = 1e-12;
    for (const b of tr.bars) for (const v of [b.lowValue, b.highValue]) if (isNumber(v)) dev = Math.max(dev, Math.abs(v - base));
    // Percent of the track on either side of the centre line.
    const pos = (v: number) => 50 + ((v - base) / dev) * 48;
    const title = t()("pane.sc.tornado", textOf(label(template, tr.output)), step);
    const bars = tr.bars.map((b) => {
      const name = textOf(label(template, b.input));
      const track = h("span", { class: "bl-bar-track", role: "img", "aria-label": `${name}: ${t()("pane.sc.low", step)} ${fmt(b.lowValue)}, ${t()("pane.sc.high", step)} ${fmt(b.highValue)}` });
      for (const [v, cls] of [[b.lowValue, "bl-bar-down"], [b.highValue, "bl-bar-up"]] as const) {
        if (!isNumber(v)) continue;
        const from = Math.min(pos(v), 50);
        const to = Math.max(pos(v), 50);
        track.append(h("span", { class: cls, style: `left:${from.toFixed(2)}%;width:${Math.max(0.5, to - from).toFixed(2)}%` }));
      }
      track.append(h("span", { class: "bl-bar-base" }));
      return h("li", { class: "bl-bar", "data-input": b.input, "data-swing": b.swing === null ? "" : String(b.swing) }, h("span", { class: "bl-bar-label", text: name }), track);
    });
    const legend = h(
      "p",
      { class: "bl-legend" },
      h("span", { class: "bl-swatch bl-bar-down" }),
      t()("pane.sc.down", step),
      " ",
      h("span", { class: "bl-swatch bl-bar-up" }),
      t()("pane.sc.up", step),
      " · ",
      t()("pane.sc.base", fmt(tr.baseValue)),
    );
    const table = h(
      "table",
      { class: "bl-summary bl-sc-tornado-table" },
      h("thead", {}, h("tr", {}, h("th", { scope: "col", text: t()("pane.sc.input") }), h("th", { scope: "col", text: t()("pane.sc.low", step) }), h("th", { scope: "col", text: t()("pane.sc.high", step) }), h("th", { scope: "col", text: t()("pane.sc.swing") }))),
      h(
        "tbody",
        {},
        ...tr.bars.map((b) =>
          h(
            "tr",
            {},
            h("th", { scope: "row", text: textOf(label(template, b.input)) }),
            h("td", { text: fmt(b.lowValue) }),
            h("td", { text: fmt(b.highValue) }),
            h("td", { text: b.swing === null ? "" : fmt(b.swing) }),
          ),
        ),
      ),
    );
    return h(
      "figure",
      { class: "bl-sc-tornado", id: "bl-sc-tornado-chart", "aria-labelledby": "bl-sc-tornado-title" },
      h("figcaption", { id: "bl-sc-tornado-title", text: title }),
      h("ol", { class: "bl-tornado" }, ...bars),
      legend,
      h("details", {}, h("summary", { text: t()("pane.sc.tornadoTable") }), table),
    );
  }

  function sensitivityPart(ts: TemplateSheet): HTMLElement {
    const outputs = ts.template.outputs.map((o) => [o.key, textOf(o.label)] as const);
    const draw = button("bl-sc-tornado", t()("pane.sc.draw"), () =>
      void act("tornado", async () => {
        const step = parseNumber(state.step, lang());
        if (step === null || step <= 0 || step >= 100) throw new PaneError({ nl: words("nl")("pane.sc.badStep"), en: words("en")("pane.sc.badStep") });
        const output = state.output ?? ts.template.outputs[0]?.key ?? "";
        state.tornado = { result: tornado(ts.template, coreEvaluator(ts.template, lang()), ts.values, output, step / 100), template: ts.template };
      }),
    );
    return h(
      "div",
      {},
      h("h3", { text: t()("pane.sc.sensitivity") }),
      h("div", { class: "bl-actions" }, select("bl-sc-output", t()("pane.sc.outputFor"), outputs, state.output, (v) => (state.output = v)), input("bl-sc-step", t()("pane.sc.step"), state.step, (v) => (state.step = v), { inputmode: "decimal" }), draw),
      state.tornado && state.tornado.template.id === ts.template.id ? tornadoChart(state.tornado.result, state.tornado.template) : "",
    );
  }

  function goalText(g: NonNullable<ViewState["goal"]>): string {
    const r = g.result;
    if (!r.ok) return textOf(r.message);
    const input = g.template.inputs.find((i) => i.key === r.input);
    const output = g.template.outputs.find((o) => o.key === g.output);
    const inValue = (v: number) => formatValue(v, input?.format ?? "number", lang(), input?.unit);
    const inputName = textOf(label(g.template, r.input));
    const found = t()("pane.sc.found", inputName, inValue(r.value), textOf(label(g.template, g.output)), formatValue(r.achieved, output?.format ?? "number", lang(), output?.unit));
    const how = r.method === "closed-form" ? t()("pane.sc.closedForm", textOf(label(g.template, r.via ?? g.output))) : t()("pane.sc.bisection", r.iterations);
    const w = g.written;
    return w ? `${found} ${t()("pane.sc.goalWritten", inputName, inValue(w.after), inValue(w.before), w.sheet)} ${how}` : `${found} ${how}`;
  }

  /** Writes what goal seek found into the input cell, as Excel's Doelzoeken does; the old value is kept to put back. */
  async function writeGoal(ts: TemplateSheet, result: GoalSeekResult): Promise<GoalWrite | undefined> {
    if (!result.ok) return undefined;
    const at = ts.location.inputCells[result.input];
    if (!at) return undefined;
    const before = ts.values[result.input] ?? 0;
    await host.writeInputs(ts.sheet, [{ row: at.row + 1, col: at.col + 1, value: result.value }]);
    return { sheet: ts.sheet, row: at.row + 1, col: at.col + 1, before, after: result.value, input: result.input };
  }

  async function undoGoal(g: NonNullable<ViewState["goal"]>): Promise<string> {
    const w = g.written;
    if (!w) return "";
    const input = g.template.inputs.find((i) => i.key === w.input);
    const name = textOf(label(g.template, w.input));
    const [now] = await host.readCells([{ sheet: w.sheet, row: w.row, col: w.col }]);
    // A value typed since the goal seek is the user's: it stays.
    if (typeof now !== "number" || Math.abs(now - w.after) > 1e-9 * Math.max(1, Math.abs(w.after))) return t()("pane.sc.goalChanged", name);
    await host.writeInputs(w.sheet, [{ row: w.row, col: w.col, value: w.before }]);
    state.goal = undefined;
    return t()("pane.sc.goalUndone", name, formatValue(w.before, input?.format ?? "number", lang(), input?.unit));
  }

  function goalPart(ts: TemplateSheet): HTMLElement {
    const outputs = ts.template.outputs.map((o) => [o.key, textOf(o.label)] as const);
    const inputs = ts.template.inputs.map((i) => [i.key, textOf(i.label)] as const);
    const seek = button("bl-sc-goalseek", t()("pane.sc.seek"), () =>
      void act("goal", async () => {
        const raw = state.gsTarget.trim();
        const target = raw.toLowerCase() === "max" || raw.toLowerCase() === t()("pane.sc.max") ? "max" : parseNumber(raw, lang());
        if (target === null) throw new PaneError({ nl: words("nl")("pane.sc.badNumber", raw), en: words("en")("pane.sc.badNumber", raw) });
        const output = state.gsOutput ?? ts.template.outputs[0]?.key ?? "";
        const inputKey = state.gsInput ?? ts.template.inputs[0]?.key ?? "";
        const result = goalSeek(ts.template, coreEvaluator(ts.template, lang()), ts.values, inputKey, output, target);
        state.goal = { result, template: ts.template, output };
        try {
          state.goal.written = await writeGoal(ts, result);
        } catch (e) {
          // A formula or text of the user's in the input cell: the value found is still shown, and why it was not written.
          if (e instanceof HostError) say(e.text[lang()], "error");
          else throw e;
        }
      }),
    );
    const g = state.goal && state.goal.template.id === ts.template.id ? state.goal : undefined;
    const undo = g?.written
      ? button("bl-sc-gs-undo", t()("pane.sc.goalUndo"), () => {
          const goal = g;
          void act("goal", () => undoGoal(goal));
        })
      : "";
    return h(
      "div",
      {},
      h("h3", { text: t()("pane.sc.goalSeek") }),
      h(
        "div",
        { class: "bl-actions" },
        select("bl-sc-gs-output", t()("pane.sc.outputFor"), outputs, state.gsOutput, (v) => (state.gsOutput = v)),
        input("bl-sc-gs-target", t()("pane.sc.target"), state.gsTarget, (v) => (state.gsTarget = v), { inputmode: "decimal" }),
        select("bl-sc-gs-input", t()("pane.sc.byInput"), inputs, state.gsInput, (v) => (state.gsInput = v)),
        seek,
      ),
      g ? h("p", { id: "bl-sc-gs-result", class: g.result.ok ? "bl-sc-result" : "bl-sc-result bl-error", text: goalText(g) }) : "",
      undo,
    );
  }

  function councilButton(): HTMLButtonElement {
    return button("bl-sc-council", t()("pane.sc.council"), () =>
      void act("council", async () => {
        say(t()("pane.sc.councilBusy"));
        render();
        return deliverCouncil(host, lang());
      }),
    );
  }

  function render(): void {
    const focused = document.activeElement instanceof HTMLElement && element.contains(document.activeElement) ? document.activeElement.id : "";
    const wb = state.wb;
    const ts = current();
    const parts: Child[] = [h("h2", { id: "bl-sc-h", text: t()("pane.sc.title") }), h("p", { class: "bl-intro", text: t()("pane.sc.intro") }), insertPart()];
    if (wb && wb.sheets.length > 0) {
      const sheets = wb.sheets.map((x) => [x.sheet, x.sheet] as const);
      parts.push(
        h(
          "div",
          { class: "bl-actions" },
          select("bl-sc-sheet", t()("pane.sc.sheet"), sheets, state.sheet, (v) => {
            state.sheet = v;
            state.comparison = undefined;
            render();
          }),
          button("bl-sc-refresh", t()("pane.sc.refresh"), () => void act("refresh", async () => undefined)),
        ),
      );
    } else {
      parts.push(h("p", { class: "bl-note", text: t()("pane.sc.noSheets") }));
    }
    const status = h("div", { role: "status", "aria-live": "polite", id: "bl-sc-status", class: `bl-status bl-${state.message?.kind ?? "info"}` });
    status.textContent = state.message?.text ?? "";
    if (wb && ts) {
      parts.push(checksPart(ts), inputsList(ts), scenarioPart(ts, wb));
      const compareButton = button("bl-sc-compare", t()("pane.sc.compare"), () =>
        void act("compare", async () => {
          const r = await compare(host, ts.sheet, lang());
          state.comparison = r.comparison;
          return t()("pane.sc.compared", r.sheet);
        }),
      );
      // The council workbook sits beside Compare: both act on the whole workbook.
      parts.push(h("div", { class: "bl-actions" }, compareButton, councilButton()));
      parts.push(status);
      if (state.comparison && state.comparison.template === ts.template.id) parts.push(h("h3", { text: t()("pane.sc.comparison") }), comparisonTable(state.comparison, ts.template));
      parts.push(sensitivityPart(ts), goalPart(ts), uncertainty.element(ts));
    } else parts.push(status);
    element.replaceChildren(...parts);
    if (focused) document.getElementById(focused)?.focus();
  }

  return { element, render, refresh };
}
