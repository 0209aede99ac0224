/**
 * Near misses: transliteration variants and small misspellings of names ("Ahmad Masood",
 * "Massud" → Massoud) that have no exact alias.
 *
 * Only capitalized, name-like spans that matched nothing are tried. To keep this cheap and
 * precise, an alias is a candidate only when its consonant skeleton (see normalize.skeleton)
 * equals the span's, token by token; fuse.js then scores the spelling, and the threshold is
 * tight. Precision guards: at least one token must match exactly, and two names that differ only
 * in a final vowel are different people (Mario/Maria).
 */
import Fuse from 'fuse.js';
import { AliasFlag } from '../types';
import { skeleton } from './normalize';
import { hashKey, wordKeys } from './tokenize';
import type { Lexicon } from './match';
import { binaryOf, hashSlot, strHash, type BinaryIndex } from '../kb/kb-format';

/** fuse.js score (0 = identical) above which a near miss of a full name is not linked. */
export const FUZZY_MAX_SCORE = 0.25;
/** Looser for a surname of someone the article already named ("Masood" after "Ahmad Massoud"):
 *  the antecedent and the equal consonant skeleton already make the link likely. */
export const FUZZY_MAX_SURNAME_SCORE = 0.35;
/** Shortest token (in letters) a single-word near miss may have. */
export const FUZZY_MIN_WORD = 5;

/** Entities less known than this are not found by near miss (too many namesakes to guess among). */
export const FUZZY_MIN_PROMINENCE = 0.3;

interface SkeletonIndex {
  /** Alias ids of the multi-word aliases whose skeleton is `key` ("ahmd msd"), ascending. */
  multi(key: string): number[] | undefined;
  /** Could some candidate start with the skeleton `first`? (a filter: may say yes wrongly) */
  first(first: string): boolean;
  /** The same by skeletonHash of the first word: a run's first word is tested without making its key. */
  firstHash(h: number): boolean;
  /** Could some candidate have the whole skeleton key of skeletonHash `h`? (a filter, like firstHash) */
  multiHash(h: number): boolean;
  /** Bitmap over word hashes (tokenize.hashKey) of every word of those aliases: a near miss shares
   *  one word exactly. Only a filter (a false positive costs a lookup, never a link), so a bitmap of
   *  WORD_BITS bits serves instead of a set: it ships in the index ready-made. */
  words: Uint8Array;
}

/** Near-miss candidates, precomputed by the build (core/kb/kb-format.ts) so a cold start does no
 *  string work for them: eligible alias ids (lexicon ids, ascending), their skeleton keys, and the
 *  word bitmap. */
export interface FuzzyPrepared {
  ids: number[];
  keys: string[];
  words: Uint8Array;
}

const WORD_BITS = 1 << 19;

const cache = new WeakMap<Lexicon, SkeletonIndex>();

/** People's multi-word aliases and every entity's primary multi-word name, with skeleton keys. */
export function prepareFuzzy(lex: Lexicon): FuzzyPrepared {
  const ids: number[] = [];
  const keys: string[] = [];
  const words = new Uint8Array(WORD_BITS >> 3);
  const ents = lex.index.entities;
  for (let id = 0; id < lex.aliasText.length; id++) {
    const e = ents[lex.aliasEntity[id]];
    const f = lex.aliasFlags[id];
    if (!e || e.prominence < FUZZY_MIN_PROMINENCE || (e.type !== 'person' && !(f & AliasFlag.Primary))) continue;
    if (f & (AliasFlag.CaseSensitive | AliasFlag.Partial)) continue;
    const text = lex.aliasText[id];
    if (text.indexOf(' ') < 0) continue;
    const ws = wordKeys(text);
    if (ws.length < 2 || ws.length > 6) continue;
    let k = '';
    for (let j = 0; j < ws.length; j++) {
      k += (j ? ' ' : '') + skeleton(ws[j]);
      const h = hashKey(ws[j]) & (WORD_BITS - 1);
      words[h >> 3] |= 1 << (h & 7);
    }
    ids.push(id);
    keys.push(k);
  }
  return { ids, keys, words };
}

/** Built on first use. From a binary index: its tables, as they are (core/kb/kb-format.ts FUZZY_*);
 *  else from the index's precomputed entries when it has them, or computed here. */
function skeletonIndex(lex: Lexicon): SkeletonIndex {
  let si = cache.get(lex);
  if (si) return si;
  const bin = binaryOf(lex.index);
  si = bin ? binarySkeletonIndex(bin) : objectSkeletonIndex(lex.index.fuzzy ?? prepareFuzzy(lex));
  cache.set(lex, si);
  return si;
}

function objectSkeletonIndex(p: FuzzyPrepared): SkeletonIndex {
  const multi = new Map<string, number[]>();
  const firsts = new Set<string>();
  for (let j = 0; j < p.ids.length; j++) {
    const k = p.keys[j];
    const arr = multi.get(k);
    if (arr) arr.push(p.ids[j]);
    else {
      multi.set(k, [p.ids[j]]);
      firsts.add(k.slice(0, k.indexOf(' ')));
    }
  }
  const firstHashes = new Set<number>();
  for (const f of firsts) firstHashes.add(skeletonHash(f));
  const multiHashes = new Set<number>();
  for (const k of multi.keys()) multiHashes.add(skeletonHash(k));
  return { multi: (k) => multi.get(k), first: (f) => firsts.has(f), firstHash: (h) => firstHashes.has(h), multiHash: (h) => multiHashes.has(h), words: p.words };
}

function binarySkeletonIndex(bin: BinaryIndex): SkeletonIndex {
  const { fuzzyTable: table, fuzzyNext: next, fuzzyFirst: firsts, fuzzyIds: ids } = bin;
  const mask = (table.length >> 1) - 1;
  const fmask = (firsts.length >> 1) - 1;
  const inFirsts = (h: number): boolean => {
    const u = h >>> 0;
    for (let s = hashSlot(u, Math.clz32(fmask)); firsts[2 * s + 1] !== 0; s = (s + 1) & fmask) if (firsts[2 * s] === u) return true;
    return false;
  };
  const inTable = (h: number): boolean => {
    const u = h >>> 0;
    for (let s = hashSlot(u, Math.clz32(mask)); table[2 * s + 1] !== 0; s = (s + 1) & mask) if (table[2 * s] === u) return true;
    return false;
  };
  return {
    multiHash: inTable,
    multi(key) {
      const u = strHash(key) >>> 0;
      let s = hashSlot(u, Math.clz32(mask));
      while (table[2 * s + 1] !== 0 && table[2 * s] !== u) s = (s + 1) & mask;
      let out: number[] | undefined;
      // Equal hashes, different keys: compare.
      for (let j = table[2 * s + 1] - 1; j >= 0; j = next[j]) if (bin.fuzzyKeyAt(j) === key) (out ??= []).push(ids[j]);
      return out;
    },
    first: (f) => inFirsts(strHash(f)),
    firstHash: inFirsts,
    words: bin.fuzzyWords,
  };
}

const VOWELS = 'aeiou';

/** Two different keys that are probably different names, not spellings of one. */
function differentNames(a: string, b: string): boolean {
  if (a === b) return false;
  if (a[0] !== b[0] && skeleton(a)[0] !== skeleton(b)[0]) return true;
  // Mario / Maria, Daniel / Daniela: a final vowel changes the person.
  const sa = a.slice(0, -1);
  const sb = b.slice(0, -1);
  if ((sa === sb || sa === b || sb === a) && (VOWELS.includes(a[a.length - 1]) || VOWELS.includes(b[b.length - 1]))) return true;
  return Math.abs(a.length - b.length) > 2;
}

/** Best fuse.js match of `query` among `choices` (by text); null above the threshold. */
export function closest(query: string, choices: string[], max = FUZZY_MAX_SCORE): { index: number; score: number } | null {
  if (choices.length === 0) return null;
  const fuse = new Fuse(choices, { includeScore: true, threshold: max, ignoreLocation: true, isCaseSensitive: false });
  const r = fuse.search(query, { limit: 1 })[0];
  if (!r || r.score === undefined || r.score > max) return null;
  return { index: r.refIndex, score: r.score };
}

/**
 * A near miss of a multi-word alias for the span of keys `keys` (raw text `raw`), or null.
 * Returns the entity index and a 0..1 similarity.
 */
export function fuzzyMultiWord(lex: Lexicon, keys: string[], skels: string[], raw: string): { entity: number; alias: number; similarity: number } | null {
  const si = skeletonIndex(lex);
  if (!si.first(skels[0])) return null;
  const ids = si.multi(skels.join(' '));
  if (!ids) return null;
  const ok: number[] = [];
  for (const id of ids) {
    const words = wordKeys(lex.aliasText[id]);
    if (words.length !== keys.length) continue;
    let exact = 0;
    let bad = false;
    for (let j = 0; j < keys.length; j++) {
      if (words[j] === keys[j]) exact++;
      // Short words carry too little to call a variant ("La" is not "Lee", "Ruth" is not "Roth"): the
      // same floor as a one-word near miss.
      else if (keys[j].length < FUZZY_MIN_WORD || differentNames(words[j], keys[j])) bad = true;
    }
    // All words equal is not a near miss: the exact match was already weighed (and maybe refused).
    if (exact > 0 && exact < keys.length && !bad) ok.push(id);
  }
  if (ok.length === 0) return null;
  const best = closest(raw, ok.map((id) => lex.aliasText[id]));
  if (!best) return null;
  const entity = lex.aliasEntity[ok[best.index]];
  // Ambiguous near miss (two entities equally close): no mark.
  for (const id of ok) if (lex.aliasEntity[id] !== entity && lex.aliasText[id] === lex.aliasText[ok[best.index]]) return null;
  return { entity, alias: ok[best.index], similarity: 1 - best.score };
}

/** Cheap filters for callers, so most capitalized runs are skipped before any key is built:
 *  `word(hash)` = some near-miss candidate has this word exactly; `start(skel)` = some starts so. */
export function fuzzyFilters(lex: Lexicon): {
  word(hash: number): boolean;
  start(skel: string): boolean;
  /** Could some candidate start with the skeleton of skeletonHashAt's value `h` (-1: maybe)? */
  startHash(h: number): boolean;
  /** Could some candidate be the whole run of runSkeletonHash's value `h` (-1: maybe)? */
  runHash(h: number): boolean;
} {
  const si = skeletonIndex(lex);
  const w = si.words;
  const m = WORD_BITS - 1;
  return {
    word: (h) => (w[(h & m) >> 3] & (1 << (h & 7))) !== 0,
    start: (k) => si.first(k),
    startHash: (h) => h === -1 || si.firstHash(h),
    runHash: (h) => h === -1 || si.multiHash(h),
  };
}

/** Does the single word `key` look like a variant spelling of the surname key `surname`? */
export function fuzzySurname(key: string, raw: string, surname: string): number | null {
  if (key.length < FUZZY_MIN_WORD || key === surname) return null;
  if (skeleton(key) !== skeleton(surname) || differentNames(key, surname)) return null;
  const best = closest(raw, [surname], FUZZY_MAX_SURNAME_SCORE);
  return best ? 1 - best.score : null;
}

/** FNV-1a of a skeleton string (see normalize.skeleton). */
export const skeletonHash: (skel: string) => number = strHash;

/**
 * skeletonHash(skeleton(key)) of the ASCII token text[s, e) (its key is the text lower-cased),
 * computed without making a string; -1 for a token with other characters (the caller then takes
 * the string path). A filter: a miss means the skeleton is surely absent. `seed` is the hash state
 * to go on from: runSkeletonHash chains a run's words (and the space between them) through it.
 */
export function skeletonHashAt(text: string, s: number, e: number, seed = 0x811c9dc5): number {
  let c = text.charCodeAt(s);
  if (c >= 128) return -1;
  if (c >= 65 && c <= 90) c += 32;
  if (c === 113) c = 107; // q → k
  let h = Math.imul(seed ^ c, 0x01000193);
  let prev = c;
  for (let i = s + 1; i < e; i++) {
    c = text.charCodeAt(i);
    if (c >= 128) return -1;
    if (c >= 65 && c <= 90) c += 32;
    // a e i o u y w h, as skeleton()
    if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121 || c === 119) {
      prev = -1;
      continue;
    }
    if (c === 104) continue;
    if (c === 113) c = 107;
    if (c === prev) continue;
    h = Math.imul(h ^ c, 0x01000193);
    prev = c;
  }
  return h | 0;
}

/**
 * skeletonHash of the skeleton key of the ASCII tokens [t0, t1) of a run ("ahmd msd": the words'
 * skeletons joined by spaces, as fuzzyMultiWord looks it up), without making a string; -1 when a
 * token has other characters.
 */
export function runSkeletonHash(text: string, start: Int32Array, end: Int32Array, t0: number, t1: number): number {
  let h = 0x811c9dc5;
  for (let t = t0; t < t1; t++) {
    if (t > t0) h = Math.imul(h ^ 32, 0x01000193);
    h = skeletonHashAt(text, start[t], end[t], h);
    if (h === -1) return -1;
  }
  return h;
}
