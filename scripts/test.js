#!/usr/bin/env node
// `npm test`: type-check everything, build the add-in (the metadata and manifest
// tests read dist/), run the unit, property and engine tests, and end with one
// line "N passed, N failed" that any CI can read.
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const root = path.join(__dirname, "..");
const node = process.execPath;
const bin = (pkg, file) => require.resolve(`${pkg}/${file}`, { paths: [root] });

function step(title, args, opts = {}) {
  process.stdout.write(`\n== ${title}\n`);
  const r = spawnSync(node, args, { cwd: root, stdio: "inherit", ...opts });
  return r.status === 0;
}

const extraArgs = process.argv.slice(2);
let failedSteps = 0;
if (!step("type check (tsc --noEmit)", [bin("typescript", "bin/tsc"), "-p", "tsconfig.json", "--noEmit"])) failedSteps++;
if (!step("build the command line (tsc)", [bin("typescript", "bin/tsc"), "-p", "tsconfig.node.json"])) failedSteps++;
if (!step("build the add-in (webpack)", [bin("webpack-cli", "bin/cli.js"), "--mode", "production", "--stats", "errors-warnings"])) failedSteps++;

const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bl-jest-")), "report.json");
step("unit, property and engine tests (jest)", [require.resolve("jest/bin/jest", { paths: [root] }), "--json", `--outputFile=${report}`, ...extraArgs]);
let passed = 0;
let failed = 0;
try {
  const r = JSON.parse(fs.readFileSync(report, "utf8"));
  passed = r.numPassedTests;
  failed = r.numFailedTests + r.numRuntimeErrorTestSuites;
} catch {
  failed += 1;
  process.stdout.write("jest wrote no report: counted as a failure\n");
}
failed += failedSteps;
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
