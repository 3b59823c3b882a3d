// Excel's column letters, which every file format, the pane and the command line
// show, and their inverse, which every reader of addresses uses: one pair, so a
// sheet's columns are named and read alike everywhere.

/** The letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let s = "";
  for (let c = index + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/**
 * The span of a table's columns from its description to its amount, 0-based: (2, 3) → "C:D".
 * How the command line and the pane name a table printed beside another.
 */
export function columnSpan(first: number, last: number): string {
  return `${columnLetters(first)}:${columnLetters(last)}`;
}

/** Excel's last column, XFD. */
export const MAX_COLUMNS = 16_384;

/**
 * The 0-based column index of column letters ("A" → 0, "aa" → 26), either case;
 * -1 when they are not letters. Past XFD the index is MAX_COLUMNS or more
 * (counting stops there, so a long run of letters cannot overflow).
 */
export function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) {
    const c = letters.charCodeAt(i);
    const v = c >= 65 && c <= 90 ? c - 64 : c >= 97 && c <= 122 ? c - 96 : -1;
    if (v < 0) return -1;
    n = n * 26 + v;
    if (n > MAX_COLUMNS * 26) return n;
  }
  return n - 1;
}
