/**
 * public/kb/index.json in columns (KbIndexFile) ⇄ the in-memory KbIndex.
 *
 * Why columns: the per-entity object form was 7 MB of JSON that took a service worker seconds to
 * fetch and parse and ~29 MB of heap. Columns of ids, one-character codes and small integers parse
 * several times faster; descriptions leave the index for the fact shards (only cards and search
 * results show them), and a name is stored only where it differs from the Primary alias.
 *
 * encode runs at build time (scripts/data/build.ts), decode at load (background, Node loader).
 * Both are pure and deterministic; decode(encode(x)) equals x without descriptions.
 */
import type { CompiledEntity, EntityType, KbIndex, KbIndexFile } from './types';
import { AliasFlag } from './types';

const TYPE_CODE: Record<EntityType, string> = { person: 'p', place: 'l', organization: 'o' };
const CODE_TYPE: Record<string, EntityType> = { p: 'person', l: 'place', o: 'organization' };
const NO_COUNTRY = '--';
/** relatedCount is one digit per entity. */
const MAX_RELATED = 9;

export function encodeIndex(index: KbIndex): KbIndexFile {
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
  };
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
  const aliases: [string, number, number][] = new Array(na);
  const name: string[] = new Array(n);
  for (let k = 0; k < na; k++) {
    const ei = f.aliasEntity[k];
    const flags = parseInt(f.aliasFlags[k], 16);
    aliases[k] = [f.aliasText[k], ei, flags];
    if (flags & AliasFlag.Primary && name[ei] === undefined) name[ei] = f.aliasText[k];
  }
  for (const k in f.names) name[+k] = f.names[k];
  const entities: CompiledEntity[] = new Array(n);
  let r = 0;
  for (let i = 0; i < n; i++) {
    const e: CompiledEntity = { id: f.ids[i], type: CODE_TYPE[f.types[i]], name: name[i] ?? f.ids[i], prominence: f.prominence[i] / 1000 };
    const st = f.subtypes[i];
    if (st) e.subtype = f.subtypeNames[st - 1];
    const c = f.countries.slice(2 * i, 2 * i + 2);
    if (c !== NO_COUNTRY) e.country = c;
    const rc = f.relatedCount.charCodeAt(i) - 48;
    if (rc > 0) {
      const rel: string[] = new Array(rc);
      for (let j = 0; j < rc; j++) rel[j] = f.ids[f.related[r + j]];
      e.related = rel;
      r += rc;
    }
    entities[i] = e;
  }
  return { version: f.version, builtAt: f.builtAt, entities, aliases, shardCount: f.shardCount, credits: f.credits };
}
