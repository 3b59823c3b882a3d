// `begrotingslab risk FILE`: the risk simulation of a register, for the
// paragraaf weerstandsvermogen.

import type { BLError, Lang } from "../src/core/types";
import { isError } from "../src/core/errors";
import { msg, words } from "../src/i18n/catalogue";
import { formatAmount, formatFixed, formatPercent } from "../src/i18n/format";
import { explain } from "../src/i18n/messages";
import { unitText } from "../src/i18n/units";
import { parseAmount } from "../src/budget/numbers";
import { amountMax } from "../src/risk/distributions";
import { gradeMeaning } from "../src/risk/grade";
import { registerProblemText, type RegisterRisk } from "../src/risk/register";
import { byContribution, natureShares, reportJson, riskReport, type RiskReport } from "../src/risk/report";
import { simulate } from "../src/risk/simulate";
import { checkField, RISK_FIELD_SPEC } from "../src/risk/validate";
import { isBudgetError } from "../io/budget-files";
import { readRegisterFile, type RegisterFile } from "../io/risk-files";
import { writeRiskResults } from "../io/risk-workbook";
import { checkOutput, WriteError } from "../io/safe-write";
import { writeProblem } from "../io/file-problems";
import { FORCE_FLAG, HELP_FLAG, JSON_FLAG, LANG_FLAG, type FlagSpec, type Parsed } from "./args";
import { jsonText } from "./terminal";
import type { Io } from "./io";

// Its flags live with the other commands' in ./help, so parsing a command line loads no command.
export { RISK_FLAGS } from "./help";

const TOP = 10;

type Numbers = { certainty?: number; runs?: number; seed?: number; available?: number };

/**
 * The numeric flags, read as a Dutch or an English reader writes numbers
 * ("0,95", "250.000"), each checked with the function arguments' ranges and
 * messages, naming the flag.
 */
function numericFlags(p: Parsed, lang: Lang): Numbers | string {
  const out: Numbers = {};
  for (const flag of ["certainty", "runs", "seed", "available"] as const) {
    const raw = p.flags[flag];
    if (typeof raw !== "string") continue;
    const n = parseAmount(raw);
    if (typeof n !== "number") return msg(lang, "cli.risk.badNumber", flag, raw);
    const bad: BLError | undefined = flag === "available" ? checkField("amount", n) : checkField(flag, n);
    if (bad) return explain(bad, lang, RISK_FIELD_SPEC, () => `--${flag}`);
    out[flag] = n;
  }
  return out;
}

/** An amount in the register's unit: whole from a thousand on, where cents would only be noise of the simulation. */
function money(x: number, lang: Lang): string {
  return formatAmount(Math.abs(x) >= 1000 ? Math.round(x) : x, lang);
}

function table(rows: readonly (readonly string[])[], right: readonly boolean[]): string[] {
  const w: number[] = [];
  for (const r of rows) r.forEach((c, j) => (w[j] = Math.max(w[j] ?? 0, c.length)));
  return rows.map((r) => `  ${r.map((c, j) => (right[j] ? c.padStart(w[j] ?? 0) : c.padEnd(w[j] ?? 0))).join("  ").trimEnd()}`);
}

function classLine(file: RegisterFile, lang: Lang): string | null {
  const read = file.read;
  if (read.classesUsed.length === 0) return null;
  const list = read.classesUsed.map((c) => `${msg(lang, `risk.class.${c}`)} ${formatPercent(read.classes.values[c], 0, lang)}`).join(", ");
  return read.classes.sheet ? msg(lang, "cli.risk.classesSheet", list, read.classes.sheet) : msg(lang, "cli.risk.classesDefault", list);
}

function text(file: RegisterFile, path: string, r: RiskReport, lang: Lang, availableSource: string | null): string[] {
  const t = words(lang);
  const s = r.simulation;
  const read = file.read;
  const ranges = read.risks.filter((x) => x.amount.kind !== "fixed").length;
  const out = [t("cli.risk.title", path, file.sheetName), t("cli.risk.read", read.risks.length, read.header?.row ?? 1, read.risks.length - ranges, ranges)];
  if (read.skippedHeadings + read.skippedTotals > 0) out.push(t("cli.risk.skipped", read.skippedHeadings, read.skippedTotals));
  if (read.percentColumn) out.push(t("cli.risk.percent"));
  const classes = classLine(file, lang);
  if (classes) out.push(classes);
  const unit = unitText(read.factor, lang);
  if (unit) out.push(t("cli.risk.unit", unit));
  const groups = new Map<string, number>();
  for (const x of read.risks) if (x.group !== "") groups.set(x.group.toLowerCase(), (groups.get(x.group.toLowerCase()) ?? 0) + 1);
  if (groups.size > 0) out.push(t("cli.risk.groups", groups.size, [...groups.values()].reduce((a, b) => a + b, 0)));
  out.push("");
  out.push(t("cli.risk.capacity", formatPercent(s.certainty, s.certainty * 100 === Math.round(s.certainty * 100) ? 0 : 1, lang), money(s.capacity, lang)));
  out.push(t("cli.risk.precision", money(s.standardError, lang), formatAmount(s.runs, lang), String(s.seed)));
  if (!s.converged) out.push(t("cli.risk.notConverged", formatAmount(s.runs, lang)));
  out.push(t("cli.risk.sum", money(s.sum, lang)));
  out.push(t("cli.risk.expected", money(s.expected, lang)));
  out.push(t("cli.risk.percentiles", money(s.p50, lang), money(s.p90, lang), money(s.p95, lang)));
  if (r.available !== null && availableSource !== null) {
    out.push(t("cli.risk.available", money(r.available, lang), availableSource));
    if (r.ratio === null || r.grade === null) out.push(t("cli.risk.noRatio"));
    else out.push(t("cli.risk.ratio", formatFixed(r.ratio, 2, lang), r.grade, gradeMeaning(r.grade)[lang]));
  } else out.push(t("cli.risk.noAvailable"));
  if (s.capacity > 0) {
    const n = natureShares(r);
    const pct = (x: number) => formatPercent(x / s.capacity, 0, lang);
    if (n.structural + n.incidental > 0) out.push(t("cli.risk.nature", pct(n.structural), pct(n.incidental), pct(n.unknown)));
    const top = byContribution(r).slice(0, TOP);
    out.push("", t("cli.risk.top", Math.min(TOP, r.risks.length)));
    const head = [t("cli.risk.col.row"), t("cli.risk.col.risk"), t("cli.risk.col.probability"), t("cli.risk.col.amount"), t("cli.risk.col.contribution"), t("cli.risk.col.share")];
    const rows = top.map((i) => {
      const risk = r.risks[i] as RegisterRisk;
      const c = r.contributions[i] as number;
      const name = risk.name.length > 50 ? `${risk.name.slice(0, 49)}…` : risk.name;
      return [String(risk.row), name, formatPercent(risk.probability, 0, lang), money(amountMax(risk.amount), lang), money(c, lang), formatPercent(c / s.capacity, 1, lang)];
    });
    for (const l of table([head, ...rows], [true, false, true, true, true, true])) out.push(l);
  }
  if (read.problems.length > 0) {
    out.push("", t("cli.risk.problems", read.problems.length));
    for (const p of read.problems) out.push(`  ${registerProblemText(p, lang)}`);
  }
  return out;
}

export async function runRisk(p: Parsed, lang: Lang, io: Io): Promise<number> {
  const t = words(lang);
  const [file, ...extra] = p.positional;
  if (file === undefined || extra.length > 0) {
    io.err(`${t("cli.risk.oneFile")}\n\n${t("cli.risk.help")}`);
    return 2;
  }
  const nums = numericFlags(p, lang);
  if (typeof nums === "string") {
    io.err(`${nums}\n`);
    return 2;
  }
  const outPath = typeof p.flags.out === "string" ? p.flags.out : undefined;
  if (outPath !== undefined) {
    if (!/\.xlsx$/i.test(outPath)) {
      io.err(`${t("cli.outMustBeXlsx", outPath)}\n`);
      return 2;
    }
    // Refused before any work: an existing file is never replaced without --force, the register never.
    const refusal = await checkOutput(outPath, { inputs: [file], force: p.flags.force === true });
    if (refusal) {
      io.err(`${refusal.message[lang]}\n`);
      return 1;
    }
  }
  const reg = await readRegisterFile(file, typeof p.flags.sheet === "string" ? { sheet: p.flags.sheet } : {});
  if (isBudgetError(reg)) {
    io.err(`${reg.message[lang]}\n`);
    return 1;
  }
  if (reg.read.risks.length === 0) {
    io.err(`${t("cli.risk.noRisks", file, reg.sheetName, reg.read.header?.row ?? 1)}\n`);
    for (const pr of reg.read.problems) io.err(`  ${registerProblemText(pr, lang)}\n`);
    return 1;
  }
  const sim = simulate(reg.read.risks, {
    contributions: true,
    ...(nums.certainty === undefined ? {} : { certainty: nums.certainty }),
    ...(nums.runs === undefined ? {} : { runs: nums.runs }),
    ...(nums.seed === undefined ? {} : { seed: nums.seed }),
  });
  if (isError(sim)) {
    io.err(`${explain(sim, lang, RISK_FIELD_SPEC)}\n`);
    return 1;
  }
  const available = nums.available ?? reg.available?.total ?? null;
  const availableSource = nums.available !== undefined ? t("cli.risk.availableFlag") : reg.available ? t("cli.risk.availableSheet", reg.available.sheet, reg.available.lines.length) : null;
  const report = riskReport(reg.read.risks, sim, available);

  if (outPath !== undefined) {
    try {
      await writeRiskResults(report, lang, { file: file.replace(/^.*[\\/]/, ""), sheet: reg.sheetName, factor: reg.read.factor }, outPath);
    } catch (e) {
      io.err(`${(e instanceof WriteError ? e.text : writeProblem(outPath, e))[lang]}\n`);
      return 1;
    }
  }
  if (p.flags.json) {
    io.out(`${jsonText(reportJson(report, { file, sheet: reg.sheetName, unitFactor: reg.read.factor }))}\n`);
    for (const pr of reg.read.problems) io.err(`${registerProblemText(pr, lang)}\n`);
    return 0;
  }
  const lines = text(reg, file, report, lang, availableSource);
  if (outPath !== undefined) lines.push("", t("cli.risk.written", outPath));
  io.out(`${lines.join("\n")}\n`);
  return 0;
}
