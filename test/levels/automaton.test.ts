import { buildAutomaton, hitPat, hitStart, PREFIX, scan, WORD } from "../../src/levels/automaton";
import { foldInto } from "../../src/levels/normalize";

/** Pattern i as letters only ("baa", "bab", ...), so patterns share few states. */
function word(i: number): string {
  let s = "";
  for (let k = 0; k < 5; k++, i = Math.floor(i / 26)) s += String.fromCharCode(0x61 + (i % 26));
  return `x${s}y`;
}

describe("automaton", () => {
  test("a rule set too big for 16-bit states scans like a small one", () => {
    // 20,000 patterns of seven letters: more than 65,535 states.
    const texts = Array.from({ length: 20000 }, (_, i) => word(i * 7));
    const big = buildAutomaton(texts, texts.map(() => WORD));
    expect(big.delta).toBeInstanceOf(Int32Array);
    const small = buildAutomaton(texts.slice(-50), texts.slice(-50).map(() => PREFIX));
    expect(small.delta).toBeInstanceOf(Uint16Array);
    const line = `kosten ${texts[19999] as string} en ${texts[3] as string}`;
    const hits = scan(big, foldInto(line));
    expect(Array.from(hitPat.subarray(0, hits))).toEqual([19999, 3]);
    expect(hitStart[0]).toBe(7);
    expect(scan(small, foldInto(line))).toBe(1);
    expect(hitPat[0]).toBe(49);
  });
});
