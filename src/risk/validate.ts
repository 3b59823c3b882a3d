// Validation of risks and simulation settings, with the coded errors of the
// models (src/core/errors) so that the same messages (src/i18n/messages)
// explain a bad cell in a function argument, a register row and a pane field.

import { invalid, isError } from "../core/errors";
import type { NumberParam } from "../core/spec";
import type { BLError, NumRange } from "../core/types";
import { checkNumber } from "../core/validate";
import { text } from "../i18n/catalogue";
import type { Amount } from "./distributions";

export const PROBABILITY: NumRange = { min: 0, max: 1 };
export const AMOUNT: NumRange = { min: 0 };
/** A certainty strictly between 0 and 1: 0 and 1 have no percentile in a finite simulation. */
export const CERTAINTY: NumRange = { min: 0, max: 1, minOpen: true, maxOpen: true };
export const MAX_RUNS = 1_000_000;
/** 0 means automatic: until the capacity is stable to 0.5%, at most MAX_RUNS. */
export const RUNS: NumRange = { min: 0, max: MAX_RUNS, integer: true };
/** Eight digits: room for a date (20250101), and every seed is shown exactly in a message. */
export const MAX_SEED = 99_999_999;
export const SEED: NumRange = { min: 0, max: MAX_SEED, integer: true };
export const DEFAULT_CERTAINTY = 0.9;
export const DEFAULT_SEED = 1;
export const TOLERANCE = 0.005;

const FINITE: NumRange = {};

function field<const Id extends "probability" | "amount" | "minimum" | "most_likely" | "maximum" | "mean" | "sd" | "certainty" | "runs" | "seed">(
  id: Id,
  nl: string,
  range: NumRange,
  share = false,
): NumberParam<Id> {
  return { id, nl, type: "number", range, ...(share ? { share } : {}), help: text(`risk.field.${id}` as "risk.field.probability") };
}

/**
 * The fields of a risk and of a simulation, as parameters: their Dutch names
 * and ranges word the messages (explain(error, lang, { params: RISK_FIELDS })).
 */
export const RISK_FIELDS = [
  field("probability", "kans", PROBABILITY, true),
  field("amount", "bedrag", AMOUNT),
  field("minimum", "minimum", FINITE),
  field("most_likely", "meest_waarschijnlijk", FINITE),
  field("maximum", "maximum", FINITE),
  field("mean", "gemiddelde", FINITE),
  field("sd", "standaardafwijking", { min: 0, minOpen: true }),
  field("certainty", "zekerheid", CERTAINTY, true),
  field("runs", "runs", RUNS),
  field("seed", "startgetal", SEED),
] as const;

export const RISK_FIELD_SPEC = { params: RISK_FIELDS };

type FieldId = (typeof RISK_FIELDS)[number]["id"];

function spec(id: FieldId): NumberParam {
  return RISK_FIELDS.find((f) => f.id === id) as NumberParam;
}

/** A number checked against a field's range; `index` is the risk's position (1-based). */
export function checkField(id: FieldId, v: number, index?: number, range?: NumRange): BLError | undefined {
  const s = spec(id);
  const r = checkNumber(range ? { ...s, range } : s, v, index);
  return isError(r) ? r : undefined;
}

/** lower ≤ upper, else an error on `upperId` that names both. */
function order(lowerId: FieldId, lower: number, upperId: FieldId, upper: number, index?: number): BLError | undefined {
  if (lower <= upper) return undefined;
  return invalid("order", { arg: upperId, value: upper, other: lowerId, limit: lower, ...(index === undefined ? {} : { index }) });
}

/**
 * Every parameter of an amount: finite, in order (minimum ≤ most likely ≤
 * maximum), a positive sd; for a risk (`nonNegative`) no amount below 0.
 */
export function checkAmount(a: Amount, index?: number, nonNegative = true): BLError | undefined {
  const floor = nonNegative ? AMOUNT : undefined;
  switch (a.kind) {
    case "fixed":
      return checkField("amount", a.value, index, nonNegative ? AMOUNT : FINITE);
    case "uniform":
      return checkField("minimum", a.min, index, floor) ?? checkField("maximum", a.max, index, floor) ?? order("minimum", a.min, "maximum", a.max, index);
    case "triangular":
    case "pert":
      return (
        checkField("minimum", a.min, index, floor) ??
        checkField("most_likely", a.mode, index, floor) ??
        checkField("maximum", a.max, index, floor) ??
        order("minimum", a.min, "most_likely", a.mode, index) ??
        order("most_likely", a.mode, "maximum", a.max, index)
      );
    case "normal":
      return (
        checkField("mean", a.mean, index) ??
        checkField("sd", a.sd, index) ??
        checkField("minimum", a.min, index, floor) ??
        checkField("maximum", a.max, index, floor) ??
        order("minimum", a.min, "maximum", a.max, index)
      );
  }
}
