// Function names between a file and the engine. An .xlsx file stores formulas
// with English function names whatever the user's language (SUM, not SOM),
// while the workbench engine speaks the user's language so a Dutch user can
// type =SOM(…) and =BL.VVE.VERGELIJK(…) as in Dutch Excel. Argument
// separators and decimal points are invariant in both (see engine/index.ts),
// so only function names differ.

import { HyperFormula } from "hyperformula";
import type { Lang } from "../src/core/types";
import { registerEngine } from "../engine";
import { HF_LANG } from "../engine/plugin";

/** The language of formulas in files: English names (both English packs carry the BL names). */
const FILE_LANG = "enGB";

// Prefixes Excel writes before newer or add-in functions in the file format.
const FILE_PREFIX = /^(?:_xlfn\.|_xlws\.|_xludf\.)+/i;

const mappings = new Map<string, Record<string, string>>();

/** The languages and BL names the engine registers (without building an engine, which would cost a parser's set-up). */
function ensureRegistered(code: string): void {
  if (!HyperFormula.getRegisteredLanguagesCodes().includes(code) || !HyperFormula.getFunctionPlugin("BL.LEVEL")) registerEngine();
}

/** Translated name (upper case) → function id, per HyperFormula language. */
function nameToId(code: string): Record<string, string> {
  ensureRegistered(code);
  let m = mappings.get(code);
  if (!m) {
    m = HyperFormula.getLanguage(code).buildFunctionMapping();
    mappings.set(code, m);
  }
  return m;
}

function translateName(name: string, from: string, to: string): string | null {
  const id = nameToId(from)[name.toUpperCase()];
  if (id === undefined) return null;
  ensureRegistered(to);
  return HyperFormula.getLanguage(to).getMaybeFunctionTranslation(id) ?? null;
}

const IDENT_START = /[A-Za-z_\u00c0-\uffff]/;
const IDENT_PART = /[A-Za-z0-9_.\u00c0-\uffff]/;

/**
 * Rewrites the function names of a formula (without or with its leading "=")
 * from one HyperFormula language to another. Text in double quotes and quoted
 * sheet names are copied untouched. Unknown names stay as written, so the
 * engine reports #NAME? for them just as Excel would.
 */
export function translateFormula(formula: string, from: string, to: string, opts: { stripFilePrefixes?: boolean } = {}): string {
  if (from === to && !opts.stripFilePrefixes) return formula;
  let out = "";
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula.charAt(i);
    if (ch === '"' || ch === "'") {
      // A quoted text or sheet name; a doubled quote is an escaped quote.
      let j = i + 1;
      for (;;) {
        const q = formula.indexOf(ch, j);
        if (q === -1) {
          j = n;
          break;
        }
        if (formula.charAt(q + 1) === ch) {
          j = q + 2;
          continue;
        }
        j = q + 1;
        break;
      }
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    const prev = i > 0 ? formula.charAt(i - 1) : "";
    if (IDENT_START.test(ch) && !IDENT_PART.test(prev) && prev !== "!" && prev !== "$") {
      let j = i + 1;
      while (j < n && IDENT_PART.test(formula.charAt(j))) j++;
      let word = formula.slice(i, j);
      let k = j;
      while (k < n && formula.charAt(k) === " ") k++;
      const next = formula.charAt(k);
      if (opts.stripFilePrefixes) word = word.replace(FILE_PREFIX, "");
      if (next === "(") {
        out += translateName(word, from, to) ?? word;
      } else if (next !== "!" && /^(TRUE|FALSE|WAAR|ONWAAR)$/i.test(word)) {
        // Excel writes the logical constants bare; the engine knows them as functions.
        const t = translateName(word, from, to);
        out += t === null ? word : `${t}()`;
      } else {
        out += word;
      }
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** A formula from a file (English names, no "=") as the engine in `lang` reads it, with "=". */
export function fromFileFormula(formula: string, lang: Lang): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  return `=${translateFormula(body, FILE_LANG, HF_LANG[lang], { stripFilePrefixes: true })}`;
}

/** An engine formula (with "=") as a file stores it: English names, no "=". */
export function toFileFormula(formula: string, lang: Lang): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  return translateFormula(body, HF_LANG[lang], FILE_LANG);
}

/** The name of a built-in function in the engine's language, e.g. HYPERLINK. */
export function engineFunctionName(id: string, lang: Lang): string {
  return HyperFormula.getLanguage(HF_LANG[lang]).getMaybeFunctionTranslation(id) ?? id;
}
