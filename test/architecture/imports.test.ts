/**
 * The shape of the house (docs/architecture.md), checked on the source itself:
 * which top-level folder may import which, which packages each may use, no
 * import circles, and a pure core that type-checks against ECMAScript alone.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, normalize, relative, sep } from "node:path";

const ROOT = join(__dirname, "..", "..");

/** For each folder: the folders and packages it may import ("node" stands for Node's built-ins). */
const ALLOWED: Readonly<Record<string, { folders: readonly string[]; packages: readonly string[] }>> = {
  // The pure core: nothing but itself (and package.json, for the version number).
  src: { folders: [], packages: [] },
  engine: { folders: ["src"], packages: ["hyperformula"] },
  io: { folders: ["src", "engine"], packages: ["exceljs", "jszip", "node"] },
  functions: { folders: ["src"], packages: [] },
  // The task pane runs inside Excel: no engine; ExcelJS's browser bundle only on demand for the council workbook.
  taskpane: { folders: ["src", "io", "functions"], packages: ["exceljs"] },
  workbench: { folders: ["src", "engine", "io", "taskpane"], packages: ["hyperformula", "exceljs"] },
  cli: { folders: ["src", "engine", "io"], packages: ["node"] },
  // Benchmarks share the tests' generators; tests never import benchmarks.
  // The Excel adapter (functions/) is measured against the bare formula.
  bench: { folders: ["src", "engine", "io", "functions", "test"], packages: ["node", "exceljs", "jszip", "hyperformula", "playwright-core"] },
};
const CODE_FOLDERS = Object.keys(ALLOWED);
const TOP_FILES_ALLOWED = new Set(["package.json"]);

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (name.endsWith(".ts")) out.push(p);
  }
  return out;
}

/** Every module specifier: static imports and re-exports, dynamic import() and require(). */
function specifiers(source: string): string[] {
  const out: string[] = [];
  // "export const x = { header: ["from", ...] }" is no import: the clause before "from" must be a binding list.
  const patterns = [/^\s*(?:import|export)\s+(?:type\s+)?(?:\{[^}]*\}|\*(?:\s+as\s+\w+)?|\w+(?:\s*,\s*(?:\{[^}]*\}|\*\s+as\s+\w+))?)\s+from\s*["']([^"']+)["']/gm, /^\s*import\s*["']([^"']+)["']/gm, /\bimport\(\s*["']([^"']+)["']\s*\)/g, /\brequire\(\s*["']([^"']+)["']\s*\)/g];
  for (const re of patterns) for (const m of source.matchAll(re)) out.push(m[1] as string);
  return out;
}

function packageName(spec: string): string {
  if (spec.startsWith("node:") || builtinModules.includes(spec.split("/")[0] as string)) return "node";
  const parts = spec.split("/");
  return spec.startsWith("@") ? `${parts[0]}/${parts[1]}` : (parts[0] as string);
}

interface Edge {
  readonly file: string;
  readonly spec: string;
  readonly target: string;
}

function edges(): Edge[] {
  const out: Edge[] = [];
  for (const folder of CODE_FOLDERS) {
    for (const file of tsFiles(join(ROOT, folder))) {
      const rel = relative(ROOT, file);
      for (const spec of specifiers(readFileSync(file, "utf8"))) {
        const target = spec.startsWith(".") ? relative(ROOT, normalize(join(dirname(file), spec))) : spec;
        out.push({ file: rel, spec, target });
      }
    }
  }
  return out;
}

describe("architecture: imports between folders", () => {
  const all = edges();

  it("reads the imports of every code folder", () => {
    for (const folder of CODE_FOLDERS) expect(all.some((e) => e.file.startsWith(folder + sep))).toBe(true);
  });

  it.each(CODE_FOLDERS)("%s imports only what docs/architecture.md allows", (folder) => {
    const rule = ALLOWED[folder]!;
    const bad: string[] = [];
    for (const e of all.filter((x) => x.file.startsWith(folder + sep))) {
      if (e.spec.startsWith(".")) {
        const top = e.target.split(sep)[0] as string;
        if (top === folder || rule.folders.includes(top) || TOP_FILES_ALLOWED.has(e.target)) continue;
        if (top === "test" && !e.target.startsWith(join("test", "helpers"))) bad.push(`${e.file} -> ${e.spec}`);
        else if (top !== "test") bad.push(`${e.file} -> ${e.spec}`);
        else if (!rule.folders.includes("test")) bad.push(`${e.file} -> ${e.spec}`);
      } else if (!rule.packages.includes(packageName(e.spec))) {
        bad.push(`${e.file} -> ${e.spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("the tests never import the benchmarks", () => {
    const bad = tsFiles(join(ROOT, "test"))
      .flatMap((f) => specifiers(readFileSync(f, "utf8")).map((s) => ({ f, t: normalize(join(dirname(f), s)) })))
      .filter(({ t }) => relative(ROOT, t).startsWith("bench" + sep))
      .map(({ f }) => relative(ROOT, f));
    expect(bad).toEqual([]);
  });

  it("has no import circles between modules", () => {
    const files = new Set(CODE_FOLDERS.flatMap((f) => tsFiles(join(ROOT, f)).map((p) => relative(ROOT, p))));
    const graph = new Map<string, string[]>();
    for (const e of all) {
      if (!e.spec.startsWith(".")) continue;
      const to = [`${e.target}.ts`, join(e.target, "index.ts")].find((c) => files.has(c));
      if (to) graph.set(e.file, [...(graph.get(e.file) ?? []), to]);
    }
    const cycles = findCycles(graph);
    expect(cycles).toEqual([]);
  });
});

describe("architecture: the pure core", () => {
  it("type-checks against ECMAScript alone: no DOM, no Node (tsconfig.core.json)", () => {
    const tsc = require.resolve("typescript/bin/tsc", { paths: [ROOT] });
    const r = spawnSync(process.execPath, [tsc, "-p", join(ROOT, "tsconfig.core.json")], { encoding: "utf8" });
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
  }, 120_000);
});

/** Strongly connected components with more than one module (Tarjan), as readable chains. */
function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1) out.push(comp.sort().join(" <-> "));
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}
