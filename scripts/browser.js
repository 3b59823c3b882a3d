#!/usr/bin/env node
// The browser test layer's plumbing, shared by `npm test` (scripts/test.js),
// the browser tests (test/browser/) and `npm run bench` (bench/browser.ts):
//
// - chromiumPath(): the Chromium to drive with playwright-core. CHROME_PATH,
//   else /usr/bin/chromium, else /usr/bin/chromium-browser; otherwise throws,
//   naming the command to run (scripts/prerequisites.js installs it before the
//   tests where the machine allows).
//   `npx playwright install` cannot download browsers on a closed network.
// - LAUNCH_ARGS / launchOptions(): the flags a closed network needs (without
//   the background-networking flags Chromium keeps trying to reach Google).
//   Playwright gives every launch a fresh, empty profile (--user-data-dir) itself.
// - serveDist(): a static HTTP server for the BUILT pages in dist/, on
//   127.0.0.1 and a free port; "/" serves workbench.html when it exists.
//
// Run directly (`node scripts/browser.js`) it prints the Chromium path.
"use strict";
const fs = require("node:fs");
const http = require("node:http");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
// BL_DIST serves another build (for instance a copy under test); default dist/.
const DIST = process.env.BL_DIST ? path.resolve(process.env.BL_DIST) : path.join(ROOT, "dist");
const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];
const INSTALL_HINT = "sudo apt-get install -y chromium";

const LAUNCH_ARGS = Object.freeze([
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
]);

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function found() {
  return CANDIDATES.find(isExecutable);
}

/** The Chromium to use (CHROME_PATH, else Debian's), or null. */
function findChromium() {
  const env = process.env.CHROME_PATH;
  if (env) return isExecutable(env) ? env : null;
  return found() || null;
}

/**
 * The path of the Chromium executable. Never installs (scripts/prerequisites.js
 * does, once, before the tests); throws with the command to run when there is none.
 */
function chromiumPath() {
  const env = process.env.CHROME_PATH;
  if (env && !isExecutable(env)) {
    throw new Error(`CHROME_PATH is set to ${env}, which is not an executable file. Point it at Chromium or Chrome, or unset it and run: ${INSTALL_HINT}`);
  }
  const have = findChromium();
  if (have) return have;
  throw new Error(
    `No Chromium for the browser tests (looked at CHROME_PATH, ${CANDIDATES.join(", ")}). Run: ${INSTALL_HINT} (or set CHROME_PATH to a Chromium or Chrome executable).`,
  );
}

/** Options for playwright-core's chromium.launch(). */
function launchOptions(executablePath = chromiumPath()) {
  return { executablePath, headless: true, args: [...LAUNCH_ARGS] };
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".jpg": "image/jpeg",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * Serves `dir` (default dist/) on 127.0.0.1 at a free port. Resolves to
 * { url, port, close() }; `url` has no trailing slash.
 */
function serveDist(dir = DIST) {
  const base = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const send = (status, body, type = "text/plain; charset=utf-8") => {
      res.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store" });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return send(405, "method not allowed\n");
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url || "/", "http://127.0.0.1").pathname);
    } catch {
      return send(400, "bad request\n");
    }
    if (pathname === "/") pathname = "/workbench.html";
    const file = path.resolve(base, `.${pathname}`);
    if (file !== base && !file.startsWith(base + path.sep)) return send(403, "forbidden\n");
    fs.readFile(file, (err, data) => {
      if (err) return send(404, "not found\n");
      send(200, data, TYPES[path.extname(file).toLowerCase()] || "application/octet-stream");
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}`,
        port,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

module.exports = { chromiumPath, findChromium, launchOptions, serveDist, LAUNCH_ARGS, INSTALL_HINT, DIST };

if (require.main === module) {
  try {
    process.stdout.write(`${chromiumPath()}\n`);
  } catch (e) {
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
}
