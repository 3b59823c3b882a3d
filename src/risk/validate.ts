// Validation of risks and simulation settings, with the coded errors of the
// models (src/core/errors) so that the same messages (src/i18n/messages)
// explain a bad cell in a function argument, a register row and a pane field.

import { invalid, isError } from "../core/errors";
import type { NumberParam } from "../core/spec";
import type { BLError, NumRange } from "../core/types";
import { checkNumber } from "../core/validate";
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

function field<const Id extends string>(id: Id, nl: string, range: NumRange, en: string, nlHelp: string, share = false): NumberParam<Id> {
  return { id, nl, type: "number", range, ...(share ? { share } : {}), help: { en, nl: nlHelp } };
}

/**
 * The fields of a risk and of a simulation, as parameters: their Dutch names
 * and ranges word the messages (explain(error, lang, { params: RISK_FIELDS })).
 */
export const RISK_FIELDS = [
  field("probability", "kans", PROBABILITY, "Probability that the risk happens.", "Kans dat het risico optreedt.", true),
  field("amount", "bedrag", AMOUNT, "Amount if the risk happens.", "Bedrag als het risico optreedt."),
  field("minimum", "minimum", FINITE, "Lowest amount.", "Laagste bedrag."),
  field("most_likely", "meest_waarschijnlijk", FINITE, "Most likely amount.", "Meest waarschijnlijke bedrag."),
  field("maximum", "maximum", FINITE, "Highest amount.", "Hoogste bedrag."),
  field("mean", "gemiddelde", FINITE, "Mean of the normal distribution before its bounds.", "Gemiddelde van de normale verdeling vóór de grenzen."),
  field("sd", "standaardafwijking", { min: 0, minOpen: true }, "Standard deviation of the normal distribution.", "Standaardafwijking van de normale verdeling."),
  field("certainty", "zekerheid", CERTAINTY, "Certainty level.", "Zekerheidsniveau.", true),
  field("runs", "runs", RUNS, "Number of runs.", "Aantal runs."),
  field("seed", "startgetal", SEED, "Seed of the random numbers.", "Startgetal van de toevalsgetallen."),
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
