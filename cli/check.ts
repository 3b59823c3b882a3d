// `begrotingslab check FILE`: the level check of a whole budget file.

import { isBudgetError, readBudgetSheets, readRulesFile, type BudgetFile, type RuleRow } from "../io/budget-files";
import type { CheckResultRow } from "../io/check-workbook";
import { lineLabel, type BudgetLine } from "../src/budget";
import { otherFigures } from "../src/budget/pasted";
import { checkBudget, formatAmount, toLookAt, unsureNote, inferOwner, lineJson, RESULT_HEADERS, resultCells, summarize, totalLineCount, unchosenOwner, verdictLabel, workbookTitle, type CheckedLine, type LineProblem } from "../src/check/budget";
import { columnLetters, columnSpan } from "../src/core/columns";
import type { Lang } from "../src/core/types";
import { msg, words } from "../src/i18n/catalogue";
import { unitText } from "../src/i18n/units";
import { compileRules, parseOwner, ruleName, slowRuleProblems, verdictText, type Owner } from "../src/levels";
import type { Parsed } from "./args";
import { checkOutput } from "../io/safe-write";
import { jsonText } from "./terminal";
import { workbookRulesNotice } from "./workbook-rules";
import type { Io } from "./io";


const MAX_DESCRIPTION = 48;

function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

function flaggedText(checked: readonly CheckedLine[], lang: Lang): string[] {
  const flagged = checked.filter(toLookAt);
  // With nothing flagged the heading says so itself, with no empty block under it.
  const out = flagged.length === 0 ? [msg(lang, "cli.check.flagged", 0)] : [msg(lang, "cli.check.flagged", flagged.length), ""];
  // A loop, not Math.max(...spread): tens of thousands of flagged lines would overflow the argument list.
  let rowWidth = 3;
  for (const c of flagged) rowWidth = Math.max(rowWidth, String(c.line.row).length);
  for (const c of flagged) {
    const tv = c.line.taakveld === null ? "" : ` [${c.line.taakveld}]`;
    const amount = c.line.amount === null ? "" : formatAmount(c.line.amount, lang);
    const head = `${clip(lineLabel(c.line), MAX_DESCRIPTION)}${tv}`;
    out.push(`${String(c.line.row).padStart(rowWidth)}  ${head.padEnd(MAX_DESCRIPTION + 10)} ${amount.padStart(12)}  ${verdictText(c.result, lang)}${unsureNote(c, lang)}`);
    out.push(`${" ".repeat(rowWidth)}  ${c.result.reason[lang]} (${ruleName(c.result.rule, lang)})`);
  }
  return out;
}

/** Without an amount column the summary counts lines only: a total of 0 would be a number with no source. */
function summaryText(checked: readonly CheckedLine[], lang: Lang, unit: string, amounts: boolean): string[] {
  const t = words(lang);
  const rows = summarize(checked).filter((s) => s.count > 0);
  const amountHead = unit ? `${t("summary.amount")} (${unit})` : t("summary.amount");
  const head = [t("summary.verdict"), t("summary.count"), ...(amounts ? [amountHead] : [])];
  const cells = rows.map((s) => [verdictLabel(s.verdict, lang), String(s.count), ...(amounts ? [formatAmount(s.amount, lang)] : [])]);
  let count = 0;
  let amount = 0;
  for (const s of rows) {
    count += s.count;
    amount += s.amount;
  }
  const all = [head, ...cells, [t("summary.total"), String(count), ...(amounts ? [formatAmount(amount, lang)] : [])]];
  const w = [0, 1, 2].map((j) => all.reduce((m, r) => Math.max(m, (r[j] ?? "").length), 0));
  const totals = totalLineCount(checked);
  const note = totals > 0 ? t("cli.check.summaryNote", totals) : "";
  return [`${t("cli.check.summary")}${note}:`, "", ...all.map((r) => `  ${(r[0] ?? "").padEnd(w[0] ?? 0)}  ${(r[1] ?? "").padStart(w[1] ?? 0)}  ${(r[2] ?? "").padStart(w[2] ?? 0)}`.trimEnd())];
}

export async function runCheck(p: Parsed, lang: Lang, io: Io): Promise<number> {
  const t = words(lang);
  const [file, ...extra] = p.positional;
  if (file === undefined || extra.length > 0) {
    io.err(`${t("cli.check.oneFile")}\n\n${t("cli.check.help")}`);
    return 2;
  }
  let owner: Owner = "gemeente";
  if (typeof p.flags.owner === "string") {
    const o = parseOwner(p.flags.owner);
    if (!o) {
      io.err(`${t("cli.check.badOwner", p.flags.owner)}\n`);
      return 2;
    }
    owner = o;
  }

  // Refused before any work: an existing file is never replaced without --force, the budget never.
  const outPath = typeof p.flags.out === "string" ? p.flags.out : undefined;
  if (outPath !== undefined) {
    const inputs = typeof p.flags.rules === "string" ? [file, p.flags.rules] : [file];
    const refusal = await checkOutput(outPath, { inputs, force: p.flags.force === true });
    if (refusal) {
      io.err(`${refusal.message[lang]}\n`);
      return 1;
    }
  }

  // Every sheet that holds a budget, unless --sheet names one; one streaming read of the
  // workbook, its own rules sheet in the same pass.
  const sheets = await readBudgetSheets(file, {
    ...(typeof p.flags.sheet === "string" ? { sheet: p.flags.sheet } : {}),
    ...(typeof p.flags.amount === "string" ? { amountColumn: p.flags.amount } : {}),
    workbookRules: p.flags["no-workbook-rules"] !== true,
  });
  if (isBudgetError(sheets)) {
    io.err(`${sheets.message[lang]}\n`);
    return 1;
  }
  const budgets = sheets.filter((b) => b.result.lines.length > 0);
  const first = sheets[0] as BudgetFile;
  if (budgets.length === 0) {
    // A header and nothing under it is not a budget that passed the check.
    io.err(`${t("cli.check.noLines", file, first.sheetName, first.result.header?.headerRow ?? 1)}\n`);
    return 1;
  }

  // Rules: the --rules file first (it wins), then the workbook's own "Regels" sheet.
  const ruleRows: RuleRow[] = [];
  if (typeof p.flags.rules === "string") {
    const rules = await readRulesFile(p.flags.rules);
    if (isBudgetError(rules)) {
      io.err(`${rules.message[lang]}\n`);
      return 1;
    }
    for (const r of rules) ruleRows.push(r);
  }
  const fileRuleRows = ruleRows.slice();
  for (const r of first.workbookRules?.rules ?? []) ruleRows.push(r);
  const { rules, problems: ruleProblems } = compileRules(ruleRows);
  for (const rp of ruleProblems) io.err(`${t("cli.check.ruleSkipped", rp.message[lang])}\n`);

  // A second table printed beside a budget ("Lasten | Bedrag | Baten | Bedrag") is checked as a table of its own.
  const tables = budgets.flatMap((budget) => {
    const beside = budget.result.beside;
    if (beside === undefined) return [{ budget, beside: null }];
    // Checked here, the table beside is no longer a note of what was left unread.
    const first = { ...budget, result: { ...budget.result, problems: budget.result.problems.filter((rp) => rp.code !== "tableBeside") } };
    return [
      { budget: first, beside: null },
      { budget: { ...budget, result: beside.result }, beside: { description: columnLetters(beside.description), columns: columnSpan(beside.description, beside.amount) } },
    ];
  });
  const several = tables.length > 1;
  // A sheet with no title of its own belongs to the government another sheet's title names.
  const bookTitle = budgets[0]?.bookTitle ?? workbookTitle(budgets.map((b) => b.caption.organisation));
  const parts = tables.map(({ budget, beside }) => {
    // An owner column is more specific than --owner: where it names one owner, lines
    // with an empty cell (subtotals, headings) follow it too. Without either, the budget's
    // title may say whose it is ("Provincie Zuiderkwartier"); the output then says so.
    const { owner: own, from: ownerFrom } =
      typeof p.flags.owner === "string"
        ? { owner: inferOwner(budget.result.lines) ?? owner, from: null }
        : unchosenOwner(budget.result.lines, budget.caption.organisation ?? bookTitle);
    const { checked, problems } = checkBudget(budget.result.lines, rules.size > 0 ? { owner: own, rules } : { owner: own });
    const readProblems = (budget.result.problems as readonly LineProblem[]).concat(problems).sort((x, y) => x.row - y.row);
    // Where the results name their table: the sheet, and for a table beside another its columns.
    const columns = beside === null ? null : beside.columns;
    const label = columns === null ? budget.sheetName : `${budget.sheetName} (${columns})`;
    return { budget, beside, columns, label, owner: own, ownerFrom, checked, readProblems };
  });
  const sheetCount = new Set(parts.map((part) => part.budget.sheetName)).size;
  for (const rp of slowRuleProblems(rules)) io.err(`${rp.message[lang]}\n`);
  // The workbook's own rules are its author's: what they changed, over every sheet checked, is said before anything else.
  // (Lines with an owner cell keep it in the comparison; a sheet whose owner column differs from the first is rare.)
  const allLines: BudgetLine[] = [];
  const allChecked: CheckedLine[] = [];
  for (const part of parts) {
    for (const l of part.budget.result.lines) allLines.push(l);
    for (const c of part.checked) allChecked.push(c);
  }
  const notice = workbookRulesNotice(first.workbookRules, allLines, (parts[0] as (typeof parts)[number]).owner, fileRuleRows, allChecked, lang);
  if (notice !== null && p.flags.json) io.err(`${notice}\n`);

  let writtenSheet = "";
  if (outPath !== undefined) {
    // With several budget sheets, each result names its sheet and links to it.
    const headers = several ? [t("result.sheet"), ...RESULT_HEADERS[lang]] : RESULT_HEADERS[lang];
    const results: CheckResultRow[] = [];
    for (const part of parts) {
      for (const c of part.checked) {
        const cells = resultCells(c, lang);
        const at = part.beside === null ? {} : { column: part.beside.description };
        results.push(several ? { row: c.line.row, sheet: part.budget.sheetName, ...at, cells: [part.label, ...cells] } : { row: c.line.row, cells });
      }
    }
    // Loaded only for --out: reading and checking never need the zip writer.
    const { writeCheckWorkbook } = await import("../io/check-workbook");
    // What was not (fully) read goes with the results: a copy for the council says so too.
    const list = parts.flatMap((part) => part.readProblems.map((rp) => ({ row: rp.row, ...(several ? { sheet: part.budget.sheetName } : {}), text: rp.message[lang] })));
    const notes = { title: t("cli.check.problems", list.length), list };
    const written = await writeCheckWorkbook(file, outPath, first.sheetName, results, headers, { linkHeader: t("result.row"), force: p.flags.force === true, notes });
    if (isBudgetError(written)) {
      io.err(`${written.message[lang]}\n`);
      return 1;
    }
    writtenSheet = written.sheetName;
  }

  if (p.flags.json) {
    // One array, written in pieces: 300,000 budget lines never become one string.
    io.out("[");
    let n = 0;
    for (const part of parts) {
      const table = part.columns === null ? {} : { columns: part.columns };
      for (const c of part.checked) io.out(`${n++ > 0 ? "," : ""}${jsonText(several ? { sheet: part.budget.sheetName, ...table, ...lineJson(c, lang) } : lineJson(c, lang))}`);
    }
    io.out("]\n");
    for (const part of parts) for (const rp of part.readProblems) io.err(`${rp.message[lang]}\n`);
    return 0;
  }

  const out: string[] = [];
  for (const { budget, columns, owner: own, ownerFrom, checked, readProblems } of parts) {
    const h = budget.result.header;
    const unit = unitText(budget.caption?.factor ?? null, lang);
    // The row the table starts on: its header, or its first line where it has none (headerRow 0).
    const facts = [t("cli.check.read", checked.length, Math.max(1, h?.headerRow ?? 1))];
    if (ownerFrom !== null) facts.push(t("cli.check.ownerFromTitle", ownerFrom));
    // A list of items with no figures beside them ("… van k€ 206." inside the text) has no amounts to total.
    const amounts = h?.columns.amount !== undefined || h?.figuresInText !== undefined;
    // Columns chosen by what they hold are named by their letters: their first cells are no header.
    if (h?.figuresInText !== undefined) {
      const f = h.figuresInText;
      facts.push(t("budget.figuresInText", f.pick + 1, f.count, f.name ?? "", otherFigures(f)));
    } else if (h?.source === "content") {
      const description = columnLetters(h.columns.description);
      const amount = h.columns.amount;
      facts.push(amount !== undefined ? t("cli.check.columnsByContent", description, columnLetters(amount)) : t("cli.check.descriptionByContent", description));
    } else if (h?.amountHeader) facts.push(t("cli.check.amountsFrom", h.amountHeader));
    if (h?.columns.costType !== undefined) facts.push(t("cli.check.costTypeFrom", columnLetters(h.columns.costType)));
    if (unit && amounts) facts.push(t("cli.check.unit", unit));
    if (rules.size) facts.push(t("cli.check.userRules", rules.size));
    if (out.length > 0) out.push("", "");
    const title = columns === null ? t("cli.check.title", file, budget.sheetName, t(`owner.${own}`)) : t("cli.check.titleBeside", file, budget.sheetName, columns, t(`owner.${own}`));
    out.push(title, `${facts.join("; ")}.`, "");
    if (notice !== null && budget === parts[0]?.budget) out.push(notice, "");
    if (budget.passedOver !== undefined) out.push(t("cli.check.passedOver", budget.passedOver.map((n) => `"${n}"`).join(", ")), "");
    // Loops, not push(...lines): 300,000 flagged lines would overflow the argument list.
    for (const l of flaggedText(checked, lang)) out.push(l);
    out.push("");
    for (const l of summaryText(checked, lang, unit, amounts)) out.push(l);
    if (readProblems.length > 0) {
      out.push("", t("cli.check.problems", readProblems.length));
      for (const rp of readProblems) out.push(`  ${rp.message[lang]}`);
    }
  }
  const lineCount = parts.reduce((n, part) => n + part.checked.length, 0);
  if (several) out.push("", sheetCount === parts.length ? t("cli.check.sheets", parts.length, lineCount) : t("cli.check.tables", parts.length, sheetCount, lineCount));
  if (outPath !== undefined) out.push("", t("cli.check.written", outPath, writtenSheet));
  // In pieces of a thousand lines: the text of 300,000 flagged lines is never joined into one string.
  for (let i = 0; i < out.length; i += 1000) io.out(`${out.slice(i, i + 1000).join("\n")}\n`);
  return 0;
}

