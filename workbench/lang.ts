import type { Lang } from "../src/core/types";

/** Dutch for a Dutch browser, English otherwise; the pane's choice takes over once it is known. */
export function browserLang(languages: readonly string[]): Lang {
  const first = languages[0] ?? "";
  return first.toLowerCase().startsWith("nl") ? "nl" : "en";
}
