// Why a function's arguments or result are wrong (English): the words for the
// coded errors of src/core/errors, rendered by src/i18n/messages.ts. Dutch: ../nl/errors.ts.

import type { ErrorInfo } from "../../core/types";
import type { ErrorCtx } from "../error-context";
import { formatNumber } from "../format";

export const errors = {
  "error.missing": (_: ErrorInfo, c: ErrorCtx) => `Argument ${c.arg} is required but missing.`,
  "error.text": (_: ErrorInfo, c: ErrorCtx) => `${c.arg} must be ${c.range}; got the text "${c.value}".`,
  "error.boolean": (_: ErrorInfo, c: ErrorCtx) => `${c.arg} must be ${c.range}; got the logical value ${c.value}.`,
  "error.errorValue": (_: ErrorInfo, c: ErrorCtx) => `${c.arg} refers to an error value (${c.value}); it must be ${c.range}. Fix that cell first.`,
  "error.notFinite": (_: ErrorInfo, c: ErrorCtx) => `${c.arg} must be ${c.range} (a finite number); got ${c.value}.`,
  "error.range": (e: ErrorInfo, c: ErrorCtx) =>
    `${c.arg} must be ${c.range}; got ${c.value}.` +
    (e.points
      ? (e.hint === undefined ? "" : ` Did you mean ${c.value} percentage point? Then enter ${formatNumber(e.hint, "en")}.`) +
        " A change in percentage points is a fraction too: 0.5 percentage point is 0.005."
      : e.hint === undefined
        ? ""
        : ` Did you mean ${c.value}%? Then enter ${formatNumber(e.hint, "en")} or ${c.value}%.`),
  "error.notScalar": (_: ErrorInfo, c: ErrorCtx) => `${c.arg} takes a single value, not a range of cells.`,
  "error.codeType": (_: ErrorInfo, c: ErrorCtx) => `${c.arg} must be a code written as text; got ${c.value}.`,
  "error.codeAsNumber": (_: ErrorInfo, c: ErrorCtx) =>
    `${c.arg} must hold the codes as text ("01.11"), not as numbers; got the number ${c.value}, which has lost its leading zeros and dots. Format the cells as text or type an apostrophe first ('01.11).`,
  "error.textBoolean": (_: ErrorInfo, c: ErrorCtx) => `${c.arg} must be text; got the logical value ${c.value}.`,
  "error.tooManyArgs": (e: ErrorInfo, c: ErrorCtx) => `Too many arguments: this function takes at most ${e.limit ?? 0}, got ${c.value}.`,
  "error.unequalLengths": (e: ErrorInfo, c: ErrorCtx) =>
    `The ranges ${c.other} must have the same number of cells; they have ${(e.lengths ?? []).join(", ")}.`,
  "error.emptyCell": (_: ErrorInfo, c: ErrorCtx) => `${c.arg} is empty while the matching cells of the other ranges are filled.`,
  "error.threePoint": (e: ErrorInfo, c: ErrorCtx) =>
    `${c.arg} must run from low to high: minimum ≤ most likely ≤ maximum; got ${(e.values ?? []).map((v) => formatNumber(v, "en")).join(", ")}.`,
  "error.width": (e: ErrorInfo, c: ErrorCtx) => `${c.arg} must have ${(e.other ?? "").split(",").join(" or ")} columns per row; a row has ${c.value}.`,
  "error.order": (e: ErrorInfo, c: ErrorCtx) => `${c.arg} must not be smaller than ${c.other}; got ${c.value} while ${c.other} is ${formatNumber(e.limit ?? 0, "en")}.`,
  "error.targetNotBelow": (e: ErrorInfo, c: ErrorCtx) => `${c.arg} (${c.value}) must be smaller than ${c.other} (${formatNumber(e.limit ?? 0, "en")}).`,
  "error.rateSum": (_: ErrorInfo, c: ErrorCtx) => `${c.other} + ${c.arg} must be below 1 (100%); together they are ${c.value}.`,
  "error.mpcBound": (_: ErrorInfo, c: ErrorCtx) =>
    `${c.name("mpc")} × (1 − ${c.name("tax_rate")}) × (1 − ${c.name("import_share")}) must be below 1; it is ${c.value}, so the spending would never leak away.`,
  "error.noBreakEven": (_: ErrorInfo, c: ErrorCtx) =>
    `No default rate is low enough: ${c.name("interest_rate")} − ${c.name("cost_rate")} − ${c.name("discount_rate")} is ${c.value}, below 0, so the fund loses present value (contante waarde) at the discount rate given even if every loan is repaid.`,
  "error.never": (_: ErrorInfo, c: ErrorCtx) => `The ceiling is never reached: ${c.arg} is ${c.value}, not above 0.`,
  "error.positiveTotal": (_: ErrorInfo, c: ErrorCtx) => `${c.arg} must have a total above 0; the total is ${c.value}.`,
  "error.basePositive": (_: ErrorInfo, c: ErrorCtx) => `${c.arg} must be greater than 0 when ${c.other} is greater than 0; got ${c.value}.`,
  "error.noDigits": (_: ErrorInfo, c: ErrorCtx) => `${c.arg} "${c.value}" holds no digits; sector codes are grouped by their digits.`,
  "error.owner": (_: ErrorInfo, c: ErrorCtx) => `${c.arg} must be gemeente, provincie, rijk or waterschap; got "${c.value}".`,
  "error.taakveld": (_: ErrorInfo, c: ErrorCtx) =>
    `${c.arg} "${c.value}" is not an Iv3 taakveld: give a code such as 6.3, a code with its name ("6.3 Inkomensregelingen"), or leave it empty ("") to check the description alone.`,
  "error.taakveldIsOwner": (_: ErrorInfo, c: ErrorCtx) =>
    `${c.arg} "${c.value}" is a government, not a taakveld: whose budget it is goes in ${c.name("owner")}, the third argument; leave ${c.arg} empty ("") when there is none.`,
  "error.divZero": (_: ErrorInfo, _c: ErrorCtx) => "Division by zero.",
  "error.notFiniteResult": (_: ErrorInfo, _c: ErrorCtx) => "The result is too large to represent as a number.",
  "error.internal": (_: ErrorInfo, _c: ErrorCtx) => "Internal error in Begrotingslab; please report it.",
};
