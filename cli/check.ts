// `begrotingslab check FILE`: the level check of a whole budget file.

import { isBudgetError, readBudgetFile, readRulesFile, type RuleRow } from "../io/budget-files";
import { writeCheckWorkbook } from "../io/check-workbook";
import { checkBudget, FLAGGED, formatAmount, inferOwner, isTotalLine, lineJson, RESULT_HEADERS, resultCells, summarize, verdictLabel, type CheckedLine } from "../src/check/budget";
import type { Lang } from "../src/core/types";
import { compileRules, parseOwner, verdictText, type Owner } from "../src/levels";
import type { Parsed } from "./args";
import type { Io } from "./io";

export const CHECK_HELP = {
  en: `Usage: begrotingslab check FILE [--sheet NAME] [--owner gemeente|provincie|rijk]
                          [--rules FILE] [--lang nl|en] [--json] [--out RESULT.xlsx]

Reads a budget (.xlsx or .csv) and checks every line: does it sit at the right
level of government (Rijk, provincie, gemeente, waterschap, or not a government
task at all)? Prints the flagged lines with the reason and a summary per verdict.

  --sheet NAME    the sheet to read (default: the first with a recognisable header)
  --owner WHO     whose budget this is (default gemeente); a column "Niveau",
                  "Overheid" or "Bestuurslaag" in the sheet sets it per line
  --rules FILE    your own rules (.xlsx with a sheet "Regels"/"Rules", or .csv):
                  columns pattern, taakveld, category or verdict, level, note.
                  A "Regels" sheet in the budget workbook is read as well.
  --json          one JSON array, one object per budget line
  --out FILE      a copy of the workbook with a new sheet "Niveaucheck" holding the
                  results and links to the rows; your own sheets stay as they are
`,
  nl: `Gebruik: begrotingslab check BESTAND [--sheet NAAM] [--owner gemeente|provincie|rijk]
                               [--rules BESTAND] [--lang nl|en] [--json] [--out UITKOMST.xlsx]

Leest een begroting (.xlsx of .csv) en toetst elke regel: staat die op het juiste
bestuursniveau (Rijk, provincie, gemeente, waterschap, of helemaal geen
overheidstaak)? Toont de gemarkeerde regels met de reden en een samenvatting per oordeel.

  --sheet NAAM      het blad om te lezen (standaard: het eerste met een herkenbare kopregel)
  --owner WIE       wiens begroting dit is (standaard gemeente); een kolom "Niveau",
                    "Overheid" of "Bestuurslaag" in het blad bepaalt het per regel
  --rules BESTAND   eigen regels (.xlsx met een blad "Regels"/"Rules", of .csv):
                    kolommen patroon, taakveld, categorie of oordeel, niveau, toelichting.
                    Een blad "Regels" in de begroting zelf wordt ook gelezen.
  --json            één JSON-array, één object per begrotingsregel
  --out BESTAND     een kopie van de werkmap met een nieuw blad "Niveaucheck" met de
                    uitkomsten en koppelingen naar de rijen; uw eigen bladen blijven zoals ze zijn
`,
};

const MAX_DESCRIPTION = 48;

function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

function flaggedText(checked: readonly CheckedLine[], lang: Lang): string[] {
  const flagged = checked.filter((c) => FLAGGED.includes(c.result.verdict));
  const nl = lang === "nl";
  const out = [nl ? `Gemarkeerde regels (${flagged.length}):` : `Flagged lines (${flagged.length}):`, ""];
  const rowWidth = Math.max(3, ...flagged.map((c) => String(c.line.row).length));
  for (const c of flagged) {
    const tv = c.line.taakveld === null ? "" : ` [${c.line.taakveld}]`;
    const amount = c.line.amount === null ? "" : formatAmount(c.line.amount, lang);
    const head = `${clip(c.line.description, MAX_DESCRIPTION)}${tv}`;
    out.push(`${String(c.line.row).padStart(rowWidth)}  ${head.padEnd(MAX_DESCRIPTION + 10)} ${amount.padStart(12)}  ${verdictText(c.result, lang)}`);
    out.push(`${" ".repeat(rowWidth)}  ${c.result.reason[lang]} (${c.result.rule})`);
  }
  return out;
}

function summaryText(checked: readonly CheckedLine[], lang: Lang): string[] {
  const nl = lang === "nl";
  const rows = summarize(checked).filter((s) => s.count > 0);
  const head = nl ? ["Oordeel", "Aantal", "Bedrag"] : ["Verdict", "Count", "Amount"];
  const cells = rows.map((s) => [verdictLabel(s.verdict, lang), String(s.count), formatAmount(s.amount, lang)]);
  const total = [nl ? "Totaal" : "Total", String(checked.length), formatAmount(rows.reduce((t, s) => t + s.amount, 0), lang)];
  const all = [head, ...cells, total];
  const w = [0, 1, 2].map((j) => Math.max(...all.map((r) => (r[j] ?? "").length)));
  const totals = checked.filter(isTotalLine).length;
  const note = totals > 0 ? (nl ? ` (bedragen zonder de ${totals} totaal- en subtotaalregels)` : ` (amounts without the ${totals} total and subtotal lines)`) : "";
  return [`${nl ? "Samenvatting per oordeel" : "Summary per verdict"}${note}:`, "", ...all.map((r) => `  ${(r[0] ?? "").padEnd(w[0] ?? 0)}  ${(r[1] ?? "").padStart(w[1] ?? 0)}  ${(r[2] ?? "").padStart(w[2] ?? 0)}`)];
}

export async function runCheck(p: Parsed, lang: Lang, io: Io): Promise<number> {
  const nl = lang === "nl";
  const [file, ...extra] = p.positional;
  if (file === undefined || extra.length > 0) {
    io.err(`${nl ? "Geef precies één begrotingsbestand." : "Give exactly one budget file."}\n\n${CHECK_HELP[lang]}`);
    return 2;
  }
  let owner: Owner = "gemeente";
  if (typeof p.flags.owner === "string") {
    const o = parseOwner(p.flags.owner);
    if (!o) {
      io.err(nl ? `--owner moet gemeente, provincie of rijk zijn, niet "${p.flags.owner}".\n` : `--owner must be gemeente, provincie or rijk, not "${p.flags.owner}".\n`);
      return 2;
    }
    owner = o;
  }

  const budget = await readBudgetFile(file, typeof p.flags.sheet === "string" ? { sheet: p.flags.sheet } : {});
  if (isBudgetError(budget)) {
    io.err(`${budget.message[lang]}\n`);
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
    ruleRows.push(...rules);
  }
  if (/\.xls[xm]$/i.test(file)) {
    const own = await readRulesFile(file);
    if (!isBudgetError(own)) ruleRows.push(...own);
  }
  if (typeof p.flags.owner !== "string") owner = inferOwner(budget.result.lines) ?? owner;
  const { rules, problems: ruleProblems } = compileRules(ruleRows);
  for (const rp of ruleProblems) io.err(`${nl ? "Regel overgeslagen" : "Rule skipped"}: ${rp.message[lang]}\n`);

  const { checked, problems } = checkBudget(budget.result.lines, rules.size > 0 ? { owner, rules } : { owner });
  const readProblems = [...budget.result.problems, ...problems].sort((a, b) => a.row - b.row);

  if (typeof p.flags.out === "string") {
    const written = await writeCheckWorkbook(
      file,
      p.flags.out,
      budget.sheetName,
      checked.map((c) => ({ row: c.line.row, cells: resultCells(c, lang) })),
      RESULT_HEADERS[lang],
      { linkHeader: nl ? "Rij" : "Row" },
    );
    if (isBudgetError(written)) {
      io.err(`${written.message[lang]}\n`);
      return 1;
    }
  }

  if (p.flags.json) {
    io.out(`${JSON.stringify(checked.map((c) => lineJson(c, lang)))}\n`);
    for (const rp of readProblems) io.err(`${rp.message[lang]}\n`);
    return 0;
  }

  const h = budget.result.header;
  const out: string[] = [];
  out.push(
    nl
      ? `Niveaucheck van ${file}, blad "${budget.sheetName}" (eigenaar: ${owner})`
      : `Level check of ${file}, sheet "${budget.sheetName}" (owner: ${owner})`,
  );
  out.push(
    nl
      ? `${checked.length} begrotingsregels gelezen vanaf rij ${h?.headerRow ?? "?"}${h?.amountHeader ? `; bedragen uit kolom "${h.amountHeader}"` : ""}${rules.size ? `; ${rules.size} eigen regels` : ""}.`
      : `${checked.length} budget lines read from row ${h?.headerRow ?? "?"}${h?.amountHeader ? `; amounts from column "${h.amountHeader}"` : ""}${rules.size ? `; ${rules.size} user rules` : ""}.`,
    "",
  );
  out.push(...flaggedText(checked, lang), "", ...summaryText(checked, lang));
  if (readProblems.length > 0) {
    out.push("", nl ? `Niet (volledig) gelezen regels (${readProblems.length}):` : `Lines not (fully) read (${readProblems.length}):`);
    for (const rp of readProblems) out.push(`  ${rp.message[lang]}`);
  }
  if (typeof p.flags.out === "string") {
    out.push("", nl ? `Uitkomsten geschreven naar ${p.flags.out} (blad "Niveaucheck").` : `Results written to ${p.flags.out} (sheet "Niveaucheck").`);
  }
  io.out(`${out.join("\n")}\n`);
  return 0;
}
