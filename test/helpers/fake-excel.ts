// A small in-memory Excel with Office.js batch semantics, for the Excel host's
// tests. It implements exactly the calls taskpane/host/excel.ts makes:
// commands are queued and run in order at context.sync(); loaded properties
// can be read only after that sync; *OrNullObject results are null objects
// whose isNullObject is readable after a sync, and any method called on a null
// object fails the batch (Office does not document that chaining, so the host
// must not rely on it). Optional web limits: a sync whose written values or
// loaded values exceed 5 MB of JSON fails like Excel on the web; optional
// desktop limit: a values read over a number of cells answers null.
// Formulas written through formulasLocal are checked against the regional
// separators, and custom-function names against the metadata Excel loaded,
// as Excel would: a wrong separator rejects the whole batch, an unknown name
// shows #NAME?. reopen() simulates saving and opening the file again: new
// ids for conditional formats and sheets, names and cells as they were.

export interface Rect {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  /** Text entered with a leading apostrophe. */
  quotePrefix?: boolean;
  bold?: boolean;
  /** Number format set through range.numberFormat. */
  format?: string;
  /** The formula was written through range.formulasLocal (the user's language). */
  local?: boolean;
}

export interface FakeRule {
  id: string;
  sheet: string;
  rect: Rect;
  type: string;
  fill?: string;
  rule?: unknown;
}

export interface FakeName {
  name: string;
  /** The sheet object, so a renamed sheet keeps its names (as in Excel). */
  sheet: FakeSheet;
  rect: Rect;
  visible: boolean;
}

/** A sheet whose cells are computed, for reads of a million rows without storing them. */
export interface Generated {
  rows: number;
  cols: number;
  value(row: number, col: number): string | number;
}

export interface FakeSheet {
  name: string;
  /** Excel's worksheet id: changes when the file is saved and opened again. */
  id: string;
  cells: Map<string, FakeCell>;
  generated?: Generated;
  hiddenRows: Set<number>;
  tables: { name: string; rect: Rect }[];
  frozenRows: number;
  visibility?: string;
  hiddenColumns?: Set<number>;
  /** Column widths in points, as range.format.columnWidth sets them. */
  columnWidths?: Map<number, number>;
}

/** Excel's standard column width (8.43 characters) in points. */
export const DEFAULT_COLUMN_POINTS = 48;

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

const key = (r: number, c: number) => `${r},${c}`;

function colName(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
export function addressOf(r: Rect): string {
  const a = `${colName(r.left)}${r.top}`;
  return r.rows === 1 && r.cols === 1 ? a : `${a}:${colName(r.left + r.cols - 1)}${r.top + r.rows - 1}`;
}
export function parseRect(address: string): Rect {
  const a1 = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a = "", b = a] = a1.replace(/\$/g, "").toUpperCase().split(":");
  const m1 = /^([A-Z]*)(\d*)$/.exec(a);
  const m2 = /^([A-Z]*)(\d*)$/.exec(b);
  if (!m1 || !m2) throw new FakeExcelError("InvalidArgument", `bad address ${address}`);
  const c1 = m1[1] ? colNumber(m1[1]) : 1;
  const c2 = m2[1] ? colNumber(m2[1]) : 16384;
  const r1 = m1[2] ? Number(m1[2]) : 1;
  const r2 = m2[2] ? Number(m2[2]) : 1048576;
  return { top: r1, left: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}

export interface FakeWorkbookInit {
  sheets: { name: string; rows?: unknown[][]; top?: number; left?: number; hiddenRows?: number[]; tables?: { name: string; address: string }[] }[];
  active?: string;
  /** Selected area(s) on the active sheet, e.g. "B2" or "B2:D9". */
  selection?: string;
  /** Active cell; defaults to the top-left of the selection. */
  activeCell?: string;
  webLimits?: boolean;
  /** Cells above which a values read answers null (Excel desktop's five million). */
  desktopCellLimit?: number;
  /** The regional decimal separator (cultureInfo); "," means ";" between arguments. Default ".". */
  decimalSeparator?: string;
  /** Requirement sets the fake Excel supports, e.g. { ExcelApi: "1.13" }; default ExcelApi 1.9. */
  apiVersion?: string;
  /** The custom-function names Excel loaded (with namespace, upper case); others give #NAME?. */
  functionNames?: readonly string[];
}

/** The workbook's state; ctx() hands out a request context on it. */
export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  rules: FakeRule[] = [];
  names: FakeName[] = [];
  desktopCellLimit: number | undefined;
  decimalSeparator: string;
  apiVersion: string;
  functionNames: Set<string> | null;
  /** Workbooks opened through insertWorksheetsFromBase64 (their base64). */
  inserted: string[] = [];
  /** Largest number of cells asked for by one values read. */
  maxReadCells = 0;
  active: string;
  selection: Rect;
  activeCell: { row: number; col: number };
  webLimits: boolean;
  syncs = 0;
  /** Estimated request bytes (written values/formulas as JSON) of each sync, in order. */
  requestBytes: number[] = [];
  private nextRule = 1;
  private nextSheet = 1;

  constructor(init: FakeWorkbookInit) {
    for (const s of init.sheets) {
      const sheet = this.addSheet(s.name);
      (s.rows ?? []).forEach((row, i) =>
        row.forEach((v, j) => {
          if (v === null || v === undefined || v === "") return;
          const r = (s.top ?? 1) + i;
          const c = (s.left ?? 1) + j;
          if (typeof v === "string" && v.startsWith("=")) sheet.cells.set(key(r, c), { value: "", formula: v });
          else sheet.cells.set(key(r, c), { value: v as string | number | boolean });
        }),
      );
      for (const h of s.hiddenRows ?? []) sheet.hiddenRows.add(h);
      for (const t of s.tables ?? []) sheet.tables.push({ name: t.name, rect: parseRect(t.address) });
    }
    this.active = init.active ?? init.sheets[0]?.name ?? "Sheet1";
    this.selection = parseRect(init.selection ?? "A1");
    const ac = parseRect(init.activeCell ?? addressOf(this.selection));
    this.activeCell = { row: ac.top, col: ac.left };
    this.webLimits = init.webLimits ?? false;
    this.desktopCellLimit = init.desktopCellLimit;
    this.decimalSeparator = init.decimalSeparator ?? ".";
    this.apiVersion = init.apiVersion ?? "1.9";
    this.functionNames = init.functionNames ? new Set(init.functionNames.map((n) => n.toUpperCase())) : null;
  }

  /** Office.context.requirements.isSetSupported for this fake. */
  readonly isSetSupported = (name: string, version: string): boolean => {
    if (name !== "ExcelApi") return false;
    const [a = 0, b = 0] = this.apiVersion.split(".").map(Number);
    const [c = 0, d = 0] = version.split(".").map(Number);
    return a > c || (a === c && b >= d);
  };

  /** Saving and opening the file again: every conditional format and sheet gets a new id. */
  reopen(): void {
    for (const r of this.rules) r.id = this.newRuleId();
    for (const s of this.sheets) s.id = `{sheet-${this.nextSheet++}}`;
  }

  /** Inserts `n` rows before `at` on a sheet, moving cells, names and rules below as Excel does. */
  insertRows(sheet: string, at: number, n: number): void {
    const s = this.sheet(sheet);
    const moved = new Map<string, FakeCell>();
    for (const [k, cell] of s.cells) {
      const [r = 0, c = 0] = k.split(",").map(Number);
      moved.set(key(r >= at ? r + n : r, c), cell);
    }
    s.cells = moved;
    const shift = (rect: Rect): Rect => {
      if (rect.top >= at) return { ...rect, top: rect.top + n };
      if (rect.top + rect.rows > at) return { ...rect, rows: rect.rows + n };
      return rect;
    };
    for (const nm of this.names) if (nm.sheet === s) nm.rect = shift(nm.rect);
    for (const r of this.rules) if (r.sheet === s.name) r.rect = shift(r.rect);
  }

  /** Renames a sheet; its names and rules follow. */
  renameSheet(from: string, to: string): void {
    const s = this.sheet(from);
    for (const r of this.rules) if (r.sheet === s.name) r.sheet = to;
    s.name = to;
  }

  addSheet(name: string): FakeSheet {
    if (this.findSheet(name)) throw new FakeExcelError("ItemAlreadyExists", `sheet ${name} exists`);
    const s: FakeSheet = { name, id: `{sheet-${this.nextSheet++}}`, cells: new Map(), hiddenRows: new Set(), tables: [], frozenRows: 0 };
    this.sheets.push(s);
    return s;
  }

  findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheet(name: string): FakeSheet {
    const s = this.findSheet(name);
    if (!s) throw new FakeExcelError("ItemNotFound", `no sheet ${name}`);
    return s;
  }

  newRuleId(): string {
    return `{cf-${this.nextRule++}}`;
  }

  /** A deep, comparable copy of everything a user could see. */
  snapshot(): unknown {
    return {
      sheets: this.sheets.map((s) => ({
        name: s.name,
        cells: [...s.cells.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, c]) => [k, { ...c }]),
        hidden: [...s.hiddenRows].sort(),
        frozen: s.frozenRows,
        // A column set to the standard width looks as one never set: only the others count.
        widths: [...(s.columnWidths ?? new Map<number, number>())].filter(([, w]) => w !== DEFAULT_COLUMN_POINTS).sort(([a], [b]) => a - b),
        visibility: s.visibility ?? "Visible",
      })),
      rules: this.rules.map((r) => ({ ...r, id: "" })),
      names: this.names.map((n) => ({ name: n.name, sheet: n.sheet.name, rect: n.rect })),
    };
  }

  get(sheet: string, address: string): FakeCell | undefined {
    const r = parseRect(address);
    return this.sheet(sheet).cells.get(key(r.top, r.left));
  }

  ctx(): FakeContext {
    return new FakeContext(this);
  }

  /** A `run` for createExcelHost. */
  readonly run = <T>(fn: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => fn(this.ctx() as unknown as Excel.RequestContext);
}

type Op = { run: () => void; requestBytes: number };

export class FakeContext {
  ops: Op[] = [];
  /** Counts syncs, so a proxy resolves its target once per sync (a long used range is costly to find). */
  generation = 0;
  readonly workbook: FakeWorkbookProxy;
  responseBytes = 0;
  constructor(readonly wb: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
  }
  queue(run: () => void, requestBytes = 0): void {
    this.ops.push({ run, requestBytes });
  }
  async sync(): Promise<void> {
    const ops = this.ops;
    this.ops = [];
    this.wb.syncs++;
    const request = ops.reduce((n, o) => n + o.requestBytes, 0);
    this.wb.requestBytes.push(request);
    if (this.wb.webLimits && request > WEB_PAYLOAD_LIMIT) {
      throw new FakeExcelError("RequestPayloadSizeLimitExceeded", `request of ${request} bytes`);
    }
    this.responseBytes = 0;
    this.generation++;
    for (const op of ops) op.run();
    if (this.wb.webLimits && this.responseBytes > WEB_PAYLOAD_LIMIT) {
      throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", `response of ${this.responseBytes} bytes`);
    }
  }
}

/** Base of all proxies: loaded values become readable after the sync that loads them. */
class Proxy {
  protected loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  constructor(readonly context: FakeContext) {}
  protected get wb(): FakeWorkbook {
    return this.context.wb;
  }
  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new Error(`fake-excel: property ${prop} read before load and sync`);
    return this.loaded.get(prop) as T;
  }
  get isNullObject(): boolean {
    if (this.nullState === undefined) throw new Error("fake-excel: isNullObject read before sync");
    return this.nullState;
  }
  protected setNull(isNull: boolean): void {
    this.nullState = isNull;
  }
  load(props?: string): this {
    const list = (props ?? "").split(",").map((p) => p.trim()).filter(Boolean);
    this.context.queue(() => {
      const isNull = this.isNullNow();
      this.setNull(isNull);
      for (const p of list) this.loaded.set(p, isNull ? null : this.compute(p));
    });
    return this;
  }
  /** Resolved at sync; also sets isNullObject for null-object proxies that are synced without a load. */
  protected isNullNow(): boolean {
    return false;
  }
  protected compute(prop: string): unknown {
    throw new Error(`fake-excel: cannot load ${prop} on ${this.constructor.name}`);
  }
}

class FakeWorkbookProxy extends Proxy {
  readonly worksheets: WorksheetsProxy;
  readonly names: NamesProxy;
  readonly application: ApplicationProxy;
  constructor(context: FakeContext) {
    super(context);
    this.worksheets = new WorksheetsProxy(context);
    this.names = new NamesProxy(context);
    this.application = new ApplicationProxy(context);
  }
  insertWorksheetsFromBase64(base64: string, options?: { positionType?: string }): void {
    if (!this.wb.isSetSupported("ExcelApi", "1.13")) throw new Error("fake-excel: insertWorksheetsFromBase64 needs ExcelApi 1.13");
    if (options?.positionType !== "End") throw new Error("fake-excel: only positionType End is modelled");
    this.context.queue(() => {
      this.wb.inserted.push(base64);
      // The fake reads no xlsx: it adds the sheets a council workbook has, with Excel's free names.
      for (const name of ["Samenvatting", "Bronnen"]) {
        let n = name;
        for (let k = 2; this.wb.findSheet(n); k++) n = `${name} (${k})`;
        this.wb.addSheet(n);
      }
    });
  }
  getSelectedRanges(): RangeProxy {
    return new RangeProxy(this.context, () => ({ sheet: this.wb.sheet(this.wb.active), rect: this.wb.selection }));
  }
  getActiveCell(): RangeProxy {
    const { row, col } = this.wb.activeCell;
    return new RangeProxy(this.context, () => ({ sheet: this.wb.sheet(this.wb.active), rect: { top: row, left: col, rows: 1, cols: 1 } }));
  }
}

class WorksheetsProxy extends Proxy {
  items: WorksheetProxy[] = [];
  override load(props?: string): this {
    if (props !== "items/name" && props !== "items/name,items/visibility") throw new Error(`fake-excel: worksheets.load(${props})`);
    this.context.queue(() => {
      this.items = this.wb.sheets.map((s) => {
        const p = new WorksheetProxy(this.context, () => s);
        p.preload("name", s.name);
        p.preload("visibility", s.visibility ?? "Visible");
        return p;
      });
    });
    return this;
  }
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.wb.sheet(this.wb.active));
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.wb.sheet(name));
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    const p = new WorksheetProxy(this.context, () => this.wb.findSheet(name) ?? null);
    this.context.queue(() => p.resolveNull());
    return p;
  }
  add(name: string): WorksheetProxy {
    let sheet: FakeSheet | undefined;
    this.context.queue(() => {
      sheet = this.wb.addSheet(name);
    });
    return new WorksheetProxy(this.context, () => {
      if (!sheet) throw new Error("fake-excel: sheet not added yet");
      return sheet;
    });
  }
}

class WorksheetProxy extends Proxy {
  readonly freezePanes = {
    freezeRows: (n: number) => this.context.queue(() => void (this.sheet().frozenRows = n)),
  };
  constructor(
    context: FakeContext,
    private readonly resolve: () => FakeSheet | null,
  ) {
    super(context);
  }
  preload(prop: string, v: unknown): void {
    this.loaded.set(prop, v);
  }
  resolveNull(): void {
    this.setNull(this.resolve() === null);
  }
  sheet(): FakeSheet {
    const s = this.resolve();
    if (!s) throw new FakeExcelError("InvalidObjectPath", "method called on a null worksheet");
    return s;
  }
  protected override isNullNow(): boolean {
    return this.resolve() === null;
  }
  protected override compute(prop: string): unknown {
    if (prop === "name") return this.sheet().name;
    return super.compute(prop);
  }
  get name(): string {
    return this.read("name");
  }
  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(v: string) {
    this.context.queue(() => void (this.sheet().visibility = v));
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.context, () => ({ sheet: this.sheet(), rect: address ? parseRect(address) : { top: 1, left: 1, rows: 1048576, cols: 16384 } }));
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number): RangeProxy {
    return new RangeProxy(this.context, () => ({ sheet: this.sheet(), rect: { top: r + 1, left: c + 1, rows, cols } }));
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    if (valuesOnly !== true) throw new Error("fake-excel: only getUsedRangeOrNullObject(true) is modelled");
    const p = new RangeProxy(this.context, () => {
      const s = this.sheet();
      if (s.generated) return { sheet: s, rect: { top: 1, left: 1, rows: s.generated.rows, cols: s.generated.cols } };
      if (s.cells.size === 0) return null;
      let top = Infinity, left = Infinity, bottom = 0, right = 0;
      for (const k of s.cells.keys()) {
        const comma = k.indexOf(",");
        const r = Number(k.slice(0, comma));
        const c = Number(k.slice(comma + 1));
        top = Math.min(top, r); left = Math.min(left, c); bottom = Math.max(bottom, r); right = Math.max(right, c);
      }
      return { sheet: s, rect: { top, left, rows: bottom - top + 1, cols: right - left + 1 } };
    });
    this.context.queue(() => p.resolveNull());
    return p;
  }
  activate(): void {
    this.context.queue(() => {
      this.wb.active = this.sheet().name;
    });
  }
  delete(): void {
    this.context.queue(() => {
      const s = this.sheet();
      this.wb.sheets = this.wb.sheets.filter((x) => x !== s);
      this.wb.rules = this.wb.rules.filter((r) => r.sheet !== s.name);
      // A name whose sheet is gone refers to #REF!, as in Excel.
      for (const n of this.wb.names) if (n.sheet === s) n.rect = { top: 0, left: 0, rows: 0, cols: 0 };
    });
  }
}

/** A cell of a generated sheet, or a stored one. */
function cellAt(sheet: FakeSheet, r: number, c: number): FakeCell | undefined {
  const g = sheet.generated;
  if (g && r <= g.rows && c <= g.cols) return { value: g.value(r, c) };
  return sheet.cells.get(key(r, c));
}

class NamesProxy extends Proxy {
  getItemOrNullObject(name: string): NamedItemProxy {
    const p = new NamedItemProxy(this.context, () => this.wb.names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null);
    this.context.queue(() => p.resolveNull());
    return p;
  }
  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, () => {
      const n = this.wb.names.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!n) throw new FakeExcelError("ItemNotFound", `no name ${name}`);
      return n;
    });
  }
  add(name: string, reference: RangeProxy): NamedItemProxy {
    let added: FakeName | undefined;
    this.context.queue(() => {
      if (this.wb.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw new FakeExcelError("ItemAlreadyExists", `name ${name} exists`);
      const t = reference.target();
      added = { name, sheet: t.sheet, rect: t.rect, visible: true };
      this.wb.names.push(added);
    });
    return new NamedItemProxy(this.context, () => {
      if (!added) throw new Error("fake-excel: name not added yet");
      return added;
    });
  }
}

class NamedItemProxy extends Proxy {
  constructor(
    context: FakeContext,
    private readonly resolve: () => FakeName | null,
  ) {
    super(context);
  }
  resolveNull(): void {
    this.setNull(this.resolve() === null);
  }
  protected override isNullNow(): boolean {
    return this.resolve() === null;
  }
  private item(): FakeName {
    const n = this.resolve();
    if (!n) throw new FakeExcelError("InvalidObjectPath", "method called on a null name");
    return n;
  }
  protected override compute(prop: string): unknown {
    const n = this.item();
    if (prop === "type") return "Range";
    if (prop === "value") {
      if (n.rect.rows === 0 || !this.wb.sheets.includes(n.sheet)) return "#REF!";
      const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(n.sheet.name) ? n.sheet.name : `'${n.sheet.name.replace(/'/g, "''")}'`;
      return `${quoted}!${addressOf(n.rect).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
    }
    return super.compute(prop);
  }
  get type(): string {
    return this.read("type");
  }
  get value(): string {
    return this.read("value");
  }
  set visible(v: boolean) {
    this.context.queue(() => void (this.item().visible = v));
  }
  delete(): void {
    this.context.queue(() => {
      const n = this.item();
      this.wb.names = this.wb.names.filter((x) => x !== n);
    });
  }
}

class ApplicationProxy extends Proxy {
  readonly cultureInfo: { numberFormat: NumberFormatProxy };
  constructor(context: FakeContext) {
    super(context);
    this.cultureInfo = { numberFormat: new NumberFormatProxy(context) };
  }
  protected override compute(prop: string): unknown {
    if (!this.wb.isSetSupported("ExcelApi", "1.11")) throw new FakeExcelError("ApiNotFound", `application.${prop} needs ExcelApi 1.11`);
    if (prop === "decimalSeparator") return this.wb.decimalSeparator;
    if (prop === "useSystemSeparators") return true;
    return super.compute(prop);
  }
  get decimalSeparator(): string {
    return this.read("decimalSeparator");
  }
  get useSystemSeparators(): boolean {
    return this.read("useSystemSeparators");
  }
}

class NumberFormatProxy extends Proxy {
  protected override compute(prop: string): unknown {
    if (!this.wb.isSetSupported("ExcelApi", "1.11")) throw new FakeExcelError("ApiNotFound", "cultureInfo needs ExcelApi 1.11");
    if (prop === "numberDecimalSeparator") return this.wb.decimalSeparator;
    return super.compute(prop);
  }
  get numberDecimalSeparator(): string {
    return this.read("numberDecimalSeparator");
  }
}

type Target = { sheet: FakeSheet; rect: Rect } | null;

function cellsIn(t: { sheet: FakeSheet; rect: Rect }, f: (r: number, c: number, cell: FakeCell | undefined) => void): void {
  for (let r = t.rect.top; r < t.rect.top + t.rect.rows; r++) for (let c = t.rect.left; c < t.rect.left + t.rect.cols; c++) f(r, c, t.sheet.cells.get(key(r, c)));
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.top < b.top + b.rows && b.top < a.top + a.rows && a.left < b.left + b.cols && b.left < a.left + a.cols;
}

/** Runs of rows (or cells per row) as areas. */
function areas(rect: Rect, match: (r: number, c: number) => boolean, byRowOnly: boolean): Rect[] {
  const out: Rect[] = [];
  if (byRowOnly) {
    let start = -1;
    for (let r = rect.top; r <= rect.top + rect.rows; r++) {
      const ok = r < rect.top + rect.rows && match(r, rect.left);
      if (ok && start < 0) start = r;
      if (!ok && start >= 0) {
        out.push({ top: start, left: rect.left, rows: r - start, cols: rect.cols });
        start = -1;
      }
    }
    return out;
  }
  for (let r = rect.top; r < rect.top + rect.rows; r++) {
    let start = -1;
    for (let c = rect.left; c <= rect.left + rect.cols; c++) {
      const ok = c < rect.left + rect.cols && match(r, c);
      if (ok && start < 0) start = c;
      if (!ok && start >= 0) {
        out.push({ top: r, left: start, rows: 1, cols: c - start });
        start = -1;
      }
    }
  }
  return out;
}

/** Separator checks Excel makes when it parses a formula typed with these regional settings. */
export function checkSyntax(formula: string, decimal: string): void {
  const list = decimal === "," ? ";" : ",";
  let quoted: string | null = null;
  let braces = 0;
  for (let i = 1; i < formula.length; i++) {
    const ch = formula.charAt(i);
    if (quoted) {
      if (ch === quoted) quoted = null;
      continue;
    }
    if (ch === '"' || ch === "'") quoted = ch;
    else if (ch === "{") braces++;
    else if (ch === "}") braces--;
    else if (braces === 0 && (ch === ";" || ch === ",") && ch !== list) {
      // Under a decimal comma a "," between digits is a decimal sign, not a separator.
      const between = /\d/.test(formula.charAt(i - 1)) && /\d/.test(formula.charAt(i + 1));
      if (!(ch === decimal && between)) throw new FakeExcelError("InvalidArgument", `formula ${formula}: "${ch}" is not a separator under decimal "${decimal}"`);
    } else if (braces === 0 && ch === "." && decimal === "," && /\d/.test(formula.charAt(i - 1)) && /\d/.test(formula.charAt(i + 1))) {
      // A number (not a reference or a name) written with a decimal point.
      let j = i - 1;
      while (j > 0 && /\d/.test(formula.charAt(j))) j--;
      if (!/[A-Za-z0-9_$.]/.test(formula.charAt(j))) throw new FakeExcelError("InvalidArgument", `formula ${formula}: "." is no decimal sign under decimal ","`);
    }
  }
}

/** True when a formula calls a custom function Excel did not load (it shows #NAME?). */
function unknownFunction(formula: string, names: Set<string> | null): boolean {
  if (!names) return false;
  for (const m of formula.replace(/"[^"]*"/g, "").matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\(/g)) {
    const name = (m[1] ?? "").toUpperCase();
    if (name.includes(".") && !names.has(name)) return true;
  }
  return false;
}

function writeValue(sheet: FakeSheet, r: number, c: number, v: unknown, asFormula: boolean, names: Set<string> | null = null): void {
  const k = key(r, c);
  if (v === null || v === undefined) return; // null leaves the cell as it is
  const old = sheet.cells.get(k);
  if (v === "") {
    if (old?.bold) sheet.cells.set(k, { value: "", bold: true });
    else sheet.cells.delete(k);
    return;
  }
  const cell: FakeCell = old?.bold ? { value: "", bold: true } : { value: "" };
  if (typeof v === "string" && v.startsWith("'")) {
    cell.value = v.slice(1);
    cell.quotePrefix = true;
  } else if (typeof v === "string" && v.startsWith("=")) {
    cell.formula = v;
    const link = /^=HYPERLINK\("[^"]*"[,;]"?(\d+)"?\)$/.exec(v);
    cell.value = link ? (link[0].endsWith('")') ? (link[1] ?? "") : Number(link[1])) : unknownFunction(v, names) ? "#NAME?" : "";
    if (!asFormula && !link) cell.value = "";
  } else if (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v)) {
    cell.value = Number(v); // what Excel does with a number typed as text
  } else if (typeof v === "string" && /^[-+@]/.test(v)) {
    cell.formula = `=${v}`; // Excel takes it as a formula; the text is lost
    cell.value = "#NAME?";
  } else cell.value = v as string | number | boolean;
  sheet.cells.set(k, cell);
}

class RangeProxy extends Proxy {
  readonly format: { font: { bold: boolean }; columnWidth: number };
  readonly conditionalFormats: RulesProxy;
  private readonly resolve: () => Target;
  constructor(context: FakeContext, resolveNow: () => Target) {
    super(context);
    let gen = -1;
    let cached: Target = null;
    this.resolve = () => {
      if (gen !== context.generation) {
        cached = resolveNow();
        gen = context.generation;
      }
      return cached;
    };
    const self = this;
    this.format = {
      font: {
        set bold(b: boolean) {
          self.context.queue(() => cellsIn(self.target(), (r, c, cell) => self.target().sheet.cells.set(key(r, c), { ...(cell ?? { value: "" }), bold: b })));
        },
        get bold(): boolean {
          throw new Error("fake-excel: format.font.bold is write-only here");
        },
      },
      set columnWidth(w: number) {
        self.context.queue(() => {
          const t = self.target();
          t.sheet.columnWidths ??= new Map();
          for (let c = t.rect.left; c < t.rect.left + t.rect.cols; c++) t.sheet.columnWidths.set(c, w);
        });
      },
      get columnWidth(): number {
        return self.read("format/columnWidth");
      },
    };
    this.conditionalFormats = new RulesProxy(context, () => this.target());
  }
  resolveNull(): void {
    this.setNull(this.resolve() === null);
  }
  target(): { sheet: FakeSheet; rect: Rect } {
    const t = this.resolve();
    if (!t) throw new FakeExcelError("InvalidObjectPath", "method called on a null range");
    return t;
  }
  protected override isNullNow(): boolean {
    return this.resolve() === null;
  }
  protected override compute(prop: string): unknown {
    const t = this.target();
    switch (prop) {
      case "address":
        return `${t.sheet.name}!${addressOf(t.rect)}`;
      case "rowIndex":
        return t.rect.top - 1;
      case "columnIndex":
        return t.rect.left - 1;
      case "rowCount":
        return t.rect.rows;
      case "columnCount":
        return t.rect.cols;
      case "format/columnWidth":
        // Excel reports the width of a range's first column.
        return t.sheet.columnWidths?.get(t.rect.left) ?? DEFAULT_COLUMN_POINTS;
      case "values":
      case "formulas":
      case "formulasLocal": {
        const cells = t.rect.rows * t.rect.cols;
        if (prop === "values") this.wb.maxReadCells = Math.max(this.wb.maxReadCells, cells);
        // Excel desktop may answer null for a read over its cell limit.
        if (this.wb.desktopCellLimit !== undefined && cells > this.wb.desktopCellLimit) return null;
        const out: unknown[][] = [];
        let bytes = 2;
        for (let r = t.rect.top; r < t.rect.top + t.rect.rows; r++) {
          const row: unknown[] = [];
          for (let c = t.rect.left; c < t.rect.left + t.rect.cols; c++) {
            const cell = cellAt(t.sheet, r, c);
            const v = cell === undefined ? "" : prop !== "values" && cell.formula ? cell.formula : cell.value;
            row.push(v);
            bytes += typeof v === "string" ? v.length + 3 : String(v).length + 1;
          }
          out.push(row);
        }
        this.context.responseBytes += bytes;
        return out;
      }
    }
    return super.compute(prop);
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(v: unknown[][]) {
    this.queueWrite(v, false);
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(v: unknown[][]) {
    this.queueWrite(v, true);
  }
  get formulasLocal(): unknown[][] {
    return this.read("formulasLocal");
  }
  set formulasLocal(v: unknown[][]) {
    this.queueWrite(v, true, true);
  }
  set columnHidden(h: boolean) {
    this.context.queue(() => {
      const t = this.target();
      if (t.rect.rows !== 1048576) throw new FakeExcelError("InvalidArgument", "columnHidden on a range that is not whole columns");
      t.sheet.hiddenColumns ??= new Set();
      for (let c = t.rect.left; c < t.rect.left + t.rect.cols; c++) if (h) t.sheet.hiddenColumns.add(c);
    });
  }
  getEntireColumn(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const t = this.target();
      return { sheet: t.sheet, rect: { top: 1, left: t.rect.left, rows: 1048576, cols: t.rect.cols } };
    });
  }
  set numberFormat(v: unknown[][]) {
    this.context.queue(() => {
      const t = this.target();
      v.forEach((row, i) =>
        row.forEach((f, j) => {
          if (typeof f !== "string") return;
          const k = key(t.rect.top + i, t.rect.left + j);
          t.sheet.cells.set(k, { ...(t.sheet.cells.get(k) ?? { value: "" }), format: f });
        }),
      );
    }, JSON.stringify(v).length);
  }
  private queueWrite(v: unknown[][], asFormula: boolean, local = false): void {
    this.context.queue(() => {
      const t = this.target();
      if (v.length !== t.rect.rows || v.some((row) => row.length !== t.rect.cols)) {
        throw new FakeExcelError("InvalidArgument", `values ${v.length}x${v[0]?.length} for ${addressOf(t.rect)}`);
      }
      // Excel parses every formula before writing any: one it cannot read rejects the whole block.
      if (asFormula) for (const row of v) for (const x of row) if (typeof x === "string" && x.startsWith("=")) checkSyntax(x, local ? this.wb.decimalSeparator : ".");
      v.forEach((row, i) =>
        row.forEach((x, j) => {
          writeValue(t.sheet, t.rect.top + i, t.rect.left + j, x, asFormula, this.wb.functionNames);
          const cell = t.sheet.cells.get(key(t.rect.top + i, t.rect.left + j));
          if (local && cell?.formula && typeof x === "string") cell.local = true;
        }),
      );
    }, JSON.stringify(v).length);
  }
  clear(applyTo: string): void {
    if (applyTo !== "Contents") throw new Error(`fake-excel: clear(${applyTo})`);
    this.context.queue(() => {
      const t = this.target();
      cellsIn(t, (r, c, cell) => {
        if (!cell) return;
        if (cell.bold) t.sheet.cells.set(key(r, c), { value: "", bold: true });
        else t.sheet.cells.delete(key(r, c)); // clearing contents also drops the apostrophe prefix
      });
    });
  }
  select(): void {
    this.context.queue(() => {
      const t = this.target();
      if (t.sheet.name !== this.wb.active) throw new FakeExcelError("InvalidSelection", "select on an inactive sheet");
      this.wb.selection = t.rect;
      this.wb.activeCell = { row: t.rect.top, col: t.rect.left };
    });
  }
  getSurroundingRegion(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const t = this.target();
      const filled = (r: number, c: number) => r >= 1 && c >= 1 && t.sheet.cells.has(key(r, c));
      let { top, left } = t.rect;
      let bottom = top, right = left;
      // Excel's current region: grow while a neighbouring row or column (corners
      // included) holds a value. Rows are grown in runs so a long table costs
      // one column scan per round, not one per row.
      const rowHas = (r: number) => { for (let c = left - 1; c <= right + 1; c++) if (filled(r, c)) return true; return false; };
      const colHas = (c: number) => { for (let r = top - 1; r <= bottom + 1; r++) if (filled(r, c)) return true; return false; };
      for (let grew = true; grew; ) {
        grew = false;
        while (top > 1 && rowHas(top - 1)) { top--; grew = true; }
        while (rowHas(bottom + 1)) { bottom++; grew = true; }
        if (left > 1 && colHas(left - 1)) { left--; grew = true; }
        if (colHas(right + 1)) { right++; grew = true; }
      }
      return { sheet: t.sheet, rect: { top, left, rows: bottom - top + 1, cols: right - left + 1 } };
    });
  }
  getTables(fullyContained: boolean): TablesProxy {
    return new TablesProxy(this.context, () => {
      const t = this.target();
      return t.sheet.tables.filter((x) => (fullyContained ? false : overlaps(x.rect, t.rect))).map((x) => ({ sheet: t.sheet, table: x }));
    });
  }
  getSpecialCellsOrNullObject(type: string): AreasProxy {
    const p = new AreasProxy(this.context, () => {
      const t = this.target();
      const { sheet, rect } = t;
      let found: Rect[];
      if (type === "Visible") found = areas(rect, (r) => !sheet.hiddenRows.has(r), true);
      else if (type === "Constants") found = areas(rect, (r, c) => { const x = cellAt(sheet, r, c); return !!x && !x.formula && (x.value !== "" || !!x.quotePrefix); }, false);
      else if (type === "Formulas") found = areas(rect, (r, c) => !!cellAt(sheet, r, c)?.formula, false);
      else throw new Error(`fake-excel: special cells ${type}`);
      return found.length === 0 ? null : found.map((a) => `${sheet.name}!${addressOf(a)}`).join(",");
    });
    this.context.queue(() => p.resolveNull());
    return p;
  }
}

class AreasProxy extends Proxy {
  private readonly resolve: () => string | null;
  constructor(context: FakeContext, resolveNow: () => string | null) {
    super(context);
    let gen = -1;
    let cached: string | null = null;
    this.resolve = () => {
      if (gen !== context.generation) {
        cached = resolveNow();
        gen = context.generation;
      }
      return cached;
    };
  }
  resolveNull(): void {
    this.setNull(this.resolve() === null);
  }
  protected override isNullNow(): boolean {
    return this.resolve() === null;
  }
  protected override compute(prop: string): unknown {
    if (prop === "address") return this.resolve();
    return super.compute(prop);
  }
  get address(): string {
    return this.read("address");
  }
}

class TablesProxy extends Proxy {
  items: { name: string; getRange(): RangeProxy }[] = [];
  constructor(
    context: FakeContext,
    private readonly resolve: () => { sheet: FakeSheet; table: { name: string; rect: Rect } }[],
  ) {
    super(context);
  }
  override load(props?: string): this {
    if (props !== "items/name") throw new Error(`fake-excel: tables.load(${props})`);
    this.context.queue(() => {
      this.items = this.resolve().map(({ sheet, table }) => ({
        name: table.name,
        getRange: () => new RangeProxy(this.context, () => ({ sheet, rect: table.rect })),
      }));
    });
    return this;
  }
}

class RulesProxy extends Proxy {
  items: RuleProxy[] = [];
  constructor(
    context: FakeContext,
    private readonly target: () => { sheet: FakeSheet; rect: Rect },
  ) {
    super(context);
  }
  override load(props?: string): this {
    if (props !== "items/id" && props !== "items/type") throw new Error(`fake-excel: conditionalFormats.load(${props})`);
    this.context.queue(() => {
      const t = this.target();
      this.items = this.wb.rules
        .filter((r) => r.sheet === t.sheet.name && overlaps(r.rect, t.rect))
        .map((r) => {
          const p = new RuleProxy(this.context, () => r);
          p.preload("id", r.id);
          p.preload("type", r.type);
          return p;
        });
    });
    return this;
  }
  add(type: string): RuleProxy {
    let rule: FakeRule | undefined;
    this.context.queue(() => {
      const t = this.target();
      rule = { id: this.wb.newRuleId(), sheet: t.sheet.name, rect: t.rect, type };
      this.wb.rules.push(rule);
    });
    return new RuleProxy(this.context, () => {
      if (!rule) throw new Error("fake-excel: rule not added yet");
      return rule;
    });
  }
}

class RuleProxy extends Proxy {
  readonly cellValue: { format: { fill: { color: string } }; rule: unknown };
  readonly textComparison: { format: { fill: { color: string } }; rule: { operator: string; text: string } };
  constructor(
    context: FakeContext,
    private readonly resolve: () => FakeRule,
  ) {
    super(context);
    const self = this;
    const fill = {
      set color(c: string) {
        self.context.queue(() => void (self.resolve().fill = c));
      },
      get color(): string {
        return self.read("textComparison/format/fill/color");
      },
    };
    this.cellValue = {
      format: { fill },
      set rule(x: unknown) {
        self.context.queue(() => void (self.resolve().rule = x));
      },
      get rule(): unknown {
        throw new Error("fake-excel: write-only");
      },
    };
    this.textComparison = {
      format: { fill },
      set rule(x: { operator: string; text: string }) {
        self.context.queue(() => {
          if (self.resolve().type !== "ContainsText") throw new FakeExcelError("InvalidArgument", "textComparison on a rule of another type");
          self.resolve().rule = x;
        });
      },
      get rule(): { operator: string; text: string } {
        return self.read("textComparison/rule");
      },
    };
  }
  preload(prop: string, v: unknown): void {
    this.loaded.set(prop, v);
  }
  protected override compute(prop: string): unknown {
    const r = this.resolve();
    if (prop === "id") return r.id;
    if (prop === "type") return r.type;
    if (prop.startsWith("textComparison/")) {
      // Loading a text rule's properties on another kind of rule fails, as in Excel.
      if (r.type !== "ContainsText") throw new FakeExcelError("InvalidArgument", `${prop} on a ${r.type} rule`);
      return prop === "textComparison/rule" ? { ...(r.rule as object) } : r.fill;
    }
    return super.compute(prop);
  }
  get id(): string {
    return this.read("id");
  }
  get type(): string {
    return this.read("type");
  }
  getRange(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const r = this.resolve();
      const sheet = this.wb.findSheet(r.sheet);
      return sheet ? { sheet, rect: r.rect } : null;
    });
  }
  delete(): void {
    this.context.queue(() => {
      const r = this.resolve();
      this.wb.rules = this.wb.rules.filter((x) => x !== r);
    });
  }
}

/** Office.context.document.settings in memory: values survive only through saveAsync, as in a reopened workbook. */
export class FakeSettings {
  private live = new Map<string, unknown>();
  saved = new Map<string, unknown>();
  saves = 0;
  get(name: string): unknown {
    return this.live.has(name) ? JSON.parse(JSON.stringify(this.live.get(name))) : null;
  }
  set(name: string, value: unknown): void {
    this.live.set(name, JSON.parse(JSON.stringify(value)));
  }
  remove(name: string): void {
    this.live.delete(name);
  }
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void {
    this.saves++;
    this.saved = new Map(this.live);
    callback?.({ status: "succeeded" } as unknown as Office.AsyncResult<void>);
  }
  /** Settings as a reopened workbook would have them. */
  reopened(): FakeSettings {
    const s = new FakeSettings();
    s.live = new Map(this.saved);
    s.saved = new Map(this.saved);
    return s;
  }
}
