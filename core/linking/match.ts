/**
 * Candidate spans: every place in the text where an alias's token sequence occurs, longest first.
 *
 * The lexicon is built once per index: an open-addressing hash table in typed arrays maps the
 * hash of an alias's first word to a chain of alias ids, and each alias keeps the hash of its
 * second word. Scanning a text costs one probe per token (the tokenizer hashes words as it reads
 * them, so no string is made per token) plus work only where a name may start; the second-word
 * hash filters multi-word aliases before anything is compiled. Each alias is compiled (tokens,
 * gaps, case rules) lazily, the first time text has all its words (by hash): most of a large
 * gazetteer is never needed, and loading and a first find stay fast.
 *
 * Matching is leftmost-longest: at each token the longest alias that fits wins and claims its
 * tokens ("Washington Post" is never also "Washington"). Case rules are part of matching, not of
 * resolution: "WHO" matches the acronym, "who" does not exist as a candidate at all.
 */
import { AliasFlag, type KbIndex } from '../types';
import { Gap, TokFlag, WordSet, firstWordHashes, hashKey, tokenize, wordHashes, wordKeys, type Tokens } from './tokenize';
import { isAllCaps, isUpperAt } from './normalize';
import { binaryOf, type LexiconTables } from '../kb/kb-format';

/** A compiled alias. `gaps[j]` is the gap class before token j (gaps[0] unused). */
export interface CompiledAlias {
  /** The alias text it was compiled from. */
  text: string;
  keys: string[];
  /** hashKey of each key, as tokenize hashes text: most misfits are told by a number, not a string. */
  hashes: Int32Array;
  gaps: Uint8Array;
  /** Raw token text (exact case) per token, for case-sensitive tokens. */
  raws: string[];
  /** Per token: must match its raw form exactly (acronyms: "WHO", "US", "EU"). */
  exact: boolean[];
  /** Every token exact (the resolver asks per candidate). */
  allExact: boolean;
  /** Raw gap text for Break gaps ("," in "Washington, D.C."), compared literally. */
  gapRaw: (string | null)[];
  /** Per token: capitalized in the alias, so it must be in the text ("China", never "china";
   *  "The Movement", never "The movement"), except generic geographic words ("Panjshir valley"). */
  needCap: boolean[];
  entity: number;
  flags: number;
}

export interface Lexicon {
  index: KbIndex;
  /** Alias texts: the index's, then derived ones ("Washington Post" from "The Washington Post").
   *  From a binary index, made on first read (core/kb/kb-format.ts). */
  aliasText: string[];
  aliasEntity: Int32Array;
  aliasFlags: Uint8Array;
  /** Language set per alias (0 = any, k = langSets[k - 1]; see core/kb/kb-format.ts ALIAS_LANG). */
  aliasLang: Uint8Array;
  langSets: string[];
  /** Aliases of the index itself (the rest are derived; a derived alias is never language-only). */
  nIndexAliases: number;
  /** Open-addressing table of first words, two u32 per slot: [word hash | multi << 30 | lower << 31,
   *  head of the chain of one-word aliases (id + 1, 0 = none)]. multi: longer aliases start with this
   *  word; lower: some alias starting with it may match it in lower case ("al-Qaeda", "von der
   *  Leyen"); when not, a lower-case token ("the", "new") is skipped without looking further. */
  one: Int32Array;
  /** Table of first-two-word pairs, three i32 per slot: [hash1, hash2, head of its chain (id + 1)]. */
  pair: Int32Array;
  /** Next alias id in the same chain, or -1. */
  next: Int32Array;
  /** Compiled aliases by id (sparse: only the aliases text has hit). */
  compiled: (CompiledAlias | undefined)[];
  /** Entity id → index. */
  byId: IdLookup;
  /** Per alias: 2 = compiled and every token exact (see CompiledAlias.allExact), 1 = compiled, not
   *  all exact, 0 = not compiled yet. The resolver asks per candidate alias: a byte, not an object. */
  exactness?: Uint8Array;
  /** Alias chains as bestAt reads them, by first alias id (see chainOf); filled as text hits them. */
  chains?: Map<number, Chain>;
  /** The first-word and pair tables' answers for the words text asked about, remembered (see wordCache). */
  wordCache?: WordCache;
}

/** The big tables' answers per word hash and per pair of word hashes, remembered in small
 *  direct-mapped tables (a slot keeps the last hash that landed there). Each slot's fields sit
 *  together, so a lookup reads one cache line. */
interface WordCache {
  /** First words, four i32 per slot: [word hash + 1 (0 = empty), its table key, chain head (key and
   *  head 0 = absent), its chain's number in `chains` + 1 (0 = not read yet)]. */
  one: Int32Array;
  /** Pairs, four i32 per slot: [first hash + 1 (0 = empty), second hash, chain head (id + 1, 0 =
   *  none), chain number + 1]. */
  pair: Int32Array;
  chains: Chain[];
}

const WORD_CACHE_BITS = 14;

/**
 * The first-word table (a megabyte) and the pair table (three) are probed at nearly every
 * capitalized word of an article, and most probes miss the CPU cache; an article repeats its words
 * ("the", "said", its names), so a small table of the answers already read serves most lookups from
 * the cache. Most tokens are lower-case words that no alias may start with ("al-Qaeda" and "von der
 * Leyen" are rare): their answer (the key's LOWER bit) comes from here too. Filled as text asks (a
 * pass over the whole table on the first find cost more than it saved there).
 */
function wordCache(lex: Lexicon): WordCache {
  const n = 1 << WORD_CACHE_BITS;
  return (lex.wordCache ??= { one: new Int32Array(4 * n), pair: new Int32Array(4 * n), chains: [] });
}

/** The offset of word hash h's slot in wc.one, filled from the first-word table when it holds another. */
function wordSlot(lex: Lexicon, wc: WordCache, h: number): number {
  const b = 4 * (Math.imul(h, 0x9e3779b1) >>> (32 - WORD_CACHE_BITS));
  const c = wc.one;
  if (c[b] !== h + 1) {
    const one = lex.one;
    const slot = oneSlotOf(one, h);
    c[b] = h + 1;
    c[b + 1] = slot < 0 ? 0 : one[2 * slot];
    c[b + 2] = slot < 0 ? 0 : one[2 * slot + 1];
    c[b + 3] = 0;
  }
  return b;
}

/** The offset of the pair h1 h2's slot in wc.pair, filled from the pair table when it holds another. */
function pairCacheSlot(lex: Lexicon, wc: WordCache, h1: number, h2: number): number {
  const b = 4 * pairSlot(h1, h2, 32 - WORD_CACHE_BITS);
  const c = wc.pair;
  if (c[b] !== h1 + 1 || c[b + 1] !== h2) {
    const pair = lex.pair;
    const pmask = pair.length / 3 - 1;
    let ps = pairSlot(h1, h2, Math.clz32(pmask));
    while (pair[3 * ps + 2] !== 0 && (pair[3 * ps] !== h1 || pair[3 * ps + 1] !== h2)) ps = (ps + 1) & pmask;
    c[b] = h1 + 1;
    c[b + 1] = h2;
    c[b + 2] = pair[3 * ps + 2];
    c[b + 3] = 0;
  }
  return b;
}

/** The slot of the first-word table that holds word hash h, or -1 (linear probing; empty = [0, 0]). */
function oneSlotOf(one: Int32Array, h: number): number {
  const mask = (one.length >> 1) - 1;
  for (let slot = oneSlot(h, Math.clz32(mask)); ; slot = (slot + 1) & mask) {
    const key = one[2 * slot];
    if (key === 0 && one[2 * slot + 1] === 0) return -1;
    if ((key & HASH_BITS) === h) return slot;
  }
}

/** A span where one or more aliases matched (all of the same, longest, length). */
export interface Candidate {
  t0: number;
  /** Exclusive token end. */
  t1: number;
  start: number;
  end: number;
  aliases: number[];
}

/** Single words that never link by alias alone, whatever a gazetteer says (days, months, pronouns). */
const NEVER_ALONE = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april june july ' +
    'august september october november december the a an of and or in on at to for by from with he she it ' +
    'we us they i you his her its our their this that these those who what when where which said says ' +
    'mr mrs ms dr president minister government news read also more new post times inc ltd co corp llc plc ' +
    'company group party the'
  ).split(' '),
);

/** Tokenize an alias (the same tokenizer as the text, so both sides fold alike). */
function aliasTokens(alias: string): Tokens {
  return tokenize(alias);
}

/** Titles that may open an alias ("President Xi"), and "the": such an alias yields to a longer name after it. */
const TITLE_KEYS = new WordSet('president vice prime minister chancellor king queen prince princess pope general sen senator gov governor mr mrs ms dr chairman secretary the'.split(' '));

/** Generic geographic words that papers write in lower case after a name: "Panjshir valley". */
const GEO_WORDS = new Set(
  ('valley province river city county district region state island islands lake sea mountains mountain range ' +
    'desert basin gulf bay strait peninsula plateau hills canyon delta coast airport port').split(' '),
);

const MIDDLE_INITIAL = /^(\p{Lu}[\p{L}'-]+) \p{Lu}\. (\p{Lu}[\p{L}'-]+)$/u;

const NEVER_ALONE_HASHES = new Set([...NEVER_ALONE].map(hashKey));

/** Table slot of a word hash: multiplicative (Fibonacci) hashing spreads FNV's clustered low bits,
 *  so linear probes stay short. `shift` = 32 - log2(table size). */
function oneSlot(h: number, shift: number): number {
  return Math.imul(h, 0x9e3779b1) >>> shift;
}

function pairSlot(h1: number, h2: number, shift: number): number {
  return Math.imul(h1 ^ Math.imul(h2, 0x85ebca6b), 0x9e3779b1) >>> shift;
}

export interface IdLookup {
  get(id: string): number | undefined;
}

/** Entity id → index. The build sorts entities by id, so a binary search needs no Map (building a
 *  Map of thirty thousand ids was the largest cost of loading); any other order gets a Map. */
function idLookup(ents: { id: string }[]): IdLookup {
  for (let i = 1; i < ents.length; i++) {
    if (!(ents[i - 1].id < ents[i].id)) {
      const map = new Map<string, number>();
      for (let j = 0; j < ents.length; j++) map.set(ents[j].id, j);
      return map;
    }
  }
  return {
    get(id: string): number | undefined {
      let lo = 0;
      let hi = ents.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const v = ents[mid].id;
        if (v === id) return mid;
        if (v < id) lo = mid + 1;
        else hi = mid - 1;
      }
      return undefined;
    },
  };
}

/**
 * Bucket every alias by the hash of its first word, in typed arrays (uBlock-style: no object per
 * alias). An index read from the binary file (core/kb/kb-format.ts) already has these tables: they are
 * used as they are. For an index in object form (the build, tests) they are computed here; each
 * alias is compiled the first time text hits it.
 */
export function buildLexicon(index: KbIndex): Lexicon {
  const bin = binaryOf(index);
  if (bin) {
    return { index, aliasText: bin.aliasText, langSets: bin.meta.langs, nIndexAliases: bin.nIndexAliases, ...bin.tables, compiled: [], byId: { get: bin.indexOf } };
  }
  const t = buildTables(index);
  return { index, ...t, nIndexAliases: index.aliases.length, compiled: [], byId: idLookup(index.entities) };
}

/** The lexicon's alias columns and tables for an index in object form (what the build writes). */
export function buildTables(index: KbIndex): LexiconTables {
  const src = index.aliases;
  const n = src.length;
  const srcText: string[] = src.map((a) => a[0]);
  const srcEntity = Int32Array.from(src, (a) => a[1]);
  const srcFlags = Uint8Array.from(src, (a) => a[2]);
  const tagged = (index as KbIndex & { aliasLang?: Record<number, string> }).aliasLang;
  // Articles are not part of a mention: "the Taliban" marks "Taliban"; "The Washington Post" is
  // also written "the Washington Post". A capitalized "The" stays a valid part of the name
  // ("The Hague"); a one-word remainder is derived only from a lower-case "the" (never "Who" from "The Who").
  const derivedText: string[] = [];
  const derivedFrom: number[] = [];
  const drop = new Uint8Array(n);
  const ents = index.entities;
  for (let i = 0; i < n; i++) {
    const t = srcText[i];
    // "Mark T. Esper" is written "Mark Esper".
    if (t.indexOf('. ') > 0 && ents[srcEntity[i]]?.type === 'person') {
      const m = MIDDLE_INITIAL.exec(t);
      if (m) {
        derivedText.push(`${m[1]} ${m[2]}`);
        derivedFrom.push(i);
      }
      continue;
    }
    if (t.charCodeAt(3) !== 32 || !(t.startsWith('the ') || t.startsWith('The '))) continue;
    const lower = t.charCodeAt(0) === 116;
    const rest = t.slice(4).trim();
    if (rest.length < 2 || (!lower && rest.indexOf(' ') < 0)) continue;
    if (lower) drop[i] = 1;
    derivedText.push(rest);
    derivedFrom.push(i);
  }
  const total = n + derivedText.length;
  const aliasText: string[] = srcText.concat(derivedText);
  const aliasEntity = new Int32Array(total);
  const aliasFlags = new Uint8Array(total);
  aliasEntity.set(srcEntity);
  aliasFlags.set(srcFlags);
  for (let j = 0; j < derivedText.length; j++) {
    const from = derivedFrom[j];
    aliasEntity[n + j] = srcEntity[from];
    aliasFlags[n + j] = srcFlags[from] & ~AliasFlag.Primary;
  }
  // Language sets, numbered in order of first use (0 = any language); a derived alias keeps its source's.
  const langSets: string[] = [];
  const aliasLang = new Uint8Array(total);
  if (tagged) {
    const code = new Map<string, number>();
    const codeOf = (l: string) => {
      let c = code.get(l);
      if (c === undefined) {
        langSets.push(l);
        code.set(l, (c = langSets.length));
        if (c > 255) throw new Error('more than 255 language sets');
      }
      return c;
    };
    for (let i = 0; i < n; i++) if (tagged[i] !== undefined) aliasLang[i] = codeOf(tagged[i]);
    for (let j = 0; j < derivedText.length; j++) aliasLang[n + j] = aliasLang[derivedFrom[j]];
  }
  // First-two-word hashes of every alias that goes into the tables (0 words = none).
  const h1s = new Int32Array(total);
  const h2s = new Int32Array(total).fill(-1);
  const use = new Uint8Array(total);
  const hs = new Int32Array(2);
  const ones = new Set<number>();
  const pairs = new Set<number>();
  for (let id = 0; id < total; id++) {
    if (id < n && drop[id]) continue;
    const words = firstWordHashes(aliasText[id], hs);
    if (words === 0) continue;
    const h1 = hs[0];
    if (words === 1 && NEVER_ALONE_HASHES.has(h1)) {
      // Keep acronyms ("US", "WHO"): exact case makes them safe.
      const t = aliasText[id];
      if (NEVER_ALONE.has(wordKeys(t, 1)[0]) && !(aliasFlags[id] & AliasFlag.CaseSensitive) && !(t.length <= 5 && isAllCaps(t))) continue;
    }
    use[id] = 1;
    h1s[id] = h1;
    ones.add(h1);
    if (words === 2) {
      h2s[id] = hs[1];
      pairs.add(pairSlot(h1, hs[1], 0));
    }
  }
  // Sized to the distinct keys (load ≤ 2/3): the file carries these tables.
  const oneSize = tableSize(ones.size);
  const pairSize = tableSize(pairs.size);
  const oneMask = oneSize - 1;
  const pairMask = pairSize - 1;
  const oneShift = Math.clz32(oneMask);
  const pairShift = Math.clz32(pairMask);
  const one = new Int32Array(2 * oneSize);
  const pair = new Int32Array(3 * pairSize);
  const next = new Int32Array(total).fill(-1);
  // Insert in reverse so each chain lists aliases in index order (deterministic, stable).
  for (let id = total - 1; id >= 0; id--) {
    if (!use[id]) continue;
    const h1 = h1s[id];
    let slot = oneSlot(h1, oneShift);
    while ((one[2 * slot] !== 0 || one[2 * slot + 1] !== 0) && (one[2 * slot] & HASH_BITS) !== h1) slot = (slot + 1) & oneMask;
    let key = one[2 * slot] | h1;
    if (!startsUpper(aliasText[id])) key |= LOWER_BIT;
    const h2 = h2s[id];
    if (h2 < 0) {
      one[2 * slot] = key;
      next[id] = one[2 * slot + 1] - 1;
      one[2 * slot + 1] = id + 1;
      continue;
    }
    one[2 * slot] = key | MULTI_BIT;
    let ps = pairSlot(h1, h2, pairShift);
    while (pair[3 * ps + 2] !== 0 && (pair[3 * ps] !== h1 || pair[3 * ps + 1] !== h2)) ps = (ps + 1) & pairMask;
    pair[3 * ps] = h1;
    pair[3 * ps + 1] = h2;
    next[id] = pair[3 * ps + 2] - 1;
    pair[3 * ps + 2] = id + 1;
  }
  return { aliasText, aliasEntity, aliasFlags, aliasLang, langSets, next, one, pair };
}

const HASH_BITS = 0x3fffffff;
const MULTI_BIT = 1 << 30;
/** The sign bit: a slot's key is negative when some alias may match in lower case. */
const LOWER_BIT = 1 << 31;

function tableSize(keys: number): number {
  let size = 16;
  while (size * 2 < keys * 3) size <<= 1;
  return size;
}

export function compileAlias(lex: Lexicon, id: number): CompiledAlias {
  let c = lex.compiled[id];
  if (c) return c;
  const text = lex.aliasText[id];
  const t = aliasTokens(text);
  const raws: string[] = [];
  const exact: boolean[] = [];
  const gapRaw: (string | null)[] = [];
  const caseSensitive = (lex.aliasFlags[id] & AliasFlag.CaseSensitive) !== 0;
  for (let j = 0; j < t.count; j++) {
    const raw = text.slice(t.start[j], t.end[j]);
    raws.push(raw);
    // Short all-caps tokens are acronyms: "WHO" must never match "who" or "Who".
    // So are short ones in mixed case ("TfL", "PwC"): "TFL" (tackles for loss) is another acronym.
    const acronym = raw.length >= 2 && raw.length <= 5 && (isAllCaps(raw) || mixedCaseAcronym(raw));
    // A one-word alias of one or two letters is only safe in its exact case.
    exact.push(caseSensitive || acronym || (t.count === 1 && raw.length <= 2));
    gapRaw.push(j > 0 && t.gap[j] === Gap.Break ? text.slice(t.end[j - 1], t.start[j]).trim() : null);
  }
  const needCap: boolean[] = [];
  // A generic geographic word may be lower case only after a name of its own ("Panjshir valley"):
  // after "The" alone it is the whole name ("The State", a newspaper, is not "The state's").
  let named = false;
  for (let j = 0; j < t.count; j++) {
    const cap = (t.flags[j] & TokFlag.Cap) !== 0;
    needCap.push(cap && !(named && GEO_WORDS.has(t.key(j))));
    if (cap && t.key(j) !== 'the') named = true;
  }
  c = {
    text,
    keys: Array.from({ length: t.count }, (_, j) => t.key(j)),
    hashes: t.hash.slice(0, t.count),
    gaps: t.gap.slice(0, t.count),
    raws,
    exact,
    allExact: exact.every(Boolean),
    gapRaw,
    needCap,
    entity: lex.aliasEntity[id],
    flags: lex.aliasFlags[id],
  };
  lex.compiled[id] = c;
  (lex.exactness ??= new Uint8Array(lex.aliasText.length))[id] = c.allExact ? 2 : 1;
  return c;
}

/** Has alias `id` been compiled with every token exact (an acronym, a case-sensitive alias)? */
export function compiledAllExact(lex: Lexicon, id: number): boolean {
  return lex.exactness !== undefined && lex.exactness[id] === 2;
}

function gapFits(aliasGap: number, textGap: number): boolean {
  if (aliasGap === textGap) return true;
  // "St. Louis" also matches "St Louis"; "Washington Post" never matches "Washington. Post".
  return aliasGap === Gap.Period && textGap === Gap.Space;
}

/** Does alias `a` match the text at token i (keys already known to fit for the first 1-2)? */
function fits(a: CompiledAlias, text: string, tk: Tokens, i: number): boolean {
  const hashes = a.hashes;
  const L = hashes.length;
  if (i + L > tk.count) return false;
  // Word hashes first: in a long chain ("New York ...") most aliases fail on a later word, and this
  // reads one small array of the alias instead of all its parts.
  for (let j = 0; j < L; j++) if (tk.hash[i + j] !== hashes[j]) return false;
  let allCaps = true;
  let capMiss = false;
  for (let j = 0; j < L; j++) {
    const ti = i + j;
    if (!tk.keyIs(ti, a.keys[j])) return false;
    if (j > 0) {
      const tg = tk.gap[ti];
      if (!gapFits(a.gaps[j], tg)) return false;
      const gr = a.gapRaw[j];
      if (gr !== null && text.slice(tk.end[ti - 1], tk.start[ti]).trim() !== gr) return false;
    }
    const f = tk.flags[ti];
    if (!(f & TokFlag.AllCaps)) allCaps = false;
    if (a.needCap[j] && !(f & TokFlag.Cap)) capMiss = true;
    if (a.exact[j]) {
      const raw = a.raws[j];
      if (tk.end[ti] - tk.start[ti] !== raw.length || !text.startsWith(raw, tk.start[ti])) return false;
    }
  }
  // In a headline in capitals case carries no information.
  return allCaps || !capMiss;
}

/** "TfL", "PwC", "AfD": capitals after the first letter with lower case among them (not "McCain", "DeSantis": names of 6+ letters). */
function mixedCaseAcronym(raw: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  return upper >= 2 && lower >= 1 && raw.charCodeAt(raw.length - 1) >= 65 && raw.charCodeAt(raw.length - 1) <= 90;
}

/** Does the alias's first letter or digit... start with an upper-case letter? */
function startsUpper(alias: string): boolean {
  for (let i = 0; i < alias.length; i++) {
    const c = alias.charCodeAt(i);
    if (c === 32 || c === 34 || c === 39 || c === 40) continue; // leading space, quote, parenthesis
    return isUpperAt(alias, i);
  }
  return false;
}

/**
 * A chain of aliases (all starting with one word, or with one pair of words) as bestAt reads it: the
 * alias ids in chain order and, per id, its distinct compiled form. Aliases with one text and case
 * rule ("Washington" for the city, the state and the president) fit a position or not together, so
 * each form is tested once instead of once per alias; and a walk reads two small arrays instead of
 * every alias's objects (with a large text those scattered reads, not the tests, were the cost).
 */
interface Chain {
  ids: Int32Array;
  /** Index into `forms` per id. */
  form: Int32Array;
  /** Per form, the alias it is compiled from, and its compiled form once text has matched every
   *  word of it (most forms of a long chain, "U.S. Army", "U.S. Senate", ... never are). */
  rep: Int32Array;
  forms: (CompiledAlias | undefined)[];
  /** The forms' word hashes end to end: form f's are hashes[start[f] .. start[f + 1]). A walk
   *  compares these numbers and reads or compiles a form only where every word's hash agrees. */
  hashes: Int32Array;
  start: Int32Array;
  /** Its place in the word cache's list + 1, once listed there (0 = not yet). */
  n: number;
  /** Per form, its ids in chain order, made when the form is the only one that fits (the common
   *  answer), then handed out again: no array per match. Candidates never change their aliases. */
  idsOf: (number[] | undefined)[];
}

/** The chain whose first alias is `head`, built on first use and kept per lexicon. Aliases with one
 *  text and case rule share a form. */
function chainOf(lex: Lexicon, head: number): Chain {
  const chains = (lex.chains ??= new Map());
  let ch = chains.get(head);
  if (ch) return ch;
  const ids: number[] = [];
  for (let id = head; id >= 0; id = lex.next[id]) ids.push(id);
  const form = new Int32Array(ids.length);
  const rep: number[] = [];
  const byText = ids.length > 1 ? new Map<string, number>() : undefined;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k];
    // compileAlias reads only the text and the case-sensitive flag: equal pairs compile alike.
    const sig = byText && (lex.aliasFlags[id] & AliasFlag.CaseSensitive ? '1' : '0') + lex.aliasText[id];
    let f = sig === undefined ? undefined : byText!.get(sig);
    if (f === undefined) {
      f = rep.length;
      rep.push(id);
      if (sig !== undefined) byText!.set(sig, f);
    }
    form[k] = f;
  }
  const words = rep.map((id) => wordHashes(lex.aliasText[id]));
  const start = new Int32Array(rep.length + 1);
  for (let f = 0; f < rep.length; f++) start[f + 1] = start[f] + words[f].length;
  const hashes = new Int32Array(start[rep.length]);
  for (let f = 0; f < rep.length; f++) hashes.set(words[f], start[f]);
  const forms = new Array<CompiledAlias | undefined>(rep.length).fill(undefined);
  const idsOf = new Array<number[] | undefined>(rep.length).fill(undefined);
  chains.set(head, (ch = { ids: Int32Array.from(ids), form, rep: Int32Array.from(rep), forms, hashes, start, n: 0, idsOf }));
  return ch;
}

/** Form f of chain ch, compiled; its aliases not compiled themselves answer compiledAllExact as it does. */
function formOf(lex: Lexicon, ch: Chain, f: number): CompiledAlias {
  let a = ch.forms[f];
  if (a) return a;
  const id = ch.rep[f];
  ch.forms[f] = a = compileAlias(lex, id);
  const exactness = lex.exactness!;
  for (let k = 0; k < ch.ids.length; k++) if (ch.form[k] === f && exactness[ch.ids[k]] === 0) exactness[ch.ids[k]] = exactness[id];
  return a;
}

/** Per form of the chain being read: 1 = fits here. Reused (bestAt is not re-entered). */
let formFits = new Uint8Array(64);

/** bestAt's answer, in module state (bestAt is not re-entered): the ids of the longest match, in
 *  chain order; its length is bestAt's return value. No object per token. */
let hitIds: number[] = [];

/**
 * The number of tokens of the longest ids of chain `ch` that fit at token i (0 = none), those ids
 * (in chain order) in hitIds. `breakGap`: a Break gap follows token i, which only an alias with the
 * same punctuation allows ("Washington, D.C.").
 */
function longestInChain(lex: Lexicon, ch: Chain, text: string, tk: Tokens, i: number, breakGap: boolean): number {
  const { hashes, start } = ch;
  const nf = ch.rep.length;
  if (formFits.length < nf) formFits = new Uint8Array(nf * 2);
  const th = tk.hash;
  const count = tk.count;
  let bestLen = 0;
  // The forms that fit with bestLen tokens: how many, and the last one.
  let nBest = 0;
  let lastBest = -1;
  for (let f = 0; f < nf; f++) {
    const s = start[f];
    const L = start[f + 1] - s;
    formFits[f] = 0;
    // Shorter than a form that fits: never part of the answer.
    if (L < bestLen || i + L > count) continue;
    let j = 0;
    while (j < L && th[i + j] === hashes[s + j]) j++;
    if (j < L) continue;
    const a = formOf(lex, ch, f);
    if ((breakGap && a.gaps[1] !== Gap.Break) || !fits(a, text, tk, i)) continue;
    formFits[f] = 1;
    if (L > bestLen) nBest = 0;
    nBest++;
    lastBest = f;
    bestLen = L;
  }
  if (bestLen === 0) return 0;
  if (nBest === 1) {
    let ids = ch.idsOf[lastBest];
    if (!ids) {
      ids = [];
      for (let k = 0; k < ch.ids.length; k++) if (ch.form[k] === lastBest) ids.push(ch.ids[k]);
      ch.idsOf[lastBest] = ids;
    }
    hitIds = ids;
    return bestLen;
  }
  const ids: number[] = [];
  for (let k = 0; k < ch.ids.length; k++) {
    const f = ch.form[k];
    if (formFits[f] && start[f + 1] - start[f] === bestLen) ids.push(ch.ids[k]);
  }
  hitIds = ids;
  return bestLen;
}

/** Longest alias match starting at token i: its length (0 = none), its alias ids in hitIds. */
function bestAt(lex: Lexicon, wc: WordCache, text: string, tk: Tokens, i: number): number {
  const h = tk.hash[i];
  const s = wordSlot(lex, wc, h);
  const one = wc.one;
  const key = one[s + 1];
  const head = one[s + 2];
  if (key === 0 && head === 0) return 0;
  const multi = (key & MULTI_BIT) !== 0;
  if (key >= 0 && !(tk.flags[i] & TokFlag.Cap)) return 0;
  if (multi && i + 1 < tk.count) {
    const ps = pairCacheSlot(lex, wc, h, tk.hash[i + 1]);
    const pair = wc.pair;
    const ph = pair[ps + 2];
    if (ph !== 0) {
      if (pair[ps + 3] === 0) pair[ps + 3] = chainNumber(wc, chainOf(lex, ph - 1));
      const len = longestInChain(lex, wc.chains[pair[ps + 3] - 1], text, tk, i, tk.gap[i + 1] === Gap.Break);
      if (len) return len;
    }
  }
  // One-word aliases: every one that fits (one token each).
  if (head === 0) return 0;
  if (one[s + 3] === 0) one[s + 3] = chainNumber(wc, chainOf(lex, head - 1));
  return longestInChain(lex, wc.chains[one[s + 3] - 1], text, tk, i, false);
}

/** The chain's number in the word cache's list + 1, given on first use. */
function chainNumber(wc: WordCache, ch: Chain): number {
  if (ch.n === 0) ch.n = wc.chains.push(ch);
  return ch.n;
}

/** How many people the index knows by this surname alone (their Partial alias): "Smith" many,
 *  "Bridenstine" one. Counts up to `max`. A rare path (namesake checks), so it compiles aliases freely. */
export function surnameBearers(lex: Lexicon, tk: Tokens, t: number, max: number): number {
  const { one, next } = lex;
  const slot = oneSlotOf(one, tk.hash[t]);
  if (slot < 0) return 0;
  const word = tk.key(t);
  const seen = new Set<number>();
  const bin = binaryOf(lex.index);
  for (let id = one[2 * slot + 1] - 1; id >= 0 && seen.size < max; id = next[id]) {
    if (!(lex.aliasFlags[id] & AliasFlag.Partial) || compileAlias(lex, id).keys[0] !== word) continue;
    const e = lex.aliasEntity[id];
    // (A binary index has the type in its entity rows: no entity made for a namesake count.)
    if ((bin ? bin.typeAt(e) : lex.index.entities[e].type) === 'person') seen.add(e);
  }
  return seen.size;
}

/** Find candidate spans, leftmost-longest, in token order. */
export function findCandidates(lex: Lexicon, text: string, tk: Tokens): Candidate[] {
  const out: Candidate[] = [];
  const count = tk.count;
  const wc = wordCache(lex);
  let i = 0;
  while (i < count) {
    // A word without a capital starts a candidate only where some alias allows lower case (the key's sign bit).
    if (!(tk.flags[i] & TokFlag.Cap) && wc.one[wordSlot(lex, wc, tk.hash[i]) + 1] >= 0) {
      i++;
      continue;
    }
    const len = bestAt(lex, wc, text, tk, i);
    if (len === 0) {
      i++;
      continue;
    }
    const ids = hitIds;
    // "President Xi Jinping": an alias that starts with a title ("President Xi") yields to a
    // longer name starting right after the title.
    // So does a "The X" name ("The Conservative", a magazine) before "Conservative Party".
    // (The alias fits here, so its first word is token i's.)
    if (len > 1 && TITLE_KEYS.at(tk, i)) {
      const after = bestAt(lex, wc, text, tk, i + 1);
      if (i + 1 + after > i + len) {
        i++;
        continue;
      }
    }
    out.push({ t0: i, t1: i + len, start: tk.start[i], end: tk.end[i + len - 1], aliases: ids });
    i += len;
  }
  return out;
}
