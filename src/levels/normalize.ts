// Budget descriptions arrive in every spelling: capitals, accents or none
// ("financiële"/"financiele"), hyphens ("re-integratie"), codes ("6.3") and
// stray punctuation. Everything downstream matches on one folded form:
// lowercase ASCII letters and digits, single spaces, and a dot kept only
// between two digits so Iv3 codes survive. The check folds into a reused
// buffer instead of building strings, so this loop is the whole per-line cost
// of normalising.

// Letters that Unicode decomposition leaves alone but budgets spell in ASCII.
const SPECIAL_FOLDS: Readonly<Record<string, string>> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
  ĸ: "k",
};

const MARKS = /\p{M}/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Folded form of one non-ASCII char: "" for a combining mark, " " for a separator. */
const foldCache = new Map<number, string>();

function foldChar(code: number): string {
  const hit = foldCache.get(code);
  if (hit !== undefined) return hit;
  const ch = String.fromCharCode(code);
  let out: string;
  if (/\p{M}/u.test(ch)) {
    out = "";
  } else {
    const lower = ch.toLowerCase();
    const special = SPECIAL_FOLDS[lower];
    if (special !== undefined) out = special;
    else {
      const stripped = lower.normalize("NFKD").replace(MARKS, "").toLowerCase();
      let kept = "";
      for (const c of stripped) {
        const sp = SPECIAL_FOLDS[c];
        if (sp !== undefined) kept += sp;
        else if (LETTER_OR_DIGIT.test(c)) kept += c;
      }
      out = kept === "" ? " " : kept;
    }
  }
  foldCache.set(code, out);
  return out;
}

let buf = new Uint16Array(512);

function grow(min: number): void {
  let size = buf.length * 2;
  while (size < min) size *= 2;
  const next = new Uint16Array(size);
  next.set(buf);
  buf = next;
}

// Called as a function rather than looked up on each string: lines arrive as every kind of
// string V8 has (flat, concatenated, sliced, one or two bytes a char), which makes a
// `s.charCodeAt` lookup megamorphic, a slow generic lookup for every char.
const charCodeAt = String.prototype.charCodeAt;

// What the fold writes for each UTF-16 code unit, in one table so the loop does one
// lookup per char: the folded char itself, or one of these markers (folded chars are
// letters and digits, never codes this low). ASCII is filled in here, the rest the
// first time it is seen.
const UNSEEN = 0;
const DROP = 1; // a combining mark
const SEPARATOR = 2;
const DOT = 3; // a dot or comma: kept as "." between two digits
const MULTI = 4; // folds to more than one char ("ß" is "ss"): see foldChar
const FOLD = new Uint16Array(65536);
for (let c = 0; c < 128; c++) {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) FOLD[c] = c;
  else if (c >= 0x41 && c <= 0x5a) FOLD[c] = c + 32;
  else if (c === 0x2e || c === 0x2c) FOLD[c] = DOT;
  else FOLD[c] = SEPARATOR;
}

function learn(c: number): number {
  const f = foldChar(c);
  const code = f === "" ? DROP : f === " " ? SEPARATOR : f.length === 1 ? f.charCodeAt(0) : MULTI;
  FOLD[c] = code;
  return code;
}

/**
 * Folds `s` into the shared buffer and returns the folded length. The buffer
 * stays valid until the next call; read it with {@link foldedBuffer}.
 */
export function foldInto(s: string): number {
  folds++;
  const len = s.length;
  if (buf.length < len + 16) grow(len + 16);
  // A local view of the buffer: the module variable would be read again at every store.
  let b = buf;
  let n = 0;
  let pendingSpace = false;
  // Words of four chars or more, counted at each space: where a word starts and how many there are.
  let wordStart = 0;
  let long = 0;
  for (let i = 0; i < len; i++) {
    const c = charCodeAt.call(s, i);
    let f = FOLD[c] as number;
    if (f === UNSEEN) f = learn(c);
    if (f > MULTI) {
      // At most one char out per char in (a space only replaces a separator): the buffer suffices.
      if (pendingSpace) {
        if (n - wordStart >= LONG_WORD) long++;
        b[n++] = 0x20;
        pendingSpace = false;
        wordStart = n;
      }
      b[n++] = f;
    } else if (f === SEPARATOR) {
      if (n > 0) pendingSpace = true;
    } else if (f === DOT) {
      const prev = n > 0 && !pendingSpace ? (b[n - 1] as number) : 0;
      const next = i + 1 < len ? charCodeAt.call(s, i + 1) : 0;
      if (prev >= 0x30 && prev <= 0x39 && next >= 0x30 && next <= 0x39) b[n++] = 0x2e;
      else if (n > 0) pendingSpace = true;
    } else if (f === MULTI) {
      const m = foldChar(c);
      if (b.length < n + m.length + (len - i) + 16) {
        grow(n + m.length + (len - i) + 16);
        b = buf;
      }
      if (pendingSpace) {
        if (n - wordStart >= LONG_WORD) long++;
        b[n++] = 0x20;
        pendingSpace = false;
        wordStart = n;
      }
      for (let j = 0; j < m.length; j++) b[n++] = m.charCodeAt(j);
    }
  }
  foldedLongWords = n - wordStart >= LONG_WORD ? long + 1 : long;
  return n;
}

/** How long a word must be to count in {@link foldedLongWordCount}. */
export const LONG_WORD = 4;
let foldedLongWords = 0;

/** The number of words of four chars or more the last {@link foldInto} wrote, counted as it folded. */
export function foldedLongWordCount(): number {
  return foldedLongWords;
}

let folds = 0;

/** How many times the buffer was filled: equal counts mean it still holds the same text. */
export function foldCount(): number {
  return folds;
}

/** The buffer {@link foldInto} wrote to (it may be replaced when it grows). */
export function foldedBuffer(): Uint16Array {
  return buf;
}

/** String form of the last {@link foldInto} result. */
export function foldedString(n: number): string {
  if (n <= 4096) return String.fromCharCode.apply(null, buf.subarray(0, n) as unknown as number[]);
  let out = "";
  for (let i = 0; i < n; i += 4096) {
    out += String.fromCharCode.apply(null, buf.subarray(i, Math.min(n, i + 4096)) as unknown as number[]);
  }
  return out;
}

/** Lowercase, no diacritics, punctuation to single spaces, trimmed; "6.3" keeps its dot. */
export function normalize(s: string): string {
  return foldedString(foldInto(s));
}

/** Removes diacritics only, leaving syntax such as a regular expression intact. */
export function stripDiacritics(s: string): string {
  return s.normalize("NFKD").replace(MARKS, "");
}
