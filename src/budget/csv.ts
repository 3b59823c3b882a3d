// Pure csv parsing: decoding, RFC 4180 records and separator detection. Kept
// free of Node modules so the browser workbench can read csv files with the
// same rules as the command line (files.ts re-exports these).

/**
 * Decodes a csv file: UTF-8 with or without BOM, UTF-16 with BOM (Excel's
 * "Unicode text"), and Windows-1252 for files that are not valid UTF-8 —
 * Dutch Excel saves plain "CSV" in that encoding, "€" included.
 */
export function decodeText(buf: Uint8Array): string {
  return decodeCsv(buf).text;
}

export interface DecodedCsv {
  readonly text: string;
  /** 1-based lines of a file that is otherwise UTF-8 but had to be read as Windows-1252. */
  readonly windows1252Lines: readonly number[];
}

/**
 * Decodes a csv file line by line when it is neither wholly UTF-8 nor wholly
 * Windows-1252: a file pasted together from two exports has "Café" in UTF-8
 * on one line and "Café" in 1252 on the next, and reading it all as 1252
 * would turn the first into "CafÃ©". Each line is read in the encoding it is
 * valid in; the 1252 lines are named so the user can check them.
 */
export function decodeCsv(buf: Uint8Array): DecodedCsv {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: new TextDecoder("utf-8").decode(buf.subarray(3)), windows1252Lines: [] };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(buf.subarray(2)), windows1252Lines: [] };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(buf.subarray(2)), windows1252Lines: [] };
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  try {
    return { text: utf8.decode(buf), windows1252Lines: [] };
  } catch {
    // Not UTF-8 as a whole: line by line (a line feed is the same byte in both encodings).
  }
  const parts: string[] = [];
  const cp1252: number[] = [];
  let utf8Text = false;
  let line = 1;
  for (let start = 0; start < buf.length; line++) {
    let end = buf.indexOf(0x0a, start);
    end = end < 0 ? buf.length : end + 1;
    const seg = buf.subarray(start, end);
    let ascii = true;
    for (let i = 0; i < seg.length; i++) {
      if ((seg[i] as number) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) parts.push(decodeWindows1252(seg));
    else {
      try {
        parts.push(utf8.decode(seg));
        utf8Text = true;
      } catch {
        parts.push(decodeWindows1252(seg));
        cp1252.push(line);
      }
    }
    start = end;
  }
  // No line is UTF-8 beyond plain ASCII: the file is simply Windows-1252, as Dutch Excel saves "CSV".
  if (!utf8Text) return { text: decodeWindows1252(buf), windows1252Lines: [] };
  return { text: parts.join(""), windows1252Lines: cp1252 };
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F ("€" is 0x80). Decoded by
// hand because Node 20's TextDecoder("windows-1252") decodes as Latin-1 and
// turns "€" into a control character.
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeWindows1252(buf: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < buf.length; start += CHUNK) {
    const codes: number[] = [];
    const end = Math.min(buf.length, start + CHUNK);
    for (let i = start; i < end; i++) {
      const b = buf[i] ?? 0;
      codes.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b);
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join("");
}

/** RFC 4180 records: quoted fields may hold separators, line breaks and doubled quotes; CR, LF and CRLF all end a record. */
export function parseCsv(text: string, sep: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let i = 0;
  const n = text.length;
  const sepCode = sep.charCodeAt(0);
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (ch === 34 /* " */ && field === "") {
      // Quoted field: read up to the closing quote; "" is a literal quote.
      i++;
      let start = i;
      let parts = "";
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) {
          // Unterminated quote: the rest of the file is this field, as Excel reads it.
          parts += text.slice(start);
          i = n;
          break;
        }
        if (text.charCodeAt(q + 1) === 34) {
          parts += text.slice(start, q + 1);
          i = q + 2;
          start = i;
          continue;
        }
        parts += text.slice(start, q);
        i = q + 1;
        break;
      }
      field = parts;
      // Text after the closing quote up to the separator belongs to the field (lenient, like Excel).
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === sepCode || c === 10 || c === 13) break;
        field += text[i];
        i++;
      }
      continue;
    }
    if (ch === sepCode) {
      record.push(field);
      field = "";
      i++;
      continue;
    }
    if (ch === 10 || ch === 13) {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i += ch === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      continue;
    }
    // Plain run of characters up to the next separator, quote-free line break.
    let j = i + 1;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === sepCode || c === 10 || c === 13) break;
      j++;
    }
    field += text.slice(i, j);
    i = j;
  }
  if (field !== "" || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

const SEPARATORS = [";", "\t", ","] as const;
/** A figure with a decimal comma standing as a word of a text: " 466,2 ", "(2.713,3)". */
const DECIMAL_IN_TEXT = /(?<=^|[ \t])[-\u2212(]?\d[\d.]*,\d+\)?(?=[ \t]|\r?$)/gm;

/**
 * Picks the separator whose field count is the same on most records of the
 * file's start. Dutch amounts ("1.234,5") put commas in unquoted fields of a
 * ";" file, but never in the same number on every line, so consistency beats
 * frequency. Ties go to ";" (the Dutch Excel default), then tab, then ",".
 * A separator that splits fewer than half the lines into the same number of
 * fields splits none: a file of one column ("5. Sport, cultuur en recreatie",
 * a table pasted from a PDF and saved by Excel) has commas in its texts, not
 * between its fields.
 */
export function detectSeparator(text: string): string {
  const sample = text.slice(0, 64 * 1024);
  let best: { sep: string; score: number } = { sep: ";", score: 0 };
  let lines = 0;
  // Figures written with a decimal comma inside a text ("0.1 Bestuur 3.179,5 466,2"), as a table
  // pasted from a PDF into one column is saved: where most commas are such, they separate nothing.
  const commas = (sample.match(/,/g) ?? []).length;
  const decimal = (sample.match(DECIMAL_IN_TEXT) ?? []).length;
  for (const sep of SEPARATORS) {
    if (sep === "," && commas > 0 && decimal * 2 >= commas) continue;
    const counts = new Map<number, number>();
    const records = parseCsv(sample, sep).slice(0, 100);
    if (sep === ";") lines = records.filter((r) => r.some((f) => f.trim() !== "")).length;
    for (const rec of records) {
      if (rec.length < 2) continue;
      counts.set(rec.length, (counts.get(rec.length) ?? 0) + 1);
    }
    const score = Math.max(0, ...counts.values());
    if (score > best.score && score * 2 >= lines) best = { sep, score };
  }
  return best.sep;
}
