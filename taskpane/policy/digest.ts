// What the add-in wrote, remembered compactly so it can be recognised later:
// before clearing or deleting anything, the policy compares the cells with
// the digest of what it wrote, and leaves alone whatever a user changed.

/** Rows per digest: a changed cell keeps at most this many rows of results in place. */
export const DIGEST_ROWS = 64;

/**
 * cyrb53 (a fast 53-bit string hash, public domain), fed cell by cell so no
 * large string is built: an empty cell and "" are the same; a number and its
 * text are not.
 */
class Hasher {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;
  private code(ch: number): void {
    this.h1 = Math.imul(this.h1 ^ ch, 2654435761);
    this.h2 = Math.imul(this.h2 ^ ch, 1597334677);
  }
  cell(v: unknown): void {
    if (v === null || v === undefined || v === "") this.code(1);
    else {
      const s = typeof v === "number" ? `n${v}` : typeof v === "boolean" ? (v ? "b1" : "b0") : `s${String(v)}`;
      for (let i = 0; i < s.length; i++) this.code(s.charCodeAt(i));
      this.code(1);
    }
  }
  row(): void {
    this.code(2);
  }
  digest(): string {
    let h1 = Math.imul(this.h1 ^ (this.h1 >>> 16), 2246822507) ^ Math.imul(this.h2 ^ (this.h2 >>> 13), 3266489909);
    const h2 = Math.imul(this.h2 ^ (this.h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    h1 >>>= 0;
    return (4294967296 * (2097151 & h2) + h1).toString(36);
  }
}

/** Digests of `rows` (each `width` cells wide), one per DIGEST_ROWS rows. */
export function digestRows(rows: readonly (readonly unknown[] | undefined)[], width: number): string[] {
  const out: string[] = [];
  for (let start = 0; start < rows.length; start += DIGEST_ROWS) {
    const h = new Hasher();
    for (let i = start; i < Math.min(rows.length, start + DIGEST_ROWS); i++) {
      const row = rows[i];
      for (let k = 0; k < width; k++) h.cell(row?.[k]);
      h.row();
    }
    out.push(h.digest());
  }
  return out;
}

/**
 * The row spans (0-based, inclusive, relative to the block) whose cells are
 * still exactly as written, and those that changed. A block that grew or
 * shrank (rows inserted or deleted inside it) compares chunk by chunk from
 * the top, so everything after the change counts as changed: kept, never
 * cleared.
 */
export function compareDigest(expected: readonly string[], rows: readonly (readonly unknown[] | undefined)[], width: number): { same: [number, number][]; changed: [number, number][] } {
  const now = digestRows(rows, width);
  const same: [number, number][] = [];
  const changed: [number, number][] = [];
  const push = (list: [number, number][], from: number, to: number): void => {
    const last = list[list.length - 1];
    if (last && last[1] === from - 1) last[1] = to;
    else list.push([from, to]);
  };
  for (let k = 0; k < now.length; k++) {
    const from = k * DIGEST_ROWS;
    const to = Math.min(rows.length, from + DIGEST_ROWS) - 1;
    const ok = expected.length === now.length && expected[k] === now[k];
    push(ok ? same : changed, from, to);
  }
  return { same, changed };
}
