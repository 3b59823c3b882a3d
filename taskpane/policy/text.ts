// "Keep as text": what the pane writes as text must stay text in every host.
// Excel (and the workbench's engine, which reads input the same way) parses a
// string written into a cell as if it was typed: "0.10" becomes the number
// 0.1, "1-2" a date, "- note" or "=x" a formula, "waar" a logical value. A
// leading apostrophe keeps it text and is not part of the cell's value.

/** The input that makes a cell hold exactly `s` as text. */
export function typedText(s: string): string {
  if (s === "") return s;
  if (/^[\s=+\-@'#.,(%€$\d]/.test(s) || /^(true|false|waar|onwaar)$/i.test(s.trim())) return `'${s}`;
  return s;
}

/** The value a host reads back from a cell written with `input` (not for formulas). */
export function valueOfInput(input: string | number | boolean): string | number | boolean {
  return typeof input === "string" && input.startsWith("'") ? input.slice(1) : input;
}
