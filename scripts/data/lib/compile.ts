/**
 * Compiles merged records into what the extension loads: the index (entities + aliases + credits)
 * and the fact shards. Output is deterministic: entities sorted by id, aliases by text then entity.
 */
import {
  AliasFlag, shardOf,
  type CompiledEntity, type Credit, type EntityRecord, type KbFactShard, type KbIndex,
} from '../../../core/types';
import { aliasFlags, entityAliases, isUsableAlias } from './aliases';
import { builtAtOf, type SourcesFile } from './sources';
import { dottedAcronyms } from './dotted-acronyms';
import { shortPersonNames } from './short-person-names';

export const SHARD_COUNT = 64;
const MAX_RELATED = 4;

export interface Compiled {
  index: KbIndex;
  shards: KbFactShard[];
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Ids this entity is tied to (its country, parent, relatives, offices): context for resolution. */
function relatedIds(rec: EntityRecord, known: Set<string>): string[] | undefined {
  const out: string[] = [];
  const add = (id?: string) => {
    if (id && id !== rec.id && known.has(id) && !out.includes(id) && out.length < MAX_RELATED) out.push(id);
  };
  const facts = rec.facts ?? [];
  // Most telling first: where it is, whose relative, what it holds or belongs to.
  for (const k of ['located-in', 'relative', 'position', 'member', 'leader', 'capital', 'headquarters', 'born', 'died'] as const) {
    for (const f of facts) if (f.kind === k) { add(f.other); add(f.place); }
  }
  return out.length ? out : undefined;
}

export function compile(merged: Map<string, EntityRecord>, sources: SourcesFile): Compiled {
  const records = [...merged.values()].sort(byId);
  const known = new Set(records.map((r) => r.id));
  const entities: CompiledEntity[] = [];
  const aliases: [string, number, number][] = [];
  const shards: KbFactShard[] = Array.from({ length: SHARD_COUNT }, () => ({}));
  const creditCounts = new Map<string, number>();
  const langOf = new Map<string, string[]>();

  records.forEach((rec, i) => {
    const e: CompiledEntity = { id: rec.id, type: rec.type, name: rec.name, prominence: round2(rec.prominence ?? 0.1) };
    if (rec.subtype) e.subtype = rec.subtype;
    if (rec.description) e.description = rec.description;
    if (rec.country) e.country = rec.country;
    const related = relatedIds(rec, known);
    if (related) e.related = related;
    entities.push(e);

    const plain = entityAliases(rec);
    for (const [text, flags] of plain) aliases.push([text, i, flags]);
    // Names in another language ('Londres', 'Estados Unidos'): matched only on a page in that language.
    const taken = new Set(plain.map(([t]) => t));
    for (const lang of Object.keys(rec.langAliases ?? {}).sort()) {
      for (const a of rec.langAliases![lang]) {
        const t = a.trim().replace(/\s+/g, ' ');
        if (taken.has(t) || !isUsableAlias(t) || (rec.notAliases ?? []).includes(t)) continue;
        const k = `${t}\u0000${i}`;
        if (!langOf.has(k)) aliases.push([t, i, aliasFlags(t)]);
        langOf.set(k, [...new Set([...(langOf.get(k) ?? []), lang])]);
      }
    }

    const detail: KbFactShard[string] = { facts: rec.facts ?? [], sources: rec.sources };
    if (rec.summary) detail.summary = rec.summary;
    if (rec.summary && rec.summarySince) detail.summarySince = rec.summarySince;
    if (rec.descriptionSpan && rec.description) detail.descriptionSpan = rec.descriptionSpan;
    if (rec.descriptionOtherwise && rec.description) detail.descriptionOtherwise = rec.descriptionOtherwise;
    if (rec.aliases?.length) detail.aliases = rec.aliases;
    shards[shardOf(rec.id, SHARD_COUNT)][rec.id] = detail;

    const used = new Set([...rec.sources.map((s) => s.source), ...(rec.facts ?? []).map((f) => f.source.source)]);
    for (const s of used) creditCounts.set(s, (creditCounts.get(s) ?? 0) + 1);
  });

  // "Martin Luther King", "Wilhelm Röntgen": the shorter full names news writes (short-person-names.ts).
  for (const [i, extra] of shortPersonNames(records, aliases, (t) => aliasFlags(t))) for (const [t, f] of extra) aliases.push([t, i, f]);
  // "F.B.I.", "C.I.A.": acronyms as some papers print them (dotted-acronyms.ts).
  aliases.push(...dottedAcronyms(aliases, (t) => aliasFlags(t), (t, i) => langOf.has(`${t}\u0000${i}`)));
  aliases.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  const aliasLang: Record<number, string> = {};
  aliases.forEach(([t, ei], k) => { const l = langOf.get(`${t}\u0000${ei}`); if (l) aliasLang[k] = l.sort().join(','); });

  const credits: Credit[] = [];
  for (const [key, info] of Object.entries(sources.sources)) {
    const n = creditCounts.get(key);
    if (!n) continue;
    const c: Credit = { source: key, title: info.title, license: info.license, attribution: info.attribution, entities: n };
    if (info.url) c.url = info.url;
    credits.push(c);
  }

  const index: KbIndex = {
    version: sources.version,
    builtAt: builtAtOf(sources.version),
    entities,
    aliases,
    shardCount: SHARD_COUNT,
    credits,
    ...(Object.keys(aliasLang).length ? { aliasLang } : {}),
  };
  return { index, shards };
}

function round2(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
}

function collisionGroups(index: KbIndex): Map<string, Set<number>> {
  const groups = new Map<string, Set<number>>();
  for (const [text, ei, flags] of index.aliases) {
    if (flags & AliasFlag.Partial) continue; // surnames are expected to collide; the matcher needs a full name first
    const key = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    let g = groups.get(key);
    if (!g) groups.set(key, (g = new Set()));
    g.add(ei);
  }
  return groups;
}

/** Names that point at several entities, most ambiguous first (case- and accent-insensitive). */
export function aliasCollisions(index: KbIndex, top = 15): { total: number; top: { alias: string; ids: string[] }[] } {
  const many = [...collisionGroups(index).entries()].filter(([, s]) => s.size > 1);
  many.sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1));
  return {
    total: many.length,
    top: many.slice(0, top).map(([alias, s]) => ({ alias, ids: [...s].map((i) => index.entities[i].id) })),
  };
}
