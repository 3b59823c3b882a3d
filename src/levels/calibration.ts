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
// picked once here instead of building a key per line.
const BANDS: ReadonlyMap<Verdict, ReadonlyMap<Owner, readonly CalibrationBand[] | undefined>> = new Map(
  VERDICTS.map((v) => [v, new Map(OWNERS.map((o) => [o, BY_KEY.get(`${v}/${o}`) ?? BY_KEY.get(`${v}/*`)]))]),
);

function lookup(list: readonly CalibrationBand[], raw: number): number {
  let p: number | null = null;
  for (const b of list) if (raw + 1e-9 >= b.from) p = b.probability;
  return p ?? (list[0] as CalibrationBand).probability;
}

export function calibrated(raw: number, verdict: Verdict, owner: Owner): number {
  const list = BANDS.get(verdict)?.get(owner);
  const p = list === undefined ? raw : lookup(list, raw);
  return Math.round(p * 100) / 100;
}
