// Reading a sheet area of any size: sized first, then read in row blocks
// under both limits a host has — Excel on the web answers at most 5 MB per
// request, Excel desktop may return null for a read over five million cells.
// Hidden rows are asked for block by block on the block's first column, so
// the visible-cells query never runs over a whole sheet.

import { hiddenRowsIn, type Rect } from "../host/a1";
import { TooLargeError, type BookOps, type Limits } from "../host/book";

/** Bytes per cell assumed before the first block is seen: generous, so the first block is not too large. */
const FIRST_GUESS_BYTES_PER_CELL = 48;
/** Share of the byte limit a block may fill by estimate (the rest covers a wrong guess). */
const BYTE_MARGIN = 0.6;

export interface AreaRead {
  readonly values: unknown[][];
  readonly hiddenRows: number[];
  /** The blocks read, as row counts (the tests check every one stayed under the limits). */
  readonly blocks: number[];
}

/** Rows per block for `cols` columns at `bytesPerCell`, within both limits. */
export function rowsPerBlock(cols: number, limits: Limits, bytesPerCell: number): number {
  const byCells = Math.floor(limits.cellsPerRead / Math.max(1, cols));
  const byBytes = Math.floor((limits.bytesPerRequest * BYTE_MARGIN) / (Math.max(1, cols) * Math.max(1, bytesPerCell)));
  return Math.max(1, Math.min(byCells, byBytes));
}

/** Estimated JSON size of a block of values (what a host sends back for it). */
export function jsonSize(rows: readonly (readonly unknown[])[]): number {
  let n = 2;
  for (const row of rows) {
    n += 3;
    for (const v of row) n += typeof v === "string" ? v.length + 3 : typeof v === "number" ? 12 : 6;
  }
  return n;
}

/**
 * Values (and hidden rows) of `area`, one block per request. A block the
 * host refuses as too large (or answers with null) is asked for again in
 * halves; the block size follows the bytes per cell seen so far.
 */
export async function readArea(ops: BookOps, sheet: string, area: Rect, limits: Limits, opts: { hidden?: boolean } = {}): Promise<AreaRead> {
  const values: unknown[][] = [];
  const hiddenRows: number[] = [];
  const blocks: number[] = [];
  let bytesPerCell = FIRST_GUESS_BYTES_PER_CELL;
  // Rows per block never grow past a size the host refused.
  let cap = Infinity;
  for (let done = 0; done < area.rows; ) {
    const n = Math.min(rowsPerBlock(area.cols, limits, bytesPerCell), cap, area.rows - done);
    const block: Rect = { top: area.top + done, left: area.left, rows: n, cols: area.cols };
    let got: unknown[][] | null;
    let visible: readonly Rect[] | null = null;
    try {
      const reads = [ops.values(sheet, block), opts.hidden ? ops.visibleRows(sheet, { ...block, cols: 1 }) : Promise.resolve(null)] as const;
      [got, visible] = await Promise.all(reads);
    } catch (e) {
      if (!(e instanceof TooLargeError)) throw e;
      got = null;
    }
    if (got === null) {
      if (n === 1) throw new TooLargeError(`one row of ${area.cols} cells is too large to read`);
      // Half as many rows, from now on: these cells are larger than estimated, or the host reads fewer at a time.
      cap = Math.max(1, Math.floor(n / 2));
      continue;
    }
    for (const row of got) values.push(row);
    if (visible) for (const r of hiddenRowsIn(block, visible)) hiddenRows.push(r);
    blocks.push(n);
    done += n;
    const seen = jsonSize(got) / Math.max(1, n * area.cols);
    bytesPerCell = Math.max(4, Math.ceil(seen * 1.25));
  }
  return { values, hiddenRows, blocks };
}
