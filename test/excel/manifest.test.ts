// The add-in's two manifests, checked offline (the online validator is
// unreachable here): the development manifest in the repository (served by
// `npm start`: localhost, its own id, name and namespace BLDEV) and the
// production manifest the build writes into dist/ for a base URL (jest's
// global setup and npm test build with https://example.org/begrotingslab/).
// Both: well-formed, every resid defined and used, one origin, the shared
// runtime wiring, the requirement sets the code uses, Dutch overrides for
// nl-NL and nl-BE, the version of package.json.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { DUTCH_METADATA_LOCALES } from "../../taskpane/policy/formulas";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const manifests = require("../../scripts/manifest.js") as {
  TEST_BASE_URL: string;
  DEV_ID: string;
  PRODUCTION_ID: string;
  productionManifest(xml: string, base: string, version: string): string;
  developmentManifest(xml: string, version: string): string;
};

const root = join(__dirname, "..", "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
const devXml = readFileSync(join(root, "manifest.xml"), "utf8");
const prodXml = readFileSync(join(root, "dist", "manifest.xml"), "utf8");

function parse(xml: string) {
  const warnings: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => warnings.push(`${level}: ${msg}`) }).parseFromString(xml, "text/xml") as unknown as Document;
  const all = (name: string): Element[] => {
    const found: Element[] = [];
    const list = doc.getElementsByTagName("*");
    for (let i = 0; i < list.length; i++) {
      const e = list.item(i) as Element;
      if (name === "*" || e.localName === name) found.push(e);
    }
    return found;
  };
  const one = (name: string): Element => {
    const list = all(name);
    expect(list).toHaveLength(1);
    return list[0] as Element;
  };
  const resources = new Map<string, Element>();
  for (const tag of ["Url", "String", "Image"]) {
    for (const e of all(tag)) {
      const id = e.getAttribute("id");
      if (id && e.parentNode && ["Urls", "ShortStrings", "LongStrings", "Images"].includes((e.parentNode as Element).localName ?? "")) resources.set(id, e);
    }
  }
  const used = all("*").flatMap((e) => (e.getAttribute("resid") ? [e.getAttribute("resid") as string] : []));
  const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1] as string);
  const namespace = resources.get(one("Namespace").getAttribute("resid") as string)?.getAttribute("DefaultValue");
  return { doc, warnings, all, one, resources, used, urls, namespace };
}

describe.each([
  ["development (manifest.xml)", devXml, "https://localhost:3000/"],
  ["production (dist/manifest.xml)", prodXml, manifests.TEST_BASE_URL],
])("%s", (_, xml, base) => {
  const m = parse(xml);

  test("is well-formed XML of the add-in-only manifest", () => {
    expect(m.warnings).toEqual([]);
    expect(m.doc.documentElement?.localName).toBe("OfficeApp");
    expect(m.doc.documentElement?.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(m.one("Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  test("every resid is defined, and every defined resource is used", () => {
    for (const id of m.used) expect(m.resources.has(id)).toBe(true);
    for (const id of m.resources.keys()) expect(m.used).toContain(id);
  });

  test("every URL is https on the base URL; the app domain is its origin", () => {
    expect(m.urls.length).toBeGreaterThan(8);
    for (const u of m.urls) {
      expect(u.startsWith(base)).toBe(true);
      expect(new URL(u).protocol).toBe("https:");
    }
    expect(m.all("AppDomain").map((e) => e.textContent)).toEqual([new URL(base).origin]);
  });

  test("task pane and custom functions share one long-lived runtime; the sets the code uses are declared", () => {
    const runtime = m.one("Runtime");
    expect(runtime.getAttribute("lifetime")).toBe("long");
    const resid = runtime.getAttribute("resid");
    const cf = m.all("ExtensionPoint").find((e) => e.getAttribute("xsi:type") === "CustomFunctions") as Element;
    const page = cf.getElementsByTagName("Page").item(0)?.getElementsByTagName("SourceLocation").item(0);
    expect(page?.getAttribute("resid")).toBe(resid);
    expect(m.one("FunctionFile").getAttribute("resid")).toBe(resid);
    const action = m.all("Action").find((e) => e.getAttribute("xsi:type") === "ShowTaskpane") as Element;
    expect(action.getElementsByTagName("SourceLocation").item(0)?.getAttribute("resid")).toBe(resid);
    // ExcelApi 1.9 throughout; 1.11 (separators) and 1.13 (adding sheets) are checked at run time.
    // CustomFunctionsRuntime 1.3: the arguments' addresses, to tell an empty cell from 0.
    expect(m.all("Set").map((e) => [e.getAttribute("Name"), e.getAttribute("MinVersion")])).toEqual([
      ["ExcelApi", "1.9"],
      ["SharedRuntime", "1.1"],
      ["CustomFunctionsRuntime", "1.3"],
    ]);
  });

  test("the Dutch function metadata is registered for every Dutch locale the pane writes Dutch names for", () => {
    const metaId = m.all("Metadata")[0]?.getElementsByTagName("SourceLocation").item(0)?.getAttribute("resid") as string;
    const meta = m.resources.get(metaId) as Element;
    expect(meta.getAttribute("DefaultValue")).toBe(`${base}functions.json`);
    const overrides = [...Array.from({ length: meta.getElementsByTagName("bt:Override").length }, (_, i) => meta.getElementsByTagName("bt:Override").item(i) as Element)];
    expect(overrides.map((o) => o.getAttribute("Locale"))).toEqual([...DUTCH_METADATA_LOCALES]);
    for (const o of overrides) expect(o.getAttribute("Value")).toBe(`${base}functions-nl.json`);
  });

  test("display name, description and every visible string have nl-NL and nl-BE overrides", () => {
    const locales = (e: Element, tag: string) => Array.from({ length: e.getElementsByTagName(tag).length }, (_, i) => (e.getElementsByTagName(tag).item(i) as Element).getAttribute("Locale"));
    for (const tag of ["DisplayName", "Description"]) {
      const e = m.all(tag).find((x) => x.parentNode === m.doc.documentElement) as Element;
      expect(locales(e, "Override")).toEqual(["nl-NL", "nl-BE"]);
    }
    for (const [id, e] of m.resources) {
      if (e.localName !== "String" || id === "Functions.Namespace") continue;
      expect(locales(e, "bt:Override")).toEqual(["nl-NL", "nl-BE"]);
    }
  });

  test("the manifest version follows package.json", () => {
    expect(m.one("Version").textContent).toBe(`${pkg.version}.0`);
  });
});

describe("the two manifests differ where two add-ins must", () => {
  const dev = parse(devXml);
  const prod = parse(prodXml);

  test("development: its own id, display name and namespace BLDEV", () => {
    expect(dev.one("Id").textContent).toBe(manifests.DEV_ID);
    expect(dev.namespace).toBe("BLDEV");
    expect(dev.one("DisplayName").getAttribute("DefaultValue")).toBe("Begrotingslab (dev)");
    expect(devXml).toMatch(/=BLDEV\./);
  });

  test("production: the production id, Begrotingslab, namespace BL, no localhost, every URL a file in dist/", () => {
    expect(prod.one("Id").textContent).toBe(manifests.PRODUCTION_ID);
    expect(manifests.PRODUCTION_ID).not.toBe(manifests.DEV_ID);
    expect(prod.namespace).toBe("BL");
    expect(prod.one("DisplayName").getAttribute("DefaultValue")).toBe("Begrotingslab");
    expect(prodXml).not.toMatch(/localhost|BLDEV|\(dev\)/);
    for (const u of prod.urls) {
      const file = u.slice(manifests.TEST_BASE_URL.length);
      expect(file).not.toBe("");
      expect(existsSync(join(root, "dist", file))).toBe(true);
    }
    // The task pane page loads the functions too (one shared runtime).
    expect(readFileSync(join(root, "dist", "taskpane.html"), "utf8")).toMatch(/taskpane\.js/);
    expect(readFileSync(join(root, "dist", "taskpane.js"), "utf8")).toMatch(/CustomFunctions\.associate/);
  });

  test("any https base URL works; http and queries are refused", () => {
    const other = parse(manifests.productionManifest(devXml, "https://intranet.gemeente.nl", pkg.version));
    expect(other.urls.every((u) => u.startsWith("https://intranet.gemeente.nl/"))).toBe(true);
    expect(other.all("AppDomain")[0]?.textContent).toBe("https://intranet.gemeente.nl");
    expect(() => manifests.productionManifest(devXml, "http://example.org/", pkg.version)).toThrow(/https/);
    expect(() => manifests.productionManifest(devXml, "https://example.org/?x=1", pkg.version)).toThrow(/without/);
    expect(manifests.developmentManifest(devXml, "2.3.4")).toMatch(/<Version>2\.3\.4\.0<\/Version>/);
  });

  test("dist/ is ready for a static web server: the CORS and caching settings for `npx serve dist`", () => {
    const serve = JSON.parse(readFileSync(join(root, "dist", "serve.json"), "utf8")) as { headers: { source: string; headers: { key: string; value: string }[] }[] };
    const meta = serve.headers.find((h) => h.source === "functions*.json");
    expect(meta?.headers).toContainEqual({ key: "Access-Control-Allow-Origin", value: "*" });
    expect(existsSync(join(root, "dist", "examples", "gemeente-lindewaard-2025.json"))).toBe(true);
  });
});
