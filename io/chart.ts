// Native Excel bar charts added to an xlsx package. ExcelJS cannot write
// charts, so the DrawingML parts are added to the zip after ExcelJS wrote it:
// xl/charts/chartN.xml, xl/drawings/drawingN.xml with its rels, the content
// types, and a <drawing r:id> in the sheet with a relationship to the drawing.
// Series refer to the sheet's cells and carry cached values, so Excel and
// LibreOffice draw them without recalculating.

import JSZip from "jszip";
import { xmlEscape } from "./xml-text";

export interface ChartSeries {
  readonly name: string;
  /** e.g. 'Sheet'!$A$5 */
  readonly nameRef: string;
  /** e.g. 'Sheet'!$C$5:$E$5 */
  readonly ref: string;
  readonly values: readonly (number | null)[];
}

export interface BarChart {
  readonly sheetName: string;
  readonly title: string;
  readonly categoriesRef: string;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  readonly numFmt: string;
  /** 0-based cells; the chart spans from its top-left to its bottom-right corner. */
  readonly from: { readonly col: number; readonly row: number };
  readonly to: { readonly col: number; readonly row: number };
}

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  pkgRels: "http://schemas.openxmlformats.org/package/2006/relationships",
  relChart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  relDrawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  ctChart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  ctDrawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
};

// Scenario names and titles are the user's text: control characters in them must not make the part ill-formed.
export { xmlEscape } from "./xml-text";

const PALETTE = ["1F4E79", "C55A11", "548235", "7030A0", "BF8F00", "2E75B6"];

/** The chart part; element order follows the CT_ChartSpace schema, which Excel enforces. */
export function chartXml(c: BarChart): string {
  const strCache = (vals: readonly string[]) =>
    `<c:strCache><c:ptCount val="${vals.length}"/>${vals.map((v, i) => `<c:pt idx="${i}"><c:v>${xmlEscape(v)}</c:v></c:pt>`).join("")}</c:strCache>`;
  const numCache = (vals: readonly (number | null)[]) =>
    `<c:numCache><c:formatCode>${xmlEscape(c.numFmt)}</c:formatCode><c:ptCount val="${vals.length}"/>${vals
      .map((v, i) => (v === null || !Number.isFinite(v) ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
      .join("")}</c:numCache>`;
  const ser = c.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${xmlEscape(s.nameRef)}</c:f>${strCache([s.name])}</c:strRef></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${PALETTE[i % PALETTE.length]}"/></a:solidFill></c:spPr>` +
        `<c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${xmlEscape(c.categoriesRef)}</c:f>${strCache(c.categories)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${xmlEscape(s.ref)}</c:f>${numCache(s.values)}</c:numRef></c:val>` +
        `</c:ser>`,
    )
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr b="1"/></a:pPr><a:r><a:rPr lang="nl-NL" b="1"/><a:t>${xmlEscape(c.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${ser}<c:gapWidth val="150"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>` +
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="${xmlEscape(c.numFmt)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart>` +
    `</c:chartSpace>`
  );
}

function drawingXml(anchors: readonly { chart: BarChart; relId: string; id: number }[]): string {
  const anchor = ({ chart: c, relId, id }: { chart: BarChart; relId: string; id: number }) =>
    `<xdr:twoCellAnchor editAs="oneCell">` +
    `<xdr:from><xdr:col>${c.from.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${c.from.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>${c.to.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${c.to.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id + 1}" name="${xmlEscape(`Chart ${id}`)}" descr="${xmlEscape(c.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="${relId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors.map(anchor).join("")}</xdr:wsDr>`;
}

function rels(list: readonly { id: string; type: string; target: string }[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRels}">${list
    .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`)
    .join("")}</Relationships>`;
}

/** The worksheet part of each sheet name, from workbook.xml and its rels. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const wbXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const wbRels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const targets = new Map<string, string>();
  for (const m of wbRels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?xl\//, ""));
  }
  const out = new Map<string, string>();
  for (const m of wbXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const rid = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const target = rid ? targets.get(rid) : undefined;
    if (name !== undefined && target) out.set(unescapeXml(name), `xl/${target}`);
  }
  return out;
}

function unescapeXml(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

function freeIndex(zip: JSZip, pattern: (n: number) => string): number {
  let n = 1;
  while (zip.file(pattern(n))) n++;
  return n;
}

/** Adds the charts to an xlsx written by ExcelJS; one drawing per sheet holds that sheet's charts. */
export async function addBarCharts(xlsx: Uint8Array, charts: readonly BarChart[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  if (charts.length === 0) return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  const parts = await sheetParts(zip);
  let types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  const bySheet = new Map<string, BarChart[]>();
  for (const c of charts) bySheet.set(c.sheetName, [...(bySheet.get(c.sheetName) ?? []), c]);
  let chartNo = 0;
  for (const [sheetName, list] of bySheet) {
    const sheetPath = parts.get(sheetName);
    if (!sheetPath) throw new Error(`no sheet "${sheetName}" in the workbook`);
    const drawingNo = freeIndex(zip, (n) => `xl/drawings/drawing${n}.xml`);
    const anchors = list.map((chart, i) => {
      chartNo = Math.max(chartNo + 1, freeIndex(zip, (n) => `xl/charts/chart${n}.xml`));
      zip.file(`xl/charts/chart${chartNo}.xml`, chartXml(chart));
      types = types.replace("</Types>", `<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="${NS.ctChart}"/></Types>`);
      return { chart, relId: `rId${i + 1}`, id: i + 1, target: `../charts/chart${chartNo}.xml` };
    });
    zip.file(`xl/drawings/drawing${drawingNo}.xml`, drawingXml(anchors));
    zip.file(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, rels(anchors.map((a) => ({ id: a.relId, type: NS.relChart, target: a.target }))));
    types = types.replace("</Types>", `<Override PartName="/xl/drawings/drawing${drawingNo}.xml" ContentType="${NS.ctDrawing}"/></Types>`);

    // The sheet's relationship to its drawing, next to any it already has (hyperlinks).
    const dir = sheetPath.slice(0, sheetPath.lastIndexOf("/"));
    const base = sheetPath.slice(sheetPath.lastIndexOf("/") + 1);
    const relsPath = `${dir}/_rels/${base}.rels`;
    const existing = (await zip.file(relsPath)?.async("string")) ?? rels([]);
    const used = new Set([...existing.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
    let k = 1;
    while (used.has(`rIdDrawing${k}`)) k++;
    const drawingRel = `rIdDrawing${k}`;
    zip.file(relsPath, existing.replace("</Relationships>", `<Relationship Id="${drawingRel}" Type="${NS.relDrawing}" Target="../drawings/drawing${drawingNo}.xml"/></Relationships>`));

    // <drawing> comes after the page setup elements and before legacyDrawing, tableParts and extLst (CT_Worksheet order).
    let sheetXml = (await zip.file(sheetPath)?.async("string")) ?? "";
    if (!/xmlns:r="/.test(sheetXml.slice(0, sheetXml.indexOf(">", sheetXml.indexOf("<worksheet"))))) {
      sheetXml = sheetXml.replace("<worksheet", `<worksheet xmlns:r="${NS.r}"`);
    }
    const tag = `<drawing r:id="${drawingRel}"/>`;
    const before = /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/.exec(sheetXml);
    sheetXml = before ? `${sheetXml.slice(0, before.index)}${tag}${sheetXml.slice(before.index)}` : sheetXml.replace("</worksheet>", `${tag}</worksheet>`);
    zip.file(sheetPath, sheetXml);
  }
  zip.file("[Content_Types].xml", types);
  // Plain bytes, no Buffer: the same code runs in the browser (workbench, task pane).
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
