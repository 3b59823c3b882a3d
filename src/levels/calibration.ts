// What an answer of the engine is worth, read from the calibration table
// (knowledge/calibration.tsv, fitted on the development corpus by
// \`npm run corpus -- --calibrate\`): the share of right answers among those
// given with the same verdict, for the same owner, with a raw confidence in the
// same band. Where the table has no band for the owner, the verdict's own rate
// counts; where it has nothing for the verdict, the raw confidence stands.

import { KNOWLEDGE, type CalibrationBand } from "./knowledge/load";
import type { Owner, Verdict } from "./types";

const BY_KEY = new Map<string, CalibrationBand[]>();
for (const b of KNOWLEDGE.calibration) {
  const key = `${b.verdict}/${b.owner ?? "*"}`;
  const list = BY_KEY.get(key) ?? [];
  list.push(b);
  list.sort((x, y) => x.from - y.from);
  BY_KEY.set(key, list);
}

function lookup(key: string, raw: number): number | null {
  const list = BY_KEY.get(key);
  if (!list) return null;
  let p: number | null = null;
  for (const b of list) if (raw + 1e-9 >= b.from) p = b.probability;
  return p ?? (list[0] as CalibrationBand).probability;
}

export function calibrated(raw: number, verdict: Verdict, owner: Owner): number {
  const p = lookup(`${verdict}/${owner}`, raw) ?? lookup(`${verdict}/*`, raw) ?? raw;
  return Math.round(p * 100) / 100;
}
