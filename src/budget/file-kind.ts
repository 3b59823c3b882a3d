// Which files a budget is read from, by their extension: a workbook (.xlsx, and
// .xlsm whose macros are never run) or text with separators (.csv, and the .txt and
// .tsv that Excel's "text (tab-delimited)" and financial systems write). One list
// for the command line and the workbench, so neither opens what the other refuses.

export type FileKind = "xlsx" | "csv";

const KINDS: Readonly<Record<string, FileKind>> = { xlsx: "xlsx", xlsm: "xlsx", csv: "csv", txt: "csv", tsv: "csv" };

/** The extensions read, with their dot, for a file input's `accept`. */
export const READ_EXTENSIONS: readonly string[] = Object.keys(KINDS).map((e) => `.${e}`);

/** What a file of this name is read as, by its extension (any case), or null when it is not read. */
export function fileKindOfName(name: string): FileKind | null {
  const m = /\.([^./\\]+)$/.exec(name);
  return m ? (KINDS[(m[1] as string).toLowerCase()] ?? null) : null;
}
