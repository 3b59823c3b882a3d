// The pane's policy in one place: the Host the task pane talks to, built
// over a host's primitive operations (taskpane/host/book.ts). Excel and the
// workbench differ only in their Book.
//
// Round trips per operation (Excel: context.sync calls; the tests count them):
//   readBudget     1 to see where the user is and how large the sheet is,
//                  then 1 per row block of the used range (values and hidden
//                  rows together), blocks sized under both read limits;
//                  1 more to find its own result columns when there are any.
//   writeResults   1 (the target block, sheets, formula syntax), 1 for a free
//                  workbook name, 1 per write part (one unless the results
//                  exceed a request); removing an earlier result first costs
//                  1 + 1 per read block + 1 for its fills.
//   removeResults  as that removal.
//   readSheet 2 + blocks, readCells 2, listSheets 1, writeSheet 2 (4 to
//   rewrite its own sheet), writeInputs 3, openRulesSheet 2, selectCell 2.

import type { Lang } from "../../src/core/types";
import type { Book } from "../host/book";
import { HostError, type BudgetRegion, type CellRef, type Host, type InputWrite, type PaneSettings, type Removal, type ResultPlan, type SheetCell, type SheetOptions, type WrittenArea } from "../host/types";
import { parseArea } from "../host/a1";
import { locateBudget } from "./locate";
import { text } from "../../src/i18n/catalogue";
import { readArea } from "./read";
import { removeResultsWith, storedWritten, WRITTEN_KEY, writeResultsWith } from "./results";
import { readRecord, writeRecords } from "./settings";
import { listSheetsWith, openRulesSheetWith, readCellsWith, readSheetWith, selectCellWith, writeInputsWith, writeSheetWith } from "./sheets";
import { revert, type UndoRecord, type UndoStep } from "./undo";

export const SETTINGS_KEY = "begrotingslab.settings";

/** The pane's language for a display language: Dutch for any Dutch locale. */
export function paneLanguage(displayLanguage: string): Lang {
  return displayLanguage.trim().toLowerCase().startsWith("nl") ? "nl" : "en";
}

export function createPaneHost(book: Book): Host {
  const listeners = new Set<(r: UndoRecord) => void>();
  const emit = (action: UndoRecord["action"], steps: readonly UndoStep[]): void => {
    if (steps.length === 0) return;
    const record: UndoRecord = { action, steps };
    for (const l of listeners) l(record);
  };
  const language = (): Lang => paneLanguage(book.displayLanguage());

  async function readBudget(): Promise<BudgetRegion> {
    const written = await storedWritten(book);
    return book.batch(async (ops) => {
      const pos = await ops.position();
      let sheet = pos.sheet;
      let used = pos.used;
      let where: { row: number; col: number; selection?: (typeof pos.selection)[number] } = { row: pos.row, col: pos.col, ...(pos.selection[0] ? { selection: pos.selection[0] } : {}) };
      // On the add-in's own result sheet, the budget is the one it belongs to.
      if (written?.kind === "sheet" && written.sheet.toLowerCase() === sheet.toLowerCase()) {
        const source = (await ops.sheets()).find((s) => s.name.toLowerCase() === written.source.toLowerCase());
        if (source) {
          sheet = source.name;
          where = { row: 1, col: 1 };
          used = await ops.usedRect(sheet);
        }
      }
      if (!used) throw new HostError(text("pane.host.emptySheet"));
      const { values, hiddenRows } = await readArea(ops, sheet, used, book.limits, { hidden: true });
      const own = written?.kind === "columns" && written.sheet.toLowerCase() === sheet.toLowerCase() ? (await ops.name(written.name))?.area ?? parseArea(written.range) : null;
      const found = locateBudget({ values, top: used.top, left: used.left, rows: used.rows, cols: used.cols }, where, own ? [own] : []);
      if (!found) throw new HostError(text("pane.host.noBudget"));
      const a = found.area;
      const full = a.left === used.left && a.cols === used.cols;
      const rows: unknown[][] = [];
      for (let r = a.top; r < a.top + a.rows; r++) {
        const row = values[r - used.top] ?? [];
        rows.push(full ? row : row.slice(a.left - used.left, a.left - used.left + a.cols));
      }
      const hidden = hiddenRows.filter((r) => r >= a.top && r < a.top + a.rows);
      return { sheet, top: a.top, left: a.left, values: rows, hiddenRows: hidden, source: found.source, ...(found.rows ? { rows: found.rows } : {}), ...(found.title !== undefined ? { title: found.title } : {}) };
    });
  }

  async function getSettings(): Promise<PaneSettings> {
    const stored = await readRecord(book, SETTINGS_KEY);
    const base: PaneSettings = stored && typeof stored === "object" && !Array.isArray(stored) ? (stored as PaneSettings) : {};
    const { written: _ignored, ...rest } = base;
    const written = await storedWritten(book);
    return written ? { ...rest, written } : rest;
  }

  async function setSettings(settings: PaneSettings): Promise<void> {
    // `written` is kept by writeResults/removeResults under its own key; a pane
    // that saves settings it built from scratch must not lose the record of
    // what is in the workbook.
    const { written: _ignored, ...rest } = settings;
    await writeRecords(book, { [SETTINGS_KEY]: rest });
  }

  return {
    kind: book.kind,
    language,
    readBudget,
    readSheet: (name) => readSheetWith(book, name),
    async writeResults(plan: ResultPlan): Promise<WrittenArea> {
      const { written, steps } = await writeResultsWith(book, plan, language());
      emit("results", steps);
      return written;
    },
    async removeResults(): Promise<Removal> {
      const { removal, steps } = await removeResultsWith(book);
      emit("removeResults", steps);
      return removal;
    },
    selectCell: (ref: CellRef) => selectCellWith(book, ref),
    async openRulesSheet(header: readonly string[]): Promise<void> {
      emit("rulesSheet", await openRulesSheetWith(book, header));
    },
    getSettings,
    setSettings,
    listSheets: () => listSheetsWith(book),
    readCells: (refs) => readCellsWith(book, refs),
    async writeSheet(name: string, cells: readonly SheetCell[], opts?: SheetOptions): Promise<string> {
      const out = await writeSheetWith(book, name, cells, opts);
      emit("sheet", out.steps);
      return out.name;
    },
    async writeInputs(sheet: string, cells: readonly InputWrite[]): Promise<void> {
      emit("inputs", await writeInputsWith(book, sheet, cells));
    },
    openWorkbook: (bytes, fileName) => book.deliver(bytes, fileName),
    onRecord(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    undo: (record) => revert(book, record),
  };
}

export { WRITTEN_KEY };
