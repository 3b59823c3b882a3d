// The task pane's first page: the functions and the version. It renders
// without Office too (a browser tab, a test), and switches language once
// Office reports the user's display language.

import "../functions/functions";
import { functionList } from "../src/catalogue/docs";
import type { Lang } from "../src/core/types";
import { VERSION } from "../src/version";
import { PANE_TEXT } from "./i18n";
import excelHost from "./host/excel";
import { mountPane } from "./pane";

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  // Text only: nothing from a workbook or a catalogue is parsed as HTML.
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

export function render(root: HTMLElement, lang: Lang): void {
  const t = PANE_TEXT[lang];
  document.documentElement.lang = lang;
  root.replaceChildren();
  root.append(el("h1", "Begrotingslab"), el("p", t.intro));
  root.append(el("p", `${t.version} ${VERSION}`, "version"));
  root.append(el("h2", t.functions));
  const list = el("ul", undefined, "functions");
  for (const f of functionList(lang)) {
    const item = el("li");
    const sig = el("code", f.signature);
    const desc = el("p", f.result === "table" ? `${f.description} (${t.table})` : f.description);
    item.append(sig, desc);
    list.append(item);
  }
  root.append(list, el("p", t.source, "source"));
}

function browserLang(): Lang {
  return (navigator.language || "nl").toLowerCase().startsWith("en") ? "en" : "nl";
}

const root = document.getElementById("app");
if (root) {
  // Outside Excel (a browser tab, Office.js unreachable) the page lists the functions.
  render(root, browserLang());
  if (typeof Office !== "undefined") {
    void Office.onReady((info) => {
      if (info.host === Office.HostType.Excel) mountPane(root, excelHost());
      else render(root, Office.context?.displayLanguage?.toLowerCase().startsWith("nl") ? "nl" : browserLang());
    });
  }
}
