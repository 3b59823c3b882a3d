// The message catalogue: every text a user reads, one catalogue per language
// (src/i18n/en, src/i18n/nl), looked up by key. Code names a key and passes
// the facts; the words live only here. TypeScript holds the Dutch catalogue to
// the English one's keys and argument types, and test/i18n checks both at run
// time and that no user-facing string is built outside the catalogue.

import type { Lang, Text } from "../core/types";
import { EN } from "./en";
import { NL } from "./nl";

export type Messages = typeof EN;
export type Key = keyof Messages;
/** The arguments a message takes: none for a fixed text. */
export type Args<K extends Key> = Messages[K] extends (...a: infer A) => string ? A : [];

// The assignment is the compile-time check that Dutch has every English key with the same arguments.
const DUTCH: Messages = NL;
export const CATALOGUES: Readonly<Record<Lang, Messages>> = { en: EN, nl: DUTCH };

type Entry = string | ((...a: never[]) => string);

/** The text of `key` in `lang`. */
export function msg<K extends Key>(lang: Lang, key: K, ...args: Args<K>): string {
  const e = CATALOGUES[lang][key] as Entry;
  return typeof e === "function" ? (e as (...a: Args<K>) => string)(...args) : e;
}

/** The text of `key` in both languages, for values that travel before a language is chosen (errors, reasons). */
export function text<K extends Key>(key: K, ...args: Args<K>): Text {
  return { nl: msg("nl", key, ...args), en: msg("en", key, ...args) };
}

/** A lookup bound to one language: `const t = words(lang); t("cli.noFormula")`. */
export function words(lang: Lang): <K extends Key>(key: K, ...args: Args<K>) => string {
  return (key, ...args) => msg(lang, key, ...args);
}

/** Whether `key` is in the catalogue, for keys made from data (a rule id, a verdict code). */
export function isKey(key: string): key is Key {
  return Object.prototype.hasOwnProperty.call(EN, key);
}
