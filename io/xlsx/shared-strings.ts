// The shared-strings part read as it streams in: one string per <si>, the text
// of its runs joined, phonetic guides (<rPh>) left out as Excel shows them.
// Browser-safe (no Node).

import { unescapeXml } from "../xml-text";

export class SharedStringsScanner {
  readonly strings: string[] = [];
  private buf = "";
  private inSi = false;
  private inPhonetic = false;
  private capture = false;
  private current = "";
  private text = "";

  constructor(private readonly maxStrings = Infinity) {}

  feed(chunk: string): void {
    const buf = this.buf === "" ? chunk : this.buf + chunk;
    let i = 0;
    for (;;) {
      const lt = buf.indexOf("<", i);
      if (lt < 0) break;
      if (this.capture && lt > i) this.text += buf.slice(i, lt);
      if (buf.startsWith("<![CDATA[", lt)) {
        const e = buf.indexOf("]]>", lt + 9);
        if (e < 0) {
          i = lt;
          break;
        }
        // CDATA is literal: protect its "&" from the entity decoding of the text around it.
        if (this.capture) this.text += buf.slice(lt + 9, e).replace(/&/g, "&amp;").replace(/</g, "&lt;");
        i = e + 3;
        continue;
      }
      const gt = buf.indexOf(">", lt);
      if (gt < 0) {
        i = lt;
        break;
      }
      const closing = buf.charCodeAt(lt + 1) === 47;
      const selfClosing = buf.charCodeAt(gt - 1) === 47;
      let ns = lt + (closing ? 2 : 1);
      let ne = ns;
      while (ne < gt) {
        const c = buf.charCodeAt(ne);
        if (c === 47 || c === 32 || c === 9 || c === 10 || c === 13) break;
        if (c === 58) ns = ne + 1;
        ne++;
      }
      const name = buf.slice(ns, ne);
      if (name === "si") {
        if (closing || selfClosing) {
          if (this.strings.length >= this.maxStrings) throw new Error("too many shared strings");
          this.strings.push(selfClosing && !closing ? "" : this.current);
          this.inSi = false;
        } else {
          this.inSi = true;
          this.current = "";
        }
      } else if (name === "rPh") {
        if (!selfClosing) this.inPhonetic = !closing;
      } else if (name === "t" && this.inSi && !this.inPhonetic) {
        if (closing) {
          if (this.capture) this.current += this.text.includes("&") ? unescapeXml(this.text) : this.text;
          this.capture = false;
        } else if (!selfClosing) {
          this.capture = true;
          this.text = "";
        }
      }
      i = gt + 1;
    }
    this.buf = buf.slice(i);
  }
}
