// Toegestane bereiken en posities in woorden (Nederlands). Engels: ../en/ranges.ts.

import type { ranges as en } from "../en/ranges";
import type { Mirror } from "../shape";

export const ranges: Mirror<typeof en> = {
  "range.number": "een getal",
  "range.whole": "een geheel getal",
  "range.text": "tekst",
  "range.code": "een code",
  "range.codes": "bereik van codes als tekst",
  "range.names": "bereik van namen (tekst of getal)",
  "range.codeParam": "code (tekst of getal)",
  "range.each": (range) => `getal of bereik; elk ${range}`,
  "range.between": (what, min, max) => `${what} van ${min} tot en met ${max}`,
  "range.atLeast": (min) => `ten minste ${min}`,
  "range.above": (min) => `groter dan ${min}`,
  "range.atMost": (max) => `ten hoogste ${max}`,
  "range.below": (max) => `kleiner dan ${max}`,
  "range.bounded": (what, bounds) => `${what} ${bounds}`,
  "range.boundedOf": (what, bounds) => `${what} van ${bounds}`,
  "range.and": (a, b) => `${a} en ${b}`,
  "range.or": (a, b) => `${a} of ${b}`,
  "range.rows": (columns, range) => `bereik met ${columns} kolommen, één rij per onderdeel; elk ${range}`,
  "range.position": (arg, index) => `${arg} (waarde ${index})`,
};
