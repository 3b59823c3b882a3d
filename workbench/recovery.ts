// Unsaved work kept in the browser's own storage (IndexedDB), so a reload, a
// closed tab or a crash does not lose it: the last state of the document,
// written shortly after each step and removed once the work is saved as a
// file. Nothing leaves the machine; the page offers the work back on start.

import type { PlainDocument } from "./document";
import type { KeptHistory } from "./history";

export interface KeptWork {
  readonly fileName: string;
  /** When it was kept (ms since 1970), for the offer's wording. */
  readonly time: number;
  readonly plain: PlainDocument;
  /** The undo line too, when it is small enough to keep (Ctrl+Z goes on working after a reload). */
  readonly history?: KeptHistory;
}

const DB = "begrotingslab-workbench";
const STORE = "work";
const KEY = "current";

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("IndexedDB could not be opened"));
  });
}

async function run<T>(mode: IDBTransactionMode, f: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = f(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result as T);
      tx.onerror = () => reject(tx.error ?? new Error("IndexedDB transaction failed"));
      tx.onabort = () => reject(tx.error ?? new Error("IndexedDB transaction aborted"));
    });
  } finally {
    db.close();
  }
}

export async function readKept(): Promise<KeptWork | null> {
  const v = await run<KeptWork | undefined>("readonly", (s) => s.get(KEY));
  return v && typeof v === "object" && Array.isArray(v.plain?.sheets) ? v : null;
}

export async function keep(work: KeptWork): Promise<void> {
  await run<unknown>("readwrite", (s) => s.put(work, KEY));
}

export async function forget(): Promise<void> {
  await run<unknown>("readwrite", (s) => s.delete(KEY));
}

/** Writes at most once per `ms`: the last call wins, so a burst of steps is kept once. */
export function debounced(f: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      f();
    }, ms);
  };
}
