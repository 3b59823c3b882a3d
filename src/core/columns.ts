// Excel's column letters, which every file format, the pane and the command line
// show: one function, so a sheet's columns are named alike everywhere.

/** The letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let s = "";
  for (let c = index + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}
