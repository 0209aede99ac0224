/**
 * npx tsx scripts/data/region-qid-table.ts STATES.csv
 *
 * Writes scripts/data/importers/region-qids.tsv: the Wikidata id of each GeoNames first-level region
 * (Ontario, Bavaria, Sindh…), from the `states.csv` of dr5hn/countries-states-cities-database
 * (github.com/dr5hn/countries-states-cities-database, csv/states.csv; ODbL 1.0, so the table is
 * offered under the ODbL too). Not on a fresh machine: the table is committed, this script renews it.
 *
 * A row is kept only when both datasets agree: same country, the region's GeoNames code equals the
 * row's FIPS or ISO code, and the names are the same once accents, case and a kind word ("Province")
 * are set aside. Spelling
 * variants ("Oruzgan"/"Urozgan") are left out rather than guessed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normName, readCsv, readJson, sharedPath } from './importers/util';

export const REGION_QIDS_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'importers', 'region-qids.tsv');

interface StateRow { name: string; country_code: string; iso2: string; fips_code: string; native: string; wikiDataId: string }

/** A name without accents, case and its kind word ("Lagos State", "Kabul Province" → "lagos", "kabul"). */
const bare = (s: string) => normName(s).replace(/\b(?:province|state|region|district|governorate|oblast|county|prefecture|department|parish|rayon|municipality)\b/g, ' ').replace(/\s+/g, ' ').trim();

/** Rows the source gets wrong, found by checking ids against Wikidata labels (ELEVANT's, Wikilinker's):
 *  Melilla's row carries the id of George II of Great Britain. */
const WRONG = new Set(['ES.ML']);

export function regionQidRows(states: StateRow[], admin1: { code: string; name: string }[]): [code: string, name: string, qid: string][] {
  const byCode = new Map<string, StateRow[]>();
  for (const s of states) {
    if (!/^Q\d+$/.test(s.wikiDataId)) continue;
    for (const c of new Set([s.fips_code, s.iso2])) if (c) byCode.set(`${s.country_code}.${c}`, [...(byCode.get(`${s.country_code}.${c}`) ?? []), s]);
  }
  const out: [string, string, string][] = [];
  for (const a of admin1) {
    const same = (byCode.get(a.code) ?? []).filter((s) => bare(s.name) === bare(a.name) || bare(s.native) === bare(a.name));
    const qids = new Set(same.map((s) => s.wikiDataId));
    if (qids.size === 1 && !WRONG.has(a.code)) out.push([a.code, a.name, [...qids][0]]);
  }
  // An id given to two regions is wrong for one of them (a Puerto Rico "Florida" with the state's id): neither keeps it.
  const uses = new Map<string, number>();
  for (const [, , q] of out) uses.set(q, (uses.get(q) ?? 0) + 1);
  return out.filter(([, , q]) => uses.get(q) === 1).sort(([a], [b]) => (a < b ? -1 : 1));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: npx tsx scripts/data/region-qid-table.ts path/to/states.csv (dr5hn/countries-states-cities-database csv/states.csv)');
  const states = readCsv(file) as unknown as StateRow[];
  const rows = regionQidRows(states, readJson(sharedPath('geonames-cities', 'admin1.json')));
  const head = '# GeoNames admin1 code, name, Wikidata id. From dr5hn/countries-states-cities-database (ODbL 1.0); ids are Wikidata\'s (CC0). Made by scripts/data/region-qid-table.ts.\n';
  fs.writeFileSync(REGION_QIDS_FILE, head + rows.map((r) => r.join('\t')).join('\n') + '\n');
  console.log(`${rows.length} regions with a Wikidata id → ${path.relative(process.cwd(), REGION_QIDS_FILE)}`);
}
