/**
 * `npm run corpus -- --agreement`: how far two careful readers of the essay agree.
 * 300 ordinary lines of the development split were labelled a second time, blind
 * (second-labels.json); this prints how often the two labellers' verdicts overlap
 * or are identical, per owner, and how often the engine's answer is right by
 * either labelling. Development split only: its lines may be read.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadSplit, outcomes, repoRoot } from "./measure";

interface SecondLabel {
  readonly government: string;
  readonly table: number;
  readonly row: number;
  readonly verdicts: readonly string[];
  readonly level: string | null;
}

const pct = (a: number, b: number): string => (b === 0 ? "-" : `${((100 * a) / b).toFixed(1)}%`);

export function main(): void {
  const file = join(repoRoot(), "test", "levels", "corpus", "second-labels.json");
  const second = (JSON.parse(readFileSync(file, "utf8")) as { labels: SecondLabel[] }).labels;
  const govs = new Map(loadSplit("dev").map((g) => [g.id, g]));
  let n = 0;
  let overlap = 0;
  let same = 0;
  let answered = 0;
  const right = { first: 0, second: 0, either: 0 };
  const byOwner = new Map<string, { n: number; overlap: number }>();
  // A table is read through the whole product once, however many of its lines were labelled twice.
  const read = new Map<string, ReturnType<typeof outcomes>>();
  for (const s of second) {
    const g = govs.get(s.government);
    const t = g?.tables[s.table];
    const first = t?.labels[s.row];
    if (g === undefined || t === undefined || first === undefined) throw new Error(`second-labels.json: no line ${s.government} table ${s.table} row ${s.row} in dev`);
    n++;
    const a = new Set(first.verdicts);
    const meets = s.verdicts.some((v) => a.has(v));
    if (meets) overlap++;
    if (a.size === s.verdicts.length && s.verdicts.every((v) => a.has(v))) same++;
    const o = byOwner.get(g.owner) ?? { n: 0, overlap: 0 };
    o.n++;
    if (meets) o.overlap++;
    byOwner.set(g.owner, o);
    const key = `${s.government}\t${s.table}`;
    let table = read.get(key);
    if (table === undefined) read.set(key, (table = outcomes([{ ...g, tables: [t] }])));
    const result = table[s.row]?.result;
    if (!result || result.verdict === "UNKNOWN") continue;
    answered++;
    const r1 = first.verdicts.includes(result.verdict);
    const r2 = s.verdicts.includes(result.verdict);
    if (r1) right.first++;
    if (r2) right.second++;
    if (r1 || r2) right.either++;
  }
  process.stdout.write(`\n${n} dev lines labelled twice: verdicts overlap on ${overlap} (${pct(overlap, n)}), identical on ${same} (${pct(same, n)})\n`);
  for (const [owner, o] of [...byOwner].sort()) process.stdout.write(`   ${owner.padEnd(12)} overlap ${o.overlap} of ${o.n} (${pct(o.overlap, o.n)})\n`);
  process.stdout.write(
    `The engine answered ${answered}: right by the corpus labels ${pct(right.first, answered)}, by the second labelling ${pct(right.second, answered)}, by either ${pct(right.either, answered)}\n`,
  );
}
