// The spreadsheet grid over the workbench's document (./model.ts): column letters, row numbers,
// a selection, editing in place and in the formula bar. Only the rows and
// columns in view are in the DOM, so a 100,000-row budget scrolls as smoothly
// as a short one. Every text from a workbook goes in with textContent.

import { DetailedCellError } from "hyperformula";
import { cellAddress, columnLetters } from "../taskpane/host/a1";
import { FormulaError, SHOWN_DEFAULT_WIDTH, type ModelEvent, type WorkbookModel } from "./model";
import { displayValue } from "./format";
import { msg, type Args, type Key } from "../src/i18n/catalogue";

const ROW_H = 22;
const HEADER_W = 56;
/** Rows and columns shown past the data, so there is room to type. */
const EXTRA_ROWS = 60;
const EXTRA_COLS = 8;
const MIN_ROWS = 100;
const MIN_COLS = 26;
const OVERSCAN = 6;
/** A column's width where neither the file nor the user gave one. */
const DEFAULT_WIDTH = SHOWN_DEFAULT_WIDTH;
/** The narrowest a user can drag a column (Excel lets it go to nothing; a column that vanished is hard to find again). */
const MIN_WIDTH = 12;
/** A column fitted to its contents is no wider than this: one long note should not push the figures off screen. */
const MAX_FIT_WIDTH = 640;
/** The rows read to fit a column: a 100,000-row budget fits as fast as a short one, its first rows show its texts. */
const FIT_ROWS = 5000;
/** A cell's padding and border beside its text (.wb-cell: 4 px each side and a 1 px border), with a pixel to spare. */
const CELL_CHROME = 10;

function div(cls: string, attrs: Record<string, string> = {}): HTMLDivElement {
  const d = document.createElement("div");
  d.className = cls;
  for (const [k, v] of Object.entries(attrs)) d.setAttribute(k, v);
  return d;
}

export interface GridElements {
  readonly grid: HTMLElement;
  readonly formulaInput: HTMLInputElement;
  readonly nameBox: HTMLElement;
  readonly tabs: HTMLElement;
}

type EditMode = "enter" | "edit";

export class Grid {
  private readonly model: WorkbookModel;
  /** Says something in the status line (a formula the engine cannot read). */
  private readonly report: (text: string, error: boolean) => void;
  private readonly el: GridElements;
  private readonly head: HTMLDivElement;
  private readonly headRow: HTMLDivElement;
  private readonly scroller: HTMLDivElement;
  private readonly canvas: HTMLDivElement;
  private readonly body: HTMLDivElement;
  private readonly editor: HTMLInputElement;
  private editing: { mode: EditMode; row: number; col: number; original: string } | null = null;
  private formulaDirty = false;
  private rowOrder: number[] | null = null;
  private rowIndex: Map<number, number> | null = null;
  private rowsShown = MIN_ROWS;
  private colsShown = MIN_COLS;
  private colX: number[] = [0];
  private frame = 0;
  private dragging = false;
  /** Measures texts for fitting a column to its contents. */
  private measurer: CanvasRenderingContext2D | null = null;

  constructor(model: WorkbookModel, el: GridElements, report: (text: string, error: boolean) => void = () => undefined) {
    this.model = model;
    this.report = report;
    this.el = el;
    const grid = el.grid;
    grid.classList.add("wb-grid");
    grid.setAttribute("role", "grid");
    grid.setAttribute("tabindex", "0");
    grid.setAttribute("aria-multiselectable", "true");

    this.head = div("wb-head", { role: "rowgroup" });
    this.headRow = div("wb-row wb-head-row", { role: "row", "aria-rowindex": "1" });
    this.head.append(this.headRow);
    // The scrolling body is the grid's row group and a tab stop of its own, so a
    // keyboard user can reach and scroll it (its keys bubble to the grid's handler).
    this.scroller = div("wb-scroll", { role: "rowgroup", tabindex: "0" });
    this.canvas = div("wb-canvas", { role: "presentation" });
    this.body = div("wb-body", { role: "presentation" });
    this.editor = document.createElement("input");
    this.editor.className = "wb-editor";
    this.editor.type = "text";
    this.editor.hidden = true;

    this.editor.setAttribute("data-testid", "cell-editor");
    this.editor.spellcheck = false;
    this.canvas.append(this.body, this.editor);
    this.scroller.append(this.canvas);
    grid.replaceChildren(this.head, this.scroller);

    this.scroller.addEventListener("scroll", () => {
      this.head.scrollLeft = this.scroller.scrollLeft;
      this.schedule();
    });
    grid.addEventListener("keydown", (e) => this.onGridKey(e));
    this.body.addEventListener("mousedown", (e) => this.onMouseDown(e));
    this.body.addEventListener("mousemove", (e) => this.onMouseMove(e));
    window.addEventListener("mouseup", () => (this.dragging = false));
    this.body.addEventListener("click", (e) => this.onClick(e));
    this.body.addEventListener("dblclick", (e) => {
      const pos = this.cellOf(e.target);
      if (pos) this.startEdit("edit");
    });
    this.headRow.addEventListener("mousedown", (e) => this.onHeaderDown(e));
    this.editor.addEventListener("keydown", (e) => this.onEditorKey(e));
    this.editor.addEventListener("input", () => {
      this.el.formulaInput.value = this.editor.value;
    });
    this.editor.addEventListener("blur", () => {
      // Clicking elsewhere confirms the edit, as in Excel.
      if (this.editing && document.activeElement !== this.el.formulaInput) this.commit(0, 0);
    });
    el.formulaInput.addEventListener("input", () => {
      this.formulaDirty = true;
      if (this.editing) this.editor.value = el.formulaInput.value;
    });
    el.formulaInput.addEventListener("keydown", (e) => this.onFormulaKey(e));
    el.formulaInput.addEventListener("blur", () => {
      if (this.formulaDirty && !this.editing) this.commitFormulaBar();
    });
    new ResizeObserver(() => this.schedule()).observe(this.scroller);
    model.subscribe((e) => this.onModelEvent(e));
    this.relabel();
  }

  // ------------------------------------------------------------ layout

  private colWidth(col: number): number {
    return this.model.sheetMeta(this.model.activeSheet()).colWidths.get(col) ?? DEFAULT_WIDTH;
  }

  private resetSheet(): void {
    const sheet = this.model.activeSheet();
    const hidden = this.model.allMeta().get(sheet)?.hiddenRows;
    this.updateExtent();
    if (hidden && hidden.size > 0) {
      this.rowOrder = [];
      this.rowIndex = new Map();
      for (let r = 1; r <= this.rowsShown + hidden.size; r++) {
        if (hidden.has(r)) continue;
        this.rowIndex.set(r, this.rowOrder.length);
        this.rowOrder.push(r);
      }
    } else {
      this.rowOrder = null;
      this.rowIndex = null;
    }
    this.renderTabs();
    this.renderHeader();
    this.scroller.scrollTop = 0;
    this.scroller.scrollLeft = 0;
    this.syncSelection(true);
  }

  private updateExtent(): void {
    const d = this.model.dimensions(this.model.activeSheet());
    const sel = this.model.selection();
    const rows = Math.max(MIN_ROWS, d.rows + EXTRA_ROWS, sel.bottom + EXTRA_ROWS);
    const cols = Math.max(MIN_COLS, d.cols + EXTRA_COLS, sel.right + 1);
    const changed = rows !== this.rowsShown || cols !== this.colsShown;
    this.rowsShown = rows;
    this.colsShown = cols;
    this.colX = [0];
    for (let c = 1; c <= cols; c++) this.colX.push((this.colX[c - 1] ?? 0) + this.colWidth(c));
    const totalW = HEADER_W + (this.colX[cols] ?? 0);
    this.canvas.style.height = `${this.rowCount() * ROW_H}px`;
    this.canvas.style.width = `${totalW}px`;
    this.el.grid.setAttribute("aria-rowcount", String(this.rowsShown + 1));
    this.el.grid.setAttribute("aria-colcount", String(this.colsShown + 1));
    if (changed && this.rowOrder) {
      const hidden = this.model.allMeta().get(this.model.activeSheet())?.hiddenRows ?? new Set<number>();
      let r = (this.rowOrder[this.rowOrder.length - 1] ?? 0) + 1;
      while (this.rowOrder.length < this.rowsShown) {
        if (!hidden.has(r)) {
          this.rowIndex?.set(r, this.rowOrder.length);
          this.rowOrder.push(r);
        }
        r++;
      }
    }
  }

  private rowCount(): number {
    return this.rowOrder ? this.rowOrder.length : this.rowsShown;
  }

  private rowAt(index: number): number {
    return this.rowOrder ? (this.rowOrder[index] ?? index + 1) : index + 1;
  }

  private indexOfRow(row: number): number {
    if (!this.rowIndex) return row - 1;
    const i = this.rowIndex.get(row);
    if (i !== undefined) return i;
    // A hidden row: the nearest shown row above it.
    for (let r = row - 1; r >= 1; r--) {
      const j = this.rowIndex.get(r);
      if (j !== undefined) return j;
    }
    return 0;
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  private visibleCols(): [number, number] {
    const x0 = this.scroller.scrollLeft;
    const x1 = x0 + this.scroller.clientWidth;
    let first = 1;
    while (first < this.colsShown && (this.colX[first] ?? 0) < x0) first++;
    let last = first;
    while (last < this.colsShown && (this.colX[last - 1] ?? 0) < x1) last++;
    return [first, last];
  }

  private renderHeader(): void {
    const corner = div("wb-corner", { role: "columnheader", "aria-colindex": "1", "aria-label": `${this.t("wb.row")} / ${this.t("wb.column")}` });
    corner.style.width = `${HEADER_W}px`;
    const cells: HTMLElement[] = [corner];
    for (let c = 1; c <= this.colsShown; c++) {
      const h = div("wb-colhead", { role: "columnheader", "aria-colindex": String(c + 1), "data-col": String(c) });
      h.style.width = `${this.colWidth(c)}px`;
      h.textContent = columnLetters(c);
      // The right edge of a column's letter: drag it to change the width, double-click it to fit the contents, as in Excel.
      h.append(div("wb-colgrip", { "data-col": String(c), title: this.t("wb.columnWidth", columnLetters(c)), "aria-hidden": "true" }));
      cells.push(h);
    }
    this.headRow.replaceChildren(...cells);
    this.headRow.style.width = `${HEADER_W + (this.colX[this.colsShown] ?? 0) + 40}px`;
  }

  /** Draws the rows in view; called on scroll, resize and every change. */
  render(): void {
    const sheet = this.model.activeSheet();
    const sel = this.model.selection();
    const top = this.scroller.scrollTop;
    const height = this.scroller.clientHeight || 600;
    const first = Math.max(0, Math.floor(top / ROW_H) - OVERSCAN);
    const last = Math.min(this.rowCount() - 1, Math.ceil((top + height) / ROW_H) + OVERSCAN);
    const [c0, c1] = this.visibleCols();
    const rows: HTMLElement[] = [];
    for (let i = first; i <= last; i++) {
      const r = this.rowAt(i);
      const rowEl = div("wb-row", { role: "row", "aria-rowindex": String(r + 1), "data-row": String(r) });
      rowEl.style.top = `${i * ROW_H}px`;
      const rh = div("wb-rowhead", { role: "rowheader", "aria-colindex": "1", "data-row": String(r) });
      rh.textContent = String(r);
      if (r >= sel.top && r <= sel.bottom) rh.classList.add("wb-head-sel");
      rowEl.append(rh);
      const spacer = div("wb-spacer", { "aria-hidden": "true" });
      spacer.style.width = `${this.colX[c0 - 1] ?? 0}px`;
      rowEl.append(spacer);
      for (let c = c0; c <= c1; c++) rowEl.append(this.cell(sheet, r, c, sel, c1));
      rows.push(rowEl);
    }
    this.body.replaceChildren(...rows);
    for (const h of this.headRow.querySelectorAll<HTMLElement>(".wb-colhead")) {
      const c = Number(h.dataset["col"]);
      h.classList.toggle("wb-head-sel", c >= sel.left && c <= sel.right);
    }
    this.placeEditor();
  }

  private cell(sheet: string, r: number, c: number, sel: ReturnType<WorkbookModel["selection"]>, lastCol: number): HTMLElement {
    const selected = r >= sel.top && r <= sel.bottom && c >= sel.left && c <= sel.right;
    const el = div("wb-cell", {
      role: "gridcell",
      id: `cell-${r}-${c}`,
      "aria-colindex": String(c + 1),
      "aria-selected": selected ? "true" : "false",
      "data-row": String(r),
      "data-col": String(c),
    });
    el.style.width = `${this.colWidth(c)}px`;
    const v = this.model.cellValue(sheet, r, c);
    if (v !== null) {
      const shown = displayValue(v, this.model.numFmt(sheet, r, c), this.model.lang);
      const room = typeof v === "string" ? this.spillRoom(sheet, r, c, lastCol) : 0;
      // As in Excel, a text runs on over the empty cells to its right ("Investeringsplan 2026-2029" in A1).
      const spill = room > 0 ? document.createElement("span") : null;
      if (spill !== null) {
        spill.className = "wb-spill";
        spill.style.maxWidth = `${this.colWidth(c) + room - CELL_CHROME}px`;
        spill.textContent = shown;
        el.classList.add("wb-spills");
        el.append(spill);
      } else el.textContent = shown;
      if (typeof v === "number") el.classList.add("wb-num");
      else if (typeof v === "boolean") el.classList.add("wb-bool");
      else if (v instanceof DetailedCellError) {
        el.classList.add("wb-err");
        if (v.message) el.title = v.message;
      }
      const fill = this.model.fillAt(sheet, r, c);
      if (fill !== undefined) el.style.backgroundColor = fill;
      // The text that runs on keeps its cell's fill.
      if (fill !== undefined && spill !== null) spill.style.backgroundColor = fill;
      if (this.model.isBold(sheet, r, c)) el.classList.add("wb-bold");
      if (this.model.linkTarget(sheet, r, c)) {
        el.classList.add("wb-link");
        el.title = this.t("wb.linkHint");
      }
    }
    if (selected) el.classList.add("wb-sel");
    if (r === sel.row && c === sel.col) el.classList.add("wb-active");
    return el;
  }

  /** The width of the empty cells right of (r, c), up to the last column drawn: where its text may run on. */
  private spillRoom(sheet: string, r: number, c: number, lastCol: number): number {
    let room = 0;
    for (let k = c + 1; k <= lastCol && this.model.cellValue(sheet, r, k) === null; k++) room += this.colWidth(k);
    return room;
  }

  private renderTabs(): void {
    const tabs = this.el.tabs;
    tabs.setAttribute("role", "tablist");
    tabs.setAttribute("aria-label", this.t("wb.sheets"));
    const active = this.model.activeSheet();
    const buttons = this.model.visibleSheets().map((name) => {
      const b = document.createElement("button");
      b.type = "button";
      b.className = "wb-tab";
      b.setAttribute("role", "tab");
      b.setAttribute("aria-selected", name === active ? "true" : "false");
      b.setAttribute("aria-controls", this.el.grid.id);
      b.setAttribute("data-sheet", name);
      b.tabIndex = name === active ? 0 : -1;
      b.textContent = name;
      b.addEventListener("click", () => {
        this.model.setActiveSheet(name);
        this.el.grid.focus();
      });
      b.addEventListener("keydown", (e) => {
        if (e.key !== "ArrowRight" && e.key !== "ArrowLeft") return;
        const all = [...tabs.querySelectorAll<HTMLButtonElement>("button")];
        const i = all.indexOf(b) + (e.key === "ArrowRight" ? 1 : -1);
        const next = all[(i + all.length) % all.length];
        next?.focus();
        e.preventDefault();
      });
      return b;
    });
    tabs.replaceChildren(...buttons);
  }

  // ------------------------------------------------------------ selection

  private onModelEvent(e: ModelEvent): void {
    if (e.type === "sheets") {
      this.cancelEdit();
      this.resetSheet();
      return;
    }
    if (e.type === "cells") {
      this.updateExtent();
      this.renderHeader();
      this.syncSelection(false);
      return;
    }
    if (e.type === "selection") this.syncSelection(e.reveal);
  }

  private syncSelection(reveal: boolean): void {
    const sel = this.model.selection();
    if (sel.bottom + 5 > this.rowsShown || sel.right >= this.colsShown) {
      this.updateExtent();
      this.renderHeader();
    }
    this.el.nameBox.textContent = cellAddress(sel.row, sel.col);
    if (!this.editing && document.activeElement !== this.el.formulaInput) {
      this.el.formulaInput.value = this.model.cellInput(sel.sheet, sel.row, sel.col);
      this.formulaDirty = false;
    }
    this.el.grid.setAttribute("aria-activedescendant", `cell-${sel.row}-${sel.col}`);
    if (reveal) this.reveal(sel.row, sel.col);
    // Drawn at once, not on the next frame: after a key or an edit the DOM is current (tests and screen readers read it).
    this.render();
  }

  /** Scrolls so the cell is in view (the active cell after keys; a budget line after selectRow). */
  private reveal(row: number, col: number): void {
    const y = this.indexOfRow(row) * ROW_H;
    const h = this.scroller.clientHeight || 600;
    if (y < this.scroller.scrollTop) this.scroller.scrollTop = y;
    else if (y + ROW_H > this.scroller.scrollTop + h) this.scroller.scrollTop = y + ROW_H - h;
    const x0 = this.colX[col - 1] ?? 0;
    const x1 = this.colX[col] ?? x0;
    const w = (this.scroller.clientWidth || 800) - HEADER_W;
    if (x0 < this.scroller.scrollLeft) this.scroller.scrollLeft = x0;
    else if (x1 > this.scroller.scrollLeft + w) this.scroller.scrollLeft = x1 - w;
  }

  private moveTo(row: number, col: number, extend: boolean): void {
    const r = Math.max(1, row);
    const c = Math.max(1, col);
    const sel = this.model.selection();
    if (extend) {
      // The active cell stays the anchor; the far corner moves to (r, c).
      this.model.select({ top: sel.row, bottom: r, left: sel.col, right: c, row: sel.row, col: sel.col }, false);
      this.reveal(r, c);
      return;
    }
    this.model.select({ top: r, bottom: r, left: c, right: c }, true);
  }

  private farCorner(): { row: number; col: number } {
    const sel = this.model.selection();
    return { row: sel.top === sel.row ? sel.bottom : sel.top, col: sel.left === sel.col ? sel.right : sel.left };
  }

  /** The next shown row from `row` by `delta` rows, skipping hidden ones. */
  private stepRow(row: number, delta: number): number {
    const i = Math.max(0, Math.min(this.rowCount() - 1, this.indexOfRow(row) + delta));
    return this.rowAt(i);
  }

  private pageRows(): number {
    return Math.max(1, Math.floor((this.scroller.clientHeight || 600) / ROW_H) - 1);
  }

  private cellOf(target: EventTarget | null): { row: number; col: number } | null {
    const el = target instanceof HTMLElement ? target.closest<HTMLElement>("[data-row][data-col]") : null;
    if (!el) return null;
    return { row: Number(el.dataset["row"]), col: Number(el.dataset["col"]) };
  }

  private onMouseDown(e: MouseEvent): void {
    if (e.button !== 0) return;
    const target = e.target instanceof HTMLElement ? e.target : null;
    const rowHead = target?.closest<HTMLElement>(".wb-rowhead");
    if (this.editing && target !== this.editor) this.commit(0, 0);
    if (rowHead) {
      const r = Number(rowHead.dataset["row"]);
      this.model.select({ top: r, bottom: r, left: 1, right: Math.max(1, this.model.dimensions(this.model.activeSheet()).cols), row: r, col: 1 });
      e.preventDefault();
      this.el.grid.focus();
      return;
    }
    const pos = this.cellOf(target);
    if (!pos) return;
    e.preventDefault();
    this.el.grid.focus();
    if (e.shiftKey) {
      const sel = this.model.selection();
      this.model.select({ top: sel.row, bottom: pos.row, left: sel.col, right: pos.col, row: sel.row, col: sel.col });
    } else {
      this.model.select({ top: pos.row, bottom: pos.row, left: pos.col, right: pos.col });
    }
    this.dragging = true;
  }

  private onMouseMove(e: MouseEvent): void {
    if (!this.dragging || (e.buttons & 1) === 0) return;
    const pos = this.cellOf(e.target);
    if (!pos) return;
    const sel = this.model.selection();
    const far = this.farCorner();
    if (far.row === pos.row && far.col === pos.col) return;
    this.model.select({ top: sel.row, bottom: pos.row, left: sel.col, right: pos.col, row: sel.row, col: sel.col });
  }

  private onClick(e: MouseEvent): void {
    const pos = this.cellOf(e.target);
    if (!pos || e.shiftKey) return;
    this.followLink(pos.row, pos.col);
  }

  private followLink(row: number, col: number): boolean {
    const target = this.model.linkTarget(this.model.activeSheet(), row, col);
    if (!target) return false;
    this.model.goTo(target);
    this.el.grid.focus();
    return true;
  }

  private onHeaderDown(e: MouseEvent): void {
    const grip = e.target instanceof HTMLElement ? e.target.closest<HTMLElement>(".wb-colgrip") : null;
    if (grip) {
      e.preventDefault();
      if (this.editing) this.commit(0, 0);
      // The second press of a double-click (counted by the browser: the first press redrew the header,
      // so no dblclick event reaches the edge it was made on) fits the column; a press drags it.
      if (e.detail === 2) this.fitColumn(Number(grip.dataset["col"]));
      else this.dragWidth(Number(grip.dataset["col"]), e.clientX);
      return;
    }
    const h = e.target instanceof HTMLElement ? e.target.closest<HTMLElement>(".wb-colhead") : null;
    if (!h) return;
    e.preventDefault();
    if (this.editing) this.commit(0, 0);
    const c = Number(h.dataset["col"]);
    const rows = Math.max(1, this.model.dimensions(this.model.activeSheet()).rows);
    this.model.select({ top: 1, bottom: rows, left: c, right: c, row: 1, col: c });
    this.el.grid.focus();
  }

  // ------------------------------------------------------------ column widths

  /**
   * Follows the mouse from the edge of column `col`: the column is drawn at each width on the way,
   * and only the width it is let go at becomes a step of the undo history.
   */
  private dragWidth(col: number, x0: number): void {
    const sheet = this.model.activeSheet();
    const widths = this.model.sheetMeta(sheet).colWidths;
    const before = widths.get(col);
    const start = this.colWidth(col);
    let width = start;
    const move = (ev: MouseEvent): void => {
      width = Math.max(MIN_WIDTH, Math.round(start + ev.clientX - x0));
      widths.set(col, width);
      this.relayout();
    };
    const up = (): void => {
      window.removeEventListener("mousemove", move);
      window.removeEventListener("mouseup", up);
      // The width as it was until the step is taken: the model records the new one.
      if (before === undefined) widths.delete(col);
      else widths.set(col, before);
      if (width !== start) this.model.setColumnWidth(sheet, col, width);
      else this.relayout();
    };
    window.addEventListener("mousemove", move);
    window.addEventListener("mouseup", up);
  }

  /** Column `col` as wide as its widest text (of its first rows), as Excel's double-click on the edge does. */
  private fitColumn(col: number): void {
    const sheet = this.model.activeSheet();
    const ctx = (this.measurer ??= document.createElement("canvas").getContext("2d"));
    if (ctx === null) return;
    const sample = this.body.querySelector<HTMLElement>(".wb-cell") ?? this.el.grid;
    const style = getComputedStyle(sample);
    const plain = `${style.fontSize} ${style.fontFamily}`;
    const rows = Math.min(this.model.dimensions(sheet).rows, FIT_ROWS);
    let widest = 0;
    for (let r = 1; r <= rows; r++) {
      const v = this.model.cellValue(sheet, r, col);
      if (v === null) continue;
      ctx.font = this.model.isBold(sheet, r, col) ? `600 ${plain}` : plain;
      widest = Math.max(widest, ctx.measureText(displayValue(v, this.model.numFmt(sheet, r, col), this.model.lang)).width);
    }
    // An empty column goes back to the default width.
    const width = widest === 0 ? DEFAULT_WIDTH : Math.min(MAX_FIT_WIDTH, Math.ceil(widest) + CELL_CHROME);
    if (width !== this.colWidth(col)) this.model.setColumnWidth(sheet, col, width);
  }

  private relayout(): void {
    this.updateExtent();
    this.renderHeader();
    this.render();
  }

  // ------------------------------------------------------------ keys

  private onGridKey(e: KeyboardEvent): void {
    if (e.target !== this.el.grid) return;
    const sel = this.model.selection();
    const ctrl = e.ctrlKey || e.metaKey;
    const from = e.shiftKey ? this.farCorner() : { row: sel.row, col: sel.col };
    const d = this.model.dimensions(this.model.activeSheet());
    let handled = true;
    switch (e.key) {
      case "ArrowDown":
        this.moveTo(ctrl ? Math.max(d.rows, 1) : this.stepRow(from.row, 1), from.col, e.shiftKey);
        break;
      case "ArrowUp":
        this.moveTo(ctrl ? 1 : this.stepRow(from.row, -1), from.col, e.shiftKey);
        break;
      case "ArrowRight":
        this.moveTo(from.row, ctrl ? Math.max(d.cols, 1) : from.col + 1, e.shiftKey);
        break;
      case "ArrowLeft":
        this.moveTo(from.row, ctrl ? 1 : from.col - 1, e.shiftKey);
        break;
      case "PageDown":
        this.moveTo(this.stepRow(from.row, this.pageRows()), from.col, e.shiftKey);
        break;
      case "PageUp":
        this.moveTo(this.stepRow(from.row, -this.pageRows()), from.col, e.shiftKey);
        break;
      case "Home":
        this.moveTo(ctrl ? 1 : from.row, 1, e.shiftKey);
        break;
      case "End":
        this.moveTo(ctrl ? Math.max(d.rows, 1) : from.row, Math.max(d.cols, 1), e.shiftKey);
        break;
      case "Enter":
        if (ctrl) {
          if (!this.followLink(sel.row, sel.col)) handled = false;
        } else this.moveWithin(e.shiftKey ? -1 : 1, 0);
        break;
      case "Tab":
        this.moveWithin(0, e.shiftKey ? -1 : 1);
        break;
      case "F2":
        this.startEdit("edit");
        break;
      case "Delete":
      case "Backspace":
        this.model.clearRange(sel);
        break;
      case "a":
      case "A":
        if (ctrl) {
          this.model.select({ top: 1, left: 1, bottom: Math.max(1, d.rows), right: Math.max(1, d.cols), row: sel.row, col: sel.col });
          break;
        }
        handled = this.typeToEdit(e);
        break;
      default:
        handled = this.typeToEdit(e);
    }
    if (handled) e.preventDefault();
  }

  /** Enter and Tab move within a multi-cell selection, else to the next cell. */
  private moveWithin(dRow: number, dCol: number): void {
    const sel = this.model.selection();
    if (sel.bottom > sel.top || sel.right > sel.left) {
      let row = sel.row + dRow;
      let col = sel.col + dCol;
      if (col > sel.right) (col = sel.left), (row += 1);
      if (col < sel.left) (col = sel.right), (row -= 1);
      if (row > sel.bottom) (row = sel.top), (col = dRow !== 0 ? (col + 1 > sel.right ? sel.left : col + 1) : col);
      if (row < sel.top) (row = sel.bottom), (col = dRow !== 0 ? (col - 1 < sel.left ? sel.right : col - 1) : col);
      this.model.select({ ...sel, row, col }, true);
      return;
    }
    this.moveTo(dRow !== 0 ? this.stepRow(sel.row, dRow) : sel.row, sel.col + dCol, false);
  }

  private typeToEdit(e: KeyboardEvent): boolean {
    if (e.ctrlKey || e.metaKey || e.altKey || e.key.length !== 1) return false;
    this.startEdit("enter", e.key);
    return true;
  }

  // ------------------------------------------------------------ editing

  private startEdit(mode: EditMode, initial?: string): void {
    const sel = this.model.selection();
    const original = this.model.cellInput(sel.sheet, sel.row, sel.col);
    this.editing = { mode, row: sel.row, col: sel.col, original };
    this.editor.value = initial ?? original;
    this.el.formulaInput.value = this.editor.value;
    this.editor.hidden = false;
    this.reveal(sel.row, sel.col);
    this.placeEditor();
    this.editor.focus();
    const end = this.editor.value.length;
    this.editor.setSelectionRange(end, end);
  }

  private placeEditor(): void {
    if (!this.editing) return;
    const { row, col } = this.editing;
    this.editor.style.top = `${this.indexOfRow(row) * ROW_H}px`;
    this.editor.style.left = `${HEADER_W + (this.colX[col - 1] ?? 0)}px`;
    this.editor.style.minWidth = `${this.colWidth(col)}px`;
    this.editor.style.height = `${ROW_H}px`;
  }

  /** Confirms the edit and moves the active cell by (dRow, dCol). */
  private commit(dRow: number, dCol: number): void {
    const ed = this.editing;
    if (!ed) return;
    this.editing = null;
    this.editor.hidden = true;
    const value = this.editor.value;
    // Unchanged text is not written back: "6.1" kept as text must not become a number.
    if (value !== ed.original && !this.write(this.model.activeSheet(), ed.row, ed.col, value)) {
      // The editor stays open with what was typed, as Excel keeps a formula it cannot read.
      this.editing = ed;
      this.editor.hidden = false;
      this.editor.focus();
      return;
    }
    this.formulaDirty = false;
    this.el.grid.focus();
    if (dRow !== 0 || dCol !== 0) this.moveWithin(dRow, dCol);
    else this.syncSelection(false);
  }

  private cancelEdit(): void {
    if (!this.editing) return;
    this.editing = null;
    this.editor.hidden = true;
    this.formulaDirty = false;
    const sel = this.model.selection();
    this.el.formulaInput.value = this.model.cellInput(sel.sheet, sel.row, sel.col);
    this.el.grid.focus();
  }

  private onEditorKey(e: KeyboardEvent): void {
    const ed = this.editing;
    if (!ed) return;
    let handled = true;
    switch (e.key) {
      case "Enter":
        this.commit(e.shiftKey ? -1 : 1, 0);
        break;
      case "Tab":
        this.commit(0, e.shiftKey ? -1 : 1);
        break;
      case "Escape":
        this.cancelEdit();
        break;
      case "F2":
        ed.mode = ed.mode === "enter" ? "edit" : "enter";
        break;
      case "ArrowDown":
      case "ArrowUp":
      case "ArrowLeft":
      case "ArrowRight":
        // Typing started the edit: arrows confirm and move, as in Excel's Enter mode.
        if (ed.mode === "enter") {
          const dr = e.key === "ArrowDown" ? 1 : e.key === "ArrowUp" ? -1 : 0;
          const dc = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
          this.commit(0, 0);
          const sel = this.model.selection();
          this.moveTo(this.stepRow(sel.row, dr), sel.col + dc, false);
        } else handled = false;
        break;
      default:
        handled = false;
    }
    if (handled) e.preventDefault();
    e.stopPropagation();
  }

  private commitFormulaBar(): void {
    const sel = this.model.selection();
    const value = this.el.formulaInput.value;
    this.formulaDirty = false;
    if (value !== this.model.cellInput(sel.sheet, sel.row, sel.col)) this.write(sel.sheet, sel.row, sel.col, value);
  }

  /** Writes what the user typed; false (and a message) for a formula the engine cannot read. */
  private write(sheet: string, row: number, col: number, value: string): boolean {
    try {
      this.model.setCellInput(sheet, row, col, value);
      return true;
    } catch (e) {
      if (!(e instanceof FormulaError)) throw e;
      this.report(this.t("wb.badFormula"), true);
      return false;
    }
  }

  private t<K extends Key>(key: K, ...args: Args<K>): string {
    return msg(this.model.lang, key, ...args);
  }

  /** The grid's own words, in the model's language (again after the pane switched it). */
  relabel(): void {
    this.el.grid.setAttribute("aria-label", this.t("wb.grid"));
    this.el.grid.setAttribute("aria-description", this.t("wb.editHint"));
    this.scroller.setAttribute("aria-label", this.t("wb.grid"));
    this.editor.setAttribute("aria-label", this.t("wb.formulaBar"));
    this.resetSheet();
  }

  private onFormulaKey(e: KeyboardEvent): void {
    if (e.key === "Enter") {
      e.preventDefault();
      if (this.editing) {
        this.editor.value = this.el.formulaInput.value;
        this.commit(1, 0);
      } else {
        this.commitFormulaBar();
        this.el.grid.focus();
        this.moveWithin(1, 0);
      }
    } else if (e.key === "Escape") {
      e.preventDefault();
      if (this.editing) this.cancelEdit();
      else {
        const sel = this.model.selection();
        this.el.formulaInput.value = this.model.cellInput(sel.sheet, sel.row, sel.col);
        this.formulaDirty = false;
        this.el.grid.focus();
      }
    }
  }

  focus(): void {
    this.el.grid.focus();
  }
}
