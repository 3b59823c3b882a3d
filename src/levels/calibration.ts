// What an answer of the engine is worth, read from the calibration table
// (knowledge/calibration.tsv, fitted on the development corpus by
// \`npm run corpus -- --calibrate\`): the share of right answers among those
// given with the same verdict, for the same owner, with a raw confidence in the
// same band. Where the table has no band for the owner, the verdict's own rate
// counts; where it has nothing for the verdict, the raw confidence stands.

import { KNOWLEDGE, type CalibrationBand } from "./knowledge/load";
import { OWNERS, VERDICTS, type Owner, type Verdict } from "./types";

const BY_KEY = new Map<string, CalibrationBand[]>();
for (const b of KNOWLEDGE.calibration) {
  const key = `${b.verdict}/${b.owner ?? "*"}`;
  const list = BY_KEY.get(key) ?? [];
  list.push(b);
  list.sort((x, y) => x.from - y.from);
  BY_KEY.set(key, list);
}

// Every line is calibrated, so the bands that apply to each verdict and owner are
// picked once here, in an array by verdict and owner, instead of building a key per line.
const BANDS: readonly (readonly CalibrationBand[] | undefined)[] = VERDICTS.flatMap((v) =>
  OWNERS.map((o) => BY_KEY.get(`${v}/${o}`) ?? BY_KEY.get(`${v}/*`)),
);

function verdictIndex(v: Verdict): number {
  for (let i = 0; i < VERDICTS.length; i++) if (VERDICTS[i] === v) return i;
  return -1;
}

function ownerIndex(o: Owner): number {
  return o === "gemeente" ? 0 : o === "provincie" ? 1 : o === "rijk" ? 2 : o === "waterschap" ? 3 : -1;
}

function lookup(list: readonly CalibrationBand[], raw: number): number {
  let p: number | null = null;
  for (const b of list) if (raw + 1e-9 >= b.from) p = b.probability;
  return p ?? (list[0] as CalibrationBand).probability;
}

export function calibrated(raw: number, verdict: Verdict, owner: Owner): number {
  const v = verdictIndex(verdict);
  const o = ownerIndex(owner);
  const list = v < 0 || o < 0 ? (BY_KEY.get(`${verdict}/${owner}`) ?? BY_KEY.get(`${verdict}/*`)) : BANDS[v * OWNERS.length + o];
  const p = list === undefined ? raw : lookup(list, raw);
  return Math.round(p * 100) / 100;
}
