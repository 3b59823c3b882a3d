// Host-neutral values. Every adapter (Excel, HyperFormula, the command line)
// translates its own values into these before the core sees them, and back.

export type Lang = "nl" | "en";

/** Text in both product languages. */
export interface Text {
  readonly en: string;
  readonly nl: string;
}

/** An error value arriving from the host, e.g. a referenced cell holding #REF!. */
export interface ErrorValue {
  readonly kind: "errorValue";
  readonly code: string;
}

export type InCell = number | string | boolean | null | ErrorValue;
export type InMatrix = readonly (readonly InCell[])[];
/** One argument as the host passes it; `undefined` means omitted. */
export type InArg = InCell | InMatrix | undefined;

export type ErrorCode = "#VALUE!" | "#N/A" | "#DIV/0!";

/** Extra facts a message needs; every field is optional so errors stay cheap to build. */
export interface ErrorInfo {
  readonly fn?: string;
  readonly arg?: string;
  readonly value?: number | string | boolean;
  readonly range?: NumRange;
  readonly hint?: number;
  readonly index?: number;
  readonly lengths?: readonly number[];
  readonly other?: string;
  readonly limit?: number;
  /** The argument is a change in percentage points written as a fraction (0.005 for half a point). */
  readonly points?: boolean;
  /** Several values given together, e.g. the three points of a range. */
  readonly values?: readonly number[];
}

/** A computed error: data, not a thrown string. Wording lives in i18n/messages. */
export interface BLError {
  readonly kind: "error";
  readonly code: ErrorCode;
  readonly reason: string;
  readonly info: ErrorInfo;
}

/** A localizable label inside a result table (headers, row labels, status codes). */
export interface Label {
  readonly kind: "label";
  readonly key: string;
}

export type OutCell = number | string | boolean | BLError | Label | null;

/** A spilled result; the first row is the header. */
export interface Table {
  readonly kind: "table";
  readonly rows: readonly (readonly OutCell[])[];
}

/** Text whose wording depends on the user's language, e.g. a level or a verdict. */
export interface LocalText {
  readonly kind: "text";
  readonly text: Text;
}

export type Result = number | string | boolean | BLError | Table | LocalText;

export interface NumRange {
  readonly min?: number;
  readonly max?: number;
  /** min is excluded */
  readonly minOpen?: boolean;
  /** max is excluded */
  readonly maxOpen?: boolean;
  readonly integer?: boolean;
}
