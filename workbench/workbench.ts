// The workbench page: a spreadsheet on the embedded engine with the task pane
// beside it, so the add-in can be tried without Excel and tested in a browser.
// Files are read and written in the page; nothing is sent anywhere.

import { detectHeader } from "../src/budget/table";
import type { Lang } from "../src/core/types";
import { embeddedHost } from "./host";
import { emptyMeta, hostValue, WorkbookModel } from "./model";
import { mountPane } from "../taskpane/pane/index";
import { buildWorkbook, DocumentError, fromPlain, loadCsv, loadXlsx, loadedOptions, saveXlsx, type ExcelJSModule, type LoadedDocument, type PlainDocument } from "./document";
import { Grid } from "./grid";
import { browserLang, WB_TEXT } from "./i18n";

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
const lang: Lang = browserLang(navigator.languages?.length ? navigator.languages : [navigator.language]);
const t = WB_TEXT[lang];

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

function emptyDocument(): LoadedDocument {
  return buildWorkbook([{ name: lang === "nl" ? "Blad1" : "Sheet1", content: [], meta: emptyMeta() }], lang);
}

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
function startPosition(doc: LoadedDocument, model: WorkbookModel): { sheet: string; range: { top: number; left: number; bottom: number; right: number; row: number; col: number } } | null {
  if (doc.active !== undefined) return null;
  for (const name of model.visibleSheets()) {
    const id = model.hf.getSheetId(name);
    if (id === undefined) continue;
    const { width } = model.hf.getSheetDimensions(id);
    if (width === 0) continue;
    const top = model.hf
      .getRangeValues({ start: { sheet: id, row: 0, col: 0 }, end: { sheet: id, row: 29, col: width - 1 } })
      .map((row) => row.map(hostValue));
    const header = detectHeader(top);
    if (!header) continue;
    // The description heading: "Controleer niveaus" finds the whole table around it.
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

function show(doc: LoadedDocument, name: string, url: string | null = null): void {
  if (model.workbook !== doc.wb) model.load(doc.wb, loadedOptions(doc));
  const start = startPosition(doc, model);
  if (start) {
    model.setActiveSheet(start.sheet);
    model.select(start.range, true);
  }
  source = doc.source;
  sourceUrl = url;
  baseName = name.replace(/\.[^.]*$/, "") || "begroting";
  fileName.textContent = name;
}

async function openBytes(name: string, data: ArrayBuffer): Promise<boolean> {
  const ext = (/\.([^.]*)$/.exec(name)?.[1] ?? "").toLowerCase();
  try {
    if (ext === "xlsx" || ext === "xlsm") show(await loadXlsx(await loadExcelJS(), data, lang, name), name);
    else if (ext === "csv" || ext === "txt") show(loadCsv(new Uint8Array(data), name, lang), name);
    else {
      say(t.unsupported(name), true);
      return false;
    }
  } catch (e) {
    // A refused file says why (a row past Excel's last row, too large); anything else is unreadable.
    say(e instanceof DocumentError ? e.text[lang] : t.unreadable(name), true);
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
    const bytes = await saveXlsx(ExcelJS, model, source);
    const name = `${baseName}.xlsx`;
    download(bytes, name);
    say(t.saved(name));
  } catch (e) {
    say(`${t.saveFailed} ${e instanceof Error ? e.message : String(e)}`, true);
  }
}

applyLabels();
// Set up by start(), from the example (or an empty sheet) so the engine is built once.
let model: WorkbookModel;
let grid: Grid;

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
  let example: LoadedDocument | null = null;
  try {
    if (examplePlain) {
      const plain = await examplePlain;
      performance.mark("bl:example-fetched");
      example = fromPlain(plain, lang);
    }
  } catch {
    example = null;
  }
  const first = example ?? emptyDocument();
  performance.mark("bl:engine-built");
  model = new WorkbookModel(first.wb, { lang, ...loadedOptions(first) });
  grid = new Grid(model, lang, t, {
    grid: byId("grid"),
    formulaInput: byId<HTMLInputElement>("formula-bar"),
    nameBox: byId("name-box"),
    tabs: byId("sheet-tabs"),
  });
  // The council workbook of the pane's Scenario's part arrives as a download.
  mountPane(byId("pane"), embeddedHost(model, { deliver: download }));
  performance.mark("bl:pane-mounted");
  if (example) {
    show(example, EXAMPLE.replace(/^.*\//, ""), EXAMPLE);
    say(t.ready);
  } else if (START_FILE !== null) {
    try {
      const res = await fetch(START_FILE);
      if (!res.ok) throw new Error(String(res.status));
      if (await openBytes(START_FILE.replace(/^.*\//, ""), await res.arrayBuffer())) say(t.ready);
    } catch {
      say(t.exampleFailed, true);
    }
  } else say(t.exampleFailed, true);
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
