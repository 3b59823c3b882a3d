#!/usr/bin/env node
// Production dependencies must carry no high or critical advisory. The advisory
// database is online; where it cannot be reached the check says so as a
// warning CI shows (a GitHub annotation and a line on stderr) and passes, so a
// machine without network is not blocked; it never pretends to have checked.
"use strict";
const { spawnSync } = require("node:child_process");
const path = require("node:path");

/**
 * What an `npm audit --json` answer means: "failed" (high or critical
 * advisories), "passed", or "unchecked" (no answer from the service).
 */
function auditVerdict(stdout) {
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    return { status: "unchecked", reason: "npm audit gave no JSON answer" };
  }
  const v = report && report.metadata && report.metadata.vulnerabilities;
  if (!v || typeof v !== "object") {
    const why = report && report.error && (report.error.summary || report.error.code);
    return { status: "unchecked", reason: why ? String(why) : "npm audit gave no vulnerability counts" };
  }
  const serious = (Number(v.high) || 0) + (Number(v.critical) || 0);
  return { status: serious > 0 ? "failed" : "passed", counts: v };
}

function report(verdict, out, err, env) {
  if (verdict.status === "unchecked") {
    const text = `production dependencies were NOT checked for advisories: the advisory database could not be reached (${verdict.reason}).`;
    // GitHub Actions shows "::warning::" lines as annotations on the run; every other CI shows stderr.
    if (env.GITHUB_ACTIONS === "true") out(`::warning title=npm audit not checked::${text}\n`);
    err(`WARNING: npm audit: ${text}\n`);
    return 0;
  }
  out(`npm audit (production): ${JSON.stringify(verdict.counts)}\n`);
  if (verdict.status === "failed") {
    err("npm audit: production dependencies carry high or critical advisories (see above); failing.\n");
    return 1;
  }
  return 0;
}

module.exports = { auditVerdict, report };

if (require.main === module) {
  const r = spawnSync("npm", ["audit", "--omit=dev", "--audit-level=high", "--json"], { encoding: "utf8", cwd: path.join(__dirname, "..") });
  const code = report(auditVerdict(r.stdout || ""), (s) => process.stdout.write(s), (s) => process.stderr.write(s), process.env);
  process.exit(code);
}
