/**
 * One linear pass that splits text into word tokens and classifies the gap before each one.
 *
 * A token is a maximal run of letters, digits and combining marks. Apostrophes, hyphens and
 * periods are separators, so "Taliban's" is [Taliban][s] and "al-Qaeda" is [al][Qaeda]; the gap
 * class says which separators stood between two tokens, and the matcher only joins tokens across
 * gaps that can sit inside a name. Output is struct-of-arrays (typed arrays + one key array) so
 * a 1 MB article costs a few allocations, not one object per word.
 */
import { foldKey, isAllCaps, isUpperAt } from './normalize';

/** Gap classes: what separates token i-1 from token i. */
export const Gap = {
  /** Anything a name cannot span: other punctuation, a paragraph break, the start of text. */
  Break: 0,
  /** Spaces, at most one line break, and/or one hyphen or dash: "al Qaeda" = "al-Qaeda". */
  Space: 1,
  /** A bare apostrophe: "O'Brien", "Taliban's". */
  Apos: 2,
  /** A period, then optional spaces: "U.S.", "St. Louis". */
  Period: 3,
  /** An ampersand with optional spaces: "AT&T", "Procter & Gamble". */
  Amp: 4,
} as const;

/** Token flag bits. */
export const TokFlag = {
  /** First character is an upper-case letter. */
  Cap: 1,
  /** Every cased letter is upper case (and there is one). */
  AllCaps: 2,
  /** Starts a sentence or block: after . ! ? : or a line break, or opening quote there. */
  SentStart: 4,
  /** Contains a letter (not only digits). */
  Alpha: 8,
} as const;

export interface Tokens {
  count: number;
  /** Typed arrays may be longer than `count`; only the first `count` entries are tokens. */
  start: Int32Array;
  end: Int32Array;
  /** FNV-1a hash of each token's key (see hashKey), computed without allocating strings. */
  hash: Int32Array;
  /** Gap class before each token (Gap.*). */
  gap: Uint8Array;
  flags: Uint8Array;
  /** Folded matching key of token i (see foldKey); strings are made on demand and cached. */
  key(i: number): string;
  /** Does token i's key equal `key`? (no allocation for ASCII tokens) */
  keyIs(i: number, key: string): boolean;
}

/** FNV-1a over a key's UTF-16 units, cut to 30 bits so it stays a small integer in V8 (Map
 *  lookups on small integers neither allocate nor hash a heap number). tokenize computes the
 *  same value for a token with that key. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h & 0x3fffffff;
}

// Character classes.
const C_OTHER = 0;
const C_WORD = 1;
const C_SPACE = 2;
const C_NEWLINE = 3;
const C_DASH = 4;
const C_APOS = 5;
const C_PERIOD = 6;
const C_STOP = 7; // ! ? :
const C_AMP = 8;
const C_OPENQ = 9; // quotes and brackets that may open a sentence
const C_INVIS = 10; // soft hyphen, zero-width: ignored inside words

/** Lazily filled class table for the BMP (0xff = not computed yet). */
const CLASS = new Uint8Array(65536).fill(0xff);
const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
const INVISIBLE_G = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

function computeClass(c: number): number {
  if (c === 10 || c === 13) return C_NEWLINE;
  if (c === 32 || c === 9 || c === 12 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000) return C_SPACE;
  if (c === 0x2d || (c >= 0x2010 && c <= 0x2015) || c === 0x2212) return C_DASH;
  if (c === 0x27 || c === 0x2019 || c === 0x2018 || c === 0x2bc || c === 0x60 || c === 0xb4) return C_APOS;
  if (c === 0x2e) return C_PERIOD;
  if (c === 0x21 || c === 0x3f || c === 0x3a || c === 0x3b) return C_STOP;
  if (c === 0x26) return C_AMP;
  if (c === 0x22 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb || c === 0x28 || c === 0x5b) return C_OPENQ;
  if (c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff) return C_INVIS;
  if (c >= 0xd800 && c <= 0xdfff) return C_OTHER; // astral symbols (emoji...): never part of a name
  return WORD_RE.test(String.fromCharCode(c)) ? C_WORD : C_OTHER;
}

for (let c = 0; c < 128; c++) CLASS[c] = computeClass(c);

function classOf(c: number): number {
  let k = CLASS[c];
  if (k === 0xff) k = CLASS[c] = computeClass(c);
  return k;
}

/** The folded keys of the first `max` words of a short string (an alias), split exactly as
 *  tokenize splits text, without its typed arrays: used to bucket a whole gazetteer quickly. */
export function wordKeys(s: string, max = Infinity): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n && out.length < max) {
    const c = s.charCodeAt(i);
    if ((c < 128 ? CLASS[c] : classOf(c)) !== C_WORD) {
      i++;
      continue;
    }
    const a = i;
    let ascii = c < 128;
    i++;
    while (i < n) {
      const d = s.charCodeAt(i);
      const k = d < 128 ? CLASS[d] : classOf(d);
      if (k === C_WORD) {
        if (d >= 128) ascii = false;
        i++;
      } else if (k === C_INVIS && i + 1 < n && classOf(s.charCodeAt(i + 1)) === C_WORD) {
        ascii = false;
        i++;
      } else break;
    }
    const raw = s.slice(a, i);
    out.push(ascii ? raw.toLowerCase() : foldKey(raw.replace(INVISIBLE_G, '')));
  }
  return out;
}

/**
 * Hashes (see hashKey) of the first two words of `s`, as tokenize would compute them, without
 * allocating for ASCII words. Writes out[0], out[1] (-1 when absent); returns the word count seen (0..2).
 */
export function firstWordHashes(s: string, out: Int32Array): number {
  out[0] = out[1] = -1;
  return hashWords(s, 2, out);
}

/** The hashes of every word of `s` (an alias), as tokenize would compute them, without its arrays:
 *  the matcher compares them with a text's before it compiles the alias. */
export function wordHashes(s: string): number[] {
  const out: number[] = [];
  hashWords(s, Infinity, out);
  return out;
}

/** Writes the hashes of the first `max` words of s to out[0..]; returns how many. */
function hashWords(s: string, max: number, out: { [i: number]: number }): number {
  const n = s.length;
  let words = 0;
  let i = 0;
  while (i < n && words < max) {
    const c = s.charCodeAt(i);
    if ((c < 128 ? CLASS[c] : classOf(c)) !== C_WORD) {
      i++;
      continue;
    }
    const a = i;
    let ascii = true;
    let h = 0x811c9dc5 | 0;
    while (i < n) {
      const d = s.charCodeAt(i);
      const k = d < 128 ? CLASS[d] : classOf(d);
      if (k === C_WORD) {
        if (d >= 128) ascii = false;
        else h = Math.imul(h ^ (d >= 65 && d <= 90 ? d | 32 : d), 0x01000193);
        i++;
      } else if (k === C_INVIS && i + 1 < n && classOf(s.charCodeAt(i + 1)) === C_WORD) {
        ascii = false;
        i++;
      } else break;
    }
    out[words++] = ascii ? h & 0x3fffffff : hashKey(foldKey(s.slice(a, i).replace(INVISIBLE_G, '')));
  }
  return words;
}

/** Split text into tokens. Linear in text length; allocates only typed arrays (plus a string
 *  per non-ASCII token, whose key needs Unicode folding). */
export function tokenize(text: string): Tokens {
  const n = text.length;
  // English averages about 6 characters per word and gap; grow if the guess is short. A short string
  // (an alias the matcher compiles) gets arrays small enough to live on the JS heap: cheaper to make.
  let cap = n < 64 ? 16 : ((n / 5) | 0) + 16;
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let hash = new Int32Array(cap);
  let gap = new Uint8Array(cap);
  let flags = new Uint8Array(cap);
  /** Keys made so far (non-ASCII ones eagerly, others on demand). */
  const keys: (string | undefined)[] = [];
  let count = 0;

  // Gap state since the previous token.
  let spaces = 0, newlines = 0, dashes = 0, apos = 0, periods = 0, stops = 0, amps = 0, others = 0, openq = 0;
  let sentence = true;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = c < 128 ? CLASS[c] : classOf(c);
    if (k !== C_WORD) {
      switch (k) {
        case C_SPACE: spaces++; break;
        case C_NEWLINE: if (c === 10) newlines++; break;
        case C_DASH: dashes++; break;
        case C_APOS: apos++; break;
        case C_PERIOD: periods++; break;
        case C_STOP: stops++; break;
        case C_AMP: amps++; break;
        case C_OPENQ: openq++; break;
        case C_INVIS: break;
        default: others++;
      }
      i++;
      continue;
    }
    // A word: scan to its end, hashing lower-cased ASCII as we go.
    const s = i;
    let ascii = true;
    let lower = 0;
    let digitsOnly = true;
    let h = 0x811c9dc5 | 0;
    for (;;) {
      const d = text.charCodeAt(i);
      if (d < 128) {
        if (d >= 65 && d <= 90) {
          digitsOnly = false;
          h = Math.imul(h ^ (d | 32), 0x01000193);
        } else {
          if (d >= 97) {
            lower++;
            digitsOnly = false;
          }
          h = Math.imul(h ^ d, 0x01000193);
        }
      } else {
        ascii = false;
        digitsOnly = false;
      }
      i++;
      if (i >= n) break;
      const e2 = text.charCodeAt(i);
      const ke = e2 < 128 ? CLASS[e2] : classOf(e2);
      if (ke === C_WORD) continue;
      if (ke === C_INVIS && i + 1 < n && classOf(text.charCodeAt(i + 1)) === C_WORD) {
        ascii = false;
        i++;
        continue;
      }
      break;
    }
    const e = i;
    if (count === cap) {
      cap *= 2;
      const ns = new Int32Array(cap); ns.set(start); start = ns;
      const ne = new Int32Array(cap); ne.set(end); end = ne;
      const nh = new Int32Array(cap); nh.set(hash); hash = nh;
      const ng = new Uint8Array(cap); ng.set(gap); gap = ng;
      const nf = new Uint8Array(cap); nf.set(flags); flags = nf;
    }
    // Classify the gap.
    let g: number = Gap.Break;
    if (count > 0 && others === 0 && stops === 0 && openq === 0 && newlines <= 1) {
      if (periods === 0 && amps === 0) {
        if (apos === 0 && dashes <= 1) g = Gap.Space;
        else if (apos === 1 && dashes === 0 && spaces === 0 && newlines === 0) g = Gap.Apos;
      } else if (periods === 1 && amps === 0 && apos === 0 && dashes === 0) g = Gap.Period;
      else if (amps === 1 && periods === 0 && apos === 0 && dashes === 0) g = Gap.Amp;
    }
    if (count > 0 && (newlines > 0 || stops > 0 || (periods > 0 && spaces + newlines > 0))) sentence = true;
    let f = 0;
    if (ascii) {
      // Fill `keys` in order (key() fills it lazily later): a holey array drops V8 into slow dictionary mode.
      keys[count] = undefined;
      if (!digitsOnly) f |= TokFlag.Alpha;
      const c0 = text.charCodeAt(s);
      if (c0 >= 65 && c0 <= 90) {
        f |= TokFlag.Cap;
        if (lower === 0) f |= TokFlag.AllCaps;
      }
    } else {
      const raw = text.slice(s, e);
      const key = foldKey(raw.replace(INVISIBLE_G, ''));
      keys[count] = key;
      h = hashKey(key);
      if (/\D/.test(raw)) f |= TokFlag.Alpha;
      if (isUpperAt(raw, 0)) {
        f |= TokFlag.Cap;
        if (isAllCaps(raw)) f |= TokFlag.AllCaps;
      }
    }
    if (sentence) f |= TokFlag.SentStart;
    start[count] = s;
    end[count] = e;
    hash[count] = h & 0x3fffffff;
    gap[count] = g;
    flags[count] = f;
    count++;
    spaces = newlines = dashes = apos = periods = stops = amps = others = openq = 0;
    sentence = false;
  }
  const key = (t: number): string => {
    let k = keys[t];
    if (k === undefined) k = keys[t] = text.slice(start[t], end[t]).toLowerCase();
    return k;
  };
  const keyIs = (t: number, want: string): boolean => {
    const k = keys[t];
    if (k !== undefined) return k === want;
    const s = start[t];
    const len = end[t] - s;
    if (len !== want.length) return false;
    for (let j = 0; j < len; j++) {
      let c = text.charCodeAt(s + j);
      if (c >= 65 && c <= 90) c |= 32;
      if (c !== want.charCodeAt(j)) return false;
    }
    return true;
  };
  return { count, start, end, hash, gap, flags, key, keyIs };
}

/**
 * A set of lower-case words that can be tested against a token without making its string:
 * the token's hash is looked up, then its characters compared (keyIs). The hashes sit in a small
 * open-addressing table of typed arrays: the resolver asks several sets about most tokens of an
 * article, and a probe that hits an empty slot costs less than a Map lookup.
 */
export class WordSet {
  private readonly words: Set<string>;
  /** Word hash per slot, -1 = empty. */
  private readonly hashes: Int32Array;
  /** The word in each used slot (one per hash: a later word with an equal hash replaces it). */
  private readonly slotWord: string[];
  private readonly mask: number;
  private readonly shift: number;
  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    // At most a quarter full: most probes are misses and stop at the first empty slot.
    let size = 16;
    while (size < this.words.size * 4) size <<= 1;
    this.hashes = new Int32Array(size).fill(-1);
    this.slotWord = new Array<string>(size).fill('');
    this.mask = size - 1;
    this.shift = Math.clz32(this.mask);
    for (const w of this.words) {
      const h = hashKey(w);
      let s = Math.imul(h, 0x9e3779b1) >>> this.shift;
      while (this.hashes[s] !== -1 && this.hashes[s] !== h) s = (s + 1) & this.mask;
      this.hashes[s] = h;
      this.slotWord[s] = w;
    }
  }
  has(word: string): boolean {
    return this.words.has(word);
  }
  /** The words, to build a larger set from. */
  list(): string[] {
    return [...this.words];
  }
  /** Is token t one of the words? */
  at(tk: Tokens, t: number): boolean {
    const h = tk.hash[t];
    const hashes = this.hashes;
    for (let s = Math.imul(h, 0x9e3779b1) >>> this.shift; ; s = (s + 1) & this.mask) {
      const x = hashes[s];
      if (x === h) return tk.keyIs(t, this.slotWord[s]);
      if (x === -1) return false;
    }
  }
  /** Is every token of [t0, t1) one of the words? */
  allAt(tk: Tokens, t0: number, t1: number): boolean {
    for (let t = t0; t < t1; t++) if (!this.at(tk, t)) return false;
    return true;
  }
}

/** Only a comma (and spaces or a line break) between tokens t-1 and t: "Columbus, Indiana". */
export function commaBefore(text: string, tk: Tokens, t: number): boolean {
  return t > 0 && t < tk.count && /^\s*,\s*$/.test(text.slice(tk.end[t - 1], tk.start[t]));
}

/** The span (of a list sorted by start, within the three before k) that ends one space before span k starts, or -1. */
export function spanRightBefore(tk: Tokens, spans: readonly { t0: number; t1: number }[], k: number): number {
  const t0 = spans[k].t0;
  if (t0 === 0 || tk.gap[t0] !== Gap.Space) return -1;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (spans[j].t1 === t0) return j;
  return -1;
}

/** Token t is a word in capitals of two letters or more ("IS", "NAS"). */
export function capsWord(tk: Tokens, t: number): boolean {
  return (tk.flags[t] & TokFlag.AllCaps) !== 0 && (tk.flags[t] & TokFlag.Alpha) !== 0 && tk.end[t] - tk.start[t] >= 2;
}

/** Token t is a lower-case word of letters ("hospitals", "but"). */
export function lowerWord(tk: Tokens, t: number): boolean {
  return (tk.flags[t] & (TokFlag.Alpha | TokFlag.Cap)) === TokFlag.Alpha;
}
