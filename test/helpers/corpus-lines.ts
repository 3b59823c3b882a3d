// Budget lines as governments published them, for the level-check benchmark:
// every description of the corpus' dev split (the part that may be read), with
// its government's owner. Generated lines (lines.ts) repeat about a hundred
// phrases; these are as varied as real budgets, typos and all. The test and
// calibration splits are never read here.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { LineInput, Owner } from "../../src/levels";

interface StoredGovernment {
  readonly owner: Owner;
  readonly tables: readonly { readonly header: number; readonly rows: readonly (readonly string[])[] }[];
}

const DEV = join("test", "levels", "corpus", "dev");

function devFolder(): string {
  // This file also runs compiled, from a build folder with a package.json of its own:
  // go up to the folder that holds the corpus.
  let d = __dirname;
  while (!existsSync(join(d, DEV)) && dirname(d) !== d) d = dirname(d);
  return join(d, DEV);
}

const HAS_LETTER = /\p{L}/u;

/** Each data row's first cell with a letter in it (its description), with the owner. */
export function devCorpusLines(): LineInput[] {
  const dir = devFolder();
  const out: LineInput[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".json")).sort()) {
    const g = JSON.parse(readFileSync(join(dir, f), "utf8")) as StoredGovernment;
    for (const t of g.tables) {
      for (const row of t.rows.slice(t.header + 1)) {
        const description = row.find((c) => HAS_LETTER.test(c));
        if (description !== undefined) out.push({ description, amount: 1, owner: g.owner });
      }
    }
  }
  return out;
}
