// Builders for the hostile-workbook suite: each makes one case of issue 9 as a
// file on disk, by the route a real file takes (ExcelJS for what it models,
// the package's XML parts patched with JSZip for what it cannot write).

import { promises as fsp } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { addBarCharts } from "../../io/chart";

const PKG = {
  ct: "[Content_Types].xml",
  metadataType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml",
  metadataRel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata",
};

/** Excel's metadata part for one dynamic-array formula (what `cm="1"` on a cell points to). */
const DYNAMIC_ARRAY_METADATA =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">` +
  `<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>` +
  `<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>` +
  `<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>`;

export const BUDGET_LINES: readonly (readonly [string, string, number])[] = [
  ["0.1", "Gemeenteraad", 812],
  ["6.3", "Bijstand (BUIG)", 14500],
  ["3.1", "Stimuleringspakket lokale economie", 350],
  ["5.1", "Sportaccommodaties", 1200],
  ["4.2", "Onderwijshuisvesting", 900],
];

/**
 * A budget workbook holding everything a library round trip loses: a chart
 * and its drawing, a dynamic-array formula with its metadata part, comments,
 * data validation, defined names, page setup and a hidden sheet.
 */
export async function richWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Begroting", { pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.getRow(1).values = ["Taakveld", "Omschrijving", "Lasten 2025"];
  BUDGET_LINES.forEach(([tv, d, a], i) => (ws.getRow(i + 2).values = [tv, d, a]));
  ws.getCell("B3").note = "Rijksuitkering BUIG, zie de septembercirculaire.";
  for (let r = 2; r <= 6; r++) {
    ws.getCell(`A${r}`).dataValidation = { type: "list", allowBlank: true, formulae: ["Lijsten!$A$1:$A$5"] };
  }
  ws.getCell("C7").value = { formula: "SUM(C2:C6)", result: 17762 };
  wb.definedNames.add("Begroting!$C$2:$C$6", "Lasten");
  const lists = wb.addWorksheet("Lijsten", { state: "hidden" });
  ["0.1", "3.1", "4.2", "5.1", "6.3"].forEach((t, i) => (lists.getCell(`A${i + 1}`).value = t));
  const base = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);

  const charted = await addBarCharts(base, [
    {
      sheetName: "Begroting",
      title: "Lasten per regel",
      categoriesRef: "'Begroting'!$B$2:$B$6",
      categories: BUDGET_LINES.map((l) => l[1]),
      series: [{ name: "Lasten 2025", nameRef: "'Begroting'!$C$1", ref: "'Begroting'!$C$2:$C$6", values: BUDGET_LINES.map((l) => l[2]) }],
      numFmt: "#,##0",
      from: { col: 5, row: 1 },
      to: { col: 12, row: 18 },
    },
  ]);

  const zip = await JSZip.loadAsync(charted);
  zip.file("xl/metadata.xml", DYNAMIC_ARRAY_METADATA);
  const ct = (await zip.file(PKG.ct)!.async("string")).replace("</Types>", `<Override PartName="/xl/metadata.xml" ContentType="${PKG.metadataType}"/></Types>`);
  zip.file(PKG.ct, ct);
  const relsPath = "xl/_rels/workbook.xml.rels";
  const rels = (await zip.file(relsPath)!.async("string")).replace("</Relationships>", `<Relationship Id="rIdMeta1" Type="${PKG.metadataRel}" Target="metadata.xml"/></Relationships>`);
  zip.file(relsPath, rels);
  // A spilled SEQUENCE(3) in E10:E12 as Excel 365 stores it: cm="1" marks it dynamic.
  const sheetPath = "xl/worksheets/sheet1.xml";
  const sheet = (await zip.file(sheetPath)!.async("string")).replace(
    "</sheetData>",
    `<row r="10"><c r="E10" cm="1"><f t="array" ref="E10:E12">_xlfn.SEQUENCE(3)</f><v>1</v></c></row>` +
      `<row r="11"><c r="E11"><v>2</v></c></row><row r="12"><c r="E12"><v>3</v></c></row></sheetData>`,
  );
  zip.file(sheetPath, sheet);
  await fsp.writeFile(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/** Every part of a package: name → bytes. */
export async function packageParts(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(await fsp.readFile(file));
  const out = new Map<string, Buffer>();
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) out.set(name, await entry.async("nodebuffer"));
  return out;
}

/** A minimal xlsx package around one worksheet's sheetData, for cases no library writes. */
export async function rawWorkbook(file: string, sheetData: string, opts: { sheetName?: string; extraSheets?: readonly { name: string; data: string; state?: string }[] } = {}): Promise<void> {
  const sheets = [{ name: opts.sheetName ?? "Begroting", data: sheetData }, ...(opts.extraSheets ?? [])];
  const z = new JSZip();
  z.file(
    PKG.ct,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
      .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
      .join("")}</Types>`,
  );
  z.file("_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  z.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
      .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"${"state" in s && s.state ? ` state="${s.state}"` : ""}/>`)
      .join("")}</sheets></workbook>`,
  );
  z.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join("")}</Relationships>`,
  );
  sheets.forEach((s, i) =>
    z.file(`xl/worksheets/sheet${i + 1}.xml`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${s.data}</sheetData></worksheet>`),
  );
  await fsp.writeFile(file, await z.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/** An inline-string cell. */
export function s(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
}

/** A number cell. */
export function n(ref: string, value: number | string): string {
  return `<c r="${ref}"><v>${value}</v></c>`;
}
