// Plausibility guards for the model templates: values that are allowed but
// rarely right (a discount rate of 0, a ceiling below today's rate, half a
// percentage point typed as 0.5, a semi-elasticity where an elasticity is
// asked). They never block a calculation; the pane and the command line show
// them beside the numbers so nobody reads an outcome built on a slip.

import type { Text } from "../core/types";
import { msg } from "../i18n/catalogue";
import type { ModelTemplate, TemplateCheck, Values } from "./types";

export interface CheckResult {
  readonly id: string;
  /** The inputs the warning is about, so a host can point at their cells. */
  readonly inputs: readonly string[];
  readonly message: Text;
}

/** The guards of a template that fire for these input values, in the template's order. */
export function plausibility(t: ModelTemplate, values: Values): CheckResult[] {
  const out: CheckResult[] = [];
  const all: Values = { ...Object.fromEntries(t.inputs.map((i) => [i.key, i.value])), ...values };
  for (const c of t.checks ?? []) {
    if (c.inputs.some((k) => typeof all[k] !== "number" || !Number.isFinite(all[k]))) continue;
    if (!c.when(all)) continue;
    out.push({ id: c.id, inputs: c.inputs, message: typeof c.message === "function" ? c.message(all) : c.message });
  }
  return out;
}

const v = (values: Values, key: string): number => values[key] as number;

/** A rate left at 0 that is rarely 0 in practice. */
export function notZero(key: string, message: Text): TemplateCheck {
  return { id: `${key}-zero`, inputs: [key], when: (x) => v(x, key) === 0, message };
}

/** A ceiling below today's rate: headroom 0 without a word, often two CBS definitions mixed. */
export function ceilingAbove(rate: string, ceiling: string, who: "check.women" | "check.men"): TemplateCheck {
  return {
    id: `${ceiling}-below-rate`,
    inputs: [rate, ceiling],
    when: (x) => v(x, ceiling) < v(x, rate),
    message: { nl: msg("nl", "check.ceilingBelowRate", msg("nl", who)), en: msg("en", "check.ceilingBelowRate", msg("en", who)) },
  };
}

/**
 * A yearly change in percentage points of more than `limit` (a fraction): usually
 * half a point typed as 0.5. Women's participation rose by about 1.5 points a year
 * when it nearly doubled over 1990–2010 (the essay), so 2 points is already a lot.
 */
export function pointsPerYear(key: string, who: "check.women" | "check.men", limit = 0.02): TemplateCheck {
  const points = Math.round(limit * 10000) / 100;
  return {
    id: `${key}-points`,
    inputs: [key],
    when: (x) => Math.abs(v(x, key)) > limit,
    message: { nl: msg("nl", "check.pointsPerYear", msg("nl", who), points), en: msg("en", "check.pointsPerYear", msg("en", who), points) },
  };
}
