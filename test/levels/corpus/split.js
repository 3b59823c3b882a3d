#!/usr/bin/env node
// Assigns each government in incoming/ to dev/ or test/ (or, for the third,
// fourth to sixth rounds, cal/) by a rule that never reads the lines: per owner,
// order by SHA-256 of the id, the first 40% go to test (third to sixth
// rounds: the first half to cal; see README). From the fourth round on a file whose
// id is already in dev adds its tables to that government's file there. Run
// once, after collection; it refuses to move a file over another, and to add
// to a government of test or (before the seventh round) cal.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const crypto = require("node:crypto");

const here = __dirname;
const incoming = path.join(here, "incoming");
const TEST_SHARE = 0.4;

/** Each owner's ids ordered by the SHA-256 of the id: an order that never looks at the lines. */
function byOwnerHashed(ids) {
  const byOwner = new Map();
  for (const { id, owner } of ids) {
    if (!byOwner.has(owner)) byOwner.set(owner, []);
    byOwner.get(owner).push(id);
  }
  return [...byOwner.values()].map((list) => [...list].sort((a, b) => hash(a).localeCompare(hash(b))));
}

function assign(ids) {
  const split = new Map();
  for (const sorted of byOwnerHashed(ids)) {
    let nTest = Math.round(sorted.length * TEST_SHARE);
    if (sorted.length >= 2 && nTest === 0) nTest = 1;
    sorted.forEach((id, i) => split.set(id, i < nTest ? "test" : "dev"));
  }
  return split;
}

/** Third round (README): per owner, the first half by hash (rounded up) to cal, the rest to dev. */
function assignThirdRound(ids) {
  const split = new Map();
  for (const sorted of byOwnerHashed(ids)) {
    const nCal = Math.ceil(sorted.length / 2);
    sorted.forEach((id, i) => split.set(id, i < nCal ? "cal" : "dev"));
  }
  return split;
}

function hash(id) {
  return crypto.createHash("sha256").update(id).digest("hex");
}

function main() {
  const files = fs.existsSync(incoming) ? fs.readdirSync(incoming).filter((f) => f.endsWith(".json")) : [];
  const existing = ["dev", "test", "cal"].flatMap((s) =>
    fs.existsSync(path.join(here, s)) ? fs.readdirSync(path.join(here, s)).filter((f) => f.endsWith(".json")) : [],
  );
  // Read only id and owner: the split must not depend on the lines.
  const meta = files.map((f) => {
    const j = JSON.parse(fs.readFileSync(path.join(incoming, f), "utf8"));
    if (`${j.id}.json` !== f) throw new Error(`${f}: id ${j.id} does not match the file name`);
    return { id: j.id, owner: j.owner, file: f };
  });
  const all = [
    ...meta,
    ...existing.map((f) => {
      const s = ["dev", "test", "cal"].find((d) => fs.existsSync(path.join(here, d, f)));
      const j = JSON.parse(fs.readFileSync(path.join(here, s, f), "utf8"));
      return { id: j.id, owner: j.owner, file: f };
    }),
  ];
  // The second collection round goes to dev whole (README, "Second collection round").
  const allDev = process.argv.includes("--all-dev");
  // The fifth to seventh rounds follow the fourth round's rule (README); the eighth to sixteenth the seventh's.
  const seventh = ["--seventh-round", "--eighth-round", "--ninth-round", "--tenth-round", "--eleventh-round", "--twelfth-round", "--thirteenth-round", "--fourteenth-round", "--fifteenth-round", "--sixteenth-round"].some((a) => process.argv.includes(a));
  const fourth = seventh || ["--fourth-round", "--fifth-round", "--sixth-round"].some((a) => process.argv.includes(a));
  const third = process.argv.includes("--third-round") || fourth;
  const inSplit = (id, s) => fs.existsSync(path.join(here, s, `${id}.json`));
  for (const m of meta) {
    if (inSplit(m.id, "test")) throw new Error(`${m.id} is a government of test: nothing is added to it`);
    // Seventh round (README): more tables of a cal government join its file in cal.
    if (inSplit(m.id, "cal") && !seventh) throw new Error(`${m.id} is a government of cal: nothing is added to it`);
  }
  // Fourth round (README): more tables of a dev government stay in dev, in its own file (seventh: of cal, in cal).
  const added = fourth ? meta.filter((m) => inSplit(m.id, "dev") || (seventh && inSplit(m.id, "cal"))) : [];
  for (const m of added) {
    const to = path.join(here, inSplit(m.id, "dev") ? "dev" : "cal", m.file);
    const gov = JSON.parse(fs.readFileSync(to, "utf8"));
    const more = JSON.parse(fs.readFileSync(path.join(incoming, m.file), "utf8"));
    if (more.owner !== gov.owner) throw new Error(`${m.id}: owner ${more.owner} differs from ${gov.owner}`);
    gov.tables = [...gov.tables, ...more.tables.map((t) => ({ ...t, collector: more.collector }))];
    fs.writeFileSync(`${to}.tmp`, `${JSON.stringify(gov, null, 1)}\n`);
    fs.renameSync(`${to}.tmp`, to);
    fs.unlinkSync(path.join(incoming, m.file));
  }
  const fresh = meta.filter((m) => !added.includes(m));
  const split = allDev ? new Map(fresh.map((m) => [m.id, "dev"])) : third ? assignThirdRound(fresh) : assign(all);
  for (const m of fresh) {
    const dir = path.join(here, split.get(m.id));
    fs.mkdirSync(dir, { recursive: true });
    const to = path.join(dir, m.file);
    if (fs.existsSync(to)) throw new Error(`${to} exists`);
    fs.renameSync(path.join(incoming, m.file), to);
  }
  const counts = { dev: 0, test: 0, cal: 0 };
  for (const s of split.values()) counts[s]++;
  process.stdout.write(`moved ${fresh.length}; governments dev ${counts.dev}, test ${counts.test}, cal ${counts.cal}; tables added to ${added.length} governments of dev${seventh ? " and cal" : ""}\n`);
}

if (require.main === module) main();
module.exports = { assign, assignThirdRound };
