// Early childhood education, targeted vs universal (MODELS.md §2; essay,
// section "Onderwijs"): VVE adds value mainly for children with a disadvantage,
// so offering it to every child pays for many who already get enough at home.

import { div, label, table } from "../core/errors";
import type { OutCell, Result } from "../core/types";

interface Group {
  readonly children: number;
  readonly target_share: number;
  readonly cost_per_child: number;
  readonly years: number;
}

interface Screening {
  readonly sensitivity: number;
  readonly false_positive_rate: number;
  readonly screening_cost: number;
}

interface Arm {
  readonly participants: number;
  readonly reached: number;
  readonly cost: number;
}

function universalArm(a: Group, takeup: number): Arm {
  const participants = a.children * takeup;
  return {
    participants,
    reached: a.children * a.target_share * takeup,
    cost: participants * a.cost_per_child * a.years,
  };
}

function targetedArm(a: Group & Screening, takeup: number): Arm {
  const p = a.target_share;
  const participants = a.children * (p * a.sensitivity + (1 - p) * a.false_positive_rate) * takeup;
  return {
    participants,
    reached: a.children * p * a.sensitivity * takeup,
    // Every child is screened, whether or not it is selected.
    cost: a.children * a.screening_cost + participants * a.cost_per_child * a.years,
  };
}

export function universal(a: Group & { takeup: number }): Result {
  return universalArm(a, a.takeup).cost;
}

export function targeted(a: Group & Screening & { takeup: number }): Result {
  return targetedArm(a, a.takeup).cost;
}

export const COMPARE_ROWS = [
  "vve.participants",
  "vve.reached",
  "vve.cost",
  "vve.deadweight",
  "vve.costPerReached",
  "vve.effect",
  "vve.costPerEffect",
  "vve.missed",
] as const;

export function compare(
  a: Group &
    Screening & {
      takeup_universal: number;
      takeup_targeted: number;
      effect_target: number;
      effect_other: number;
    },
): Result {
  const column = (arm: Arm): OutCell[] => {
    const others = arm.participants - arm.reached;
    const effect = arm.reached * a.effect_target + others * a.effect_other;
    return [
      arm.participants,
      arm.reached,
      arm.cost,
      div(others, arm.participants),
      div(arm.cost, arm.reached),
      effect,
      div(arm.cost, effect),
      a.children * a.target_share - arm.reached,
    ];
  };
  const u = column(universalArm(a, a.takeup_universal));
  const t = column(targetedArm(a, a.takeup_targeted));
  const rows: OutCell[][] = [[label("vve.item"), label("vve.universal"), label("vve.targeted")]];
  COMPARE_ROWS.forEach((key, i) => rows.push([label(key), u[i] ?? null, t[i] ?? null]));
  return table(rows);
}
