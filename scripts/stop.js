#!/usr/bin/env node
// `npm stop`: stops the server started by `npm start` (it stops its own children).
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const pidFile = path.join(__dirname, "..", ".run", "start.pid");
if (!fs.existsSync(pidFile)) {
  process.stdout.write("Begrotingslab is not running (no .run/start.pid).\n");
  process.exit(0);
}
const pid = Number(fs.readFileSync(pidFile, "utf8"));
try {
  process.kill(pid, "SIGTERM");
  process.stdout.write(`Stopped Begrotingslab (process ${pid}).\n`);
} catch (e) {
  if (e.code !== "ESRCH") throw e;
  process.stdout.write("Begrotingslab was not running any more.\n");
}
fs.rmSync(pidFile, { force: true });
