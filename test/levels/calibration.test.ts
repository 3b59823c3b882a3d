// Calibration reads what an answer is worth from the table fitted on the
// corpus' calibration split: the owner's band, else the verdict's band over all
// owners; a weak answer never borrows the worth of the strong ones.
import { calibrated, worthIn } from "../../src/levels/calibration";
import { KNOWLEDGE, type CalibrationBand } from "../../src/levels/knowledge/load";
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
    const table: CalibrationBand[] = [
      { verdict: "OK", owner: null, from: 0, probability: 0.4 },
      { verdict: "OK", owner: null, from: 0.84, probability: 0.9 },
      { verdict: "OK", owner: "rijk", from: 0.84, probability: 0.95 },
    ];
    expect(worthIn(table, 0.5, "OK", "rijk")).toBe(0.4);
    expect(worthIn(table, 0.9, "OK", "rijk")).toBe(0.95);
    expect(worthIn(table, 0.9, "OK", "gemeente")).toBe(0.9);
    expect(worthIn(table, 0.5, "NEUTRAL", "rijk")).toBeNull();
  });

  test("a verdict the table does not know keeps the raw confidence", () => {
    const unknownVerdicts = VERDICTS.filter((v) => !KNOWLEDGE.calibration.some((b) => b.verdict === v));
    for (const v of unknownVerdicts) expect(calibrated(0.37, v, "gemeente")).toBe(0.37);
  });
});
