// An xlsx file on disk, opened for streaming reads: the zip directory first
// (sizes checked against the limits before any part is unpacked), then any
// part on demand, inflated chunk by chunk. A worksheet is never held whole in
// memory; shared strings and styles are read once, when first needed.

import { promises as fsp } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import { createInflateRaw } from "node:zlib";
import { parseWorkbook, type WorkbookParts, type WorkbookSheet } from "../package-patch";
import type { XlsxProblem } from "./inspect";
import { SharedStringsScanner } from "./shared-strings";
import { type RawRow, SheetLimitError, SheetScanner } from "./sheet-scan";
import { dateStyles } from "./styles";
import { dataOffset, isCompoundFile, locateDirectory, locateDirectory64, MAX_TAIL, parseDirectory, type ZipEntry } from "./zip-directory";

/** What a budget workbook may unpack to, in all: a million rows of ten columns fits with room to spare. */
export const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;
/** Cells read from one sheet: ten times a 500,000-line budget of four columns. */
export const MAX_CELLS = 20_000_000;
/** Parts in the package: a workbook of a thousand sheets has about four thousand. */
export const MAX_PARTS = 20_000;

export type { XlsxProblem };

export function isXlsxProblem(x: unknown): x is XlsxProblem {
  return typeof x === "object" && x !== null && "kind" in x && !(x instanceof XlsxFile);
}

async function readAt(fh: FileHandle, offset: number, length: number): Promise<Uint8Array> {
  const buf = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await fh.read(buf, done, length - done, offset + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return buf.subarray(0, done);
}

export class XlsxFile {
  private sst: string[] | null = null;
  private dates: Set<number> | null = null;

  private constructor(
    private readonly fh: FileHandle,
    private readonly entries: ReadonlyMap<string, ZipEntry>,
    readonly sheets: readonly WorkbookSheet[],
    readonly date1904: boolean,
    private readonly sharedStringsPart: string | null,
    private readonly stylesPart: string | null,
  ) {}

  /** Opens the file and reads its directory and workbook part; the caller closes it. */
  static async open(path: string): Promise<XlsxFile | XlsxProblem> {
    const fh = await fsp.open(path, "r");
    try {
      const problem = await XlsxFile.openOn(fh);
      if (!(problem instanceof XlsxFile)) await fh.close();
      return problem;
    } catch (e) {
      await fh.close();
      throw e;
    }
  }

  private static async openOn(fh: FileHandle): Promise<XlsxFile | XlsxProblem> {
    const size = (await fh.stat()).size;
    const head = await readAt(fh, 0, 8);
    if (isCompoundFile(head)) return { kind: "encrypted" };
    const tailStart = Math.max(0, size - MAX_TAIL);
    const tail = await readAt(fh, tailStart, size - tailStart);
    let loc = locateDirectory(tail, tailStart);
    if (typeof loc === "object" && "zip64At" in loc) loc = locateDirectory64(await readAt(fh, loc.zip64At, 56));
    if (typeof loc === "string") return { kind: loc };
    if (loc.entries > MAX_PARTS) return { kind: "tooManyParts", limit: MAX_PARTS };
    if (loc.offset + loc.size > size) return { kind: "damaged" };
    const dir = parseDirectory(await readAt(fh, loc.offset, loc.size), loc);
    if (typeof dir === "string") return { kind: dir };
    let unpacked = 0;
    const entries = new Map<string, ZipEntry>();
    for (const e of dir.entries) {
      unpacked += e.uncompressedSize;
      entries.set(e.name, e);
    }
    // Before anything is unpacked: the directory states every part's size.
    if (unpacked > MAX_UNPACKED_BYTES) return { kind: "tooLarge", limit: MAX_UNPACKED_BYTES };
    const file = new XlsxFile(fh, entries, [], false, null, null);
    const wbInfo = await file.workbookInfo();
    if (!wbInfo) {
      // Another Office document renamed to .xlsx gets its own message.
      if (entries.has("word/document.xml")) return { kind: "wordDocument" };
      if (entries.has("ppt/presentation.xml")) return { kind: "presentation" };
      return { kind: "notWorkbook" };
    }
    if (wbInfo.sheets.length === 0) return { kind: "noSheets" };
    return new XlsxFile(fh, entries, wbInfo.sheets, wbInfo.date1904, wbInfo.sharedStrings, wbInfo.styles);
  }

  async close(): Promise<void> {
    await this.fh.close();
  }

  has(part: string): boolean {
    return this.entries.has(part);
  }

  /** The uncompressed size of a part, as the directory states it. */
  sizeOf(part: string): number {
    return this.entries.get(part)?.uncompressedSize ?? 0;
  }

  private async workbookInfo(): Promise<WorkbookParts | null> {
    const rootRels = await this.text("_rels/.rels");
    if (rootRels === null) return null;
    return parseWorkbook(rootRels, async (part) => this.text(part));
  }

  /** A whole (small) part as text; null when the package has no such part. */
  async text(part: string): Promise<string | null> {
    if (!this.entries.has(part)) return null;
    let out = "";
    for await (const chunk of this.chunks(part)) out += chunk;
    return out;
  }

  /** A part's text in chunks, inflated as it is read. */
  async *chunks(part: string): AsyncGenerator<string> {
    const e = this.entries.get(part);
    if (!e) return;
    if (e.method !== 0 && e.method !== 8) throw new SheetLimitError("damaged", `method ${e.method}`);
    const header = await readAt(this.fh, e.localOffset, 30);
    const start = dataOffset(header, e);
    if (typeof start === "string") throw new SheetLimitError("damaged", "local header");
    const decoder = new TextDecoder("utf-8");
    const CHUNK = 1 << 20;
    let produced = 0;
    const inflate = e.method === 8 ? createInflateRaw() : null;
    const pending: Buffer[] = [];
    let failed: Error | null = null;
    inflate?.on("data", (b: Buffer) => pending.push(b));
    inflate?.on("error", (err: Error) => (failed = err));
    const drain = function* (): Generator<string> {
      while (pending.length > 0) {
        const b = pending.shift() as Buffer;
        produced += b.length;
        // A part that unpacks to more than the directory said is damaged or a zip bomb: stop now.
        if (produced > e.uncompressedSize) throw new SheetLimitError("damaged", "size");
        yield decoder.decode(b, { stream: true });
      }
    };
    try {
      for (let off = 0; off < e.compressedSize; off += CHUNK) {
        const raw = await readAt(this.fh, start + off, Math.min(CHUNK, e.compressedSize - off));
        if (raw.length === 0) break;
        if (inflate) {
          await new Promise<void>((resolve) => inflate.write(raw, () => resolve()));
          if (failed) throw new SheetLimitError("damaged", "inflate");
          yield* drain();
        } else {
          pending.push(Buffer.from(raw));
          yield* drain();
        }
      }
      if (inflate) {
        await new Promise<void>((resolve) => inflate.end(() => resolve()));
        if (failed) throw new SheetLimitError("damaged", "inflate");
        yield* drain();
      }
      const rest = decoder.decode();
      if (rest !== "") yield rest;
    } finally {
      inflate?.destroy();
    }
  }

  async sharedStrings(): Promise<readonly string[]> {
    if (this.sst) return this.sst;
    const scan = new SharedStringsScanner();
    if (this.sharedStringsPart) for await (const c of this.chunks(this.sharedStringsPart)) scan.feed(c);
    this.sst = scan.strings;
    return this.sst;
  }

  async dateStyles(): Promise<ReadonlySet<number>> {
    if (this.dates) return this.dates;
    const xml = this.stylesPart ? await this.text(this.stylesPart) : null;
    this.dates = xml ? dateStyles(xml) : new Set();
    return this.dates;
  }

  /**
   * Streams the rows of a sheet to `onRow`, which may return false to stop.
   * Returns a problem when the sheet breaks a limit (a row past 1,048,576, a
   * column past XFD, too many cells) or is damaged.
   */
  async scanSheet(sheet: WorkbookSheet, onRow: (row: RawRow) => boolean | void): Promise<XlsxProblem | null> {
    if (!sheet.part || !this.entries.has(sheet.part)) return { kind: "damaged" };
    const scanner = new SheetScanner(onRow, { maxCells: MAX_CELLS });
    try {
      for await (const chunk of this.chunks(sheet.part)) {
        scanner.feed(chunk);
        if (scanner.done) break;
      }
      scanner.end();
    } catch (e) {
      if (!(e instanceof SheetLimitError)) throw e;
      if (e.kind === "row") return { kind: "row", sheet: sheet.name, value: Number(e.value) };
      if (e.kind === "column") return { kind: "column", sheet: sheet.name, value: e.value };
      if (e.kind === "cells") return { kind: "cells", sheet: sheet.name, limit: MAX_CELLS };
      return { kind: "damaged" };
    }
    return null;
  }
}
