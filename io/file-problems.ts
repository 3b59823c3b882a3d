// What is really wrong with a file, so a message names the cause: a folder
// where a file was meant, a missing folder on write, no permission, a file
// held by Excel, a Word document renamed to .xlsx. One place for the command
// line's reading and writing alike.

import { existsSync, promises as fsp } from "node:fs";
import * as nodePath from "node:path";
import JSZip from "jszip";
import type { Text } from "../src/core/types";
import { text } from "../src/i18n/catalogue";

export type ReadProblem = "fileNotFound" | "isFolder" | "noPermission" | "locked";

/**
 * Excel keeps an owner file "~$name.xlsx" beside a workbook it has open; on
 * Windows the workbook itself is then locked. A permission error with that
 * file present is a lock, not a missing permission.
 */
export function excelOwnerFileExists(path: string): boolean {
  const dir = nodePath.dirname(path);
  const base = nodePath.basename(path);
  // Excel drops the first two characters of long names to fit "~$" in.
  return existsSync(nodePath.join(dir, `~$${base}`)) || (base.length > 2 && existsSync(nodePath.join(dir, `~$${base.slice(2)}`)));
}

/** The cause of a failed read by the system's error code. */
export function readCause(path: string, e: unknown): ReadProblem {
  const code = typeof e === "object" && e !== null ? (e as NodeJS.ErrnoException).code : undefined;
  if (code === "EISDIR") return "isFolder";
  if (code === "EBUSY") return "locked";
  if (code === "EACCES" || code === "EPERM") return excelOwnerFileExists(path) ? "locked" : "noPermission";
  return "fileNotFound";
}

/** Why a path cannot be read as a file, or null when it is a readable file. */
export async function readProblem(path: string): Promise<ReadProblem | null> {
  try {
    const st = await fsp.stat(path);
    if (st.isDirectory()) return "isFolder";
    await fsp.access(path, fsp.constants?.R_OK ?? 4);
    return null;
  } catch (e) {
    return readCause(path, e);
  }
}

export type PackageKind = "workbook" | "wordDocument" | "presentation" | "notWorkbook" | "notZip";

/** What an Office package holds, from its part names: a workbook has xl/workbook.xml. */
export async function packageKind(bytes: Uint8Array): Promise<PackageKind> {
  // "PK": every zip (and so every xlsx) starts so; anything else is for ExcelJS to reject.
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return "notZip";
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return "notZip";
  }
  if (zip.file("xl/workbook.xml")) return "workbook";
  if (zip.file("word/document.xml")) return "wordDocument";
  if (zip.file("ppt/presentation.xml")) return "presentation";
  return "notWorkbook";
}

/** The message for a failed write, by the system's error code. */
export function writeProblem(path: string, cause: unknown): Text {
  const file = nodePath.basename(path);
  const code = typeof cause === "object" && cause !== null ? (cause as NodeJS.ErrnoException).code : undefined;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return text("files.write.noFolder", file, nodePath.dirname(path));
    case "EISDIR":
      return text("files.write.isFolder", file);
    case "EACCES":
    case "EROFS":
      return excelOwnerFileExists(path) ? text("files.write.locked", file) : text("files.write.noPermission", file);
    // Windows reports a file Excel holds open as EBUSY or EPERM; elsewhere EPERM is a missing permission.
    case "EBUSY":
    case "ETXTBSY":
      return text("files.write.locked", file);
    case "EPERM":
      return process.platform === "win32" || excelOwnerFileExists(path) ? text("files.write.locked", file) : text("files.write.noPermission", file);
    case "ENOSPC":
    case "EDQUOT":
      return text("files.write.diskFull", file);
    default:
      return text("files.write.failed", file, cause instanceof Error ? cause.message : String(cause ?? code ?? ""));
  }
}
