// The document as plain data and back: what the undo history keeps per step
// and what the browser keeps for recovery (IndexedDB). The same form the
// example is shipped in and a file is read into (./document.ts,
// PlainDocument): formulas with the file's English names, so a snapshot
// rebuilds in either language exactly as a file is opened (fromPlain).

import type { RawCellContent } from "hyperformula";
import { localErrorCode } from "../engine";
import { ERROR_CODES } from "../engine/plugin";
import { plainMeta, type PlainDocument } from "./document";
import { toFileFormula } from "./formula";
import type { WorkbookModel } from "./model";

/** Every sheet's contents (formulas, values, text with its apostrophe), formats, fills, names, the active cell. */
export function toPlain(model: WorkbookModel): PlainDocument {
  const hf = model.hf;
  const sheets = model.sheetNames().map((name) => {
    const id = model.sheetId(name);
    const content = hf.getSheetSerialized(id) as RawCellContent[][];
    // The cells of a spilled table hold values the engine computes from its formula: not contents.
    content.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v !== "string" || !v.startsWith("=") || !hf.isCellPartOfArray({ sheet: id, row: r, col: c })) return;
        for (let rr = r; rr < content.length; rr++) {
          const cells = content[rr] as RawCellContent[];
          if (!hf.isCellPartOfArray({ sheet: id, row: rr, col: c }) || (rr > r && hf.getCellFormula({ sheet: id, row: rr, col: c }) !== undefined)) break;
          for (let cc = c; cc < cells.length; cc++) {
            if (rr === r && cc === c) continue;
            const a = { sheet: id, row: rr, col: cc };
            if (!hf.isCellPartOfArray(a) || hf.getCellFormula(a) !== undefined) break;
            cells[cc] = null;
          }
        }
      }),
    );
    // In the file's language: English function names and error values.
    const errors = new Map(Object.values(ERROR_CODES).map((code) => [localErrorCode(code, model.lang), code]));
    const plain = content.map((row) =>
      (row ?? []).map((v) => (typeof v !== "string" ? v : v.startsWith("=") ? `=${toFileFormula(v, model.lang)}` : (errors.get(v) ?? v))),
    );
    return { name, content: plain, meta: plainMeta(model.sheetMeta(name)) };
  });
  const sel = model.selection();
  return {
    sheets,
    active: model.activeSheet(),
    activeCell: { row: sel.row, col: sel.col },
    fills: model.fills().map(({ id: _id, ...f }) => f),
    names: [...model.names],
  };
}

/** How many cells a snapshot holds, to bound the memory the history keeps. */
export function cellCount(plain: PlainDocument): number {
  let n = 0;
  for (const s of plain.sheets) for (const r of s.content) n += r.length;
  return n;
}
