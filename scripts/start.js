#!/usr/bin/env node
// `npm start`: builds and serves the add-in on https://localhost:3000 (dev
// certificates made on first start). Where Excel desktop exists (Windows,
// macOS) it sideloads the add-in with Microsoft's sideloading tool, fetched on
// demand; elsewhere it points to the workbench (the task pane beside a
// spreadsheet in the browser, at "/") and prints how to sideload in Excel on
// the web.
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const https = require("node:https");
const { spawn, spawnSync } = require("node:child_process");

const root = path.join(__dirname, "..");
const runDir = path.join(root, ".run");
const pidFile = path.join(runDir, "start.pid");
const URL = "https://localhost:3000";
// Pinned so a new major cannot change what `npm start` does; not in the install (see TOOLCHAIN).
const SIDELOADER = "office-addin-debugging@7.0.0";
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const CERT_MAX_AGE_DAYS = 25; // the tool makes them valid for 30 days

function log(s) {
  process.stdout.write(`${s}\n`);
}

async function ensureCertificates() {
  const crt = path.join(CERT_DIR, "localhost.crt");
  const fresh = fs.existsSync(crt) && Date.now() - fs.statSync(crt).mtimeMs < CERT_MAX_AGE_DAYS * 864e5;
  if (fresh) return;
  // generateCertificates only writes when ca.crt is absent: clear stale ones first.
  for (const f of ["ca.crt", "localhost.crt", "localhost.key"]) fs.rmSync(path.join(CERT_DIR, f), { force: true });
  const { generateCertificates } = require("office-addin-dev-certs");
  await generateCertificates();
  if (process.platform === "win32" || process.platform === "darwin") {
    // Excel desktop must trust the CA; this asks the operating system once.
    const { installCaCertificate } = require("office-addin-dev-certs");
    await installCaCertificate().catch((e) => log(`Could not trust the dev certificate automatically: ${e.message}`));
  }
}

function waitForServer(timeoutMs) {
  const until = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const req = https.get(`${URL}/functions.json`, { rejectUnauthorized: false }, (res) => {
        res.resume();
        if (res.statusCode === 200) resolve();
        else retry();
      });
      req.on("error", retry);
      req.setTimeout(2000, () => req.destroy());
    };
    const retry = () => (Date.now() > until ? reject(new Error(`no answer from ${URL} within ${timeoutMs / 1000} s`)) : setTimeout(attempt, 300));
    attempt();
  });
}

function sideloadHelp() {
  return `
Begrotingslab is served on ${URL} (task pane: ${URL}/taskpane.html).

Try it without Excel in the workbench: open ${URL}/ in your browser.
It shows the example budget in a spreadsheet with the task pane beside it;
open your own .xlsx or .csv there (it stays on this computer).

Excel desktop cannot be started on this machine (${process.platform}). To use the add-in in
Excel on the web:
  1. Open a workbook on office.com (Excel for the web).
  2. Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in.
  3. Choose ${path.join(root, "manifest.xml")} and Upload.
  4. Type =BL. in a cell; Dutch Excel shows the Dutch names (=BL.VVE.VERGELIJK).
Your browser must trust the development certificate in ${CERT_DIR} (ca.crt).

Without Excel, try the functions on the command line:
  npm run cli -- eval "=BL.REVOLVING.CAPITAL(1000000, 10, 0.1)"

Stop with Ctrl-C or "npm stop".
`;
}

async function main() {
  fs.mkdirSync(runDir, { recursive: true });
  await ensureCertificates();
  const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.node.json"], { cwd: root, stdio: "inherit" });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);

  const server = spawn(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development"], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
  });
  fs.writeFileSync(pidFile, String(process.pid));
  let stopping = false;
  const stop = (code) => {
    if (stopping) return;
    stopping = true;
    server.kill("SIGTERM");
    fs.rmSync(pidFile, { force: true });
    if (process.platform === "win32" || process.platform === "darwin") {
      spawnSync("npx", ["--yes", SIDELOADER, "stop", "manifest.xml"], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
    }
    process.exit(code);
  };
  process.on("SIGINT", () => stop(0));
  process.on("SIGTERM", () => stop(0));
  server.on("exit", (code) => stop(code ?? 0));

  await waitForServer(120000);
  if (process.platform === "win32" || process.platform === "darwin") {
    log(`Serving ${URL} (workbench without Excel: ${URL}/); sideloading into Excel with ${SIDELOADER} …`);
    const r = spawnSync("npx", ["--yes", SIDELOADER, "start", "manifest.xml", "desktop", "--app", "excel", "--no-debug", "--no-live-reload"], {
      cwd: root,
      stdio: "inherit",
      shell: process.platform === "win32",
    });
    if (r.status !== 0) log(`Sideloading failed; the add-in is still served.${sideloadHelp()}`);
  } else {
    log(sideloadHelp());
  }
}

main().catch((e) => {
  process.stderr.write(`npm start failed: ${e.message}\n`);
  fs.rmSync(pidFile, { force: true });
  process.exit(1);
});
