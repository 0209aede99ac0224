/**
 * public/kb/index.bin: the compiled index as one ArrayBuffer, written by the build and read as it
 * is (typed-array views over the file; nothing is parsed or decoded until a lookup needs it).
 * Modelled on uBlock Origin's hntrie.js: typed arrays, no object per alias or entity, the layout
 * explained here.
 *
 * Why: the JSON index cost a JSON.parse plus one object per entity plus the matcher's hash tables
 * at every service-worker start, all linear in the number of entities. Here the build does all of
 * that once; at load the reader checks a header and a checksum and wraps views, so being ready
 * costs a checksum pass (~1 ns per 4 bytes) whatever the size. An entity object is made the first
 * time something reads it (index.entities[i]: a Proxy); an alias text likewise (lexicon.aliasText).
 *
 * Map of the file (all integers little-endian; every section starts 8-byte aligned):
 *
 *   header, 16 × u32   magic 'BSKB', FORMAT_VERSION, byte length, checksum (over every u32 word
 *                      after it, FNV-style, two lanes), entities n, lexicon aliases na
 *                      (the index's aliases, then the ones the matcher derives: "Washington Post"
 *                      from "The Washington Post"), index aliases, fuzzy candidates nf, one-word
 *                      table slots, pair table slots, flags (bit 0: ids sorted), section count
 *   section table      count × (u32 offset, u32 byte length), in the order of SECTION below
 *   META               UTF-8 JSON: version, builtAt, shardCount, credits, counts per type,
 *                      subtype names, language sets, country codes, display names that differ from
 *                      the primary alias (small: parsed at load)
 *   STR                UTF-8 string table: entity ids that are not Wikidata's, then alias texts,
 *                      then fuzzy skeleton keys
 *   ID_NUM     u32[n]       entity id: k < 2^31 is Wikidata's 'Qk'; 2^31 + j is the j-th other id
 *                           in STR ('geonames:…'); 4 bytes instead of ~10 for four ids in five
 *   ID_LEN     u16[others]  byte length of each other id in STR (in entity order)
 *   ID_BLOCK   u32[others / 16 + 1]  offset in STR of every 16th of them (the last entry: the end):
 *                           the reader finds item i from its block's offset plus at most 15
 *                           lengths, so no pass over all lengths at load (lengths take half the
 *                           bytes of offsets); ALIAS_BLOCK, FUZZY_KEY_BLOCK and REL_BLOCK alike
 *   ENT_ROW    u32[2n]      fixed-width row per entity:
 *                           w0 = type (2 bits) | related count << 2 (4 bits) | subtype << 6 (10 bits)
 *                                | prominence × 1000 << 16 (11 bits) | named << 27 (display name in
 *                                META.names, not an alias)
 *                           w1 = country k (8 bits: META.countries[k - 1], 0 = none)
 *                                | lexicon alias id of the display name (its Primary alias) << 8
 *   RELATED    u32[]        entity indexes, each entity's after the one before
 *   REL_BLOCK  u32[n / 16 + 1]  offset in RELATED of every 16th entity (the rows hold the counts)
 *   ALIAS_LEN  u16[na]      byte length of each alias text in STR (after the ids)
 *   ALIAS_BLOCK u32[na / 16 + 1]  see ID_BLOCK
 *   ALIAS_ENT  i32[na]      entity index per alias
 *   ALIAS_FLAGS u8[na]      AliasFlag bits                     } 16 bits per alias: flags, and a
 *   ALIAS_LANG u8[na]       0 = any language, k = META.langs[k-1] } language set ('fr', 'es,pt')
 *   ALIAS_NEXT i32[na]      next alias id in the same chain, -1 = end (chains ascend by id)
 *   ONE        i32[2 × slots]  open-addressing table keyed by the hash of an alias's first word
 *                           (tokenize.hashKey, 30 bits): [hash | multi << 30 | lower << 31, head]
 *                           head = first one-word alias id + 1 (0 none); multi = some longer alias
 *                           starts with this word; lower = some may match it in lower case.
 *                           Linear probing from the Fibonacci hash of the key; empty = [0, 0].
 *   PAIR       i32[3 × slots]  same for the first two words: [hash1, hash2, head]; empty = head 0
 *   FUZZY_IDS  u32[nf]      near-miss candidates (core/linking/fuzzy.ts prepareFuzzy): lexicon alias ids
 *   FUZZY_KEY_LEN u16[nf]   byte length of their skeleton keys in STR (after the alias texts)
 *   FUZZY_KEY_BLOCK u32[nf / 16 + 1]  see ID_BLOCK
 *   FUZZY_WORDS u8[65536]   bitmap of their words' hashes
 *   FUZZY_TABLE u32[2 × slots]  skeleton key (strHash) → [hash, head j + 1]; FUZZY_NEXT i32[nf] chains
 *                           the candidates j with that hash in ascending order (a lookup compares keys)
 *   FUZZY_FIRST u32[2 × slots]  set of strHash(first word of a key): [hash, 1]; empty = [*, 0]
 *   FIRST_NAMES UTF-8        firstNamesOf, each followed by '\n'
 *   FIRST_TABLE u32[2 × slots]  strHash(name) → [hash, byte offset in FIRST_NAMES + 1]: the resolver
 *                           asks "can this word start a person's name?" with one probe and one
 *                           compare, no Set of twenty thousand strings made on the first find
 *
 * Not gzipped (scripts/data/lib/write-kb.ts says why). What decides the time to ready is bytes read
 * plus one checksum pass: in the MV3 worker fetch reads about 5 ms per MB, so each section is as
 * small as it can be while a lookup reads it in place (`npm run bench` prints the bytes per section).
 *
 * The matcher's tables are built by the same code for an index in object form (tests) and for the
 * file (core/linking/match.ts buildTables), so a file and the objects it was made from match alike.
 *
 * Integrity: the build writes the checksum and reads its own file back (scripts/data/lib/write-kb.ts);
 * readIndex throws KbFormatError on a wrong magic, version, length, checksum or section size, and
 * the background turns that into one console warning and no marks.
 */
import type { CompiledEntity, Credit, EntityType, KbIndex } from '../types';
import { AliasFlag } from '../types';
import { wordKeys } from '../linking/tokenize';

export const MAGIC = 0x424b5342; // 'BSKB' read as a little-endian u32
export const FORMAT_VERSION = 4;
const HEADER_WORDS = 16;
const HEADER_BYTES = HEADER_WORDS * 4;
/** The checksum covers every word after itself: the header's counts, the section table, the data. */
const CHECKED_FROM = 4;

const SECTION = {
  META: 0,
  STR: 1,
  ID_NUM: 2,
  ID_LEN: 3,
  ID_BLOCK: 4,
  ENT_ROW: 5,
  RELATED: 6,
  REL_BLOCK: 7,
  ALIAS_LEN: 8,
  ALIAS_BLOCK: 9,
  ALIAS_ENT: 10,
  ALIAS_FLAGS: 11,
  ALIAS_LANG: 12,
  ALIAS_NEXT: 13,
  ONE: 14,
  PAIR: 15,
  FUZZY_IDS: 16,
  FUZZY_KEY_LEN: 17,
  FUZZY_KEY_BLOCK: 18,
  FUZZY_WORDS: 19,
  FUZZY_TABLE: 20,
  FUZZY_NEXT: 21,
  FUZZY_FIRST: 22,
  FIRST_NAMES: 23,
  FIRST_TABLE: 24,
} as const;
const SECTIONS = 25;
/** Section names in file order (the bench prints their sizes). */
export const SECTION_NAMES = Object.keys(SECTION);

const TYPES: EntityType[] = ['person', 'place', 'organization'];
const TYPE_CODE: Record<EntityType, number> = { person: 0, place: 1, organization: 2 };
/** Related ids kept per entity (4 bits in the row). */
const MAX_RELATED = 15;
/** Items per entry of a *_BLOCK section. */
const BLOCK = 16;
/** ID_NUM values from here on number the ids that are not Wikidata's ('geonames:…'). */
const ID_OTHER = 0x80000000;
/** w0 bit: the display name is in META.names, not an alias. */
const ROW_NAMED = 1 << 27;
/** Lexicon aliases a row can name (24 bits of w1). */
const MAX_ROW_ALIAS = 1 << 24;
/** Bytes of the fuzzy word bitmap (core/linking/fuzzy.ts WORD_BITS / 8). */
export const FUZZY_WORD_BYTES = 1 << 16;

/** The matcher's tables and alias columns as the build computes them (core/linking/match.ts). */
export interface LexiconTables {
  aliasText: string[];
  aliasEntity: Int32Array;
  aliasFlags: Uint8Array;
  aliasLang: Uint8Array;
  /** ALIAS_LANG k stands for langSets[k - 1] ('fr', 'es,pt'). */
  langSets: string[];
  next: Int32Array;
  one: Int32Array;
  pair: Int32Array;
}

export interface KbMeta {
  version: string;
  builtAt: string;
  shardCount: number;
  credits: Credit[];
  counts: Record<EntityType, number>;
  subtypes: string[];
  /** Language sets of language-only aliases ('fr', 'es,pt'); ALIAS_LANG k is langs[k - 1]. */
  langs: string[];
  /** Display names that are not the text of the entity's Primary alias: entity index → name. */
  names: Record<string, string>;
  /** Country codes of the entities, sorted: w1's low byte k stands for countries[k - 1]. */
  countries: string[];
}

/** The folded first word of every multi-word person name ("jordan" for Jordan Peterson), unique and
 *  sorted: the resolver asks whether a capitalized word can start a person's name, and reading it
 *  here once saves a pass over every entity on a worker's first find (core/linking/resolve.ts isFirstName). */
export function firstNamesOf(index: Pick<KbIndex, 'entities'>): string[] {
  const keys = new Set<string>();
  for (const e of index.entities) {
    if (e.type !== 'person') continue;
    const sp = e.name.indexOf(' ');
    if (sp > 0) keys.add(wordKeys(e.name.slice(0, sp), 1)[0] ?? '');
  }
  return [...keys].sort();
}

/** FNV-1a over a string's UTF-16 units (the same as core/linking/fuzzy.ts skeletonHash). */
export function strHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** Slot of a 32-bit hash in a table of 2^(32 - shift) slots. */
export function hashSlot(h: number, shift: number): number {
  return Math.imul(h, 0x9e3779b1) >>> shift;
}

function slotsFor(keys: number): number {
  let size = 16;
  while (size * 2 < keys * 3) size <<= 1;
  return size;
}

/** Open-addressing tables of the near-miss candidates (see FUZZY_TABLE, FUZZY_FIRST above). */
export function fuzzyTables(keys: string[]): { table: Uint32Array; next: Int32Array; first: Uint32Array } {
  const hashes = keys.map(strHash);
  const firsts = [...new Set(keys.map((k) => strHash(k.slice(0, k.indexOf(' ')))))];
  const size = slotsFor(new Set(hashes).size);
  const shift = Math.clz32(size - 1);
  const table = new Uint32Array(2 * size);
  const next = new Int32Array(keys.length).fill(-1);
  for (let j = keys.length - 1; j >= 0; j--) {
    const h = hashes[j] >>> 0;
    let s = hashSlot(h, shift);
    while (table[2 * s + 1] !== 0 && table[2 * s] !== h) s = (s + 1) & (size - 1);
    table[2 * s] = h;
    next[j] = table[2 * s + 1] - 1;
    table[2 * s + 1] = j + 1;
  }
  const fsize = slotsFor(firsts.length);
  const fshift = Math.clz32(fsize - 1);
  const first = new Uint32Array(2 * fsize);
  for (const h0 of firsts) {
    const h = h0 >>> 0;
    let s = hashSlot(h, fshift);
    while (first[2 * s + 1] !== 0 && first[2 * s] !== h) s = (s + 1) & (fsize - 1);
    first[2 * s] = h;
    first[2 * s + 1] = 1;
  }
  return { table, next, first };
}

/** Offsets of items of `lengths` laid end to end from `from`, kept for every BLOCK-th item (the
 *  last entry is the end): see *_BLOCK above. */
function blockStarts(lengths: ArrayLike<number>, from: number): { blocks: Uint32Array; end: number } {
  const count = lengths.length;
  const blocks = new Uint32Array(Math.floor(count / BLOCK) + 1);
  let o = from;
  for (let i = 0; i <= count; i++) {
    if (i % BLOCK === 0) blocks[i / BLOCK] = o;
    if (i < count) o += lengths[i];
  }
  return { blocks, end: o };
}

/** FIRST_TABLE for the names `first` (see above). */
function firstNameTable(first: string[], enc: TextEncoder): Uint32Array {
  const size = slotsFor(first.length);
  const shift = Math.clz32(size - 1);
  const table = new Uint32Array(2 * size);
  let off = 0;
  for (const f of first) {
    if (f.includes('\n')) throw new Error(`first name ${JSON.stringify(f)} holds a line break`);
    const h = strHash(f) >>> 0;
    let s = hashSlot(h, shift);
    while (table[2 * s + 1] !== 0) s = (s + 1) & (size - 1);
    table[2 * s] = h;
    table[2 * s + 1] = off + 1;
    off += enc.encode(f).byteLength + 1;
  }
  return table;
}

export class KbFormatError extends Error {
  constructor(message: string) {
    super(`Backstory index: ${message}`);
    this.name = 'KbFormatError';
  }
}

/** FNV-1a over u32 words in two interleaved lanes (twice as fast: the multiplies overlap). Any
 *  single changed word changes the result (each step is a bijection of the lane). */
export function checksum(words: Uint32Array, from: number): number {
  let a = 0x811c9dc5 | 0;
  let b = 0x01000193 | 0;
  const n = words.length;
  let i = from;
  for (; i + 1 < n; i += 2) {
    a = Math.imul(a ^ words[i], 0x01000193);
    b = Math.imul(b ^ words[i + 1], 0x9e3779b1);
  }
  if (i < n) a = Math.imul(a ^ words[i], 0x01000193);
  return (a ^ Math.imul(b, 0x85ebca6b) ^ (n - from)) >>> 0;
}

// ---------------------------------------------------------------------------------------------
// Writing (build time)

class Writer {
  parts: { bytes: Uint8Array; offset: number }[] = [];
  size = 0;
  table: number[] = [];
  add(bytes: Uint8Array): void {
    this.size = (this.size + 7) & ~7;
    this.parts.push({ bytes, offset: this.size });
    this.table.push(this.size, bytes.byteLength);
    this.size += bytes.byteLength;
  }
}

const u8 = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/**
 * The file for `index` and its lexicon tables (core/linking/match.ts buildLexicon on the index in object
 * form) and near-miss candidates (core/linking/fuzzy.ts prepareFuzzy). Pure and deterministic.
 */
export function encodeIndex(
  index: KbIndex,
  lex: LexiconTables,
  fuzzy: { ids: number[]; keys: string[]; words: Uint8Array },
): Uint8Array {
  const langs = lex.langSets;
  const ents = index.entities;
  const n = ents.length;
  const na = lex.aliasText.length;
  const nf = fuzzy.ids.length;
  if (fuzzy.words.byteLength !== FUZZY_WORD_BYTES) throw new Error(`fuzzy word bitmap is ${fuzzy.words.byteLength} bytes, not ${FUZZY_WORD_BYTES}`);
  const enc = new TextEncoder();
  const byId = new Map<string, number>();
  ents.forEach((e, i) => byId.set(e.id, i));
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = ents[i - 1].id < ents[i].id;
  const subtypes = [...new Set(ents.map((e) => e.subtype).filter((s): s is string => !!s))].sort();
  if (subtypes.length >= 1 << 10) throw new Error(`${subtypes.length} subtypes: at most ${(1 << 10) - 1} fit a row`);
  const subtypeCode = new Map(subtypes.map((s, k) => [s, k + 1]));
  const counts: Record<EntityType, number> = { person: 0, place: 0, organization: 0 };
  // The display name is the first Primary alias's text (in alias order), as before.
  const nameAlias = new Int32Array(n).fill(-1);
  const nIdx = index.aliases.length;
  for (let a = 0; a < nIdx; a++) if (lex.aliasFlags[a] & AliasFlag.Primary && nameAlias[lex.aliasEntity[a]] < 0) nameAlias[lex.aliasEntity[a]] = a;

  // String table: ids, alias texts, fuzzy keys.
  const chunks: Uint8Array[] = [];
  let strBytes = 0;
  const put = (s: string): number => {
    const b = enc.encode(s);
    if (new TextDecoder().decode(b) !== s) throw new Error(`string ${JSON.stringify(s)} does not survive UTF-8 (a lone surrogate?)`);
    if (b.byteLength > 0xffff) throw new Error(`string of ${b.byteLength} bytes: at most 65535`);
    chunks.push(b);
    strBytes += b.byteLength;
    return b.byteLength;
  };
  // Wikidata ids as numbers (4 bytes instead of ~10); any other id as a string.
  const idNum = new Uint32Array(n);
  const otherLen: number[] = [];
  ents.forEach((e, i) => {
    const q = /^Q[1-9][0-9]{0,9}$/.test(e.id) ? Number(e.id.slice(1)) : ID_OTHER;
    if (q < ID_OTHER) idNum[i] = q;
    else {
      idNum[i] = ID_OTHER + otherLen.length;
      otherLen.push(put(e.id));
    }
  });
  const idLen = Uint16Array.from(otherLen);
  const aliasLen = Uint16Array.from(lex.aliasText, put);
  const fuzzyLen = Uint16Array.from(fuzzy.keys, put);
  const idBlock = blockStarts(idLen, 0);
  const aliasBlock = blockStarts(aliasLen, idBlock.end);
  const fuzzyBlock = blockStarts(fuzzyLen, aliasBlock.end);
  const str = new Uint8Array(strBytes);
  let o = 0;
  for (const c of chunks) {
    str.set(c, o);
    o += c.byteLength;
  }

  if (na > MAX_ROW_ALIAS) throw new Error(`${na} aliases: at most ${MAX_ROW_ALIAS} fit a row`);
  const countries = [...new Set(ents.map((e) => e.country).filter((c): c is string => !!c))].sort();
  if (countries.length > 255) throw new Error(`${countries.length} countries: at most 255 fit a row`);
  const countryCode = new Map(countries.map((c, k) => [c, k + 1]));
  const rows = new Uint32Array(2 * n);
  const related: number[] = [];
  const names: Record<string, string> = {};
  ents.forEach((e, i) => {
    counts[e.type]++;
    const rel = (e.related ?? []).map((id) => byId.get(id)).filter((k): k is number => k !== undefined).slice(0, MAX_RELATED);
    const prom = Math.round(e.prominence * 1000);
    if (!(prom >= 0 && prom <= 2047)) throw new Error(`entity ${e.id}: prominence ${e.prominence} out of range`);
    let w0 = TYPE_CODE[e.type] | (rel.length << 2) | ((e.subtype ? subtypeCode.get(e.subtype)! : 0) << 6) | (prom << 16);
    if (e.country && !/^[A-Z]{2}$/.test(e.country)) throw new Error(`entity ${e.id}: country '${e.country}' is not two capital letters`);
    const na0 = nameAlias[i];
    if (na0 < 0 || lex.aliasText[na0] !== e.name) {
      names[i] = e.name;
      w0 |= ROW_NAMED;
    }
    rows[2 * i] = w0;
    rows[2 * i + 1] = (e.country ? countryCode.get(e.country)! : 0) | ((na0 < 0 ? 0 : na0) << 8);
    related.push(...rel);
  });

  const meta: KbMeta = { version: index.version, builtAt: index.builtAt, shardCount: index.shardCount, credits: index.credits, counts, subtypes, langs, names, countries };
  const w = new Writer();
  w.size = HEADER_BYTES + SECTIONS * 8;
  w.add(enc.encode(JSON.stringify(meta)));
  w.add(str);
  w.add(u8(idNum));
  w.add(u8(idLen));
  w.add(u8(idBlock.blocks));
  w.add(u8(rows));
  w.add(u8(Uint32Array.from(related)));
  w.add(u8(blockStarts(Uint32Array.from(ents, (_, i) => (rows[2 * i] >>> 2) & 15), 0).blocks));
  w.add(u8(aliasLen));
  w.add(u8(aliasBlock.blocks));
  w.add(u8(lex.aliasEntity));
  w.add(lex.aliasFlags);
  w.add(lex.aliasLang);
  w.add(u8(lex.next));
  w.add(u8(lex.one));
  w.add(u8(lex.pair));
  w.add(u8(Uint32Array.from(fuzzy.ids)));
  w.add(u8(fuzzyLen));
  w.add(u8(fuzzyBlock.blocks));
  w.add(fuzzy.words);
  const ft = fuzzyTables(fuzzy.keys);
  w.add(u8(ft.table));
  w.add(u8(ft.next));
  w.add(u8(ft.first));
  const first = firstNamesOf(index);
  const firstText = enc.encode(first.map((f) => f + '\n').join(''));
  w.add(firstText);
  w.add(u8(firstNameTable(first, enc)));
  const total = (w.size + 7) & ~7;
  const out = new Uint8Array(total);
  for (const p of w.parts) out.set(p.bytes, p.offset);
  const words = new Uint32Array(out.buffer);
  words.set([MAGIC, FORMAT_VERSION, total, 0, n, na, nIdx, nf, lex.one.length / 2, lex.pair.length / 3, sorted ? 1 : 0, SECTIONS]);
  words.set(w.table, HEADER_WORDS);
  words[3] = checksum(words, CHECKED_FROM);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Reading (the extension, the CLIs)

/** What the matcher and the name search read straight from the file (views, no copies). */
export interface BinaryIndex {
  n: number;
  /** Lexicon aliases (index aliases + derived ones). */
  na: number;
  /** Aliases of the index itself (KbIndex.aliases). */
  nIndexAliases: number;
  meta: KbMeta;
  tables: Omit<LexiconTables, 'aliasText' | 'langSets'>;
  aliasText: string[];
  /** Alias a's text, decoded each time (not kept). */
  aliasTextAt(a: number): string;
  /** Every alias text, decoded at once (one native decode, then slices): for a pass over all of
   *  them (the name search), some ten times faster than aliasTextAt one by one. */
  aliasTexts(): string[];
  /** Entity id → index without making an entity. */
  indexOf(id: string): number | undefined;
  idAt(i: number): string;
  typeAt(i: number): EntityType;
  prominenceAt(i: number): number;
  /** The alias id of entity i's display name (its Primary alias), or -1 when META has the name. */
  nameAliasAt(i: number): number;
  fuzzyIds: Uint32Array;
  fuzzyKeyAt(j: number): string;
  fuzzyWords: Uint8Array;
  /** See FUZZY_TABLE, FUZZY_NEXT, FUZZY_FIRST. */
  fuzzyTable: Uint32Array;
  fuzzyNext: Int32Array;
  fuzzyFirst: Uint32Array;
  /** Is `key` (a folded word) the first word of a multi-word person name (FIRST_TABLE)? */
  isFirstName(key: string): boolean;
}

const BINARY = new WeakMap<KbIndex, BinaryIndex>();

/** The file view behind an index read by readIndex; undefined for an index in object form. */
export function binaryOf(index: KbIndex): BinaryIndex | undefined {
  return BINARY.get(index);
}

/** Bytes per section, in file order (the bench's table); header checks only. */
export function sectionSizes(bytes: Uint8Array): { name: string; bytes: number }[] {
  const b = checkedHeader(bytes, false);
  return SECTION_NAMES.map((name, k) => ({ name, bytes: b.sec(k)[1] }));
}

/** Just the header fields and META (the options page): no checksum pass, no views. */
export function readMeta(bytes: Uint8Array): KbMeta & { entities: number } {
  const b = checkedHeader(bytes, false);
  return { ...b.meta, entities: b.n };
}

function checkedHeader(bytes: Uint8Array, verify: boolean) {
  if (bytes.byteLength < HEADER_BYTES + SECTIONS * 8) throw new KbFormatError(`file too short (${bytes.byteLength} bytes)`);
  if (bytes.byteOffset & 7) bytes = bytes.slice();
  const buf = bytes.buffer;
  const base = bytes.byteOffset;
  const h = new Uint32Array(buf, base, HEADER_WORDS + SECTIONS * 2);
  if (h[0] !== MAGIC) throw new KbFormatError('not an index file (wrong magic number)');
  if (h[1] !== FORMAT_VERSION) throw new KbFormatError(`format version ${h[1]}, this build reads ${FORMAT_VERSION}`);
  if (h[2] !== bytes.byteLength) throw new KbFormatError(`truncated or padded: header says ${h[2]} bytes, file has ${bytes.byteLength}`);
  if (h[11] !== SECTIONS) throw new KbFormatError(`${h[11]} sections, expected ${SECTIONS}`);
  if (verify) {
    const sum = checksum(new Uint32Array(buf, base, bytes.byteLength >> 2), CHECKED_FROM);
    if (sum !== h[3]) throw new KbFormatError('checksum mismatch (the file is damaged)');
  }
  const sec = (k: number): [number, number] => {
    const off = h[HEADER_WORDS + 2 * k];
    const len = h[HEADER_WORDS + 2 * k + 1];
    if (off & 7 || off + len > bytes.byteLength) throw new KbFormatError(`section ${k} out of bounds`);
    return [base + off, len];
  };
  let meta: KbMeta;
  try {
    const [mo, ml] = sec(SECTION.META);
    meta = JSON.parse(new TextDecoder().decode(new Uint8Array(buf, mo, ml))) as KbMeta;
  } catch (e) {
    throw e instanceof KbFormatError ? e : new KbFormatError('unreadable metadata');
  }
  return { buf: buf as ArrayBuffer, h, sec, meta, n: h[4], na: h[5], nIdx: h[6], nf: h[7], oneSlots: h[8], pairSlots: h[9], sorted: (h[10] & 1) !== 0 };
}

/** A string decoder over the string table: ASCII (nearly every id and name) in one native call,
 *  without TextDecoder's per-call cost. */
function stringReader(str: Uint8Array): (a: number, b: number) => string {
  return (a, b) => readString(str, a, b);
}

let decoder: TextDecoder | undefined;

function readString(str: Uint8Array, a: number, b: number): string {
  for (let i = a; i < b; i++) if (str[i] >= 128) return (decoder ??= new TextDecoder()).decode(str.subarray(a, b));
  return String.fromCharCode.apply(null, str.subarray(a, b) as unknown as number[]);
}

/** An array-like whose elements are made on first read and kept (a Proxy: `xs[i]`, `xs.length`,
 *  iteration and array methods work as on an array). */
function lazyArray<T>(length: number, make: (i: number) => T): T[] {
  // A plain array, not a Map: a Map of tens of thousands of integer keys costs far more to grow.
  const cache: T[] = [];
  const at = (i: number): T => {
    let v = cache[i];
    if (v === undefined) cache[i] = v = make(i);
    return v;
  };
  return new Proxy([] as T[], {
    get(target, p, receiver) {
      if (typeof p === 'string') {
        const c = p.charCodeAt(0);
        if (c >= 48 && c <= 57) {
          const i = +p;
          return i < length && Number.isInteger(i) ? at(i) : undefined;
        }
        if (p === 'length') return length;
      }
      return Reflect.get(target, p, receiver);
    },
    has(target, p) {
      if (typeof p === 'string' && /^\d+$/.test(p)) return +p < length;
      return Reflect.has(target, p);
    },
    set() {
      return false;
    },
  });
}

/**
 * The index in the file `bytes`, ready for createMatcher: views over the bytes, entities and alias
 * texts made on first read. Throws KbFormatError when the file is not a whole, undamaged index of
 * this format version.
 */
export function readIndex(bytes: Uint8Array): KbIndex {
  const hd = checkedHeader(bytes, true);
  const { buf, sec, meta, n, na, nIdx, nf } = hd;
  const view = <T>(k: number, Ctor: { new (b: ArrayBuffer, o: number, l: number): T; BYTES_PER_ELEMENT: number }, count: number): T => {
    const [o, l] = sec(k);
    if (l !== count * Ctor.BYTES_PER_ELEMENT) throw new KbFormatError(`section ${k} is ${l} bytes, expected ${count * Ctor.BYTES_PER_ELEMENT}`);
    return new Ctor(buf, o, count);
  };
  const [so, sl] = sec(SECTION.STR);
  const str = new Uint8Array(buf, so, sl);
  const strAt = stringReader(str);
  // Item i of a string column: its block's offset plus the lengths before it in the block (at most
  // BLOCK - 1 additions; no pass over all lengths at load, whatever the size).
  const column = (lenK: number, blockK: number, count: number) => {
    const len = view(lenK, Uint16Array, count);
    const block = view(blockK, Uint32Array, Math.floor(count / BLOCK) + 1);
    const at = (i: number): number => {
      let o = block[(i / BLOCK) | 0];
      for (let k = i - (i % BLOCK); k < i; k++) o += len[k];
      return o;
    };
    if (at(count) > sl) throw new KbFormatError('string lengths overrun the string table');
    const get = (i: number): string => {
      const a = at(i);
      return strAt(a, a + len[i]);
    };
    // All items: one decode of their bytes, then a slice each. UTF-16 lengths come from the UTF-8
    // bytes (every byte but a continuation byte is a character, a 4-byte one two).
    const all = (): string[] => {
      const out: string[] = new Array(count);
      if (count === 0) return out;
      const from = at(0);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(str.subarray(from, at(count)));
      let p = from;
      let c = 0;
      for (let i = 0; i < count; i++) {
        const end = p + len[i];
        let units = 0;
        for (let q = p; q < end; q++) {
          const b = str[q];
          if ((b & 0xc0) !== 0x80) units += b >= 0xf0 ? 2 : 1;
        }
        // A leading byte-order mark: get() drops it (TextDecoder's default), so ask it.
        out[i] = str[p] === 0xef && str[p + 1] === 0xbb && str[p + 2] === 0xbf ? get(i) : text.slice(c, c + units);
        c += units;
        p = end;
      }
      return out;
    };
    return Object.assign(get, { all });
  };
  const idNum = view(SECTION.ID_NUM, Uint32Array, n);
  const nOther = sec(SECTION.ID_LEN)[1] >> 1;
  const otherIdAt = column(SECTION.ID_LEN, SECTION.ID_BLOCK, nOther);
  const rows = view(SECTION.ENT_ROW, Uint32Array, 2 * n);
  const [ro, rl] = sec(SECTION.RELATED);
  const related = new Uint32Array(buf, ro, rl >> 2);
  const relBlock = view(SECTION.REL_BLOCK, Uint32Array, Math.floor(n / BLOCK) + 1);
  const aliasAt = column(SECTION.ALIAS_LEN, SECTION.ALIAS_BLOCK, na);
  const tables = {
    aliasEntity: view(SECTION.ALIAS_ENT, Int32Array, na),
    aliasFlags: view(SECTION.ALIAS_FLAGS, Uint8Array, na),
    aliasLang: view(SECTION.ALIAS_LANG, Uint8Array, na),
    next: view(SECTION.ALIAS_NEXT, Int32Array, na),
    one: view(SECTION.ONE, Int32Array, 2 * hd.oneSlots),
    pair: view(SECTION.PAIR, Int32Array, 3 * hd.pairSlots),
  };
  const fuzzyIds = view(SECTION.FUZZY_IDS, Uint32Array, nf);
  const fuzzyKeyAt = column(SECTION.FUZZY_KEY_LEN, SECTION.FUZZY_KEY_BLOCK, nf);
  const fuzzyWords = view(SECTION.FUZZY_WORDS, Uint8Array, FUZZY_WORD_BYTES);
  const u32s = (k: number) => {
    const [o, l] = sec(k);
    if (l & 7 || l === 0) throw new KbFormatError(`section ${k} has a bad size`);
    return new Uint32Array(buf, o, l >> 2);
  };
  const fuzzyTable = u32s(SECTION.FUZZY_TABLE);
  const fuzzyNext = view(SECTION.FUZZY_NEXT, Int32Array, nf);
  const fuzzyFirst = u32s(SECTION.FUZZY_FIRST);
  const [fno, fnl] = sec(SECTION.FIRST_NAMES);
  const firstText = new Uint8Array(buf, fno, fnl);
  const firstTable = u32s(SECTION.FIRST_TABLE);

  const idAt = (i: number): string => {
    const v = idNum[i];
    if (v < ID_OTHER) return 'Q' + v;
    const k = v - ID_OTHER;
    if (k >= nOther) throw new KbFormatError(`entity ${i} names id ${k} of ${nOther}`);
    return otherIdAt(k);
  };
  const aliasText = lazyArray(na, aliasAt);
  const typeAt = (i: number) => TYPES[rows[2 * i] & 3];
  const prominenceAt = (i: number) => ((rows[2 * i] >>> 16) & 0x7ff) / 1000;
  const nameAliasAt = (i: number) => (rows[2 * i] & ROW_NAMED ? -1 : rows[2 * i + 1] >>> 8);
  // Where entity i's related ids start in RELATED: its block's offset plus the counts before it.
  const relatedAt = (i: number): number => {
    let o = relBlock[(i / BLOCK) | 0];
    for (let k = i - (i % BLOCK); k < i; k++) o += (rows[2 * k] >>> 2) & 15;
    return o;
  };
  const entity = (i: number): CompiledEntity => {
    const w0 = rows[2 * i];
    const w1 = rows[2 * i + 1];
    const na0 = nameAliasAt(i);
    const name = na0 < 0 ? meta.names[i] : aliasAt(na0);
    const st = (w0 >>> 6) & 0x3ff;
    const cc = w1 & 0xff;
    // Every field in one order, absent ones undefined: one object shape for all entities, so the
    // resolver's reads of e.subtype, e.country, e.related stay monomorphic (eight optional-field
    // combinations made those reads megamorphic).
    // (In the compiled index's key order: JSON of an entity reads as the build wrote it.)
    const e: CompiledEntity = {
      id: idAt(i),
      type: TYPES[w0 & 3],
      name,
      prominence: ((w0 >>> 16) & 0x7ff) / 1000,
      subtype: st ? meta.subtypes[st - 1] : undefined,
      country: cc ? meta.countries[cc - 1] : undefined,
      related: undefined,
    };
    const rc = (w0 >>> 2) & 15;
    if (rc) {
      const r0 = relatedAt(i);
      if (r0 + rc > related.length) throw new KbFormatError(`entity ${i}: related ids out of bounds`);
      const rel: string[] = new Array(rc);
      for (let j = 0; j < rc; j++) rel[j] = idAt(related[r0 + j]);
      e.related = rel;
    }
    return e;
  };
  let idMap: Map<string, number> | null = null;
  // Ids already looked up (an article asks for the same few again and again).
  const seen = new Map<string, number>();
  const indexOf = (id: string): number | undefined => {
    let i = seen.get(id);
    if (i === undefined) {
      i = search(id);
      if (i !== undefined && seen.size < 4096) seen.set(id, i);
    }
    return i;
  };
  const search = (id: string): number | undefined => {
    if (!hd.sorted) {
      if (!idMap) {
        idMap = new Map();
        for (let i = 0; i < n; i++) idMap.set(idAt(i), i);
      }
      return idMap.get(id);
    }
    let lo = 0;
    let hi = n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = idAt(mid);
      if (v === id) return mid;
      if (v < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
  const index = {
    version: meta.version,
    builtAt: meta.builtAt,
    entities: lazyArray(n, entity),
    shardCount: meta.shardCount,
    credits: meta.credits,
  } as KbIndex;
  const firstMask = (firstTable.length >> 1) - 1;
  const firstShift = Math.clz32(firstMask);
  const firstAt = (o: number): string => {
    let e = o;
    while (e < fnl && firstText[e] !== 10) e++;
    return readString(firstText, o, e);
  };
  const isFirstName = (key: string): boolean => {
    const h = strHash(key) >>> 0;
    for (let s = hashSlot(h, firstShift); firstTable[2 * s + 1] !== 0; s = (s + 1) & firstMask) {
      if (firstTable[2 * s] === h && firstAt(firstTable[2 * s + 1] - 1) === key) return true;
    }
    return false;
  };
  // The list for a caller that asks (tests, tools). The resolver asks the file view (binaryOf), not
  // this getter: redefining a property of `index` mid-find would turn it into a slow dictionary
  // object that the matcher then reads on every call.
  const firstNames = (): string[] => {
    const text = new TextDecoder().decode(firstText);
    return text ? text.slice(0, -1).split('\n') : [];
  };
  Object.defineProperty(index, 'firstNames', {
    enumerable: true,
    configurable: true,
    get(): string[] {
      const value = firstNames();
      Object.defineProperty(index, 'firstNames', { value, enumerable: true, writable: true, configurable: true });
      return value;
    },
  });
  // Tuples and fuzzy candidates in object form only for a caller that asks (CLIs, tests).
  Object.defineProperty(index, 'aliases', {
    enumerable: true,
    configurable: true,
    get(): KbIndex['aliases'] {
      const tuples: KbIndex['aliases'] = [];
      for (let a = 0; a < nIdx; a++) tuples.push([aliasText[a], tables.aliasEntity[a], tables.aliasFlags[a]]);
      Object.defineProperty(index, 'aliases', { value: tuples, enumerable: true, writable: true, configurable: true });
      return tuples;
    },
  });
  Object.defineProperty(index, 'fuzzy', {
    enumerable: false,
    configurable: true,
    get(): KbIndex['fuzzy'] {
      const f = { ids: Array.from(fuzzyIds), keys: Array.from({ length: nf }, (_, j) => fuzzyKeyAt(j)), words: fuzzyWords };
      Object.defineProperty(index, 'fuzzy', { value: f, enumerable: false, writable: true, configurable: true });
      return f;
    },
  });
  // Language tags in object form for a caller that asks (the matcher reads ALIAS_LANG itself).
  if (meta.langs.length) {
    Object.defineProperty(index, 'aliasLang', {
      enumerable: true,
      configurable: true,
      get(): Record<number, string> {
        const tagged: Record<number, string> = {};
        for (let a = 0; a < nIdx; a++) if (tables.aliasLang[a]) tagged[a] = meta.langs[tables.aliasLang[a] - 1];
        Object.defineProperty(index, 'aliasLang', { value: tagged, enumerable: true, writable: true, configurable: true });
        return tagged;
      },
    });
  }
  BINARY.set(index, {
    n,
    na,
    nIndexAliases: nIdx,
    meta,
    tables,
    aliasText,
    aliasTextAt: aliasAt,
    aliasTexts: aliasAt.all,
    indexOf,
    idAt,
    typeAt,
    prominenceAt,
    nameAliasAt,
    fuzzyIds,
    fuzzyKeyAt,
    fuzzyWords,
    fuzzyTable,
    fuzzyNext,
    fuzzyFirst,
    isFirstName,
  });
  return index;
}
