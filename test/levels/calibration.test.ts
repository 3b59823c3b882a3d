// Calibration reads what an answer is worth from the table fitted on the
// corpus' calibration split: the owner's band, else the verdict's band over all
// owners; a weak answer never borrows the worth of the strong ones.
import { calibrated } from "../../src/levels/calibration";
import { KNOWLEDGE } from "../../src/levels/knowledge/load";
import { OWNERS, VERDICTS } from "../../src/levels/types";

const band = (verdict: string, owner: string | null, from: number) =>
  KNOWLEDGE.calibration.find((b) => b.verdict === verdict && (b.owner ?? null) === owner && b.from === from);

describe("calibrated", () => {
  test("an owner's band gives its probability, rounded to hundredths", () => {
    for (const b of KNOWLEDGE.calibration) {
      if (b.owner === null) continue;
      expect(calibrated(b.from + 0.01, b.verdict, b.owner)).toBe(Math.round(b.probability * 100) / 100);
    }
  });

  test("below the owner's lowest band the verdict's band over all owners counts, never the owner's stronger band", () => {
    let checked = 0;
    for (const v of VERDICTS) {
      for (const o of OWNERS) {
        const own = KNOWLEDGE.calibration.filter((b) => b.verdict === v && b.owner === o).sort((a, b) => a.from - b.from);
        const lowest = own[0];
        if (lowest === undefined || lowest.from === 0) continue;
        const any = band(v, null, 0);
        if (any === undefined) continue;
        expect(calibrated(lowest.from / 2, v, o)).toBe(Math.round(any.probability * 100) / 100);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  test("a verdict the table does not know keeps the raw confidence", () => {
    const unknownVerdicts = VERDICTS.filter((v) => !KNOWLEDGE.calibration.some((b) => b.verdict === v));
    for (const v of unknownVerdicts) expect(calibrated(0.37, v, "gemeente")).toBe(0.37);
  });
});
