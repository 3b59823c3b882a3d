// What a rendered error message may name: the argument (in the user's
// language, with its position in a range), the other arguments involved, the
// value given and the allowed range, already in words.

import type { Lang } from "../core/types";

export interface ErrorCtx {
  readonly lang: Lang;
  /** argument name, with the position in its range when there is one */
  readonly arg: string;
  readonly other: string;
  readonly value: string;
  readonly range: string;
  readonly name: (id: string) => string;
}
