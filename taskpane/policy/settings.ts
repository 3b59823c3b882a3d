// The pane's records in the workbook's settings, written the same way on
// every host: JSON under a key, split into parts below Excel's 32,767
// characters per cell when large (the workbench keeps settings in cells, and
// a workbook saved by it carries them to Excel).

import type { Book } from "../host/book";

/** Characters per stored part: below a cell's 32,767 with room to spare. */
export const SETTINGS_CHUNK = 30_000;
const CHUNKED = /^chunked:(\d+)$/;

function partKey(key: string, i: number): string {
  return `${key}#${i}`;
}

/** How many parts a key uses now (0 when it holds its value directly or nothing). */
async function partsOf(book: Book, key: string): Promise<number> {
  const head = await book.readSetting(key);
  const m = head === null ? null : CHUNKED.exec(head);
  return m ? Number(m[1]) : 0;
}

/** The JSON stored under `key`, joined from its parts; null when absent or unreadable. */
export async function readRecord(book: Book, key: string): Promise<unknown> {
  const head = await book.readSetting(key);
  if (head === null) return null;
  const m = CHUNKED.exec(head);
  let text = head;
  if (m) {
    const parts: string[] = [];
    for (let i = 0; i < Number(m[1]); i++) {
      const part = await book.readSetting(partKey(key, i));
      if (part === null) return null;
      parts.push(part);
    }
    text = parts.join("");
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // A damaged record must not stop the pane: it starts afresh for this key.
    return null;
  }
}

/** The entries that store `value` (null: remove) under `key`, dropping parts a longer earlier value used. */
export async function recordEntries(book: Book, key: string, value: unknown): Promise<Record<string, string | null>> {
  const before = await partsOf(book, key);
  const entries: Record<string, string | null> = {};
  if (value === null || value === undefined) {
    entries[key] = null;
  } else {
    const json = JSON.stringify(value);
    if (json.length <= SETTINGS_CHUNK) entries[key] = json;
    else {
      const n = Math.ceil(json.length / SETTINGS_CHUNK);
      entries[key] = `chunked:${n}`;
      for (let i = 0; i < n; i++) entries[partKey(key, i)] = json.slice(i * SETTINGS_CHUNK, (i + 1) * SETTINGS_CHUNK);
    }
  }
  for (let i = 0; i < before; i++) if (!(partKey(key, i) in entries)) entries[partKey(key, i)] = null;
  return entries;
}

export async function writeRecords(book: Book, records: Readonly<Record<string, unknown>>): Promise<void> {
  const entries: Record<string, string | null> = {};
  for (const [key, value] of Object.entries(records)) Object.assign(entries, await recordEntries(book, key, value));
  await book.writeSettings(entries);
}
