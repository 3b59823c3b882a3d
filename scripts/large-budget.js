#!/usr/bin/env node
// A large budget for the Excel checklist (docs/excel-checklist.md, step 9):
//   node scripts/large-budget.js begroting-groot.xlsx 1000000
// writes one sheet "Begroting" with a header row and N budget lines
// (taakveld, description, amount), streamed so a million rows fit in memory.
// The lines repeat a small set of real-sounding items; the level check gives
// the same verdict for the same item, so the expected counts are easy to see.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const ExcelJS = require("exceljs");

const ITEMS = [
  ["0.1", "Gemeenteraad en raadscommissies"],
  ["1.1", "Brandweerzorg en rampenbestrijding"],
  ["2.1", "Onderhoud wegen, straten en pleinen"],
  ["4.2", "Onderwijshuisvesting basisscholen"],
  ["5.1", "Sportaccommodaties en sportstimulering"],
  ["6.3", "Bijzondere bijstand"],
  ["6.71", "Maatwerkdienstverlening 18+"],
  ["7.2", "Riolering"],
  ["3.1", "Stimuleringspakket lokale economie"],
  ["8.3", "Duurzaam bouwen en energieloket"],
];

async function main() {
  const args = process.argv.slice(2);
  const force = args.includes("--force");
  const [file, count = "1000000"] = args.filter((a) => a !== "--force");
  const n = Number(count);
  // "--help" or any other option is no file name: say how to call it rather than write a file of that name.
  if (!file || file.startsWith("-") || !/\.xlsx$/i.test(file) || !Number.isInteger(n) || n < 1 || n > 1_048_575) {
    process.stderr.write("usage: node scripts/large-budget.js FILE.xlsx [LINES, at most 1048575] [--force]\n");
    process.exit(2);
  }
  // A file that is there already is never replaced without --force.
  if (!force && fs.existsSync(path.resolve(file))) {
    process.stderr.write(`${file} exists already; give --force to replace it.\n`);
    process.exit(1);
  }
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path.resolve(file), useStyles: false, useSharedStrings: false });
  const ws = wb.addWorksheet("Begroting");
  ws.addRow(["Taakveld", "Omschrijving", "Lasten"]).commit();
  for (let i = 0; i < n; i++) {
    const [taakveld, description] = ITEMS[i % ITEMS.length];
    ws.addRow([taakveld, `${description} ${Math.floor(i / ITEMS.length) + 1}`, 1000 + (i % 977)]).commit();
  }
  ws.commit();
  await wb.commit();
  process.stdout.write(`${file}: ${n} budget lines below a header on row 1 (sheet "Begroting").\n`);
}

main().catch((e) => {
  process.stderr.write(`${e.message}\n`);
  process.exit(1);
});
