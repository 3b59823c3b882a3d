// jest globalSetup: the metadata, manifest and browser tests read the built
// add-in in dist/. So that plain `npx jest` works on a fresh clone and never
// tests a stale build, dist/ is built here when it is missing or older than
// any source it is made from. `npm test` builds first, so this finds it fresh.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const ROOT = path.join(__dirname, "..", "..");
const SOURCES = ["src", "io", "engine", "functions", "taskpane", "workbench", "assets", "examples", "manifest.xml", "webpack.config.js", "scripts/manifest.js", "package.json"];
const OUTPUTS = ["dist/functions.json", "dist/functions-nl.json", "dist/manifest.xml", "dist/taskpane.html", "dist/taskpane.js", "dist/workbench.js", "dist/examples/gemeente-lindewaard-2025.json", "dist/node/src/catalogue/excel-metadata.js"];

function newest(p) {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = 0;
  for (const name of fs.readdirSync(p)) t = Math.max(t, newest(path.join(p, name)));
  return t;
}

function buildIsStale() {
  const outs = OUTPUTS.map((f) => path.join(ROOT, f));
  if (!outs.every((f) => fs.existsSync(f))) return "dist/ is missing";
  const built = Math.min(...outs.map((f) => fs.statSync(f).mtimeMs));
  const changed = SOURCES.map((s) => path.join(ROOT, s)).filter((p) => fs.existsSync(p) && newest(p) > built);
  return changed.length > 0 ? `sources changed since the last build (${changed.map((p) => path.relative(ROOT, p)).join(", ")})` : null;
}

/**
 * Marks the outputs as made now: webpack leaves a file it would write
 * unchanged as it was (with its old time), which would otherwise look stale
 * next to a source touched by a checkout or a rebase, and build every run.
 */
function markFresh() {
  const now = new Date();
  for (const f of OUTPUTS) {
    const p = path.join(ROOT, f);
    if (fs.existsSync(p)) fs.utimesSync(p, now, now);
  }
}

module.exports = async function globalSetup() {
  const why = buildIsStale();
  if (!why) return;
  process.stdout.write(`\nBuilding dist/ for the tests that read it: ${why} (npm run build, about a minute)\n`);
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  // With a base URL, as a deployment builds it: dist/manifest.xml is the production manifest the tests check.
  const { TEST_BASE_URL } = require("../../scripts/manifest");
  const r = spawnSync(npm, ["run", "--silent", "build", "--", "--env", `url=${TEST_BASE_URL}`], { cwd: ROOT, stdio: "inherit" });
  if (r.status !== 0) throw new Error("npm run build failed; the metadata and manifest tests cannot run without dist/.");
  markFresh();
};

module.exports.buildIsStale = buildIsStale;
module.exports.markFresh = markFresh;
