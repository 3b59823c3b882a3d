// Text inside the XML parts this tool writes. XML 1.0 cannot hold most C0
// control characters, lone surrogates or U+FFFE/U+FFFF at all, not even as
// character references: one of them in a scenario name or a description makes
// the whole part ill-formed and Excel refuses the file. Browser-safe (no Node).

/** Characters XML 1.0 does not allow anywhere in a document. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/**
 * Escapes text for an XML element or attribute; characters XML cannot hold
 * become U+FFFD, so the text stays readable and the part stays well-formed.
 * For DrawingML (chart titles, labels) and package parts.
 */
export function xmlEscape(s: string): string {
  return s.replace(NOT_XML, "\ufffd").replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

/**
 * Escapes text for a spreadsheet cell (SpreadsheetML's ST_Xstring): a control
 * character becomes "_xHHHH_", which Excel and LibreOffice turn back into the
 * character, and a literal "_xHHHH_" in the text is protected as "_x005F_xHHHH_"
 * so it is not decoded. Lone surrogates become U+FFFD.
 */
export function cellTextEscape(s: string): string {
  const protectedText = s.replace(/_(x[0-9a-fA-F]{4}_)/g, "_x005F_$1");
  const encoded = protectedText.replace(NOT_XML, (c) => {
    const code = c.charCodeAt(0);
    // A lone surrogate cannot be written at all, not even encoded.
    if (code >= 0xd800 && code <= 0xdfff) return "\ufffd";
    return `_x${code.toString(16).toUpperCase().padStart(4, "0")}_`;
  });
  return encoded.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

/** A number as an xlsx part may hold it: finite only ("Infinity" or "NaN" make the file invalid). */
export function xmlNumber(x: number): string | null {
  return Number.isFinite(x) ? String(x) : null;
}

const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Attributes of one start tag, names as written (with their prefix), values unescaped. */
export function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(ATTR)) out.set(m[1] as string, unescapeXml(m[2] ?? m[3] ?? ""));
  return out;
}

export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|quot|apos|lt|gt|amp);/g, (_, e: string) => {
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "amp") return "&";
    const code = e.startsWith("#x") ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "\ufffd";
  });
}
