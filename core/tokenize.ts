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
  start: Int32Array;
  end: Int32Array;
  /** Folded matching key of each token (see foldKey). */
  key: string[];
  /** Gap class before each token (Gap.*). */
  gap: Uint8Array;
  flags: Uint8Array;
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

/** Split text into tokens. Linear in text length. */
export function tokenize(text: string): Tokens {
  const n = text.length;
  // Upper bound on the token count is n/2+1; grow instead to keep memory near the real count.
  let cap = Math.max(16, (n >> 3) + 16);
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let gap = new Uint8Array(cap);
  let flags = new Uint8Array(cap);
  const key: string[] = [];
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
    // A word: scan to its end (invisible characters inside a word are skipped).
    const s = i;
    let invisible = false;
    i++;
    while (i < n) {
      const d = text.charCodeAt(i);
      const kd = d < 128 ? CLASS[d] : classOf(d);
      if (kd === C_WORD) {
        i++;
      } else if (kd === C_INVIS && i + 1 < n && classOf(text.charCodeAt(i + 1)) === C_WORD) {
        invisible = true;
        i++;
      } else break;
    }
    const e = i;
    if (count === cap) {
      cap *= 2;
      const ns = new Int32Array(cap); ns.set(start); start = ns;
      const ne = new Int32Array(cap); ne.set(end); end = ne;
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
    const raw = text.slice(s, e);
    let f = 0;
    for (let j = 0; j < raw.length; j++) {
      const cc = raw.charCodeAt(j);
      if (cc < 48 || cc > 57) {
        f |= TokFlag.Alpha;
        break;
      }
    }
    if (isUpperAt(raw, 0)) {
      f |= TokFlag.Cap;
      if (raw.length === 1 || isAllCaps(raw)) f |= TokFlag.AllCaps;
    }
    if (sentence) f |= TokFlag.SentStart;
    start[count] = s;
    end[count] = e;
    gap[count] = g;
    flags[count] = f;
    key.push(foldKey(invisible ? raw.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '') : raw));
    count++;
    spaces = newlines = dashes = apos = periods = stops = amps = others = openq = 0;
    sentence = false;
  }
  return { count, start, end, key, gap, flags };
}
