// Check rules found in the budget's own workbook were written by whoever made
// the workbook, not by the user running the check: a hidden "Regels" sheet
// with /./ → "Juist niveau" once made a check flag nothing, with "1 eigen
// regels" as the only hint. So their effect is measured and said in so many
// words: which sheet (hidden or not), how many rules, and which verdicts they
// changed, with the flag that leaves them out.

import type { WorkbookRules } from "../io/budget-files";
import type { BudgetLine } from "../src/budget";
import { checkBudget, verdictLabel, type CheckedLine } from "../src/check/budget";
import { VerdictChanges } from "../src/check/rule-effect";
import type { Lang } from "../src/core/types";
import { msg } from "../src/i18n/catalogue";
import { formatNumber } from "../src/i18n/format";
import { compileRules, type Owner, type UserRuleRow } from "../src/levels";

/**
 * The notice about a workbook's own rules: checks the lines again with only
 * the user's own rules (`fileRules`, from --rules) and names what the
 * workbook's rules changed. Null when the workbook has no rules.
 */
export function workbookRulesNotice(
  workbook: WorkbookRules | null | undefined,
  lines: readonly BudgetLine[],
  owner: Owner,
  fileRules: readonly UserRuleRow[],
  checked: readonly CheckedLine[],
  lang: Lang,
): string | null {
  if (!workbook || workbook.rules.length === 0) return null;
  const { rules } = compileRules(fileRules);
  const without = checkBudget(lines, rules.size > 0 ? { owner, rules } : { owner }).checked;
  const effect = new VerdictChanges();
  effect.add(without, checked);
  const changed = effect.lines;
  const changes = effect.list();
  const state = workbook.state === "visible" ? "" : msg(lang, `cli.check.workbookRules.${workbook.state}`);
  const list = changes.map((c) => msg(lang, "cli.check.workbookRules.change", formatNumber(c.count, lang), verdictLabel(c.from, lang), verdictLabel(c.to, lang))).join(", ");
  return msg(lang, "cli.check.workbookRules", workbook.sheetName, state, workbook.rules.length, changed, list);
}
