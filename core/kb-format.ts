/**
 * public/kb/index.json in columns (KbIndexFile) ⇄ the in-memory KbIndex.
 *
 * Why columns: the per-entity object form was 7 MB of JSON that took a service worker seconds to
 * fetch and parse and ~29 MB of heap. Columns of ids, one-character codes and small integers parse
 * several times faster; descriptions leave the index for the fact shards (only cards and search
 * results show them), and a name is stored only where it differs from the Primary alias.
 *
 * encode runs at build time (scripts/data/build.ts), decode at load (background, Node loader).
 * Both are pure and deterministic; decode(encode(x)) equals x without descriptions, plus what the
 * build precomputed for the matcher (near-miss candidates, see core/fuzzy.ts) so a cold start skips it.
 */
import type { CompiledEntity, EntityType, KbIndex, KbIndexFile } from './types';
import { AliasFlag } from './types';
import { firstWordHashes } from './tokenize';

const TYPE_CODE: Record<EntityType, string> = { person: 'p', place: 'l', organization: 'o' };
const CODE_TYPE: Record<string, EntityType> = { p: 'person', l: 'place', o: 'organization' };
const NO_COUNTRY = '--';
/** relatedCount is one digit per entity. */
const MAX_RELATED = 9;

/** `fuzzy`: the matcher's near-miss candidates for this index (core/fuzzy.ts prepareFuzzy), when shipped. */
export function encodeIndex(index: KbIndex, fuzzy?: NonNullable<KbIndex['fuzzy']>): KbIndexFile {
  const ents = index.entities;
  const n = ents.length;
  const byId = new Map<string, number>();
  ents.forEach((e, i) => byId.set(e.id, i));
  const subtypeNames = [...new Set(ents.map((e) => e.subtype).filter((s): s is string => !!s))].sort();
  const subtypeCode = new Map(subtypeNames.map((s, k) => [s, k + 1]));
  const counts: Record<EntityType, number> = { person: 0, place: 0, organization: 0 };
  const primary: (string | undefined)[] = new Array(n);
  for (const [text, ei, flags] of index.aliases) if (flags & AliasFlag.Primary && primary[ei] === undefined) primary[ei] = text;
  const names: Record<string, string> = {};
  let types = '';
  let countries = '';
  let relatedCount = '';
  const related: number[] = [];
  ents.forEach((e, i) => {
    counts[e.type]++;
    types += TYPE_CODE[e.type];
    countries += e.country && e.country.length === 2 ? e.country : NO_COUNTRY;
    if (e.country && e.country.length !== 2) throw new Error(`entity ${e.id}: country '${e.country}' is not two letters`);
    const rel = (e.related ?? []).map((id) => byId.get(id)).filter((k): k is number => k !== undefined);
    if (rel.length > MAX_RELATED) rel.length = MAX_RELATED;
    relatedCount += String(rel.length);
    related.push(...rel);
    if (primary[i] !== e.name) names[i] = e.name;
  });
  return {
    format: 2,
    version: index.version,
    builtAt: index.builtAt,
    shardCount: index.shardCount,
    credits: index.credits,
    counts,
    ids: ents.map((e) => e.id),
    types,
    subtypeNames,
    subtypes: ents.map((e) => (e.subtype ? subtypeCode.get(e.subtype)! : 0)),
    prominence: ents.map((e) => Math.round(e.prominence * 1000)),
    countries,
    relatedCount,
    related,
    names,
    aliasText: index.aliases.map((a) => a[0]),
    aliasEntity: index.aliases.map((a) => a[1]),
    aliasFlags: index.aliases.map((a) => a[2].toString(16)).join(''),
    ...(index.aliasLang && Object.keys(index.aliasLang).length ? { aliasLang: index.aliasLang } : {}),
    aliasHashes: toBase64(new Uint8Array(aliasHashes(index.aliases.map((a) => a[0])).buffer)),
    ...(fuzzy
      ? {
          fuzzyIdGaps: fuzzy.ids.map((id, j) => id - (j ? fuzzy.ids[j - 1] : 0)),
          fuzzyKeys: fuzzy.keys,
          fuzzyWords: toBase64(fuzzy.words),
        }
      : {}),
  };
}

/** Per alias, the hashes of its first two words (tokenize.firstWordHashes; -1 = no such word): what
 *  the matcher's tables are keyed by. Hashing every alias is most of building the matcher in a
 *  cold service worker, so the build does it. */
export function aliasHashes(texts: string[]): Int32Array {
  const out = new Int32Array(2 * texts.length);
  const hs = new Int32Array(2);
  for (let k = 0; k < texts.length; k++) {
    firstWordHashes(texts[k], hs);
    out[2 * k] = hs[0];
    out[2 * k + 1] = hs[1];
  }
  return out;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

function fromBase64(b64: string): Uint8Array {
  // Native where the runtime has it (Chrome 140, Firefox 133); else atob.
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (native) return native(b64);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** An index's aliases as columns (what the matcher needs), without one array per alias. */
export interface AliasColumns {
  text: string[];
  entity: Int32Array;
  flags: Uint8Array;
  /** First-two-word hashes per alias (see aliasHashes), when the file has them. */
  hashes?: Int32Array;
}

const ALIAS_COLUMNS = new WeakMap<KbIndex, AliasColumns>();

/** The alias columns of a decoded index; undefined for an index in object form (use `index.aliases`). */
export function aliasColumns(index: KbIndex): AliasColumns | undefined {
  return ALIAS_COLUMNS.get(index);
}

export function isIndexFile(raw: unknown): raw is KbIndexFile {
  return !!raw && typeof raw === 'object' && (raw as { format?: unknown }).format === 2;
}

/** The in-memory index from the file. An index already in object form (tests, older builds) passes through. */
export function decodeIndex(raw: KbIndexFile | KbIndex): KbIndex {
  if (!isIndexFile(raw)) return raw;
  const f = raw;
  const n = f.ids.length;
  const na = f.aliasText.length;
  const aliasEntity = Int32Array.from(f.aliasEntity);
  const aliasFlags = new Uint8Array(na);
  const name: string[] = new Array(n);
  for (let k = 0; k < na; k++) {
    const c = f.aliasFlags.charCodeAt(k); // one hex digit
    const flags = (aliasFlags[k] = c <= 57 ? c - 48 : c - 87);
    const ei = aliasEntity[k];
    if (flags & AliasFlag.Primary && name[ei] === undefined) name[ei] = f.aliasText[k];
  }
  for (const k in f.names) name[+k] = f.names[k];
  const entities: CompiledEntity[] = new Array(n);
  // One string per distinct country and type code, not one per entity (thirty thousand fewer
  // allocations at a cold start).
  const countryOf = new Map<number, string>();
  const typeOf = new Map<number, EntityType>();
  const noCountry = (NO_COUNTRY.charCodeAt(0) << 16) | NO_COUNTRY.charCodeAt(1);
  let r = 0;
  for (let i = 0; i < n; i++) {
    const tc = f.types.charCodeAt(i);
    let type = typeOf.get(tc);
    if (type === undefined) typeOf.set(tc, (type = CODE_TYPE[f.types[i]]));
    const e: CompiledEntity = { id: f.ids[i], type, name: name[i] ?? f.ids[i], prominence: f.prominence[i] / 1000 };
    const st = f.subtypes[i];
    if (st) e.subtype = f.subtypeNames[st - 1];
    const cc = (f.countries.charCodeAt(2 * i) << 16) | f.countries.charCodeAt(2 * i + 1);
    if (cc !== noCountry) {
      let c = countryOf.get(cc);
      if (c === undefined) countryOf.set(cc, (c = f.countries.slice(2 * i, 2 * i + 2)));
      e.country = c;
    }
    const rc = f.relatedCount.charCodeAt(i) - 48;
    if (rc > 0) {
      const rel: string[] = new Array(rc);
      for (let j = 0; j < rc; j++) rel[j] = f.ids[f.related[r + j]];
      e.related = rel;
      r += rc;
    }
    entities[i] = e;
  }
  const index = { version: f.version, builtAt: f.builtAt, entities, shardCount: f.shardCount, credits: f.credits } as KbIndex;
  if (f.aliasLang) index.aliasLang = f.aliasLang;
  const columns: AliasColumns = { text: f.aliasText, entity: aliasEntity, flags: aliasFlags };
  if (typeof f.aliasHashes === 'string' && LITTLE_ENDIAN) {
    const bytes = fromBase64(f.aliasHashes);
    if (bytes.length === 8 * na) columns.hashes = new Int32Array(bytes.buffer, bytes.byteOffset, 2 * na);
  }
  ALIAS_COLUMNS.set(index, columns);
  // The matcher reads the columns; the tuples are made only for a caller that asks (CLIs, tests).
  Object.defineProperty(index, 'aliases', {
    enumerable: true,
    configurable: true,
    get(): KbIndex['aliases'] {
      const tuples: KbIndex['aliases'] = columns.text.map((t, k) => [t, columns.entity[k], columns.flags[k]]);
      Object.defineProperty(index, 'aliases', { value: tuples, enumerable: true, writable: true, configurable: true });
      return tuples;
    },
  });
  if (Array.isArray(f.fuzzyIdGaps) && Array.isArray(f.fuzzyKeys) && typeof f.fuzzyWords === 'string') {
    const ids: number[] = new Array(f.fuzzyIdGaps.length);
    let id = 0;
    for (let j = 0; j < ids.length; j++) ids[j] = id += f.fuzzyIdGaps[j];
    index.fuzzy = { ids, keys: f.fuzzyKeys, words: fromBase64(f.fuzzyWords) };
  }
  return index;
}
