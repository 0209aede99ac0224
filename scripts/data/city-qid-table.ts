/**
 * npx tsx scripts/data/city-qid-table.ts DIR
 *
 * Writes scripts/data/importers/city-qids.tsv: the Wikidata id of each GeoNames town the import keeps
 * (Dhaka, Wuhan, Tbilisi…), from the per-country `contributions/cities/XX.json` files of
 * dr5hn/countries-states-cities-database (github.com/dr5hn/countries-states-cities-database; ODbL 1.0,
 * so the table is offered under the ODbL too; the ids are Wikidata's, CC0). DIR holds those files.
 * Not on a fresh machine: the table is committed, this script renews it.
 *
 * A row is kept only when both datasets agree on the place, not just the name: same country, the same
 * name once accents and case are set aside (or the row's native name), and coordinates within
 * MAX_KM of each other. A name that two rows near one another share with different ids, or an id
 * that two GeoNames towns would receive, is left out rather than guessed.
 * The source's ids alone are not trusted: on the 1,108 towns that already had a QID from elsewhere it
 * gave another one for 134 (often the district or municipality of the town: Kathmandu, Kyiv). So an id is
 * kept only where Wikilinker's Wikidata labels give that id the town's name too; so checked, the 1,148
 * towns that already had a QID all agreed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { keptTown, readCities, type GeoCity } from './importers/geonames';
import { normName } from './importers/util';
import { readWikilinkerLabels } from './importers/place-qids';

export const CITY_QIDS_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'importers', 'city-qids.tsv');

/** How far apart two datasets may put one town's centre. */
const MAX_KM = 15;

interface CityRow { name: string; native?: string | null; country_code: string; latitude: string; longitude: string; wikiDataId?: string | null }

function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(a));
}

export function cityQidRows(towns: GeoCity[], rows: CityRow[], labels: ReadonlyMap<string, readonly string[]>): [geonameId: string, name: string, qid: string][] {
  const byKey = new Map<string, CityRow[]>();
  for (const r of rows) {
    if (!r.wikiDataId || !/^Q\d+$/.test(r.wikiDataId)) continue;
    for (const n of new Set([normName(r.name), r.native ? normName(r.native) : ''])) {
      if (!n) continue;
      const k = `${r.country_code}|${n}`;
      byKey.set(k, [...(byKey.get(k) ?? []), r]);
    }
  }
  const out: [string, string, string][] = [];
  for (const t of towns) {
    const near = (byKey.get(`${t.country}|${normName(t.name)}`) ?? []).filter((r) => km(Number(t.lat), Number(t.lon), Number(r.latitude), Number(r.longitude)) <= MAX_KM);
    const qids = new Set(near.map((r) => r.wikiDataId!));
    const q = qids.size === 1 ? [...qids][0] : undefined;
    if (q && (labels.get(q) ?? []).some((l) => normName(l) === normName(t.name))) out.push([t.cityId, t.name, q]);
  }
  const uses = new Map<string, number>();
  for (const [, , q] of out) uses.set(q, (uses.get(q) ?? 0) + 1);
  return out.filter(([, , q]) => uses.get(q) === 1).sort(([a], [b]) => Number(a) - Number(b));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: npx tsx scripts/data/city-qid-table.ts DIR (the contributions/cities/*.json of dr5hn/countries-states-cities-database)');
  const rows: CityRow[] = [];
  const skipped: string[] = [];
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    try {
      rows.push(...(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as CityRow[]));
    } catch {
      skipped.push(f);
    }
  }
  const out = cityQidRows(readCities().filter(keptTown), rows, readWikilinkerLabels());
  const header = '# GeoNames id, name, Wikidata id. From dr5hn/countries-states-cities-database contributions/cities @ 7fda0af (ODbL 1.0), each id confirmed by a Wikilinker label; ids are Wikidata\'s (CC0). Made by scripts/data/city-qid-table.ts.';
  fs.writeFileSync(CITY_QIDS_FILE, [header, ...out.map((r) => r.join('\t'))].join('\n') + '\n');
  console.log(`${out.length} towns from ${rows.length} rows${skipped.length ? `; unreadable: ${skipped.join(' ')}` : ''}`);
}
