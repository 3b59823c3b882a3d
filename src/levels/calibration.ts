// What a raw confidence of the engine is worth, read from the calibration table
// (knowledge/calibration.tsv, fitted on the development corpus by
// \`npm run corpus -- --calibrate\`): the smoothed share of right answers among
// those given with at least that raw confidence and less than the next band's.

import { KNOWLEDGE } from "./knowledge/load";

const BANDS = KNOWLEDGE.calibration;

export function calibrated(raw: number): number {
  if (BANDS.length === 0) return raw;
  let p = (BANDS[0] as { probability: number }).probability;
  for (const b of BANDS) {
    if (raw + 1e-9 >= b.from) p = b.probability;
    else break;
  }
  return Math.round(p * 100) / 100;
}
