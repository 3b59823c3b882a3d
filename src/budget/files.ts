// Reading budget and rules tables from .xlsx and .csv files (command line and tests).
//
// Everything that can go wrong with a file is returned as a BudgetError value
// with a stable code and a message in Dutch and English; nothing here throws
// for a bad file, so the command line can print the message and exit cleanly.

import { promises as fsp } from "node:fs";
import * as nodePath from "node:path";
import { TextDecoder } from "node:util";
import ExcelJS from "exceljs";
import type { Text } from "../core/types";
import { type Cell, cellText, isBlank, isErrorValue, normalizeCell } from "./cells";
import { HEADER_SEARCH_ROWS, type ReadBudgetResult, detectHeader, readBudgetRows } from "./table";

export type BudgetErrorCode =
  | "fileNotFound"
  | "unreadable"
  | "unsupportedExtension"
  | "sheetNotFound"
  | "emptySheet"
  | "noHeader"
  | "rulesSheetNotFound"
  | "noRulesHeader"
  | "writeFailed"
  | "unsupportedOutput";

export interface BudgetError {
  readonly kind: "budgetError";
  readonly code: BudgetErrorCode;
  readonly message: Text;
  readonly path: string;
  /** The workbook's sheets, for errors where the user has to pick another one. */
  readonly sheetNames?: readonly string[];
  /** The underlying system message, for a bug report; not for the user. */
  readonly detail?: string;
}

export function isBudgetError(x: unknown): x is BudgetError {
  return typeof x === "object" && x !== null && (x as { kind?: unknown }).kind === "budgetError";
}

export interface BudgetFile {
  readonly sheetName: string;
  readonly sheetNames: readonly string[];
  readonly result: ReadBudgetResult;
}

/** Names of the sheets this tool writes or reads as rules: never a budget. */
export const CHECK_SHEET = "Niveaucheck";
const RULES_SHEETS = ["regels", "rules"];

export function budgetError(
  code: BudgetErrorCode,
  path: string,
  extra: { sheetNames?: readonly string[]; detail?: string; sheet?: string } = {},
): BudgetError {
  const file = nodePath.basename(path);
  const list = extra.sheetNames && extra.sheetNames.length > 0 ? extra.sheetNames.map((s) => `"${s}"`).join(", ") : "";
  const messages: Record<BudgetErrorCode, Text> = {
    fileNotFound: { nl: `Bestand niet gevonden: ${path}`, en: `File not found: ${path}` },
    unreadable: {
      nl: `${file} kan niet worden gelezen: het bestand is beschadigd of heeft niet de indeling die de extensie belooft.`,
      en: `${file} cannot be read: the file is damaged or not in the format its extension promises.`,
    },
    unsupportedExtension: {
      nl: `${file}: alleen .xlsx-, .xlsm- en .csv-bestanden worden gelezen. Sla het bestand in Excel op als .xlsx of .csv.`,
      en: `${file}: only .xlsx, .xlsm and .csv files are read. Save the file from Excel as .xlsx or .csv.`,
    },
    sheetNotFound: {
      nl: `Blad "${extra.sheet ?? ""}" bestaat niet in ${file}. Bladen: ${list}.`,
      en: `Sheet "${extra.sheet ?? ""}" does not exist in ${file}. Sheets: ${list}.`,
    },
    emptySheet: {
      nl: extra.sheet ? `Blad "${extra.sheet}" in ${file} is leeg.` : `${file} bevat geen gegevens.`,
      en: extra.sheet ? `Sheet "${extra.sheet}" in ${file} is empty.` : `${file} holds no data.`,
    },
    noHeader: {
      nl:
        `Geen begrotingstabel gevonden in ${extra.sheet ? `blad "${extra.sheet}" van ` : ""}${file}: ` +
        `in de eerste ${HEADER_SEARCH_ROWS} rijen staat geen kopregel met een omschrijving en een taakveld of bedrag` +
        `${list && !extra.sheet ? ` (bladen: ${list})` : ""}.`,
      en:
        `No budget table found in ${extra.sheet ? `sheet "${extra.sheet}" of ` : ""}${file}: ` +
        `the first ${HEADER_SEARCH_ROWS} rows hold no header with a description and a taakveld or amount` +
        `${list && !extra.sheet ? ` (sheets: ${list})` : ""}.`,
    },
    rulesSheetNotFound: {
      nl: `${file} heeft geen blad "Regels" of "Rules"${list ? ` (bladen: ${list})` : ""}.`,
      en: `${file} has no sheet "Regels" or "Rules"${list ? ` (sheets: ${list})` : ""}.`,
    },
    noRulesHeader: {
      nl: `Geen regeltabel gevonden in ${file}: verwacht kolommen als "Patroon" of "Taakveld" met "Categorie", "Oordeel" of "Niveau".`,
      en: `No rules table found in ${file}: expected columns such as "Pattern" or "Taakveld" with "Category", "Verdict" or "Level".`,
    },
    unsupportedOutput: {
      nl: `${file}: het controlebestand wordt als .xlsx geschreven, vanuit een .xlsx- of .csv-bestand. Werkmappen met macro's (.xlsm) worden niet gekopieerd omdat de macro's verloren zouden gaan.`,
      en: `${file}: the check workbook is written as .xlsx, from an .xlsx or .csv file. Macro workbooks (.xlsm) are not copied because their macros would be lost.`,
    },
    writeFailed: {
      nl: `${file} kan niet worden geschreven (is het bestand geopend in Excel?).`,
      en: `${file} cannot be written (is the file open in Excel?).`,
    },
  };
  return {
    kind: "budgetError",
    code,
    message: messages[code],
    path,
    ...(extra.sheetNames ? { sheetNames: extra.sheetNames } : {}),
    ...(extra.detail !== undefined ? { detail: extra.detail } : {}),
  };
}

export type FileKind = "xlsx" | "csv";

export function fileKind(path: string): FileKind | null {
  const ext = nodePath.extname(path).toLowerCase();
  if (ext === ".xlsx" || ext === ".xlsm") return "xlsx";
  if (ext === ".csv" || ext === ".txt") return "csv";
  return null;
}

/** Checks that the path is an existing file with an extension we read. */
async function checkFile(path: string): Promise<FileKind | BudgetError> {
  try {
    const st = await fsp.stat(path);
    if (!st.isFile()) return budgetError("unreadable", path, { detail: "not a regular file" });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return budgetError("fileNotFound", path);
    return budgetError("unreadable", path, { detail: String(e) });
  }
  return fileKind(path) ?? budgetError("unsupportedExtension", path);
}

// ---------------------------------------------------------------- xlsx

export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook | BudgetError> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (e) {
    return budgetError("unreadable", path, { detail: e instanceof Error ? e.message : String(e) });
  }
  return wb;
}

export interface SheetRows {
  /** rows[i] is sheet row i + 1; rows[i][j] is column j + 1. */
  readonly rows: Cell[][];
  readonly hiddenRows: ReadonlySet<number>;
}

/**
 * A worksheet as a dense 2D array of normalised values. The cells of a merged
 * range other than its top-left one are null, so a merged value is read once.
 * `maxRows` limits reading to the top of the sheet (header detection).
 */
export function worksheetRows(ws: ExcelJS.Worksheet, maxRows = Infinity): SheetRows {
  const rows: Cell[][] = [];
  const hiddenRows = new Set<number>();
  const take = (row: ExcelJS.Row, rowNumber: number): void => {
    if (row.hidden) hiddenRows.add(rowNumber);
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // A merged range's other cells report the master's value; keep it only at the master.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      while (cells.length < col - 1) cells.push(null);
      cells[col - 1] = normalizeCell(cell.value);
    });
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = cells;
  };
  if (maxRows === Infinity) {
    ws.eachRow({ includeEmpty: false }, take);
  } else {
    const last = Math.min(maxRows, ws.rowCount);
    for (let r = 1; r <= last; r++) {
      const row = ws.findRow(r);
      if (row) take(row, r);
    }
  }
  return { rows, hiddenRows };
}

function findSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const exact = wb.worksheets.find((w) => w.name === name);
  if (exact) return exact;
  const want = name.trim().toLowerCase();
  // Excel sheet names are case-insensitive, so "begroting" means "Begroting".
  return wb.worksheets.find((w) => w.name.trim().toLowerCase() === want);
}

function isToolSheet(name: string): boolean {
  const n = name.trim().toLowerCase();
  return n === CHECK_SHEET.toLowerCase() || RULES_SHEETS.includes(n);
}

async function readXlsxBudget(path: string, sheet: string | undefined): Promise<BudgetFile | BudgetError> {
  const wb = await loadWorkbook(path);
  if (isBudgetError(wb)) return wb;
  const sheetNames = wb.worksheets.map((w) => w.name);

  const readSheet = (ws: ExcelJS.Worksheet): BudgetFile | BudgetError => {
    const { rows, hiddenRows } = worksheetRows(ws);
    const result = readBudgetRows(rows, { hiddenRows });
    if (result.error) return budgetError(result.error.code, path, { sheetNames, sheet: ws.name });
    return { sheetName: ws.name, sheetNames, result };
  };

  if (sheet !== undefined) {
    const ws = findSheet(wb, sheet);
    if (!ws) return budgetError("sheetNotFound", path, { sheetNames, sheet });
    return readSheet(ws);
  }
  // Visible sheets first: a hidden sheet is usually a lookup list, not the budget.
  const candidates = wb.worksheets.filter((w) => !isToolSheet(w.name));
  const ordered = [...candidates.filter((w) => w.state === "visible"), ...candidates.filter((w) => w.state !== "visible")];
  let anyData = false;
  for (const ws of ordered) {
    const top = worksheetRows(ws, HEADER_SEARCH_ROWS).rows;
    if (top.some((r) => r.some((c) => !isBlank(c)))) anyData = true;
    if (detectHeader(top)) return readSheet(ws);
  }
  return budgetError(anyData ? "noHeader" : "emptySheet", path, { sheetNames });
}

// ---------------------------------------------------------------- csv

/**
 * Decodes a csv file: UTF-8 with or without BOM, UTF-16 with BOM (Excel's
 * "Unicode text"), and Windows-1252 for files that are not valid UTF-8 —
 * Dutch Excel saves plain "CSV" in that encoding, "€" included.
 */
export function decodeText(buf: Uint8Array): string {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return new TextDecoder("utf-8").decode(buf.subarray(3));
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder("utf-16le").decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder("utf-16be").decode(buf.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    return decodeWindows1252(buf);
  }
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

/**
 * Picks the separator whose field count is the same on most records of the
 * file's start. Dutch amounts ("1.234,5") put commas in unquoted fields of a
 * ";" file, but never in the same number on every line, so consistency beats
 * frequency. Ties go to ";" (the Dutch Excel default), then tab, then ",".
 */
export function detectSeparator(text: string): string {
  const sample = text.slice(0, 64 * 1024);
  let best: { sep: string; score: number } = { sep: ";", score: 0 };
  for (const sep of SEPARATORS) {
    const counts = new Map<number, number>();
    for (const rec of parseCsv(sample, sep).slice(0, 100)) {
      if (rec.length < 2) continue;
      counts.set(rec.length, (counts.get(rec.length) ?? 0) + 1);
    }
    const score = Math.max(0, ...counts.values());
    if (score > best.score) best = { sep, score };
  }
  return best.sep;
}

/** The sheet name a csv file gets in a workbook: its base name within Excel's rules (≤ 31 characters, no []:*?/\). */
export function csvSheetName(path: string): string {
  const base = nodePath
    .basename(path, nodePath.extname(path))
    .replace(/[[\]:*?/\\]/g, "_")
    .replace(/^'+|'+$/g, "")
    .slice(0, 31)
    .trim();
  return base === "" ? "Begroting" : base;
}

export async function readCsvRows(path: string): Promise<string[][] | BudgetError> {
  let buf: Buffer;
  try {
    buf = await fsp.readFile(path);
  } catch (e) {
    return budgetError("unreadable", path, { detail: String(e) });
  }
  const text = decodeText(buf);
  if (text.includes("\u0000")) return budgetError("unreadable", path, { detail: "binary content" });
  return parseCsv(text, detectSeparator(text));
}

/** Reads a budget table from an .xlsx or .csv file; without `sheet`, the first sheet with a recognisable header. */
export async function readBudgetFile(path: string, opts: { sheet?: string } = {}): Promise<BudgetFile | BudgetError> {
  const kind = await checkFile(path);
  if (isBudgetError(kind)) return kind;
  if (kind === "xlsx") return readXlsxBudget(path, opts.sheet);

  const rows = await readCsvRows(path);
  if (isBudgetError(rows)) return rows;
  const sheetName = csvSheetName(path);
  const sheetNames = [sheetName];
  // A csv holds one table; a sheet name that is not the file's own is an error, not ignored.
  if (opts.sheet !== undefined && opts.sheet.trim().toLowerCase() !== sheetName.toLowerCase()) {
    return budgetError("sheetNotFound", path, { sheetNames, sheet: opts.sheet });
  }
  const result = readBudgetRows(rows);
  if (result.error) return budgetError(result.error.code, path, { sheetNames });
  return { sheetName, sheetNames, result };
}

// ---------------------------------------------------------------- rules

export interface RuleRow {
  /** 1-based sheet row. */
  readonly row: number;
  readonly pattern: string | null;
  readonly taakveld: string | null;
  readonly category: string | null;
  readonly verdict: string | null;
  readonly level: string | null;
  readonly note: string | null;
}

type RuleField = Exclude<keyof RuleRow, "row">;

const RULE_KEYWORDS: Record<RuleField, readonly string[]> = {
  pattern: ["pattern", "patroon", "zoekterm", "trefwoord", "regex"],
  taakveld: ["taakveld", "taakveldcode", "iv3"],
  category: ["category", "categorie"],
  verdict: ["verdict", "oordeel"],
  level: ["level", "niveau", "bestuurslaag"],
  note: ["note", "notes", "toelichting", "opmerking", "opmerkingen"],
};
const RULE_FIELDS = Object.keys(RULE_KEYWORDS) as RuleField[];

function ruleHeader(row: readonly unknown[]): Partial<Record<RuleField, number>> | null {
  const found: Partial<Record<RuleField, number>> = {};
  row.forEach((v, col) => {
    const t = cellText(normalizeCell(v));
    if (t === null || t.length > 60) return;
    const words = t
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .split(/[^a-z0-9]+/);
    for (const f of RULE_FIELDS) {
      if (found[f] === undefined && RULE_KEYWORDS[f].some((k) => words.includes(k))) {
        found[f] = col;
        return;
      }
    }
  });
  const hasKey = found.pattern !== undefined || found.taakveld !== undefined;
  const hasOutcome = found.category !== undefined || found.verdict !== undefined || found.level !== undefined;
  return hasKey && hasOutcome ? found : null;
}

/**
 * Reads a user-rules table: the header within the first 30 rows, then one rule
 * per non-blank row, cell text as written (numbers as their JavaScript text,
 * error cells as null). Checking the values is the engine's job.
 */
export function readRulesTable(rows: unknown[][], opts: { rowOffset?: number } = {}): RuleRow[] | null {
  const offset = opts.rowOffset ?? 0;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let h = 0; h < limit; h++) {
    const cols = ruleHeader(rows[h] ?? []);
    if (!cols) continue;
    const rules: RuleRow[] = [];
    for (let i = h + 1; i < rows.length; i++) {
      const cells = (rows[i] ?? []).map(normalizeCell);
      const get = (f: RuleField): string | null => {
        const col = cols[f];
        if (col === undefined) return null;
        const c = cells[col] ?? null;
        return isErrorValue(c) ? null : cellText(c);
      };
      const rule: RuleRow = {
        row: i + 1 + offset,
        pattern: get("pattern"),
        taakveld: get("taakveld"),
        category: get("category"),
        verdict: get("verdict"),
        level: get("level"),
        note: get("note"),
      };
      if (RULE_FIELDS.every((f) => rule[f] === null)) continue;
      rules.push(rule);
    }
    return rules;
  }
  return null;
}

/** Reads user rules from the "Regels"/"Rules" sheet of an .xlsx file (or `sheet`), or from a csv file. */
export async function readRulesFile(path: string, opts: { sheet?: string } = {}): Promise<RuleRow[] | BudgetError> {
  const kind = await checkFile(path);
  if (isBudgetError(kind)) return kind;
  let rows: unknown[][];
  if (kind === "xlsx") {
    const wb = await loadWorkbook(path);
    if (isBudgetError(wb)) return wb;
    const sheetNames = wb.worksheets.map((w) => w.name);
    let ws: ExcelJS.Worksheet | undefined;
    if (opts.sheet !== undefined) {
      ws = findSheet(wb, opts.sheet);
      if (!ws) return budgetError("sheetNotFound", path, { sheetNames, sheet: opts.sheet });
    } else {
      ws = wb.worksheets.find((w) => RULES_SHEETS.includes(w.name.trim().toLowerCase()));
      if (!ws) return budgetError("rulesSheetNotFound", path, { sheetNames });
    }
    rows = worksheetRows(ws).rows;
  } else {
    const csv = await readCsvRows(path);
    if (isBudgetError(csv)) return csv;
    rows = csv;
  }
  return readRulesTable(rows) ?? budgetError("noRulesHeader", path);
}
