#!/usr/bin/env node
// LibreOffice for checks: finds soffice (scripts/prerequisites.js installs
// Debian's libreoffice-calc-nogui before the tests where it may), and converts an xlsx to csv headless with a fresh profile that always
// recalculates on load. Without that profile setting LibreOffice shows the
// cached values of an xlsx instead of computing them, and a check would prove
// nothing. Never skips silently: when LibreOffice is missing it fails naming
// the command to run.
//
//   node scripts/libreoffice.js find
//   node scripts/libreoffice.js csv FILE.xlsx OUTDIR
//   node scripts/libreoffice.js pdf FILE.xlsx OUTDIR
"use strict";

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const INSTALL = "apt-get install -y --no-install-recommends libreoffice-calc-nogui";
const CANDIDATES = ["soffice", "libreoffice"];
const FIXED = ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice"];

function onPath(name) {
  for (const dir of (process.env.PATH || "").split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, name);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch {
      // not here
    }
  }
  return null;
}

/** The path of soffice, or null. SOFFICE in the environment wins. */
function findSoffice() {
  if (process.env.SOFFICE && fs.existsSync(process.env.SOFFICE)) return process.env.SOFFICE;
  for (const n of CANDIDATES) {
    const p = onPath(n);
    if (p) return p;
  }
  return FIXED.find((p) => fs.existsSync(p)) || null;
}

/** soffice, or an error naming the exact install command. Never installs: scripts/prerequisites.js does, once, before the tests. */
function requireSoffice() {
  const found = findSoffice();
  if (found) return found;
  throw new Error(`LibreOffice (soffice) is not installed. Install it with:\n  ${INSTALL}\n(or run node scripts/prerequisites.js), or set SOFFICE to the soffice executable.`);
}

/** A fresh profile whose registry sets OOXMLRecalcMode to 0: always recalculate xlsx files on load. */
function freshProfile() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bl-lo-profile-"));
  const user = path.join(dir, "user");
  fs.mkdirSync(user, { recursive: true });
  fs.writeFileSync(
    path.join(user, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return dir;
}

/**
 * Converts every sheet of an xlsx to csv (UTF-8, comma, full precision rather
 * than as formatted): OUTDIR/<base>-<Sheet>.csv per sheet. Returns
 * { files: {sheetName: path}, ms }.
 */
function convertToCsv(xlsx, outDir, opts = {}) {
  const soffice = opts.soffice || requireSoffice();
  fs.mkdirSync(outDir, { recursive: true });
  const profile = freshProfile();
  const started = Date.now();
  // Filter options: separator 44 (,), quote 34 ("), UTF-8, start row 1, no column formats,
  // language, quoted as text false, detect special numbers true, "save as shown" FALSE
  // (full precision), export formulas false, remove space false, sheet -1 = every sheet.
  const filter = 'csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,1033,false,true,false,false,false,-1';
  const r = spawnSync(
    soffice,
    [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--nolockcheck", "--convert-to", filter, "--outdir", outDir, path.resolve(xlsx)],
    { encoding: "utf8", timeout: opts.timeoutMs || 180000 },
  );
  const ms = Date.now() - started;
  fs.rmSync(profile, { recursive: true, force: true });
  if (r.error) throw new Error(`soffice failed to run: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`soffice exited with ${r.status}: ${r.stderr || r.stdout}`);
  const base = path.basename(xlsx).replace(/\.[^.]+$/, "");
  const files = {};
  for (const f of fs.readdirSync(outDir)) {
    if (f.startsWith(`${base}-`) && f.endsWith(".csv")) files[f.slice(base.length + 1, -4)] = path.join(outDir, f);
  }
  if (Object.keys(files).length === 0) {
    // Older LibreOffice writes only the first sheet, to <base>.csv.
    const single = path.join(outDir, `${base}.csv`);
    if (fs.existsSync(single)) files[""] = single;
    else throw new Error(`soffice wrote no csv for ${xlsx}: ${r.stderr || r.stdout}`);
  }
  return { files, ms };
}

/**
 * Prints an xlsx to PDF as LibreOffice would on paper (recalculating on load):
 * OUTDIR/<base>.pdf. The paper size, orientation, scaling, print titles and
 * page headers come from the workbook's own page setup. Returns { pdf, ms }.
 */
function convertToPdf(xlsx, outDir, opts = {}) {
  const soffice = opts.soffice || requireSoffice();
  fs.mkdirSync(outDir, { recursive: true });
  const profile = freshProfile();
  const started = Date.now();
  const r = spawnSync(
    soffice,
    [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--nolockcheck", "--convert-to", "pdf", "--outdir", outDir, path.resolve(xlsx)],
    { encoding: "utf8", timeout: opts.timeoutMs || 180000 },
  );
  const ms = Date.now() - started;
  fs.rmSync(profile, { recursive: true, force: true });
  if (r.error) throw new Error(`soffice failed to run: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`soffice exited with ${r.status}: ${r.stderr || r.stdout}`);
  const pdf = path.join(outDir, `${path.basename(xlsx).replace(/\.[^.]+$/, "")}.pdf`);
  if (!fs.existsSync(pdf)) throw new Error(`soffice wrote no pdf for ${xlsx}: ${r.stderr || r.stdout}`);
  return { pdf, ms };
}

/** A small csv reader (quotes, doubled quotes, commas and newlines inside quotes). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

module.exports = { findSoffice, requireSoffice, convertToCsv, convertToPdf, parseCsv, freshProfile, INSTALL };

if (require.main === module) {
  const [cmd, file, out] = process.argv.slice(2);
  try {
    if (cmd === "find") console.log(requireSoffice());
    else if (cmd === "csv" && file) {
      const r = convertToCsv(file, out || path.dirname(file));
      console.log(JSON.stringify(r, null, 2));
    } else if (cmd === "pdf" && file) {
      console.log(JSON.stringify(convertToPdf(file, out || path.dirname(file)), null, 2));
    } else {
      console.error("Usage: node scripts/libreoffice.js find | csv FILE.xlsx [OUTDIR] | pdf FILE.xlsx [OUTDIR]");
      process.exit(2);
    }
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
