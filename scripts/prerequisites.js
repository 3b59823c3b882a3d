#!/usr/bin/env node
// What the tests need beyond npm, found or installed ONCE, before the test run
// (`npm test` calls this first; tests themselves never install anything):
//
//   Chromium       browser tests (playwright-core drives Debian's Chromium)
//   LibreOffice    council workbooks recalculated and printed without the add-in
//   poppler-utils  pdfinfo, to count and measure the pages LibreOffice printed
//
// Where something is missing and this process may install (root with apt-get),
// it runs one apt-get command and says so; otherwise it prints the exact command
// to run. Run directly (`node scripts/prerequisites.js`) it does the same.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

function onPath(name) {
  for (const dir of (process.env.PATH || "").split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, name);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      if (fs.statSync(p).isFile()) return p;
    } catch {
      // not in this directory
    }
  }
  return null;
}

const TOOLS = [
  { name: "Chromium", package: "chromium", find: () => require("./browser.js").findChromium() },
  { name: "LibreOffice", package: "libreoffice-calc-nogui", find: () => require("./libreoffice.js").findSoffice() },
  { name: "pdfinfo (poppler-utils)", package: "poppler-utils", find: () => onPath("pdfinfo") },
];

function installCommand(packages) {
  return `apt-get install -y --no-install-recommends ${packages.join(" ")}`;
}

/** Finds every tool, installs the missing ones where allowed; returns the names still missing, with the command. */
function ensurePrerequisites(log = (s) => process.stdout.write(s)) {
  let missing = TOOLS.filter((t) => !t.find());
  if (missing.length === 0) {
    log(`Test prerequisites found: ${TOOLS.map((t) => `${t.name} (${t.find()})`).join(", ")}\n`);
    return { missing: [], command: null };
  }
  const packages = missing.map((t) => t.package);
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  if (root && onPath("apt-get")) {
    log(`Installing what the tests need: ${missing.map((t) => t.name).join(", ")} (apt-get update; ${installCommand(packages)})\n`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    spawnSync("apt-get", ["update"], { stdio: "inherit", env });
    spawnSync("apt-get", ["install", "-y", "--no-install-recommends", ...packages], { stdio: "inherit", env });
    missing = TOOLS.filter((t) => !t.find());
  }
  if (missing.length === 0) return { missing: [], command: null };
  const command = `${root ? "" : "sudo "}${installCommand(missing.map((t) => t.package))}`;
  log(`Missing for the tests: ${missing.map((t) => t.name).join(", ")}. Install with:\n  ${command}\n`);
  return { missing: missing.map((t) => t.name), command };
}

module.exports = { ensurePrerequisites, onPath, TOOLS };

if (require.main === module) {
  process.exit(ensurePrerequisites().missing.length === 0 ? 0 : 1);
}
