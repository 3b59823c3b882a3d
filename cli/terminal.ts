// What reaches the terminal. A budget's descriptions are the budget author's
// text: an escape sequence in one ("\x1b[2K\x1b[1A") could erase or overwrite
// the flagged lines printed before it, a bidirectional override could show a
// line reversed. Everything printed passes here: control characters (except
// tab and line feed), C1 controls and bidirectional controls are removed.
// JSON output escapes them instead, so the data stays exact.

// C0 except tab (09) and line feed (0a); DEL; C1; bidi marks, embeddings, overrides and isolates.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text with every character removed that a terminal would act on instead of showing. */
export function terminalText(s: string): string {
  return s.replace(UNSAFE, "");
}

// JSON.stringify escapes C0 already; these it leaves raw.
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** JSON text in which no character can act on a terminal; parses to the same value. */
export function jsonText(value: unknown): string {
  return JSON.stringify(value).replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
