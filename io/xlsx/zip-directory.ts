// The directory of a zip package (an xlsx is one), read from its end without
// unpacking anything: the name, method and sizes of every part. The sizes let
// the limits be checked before any work (a 17 KB file can claim gigabytes);
// the offsets let a part be read without reading the ones before it.
// Browser-safe (no Node): it works on bytes.

export interface ZipEntry {
  readonly name: string;
  /** 0: stored, 8: deflated; anything else is not read. */
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** Offset of the entry's local header. */
  readonly localOffset: number;
}

export type ZipProblem = "notZip" | "encrypted" | "damaged";

export interface ZipDirectory {
  readonly entries: readonly ZipEntry[];
  /** Offset where the central directory starts (the end of the last entry's data). */
  readonly directoryOffset: number;
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
export const MAX_TAIL = 22 + 0xffff + 20;

function u16(b: Uint8Array, o: number): number {
  return (b[o] as number) | ((b[o + 1] as number) << 8);
}
function u32(b: Uint8Array, o: number): number {
  return ((b[o] as number) | ((b[o + 1] as number) << 8) | ((b[o + 2] as number) << 16) | ((b[o + 3] as number) << 24)) >>> 0;
}
function u64(b: Uint8Array, o: number): number {
  // Beyond 2^53 a size is absurd for a workbook; the limits reject it anyway.
  return u32(b, o) + u32(b, o + 4) * 0x100000000;
}

export interface DirectoryLocation {
  readonly offset: number;
  readonly size: number;
  readonly entries: number;
}

/**
 * Finds the central directory from the tail of the file (its last MAX_TAIL
 * bytes, or all of it). `tailStart` is the tail's offset in the file. For a
 * zip64 package the caller must read the zip64 end record: `zip64At` says where.
 */
export function locateDirectory(tail: Uint8Array, tailStart: number): DirectoryLocation | { zip64At: number } | ZipProblem {
  for (let i = tail.length - 22; i >= 0; i--) {
    if (u32(tail, i) !== EOCD) continue;
    const entries = u16(tail, i + 10);
    const size = u32(tail, i + 12);
    const offset = u32(tail, i + 16);
    if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
      const loc = i - 20;
      if (loc < 0 || u32(tail, loc) !== EOCD64_LOCATOR) return "damaged";
      return { zip64At: u64(tail, loc + 8) };
    }
    if (offset + size > tailStart + i) return "damaged";
    return { offset, size, entries };
  }
  return "notZip";
}

/** The zip64 end record (56 bytes at `zip64At`). */
export function locateDirectory64(record: Uint8Array): DirectoryLocation | ZipProblem {
  if (record.length < 56 || u32(record, 0) !== EOCD64) return "damaged";
  return { entries: u64(record, 32), size: u64(record, 40), offset: u64(record, 48) };
}

/** Every entry of the central directory. */
export function parseDirectory(cd: Uint8Array, loc: DirectoryLocation): ZipDirectory | ZipProblem {
  const entries: ZipEntry[] = [];
  let p = 0;
  const decoder = new TextDecoder("utf-8");
  while (p + 46 <= cd.length && entries.length < loc.entries) {
    if (u32(cd, p) !== CENTRAL) return "damaged";
    const flags = u16(cd, p + 8);
    const method = u16(cd, p + 10);
    let compressedSize = u32(cd, p + 20);
    let uncompressedSize = u32(cd, p + 24);
    const nameLen = u16(cd, p + 28);
    const extraLen = u16(cd, p + 30);
    const commentLen = u16(cd, p + 32);
    let localOffset = u32(cd, p + 42);
    const name = decoder.decode(cd.subarray(p + 46, p + 46 + nameLen));
    // Sizes that do not fit 32 bits are in the zip64 extra field, in this order.
    let e = p + 46 + nameLen;
    const end = e + extraLen;
    while (e + 4 <= end) {
      const id = u16(cd, e);
      const len = u16(cd, e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (uncompressedSize === 0xffffffff) {
          uncompressedSize = u64(cd, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(cd, q);
          q += 8;
        }
        if (localOffset === 0xffffffff) localOffset = u64(cd, q);
      }
      e += 4 + len;
    }
    // Bit 0: the part is encrypted (a password-protected package made by other tools).
    if (flags & 1) return "encrypted";
    entries.push({ name, method, flags, compressedSize, uncompressedSize, localOffset });
    p = end + commentLen;
  }
  if (entries.length !== loc.entries) return "damaged";
  return { entries, directoryOffset: loc.offset };
}

/** The offset of an entry's data, from its local header (30 bytes plus name and extra field). */
export function dataOffset(localHeader: Uint8Array, entry: ZipEntry): number | ZipProblem {
  if (localHeader.length < 30 || u32(localHeader, 0) !== 0x04034b50) return "damaged";
  return entry.localOffset + 30 + u16(localHeader, 26) + u16(localHeader, 28);
}

/** Office's encrypted workbooks are not zips but compound files starting with D0 CF 11 E0. */
export function isCompoundFile(head: Uint8Array): boolean {
  return head.length >= 4 && head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
}
