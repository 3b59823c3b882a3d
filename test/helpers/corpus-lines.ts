// Budget lines as governments published them, for the level-check benchmark:
// every description of the corpus' dev split (the part that may be read), with
// its government's owner. Generated lines (lines.ts) repeat about a hundred
// phrases; these are as varied as real budgets, typos and all. The test and
// calibration splits are never read here.

import type { LineInput } from "../../src/levels";
import { loadSplit } from "../levels/corpus/measure";

const HAS_LETTER = /\p{L}/u;

/** Each data row's first cell with a letter in it (its description), with the owner. */
export function devCorpusLines(): LineInput[] {
  const out: LineInput[] = [];
  for (const g of loadSplit("dev")) {
    for (const t of g.tables) {
      for (const row of t.rows.slice(t.header + 1)) {
        const description = row.find((c) => HAS_LETTER.test(c));
        if (description !== undefined) out.push({ description, amount: 1, owner: g.owner });
      }
    }
  }
  return out;
}
