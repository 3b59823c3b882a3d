// Coverage counts every source file, also those no test loads (issue 10). Jest
// adds an unloaded file to the report only when it lists the file, and it lists
// only what lies under its roots: a folder coverage is collected from but that is
// no root silently drops its untested files (the pane's DOM code, the grid, the
// risk command were missing that way).

import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const config = require(join(ROOT, "jest.config.js")) as { roots: string[]; collectCoverageFrom: string[] };

/** Top-level folders holding the product's TypeScript (tests, benchmarks and scripts are not the product). */
function productFolders(): string[] {
  const skip = new Set(["test", "bench", "scripts", "node_modules", "dist", "types", "coverage", "test-artifacts"]);
  return readdirSync(ROOT).filter((d) => {
    if (d.startsWith(".") || skip.has(d) || !statSync(join(ROOT, d)).isDirectory()) return false;
    const walk = (dir: string): boolean =>
      readdirSync(dir).some((f) => {
        const p = join(dir, f);
        return statSync(p).isDirectory() ? walk(p) : f.endsWith(".ts") && !f.endsWith(".d.ts");
      });
    return walk(join(ROOT, d));
  });
}

test("every folder of source is collected from and is one of jest's roots", () => {
  const collected = config.collectCoverageFrom.filter((g) => !g.startsWith("!")).map((g) => g.split("/")[0]);
  const roots = config.roots.map((r) => r.replace("<rootDir>/", ""));
  const folders = productFolders();
  expect(folders.length).toBeGreaterThanOrEqual(7);
  for (const f of folders) expect(collected).toContain(f);
  for (const f of collected) expect(roots).toContain(f);
});
