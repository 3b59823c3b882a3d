// The results of a check in the pane: the summary per verdict with a total
// row and the budget's unit, the flagged budget lines (amount, verdict, the
// check rule in words, a filter and an order), and the user's own verdicts in
// a list of their own, where each can be taken back. Only drawing and wiring:
// the check itself is in ./run.ts. Every text comes from the catalogue.

import { FLAGGED, isUnsure, toLookAt, unsureNote, type CheckedLine } from "../../src/check/budget";
import type { Lang } from "../../src/core/types";
import { words } from "../../src/i18n/catalogue";
import { formatAmount, formatCount, formatEuro } from "../../src/i18n/format";
import { unitText } from "../../src/i18n/units";
import { LEVEL_LABELS, ruleName, VERDICT_LABELS, VERDICTS, verdictText, type Verdict } from "../../src/levels";
import type { AmountFactor } from "../../src/budget/caption";
import { otherFigures } from "../../src/budget/pasted";
import { lineLabel } from "../../src/budget/table";
import { h, s } from "./dom";
import { lineKey, VERDICT_COLORS, type CheckOutcome } from "./run";

/** Flagged lines rendered per click of "show more". */
const FLAGGED_PAGE = 100;

export type FlaggedOrder = "row" | "amount";

export interface ResultsState {
  /** A verdict, every listed line, or the answers the check is unsure of whatever their verdict. */
  filter: Verdict | "all" | "unsure";
  order: FlaggedOrder;
}

export interface ResultsActions {
  /** A verdict set (or, with null, taken back) for one line. */
  override(line: CheckedLine, verdict: Verdict | null): void;
  /** Bring the line's row into view in the sheet. */
  select(line: CheckedLine): void;
}

/** A line's amount as a reader takes it: in euros when the budget states its unit, else as the budget writes it. */
export function amountText(amount: number, factor: AmountFactor | null, lang: Lang): string {
  return factor === null ? formatAmount(amount, lang) : formatEuro(amount * factor, lang);
}

/** Characters of an 11-unit label that fit in the 184 units right of the bars, with room to spare for wide letters. */
const LABEL_CHARS = 30;

/** Words in lines of at most `width` characters (a longer single word keeps its own line). */
function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}

export function summaryView(o: CheckOutcome, lang: Lang, factor: AmountFactor | null): HTMLElement {
  const t = words(lang);
  const rows = o.summary.filter((r) => r.count > 0);
  let max = 1;
  for (const r of rows) max = Math.max(max, r.count);
  const barH = 18;
  const lineH = 13;
  const unit = unitText(factor, lang);
  // Scales with the pane but keeps its proportions, so labels are never stretched or cut:
  // a label longer than the room right of the bars ("Volgens Allers (2017) beter bij een
  // ander niveau") wraps onto a second line, and its row grows with it.
  const labels = rows.map((r) => wrapWords(`${VERDICT_LABELS[r.verdict][lang]} ${formatCount(r.count, lang)}`, LABEL_CHARS));
  let height = 0;
  for (const l of labels) height += Math.max(barH, l.length * lineH + 5) + 6;
  const svg = s("svg", { width: "100%", role: "img", "aria-label": t("pane.summaryOf", o.sheet), viewBox: `0 0 320 ${height}` });
  let y = 0;
  rows.forEach((r, i) => {
    const lines = labels[i]!;
    svg.append(s("rect", { x: 0, y, width: Math.max(2, (r.count / max) * 130), height: barH, fill: VERDICT_COLORS[r.verdict], stroke: "#8a8886" }));
    const text = s("text", { x: 136, y: y + 13, "font-size": 11, fill: "#242424" });
    lines.forEach((line, k) => text.append(s("tspan", { x: 136, dy: k === 0 ? 0 : lineH }, line)));
    svg.append(text);
    y += Math.max(barH, lines.length * lineH + 5) + 6;
  });
  let count = 0;
  let amount = 0;
  for (const r of rows) {
    count += r.count;
    amount += r.amount;
  }
  const amountHead = unit ? `${t("summary.amount")} (${unit})` : t("summary.amount");
  // A list without figures (a budget's outline) has no amounts to sum: a column of zeros would say it has.
  // Nor do two tables side by side (lasten beside baten): their amounts are not one sum.
  const withAmounts = o.beside === undefined && o.checked.some((c) => c.line.amount !== null && c.line.amount !== undefined);
  const amountCell = (x: number) => (withAmounts ? [h("td", { text: formatAmount(x, lang) })] : []);
  const table = h(
    "table",
    { class: "bl-summary", id: "bl-summary-table" },
    h("thead", {}, h("tr", {}, h("th", { scope: "col", text: t("summary.verdict") }), h("th", { scope: "col", text: t("summary.count") }), ...(withAmounts ? [h("th", { scope: "col", text: amountHead })] : []))),
    h(
      "tbody",
      {},
      ...rows.map((r) =>
        h(
          "tr",
          { "data-verdict": r.verdict },
          h("th", { scope: "row" }, h("span", { class: "bl-swatch", style: `background:${VERDICT_COLORS[r.verdict]}` }), VERDICT_LABELS[r.verdict][lang]),
          h("td", { text: formatCount(r.count, lang), "data-testid": `count-${r.verdict}` }),
          ...amountCell(r.amount),
        ),
      ),
    ),
    h("tfoot", {}, h("tr", { class: "bl-total" }, h("th", { scope: "row", text: t("summary.total") }), h("td", { text: formatCount(count, lang), "data-testid": "count-total" }), ...amountCell(amount))),
  );
  const totals = o.checked.length - count;
  const note = totals > 0 ? h("p", { class: "bl-note", text: t("pane.totalsNote", totals) }) : "";
  const beside = o.beside ? h("p", { class: "bl-note", "data-testid": "beside", text: t("pane.besideChecked", o.beside.columns) }) : "";
  const f = o.figuresInText;
  // Amounts read from the end of each text: said, so the user knows which figure was taken.
  const said = f ? t("budget.figuresInText", f.pick + 1, f.count, f.name ?? "", otherFigures(f)) : "";
  const inText = f ? h("p", { class: "bl-note", "data-testid": "figures-in-text", text: `${said.charAt(0).toUpperCase()}${said.slice(1)}.` }) : "";
  return h("section", { "aria-labelledby": "bl-summary-h" }, h("h2", { id: "bl-summary-h", text: t("pane.summaryOf", o.sheet) }), svg, table, beside, note, inText);
}

/**
 * A listed line as a button that selects its description cell: its row, description, amount and verdict
 * (then `extra`). A line of the table printed beside the budget shares its row with a line of the budget:
 * its row names that table's columns ("Rij 3 (C:D)").
 */
function lineButton(c: CheckedLine, o: CheckOutcome, factor: AmountFactor | null, lang: Lang, act: ResultsActions, extra: readonly HTMLElement[]): HTMLElement {
  const t = words(lang);
  const row = o.beside?.lines.has(c.line) ? t("pane.rowIn", c.line.row, o.beside.columns) : t("pane.row", c.line.row);
  const go = h(
    "button",
    { type: "button", class: "bl-line", "data-row": String(c.line.row), "aria-label": `${t("pane.goToRow", c.line.row)}: ${lineLabel(c.line)}` },
    h("span", { class: "bl-row", text: row }),
    h("span", { class: "bl-desc", text: lineLabel(c.line) }),
    h("span", { class: "bl-amount", "data-amount": String(c.line.amount ?? ""), text: c.line.amount === null ? "" : amountText(c.line.amount, factor, lang) }),
    h("span", { class: "bl-verdict", style: `background:${VERDICT_COLORS[c.result.verdict]}`, text: verdictText(c.result, lang) }),
    ...extra,
  );
  go.addEventListener("click", () => act.select(c));
  return go;
}

function overrideSelect(c: CheckedLine, lang: Lang, current: Verdict | undefined, act: ResultsActions): HTMLElement {
  const t = words(lang);
  const id = `bl-ovr-${c.line.row}`;
  const sel = h("select", { id, class: "bl-override" });
  sel.append(h("option", { value: "", text: t("pane.keep") }));
  for (const v of VERDICTS) {
    const opt = h("option", { value: v, text: VERDICT_LABELS[v][lang] });
    if (current === v) opt.selected = true;
    sel.append(opt);
  }
  sel.addEventListener("change", () => act.override(c, sel.value ? (sel.value as Verdict) : null));
  return h("label", { for: id, class: "bl-field bl-small" }, h("span", { text: t("pane.override") }), sel);
}

export function flaggedView(o: CheckOutcome, lang: Lang, factor: AmountFactor | null, overrides: Readonly<Record<string, Verdict>>, state: ResultsState, act: ResultsActions, redraw: () => void): HTMLElement {
  const t = words(lang);
  const all = o.checked.filter(toLookAt);
  // A listed line counts under its verdict, an unsure "right level" or "not applicable" under "unsure".
  const groupOf = (c: CheckedLine): Verdict | "unsure" => (isUnsure(c) ? "unsure" : c.result.verdict);
  const counts = new Map<Verdict | "unsure", number>();
  for (const c of all) {
    const g = groupOf(c);
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  if (state.filter !== "all" && !counts.has(state.filter)) state.filter = "all";
  const shownLines = all.filter((c) => state.filter === "all" || groupOf(c) === state.filter);
  if (state.order === "amount") shownLines.sort((a, b) => Math.abs(b.line.amount ?? 0) - Math.abs(a.line.amount ?? 0) || a.line.row - b.line.row);

  const filter = h("select", { id: "bl-filter" });
  filter.append(h("option", { value: "all", text: t("pane.filterAll", all.length) }));
  for (const v of FLAGGED) {
    const n = counts.get(v);
    if (!n) continue;
    const opt = h("option", { value: v, text: t("pane.filterVerdict", VERDICT_LABELS[v][lang], n) });
    if (state.filter === v) opt.selected = true;
    filter.append(opt);
  }
  const unsure = counts.get("unsure");
  if (unsure) {
    const opt = h("option", { value: "unsure", text: t("pane.filterUnsure", unsure) });
    if (state.filter === "unsure") opt.selected = true;
    filter.append(opt);
  }
  filter.addEventListener("change", () => {
    state.filter = filter.value as Verdict | "all" | "unsure";
    redraw();
  });
  const order = h("select", { id: "bl-order" });
  for (const [v, text] of [["row", t("pane.sortRow")], ["amount", t("pane.sortAmount")]] as const) {
    const opt = h("option", { value: v, text });
    if (state.order === v) opt.selected = true;
    order.append(opt);
  }
  order.addEventListener("change", () => {
    state.order = order.value === "amount" ? "amount" : "row";
    redraw();
  });

  const list = h("ol", { class: "bl-flagged", id: "bl-flagged-list" });
  const item = (c: CheckedLine): HTMLElement => {
    const r = c.result;
    const go = lineButton(c, o, factor, lang, act, isUnsure(c) ? [h("span", { class: "bl-unsure", text: unsureNote(c, lang) })] : []);
    const level = r.level ? `${t("pane.level", LEVEL_LABELS[r.level][lang])} ` : "";
    return h(
      "li",
      { "data-verdict": r.verdict },
      go,
      h("p", { class: "bl-reason", text: `${level}${r.reason[lang]}` }),
      h("p", { class: "bl-rule", text: ruleName(r.rule, lang) }),
      overrideSelect(c, lang, overrides[lineKey(o.sheet, c.line)], act),
    );
  };
  // A large budget can flag thousands of lines: render them a page at a time,
  // so the pane appears at once and the list grows on request.
  let shown = 0;
  const more = h("button", { type: "button", class: "bl-more", id: "bl-more" });
  const showMore = (): void => {
    const next = shownLines.slice(shown, shown + FLAGGED_PAGE);
    for (const c of next) list.append(item(c));
    shown += next.length;
    more.textContent = t("pane.showMore", Math.min(FLAGGED_PAGE, shownLines.length - shown), shownLines.length - shown);
    more.hidden = shown >= shownLines.length;
  };
  more.addEventListener("click", showMore);
  showMore();
  return h(
    "section",
    { "aria-labelledby": "bl-flagged-h" },
    h("h2", { id: "bl-flagged-h", text: t("pane.flagged", all.length) }),
    h(
      "div",
      { class: "bl-actions" },
      h("label", { for: "bl-filter", class: "bl-field" }, h("span", { text: t("pane.filter") }), filter),
      h("label", { for: "bl-order", class: "bl-field" }, h("span", { text: t("pane.sort") }), order),
    ),
    shownLines.length === 0 ? h("p", { class: "bl-note", text: t("pane.noneShown") }) : "",
    list,
    more,
  );
}

/** The user's own verdicts, visible whatever they are (also "right level", which leaves the flagged list), each to be taken back. */
export function overridesView(o: CheckOutcome, lang: Lang, factor: AmountFactor | null, act: ResultsActions): HTMLElement | "" {
  const t = words(lang);
  const mine = o.checked.filter((c) => c.engine !== undefined);
  if (mine.length === 0) return "";
  return h(
    "section",
    { "aria-labelledby": "bl-overrides-h", class: "bl-overrides" },
    h("h2", { id: "bl-overrides-h", text: t("pane.overrides", mine.length) }),
    h(
      "ul",
      { class: "bl-flagged", id: "bl-overrides-list" },
      ...mine.map((c) => {
        const back = h("button", { type: "button", class: "bl-more", "aria-label": t("pane.overrideUndoLabel", c.line.row), text: t("pane.overrideUndo") });
        back.addEventListener("click", () => act.override(c, null));
        const go = lineButton(c, o, factor, lang, act, []);
        return h("li", { "data-row": String(c.line.row) }, go, h("p", { class: "bl-reason", text: t("pane.overrideWas", verdictText(c.result, lang), verdictText(c.engine ?? c.result, lang)) }), back);
      }),
    ),
  );
}
