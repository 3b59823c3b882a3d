// The online manifest validator is unreachable here, so the manifest's
// structure is checked offline: well-formed, every resid defined and used, one
// origin, shared-runtime wiring and the nl-NL overrides.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";

const root = join(__dirname, "..", "..");
const xml = readFileSync(join(root, "manifest.xml"), "utf8");
const warnings: string[] = [];
const doc = new DOMParser({ onError: (level, msg) => warnings.push(`${level}: ${msg}`) }).parseFromString(xml, "text/xml");

function all(name: string): Element[] {
  const found: Element[] = [];
  const list = doc.getElementsByTagName("*");
  for (let i = 0; i < list.length; i++) {
    const e = list.item(i) as Element;
    if (name === "*" || e.localName === name) found.push(e);
  }
  return found;
}
const one = (name: string) => {
  const list = all(name);
  expect(list).toHaveLength(1);
  return list[0] as Element;
};

const resources = new Map<string, Element>();
for (const tag of ["Url", "String", "Image"]) {
  for (const e of all(tag)) {
    const id = e.getAttribute("id");
    if (id && e.parentNode && ["Urls", "ShortStrings", "LongStrings", "Images"].includes((e.parentNode as Element).localName ?? "")) {
      resources.set(id, e);
    }
  }
}
const used = all("*").flatMap((e) => (e.getAttribute("resid") ? [e.getAttribute("resid") as string] : []));

describe("manifest.xml", () => {
  test("is well-formed XML of the add-in-only manifest", () => {
    expect(warnings).toEqual([]);
    expect(doc.documentElement?.localName).toBe("OfficeApp");
    expect(doc.documentElement?.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(one("Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  test("every resid is defined, and every defined resource is used", () => {
    for (const id of used) expect(resources.has(id)).toBe(true);
    for (const id of resources.keys()) expect(used).toContain(id);
  });

  test("every URL is https on one origin, and the files it names are built", () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1] as string);
    urls.push(...all("AppDomain").map((e) => e.textContent ?? ""));
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) {
      const url = new URL(u);
      expect(url.protocol).toBe("https:");
      expect(url.origin).toBe("https://localhost:3000");
      if (url.pathname !== "/") expect(existsSync(join(root, "dist", url.pathname))).toBe(true);
    }
  });

  test("task pane and custom functions share one long-lived runtime", () => {
    const runtime = one("Runtime");
    expect(runtime.getAttribute("lifetime")).toBe("long");
    const resid = runtime.getAttribute("resid");
    const cf = all("ExtensionPoint").find((e) => e.getAttribute("xsi:type") === "CustomFunctions") as Element;
    const page = cf.getElementsByTagName("Page").item(0)?.getElementsByTagName("SourceLocation").item(0);
    expect(page?.getAttribute("resid")).toBe(resid);
    expect(one("FunctionFile").getAttribute("resid")).toBe(resid);
    const action = all("Action").find((e) => e.getAttribute("xsi:type") === "ShowTaskpane") as Element;
    expect(action.getElementsByTagName("SourceLocation").item(0)?.getAttribute("resid")).toBe(resid);
    const sets = all("Set").map((e) => e.getAttribute("Name"));
    expect(sets).toContain("SharedRuntime");
    // The task pane page must load the functions too.
    const html = readFileSync(join(root, "dist", "taskpane.html"), "utf8");
    expect(html).toMatch(/taskpane\.js/);
    expect(readFileSync(join(root, "dist", "taskpane.js"), "utf8")).toMatch(/CustomFunctions\.associate/);
  });

  test("custom functions use namespace BL and the Dutch metadata under nl-NL", () => {
    const ns = one("Namespace").getAttribute("resid") as string;
    expect(resources.get(ns)?.getAttribute("DefaultValue")).toBe("BL");
    const metaId = all("Metadata")[0]?.getElementsByTagName("SourceLocation").item(0)?.getAttribute("resid") as string;
    const meta = resources.get(metaId) as Element;
    expect(meta.getAttribute("DefaultValue")).toMatch(/\/functions\.json$/);
    const override = meta.getElementsByTagName("bt:Override").item(0);
    expect(override?.getAttribute("Locale")).toBe("nl-NL");
    expect(override?.getAttribute("Value")).toMatch(/\/functions-nl\.json$/);
  });

  test("display name, description and every visible string have a Dutch override", () => {
    for (const tag of ["DisplayName", "Description"]) {
      const e = all(tag).find((x) => x.parentNode === doc.documentElement) as Element;
      const o = e.getElementsByTagName("Override").item(0);
      expect(o?.getAttribute("Locale")).toBe("nl-NL");
      expect(o?.getAttribute("Value")).toBeTruthy();
    }
    for (const [id, e] of resources) {
      if (e.localName !== "String" || id === "Functions.Namespace") continue;
      expect(e.getElementsByTagName("bt:Override").item(0)?.getAttribute("Locale")).toBe("nl-NL");
    }
  });

  test("the manifest version follows package.json", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    expect(one("Version").textContent).toBe(`${pkg.version}.0`);
  });
});
