// The grade of the ratio weerstandsvermogen = beschikbare / benodigde
// weerstandscapaciteit, on the scale of the Nederlands Adviesbureau voor
// Risicomanagement (NAR), as Dutch budgets publish it (docs/SOURCES.md,
// "Risk management"): A > 2.0, B 1.4–2.0, C 1.0–1.4, D 0.8–1.0, E 0.6–0.8,
// F < 0.6. The published bands share their end points; here each grade
// includes its lower bound (1.0 is C, the floor councils often set) and A
// starts above 2.0, as the scale writes it.

import type { Text } from "../core/types";
import { text } from "../i18n/catalogue";

export type Grade = "A" | "B" | "C" | "D" | "E" | "F";

export interface GradeBand {
  readonly grade: Grade;
  /** The lowest ratio with this grade (included), except A, which starts above 2.0. */
  readonly from: number;
}

export const GRADE_BANDS: readonly GradeBand[] = [
  { grade: "A", from: 2.0 },
  { grade: "B", from: 1.4 },
  { grade: "C", from: 1.0 },
  { grade: "D", from: 0.8 },
  { grade: "E", from: 0.6 },
  { grade: "F", from: -Infinity },
];

export function gradeOf(ratio: number): Grade {
  if (ratio > 2.0) return "A";
  for (const b of GRADE_BANDS.slice(1)) if (ratio >= b.from) return b.grade;
  return "F";
}

/** The grade's meaning on the scale ("voldoende"), in both languages. */
export function gradeMeaning(g: Grade): Text {
  return text(`risk.grade.${g}`);
}

/** The ratio, or null when there is nothing to divide by (no risk needs capacity). */
export function capacityRatio(available: number, required: number): number | null {
  return required > 0 ? available / required : null;
}
