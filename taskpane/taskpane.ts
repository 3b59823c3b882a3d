// The task pane's first page: the functions and the version. It renders
// without Office too (a browser tab, a test), and switches language once
// Office reports the user's display language.

import "../functions/functions";
import { functionList } from "../src/catalogue/docs";
import type { Lang } from "../src/core/types";
import { VERSION } from "../src/version";
import { words } from "../src/i18n/catalogue";
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
  const t = words(lang);
  document.documentElement.lang = lang;
  root.replaceChildren();
  root.append(el("h1", t("pane.title")), el("p", t("start.intro")));
  root.append(el("p", `${t("pane.version")} ${VERSION}`, "version"));
  root.append(el("h2", t("pane.functions")));
  const list = el("ul", undefined, "functions");
  for (const f of functionList(lang)) {
    const item = el("li");
    const sig = el("code", f.signature);
    const desc = el("p", f.result === "table" ? t("start.table", f.description) : f.description);
    item.append(sig, desc);
    list.append(item);
  }
  root.append(list, el("p", t("start.source"), "source"));
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
