// Class-size reduction (MODELS.md §3; essay, section "Onderwijs"): smaller
// classes help in primary school, but teachers are the school boards' budget,
// which is the Rijk's; a municipality's part is classrooms.

import { div, invalid, label, table } from "../core/errors";
import type { OutCell, Result } from "../core/types";

export function groupCount(pupils: readonly number[], maxClassSize: number): number {
  let groups = 0;
  for (const n of pupils) groups += Math.ceil(n / maxClassSize);
  return groups;
}

export function groups(a: { pupils: readonly number[]; max_class_size: number }): Result {
  return groupCount(a.pupils, a.max_class_size);
}

/** Annual capital charge per euro invested: annuity at interest i over n years, straight line at i = 0. */
export function annuityFactor(i: number, n: number): number {
  return i > 0 ? i / (1 - (1 + i) ** -n) : 1 / n;
}

export const COST_ROWS = [
  "cls.groupsNow",
  "cls.groupsTarget",
  "cls.extraGroups",
  "cls.fte",
  "cls.teacherCost",
  "cls.classrooms",
  "cls.investment",
  "cls.housingCost",
  "cls.total",
  "cls.perPupil",
] as const;

export function cost(a: {
  pupils: readonly number[];
  current_max: number;
  target_max: number;
  teacher_cost: number;
  classroom_m2: number;
  cost_per_m2: number;
  spare_classrooms: number;
  depreciation_years: number;
  interest_rate: number;
}): Result {
  if (a.target_max >= a.current_max) {
    return invalid("targetNotBelow", { arg: "target_max", other: "current_max", value: a.target_max, limit: a.current_max });
  }
  const g0 = groupCount(a.pupils, a.current_max);
  const g1 = groupCount(a.pupils, a.target_max);
  const extra = g1 - g0;
  const teacherCost = extra * a.teacher_cost;
  const classrooms = Math.max(0, extra - a.spare_classrooms);
  const investment = classrooms * a.classroom_m2 * a.cost_per_m2;
  const housing = investment * annuityFactor(a.interest_rate, a.depreciation_years);
  const total = teacherCost + housing;
  const pupils = a.pupils.reduce((s, n) => s + n, 0);
  // Who should pay in the essay's view (Onderwijs: teachers are primarily the Rijk's budget).
  const rijk = label("cls.byRijk");
  const gemeente = label("cls.byGemeente");
  const values: [OutCell, OutCell][] = [
    [g0, null],
    [g1, null],
    [extra, null],
    [extra, null],
    [teacherCost, rijk],
    [classrooms, null],
    [investment, gemeente],
    [housing, gemeente],
    [total, null],
    [div(total, pupils), null],
  ];
  const rows: OutCell[][] = [[label("cls.item"), label("cls.value"), label("cls.carrier")]];
  COST_ROWS.forEach((key, i) => {
    const [v, who] = values[i] ?? [null, null];
    rows.push([label(key), v, who]);
  });
  return table(rows);
}
