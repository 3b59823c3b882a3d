// The level check's words (English): verdicts, levels, check rules by name,
// and the reasons the engine gives when no built-in rule decides. The reasons
// of the built-in rules themselves are data of those rules (src/levels/builtin.ts),
// as the function help is data of the function catalogue. Dutch: ../nl/levels.ts.

export const levels = {
  "verdict.OK": "Right level",
  "verdict.CONDITIONAL": "Conditional",
  "verdict.QUESTIONABLE": "Questionable",
  // The essay's view of who should carry the line, not an audit finding (issue 14); the code WRONG_LEVEL stays for filters and exports.
  "verdict.WRONG_LEVEL": "Better at another level, according to Allers (2017)",
  "verdict.NOT_GOVERNMENT": "Not a government task",
  "verdict.NEUTRAL": "Not applicable",
  "verdict.UNKNOWN": "Unknown",
  "verdict.withLevel": (verdict: string, level: string) => `${verdict}: ${level}`,

  "level.RIJK": "national government",
  "level.PROVINCIE": "province",
  "level.GEMEENTE": "municipality",
  "level.WATERSCHAP": "water board",
  "level.MARKT": "market",

  "owner.gemeente": "municipality",
  "owner.provincie": "province",
  "owner.rijk": "national government",
  "owner.waterschap": "water board",

  // A check rule named for a reader: the flagged list, the result columns and the command line.
  "rule.builtin": (name: string) => `built-in check rule: ${name}`,
  "rule.taakveld": (code: string) => `built-in check rule: taakveld ${code}`,
  "rule.none": "no check rule decides this line",
  "rule.user": (row: number) => `your check rule on row ${row}`,
  "rule.override": "your own verdict",
  "rule.unnamed": "built-in check rule",

  // Columns of the check results (the Niveaucheck sheet, the result columns, --out).
  "result.description": "Description",
  "result.taakveld": "Taakveld",
  "result.amount": "Amount",
  "result.owner": "Owner",
  "result.verdict": "Verdict",
  "result.level": "Level",
  "result.category": "Category",
  "result.reason": "Reason",
  "result.rule": "Check rule",
  "result.confidence": "Confidence",
  "result.row": "Row",
  "result.sheet": "Sheet",

  // The summary per verdict (command line, pane, council workbook).
  "summary.verdict": "Verdict",
  "summary.count": "Count",
  "summary.amount": "Amount",
  "summary.total": "Total",
  "summary.totalsLeftOut": (n: number) => `${n} total and subtotal lines are left out of counts and amounts alike: they repeat other lines.`,

  // The header of a new rules sheet.
  "rulesSheet.pattern": "Pattern",
  "rulesSheet.taakveld": "Taakveld",
  "rulesSheet.category": "Category",
  "rulesSheet.verdict": "Verdict",
  "rulesSheet.level": "Level",
  "rulesSheet.note": "Note",

  "levels.noSignal": "No check rule recognises this description; judge the budget line yourself or add a check rule of your own.",
  "levels.instrument": (line: string) => `"${line}" names one of the Rijk's financial instruments; alone, with no heading above it naming a task, the line is most likely the sum of that instrument's lines in its article: a total, not a policy task. Check that the lines it sums are in the budget.`,
  "levels.kindOnly": (word: string) => `Its words ("${word}") say what kind of line this is, not for which task, and no heading above it names one; judge the budget line yourself or add a check rule of your own.`,
  "levels.conflict": (a: string, b: string) => `Conflicting signals (${a} versus ${b}); judge the budget line yourself.`,
  "levels.both": (ok: string, conditional: string, reason: string) => `The line names ${ok}, which fits this level, and ${conditional}, which fits on conditions: as a whole on those conditions. ${reason}`,
  "levels.weak": (a: string) => `Signal too weak for a verdict (possibly ${a}); judge the budget line yourself.`,
  "levels.readAs": (reason: string, corrected: string) => `${reason} (Read as "${corrected}".)`,
  "levels.unsure": (confidence: string) => ` — unsure: confidence ${confidence} (such answers were mostly wrong on budgets the check was not fitted to; look at the line yourself)`,
  "levels.bookedAs": (costType: string, reason: string) => `Booked as "${costType}", whatever the cost centre: ${reason}`,
  "levels.readUnder": (heading: string, reason: string) => `Read under "${heading}": ${reason}`,
  "levels.fewKnown": (reason: string) => `${reason} (Four or more words of this line are not in the check's vocabulary: the answer rests on the few it knows; less certain.)`,
  "levels.payee": (reason: string) => `${reason} (The line names who receives the money, not the task: whether it pays for this budget's own task or the recipient's, it does not say; less certain.)`,
  "levels.userReason": (row: number) => `Decided by your own check rule on row ${row}.`,
  "levels.override": (verdict: string, was: string) => `Set by hand: ${verdict} (was ${was}).`,
  "levels.badOwner": (row: number, owner: string, used: string) => `Row ${row}: owner "${owner}" is not gemeente, provincie, rijk or waterschap; checked as ${used}.`,

  "rules.skipped": (row: number, why: string) => `Row ${row}: ${why}; check rule skipped.`,
  "rules.noPatternNoTaakveld": "no pattern and no taakveld",
  "rules.badFlag": (regex: string) => `unknown flag in ${regex}`,
  "rules.badRegex": (why: string) => `invalid regular expression (${why})`,
  "rules.noLetters": (pattern: string) => `pattern "${pattern}" has no letters or digits`,
  "rules.badTaakveld": (code: string) => `taakveld "${code}" is not a known Iv3 code`,
  "rules.badCategory": (text: string) => `unknown category "${text}"`,
  "rules.badVerdict": (text: string) => `unknown verdict "${text}"`,
  "rules.badLevel": (text: string) => `unknown level "${text}"`,
  "rules.unreadable": (why: string) => `unreadable check rule (${why})`,
  "rules.nothingDecided": "no category, verdict or level",
};
