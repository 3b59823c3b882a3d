// The workbench page: a spreadsheet on the embedded engine with the task pane
// beside it, so the add-in can be tried without Excel and tested in a browser.
// Files are read and written in the page; nothing is sent anywhere. Every step
// can be undone (Ctrl+Z) and redone (Ctrl+Y); unsaved work is kept in the
// browser and offered back after a reload, and closing the page asks first.
// The pane's language governs the page: toolbar, grid, numbers and messages.

import { READ_EXTENSIONS, fileKindOfName } from "../src/budget/file-kind";
import { detectHeader } from "../src/budget/table";
import { packageKindOf } from "../src/budget/package-kind";
import type { Lang } from "../src/core/types";
import { msg, type Args, type Key } from "../src/i18n/catalogue";
import { formatDate } from "../src/i18n/format";
import { embeddedHost } from "./host";
import { cellAddress, columnLetters } from "../taskpane/host/a1";
import { emptyMeta, hostValue, WorkbookModel } from "./model";
import { mountPane, type PaneControl } from "../taskpane/pane/index";
import type { PaneAction } from "../taskpane/pane/actions";
import { buildWorkbook, DocumentError, fromPlain, loadCsv, loadXlsx, loadedOptions, saveXlsx, type ExcelJSModule, type LoadedDocument, type PlainDocument } from "./document";
import { Grid } from "./grid";
import { browserLang } from "./lang";
import { describe, History, type Describe, type State } from "./history";
import { debounced, forget, keep, readKept, type KeptWork } from "./recovery";
import { toPlain } from "./snapshot";

declare global {
  interface Window {
    /** Set once the example budget is loaded and drawn; the browser tests wait for it. */
    __workbenchReady?: boolean;
  }
}

const EXAMPLE = "examples/gemeente-lindewaard-2025.xlsx";
/** The example as the engine reads it, made at build time (webpack.config.js) and preloaded by the page, so it needs no ExcelJS to show it. */
const EXAMPLE_PLAIN = "examples/gemeente-lindewaard-2025.json";

/** ExcelJS (about half the page's code) is loaded the first time a file is opened or saved. */
let excel: Promise<ExcelJSModule> | null = null;
function loadExcelJS(): Promise<ExcelJSModule> {
  excel ??= import(/* webpackChunkName: "exceljs" */ "exceljs/dist/exceljs.min.js").then((m) => m as unknown as ExcelJSModule);
  return excel;
}
// Marks for npm run bench (bench/browser.ts prints the marks a page records).
performance.mark("bl:script");

const firstLang: Lang = browserLang(navigator.languages?.length ? navigator.languages : [navigator.language]);
/** The page's language: the model's once it exists. */
const lang = (): Lang => (model ? model.lang : firstLang);
function t<K extends Key>(key: K, ...args: Args<K>): string {
  return msg(lang(), key, ...args);
}

/**
 * A file to open at start instead of the example: `?file=` with a path on
 * this site (a workbook published beside the workbench, such as
 * examples/gemeente-lindewaard-2025.xlsx). The page's CSP allows no other
 * origin anyway.
 */
function startFile(): string | null {
  const file = new URLSearchParams(location.search).get("file");
  return file !== null && /^[\w./ -]+$/.test(file) && !file.includes("..") && !file.startsWith("/") ? file : null;
}
const START_FILE = startFile();
// Asked for at once, while the engine and the pane are set up.
const examplePlain: Promise<PlainDocument> | null =
  START_FILE === null ? fetch(EXAMPLE_PLAIN).then((r) => (r.ok ? (r.json() as Promise<PlainDocument>) : Promise.reject(new Error(String(r.status))))) : null;
// Work kept from an earlier visit, asked for at once too.
const keptWork: Promise<KeptWork | null> = readKept().catch(() => null);

function emptyDocument(l: Lang): LoadedDocument {
  return buildWorkbook([{ name: msg(l, "wb.blankSheet"), content: [], meta: emptyMeta() }], l);
}

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from workbench.html`);
  return el as T;
}

const status = byId<HTMLElement>("status");
const fileName = byId<HTMLElement>("file-name");
const fileInput = byId<HTMLInputElement>("file-input");
// The files the workbench opens are the command line's: one list.
fileInput.accept = READ_EXTENSIONS.join(",");
const saveButton = byId<HTMLButtonElement>("save-button");
const undoButton = byId<HTMLButtonElement>("undo-button");
const redoButton = byId<HTMLButtonElement>("redo-button");
const openLabel = byId<HTMLElement>("open-label");
const recover = byId<HTMLElement>("recover");

function say(text: string, error = false): void {
  status.textContent = text;
  status.classList.toggle("wb-error", error);
}

function applyLabels(): void {
  document.documentElement.lang = lang();
  document.title = t("wb.title");
  byId("open-text").textContent = t("wb.open");
  openLabel.setAttribute("aria-label", t("wb.openLabel"));
  openLabel.title = t("wb.openLabel");
  fileInput.setAttribute("aria-label", t("wb.openLabel"));
  saveButton.textContent = t("wb.save");
  saveButton.setAttribute("aria-label", t("wb.saveLabel"));
  saveButton.title = t("wb.saveLabel");
  byId("formula-bar").setAttribute("aria-label", t("wb.formulaBar"));
  byId("name-box").setAttribute("aria-label", t("wb.nameBox"));
  byId("pane").setAttribute("aria-label", t("wb.pane"));
  byId("local-note").textContent = t("wb.local");
  byId("drop-text").textContent = t("wb.dropHint");
  recover.setAttribute("aria-label", t("wb.recoverLabel"));
  updateUndo();
}

/**
 * Where to start in a file that does not say: the first sheet with a budget
 * header, its description heading selected, so "Check levels" finds the
 * whole table around it.
 */
function startPosition(doc: LoadedDocument, m: WorkbookModel): { sheet: string; range: { top: number; left: number; bottom: number; right: number; row: number; col: number } } | null {
  if (doc.active !== undefined) return null;
  for (const name of m.visibleSheets()) {
    const id = m.hf.getSheetId(name);
    if (id === undefined) continue;
    const { width } = m.hf.getSheetDimensions(id);
    if (width === 0) continue;
    const top = m.hf
      .getRangeValues({ start: { sheet: id, row: 0, col: 0 }, end: { sheet: id, row: 29, col: width - 1 } })
      .map((row) => row.map(hostValue));
    const header = detectHeader(top);
    if (!header) continue;
    const row = Math.max(1, header.headerRow);
    const col = header.columns.description + 1;
    return { sheet: name, range: { top: row, left: col, bottom: row, right: col, row, col } };
  }
  return null;
}

let source: LoadedDocument["source"];
/** Where the file shown came from when it was opened without ExcelJS (the example): loaded again on save, for its styles. */
let sourceUrl: string | null = null;
let baseName = "begroting";
let shownName = "";

// ------------------------------------------------------------ the document and its history

// Set up by start(), from the example (or an empty sheet) so the engine is built once.
let model: WorkbookModel | undefined;
let grid: Grid;
let pane: PaneControl;
const history = new History();
/** The model changed since the last step was taken (settings the pane kept): joins the current state. */
let pending = false;
/** A pane action is running: its writes become one step at its end. */
let inAction: PaneAction | null = null;
let actionChanged = false;
/** Restoring a state: its own model events are not changes. */
let restoring = false;
/** Kept work waits for the user's answer before anything overwrites it. */
let offering = false;

const NONE: Describe = { key: "" };

/** The whole undo line is kept in the browser up to this many cells; beyond it only the current state. */
const KEEP_HISTORY_CELLS = 400_000;

function snapshot(what: Describe): State {
  const m = model as WorkbookModel;
  return { plain: toPlain(m), what, fileName: shownName };
}

const ACTION_WORDS: Readonly<Record<PaneAction, string>> = {
  check: "wb.action.check",
  remove: "wb.action.remove",
  rules: "wb.action.rules",
  override: "wb.action.override",
  insert: "wb.action.insert",
  save: "wb.action.save",
  switch: "wb.action.switch",
  rename: "wb.action.rename",
  delete: "wb.action.delete",
  compare: "wb.action.compare",
  goal: "wb.action.goal",
  tornado: "wb.action.pane",
  council: "wb.action.pane",
  refresh: "wb.action.pane",
  ranges: "wb.action.ranges",
  riskInsert: "wb.action.riskInsert",
  riskRun: "wb.action.riskRun",
};

function step(what: Describe): void {
  history.commit(snapshot(what));
  pending = false;
  updateUndo();
  // A step is kept at once: a reload right after it must not lose it.
  keepNow();
}

function afterChange(): void {
  updateUndo();
  keepSoon();
}

function updateUndo(): void {
  const u = history.nextUndo();
  const r = history.nextRedo();
  undoButton.textContent = t("wb.undo");
  redoButton.textContent = t("wb.redo");
  undoButton.disabled = u === null;
  redoButton.disabled = r === null;
  undoButton.title = u ? t("wb.undoWhat", describe(u, lang())) : t("wb.nothingToUndo");
  redoButton.title = r ? t("wb.redoWhat", describe(r, lang())) : t("wb.nothingToRedo");
  undoButton.setAttribute("aria-label", undoButton.title);
  redoButton.setAttribute("aria-label", redoButton.title);
}

/** Puts a state of the history back: the document as it was, in the page's language. */
function restore(state: State): void {
  const m = model as WorkbookModel;
  const doc = fromPlain(state.plain, m.lang);
  restoring = true;
  try {
    m.load(doc.wb, loadedOptions(doc));
  } finally {
    restoring = false;
  }
  pending = false;
  // Undoing an open brings back the name of the file that was open, and its file for saving.
  if (state.fileName !== shownName) {
    shownName = state.fileName;
    baseName = state.fileName.replace(/\.[^.]*$/, "") || "begroting";
    fileName.textContent = state.fileName;
    source = undefined;
    sourceUrl = state.fileName === EXAMPLE.replace(/^.*\//, "") ? EXAMPLE : null;
  }
  void pane.resync();
}

function undo(): void {
  if (inAction) return;
  if (pending) history.amend(snapshot(NONE));
  const r = history.undo();
  if (!r) return;
  restore(r.state);
  say(t("wb.undone", describe(r.what, lang())));
  afterChange();
}

function redo(): void {
  if (inAction) return;
  if (pending) history.amend(snapshot(NONE));
  const r = history.redo();
  if (!r) return;
  restore(r.state);
  say(t("wb.redone", describe(r.what, lang())));
  afterChange();
}

/** The current state, kept in the browser while it is not saved as a file; forgotten once it is. */
function keepNow(): void {
  if (offering || !model) return;
  if (!history.unsaved() && !pending) {
    void forget().catch(() => undefined);
    return;
  }
  if (pending) history.amend(snapshot(NONE));
  pending = false;
  const cur = history.current() ?? snapshot(NONE);
  const whole = history.cells() <= KEEP_HISTORY_CELLS ? { history: history.export() } : {};
  void keep({ fileName: shownName, time: Date.now(), plain: cur.plain, ...whole }).catch(() => undefined);
}

/** Changes that are no step of their own (settings) are kept a moment later, once for a burst of them. */
const keepSoon = debounced(keepNow, 400);

/** Asking before the page goes while work is not saved as a file (it is kept in the browser too). */
window.addEventListener("beforeunload", (e) => {
  if (!model || (!history.unsaved() && !pending)) return;
  e.preventDefault();
  e.returnValue = "";
});

// ------------------------------------------------------------ files

function show(doc: LoadedDocument, name: string, url: string | null = null): void {
  const m = model as WorkbookModel;
  restoring = true;
  try {
    if (m.workbook !== doc.wb) m.load(doc.wb, loadedOptions(doc));
    const start = startPosition(doc, m);
    if (start) {
      m.setActiveSheet(start.sheet);
      m.select(start.range, true);
    }
  } finally {
    restoring = false;
  }
  source = doc.source;
  sourceUrl = url;
  baseName = name.replace(/\.[^.]*$/, "") || "begroting";
  shownName = name;
  fileName.textContent = name;
}

/** A file's own problem in words, or null when it can be opened. */
function fileProblem(name: string, data: ArrayBuffer): string | null {
  const bytes = new Uint8Array(data);
  if (bytes.length === 0 || (fileKindOfName(name) === "csv" ? new TextDecoder().decode(bytes).trim() === "" : false)) return t("wb.emptyFile", name);
  if (fileKindOfName(name) !== "xlsx") return null;
  const kind = packageKindOf(bytes);
  if (kind === "wordDocument") return t("files.wordDocument", name);
  if (kind === "presentation") return t("files.presentation", name);
  if (kind === "notWorkbook") return t("files.notWorkbook", name);
  return null;
}

async function openBytes(name: string, data: ArrayBuffer, asStep: boolean): Promise<boolean> {
  if (fileKindOfName(name) === null) {
    say(t("wb.unsupported", name), true);
    return false;
  }
  const problem = fileProblem(name, data);
  if (problem) {
    say(problem, true);
    return false;
  }
  let doc: LoadedDocument;
  try {
    doc = fileKindOfName(name) === "csv" ? loadCsv(new Uint8Array(data), name, lang()) : await loadXlsx(await loadExcelJS(), data, lang(), name);
    if (doc.source && doc.source.worksheets.length === 0) {
      say(t("files.noSheets", name), true);
      return false;
    }
  } catch (e) {
    // A refused file says why (a row past Excel's last row, too large); anything else is unreadable.
    say(e instanceof DocumentError ? e.text[lang()] : t("wb.unreadable", name), true);
    return false;
  }
  show(doc, name);
  // Opening a file is a step like any other: Ctrl+Z brings back the workbook that was open.
  if (asStep) {
    step({ key: "wb.action.open", args: [name] });
    history.markSaved();
  } else history.reset(snapshot(NONE));
  say(t("wb.opened", name));
  afterChange();
  return true;
}

async function openFile(file: File): Promise<void> {
  await openBytes(file.name, await file.arrayBuffer(), true);
}

/** Hands bytes to the browser as a download; nothing leaves the machine. */
function download(bytes: Uint8Array | ArrayBuffer, name: string): void {
  const blob = new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the URL; keep it a moment for slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

async function save(): Promise<void> {
  const m = model as WorkbookModel;
  try {
    const ExcelJS = await loadExcelJS();
    if (!source && sourceUrl !== null) {
      // The example was shown from its plain form: its file gives the styles, merges and widths to keep.
      const res = await fetch(sourceUrl);
      if (res.ok) {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(await res.arrayBuffer());
        source = wb;
      }
    }
    const bytes = await saveXlsx(ExcelJS, m, source);
    const name = `${baseName}.xlsx`;
    download(bytes, name);
    if (pending) history.amend(snapshot(NONE));
    pending = false;
    history.markSaved();
    afterChange();
    say(t("wb.saved", name));
  } catch (e) {
    say(t("wb.saveFailed", e instanceof Error ? e.message : String(e)), true);
  }
}

// ------------------------------------------------------------ the pane's language governs the page

function setLanguage(l: Lang): void {
  const m = model as WorkbookModel;
  if (l === m.lang) return;
  // The engine speaks one language: the workbook is rebuilt, its formulas' names in the new one.
  const doc = fromPlain(toPlain(m), l);
  restoring = true;
  try {
    m.relanguage(l, doc.wb, loadedOptions(doc));
  } finally {
    restoring = false;
  }
  applyLabels();
  grid.relabel();
  say(t("wb.ready"));
}

// ------------------------------------------------------------ recovery

async function offerKept(): Promise<void> {
  const work = await keptWork;
  if (!work) return;
  offering = true;
  const time = `${formatDate(new Date(work.time), lang())} ${new Date(work.time).toLocaleTimeString(lang() === "nl" ? "nl-NL" : "en-GB", { hour: "2-digit", minute: "2-digit" })}`;
  byId("recover-text").textContent = t("wb.recover", work.fileName || t("wb.title"), time);
  const yes = byId<HTMLButtonElement>("recover-yes");
  const no = byId<HTMLButtonElement>("recover-no");
  yes.textContent = t("wb.recoverYes");
  no.textContent = t("wb.recoverNo");
  recover.hidden = false;
  const close = (): void => {
    recover.hidden = true;
    offering = false;
  };
  yes.onclick = () => {
    const m = model as WorkbookModel;
    const doc = fromPlain(work.plain, m.lang);
    restoring = true;
    try {
      m.load(doc.wb, loadedOptions(doc));
    } finally {
      restoring = false;
    }
    source = undefined;
    sourceUrl = null;
    shownName = work.fileName;
    baseName = work.fileName.replace(/\.[^.]*$/, "") || "begroting";
    fileName.textContent = work.fileName;
    // Restored work is not a saved file: it stays kept until it is saved. Its undo line comes back with it.
    history.reset(snapshot(NONE), false);
    if (work.history) history.import(work.history);
    close();
    void pane.resync();
    say(t("wb.recovered", work.fileName));
    afterChange();
    (model as WorkbookModel).emit({ type: "selection", reveal: true });
  };
  no.onclick = () => {
    close();
    void forget().catch(() => undefined);
    say(t("wb.discarded"));
    keepSoon();
  };
}

// ------------------------------------------------------------ wiring

fileInput.addEventListener("change", () => {
  const file = fileInput.files?.[0];
  if (file) void openFile(file).finally(() => (fileInput.value = ""));
});
openLabel.addEventListener("keydown", (e) => {
  if (e.key === "Enter" || e.key === " ") {
    e.preventDefault();
    fileInput.click();
  }
});
saveButton.addEventListener("click", () => void save());
undoButton.addEventListener("click", () => undo());
redoButton.addEventListener("click", () => redo());

// Drag and drop anywhere on the page.
const overlay = byId<HTMLElement>("drop-overlay");
let dragDepth = 0;
window.addEventListener("dragenter", (e) => {
  if (!e.dataTransfer?.types.includes("Files")) return;
  dragDepth++;
  overlay.hidden = false;
});
window.addEventListener("dragleave", () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (dragDepth === 0) overlay.hidden = true;
});
window.addEventListener("dragover", (e) => {
  if (!e.dataTransfer?.types.includes("Files")) return;
  e.preventDefault();
  e.dataTransfer.dropEffect = "copy";
});
window.addEventListener("drop", (e) => {
  e.preventDefault();
  dragDepth = 0;
  overlay.hidden = true;
  const file = e.dataTransfer?.files[0];
  if (file) void openFile(file);
});

window.addEventListener("keydown", (e) => {
  // F6 moves between the toolbar, the grid and the task pane, as in Office.
  if (e.key === "F6") {
    const areas = [openLabel, byId("grid"), byId("pane")];
    const at = areas.findIndex((a) => a.contains(document.activeElement));
    const next = areas[(at + (e.shiftKey ? areas.length - 1 : 1)) % areas.length];
    if (!next) return;
    e.preventDefault();
    if (next.id === "pane") (next.querySelector<HTMLElement>("button, select, input, a[href], [tabindex='0']") ?? next).focus();
    else next.focus();
    return;
  }
  // Ctrl+Z and Ctrl+Y undo and redo the workbook's steps; in a text field they stay the field's own.
  const ctrl = e.ctrlKey || e.metaKey;
  if (!ctrl || e.altKey) return;
  const target = e.target as HTMLElement | null;
  if (target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT" || target.isContentEditable)) return;
  const key = e.key.toLowerCase();
  if (key === "z" && !e.shiftKey) {
    e.preventDefault();
    undo();
  } else if (key === "y" || (key === "z" && e.shiftKey)) {
    e.preventDefault();
    redo();
  }
});

async function start(): Promise<void> {
  applyLabels();
  say(t("wb.loading"));
  let example: LoadedDocument | null = null;
  try {
    if (examplePlain) {
      const plain = await examplePlain;
      performance.mark("bl:example-fetched");
      example = fromPlain(plain, firstLang);
    }
  } catch {
    example = null;
  }
  const first = example ?? emptyDocument(firstLang);
  performance.mark("bl:engine-built");
  const m = new WorkbookModel(first.wb, { lang: firstLang, ...loadedOptions(first) });
  model = m;
  grid = new Grid(m, { grid: byId("grid"), formulaInput: byId<HTMLInputElement>("formula-bar"), nameBox: byId("name-box"), tabs: byId("sheet-tabs") }, say);
  m.subscribe((e) => {
    if (restoring) return;
    if (e.type === "edited") {
      // A cell typed or cleared in the grid: one step.
      const r = e.range;
      const one = r.top === r.bottom && r.left === r.right;
      const where = one ? `${e.sheet}!${cellAddress(r.top, r.left)}` : `${e.sheet}!${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`;
      if (inAction) actionChanged = true;
      else step({ key: one ? "wb.action.edit" : "wb.action.clear", args: [where] });
      return;
    }
    if (e.type === "resized") {
      if (inAction) actionChanged = true;
      else step({ key: "wb.action.width", args: [columnLetters(e.col)] });
      return;
    }
    if (e.type === "cells" || e.type === "sheets") {
      if (inAction) actionChanged = true;
      else {
        pending = true;
        keepSoon();
      }
    }
  });
  const host = embeddedHost(m, { deliver: download });
  // A pane action's writes are one step; a write outside an action (none expected) is one too.
  host.onRecord(() => {
    if (!inAction) step({ key: "wb.action.pane" });
    else actionChanged = true;
  });
  pane = mountPane(byId("pane"), host, {
    onLanguage: (l) => setLanguage(l),
    onAction: (phase, action) => {
      if (phase === "start") {
        inAction = action;
        actionChanged = false;
        return;
      }
      inAction = null;
      if (actionChanged) step({ key: ACTION_WORDS[action] });
      actionChanged = false;
    },
  });
  performance.mark("bl:pane-mounted");
  if (example) {
    show(example, EXAMPLE.replace(/^.*\//, ""), EXAMPLE);
    history.reset(snapshot(NONE));
    say(t("wb.ready"));
  } else if (START_FILE !== null) {
    try {
      const res = await fetch(START_FILE);
      if (!res.ok) throw new Error(String(res.status));
      if (await openBytes(START_FILE.replace(/^.*\//, ""), await res.arrayBuffer(), false)) say(t("wb.ready"));
    } catch {
      say(t("wb.exampleFailed"), true);
    }
  } else {
    history.reset(snapshot(NONE));
    say(t("wb.exampleFailed"), true);
  }
  updateUndo();
  await offerKept();
  grid.render();
  grid.focus();
  // Two frames: the grid draws on the next animation frame after a load.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      performance.mark("bl:ready");
      window.__workbenchReady = true;
    }),
  );
}

void start();
