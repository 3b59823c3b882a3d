// Writing a file without ever losing one. Every command writes through here:
//
// - an existing --out is refused unless the user said --force, and a --out
//   that is one of the command's own input files is refused always (checked
//   by device and inode, so another spelling, a link or "./" does not slip by);
// - the content goes to a temporary file beside the target with an
//   unpredictable name, opened exclusively (never following a planted link),
//   private while it is written, then renamed over the target in one step;
// - the result keeps the mode of the file it replaces (a 0600 budget stays
//   0600), or takes the given mode (a copy of a 0600 budget is 0600 too);
// - Ctrl-C or a failure removes the temporary file: nothing half-written is
//   left behind and the old file stays as it was.

import { randomBytes } from "node:crypto";
import { constants as fsConstants, promises as fsp, unlinkSync, type Stats } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import * as nodePath from "node:path";
import type { Text } from "../src/core/types";
import { text } from "../src/i18n/catalogue";
import { writeProblem } from "./file-problems";

export interface OutputPolicy {
  /** Files the command reads; the output may never be one of them. */
  readonly inputs: readonly string[];
  /** The user allowed replacing an existing file (--force). */
  readonly force: boolean;
}

export type OutputRefusalCode = "outExists" | "outIsInput" | "outIsFolder" | "outFolderMissing" | "outNoPermission";

export interface OutputRefusal {
  readonly code: OutputRefusalCode;
  readonly path: string;
  readonly message: Text;
}

function refusal(code: OutputRefusalCode, path: string): OutputRefusal {
  const file = nodePath.basename(path);
  const message: Record<OutputRefusalCode, () => Text> = {
    outExists: () => text("files.write.exists", path),
    outIsInput: () => text("files.write.isInput", path),
    outIsFolder: () => text("files.write.isFolder", file),
    outFolderMissing: () => text("files.write.noFolder", file, nodePath.dirname(path)),
    outNoPermission: () => text("files.write.noPermission", file),
  };
  return { code, path, message: message[code]() };
}

async function statOrNull(path: string): Promise<Stats | null> {
  try {
    return await fsp.stat(path);
  } catch {
    return null;
  }
}

/**
 * Checks before any work is done that `out` may be written: its folder
 * exists and is writable, it is no folder itself, no input of the command,
 * and not an existing file unless `force`.
 */
export async function checkOutput(out: string, policy: OutputPolicy): Promise<OutputRefusal | null> {
  const target = await statOrNull(out);
  if (target) {
    if (target.isDirectory()) return refusal("outIsFolder", out);
    for (const input of policy.inputs) {
      const st = await statOrNull(input);
      if (st && st.dev === target.dev && st.ino === target.ino) return refusal("outIsInput", out);
    }
    if (!policy.force) return refusal("outExists", out);
  }
  const dir = nodePath.dirname(nodePath.resolve(out));
  const d = await statOrNull(dir);
  if (!d || !d.isDirectory()) return refusal("outFolderMissing", out);
  try {
    await fsp.access(dir, fsConstants.W_OK);
  } catch {
    return refusal("outNoPermission", out);
  }
  return null;
}

// ---- temporary files removed on interruption

const pending = new Set<string>();
let handlersInstalled = false;

function removePending(): void {
  for (const p of pending) {
    try {
      unlinkSync(p);
    } catch {
      // Already gone, or renamed into place a moment ago: nothing to remove.
    }
  }
  pending.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removePending();
  uninstall();
  // With our handler gone, the signal does what it would have done: end the process.
  process.kill(process.pid, signal);
}

function install(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  process.on("SIGHUP", onSignal);
  process.on("exit", removePending);
}

function uninstall(): void {
  if (!handlersInstalled) return;
  handlersInstalled = false;
  process.off("SIGINT", onSignal);
  process.off("SIGTERM", onSignal);
  process.off("SIGHUP", onSignal);
  process.off("exit", removePending);
}

/** Temporary files currently being written (for tests of the clean-up). */
export function pendingTemporaryFiles(): readonly string[] {
  return [...pending];
}

// ---- the atomic write

export interface AtomicOptions {
  /** Mode for a new file (e.g. the input's, for a copy of it); an existing target keeps its own. */
  readonly mode?: number;
}

/** A failed write, with the message for its cause (a missing folder, no permission, a lock, a full disk). */
export class WriteError extends Error {
  readonly text: Text;
  constructor(readonly path: string, readonly reason: unknown) {
    super(reason instanceof Error ? reason.message : String(reason));
    this.text = writeProblem(path, reason);
  }
}

function temporaryName(out: string): string {
  // 96 random bits: nobody can plant a file or link under this name in advance.
  return nodePath.join(nodePath.dirname(out), `.${nodePath.basename(out)}.${randomBytes(12).toString("hex")}.tmp`);
}

/**
 * Writes `out` atomically: `write` fills an exclusively opened temporary file,
 * which then replaces `out` by a rename. Throws a WriteError naming the cause.
 */
export async function writeAtomic(out: string, write: (fh: FileHandle) => Promise<void>, opts: AtomicOptions = {}): Promise<void> {
  // Through a link to the file it points to, so the link stays a link.
  let target = out;
  try {
    const real = await fsp.realpath(out);
    target = real;
  } catch {
    // A new file: written where it was asked for.
  }
  const existing = await statOrNull(target);
  const tmp = temporaryName(target);
  let fh: FileHandle | null = null;
  install();
  pending.add(tmp);
  try {
    // "wx": fails if the name exists (a link planted there is never followed).
    fh = await fsp.open(tmp, "wx", 0o666);
    // The umask applied to 0666 is the mode a new file normally gets.
    const usual = (await fh.stat()).mode & 0o777;
    await fh.chmod(0o600);
    await write(fh);
    await fh.sync();
    await fh.chmod(existing ? existing.mode & 0o7777 : (opts.mode ?? usual) & 0o7777);
    await fh.close();
    fh = null;
    await fsp.rename(tmp, target);
    pending.delete(tmp);
  } catch (e) {
    if (fh) await fh.close().catch(() => undefined);
    await fsp.rm(tmp, { force: true }).catch(() => undefined);
    pending.delete(tmp);
    throw e instanceof WriteError ? e : new WriteError(out, e);
  } finally {
    if (pending.size === 0) uninstall();
  }
}

export async function writeBytesAtomic(out: string, bytes: Uint8Array, opts: AtomicOptions = {}): Promise<void> {
  await writeAtomic(out, (fh) => writeAll(fh, bytes), opts);
}

async function writeAll(fh: FileHandle, bytes: Uint8Array): Promise<void> {
  let off = 0;
  while (off < bytes.length) {
    const { bytesWritten } = await fh.write(bytes, off, bytes.length - off);
    off += bytesWritten;
  }
}

export async function writeStreamAtomic(out: string, source: AsyncIterable<Uint8Array | string>, opts: AtomicOptions = {}): Promise<void> {
  await writeAtomic(out, async (fh) => {
    for await (const chunk of source) await writeAll(fh, typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk);
  }, opts);
}
