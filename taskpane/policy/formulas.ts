// Every formula the add-in writes is spelled here, for the host it goes to.
//
// Templates and links are written in one invariant form: English names, ","
// between arguments, "." as decimal point, no leading "=". A host declares
// how it reads formulas (FormulaSyntax): Excel's `formulasLocal` wants the
// separators of the user's regional settings (application.cultureInfo, not
// the display language: a Dutch Excel with English regional settings takes
// "," and "."), and custom functions by the names of the metadata Excel
// loaded — Dutch only where the manifest registers the Dutch metadata. An
// English custom-function name under a Dutch Excel gives #NAME?, also
// through the invariant `formulas` (OfficeDev/office-js#891).

import { CATALOGUE } from "../../src/catalogue";
import { NAMESPACE, fullName } from "../../src/core/spec";
import type { FormulaSyntax } from "../host/book";
import { quoteSheet } from "../host/a1";

/** Display languages for which the manifest registers the Dutch function metadata (functions-nl.json). */
export const DUTCH_METADATA_LOCALES: readonly string[] = ["nl-NL", "nl-BE"];

/** True when Excel loads the Dutch function names for this display language. */
export function hasDutchMetadata(displayLanguage: string): boolean {
  const tag = displayLanguage.trim().toLowerCase();
  return DUTCH_METADATA_LOCALES.some((l) => l.toLowerCase() === tag);
}

/** The language Excel shows built-in function names in under `formulasLocal`. */
export function builtinLanguage(displayLanguage: string): "nl" | "en" {
  return displayLanguage.trim().toLowerCase().startsWith("nl") ? "nl" : "en";
}

/**
 * Built-in functions the add-in writes, by language. Dutch Excel and the
 * engine's Dutch pack agree on these (a test holds them to HyperFormula's
 * nlNL names); a formula using any other built-in is refused rather than
 * risk a #NAME? in one language.
 */
export const BUILTINS: Readonly<Record<"nl" | "en", Readonly<Record<string, string>>>> = {
  // SUM: the risk register's simple sum and the total of its available capacity.
  en: { INDEX: "INDEX", HYPERLINK: "HYPERLINK", SUM: "SUM" },
  nl: { INDEX: "INDEX", HYPERLINK: "HYPERLINK", SUM: "SOM" },
};

/** The engine and Excel's `formulas` read this syntax; useful for tests and the invariant fallback. */
export function invariantSyntax(customNames: "nl" | "en", namespace = NAMESPACE): FormulaSyntax {
  return { api: "invariant", builtinNames: "en", customNames, namespace, argumentSeparator: ",", decimalSeparator: ".", source: "invariant" };
}

/**
 * The syntax for Excel's `formulasLocal` from the regional decimal separator.
 * Excel takes ";" between arguments wherever the decimal separator is ",";
 * otherwise ",". (Office.js does not expose the list separator itself.)
 */
export function localSyntax(displayLanguage: string, decimalSeparator: string, namespace: string): FormulaSyntax {
  const decimal = decimalSeparator === "," ? "," : ".";
  return {
    api: "local",
    builtinNames: builtinLanguage(displayLanguage),
    customNames: hasDutchMetadata(displayLanguage) ? "nl" : "en",
    namespace,
    argumentSeparator: decimal === "," ? ";" : ",",
    decimalSeparator: decimal,
    source: "cultureInfo",
  };
}

let customByEnglish: Map<string, { nl: string; en: string }> | null = null;

/** BL names without the namespace, keyed by the upper-case English full name. */
function customNames(): Map<string, { nl: string; en: string }> {
  if (!customByEnglish) {
    customByEnglish = new Map(CATALOGUE.map((spec) => [fullName(spec, "en").toUpperCase(), { nl: spec.name.nl, en: spec.name.en }]));
  }
  return customByEnglish;
}

export class FormulaSpellingError extends Error {}

/**
 * `formula` (invariant, English names, without "=") as the host reads it,
 * with the leading "=". Text in double quotes and quoted sheet names are
 * copied as they are.
 */
export function spell(formula: string, syntax: FormulaSyntax): string {
  let out = "=";
  for (let i = 0; i < formula.length; ) {
    const ch = formula.charAt(i);
    if (ch === '"' || ch === "'") {
      // A string or a quoted sheet name: up to the closing quote (doubled quotes stay inside).
      let j = i + 1;
      while (j < formula.length) {
        if (formula.charAt(j) === ch) {
          if (formula.charAt(j + 1) === ch) j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "{") throw new FormulaSpellingError(`array constants are not spelled for hosts: ${formula}`);
    const name = /^[A-Za-z_][A-Za-z0-9_.]*(?=\()/.exec(formula.slice(i));
    if (name) {
      out += functionName(name[0], syntax);
      i += name[0].length;
      continue;
    }
    const num = /^\d+\.\d+/.exec(formula.slice(i));
    if (num && !/[A-Za-z0-9_.$]/.test(formula.charAt(i - 1))) {
      out += num[0].replace(".", syntax.decimalSeparator);
      i += num[0].length;
      continue;
    }
    out += ch === "," ? syntax.argumentSeparator : ch;
    i++;
  }
  return out;
}

function functionName(name: string, syntax: FormulaSyntax): string {
  const upper = name.toUpperCase();
  const custom = customNames().get(upper);
  if (custom) return `${syntax.namespace}.${custom[syntax.customNames]}`;
  const builtin = BUILTINS[syntax.builtinNames][upper];
  if (builtin === undefined) throw new FormulaSpellingError(`the add-in does not write ${name} (not in BUILTINS)`);
  return builtin;
}

/**
 * A link to a row of a sheet, showing the row number as text:
 * HYPERLINK("#'Sheet'!A12","12"). Text, because the workbench's engine gives
 * a link's label as text whatever it is, and both hosts must read back the
 * same value.
 */
export function rowLink(sheet: string, row: number, syntax: FormulaSyntax): string {
  const target = `#${quoteSheet(sheet)}!A${row}`;
  return spell(`HYPERLINK("${target.replace(/"/g, '""')}","${row}")`, syntax);
}
