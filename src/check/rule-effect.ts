// What a set of check rules changed: the same lines checked with and without
// them, compared verdict by verdict. A workbook's own rules were written by
// its author, not by the user checking it, so their effect is shown in so
// many words (the command line's notice, the pane's) instead of a bare count.

import type { Verdict } from "../levels";
import type { CheckedLine } from "./budget";

export interface VerdictChange {
  readonly from: Verdict;
  readonly to: Verdict;
  readonly count: number;
}

/** Counts changes per (from, to), added to as lines come in (the pane checks in chunks). */
export class VerdictChanges {
  private readonly counts = new Map<string, VerdictChange>();
  lines = 0;

  /** `before[i]` and `after[i]` are the same budget line, checked without and with the rules. */
  add(before: readonly CheckedLine[], after: readonly CheckedLine[]): void {
    const n = Math.min(before.length, after.length);
    for (let i = 0; i < n; i++) {
      const from = (before[i] as CheckedLine).result.verdict;
      const to = (after[i] as CheckedLine).result.verdict;
      if (from === to) continue;
      this.lines++;
      const key = `${from}>${to}`;
      const c = this.counts.get(key);
      this.counts.set(key, { from, to, count: (c?.count ?? 0) + 1 });
    }
  }

  /** The changes, the largest first. */
  list(): VerdictChange[] {
    return [...this.counts.values()].sort((a, b) => b.count - a.count);
  }
}
