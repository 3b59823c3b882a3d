// The level check (LEVELS.md): which government should carry a budget line.
// Pure TypeScript, no host APIs, so the spreadsheet functions, the CLI and the
// task pane all share it.

export type { Level, LineInput, LineResult, Owner, Text, UserRuleRow, Verdict } from "./types";
export { LEVELS, OWNERS, OWNER_LEVEL, VERDICTS } from "./types";
export { CATEGORY_CODES, categoryNumber, isCategoryCode, type CategoryCode } from "./categories";
export { checkLine, checkLineRaw, CONFIDENT, moneyReading } from "./check";
export { compileRules, slowRuleProblems, type CompiledRules, type RuleProblem } from "./rules";
export { CATEGORY_LABELS, LEVEL_LABELS, parseOwner, VERDICT_LABELS, verdictText } from "./labels";
export { normalize } from "./normalize";
export { isTotalRule, ruleName } from "./rule-names";
export { readsAsTaakveld } from "./taakvelden";
