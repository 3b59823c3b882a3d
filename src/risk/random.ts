// The random source of the risk simulation: xoshiro128** (Blackman and Vigna),
// seeded through splitmix32. Only 32-bit integer arithmetic (Math.imul, shifts),
// so a seed gives the same numbers in every JavaScript engine on every platform;
// Math.random cannot be seeded and differs between engines.

// Math's functions taken once: where code runs in a VM context (jest, some
// hosts) every lookup of the global Math is slow and blocks inlining.
const { floor, imul } = Math;

/** Mixes a 32-bit value into a well-spread 32-bit value (the splitmix32 finaliser). */
export function mix32(x: number): number {
  let z = x | 0;
  z = imul(z ^ (z >>> 16), 0x85ebca6b);
  z = imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** FNV-1a over UTF-16 code units: a stable 32-bit key for a text such as a correlation group's name. */
export function hashText(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = imul(h ^ s.charCodeAt(i), 0x01000193);
  return mix32(h);
}

const TWO_32 = 4294967296;

export class Xoshiro128 {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** The state as four 32-bit words; all zero is the one forbidden state. */
  constructor(a: number, b: number, c: number, d: number) {
    this.a = a | 0;
    this.b = b | 0;
    this.c = c | 0;
    this.d = d | 0;
    if ((this.a | this.b | this.c | this.d) === 0) this.d = 1;
  }

  /**
   * A generator for one stream: the seed and up to two stream keys (batch,
   * dimension) are spread by splitmix32 into the state, so neighbouring seeds
   * and keys give unrelated sequences.
   */
  static fromSeed(seed: number, key1 = 0, key2 = 0): Xoshiro128 {
    // splitmix32: a Weyl sequence through the mixer; the keys enter the start value.
    let s = (imul(mix32(seed >>> 0) ^ mix32(key1 + 0x3c6ef372), 0x9e3779b9) ^ mix32(key2 + 0x7f4a7c15)) | 0;
    const next = () => {
      s = (s + 0x9e3779b9) | 0;
      return mix32(s);
    };
    return new Xoshiro128(next(), next(), next(), next());
  }

  /** The next 32-bit unsigned integer. */
  nextUint32(): number {
    const b = this.b;
    const result = imul(rotl(imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    this.c ^= this.a;
    this.d ^= b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result;
  }

  /** Uniform in the open interval (0, 1): never exactly 0 or 1, so inverse CDFs stay finite. */
  next(): number {
    return (this.nextUint32() + 0.5) / TWO_32;
  }

  /** A whole number from 0 to n − 1 (n ≤ 2^32); the bias of the multiply method is below n/2^32. */
  below(n: number): number {
    return floor((this.nextUint32() / TWO_32) * n);
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
