import type { BLError, Lang, Table } from "../core/types";
import { labelText } from "./labels";

export type PlainCell = number | string | boolean | BLError | null;

/** A table with its labels in the user's language; errors stay data for the adapter to render. */
export function localizeTable(t: Table, lang: Lang): PlainCell[][] {
  return t.rows.map((row) => row.map((c) => (c !== null && typeof c === "object" && c.kind === "label" ? labelText(c.key, lang) : c)));
}
