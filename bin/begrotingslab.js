#!/usr/bin/env node
// Entry point of the command line. In a checkout it compiles the TypeScript
// first when the sources are newer than the build, so `npm run cli` always runs
// what is on disk.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const root = path.join(__dirname, "..");
const entry = path.join(root, "dist", "node", "cli", "main.js");

function newest(dir) {
  let t = 0;
  if (!fs.existsSync(dir)) return t;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p));
    else if (e.name.endsWith(".ts")) t = Math.max(t, fs.statSync(p).mtimeMs);
  }
  return t;
}

function stale() {
  if (!fs.existsSync(entry)) return true;
  const built = fs.statSync(entry).mtimeMs;
  return ["src", "engine", "io", "cli"].some((d) => newest(path.join(root, d)) > built);
}

if (fs.existsSync(path.join(root, "tsconfig.node.json")) && stale()) {
  let tsc;
  try {
    tsc = require.resolve("typescript/bin/tsc", { paths: [root] });
  } catch {
    tsc = undefined;
  }
  if (tsc) {
    // Compiler output goes to stderr so --json output on stdout stays clean.
    const r = spawnSync(process.execPath, [tsc, "-p", "tsconfig.node.json"], { cwd: root, stdio: ["ignore", 2, 2] });
    if (r.status !== 0) {
      process.stderr.write("begrotingslab: the TypeScript build failed (see above).\n");
      process.exit(1);
    }
    // tsc leaves an unchanged output file alone; mark the build as fresh.
    const now = new Date();
    if (fs.existsSync(entry)) fs.utimesSync(entry, now, now);
  }
}

require(entry)
  .runFromShell(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
