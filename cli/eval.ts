// `begrotingslab eval F1 [F2 ...]`: formulas evaluated in the embedded engine.

import { readFileSync } from "node:fs";
import type { Lang } from "../src/core/types";
import { words } from "../src/i18n/catalogue";
import { evaluateFormulas, type JsonResult } from "../engine/evaluate";
import { fromUserFormula, isDutchSyntax } from "../src/core/syntax";
import { isErrorCell, renderResult } from "./format";
import type { Parsed } from "./args";
import type { Io } from "./io";
import { jsonText } from "./terminal";

/** A formula's result holds an error value, at the top or in a cell of its table. */
function hasError(r: JsonResult): boolean {
  return Array.isArray(r) ? r.some((row) => row.some(isErrorCell)) : isErrorCell(r);
}

function indent(s: string): string {
  return s
    .split("\n")
    .map((l) => `  ${l}`)
    .join("\n");
}

export function runEval(p: Parsed, lang: Lang, io: Io): number {
  const t = words(lang);
  const formulas = [...p.positional];
  const file = p.flags.file;
  if (typeof file === "string") {
    let content: string;
    try {
      content = readFileSync(file, "utf8");
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? "?";
      io.err(`${code === "ENOENT" ? t("cli.eval.fileMissing", file) : code === "EISDIR" ? t("cli.eval.fileIsFolder", file) : t("cli.eval.fileUnreadable", file, code)}\n`);
      return 1;
    }
    // A loop, not push(...lines): a file of 300,000 formulas would overflow the argument list.
    for (const raw of content.replace(/^\uFEFF/, "").split(/\r?\n/)) {
      const l = raw.trim();
      if (l !== "" && !l.startsWith("#")) formulas.push(l);
    }
  }
  if (formulas.length === 0) {
    io.err(`${t("cli.eval.noFormula")}\n`);
    return 2;
  }
  // In Dutch, a formula copied from Dutch Excel (";" between arguments, a decimal comma) is read as such;
  // one with commas between arguments keeps the invariant syntax the help shows.
  const results = evaluateFormulas(
    formulas.map((f) => (lang === "nl" && isDutchSyntax(f) ? fromUserFormula(f, "nl") : f)),
    lang,
  );
  // A script must be able to tell that a formula failed: the error is printed and the exit code says so.
  const failed = results.filter(hasError).length;
  if (p.flags.json) io.out(`${jsonText(results)}\n`);
  // One write per formula: 300,000 results never become one string.
  else formulas.forEach((f, i) => io.out(`${i > 0 ? "\n" : ""}${f}\n${indent(renderResult(results[i] ?? null, lang))}\n`));
  if (failed > 0) {
    io.err(`${t("cli.eval.errors", failed, formulas.length)}\n`);
    return 1;
  }
  return 0;
}
