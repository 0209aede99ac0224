/**
 * npx tsx scripts/data/people-qid-accuracy.ts [--before GIT_REV]
 *
 * How often the people table's rules (scripts/data/people-qid-table.ts) would give someone a wrong id:
 * 1. blind, on the sitting members of Congress, presidents and vice presidents whose QID
 *    congress-legislators gives (the truth): the rules run without it and are compared;
 * 2. against the ids the knowledge base gave at GIT_REV (default HEAD; name it the commit before the
 *    table to compare with the old name-and-birth-year matching) for the Pantheon and Congress people
 *    it already held under a QID.
 * Prints each disagreement.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { parse } from 'yaml';
import type { EntityRecord } from '../../core/types';
import { normName, sharedPath } from './importers/util';
import { congressKeys, pantheonKeys, peopleQidRows, readPepper, type PersonKey } from './people-qid-table';

const arg = (k: string) => { const i = process.argv.indexOf(k); return i >= 0 ? process.argv[i + 1] : undefined; };
const rev = arg('--before') ?? 'HEAD';
const pepper = readPepper();

// 1. Blind on the members whose QID the source gives.
const keys: PersonKey[] = [];
const truth = new Map<string, string>();
for (const f of ['legislators-current.yaml', 'executive.yaml']) {
  for (const p of parse(fs.readFileSync(sharedPath('us-congress-legislators', f), 'utf8')) as { id: { bioguide?: string; wikidata?: string; wikipedia?: string }; name: Record<string, string>; bio?: { birthday?: string } }[]) {
    if (!p.id.wikidata || !p.id.bioguide) continue;
    const n = p.name;
    const names = [[n.nickname ?? n.first, n.last, n.suffix], [n.first, n.last], [n.first, n.middle, n.last], [n.official_full]].map((x) => x.filter(Boolean).join(' ')).filter(Boolean);
    const key = `bioguide:${p.id.bioguide}`;
    truth.set(key, p.id.wikidata);
    keys.push({ key, name: names[0], names, born: p.bio?.birthday, title: p.id.wikipedia });
  }
}
const rejected: string[] = [];
const blind = peopleQidRows(keys, pepper, new Map(), rejected);
const wrong = blind.filter(([k, , q]) => truth.get(k) !== q);
console.log(`1. sitting members, presidents, vice presidents with a QID upstream: ${keys.length}; the rules give ${blind.length} an id, ${blind.length - wrong.length} the right one, ${wrong.length} another; ${rejected.length} left out for disagreeing signals`);
for (const [k, n, q, via] of wrong) console.log(`   WRONG ${k} ${n}: ${q} (${via}), truth ${truth.get(k)}`);

// 2. Against the knowledge base at `rev`.
const jsonl = (name: string): EntityRecord[] => execFileSync('git', ['show', `${rev}:data/imported/${name}.jsonl`], { encoding: 'utf8', maxBuffer: 1 << 30 }).trim().split('\n').map((l) => JSON.parse(l) as EntityRecord);
const held = new Map<string, string>();
for (const r of jsonl('pantheon')) { const m = /curid=(\d+)/.exec(r.sources.map((s) => s.url ?? '').join(' ')); if (m) held.set(`pantheon:${m[1]}`, r.id); }
const congress = jsonl('us-congress');
const byNameBorn = new Map<string, string>();
for (const r of congress) {
  const born = r.facts?.find((f) => f.kind === 'born')?.date;
  if (born) for (const n of [r.name, ...(r.aliases ?? [])]) byNameBorn.set(`${normName(n)}|${born}`, r.id);
}
const ids = new Set(congress.map((r) => r.id));
for (const k of congressKeys()) {
  if (ids.has(k.key)) { held.set(k.key, k.key); continue; }
  const id = (k.names ?? []).map((n) => byNameBorn.get(`${normName(n)}|${k.born}`)).find(Boolean);
  if (id) held.set(k.key, id);
}
const count: Record<string, number> = {};
for (const [k, n, q, via] of peopleQidRows([...pantheonKeys(), ...congressKeys()], pepper)) {
  const ns = k.slice(0, k.indexOf(':'));
  const h = held.get(k);
  const c = !h ? 'not shipped' : !/^Q\d+$/.test(h) ? 'new QID' : h === q ? 'same QID' : 'DIFFERENT QID';
  count[`${ns}: ${c}`] = (count[`${ns}: ${c}`] ?? 0) + 1;
  if (c === 'DIFFERENT QID') console.log(`   DIFFERENT ${k} ${n}: table ${q} (${via}), knowledge base ${h}`);
}
console.log(`2. against data/imported at ${rev}:`, count);
