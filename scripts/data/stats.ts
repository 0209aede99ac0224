/**
 * npm run data:stats — what the knowledge base holds: entities by type and by source, and how many
 * have a summary, a description, a birth date, a current position (a position with no end date, held
 * by someone not known to have died).
 */
import fs from 'node:fs';
import path from 'node:path';
import { ENTITY_TYPES, type EntityRecord, type EntityType } from '../../core/types';
import { KB_OUT_DIR } from './lib/paths';
import { loadAndValidate } from './lib/pipeline';

/** Size of the built index (public/kb/index.bin) and the fact shards; the time to get it ready
 *  is measured by `npm run bench`. */
function measureIndex(): string | undefined {
  const file = path.join(KB_OUT_DIR, 'index.bin');
  if (!fs.existsSync(file)) return undefined;
  let shards = 0;
  for (const f of fs.readdirSync(path.join(KB_OUT_DIR, 'facts'))) shards += fs.statSync(path.join(KB_OUT_DIR, 'facts', f)).size;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `index.bin ${mb(fs.statSync(file).size)} on disk (+ ${mb(shards)} fact shards); ready time: npm run bench`;
}

function pct(n: number, of: number): string {
  return of ? `${n} (${((100 * n) / of).toFixed(0)}%)` : '0';
}

export function stats(merged: Map<string, EntityRecord>) {
  const types = ENTITY_TYPES;
  const byType = new Map<EntityType, EntityRecord[]>(types.map((t) => [t, []]));
  const bySource = new Map<string, Map<EntityType, number>>();
  for (const r of merged.values()) {
    byType.get(r.type)!.push(r);
    for (const s of new Set(r.sources.map((x) => x.source))) {
      const m = bySource.get(s) ?? new Map<EntityType, number>();
      m.set(r.type, (m.get(r.type) ?? 0) + 1);
      bySource.set(s, m);
    }
  }
  const has = (rs: EntityRecord[], f: (r: EntityRecord) => boolean) => rs.filter(f).length;
  const isCurrent = (r: EntityRecord) =>
    !r.facts?.some((f) => f.kind === 'died') && !!r.facts?.some((f) => f.kind === 'position' && !f.end);
  return { types, byType, bySource, has, isCurrent };
}

/** The kinds issue 11 counts: [kind, entities, with QID]. */
export function kinds(all: EntityRecord[]): [string, number, number][] {
  const kindOf = (r: EntityRecord): string => {
    const st = r.subtype ?? '';
    if (r.type === 'place') return 'places';
    if (r.type === 'person') return /politician|head-of-state|monarch|minister|legislator/.test(st) || r.facts?.some((f) => f.kind === 'position') ? 'politicians' : 'other people';
    if (st === 'company' || st === 'bank' || st === 'brand' || st === 'airline' || st === 'utility' || st === 'transit-operator' || st === 'healthcare') return 'companies';
    if (st === 'news-outlet' || st === 'news-agency' || st === 'broadcaster' || st === 'newspaper') return 'outlets';
    if (st === 'university' || st === 'research-institute' || st === 'education') return 'universities';
    if (/government|agency|ministry|eu-body|legislature|court|military/.test(st)) return 'government bodies';
    if (st === 'sports-team' || st === 'national-team') return 'sports teams';
    return 'other organizations';
  };
  const m = new Map<string, [number, number]>();
  for (const r of all) {
    const k = kindOf(r);
    const v = m.get(k) ?? [0, 0];
    v[0]++;
    if (/^Q\d+$/.test(r.id)) v[1]++;
    m.set(k, v);
  }
  return [...m].sort((a, b) => b[1][0] - a[1][0]).map(([k, [n, q]]) => [k, n, q]);
}

function main() {
  const { merged, issues } = loadAndValidate();
  const { types, byType, bySource, has, isCurrent } = stats(merged);
  const all = [...merged.values()];
  console.log(`${all.length} entities${issues.length ? ` (${issues.length} validation issues: run npm run data:validate)` : ''}\n`);
  console.log('by type        entities  summary      description   facts');
  for (const t of types) {
    const rs = byType.get(t)!;
    console.log(`  ${t.padEnd(13)} ${String(rs.length).padStart(7)}  ${pct(has(rs, (r) => !!r.summary), rs.length).padEnd(12)} ${pct(has(rs, (r) => !!r.description), rs.length).padEnd(13)} ${rs.reduce((n, r) => n + (r.facts?.length ?? 0), 0)}`);
  }
  // One key across sources: the Wikidata id. Share of entities carrying one, per type and per source.
  const isQid = (r: EntityRecord) => /^Q\d+$/.test(r.id);
  console.log(`\nwith a Wikidata id (QID): ${pct(has(all, isQid), all.length)} of all; ${types.map((t) => `${t} ${pct(has(byType.get(t)!, isQid), byType.get(t)!.length)}`).join(', ')}`);
  console.log(`by kind: ${kinds(all).map(([k, n, q]) => `${k} ${n} (${pct(q, n).replace(/^\d+ /, '')} QID)`).join(', ')}`);
  const people = byType.get('person')!;
  console.log(`\npeople: ${pct(has(people, (r) => !!r.facts?.some((f) => f.kind === 'born')), people.length)} with a birth date, ` +
    `${pct(has(people, (r) => !!r.facts?.some((f) => f.kind === 'died')), people.length)} with a death date, ` +
    `${pct(has(people, isCurrent), people.length)} with a current position (as of their source), ` +
    `${pct(has(people, (r) => !!r.facts?.some((f) => f.kind === 'relative')), people.length)} with family links`);
  const places = byType.get('place')!;
  console.log(`places: ${pct(has(places, (r) => !!r.facts?.some((f) => f.kind === 'population')), places.length)} with a population`);
  console.log('\nby source (entities using it; an entity can use several)          with QID');
  const qidBySource = new Map<string, number>();
  for (const r of all) if (isQid(r)) for (const s of new Set(r.sources.map((x) => x.source))) qidBySource.set(s, (qidBySource.get(s) ?? 0) + 1);
  for (const [s, m] of [...bySource].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const total = [...m.values()].reduce((a, b) => a + b, 0);
    const line = `  ${s.padEnd(26)} ${String(total).padStart(7)}  ${types.map((t) => `${t} ${m.get(t) ?? 0}`).join(', ')}`;
    console.log(`${line.padEnd(78)} ${pct(qidBySource.get(s) ?? 0, total)}`);
  }
  const m = measureIndex();
  console.log(m ? `\n${m}` : '\n(public/kb not built: run npm run data:build for size and load time)');
}

main();
