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

export const OPTION_ROWS = [
  "vvo.participants",
  "vvo.reached",
  "vvo.full",
  "vvo.gross",
  "vvo.parents",
  "vvo.grant",
  "vvo.net",
  "vvo.effect",
  "vvo.netPerEffect",
  "vvo.extraEffect",
  "vvo.extraCost",
  "vvo.costPerExtra",
] as const;

interface Option {
  readonly participants: number;
  readonly reached: number;
  /** target children with every hour of the programme */
  readonly full: number;
  readonly gross: number;
  /** participant-years weighted by the share of the hours they get, for the parents' contribution */
  readonly hourYears: number;
  readonly effect: number;
}

type OptionArgs = Group &
  Screening & {
    takeup_universal: number;
    takeup_targeted: number;
    effect_target: number;
    effect_other: number;
    base_share: number;
    grant: number;
    parent_contribution: number;
  };

function effectOf(a: OptionArgs, arm: Arm): number {
  return arm.reached * a.effect_target + (arm.participants - arm.reached) * a.effect_other;
}

/**
 * A universal base with targeted extra hours: every child is offered the base
 * (a share `base_share` of the hours), screened children who attend the base
 * are offered the rest. A child with part of the hours is assumed to get that
 * part of the effect; the assumption is stated in the function's help.
 */
function hybridOption(a: OptionArgs): Option {
  const n = a.children;
  const p = a.target_share;
  const b = a.base_share;
  const base = n * a.takeup_universal;
  const fullTarget = base * p * a.sensitivity * a.takeup_targeted;
  const fullOther = base * (1 - p) * a.false_positive_rate * a.takeup_targeted;
  const extra = fullTarget + fullOther;
  const effect =
    fullTarget * a.effect_target + (base * p - fullTarget) * b * a.effect_target + fullOther * a.effect_other + (base * (1 - p) - fullOther) * b * a.effect_other;
  return {
    participants: base,
    reached: base * p,
    full: fullTarget,
    gross: n * a.screening_cost + (base * b + extra * (1 - b)) * a.cost_per_child * a.years,
    hourYears: (base * b + extra * (1 - b)) * a.years,
    effect,
  };
}

function fullOption(a: OptionArgs, arm: Arm): Option {
  return { participants: arm.participants, reached: arm.reached, full: arm.reached, gross: arm.cost, hourYears: arm.participants * a.years, effect: effectOf(a, arm) };
}

/**
 * Universal, targeted and the hybrid side by side for the municipality's own
 * budget: parents' contributions and the GOAB grant come off the gross cost
 * (the grant only as far as there is cost left to cover: unspent GOAB money
 * cannot be kept), and universal and hybrid are set against targeted by their
 * cost per extra effect unit.
 */
export function options(a: OptionArgs): Result {
  const arms = [fullOption(a, universalArm(a, a.takeup_universal)), fullOption(a, targetedArm(a, a.takeup_targeted)), hybridOption(a)];
  const net = arms.map((o) => {
    const parents = o.hourYears * a.parent_contribution;
    const grant = Math.min(a.grant, Math.max(0, o.gross - parents));
    return { parents, grant, net: o.gross - parents - grant };
  });
  const targeted = { option: arms[1] as Option, net: (net[1] as { net: number }).net };
  const column = (o: Option, k: number): OutCell[] => {
    const m = net[k] as { parents: number; grant: number; net: number };
    const extraEffect = o.effect - targeted.option.effect;
    const extraCost = m.net - targeted.net;
    // The targeted column is the yardstick: it has no "extra" of its own.
    const versus: OutCell[] = k === 1 ? [null, null, null] : [extraEffect, extraCost, div(extraCost, extraEffect)];
    return [o.participants, o.reached, o.full, o.gross, m.parents, m.grant, m.net, o.effect, div(m.net, o.effect), ...versus];
  };
  const cols = arms.map(column);
  const rows: OutCell[][] = [[label("vvo.item"), label("vve.universal"), label("vve.targeted"), label("vvo.hybrid")]];
  OPTION_ROWS.forEach((key, r) => rows.push([label(key), ...cols.map((c) => c[r] ?? null)]));
  return table(rows);
}
