// What an answer of the engine is worth, read from the calibration table
// (knowledge/calibration.tsv, fitted on the corpus' calibration split by
// \`npm run corpus -- --calibrate\`): the share of right answers among those
// given with the same verdict, for the same owner, with a raw confidence in the
// same band. Where the table has no band for the owner this low, the verdict's
// band over all owners counts; where it has nothing for the verdict, the raw
// confidence stands. (A weak answer never borrows the rate of strong ones.)

import { KNOWLEDGE, type CalibrationBand } from "./knowledge/load";
import { OWNERS, VERDICTS, type Owner, type Verdict } from "./types";

/** The probability of the highest band a raw confidence reaches, or null below them all. */
function lookup(list: readonly CalibrationBand[], raw: number): number | null {
  let p: number | null = null;
  for (const b of list) if (raw + 1e-9 >= b.from) p = b.probability;
  return p;
}

/**
 * What a table of bands says an answer is worth: the owner's band this low,
 * else the verdict's band over all owners, else null. The product reads the
 * knowledge table this way, and the calibration's own check reads a table it
 * has just fitted the same way.
 */
export function worthIn(bands: readonly CalibrationBand[], raw: number, verdict: Verdict, owner: Owner): number | null {
  const of = (o: Owner | null) => bands.filter((b) => b.verdict === verdict && b.owner === o).sort((x, y) => x.from - y.from);
  return lookup(of(owner), raw) ?? lookup(of(null), raw);
}

/** The calibrated figure, worked out from the bands. */
function fromBands(raw: number, verdict: Verdict, owner: Owner): number {
  return Math.round((worthIn(KNOWLEDGE.calibration, raw, verdict, owner) ?? raw) * 100) / 100;
}

function verdictIndex(v: Verdict): number {
  for (let i = 0; i < VERDICTS.length; i++) if (VERDICTS[i] === v) return i;
  return -1;
}

function ownerIndex(o: Owner): number {
  return o === "gemeente" ? 0 : o === "provincie" ? 1 : o === "rijk" ? 2 : o === "waterschap" ? 3 : -1;
}

// The engine rounds its raw confidences to hundredths, so every line's answer is one of
// 101 per verdict and owner: worked out once here, a line reads it from this table.
const STEPS = 101;
const TABLE = new Float64Array(VERDICTS.length * OWNERS.length * STEPS);
VERDICTS.forEach((v, vi) =>
  OWNERS.forEach((o, oi) => {
    for (let k = 0; k < STEPS; k++) TABLE[(vi * OWNERS.length + oi) * STEPS + k] = fromBands(k / 100, v, o);
  }),
);

export function calibrated(raw: number, verdict: Verdict, owner: Owner): number {
  const v = verdictIndex(verdict);
  const o = ownerIndex(owner);
  const k = Math.round(raw * 100);
  // Only a raw figure that is exactly k hundredths has its answer in the table.
  if (v >= 0 && o >= 0 && k >= 0 && k < STEPS && k / 100 === raw) return TABLE[(v * OWNERS.length + o) * STEPS + k] as number;
  return fromBands(raw, verdict, owner);
}
