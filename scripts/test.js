#!/usr/bin/env node
// `npm test`: type-check everything, build the add-in (the metadata and manifest
// tests read dist/), run the unit, property and engine tests, and end with one
// line "N passed, N failed" that any CI can read. The browser tests run last,
// against the built pages, and count into that line.
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
// What the tests need beyond npm (Chromium, LibreOffice, pdfinfo): found or installed
// here, once, before the run; a test never installs anything itself.
process.stdout.write("== test prerequisites\n");
const prereq = require("./prerequisites.js").ensurePrerequisites();
if (!step("type check (tsc --noEmit)", [bin("typescript", "bin/tsc"), "-p", "tsconfig.json", "--noEmit"])) failedSteps++;
if (!step("build the command line (tsc)", [bin("typescript", "bin/tsc"), "-p", "tsconfig.node.json"])) failedSteps++;
// With a base URL, as a deployment builds it: the manifest tests check that production manifest.
const { TEST_BASE_URL } = require("./manifest.js");
if (!step("build the add-in (webpack)", [bin("webpack-cli", "bin/cli.js"), "--mode", "production", "--env", `url=${TEST_BASE_URL}`, "--stats", "errors-warnings"])) failedSteps++;
// What was just built counts as fresh for jest's global setup (test/setup/build.js).
else require("../test/setup/build.js").markFresh();

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

// Browser tests (test/browser/, jest.browser.config.js): playwright-core drives
// Debian's Chromium against the pages built above in dist/. scripts/browser.js
// finds Chromium (CHROME_PATH, /usr/bin/chromium, /usr/bin/chromium-browser);
// when there is none this step fails naming the command (printed above too).
process.stdout.write("\n== browser tests (headless Chromium, jest -c jest.browser.config.js)\n");
let chrome;
try {
  chrome = require("./browser.js").chromiumPath();
  process.stdout.write(`Chromium: ${chrome}\n`);
} catch (e) {
  process.stdout.write(`Browser tests NOT run: ${e.message}\n`);
  failed += 1;
}
if (chrome) {
  const browserReport = path.join(path.dirname(report), "browser.json");
  step("browser tests (jest)", [require.resolve("jest/bin/jest", { paths: [root] }), "-c", "jest.browser.config.js", "--json", `--outputFile=${browserReport}`], {
    env: { ...process.env, CHROME_PATH: chrome },
  });
  try {
    const r = JSON.parse(fs.readFileSync(browserReport, "utf8"));
    passed += r.numPassedTests;
    failed += r.numFailedTests + r.numRuntimeErrorTestSuites;
    if (r.numPendingTests > 0) process.stdout.write(`browser tests: ${r.numPendingTests} SKIPPED (see the reason printed above)\n`);
  } catch {
    failed += 1;
    process.stdout.write("browser jest wrote no report: counted as a failure\n");
  }
}

failed += failedSteps;
if (prereq.missing.length > 0) process.stdout.write(`\nMissing test prerequisites: ${prereq.missing.join(", ")}. Install with: ${prereq.command}\n`);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
