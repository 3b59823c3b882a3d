// What an Office file is, from its first bytes and the part names a zip keeps
// in plain text: a workbook has xl/workbook.xml, a Word document
// word/document.xml. So a .docx renamed to .xlsx is named as what it is
// rather than opened as an empty workbook. Pure: the browser and Node alike.

export type PackageKind = "workbook" | "wordDocument" | "presentation" | "notWorkbook" | "notZip";

export function packageKindOf(bytes: Uint8Array): PackageKind {
  // "PK\x03\x04": a zip's first local file header; every xlsx starts so.
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) return "notZip";
  // Part names are stored uncompressed in the local headers and the central directory.
  const names = new TextDecoder("latin1").decode(bytes);
  if (names.includes("xl/workbook.xml")) return "workbook";
  if (names.includes("word/document.xml")) return "wordDocument";
  if (names.includes("ppt/presentation.xml")) return "presentation";
  return "notWorkbook";
}
