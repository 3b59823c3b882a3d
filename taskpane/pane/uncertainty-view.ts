// Ranges on a template's inputs, in the scenario part of the pane: per input
// a low and a high value beside its point value (the most likely one); the
// model runs through the simulation (src/risk/uncertainty) and the pane shows
// P10/P50/P90 of each output, a histogram of one output, and which input
// drives its spread. The ranges are kept in the workbook (./risk).
//
// CONTRACT with the browser tests:
//   #bl-unc                        the part
//   input[data-low=KEY], input[data-high=KEY]   the range of an input
//   #bl-unc-run                    Simuleer de bandbreedtes / Simulate the ranges
//   #bl-unc-table                  tr[data-key] per output, td[data-p="10"|"50"|"90"][data-value]
//   #bl-unc-output                 the output whose histogram and drivers are shown
//   #bl-unc-histogram              rect.bl-hist-bar[data-count] per band
//   #bl-unc-drivers                li[data-input][data-swing], largest |swing| first

import type { Lang } from "../../src/core/types";
import { words } from "../../src/i18n/catalogue";
import { formatCount } from "../../src/i18n/format";
import { simulateTemplate, type InputRange, type UncertaintyResult } from "../../src/risk/uncertainty";
import { coreEvaluator, label, type ModelTemplate } from "../../src/scenarios";
import { formatValue } from "../../src/scenarios/format";
import type { Host } from "../host/types";
import { h, s } from "./dom";
import { readRanges, writeRanges } from "./risk";
import { PaneError } from "./run";
import type { TemplateSheet } from "./scenarios";

interface PartState {
  template?: string;
  low: Record<string, string>;
  high: Record<string, string>;
  output?: string | undefined;
  result?: UncertaintyResult | undefined;
  loaded?: string;
}

export interface UncertaintyContext {
  readonly host: Host;
  readonly lang: () => Lang;
  /** Reads a number as the user typed it ("1.234,5", "30%"). */
  readonly parse: (text: string, lang: Lang) => number | null;
  /** Runs an action with the scenario part busy, then shows its sentence. */
  readonly act: (action: () => Promise<string | void>) => void;
  readonly busy: () => boolean;
  readonly rerender: () => void;
}

export function uncertaintyPart(ctx: UncertaintyContext): { element(ts: TemplateSheet): HTMLElement } {
  const state: PartState = { low: {}, high: {} };
  const t = () => words(ctx.lang());

  /** The stored ranges of a template, loaded once when its sheet is first shown. */
  function load(ts: TemplateSheet): void {
    if (state.loaded === ts.sheet) return;
    state.loaded = ts.sheet;
    state.template = ts.template.id;
    state.low = {};
    state.high = {};
    state.result = undefined;
    void readRanges(ctx.host, ts.template.id)
      .then((ranges) => {
        const l = ctx.lang();
        for (const r of ranges) {
          const i = ts.template.inputs.find((x) => x.key === r.key);
          if (!i) continue;
          state.low[r.key] = formatValue(r.low, i.format, l);
          state.high[r.key] = formatValue(r.high, i.format, l);
        }
        if (ranges.length > 0) ctx.rerender();
      })
      .catch(() => undefined);
  }

  function rangesOf(template: ModelTemplate): InputRange[] {
    const l = ctx.lang();
    const out: InputRange[] = [];
    for (const i of template.inputs) {
      const lo = (state.low[i.key] ?? "").trim();
      const hi = (state.high[i.key] ?? "").trim();
      if (lo === "" && hi === "") continue;
      const low = ctx.parse(lo, l);
      const high = ctx.parse(hi, l);
      if (low === null || high === null) throw new PaneError({ nl: words("nl")("pane.unc.badRange", i.label.nl), en: words("en")("pane.unc.badRange", i.label.en) });
      out.push({ key: i.key, low: Math.min(low, high), high: Math.max(low, high) });
    }
    return out;
  }

  function histogramOf(result: UncertaintyResult, template: ModelTemplate, key: string): HTMLElement {
    const o = result.outputs.find((x) => x.key === key);
    const out = template.outputs.find((x) => x.key === key);
    const l = ctx.lang();
    const fmt = (v: number) => formatValue(v, out?.format ?? "number", l, out?.unit);
    const name = label(template, key)[l];
    const hist = o?.histogram;
    const W = 300;
    const H = 90;
    const svg = s("svg", { viewBox: `0 0 ${W} ${H + 14}`, width: "100%", role: "img", "aria-labelledby": "bl-unc-hist-title" });
    if (hist) {
      const max = Math.max(1, ...hist.counts);
      const bw = W / Math.max(1, hist.counts.length);
      hist.counts.forEach((c, i) => {
        const from = hist.from + i * hist.width;
        const bar = s("rect", { class: "bl-hist-bar", x: (i * bw + 0.5).toFixed(2), y: (H - (c / max) * H).toFixed(2), width: Math.max(0.5, bw - 1).toFixed(2), height: ((c / max) * H).toFixed(2), "data-count": c });
        bar.append(s("title", {}, t()("pane.risk.histogramBar", fmt(from), fmt(from + hist.width), formatCount(c, l))));
        svg.append(bar);
      });
      svg.append(s("text", { x: 0, y: H + 12, class: "bl-hist-axis" }, fmt(hist.from)));
      svg.append(s("text", { x: W, y: H + 12, class: "bl-hist-axis", "text-anchor": "end" }, fmt(hist.from + hist.width * hist.counts.length)));
    }
    return h("figure", { class: "bl-risk-histogram", id: "bl-unc-histogram" }, h("figcaption", { id: "bl-unc-hist-title", text: t()("pane.unc.histogram", name) }), svg);
  }

  function driversOf(result: UncertaintyResult, template: ModelTemplate, key: string): HTMLElement {
    const l = ctx.lang();
    const out = template.outputs.find((x) => x.key === key);
    const list = result.drivers[key] ?? [];
    const max = Math.max(1e-300, ...list.map((d) => Math.abs(d.swing)));
    return h(
      "figure",
      { class: "bl-sc-tornado", id: "bl-unc-drivers-figure", "aria-labelledby": "bl-unc-drivers-title" },
      h("figcaption", { id: "bl-unc-drivers-title", text: t()("pane.unc.drivers", label(template, key)[l]) }),
      h(
        "ol",
        { class: "bl-tornado", id: "bl-unc-drivers" },
        ...list.map((d) => {
          const name = label(template, d.input)[l];
          const width = (Math.abs(d.swing) / max) * 48;
          const track = h("span", { class: "bl-bar-track", role: "img", "aria-label": `${name}: ${t()("pane.unc.swing")} ${formatValue(d.swing, out?.format ?? "number", l, out?.unit)}` });
          track.append(h("span", { class: d.swing >= 0 ? "bl-bar-up" : "bl-bar-down", style: `left:${(d.swing >= 0 ? 50 : 50 - width).toFixed(2)}%;width:${Math.max(0.5, width).toFixed(2)}%` }), h("span", { class: "bl-bar-base" }));
          return h("li", { class: "bl-bar", "data-input": d.input, "data-swing": String(d.swing) }, h("span", { class: "bl-bar-label", text: name }), track);
        }),
      ),
      h("p", { class: "bl-note", text: t()("pane.unc.driversNote") }),
    );
  }

  function element(ts: TemplateSheet): HTMLElement {
    load(ts);
    const l = ctx.lang();
    const template = ts.template;
    const rows = template.inputs.map((i) => {
      const low = h("input", { type: "text", "data-low": i.key, value: state.low[i.key] ?? "", autocomplete: "off", inputmode: "decimal", "aria-label": `${i.label[l]}: ${t()("pane.unc.low")}` });
      const high = h("input", { type: "text", "data-high": i.key, value: state.high[i.key] ?? "", autocomplete: "off", inputmode: "decimal", "aria-label": `${i.label[l]}: ${t()("pane.unc.high")}` });
      low.addEventListener("input", () => (state.low[i.key] = low.value));
      high.addEventListener("input", () => (state.high[i.key] = high.value));
      return h(
        "tr",
        { "data-key": i.key },
        h("th", { scope: "row", text: i.label[l] }),
        h("td", {}, low),
        h("td", { text: formatValue(ts.values[i.key] ?? i.value, i.format, l, i.unit) }),
        h("td", {}, high),
      );
    });
    const run = h("button", { type: "button", id: "bl-unc-run", text: t()("pane.unc.run") });
    if (ctx.busy()) run.disabled = true;
    run.addEventListener("click", () =>
      ctx.act(async () => {
        const ranges = rangesOf(template);
        if (ranges.length === 0) throw new PaneError({ nl: words("nl")("pane.unc.noRanges"), en: words("en")("pane.unc.noRanges") });
        await writeRanges(ctx.host, template.id, ranges);
        state.result = simulateTemplate(template, coreEvaluator(template, l), ts.values, ranges);
        state.template = template.id;
        if (!template.outputs.some((o) => o.key === state.output)) state.output = template.outputs[0]?.key;
        return t()("pane.unc.done", formatCount(state.result.runs, l));
      }),
    );
    const parts: (HTMLElement | string)[] = [
      h("h3", { text: t()("pane.unc.title") }),
      h("p", { class: "bl-intro", text: t()("pane.unc.intro") }),
      h(
        "div",
        { class: "bl-sc-scroll", role: "region", tabindex: "0", "aria-label": t()("pane.unc.title") },
        h(
          "table",
          { class: "bl-summary bl-unc-inputs" },
          h("thead", {}, h("tr", {}, ...[t()("pane.unc.input"), t()("pane.unc.low"), t()("pane.unc.value"), t()("pane.unc.high")].map((x) => h("th", { scope: "col", text: x })))),
          h("tbody", {}, ...rows),
        ),
      ),
      h("div", { class: "bl-actions" }, run),
    ];
    const r = state.result && state.template === template.id ? state.result : undefined;
    if (r) {
      const spread = template.outputs.map((o) => {
        const x = r.outputs.find((y) => y.key === o.key);
        const cell = (p: "10" | "50" | "90", v: number | undefined) => h("td", { "data-p": p, "data-value": v === undefined ? "" : String(v), text: v === undefined ? "" : formatValue(v, o.format, l, o.unit) });
        return h("tr", { "data-key": o.key }, h("th", { scope: "row", text: o.label[l] }), cell("10", x?.p10), cell("50", x?.p50), cell("90", x?.p90));
      });
      const failed = r.outputs.reduce((m, o) => Math.max(m, o.failed), 0);
      const pick = h("select", { id: "bl-unc-output" });
      for (const o of template.outputs) {
        const opt = h("option", { value: o.key, text: o.label[l] });
        if (o.key === state.output) opt.selected = true;
        pick.append(opt);
      }
      pick.addEventListener("change", () => {
        state.output = pick.value;
        ctx.rerender();
      });
      const key = state.output ?? template.outputs[0]?.key ?? "";
      parts.push(
        h(
          "div",
          { class: "bl-sc-scroll", role: "region", tabindex: "0", "aria-label": t()("pane.unc.spread") },
          h(
            "table",
            { class: "bl-summary", id: "bl-unc-table", "aria-label": t()("pane.unc.spread") },
            h("thead", {}, h("tr", {}, ...[t()("pane.unc.output"), "P10", "P50", "P90"].map((x) => h("th", { scope: "col", text: x })))),
            h("tbody", {}, ...spread),
          ),
        ),
        failed > 0 ? h("p", { class: "bl-note", text: t()("pane.unc.failed", failed) }) : "",
        h("label", { for: "bl-unc-output", class: "bl-field" }, h("span", { text: t()("pane.unc.histogramFor") }), pick),
        histogramOf(r, template, key),
        driversOf(r, template, key),
      );
    }
    return h("div", { class: "bl-unc", id: "bl-unc" }, ...parts);
  }

  return { element };
}
