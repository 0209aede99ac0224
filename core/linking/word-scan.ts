/**
 * Finding a name's every occurrence in a text, fast: the tokens that spell its first word (one pass
 * over the tokens for all names), then the rest and the boundaries checked by hand. The occurrences
 * of the regular expression `(?<![notBefore])w1\s+w2…(?![notAfter])` (flags `gu`) that start a token,
 * which the short-form readers (short-body-names.ts, company-short-names.ts) used to build and run
 * over the whole text once per name.
 */
import { tokenize, type Tokens } from './tokenize';

/** A name's neighbours that make it part of a longer word (the regex's lookbehind and lookahead). */
export const NOT_BEFORE = /[\p{L}\p{N}.'’-]/u;
export const NOT_AFTER = /[\p{L}\p{N}-]/u;

/** Names a short-form reader tries per text at most: an article names far fewer. */
export const MAX_NAMES = 64;

/** The code point that ends just before offset `i` (-1 at the start). */
function codePointBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const lo = text.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = text.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return text.codePointAt(i - 2)!;
  }
  return lo;
}

/** Is the code point (-1 = none) in the class? */
function inClass(cp: number, cls: RegExp): boolean {
  return cp >= 0 && cls.test(String.fromCodePoint(cp));
}

const SPACE = /\s/u;

/** The end of `words` (joined by whitespace) written at offset s with the boundaries, or -1. */
function runAt(text: string, s: number, words: readonly string[], notBefore: RegExp, notAfter: RegExp): number {
  if (!text.startsWith(words[0], s) || inClass(codePointBefore(text, s), notBefore)) return -1;
  let e = s + words[0].length;
  for (let w = 1; w < words.length; w++) {
    let j = e;
    while (j < text.length && SPACE.test(text[j])) j++;
    if (j === e || !text.startsWith(words[w], j)) return -1;
    e = j + words[w].length;
  }
  return inClass(e < text.length ? text.codePointAt(e)! : -1, notAfter) ? -1 : e;
}

/**
 * Where each of `names` (words joined by whitespace) may be written: the starts of the tokens that
 * spell its first word (folded), in text order. One pass over the tokens for all names, where an
 * `indexOf` per name read the whole text once per name (64 names on a megabyte).
 */
export function nameStarts(tk: Tokens, names: Iterable<readonly string[]>): Map<readonly string[], number[]> {
  const byHash = new Map<number, { key: string; names: (readonly string[])[] }[]>();
  for (const words of names) {
    const t = tokenize(words[0]);
    if (!t.count) continue;
    const key = t.key(0);
    const h = t.hash[0];
    const l = byHash.get(h) ?? [];
    const same = l.find((x) => x.key === key);
    if (same) same.names.push(words);
    else l.push({ key, names: [words] });
    byHash.set(h, l);
  }
  const out = new Map<readonly string[], number[]>();
  for (const l of byHash.values()) for (const x of l) for (const w of x.names) out.set(w, []);
  if (!byHash.size) return out;
  // A bitmap of the hashes answers most tokens before the map does.
  const bits = new Uint8Array(4096);
  for (const h of byHash.keys()) bits[h & 4095] = 1;
  for (let t = 0; t < tk.count; t++) {
    if (!bits[tk.hash[t] & 4095]) continue;
    const l = byHash.get(tk.hash[t]);
    if (!l) continue;
    for (const x of l) if (tk.keyIs(t, x.key)) for (const w of x.names) out.get(w)!.push(tk.start[t]);
  }
  return out;
}

/**
 * Calls `hit(start, end)` for each occurrence of `words` joined by whitespace, among `starts` (where
 * its first word's token begins: nameStarts), not preceded by a character of `notBefore` nor followed
 * by one of `notAfter` (each a one-character class, /u); occurrences do not overlap, as with a global
 * regex. Stops when `hit` returns false.
 */
export function eachWordRun(text: string, starts: readonly number[], words: readonly string[], notBefore: RegExp, notAfter: RegExp, hit: (start: number, end: number) => boolean | void): void {
  if (!words[0]) return;
  let from = 0;
  for (const s of starts) {
    if (s < from) continue;
    const e = runAt(text, s, words, notBefore, notAfter);
    if (e < 0) continue;
    if (hit(s, e) === false) return;
    from = e;
  }
}

/** Is `word` written, among `starts`, as a whole word (not preceded or followed by a character of `around`)? */
export function hasWord(text: string, starts: readonly number[], word: string, around: RegExp): boolean {
  return starts.some((s) => runAt(text, s, [word], around, around) >= 0);
}

/** Offset `at` (just before a word and its spaces) starts a sentence or a block. */
export function sentenceStart(text: string, at: number): boolean {
  let i = at;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  while (i >= 0 && /["“‘'(]/.test(text[i])) i--;
  return i < 0 || /[.!?\n:]/.test(text[i]);
}

/** Does [s, e) touch one of the mentions? (One pass over them; then a byte read per character.) */
export function inMentions(text: string, mentions: readonly { start: number; end: number }[]): (s: number, e: number) => boolean {
  const covered = new Uint8Array(text.length + 1);
  for (const m of mentions) covered.fill(1, m.start, m.end);
  return (s, e) => {
    for (let c = s; c < e; c++) if (covered[c]) return true;
    return false;
  };
}
