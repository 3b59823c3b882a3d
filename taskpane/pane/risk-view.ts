// The "Risico's en weerstandsvermogen" part of the task pane: insert the
// register template, simulate the register, and show the capacity, the ratio
// with its grade, the histogram and the largest risks. Logic in ./risk; this
// file draws. Every text is set with textContent, and every text of the
// pane's own comes from the message catalogue.
//
// CONTRACT with the browser tests (test/browser/risk.test.ts):
//   #bl-risk                 the part, a section labelled by its heading
//   #bl-risk-insert          Risicoregister invoegen / Insert risk register
//   #bl-risk-certainty, #bl-risk-runs, #bl-risk-seed, #bl-risk-available   the settings
//   #bl-risk-run             Simuleren / Simulate
//   #bl-risk-status          the part's status line
//   #bl-risk-figures         tr[data-key][data-value]: capacity, se, sum, expected, p50, p90, p95,
//                            available, ratio, grade (data-value the letter), runs, seed
//   #bl-risk-histogram       a figure; one rect.bl-hist-bar[data-count] per band
//   #bl-risk-top             tr[data-row][data-value]: the risks by contribution
//   #bl-risk-council         the council workbook

import type { Lang } from "../../src/core/types";
import { words } from "../../src/i18n/catalogue";
import { formatAmount, formatCount, formatFixed, formatPercent } from "../../src/i18n/format";
import { amountMax } from "../../src/risk/distributions";
import { gradeMeaning } from "../../src/risk/grade";
import { registerProblemText } from "../../src/risk/register";
import { byContribution, type RiskReport } from "../../src/risk/report";
import type { SimulationOptions } from "../../src/risk/simulate";
import { HostError, type Host } from "../host/types";
import { deliverCouncil } from "./council";
import { h, s, type Child } from "./dom";
import { insertRegister, runRisk, type RiskRun } from "./risk";
import { PaneError } from "./run";
import type { ActionHook, PaneAction } from "./actions";
import { parseNumber } from "./scenarios-view";

export interface RiskView {
  readonly element: HTMLElement;
  render(): void;
}

interface State {
  certainty: string;
  runs: string;
  seed: string;
  available: string;
  run?: RiskRun | undefined;
  busy: boolean;
  message?: { text: string; kind: "info" | "error" } | undefined;
}

/** An amount as the register writes it: whole from a thousand on. */
function money(x: number, lang: Lang): string {
  return formatAmount(Math.abs(x) >= 1000 ? Math.round(x) : x, lang);
}

const TOP = 10;

export function riskView(host: Host, lang: () => Lang, onAction: ActionHook = () => undefined): RiskView {
  const element = h("section", { class: "bl-risk", id: "bl-risk", "aria-labelledby": "bl-risk-h" });
  const state: State = { certainty: "90%", runs: "", seed: "1", available: "", busy: false };
  const t = () => words(lang());

  function fail(e: unknown): void {
    if (e instanceof PaneError || e instanceof HostError) state.message = { text: e.text[lang()], kind: "error" };
    else {
      console.error(e);
      state.message = { text: t()("pane.failed", e instanceof Error ? e.message : String(e)), kind: "error" };
    }
  }

  async function act(what: PaneAction, action: () => Promise<string>): Promise<void> {
    if (state.busy) return;
    state.busy = true;
    state.message = undefined;
    render();
    onAction("start", what);
    try {
      state.message = { text: await action(), kind: "info" };
    } catch (e) {
      fail(e);
    } finally {
      onAction("end", what);
      state.busy = false;
      render();
    }
  }

  /** The settings as numbers; a field that holds no number is refused with its name. */
  function options(): { sim: SimulationOptions; available: number | null } {
    const num = (raw: string, field: string): number | null => {
      if (raw.trim() === "") return null;
      const n = parseNumber(raw, lang());
      if (n === null) throw new PaneError({ nl: words("nl")("pane.risk.badNumber", field, raw), en: words("en")("pane.risk.badNumber", field, raw) });
      return n;
    };
    const certainty = num(state.certainty, t()("pane.risk.certainty"));
    const runs = num(state.runs, t()("pane.risk.runs"));
    const seed = num(state.seed, t()("pane.risk.seed"));
    return {
      sim: { ...(certainty === null ? {} : { certainty }), ...(runs === null ? {} : { runs }), ...(seed === null ? {} : { seed }) },
      available: num(state.available, t()("pane.risk.available")),
    };
  }

  function button(id: string, text: string, onClick: () => void, primary = false): HTMLButtonElement {
    const b = h("button", { type: "button", id, text, ...(primary ? { class: "bl-primary" } : {}) });
    if (state.busy) b.disabled = true;
    b.addEventListener("click", onClick);
    return b;
  }

  function field(id: string, label: string, value: string, onInput: (v: string) => void): HTMLElement {
    const el = h("input", { id, type: "text", value, autocomplete: "off", inputmode: "decimal" });
    el.addEventListener("input", () => onInput(el.value));
    return h("label", { for: id, class: "bl-field" }, h("span", { text: label }), el);
  }

  function figures(r: RiskReport): HTMLElement {
    const l = lang();
    const s = r.simulation;
    const rows: [string, string, number | string, string][] = [
      ["capacity", t()("pane.risk.capacity", formatPercent(s.certainty, s.certainty * 100 === Math.round(s.certainty * 100) ? 0 : 1, l)), s.capacity, money(s.capacity, l)],
      ["se", t()("pane.risk.se"), s.standardError, money(s.standardError, l)],
      ["sum", t()("pane.risk.sum"), s.sum, money(s.sum, l)],
      ["expected", t()("pane.risk.expected"), s.expected, money(s.expected, l)],
      ["p50", "P50", s.p50, money(s.p50, l)],
      ["p90", "P90", s.p90, money(s.p90, l)],
      ["p95", "P95", s.p95, money(s.p95, l)],
    ];
    if (r.available !== null) {
      rows.push(["available", t()("pane.risk.availableRow"), r.available, money(r.available, l)]);
      if (r.ratio !== null) rows.push(["ratio", t()("pane.risk.ratio"), r.ratio, formatFixed(r.ratio, 2, l)]);
      if (r.grade !== null) rows.push(["grade", t()("pane.risk.grade"), r.grade, t()("pane.risk.gradeText", r.grade, gradeMeaning(r.grade)[l])]);
    }
    rows.push(["runs", t()("risk.book.runs"), s.runs, formatCount(s.runs, l)], ["seed", t()("risk.book.seed"), s.seed, String(s.seed)]);
    return h(
      "table",
      { class: "bl-summary", id: "bl-risk-figures", "aria-label": t()("pane.risk.figures") },
      h("tbody", {}, ...rows.map(([key, label, value, shown]) => h("tr", { "data-key": key, "data-value": String(value) }, h("th", { scope: "row", text: label }), h("td", { text: shown })))),
    );
  }

  /** The histogram as an SVG of bars, the capacity marked by a line; every band also in words for a screen reader. */
  function histogram(r: RiskReport): HTMLElement {
    const l = lang();
    const hist = r.simulation.histogram;
    const W = 300;
    const H = 120;
    const max = Math.max(1, ...hist.counts);
    const bw = W / Math.max(1, hist.counts.length);
    const svg = s("svg", { viewBox: `0 0 ${W} ${H + 14}`, width: "100%", role: "img", "aria-labelledby": "bl-risk-hist-title" });
    hist.counts.forEach((c, i) => {
      const from = hist.from + i * hist.width;
      const bar = s("rect", { class: "bl-hist-bar", x: (i * bw + 0.5).toFixed(2), y: (H - (c / max) * H).toFixed(2), width: Math.max(0.5, bw - 1).toFixed(2), height: ((c / max) * H).toFixed(2), "data-count": c });
      bar.append(s("title", {}, t()("pane.risk.histogramBar", money(from, l), money(from + hist.width, l), formatCount(c, l))));
      svg.append(bar);
    });
    const cap = r.simulation.capacity;
    if (hist.width > 0) {
      const x = ((cap - hist.from) / (hist.width * hist.counts.length)) * W;
      svg.append(s("line", { class: "bl-hist-marker", x1: x.toFixed(2), x2: x.toFixed(2), y1: 0, y2: H }));
    }
    svg.append(s("text", { x: 0, y: H + 12, class: "bl-hist-axis" }, money(hist.from, l)));
    svg.append(s("text", { x: W, y: H + 12, class: "bl-hist-axis", "text-anchor": "end" }, money(hist.from + hist.width * hist.counts.length, l)));
    return h(
      "figure",
      { class: "bl-risk-histogram", id: "bl-risk-histogram" },
      h("figcaption", { id: "bl-risk-hist-title", text: t()("pane.risk.histogram") }),
      svg,
      h("p", { class: "bl-legend" }, h("span", { class: "bl-swatch bl-hist-marker-swatch" }), t()("pane.risk.marker", money(cap, l))),
    );
  }

  function topRisks(r: RiskReport): HTMLElement {
    const l = lang();
    const cap = r.simulation.capacity;
    const rows = byContribution(r)
      .slice(0, TOP)
      .map((i) => {
        const risk = r.risks[i];
        const c = r.contributions[i] as number;
        if (!risk) return "";
        return h(
          "tr",
          { "data-row": String(risk.row), "data-value": String(c) },
          h("th", { scope: "row", text: risk.name }),
          h("td", { text: formatPercent(risk.probability, 0, l) }),
          h("td", { text: money(amountMax(risk.amount), l) }),
          h("td", { text: money(c, l) }),
          h("td", { text: cap > 0 ? formatPercent(c / cap, 1, l) : "" }),
        );
      });
    return h(
      "div",
      { class: "bl-sc-scroll", role: "region", tabindex: "0", "aria-label": t()("pane.risk.top") },
      h(
        "table",
        { class: "bl-summary", id: "bl-risk-top", "aria-label": t()("pane.risk.top") },
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            ...[t()("pane.risk.col.risk"), t()("pane.risk.col.probability"), t()("cli.risk.col.amount"), t()("pane.risk.col.contribution"), t()("pane.risk.col.share")].map((x) => h("th", { scope: "col", text: x })),
          ),
        ),
        h("tbody", {}, ...rows),
      ),
    );
  }

  function results(run: RiskRun): Child[] {
    const r = run.report;
    const out: Child[] = [figures(r)];
    if (r.available === null) out.push(h("p", { class: "bl-note", text: t()("pane.risk.noAvailable") }));
    out.push(histogram(r), h("h3", { text: t()("pane.risk.top") }), topRisks(r));
    const problems = run.register.read.problems;
    if (problems.length > 0) {
      out.push(
        h(
          "details",
          { class: "bl-problems" },
          h("summary", { text: t()("pane.risk.problems", problems.length) }),
          h("ul", {}, ...problems.slice(0, 200).map((p) => h("li", { text: registerProblemText(p, lang()) }))),
        ),
      );
    }
    return out;
  }

  function render(): void {
    const focused = document.activeElement instanceof HTMLElement && element.contains(document.activeElement) ? document.activeElement.id : "";
    const insert = button("bl-risk-insert", t()("pane.risk.insert"), () => void act("riskInsert", async () => t()("pane.risk.inserted", await insertRegister(host, lang()))));
    const run = button(
      "bl-risk-run",
      t()("pane.risk.run"),
      () =>
        void act("riskRun", async () => {
          const o = options();
          state.run = await runRisk(host, o.sim, o.available);
          const r = state.run;
          return t()("pane.risk.done", r.report.risks.length, formatCount(r.report.simulation.runs, lang()), r.register.sheet);
        }),
      true,
    );
    const council = button("bl-risk-council", t()("pane.sc.council"), () => void act("council", () => deliverCouncil(host, lang())));
    const status = h("div", { role: "status", "aria-live": "polite", id: "bl-risk-status", class: `bl-status bl-${state.message?.kind ?? "info"}` });
    status.textContent = state.message?.text ?? "";
    element.replaceChildren(
      h("h2", { id: "bl-risk-h", text: t()("pane.risk.title") }),
      h("p", { class: "bl-intro", text: t()("pane.risk.intro") }),
      h("div", { class: "bl-actions" }, insert),
      h(
        "div",
        { class: "bl-actions" },
        field("bl-risk-certainty", t()("pane.risk.certainty"), state.certainty, (v) => (state.certainty = v)),
        field("bl-risk-runs", t()("pane.risk.runs"), state.runs, (v) => (state.runs = v)),
        field("bl-risk-seed", t()("pane.risk.seed"), state.seed, (v) => (state.seed = v)),
        field("bl-risk-available", t()("pane.risk.available"), state.available, (v) => (state.available = v)),
      ),
      h("div", { class: "bl-actions" }, run, council),
      status,
      ...(state.run ? results(state.run) : []),
    );
    if (focused) document.getElementById(focused)?.focus();
  }

  return { element, render };
}
