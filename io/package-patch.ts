// Adding a worksheet to a user's xlsx package without rewriting the user's
// parts. A spreadsheet library that loads and saves a workbook keeps only what
// it models: charts, drawings, dynamic-array metadata, comments' shapes, page
// setup and more are lost or changed. Here the package is a zip of parts; the
// new sheet is one more part, and only the three parts that list sheets get
// one element each: the workbook (its <sheet>), the workbook's relationships
// and the content types. Every other part keeps every byte.

import type JSZip from "jszip";
import { attributes, xmlEscape } from "./xml-text";

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_NS_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships";
const WORKSHEET_REL = `${REL_NS}/worksheet`;
const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/** A sheet as the workbook part lists it. */
export type WorkbookSheet = PackageSheet;

export interface PackageSheet {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  readonly state: "visible" | "hidden" | "veryHidden";
  /** The worksheet's part in the zip, e.g. "xl/worksheets/sheet1.xml" (undefined when the relationship is missing). */
  readonly part?: string;
}

export interface PackageInfo {
  readonly workbookPart: string;
  readonly workbookRelsPart: string;
  /** The namespace prefix of the workbook's elements including its colon ("" or "x:"). */
  readonly prefix: string;
  readonly mainNamespace: string;
  /** The prefix bound to the relationships namespace in the workbook part (usually "r"). */
  readonly relPrefix: string;
  readonly worksheetRelType: string;
  readonly sheets: readonly PackageSheet[];
}

/** Resolves a relationship target against the folder of the part that holds the relationship. */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromPart.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

export function relsPartOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** The relationships of a rels part: id → { type, target }. */
export function parseRels(xml: string): Map<string, { type: string; target: string; external: boolean }> {
  const out = new Map<string, { type: string; target: string; external: boolean }>();
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const id = a.get("Id");
    const target = a.get("Target");
    if (id && target !== undefined) out.set(id, { type: a.get("Type") ?? "", target, external: a.get("TargetMode") === "External" });
  }
  return out;
}

async function text(zip: JSZip, part: string): Promise<string | null> {
  const f = zip.file(part);
  return f ? f.async("string") : null;
}

/** The workbook part's facts beyond its sheets, for the readers. */
export interface WorkbookParts extends PackageInfo {
  /** Dates count from 1904 (old Mac workbooks). */
  readonly date1904: boolean;
  readonly sharedStrings: string | null;
  readonly styles: string | null;
}

/**
 * What the package says about its workbook and sheets, from its root
 * relationships and the parts they lead to (read through `partText`); null
 * when it is not a spreadsheet package.
 */
export async function parseWorkbook(rootRels: string, partText: (part: string) => Promise<string | null>): Promise<WorkbookParts | null> {
  const office = [...parseRels(rootRels).values()].find((r) => /\/officeDocument$/.test(r.type));
  if (!office) return null;
  const workbookPart = resolveTarget("", office.target);
  const wb = await partText(workbookPart);
  if (wb === null) return null;
  const root = /<([\w.-]+:)?workbook\b[^>]*>/.exec(wb);
  if (!root) return null;
  const prefix = root[1] ?? "";
  const rootAttrs = attributes(root[0]);
  const mainNamespace = rootAttrs.get(prefix === "" ? "xmlns" : `xmlns:${prefix.slice(0, -1)}`) ?? "";
  let relPrefix = "r";
  for (const [k, v] of rootAttrs) if ((v === REL_NS || v === REL_NS_STRICT) && k.startsWith("xmlns:")) relPrefix = k.slice(6);
  const workbookRelsPart = relsPartOf(workbookPart);
  const rels = parseRels((await partText(workbookRelsPart)) ?? "");
  const relOf = (type: RegExp): string | null => {
    const r = [...rels.values()].find((x) => type.test(x.type) && !x.external);
    return r ? resolveTarget(workbookPart, r.target) : null;
  };
  const worksheetRelType = [...rels.values()].find((r) => /\/worksheet$/.test(r.type))?.type ?? WORKSHEET_REL;
  const sheets: PackageSheet[] = [];
  const sheetTag = new RegExp(`<${escapeRe(prefix)}sheet\\b[^>]*>`, "g");
  for (const m of wb.matchAll(sheetTag)) {
    const a = attributes(m[0]);
    const relId = a.get(`${relPrefix}:id`) ?? "";
    const rel = rels.get(relId);
    const state = a.get("state");
    sheets.push({
      name: a.get("name") ?? "",
      sheetId: Number(a.get("sheetId") ?? 0),
      relId,
      state: state === "hidden" || state === "veryHidden" ? state : "visible",
      ...(rel && !rel.external ? { part: resolveTarget(workbookPart, rel.target) } : {}),
    });
  }
  const pr = new RegExp(`<${escapeRe(prefix)}workbookPr\\b[^>]*>`).exec(wb);
  const d1904 = pr ? attributes(pr[0]).get("date1904") : undefined;
  return {
    workbookPart,
    workbookRelsPart,
    prefix,
    mainNamespace,
    relPrefix,
    worksheetRelType,
    sheets,
    date1904: d1904 === "1" || d1904 === "true",
    sharedStrings: relOf(/\/sharedStrings$/),
    styles: relOf(/\/styles$/),
  };
}

/** What the package says about its workbook and sheets; null when it is not a spreadsheet package. */
export async function readPackageInfo(zip: JSZip): Promise<PackageInfo | null> {
  const rootRels = await text(zip, "_rels/.rels");
  if (rootRels === null) return null;
  return parseWorkbook(rootRels, (part) => text(zip, part));
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A sheet name not yet in the workbook (Excel compares names without regard to case). */
export function freeSheetName(taken: readonly string[], base: string): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let k = 2; ; k++) {
    const name = `${base} (${k})`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

function insertBefore(xml: string, closing: RegExp, insert: string): string | null {
  const m = closing.exec(xml);
  if (!m) return null;
  return `${xml.slice(0, m.index)}${insert}${xml.slice(m.index)}`;
}

export interface AddedSheet {
  readonly name: string;
  readonly part: string;
}

/**
 * Adds a worksheet part (its content given as a stream or bytes) to the
 * package under `name`, appended after the user's sheets so that no sheet
 * index (and no defined name scoped to one) moves.
 */
export async function addWorksheet(zip: JSZip, info: PackageInfo, name: string, content: NodeJS.ReadableStream | Uint8Array | string): Promise<AddedSheet> {
  const wbDir = info.workbookPart.slice(0, info.workbookPart.lastIndexOf("/") + 1);
  const taken = new Set(Object.keys(zip.files).map((f) => f.toLowerCase()));
  let n = 1;
  while (taken.has(`${wbDir}worksheets/sheet${n}.xml`.toLowerCase())) n++;
  const part = `${wbDir}worksheets/sheet${n}.xml`;

  const relsXml = (await text(zip, info.workbookRelsPart)) ?? "";
  const relPrefix = /<([\w.-]+:)?Relationships\b/.exec(relsXml)?.[1] ?? "";
  const used = parseRels(relsXml);
  let k = 1;
  while (used.has(`rIdBl${k}`)) k++;
  const relId = `rIdBl${k}`;
  const rel = `<${relPrefix}Relationship Id="${relId}" Type="${xmlEscape(info.worksheetRelType)}" Target="worksheets/sheet${n}.xml"/>`;
  const newRels = insertBefore(relsXml, new RegExp(`</${escapeRe(relPrefix)}Relationships\\s*>`), rel);

  const wb = (await text(zip, info.workbookPart)) ?? "";
  const sheetId = info.sheets.reduce((m, s) => Math.max(m, s.sheetId), 0) + 1;
  const sheet = `<${info.prefix}sheet name="${xmlEscape(name)}" sheetId="${sheetId}" ${info.relPrefix}:id="${relId}"/>`;
  const newWb = insertBefore(wb, new RegExp(`</${escapeRe(info.prefix)}sheets\\s*>`), sheet);

  const types = (await text(zip, "[Content_Types].xml")) ?? "";
  const typesPrefix = /<([\w.-]+:)?Types\b/.exec(types)?.[1] ?? "";
  const override = `<${typesPrefix}Override PartName="/${xmlEscape(part)}" ContentType="${WORKSHEET_TYPE}"/>`;
  const newTypes = insertBefore(types, new RegExp(`</${escapeRe(typesPrefix)}Types\\s*>`), override);

  if (newRels === null || newWb === null || newTypes === null) throw new Error("the workbook's sheet list cannot be extended");
  zip.file(info.workbookRelsPart, newRels);
  zip.file(info.workbookPart, newWb);
  zip.file("[Content_Types].xml", newTypes);
  zip.file(part, content as never);
  return { name, part };
}

/**
 * Adds a defined name (its element as the main namespace writes it, without a prefix) to the
 * workbook part: inside its definedNames, else in a definedNames of its own where the schema
 * puts it, after the sheets and any function groups or external references.
 */
export async function addDefinedName(zip: JSZip, info: PackageInfo, definedName: string): Promise<void> {
  const p = escapeRe(info.prefix);
  // An empty list written as one tag opens and closes like any other.
  const wb = ((await text(zip, info.workbookPart)) ?? "").replace(new RegExp(`<${p}definedNames\\s*/>`), `<${info.prefix}definedNames></${info.prefix}definedNames>`);
  const named = info.prefix === "" ? definedName : definedName.replace(/<(\/?)definedName\b/g, `<$1${info.prefix}definedName`);
  let out = insertBefore(wb, new RegExp(`</${p}definedNames\\s*>`), named);
  if (out === null) {
    let at = -1;
    for (const re of [new RegExp(`</${p}sheets\\s*>`, "g"), new RegExp(`</${p}functionGroups\\s*>|<${p}functionGroups\\b[^>]*/>`, "g"), new RegExp(`</${p}externalReferences\\s*>`, "g")]) {
      for (let m = re.exec(wb); m !== null; m = re.exec(wb)) at = Math.max(at, m.index + m[0].length);
    }
    if (at < 0) throw new Error("the workbook's sheet list cannot be found");
    out = `${wb.slice(0, at)}<${info.prefix}definedNames>${named}</${info.prefix}definedNames>${wb.slice(at)}`;
  }
  zip.file(info.workbookPart, out);
}
