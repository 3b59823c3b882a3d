// Allowed ranges and argument positions in words (English), for error messages and the function reference. Dutch: ../nl/ranges.ts.

export const ranges = {
  "range.number": "a number",
  "range.whole": "a whole number",
  "range.text": "text",
  "range.code": "a code",
  "range.codes": "range of codes as text",
  "range.names": "range of names (text or numbers)",
  "range.codeParam": "code (text or number)",
  "range.each": (range: string) => `number or range; each ${range}`,
  "range.between": (what: string, min: string, max: string) => `${what} from ${min} to ${max}`,
  "range.atLeast": (min: string) => `at least ${min}`,
  "range.above": (min: string) => `greater than ${min}`,
  "range.atMost": (max: string) => `at most ${max}`,
  "range.below": (max: string) => `less than ${max}`,
  "range.bounded": (what: string, bounds: string) => `${what} ${bounds}`,
  // "a number of at least 0"; "greater than" needs no preposition.
  "range.boundedOf": (what: string, bounds: string) => `${what} of ${bounds}`,
  "range.and": (a: string, b: string) => `${a} and ${b}`,
  "range.or": (a: string, b: string) => `${a} or ${b}`,
  "range.rows": (columns: string, range: string) => `range of ${columns} columns, one row per item; each ${range}`,
  "range.position": (arg: string, index: string) => `${arg} (value ${index})`,
};
