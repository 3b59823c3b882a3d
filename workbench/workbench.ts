// The workbench page: a spreadsheet on the embedded engine with the task pane
// beside it, so the add-in can be tried without Excel and tested in a browser.
// Files are read and written in the page; nothing is sent anywhere.

import * as ExcelJS from "exceljs/dist/exceljs.min.js";
import { detectHeader } from "../src/budget/table";
import type { Lang } from "../src/core/types";
import { EmbeddedHost, hostValue } from "./host";
import { mountPane } from "../taskpane/pane/index";
import { buildWorkbook, loadCsv, loadXlsx, loadedHostOptions, saveXlsx, type LoadedDocument } from "./document";
import { Grid } from "./grid";
import { browserLang, WB_TEXT } from "./i18n";

declare global {
  interface Window {
    /** Set once the example budget is loaded and drawn; the browser tests wait for it. */
    __workbenchReady?: boolean;
  }
}

const EXAMPLE = "examples/gemeente-lindewaard-2025.xlsx";
const lang: Lang = browserLang(navigator.languages?.length ? navigator.languages : [navigator.language]);
const t = WB_TEXT[lang];

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from workbench.html`);
  return el as T;
}

const status = byId<HTMLElement>("status");
const fileName = byId<HTMLElement>("file-name");
const fileInput = byId<HTMLInputElement>("file-input");
const saveButton = byId<HTMLButtonElement>("save-button");
const openLabel = byId<HTMLElement>("open-label");

function say(text: string, error = false): void {
  status.textContent = text;
  status.classList.toggle("wb-error", error);
}

function applyLabels(): void {
  document.documentElement.lang = lang;
  document.title = t.title;
  byId("open-text").textContent = t.open;
  openLabel.setAttribute("aria-label", t.openLabel);
  openLabel.title = t.openLabel;
  fileInput.setAttribute("aria-label", t.openLabel);
  saveButton.textContent = t.save;
  saveButton.setAttribute("aria-label", t.saveLabel);
  saveButton.title = t.saveLabel;
  byId("formula-bar").setAttribute("aria-label", t.formulaBar);
  byId("name-box").setAttribute("aria-label", t.nameBox);
  byId("pane").setAttribute("aria-label", t.pane);
  byId("local-note").textContent = t.local;
  byId("drop-text").textContent = t.dropHint;
}

/**
 * Where to start in a file that does not say: the first sheet with a budget
 * header, with the table from its header row to the end of the sheet
 * selected, so "Check levels" reads every line at once (a budget's blank
 * rows between programmes would end a current region early).
 */
function startPosition(doc: LoadedDocument, host: EmbeddedHost): { sheet: string; range: { top: number; left: number; bottom: number; right: number; row: number; col: number } } | null {
  if (doc.active !== undefined) return null;
  for (const name of host.visibleSheets()) {
    const id = host.hf.getSheetId(name);
    if (id === undefined) continue;
    const { width } = host.hf.getSheetDimensions(id);
    if (width === 0) continue;
    const top = host.hf
      .getRangeValues({ start: { sheet: id, row: 0, col: 0 }, end: { sheet: id, row: 29, col: width - 1 } })
      .map((row) => row.map(hostValue));
    const header = detectHeader(top);
    const used = host.usedRange(name);
    if (!header || !used) continue;
    const row = header.headerRow;
    const col = header.columns.description + 1;
    return { sheet: name, range: { top: row, left: Math.min(used.left, col), bottom: used.bottom, right: used.right, row, col } };
  }
  return null;
}

let source: LoadedDocument["source"];
let baseName = "begroting";

function show(doc: LoadedDocument, name: string): void {
  const opts = loadedHostOptions(doc);
  host.load(doc.wb, opts.meta, opts.active, opts.activeCell);
  const start = startPosition(doc, host);
  if (start) {
    host.setActiveSheet(start.sheet);
    host.select(start.range, true);
  }
  source = doc.source;
  baseName = name.replace(/\.[^.]*$/, "") || "begroting";
  fileName.textContent = name;
}

async function openBytes(name: string, data: ArrayBuffer): Promise<boolean> {
  const ext = (/\.([^.]*)$/.exec(name)?.[1] ?? "").toLowerCase();
  try {
    if (ext === "xlsx" || ext === "xlsm") show(await loadXlsx(ExcelJS, data, lang), name);
    else if (ext === "csv" || ext === "txt") show(loadCsv(new Uint8Array(data), name, lang), name);
    else {
      say(t.unsupported(name), true);
      return false;
    }
  } catch {
    say(t.unreadable(name), true);
    return false;
  }
  say(t.opened(name));
  return true;
}

async function openFile(file: File): Promise<void> {
  await openBytes(file.name, await file.arrayBuffer());
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
  try {
    const bytes = await saveXlsx(ExcelJS, host, source);
    const name = `${baseName}.xlsx`;
    download(bytes, name);
    say(t.saved(name));
  } catch (e) {
    say(`${t.saveFailed} ${e instanceof Error ? e.message : String(e)}`, true);
  }
}

applyLabels();
const empty = buildWorkbook([{ name: lang === "nl" ? "Blad1" : "Sheet1", content: [], meta: { numFmt: new Map(), hiddenRows: new Set(), colWidths: new Map(), hidden: false } }], lang);
// The council workbook of the pane's Scenario's part arrives as a download.
const host = new EmbeddedHost(empty.wb, { lang, meta: empty.meta, deliver: download });
const grid = new Grid(host, lang, t, {
  grid: byId("grid"),
  formulaInput: byId<HTMLInputElement>("formula-bar"),
  nameBox: byId("name-box"),
  tabs: byId("sheet-tabs"),
});
mountPane(byId("pane"), host);

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

// F6 moves between the toolbar, the grid and the task pane, as in Office.
window.addEventListener("keydown", (e) => {
  if (e.key !== "F6") return;
  const areas = [openLabel, byId("grid"), byId("pane")];
  const at = areas.findIndex((a) => a.contains(document.activeElement));
  const next = areas[(at + (e.shiftKey ? areas.length - 1 : 1)) % areas.length];
  if (!next) return;
  e.preventDefault();
  if (next.id === "pane") (next.querySelector<HTMLElement>("button, select, input, a[href], [tabindex='0']") ?? next).focus();
  else next.focus();
});

async function start(): Promise<void> {
  say(t.loading);
  try {
    const res = await fetch(EXAMPLE);
    if (!res.ok) throw new Error(String(res.status));
    const ok = await openBytes(EXAMPLE.replace(/^.*\//, ""), await res.arrayBuffer());
    if (ok) say(t.ready);
  } catch {
    say(t.exampleFailed, true);
  }
  grid.render();
  grid.focus();
  // Two frames: the grid draws on the next animation frame after a load.
  requestAnimationFrame(() => requestAnimationFrame(() => (window.__workbenchReady = true)));
}

void start();
