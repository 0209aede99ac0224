/**
 * npx tsx scripts/data/people-qid-table.ts [--pantheon2 person_2025_update.csv] [--legislators legislators-historical.yaml]
 *
 * Writes scripts/data/importers/people-qids.tsv: the Wikidata id of people the imported layers know
 * only by another id — Pantheon's 'pantheon:<enwiki page id>', former members of Congress'
 * 'bioguide:<id>' and curated 'bs:' slugs — so the importers (and curated records, through
 * data/imported/redirects.json) give them their QID. Not on a fresh machine: the table is committed,
 * this script renews it.
 *
 * A wrong id names someone else on a card and on a scorer's sheet, so a row needs two signals that agree:
 * - an exact id join, confirmed by the birth year: Pantheon 2.0's person CSV (wp_id = Pantheon 1.0's
 *   en_curid, wd_id) or congress-legislators' YAML (id.bioguide, id.wikidata), when given;
 * - or Peppercat's English Wikipedia title (the Pantheon name, Congress' wikipedia_id) or its name,
 *   confirmed by the birth date (the day where both give one, else the year).
 * A key whose signals name two ids, and an id two keys claim, are left out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { normName, readCsv, readJson, sharedPath } from './importers/util';

export const PEOPLE_QIDS_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'importers', 'people-qids.tsv');

/** Only the former members the Congress importer ships without a QID (us-congress.ts FORMER_BORN_SINCE). */
const CONGRESS_BORN_SINCE = '1900';

export interface PersonKey { key: string; name: string; born?: string; title?: string; names?: string[]; country?: string }
export interface PepperPerson { id: string; name: string; dob: string; dobp: string; enwiki: string; catalog_slug?: string }
export type Row = [key: string, name: string, qid: string, via: string];

const QID = /^Q\d+$/;

/** Does a birth date agree with Peppercat's (day precision 11, month 10, year 9)? */
export function sameBirth(born: string | undefined, dob: string, dobp: string): boolean {
  const year = (s: string) => /^-?\d+/.exec(s)?.[0];
  if (!born || !dob || year(born) === undefined || year(born) !== year(dob)) return false;
  // Month and day count where both give them: a year-only birth (Pantheon) agrees with a dated one.
  if (/^\d{4}-\d{2}/.test(born) && (dobp === '10' || dobp === '11') && born.slice(0, 7) !== dob.slice(0, 7)) return false;
  return !(/^\d{4}-\d{2}-\d{2}/.test(born) && dobp === '11' && born.slice(0, 10) !== dob.slice(0, 10));
}

export class PepperIndex {
  private byTitle = new Map<string, Set<string>>();
  private byName = new Map<string, Set<string>>();
  private births = new Map<string, Set<string>>();
  private countries = new Map<string, Set<string>>();
  /** `isoOfCatalog`: Peppercat catalog slug ('austria') → ISO code, for the country signal. */
  constructor(people: PepperPerson[], isoOfCatalog: ReadonlyMap<string, string> = new Map()) {
    const add = (m: Map<string, Set<string>>, k: string, v: string) => m.set(k, (m.get(k) ?? new Set()).add(v));
    for (const p of people) {
      if (!QID.test(p.id)) continue;
      if (p.enwiki) add(this.byTitle, p.enwiki, p.id);
      add(this.byName, normName(p.name), p.id);
      if (p.dob) add(this.births, p.id, `${p.dob}|${p.dobp}`);
      const iso = p.catalog_slug ? isoOfCatalog.get(p.catalog_slug) : undefined;
      if (iso) add(this.countries, p.id, iso);
    }
  }
  /** The one birth date Peppercat gives the id (rows of several catalogs may disagree: then none). */
  private birth(id: string): [string, string] | undefined {
    const b = this.births.get(id);
    return b?.size === 1 ? ([...b][0].split('|') as [string, string]) : undefined;
  }
  private agrees(id: string, born: string | undefined): boolean {
    const b = this.birth(id);
    return !!b && sameBirth(born, b[0], b[1]);
  }
  /** The one id whose English Wikipedia article is `title`, whatever its birth date. */
  titleId(title: string | undefined): string | undefined {
    const ids = title ? this.byTitle.get(title) : undefined;
    return ids?.size === 1 ? [...ids][0] : undefined;
  }
  /** The id whose English Wikipedia article is `title`, when its birth date agrees. */
  byWikiTitle(title: string | undefined, born: string | undefined): string | undefined {
    const id = this.titleId(title);
    return id && this.agrees(id, born) ? id : undefined;
  }
  /** The one id bearing one of the names, born that year, listed under the country: for a key whose
   *  birth day is unknown (a curated record giving the year), the country stands in for the day. */
  byNameYearAndCountry(names: string[], born: string | undefined, country: string | undefined): string | undefined {
    if (!born || !country || !/^-?\d{4}$/.test(born)) return undefined;
    const ids = new Set<string>();
    for (const n of names) for (const id of this.byName.get(normName(n)) ?? []) if (this.agrees(id, born) && this.countries.get(id)?.has(country)) ids.add(id);
    return ids.size === 1 ? [...ids][0] : undefined;
  }
  /** The one id bearing one of the names and the birth date (a year alone is too weak against namesakes here: day only). */
  byNameAndDay(names: string[], born: string | undefined): string | undefined {
    if (!born || !/^\d{4}-\d{2}-\d{2}$/.test(born)) return undefined;
    const ids = new Set<string>();
    for (const n of names) for (const id of this.byName.get(normName(n)) ?? []) {
      const b = this.birth(id);
      if (b && b[1] === '11' && b[0] === born) ids.add(id);
    }
    return ids.size === 1 ? [...ids][0] : undefined;
  }
}

/**
 * One row per key whose signals agree. `exact` holds the id joins (key → QID, already confirmed by the
 * birth year where the source gives one) with the source's name; `rejected` lists keys whose signals disagreed.
 */
export function peopleQidRows(keys: PersonKey[], pepper: PepperIndex, exact: ReadonlyMap<string, [qid: string, via: string]> = new Map(), rejected: string[] = []): Row[] {
  const out: Row[] = [];
  for (const k of keys) {
    const found: [string, string][] = [];
    const e = exact.get(k.key);
    if (e) found.push(e);
    const t = pepper.byWikiTitle(k.title, k.born);
    if (t) found.push([t, 'peppercat-title']);
    else if (pepper.titleId(k.title) && !e) rejected.push(`${k.key} ${k.name}: ${pepper.titleId(k.title)} (peppercat-title) born otherwise than ${k.born ?? '?'}`);
    const n = pepper.byNameAndDay(k.names ?? [k.name], k.born) ?? pepper.byNameYearAndCountry(k.names ?? [k.name], k.born, k.country);
    if (n) found.push([n, 'peppercat-name']);
    const ids = new Set(found.map(([q]) => q));
    if (ids.size > 1) { rejected.push(`${k.key} ${k.name}: ${found.map(([q, v]) => `${q} (${v})`).join(' ≠ ')}`); continue; }
    if (ids.size === 1) out.push([k.key, k.name, found[0][0], [...new Set(found.map(([, v]) => v))].join('+')]);
  }
  // An id two keys of one dataset claim is wrong for one of them: neither keeps it. (A Pantheon
  // senator and his bioguide id sharing one is the same man in two datasets: they merge.)
  const use = (k: string, q: string) => `${k.slice(0, k.indexOf(':'))}|${q}`;
  const uses = new Map<string, number>();
  for (const [k, , q] of out) uses.set(use(k, q), (uses.get(use(k, q)) ?? 0) + 1);
  for (const [k, n, q] of out) if (uses.get(use(k, q))! > 1) rejected.push(`${k} ${n}: ${q} claimed twice`);
  return out.filter(([k, , q]) => uses.get(use(k, q)) === 1).sort(([a], [b]) => (a < b ? -1 : 1));
}

/** Pantheon 1.0 people: key, name (its enwiki title), birth year. */
export function pantheonKeys(): PersonKey[] {
  return readCsv(sharedPath('pantheon-1.0', 'pantheon.tsv'), '\t')
    .filter((r) => r.en_curid && r.name && !/\?/.test(r.name))
    .map((r) => ({ key: `pantheon:${r.en_curid}`, name: r.name, title: r.name, born: /^-?\d+$/.test(r.birthyear) ? yearString(Number(r.birthyear)) : undefined }));
}

function yearString(y: number): string {
  return `${y < 0 ? '-' : ''}${String(Math.abs(y)).padStart(4, '0')}`;
}

/** Former members of Congress the importer ships under a bioguide id. */
export function congressKeys(): PersonKey[] {
  return readCsv(sharedPath('us-congress-legislators', 'legislators-historical.csv'))
    .filter((r) => r.bioguide_id && r.last_name && /^\d{4}-\d{2}-\d{2}$/.test(r.birthday) && r.birthday >= CONGRESS_BORN_SINCE)
    .map((r) => {
      const names = [
        [r.nickname || r.first_name, r.last_name, r.suffix], [r.first_name, r.last_name], [r.first_name, r.middle_name, r.last_name], [r.full_name],
      ].map((p) => p.filter(Boolean).join(' ')).filter(Boolean);
      return { key: `bioguide:${r.bioguide_id}`, name: names[0], names, born: r.birthday, title: r.wikipedia_id || undefined };
    });
}

/** Curated people without a QID (data/curated, 'bs:' ids): name, aliases, birth date and country. */
export function curatedKeys(dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'curated')): PersonKey[] {
  const out: PersonKey[] = [];
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    for (const r of (parse(fs.readFileSync(path.join(dir, f), 'utf8')) ?? []) as { id?: string; type?: string; name?: string; aliases?: string[]; country?: string; facts?: { kind: string; date?: string }[] }[]) {
      if (!r?.id?.startsWith('bs:') || r.type !== 'person' || !r.name) continue;
      out.push({ key: r.id, name: r.name, names: [r.name, ...(r.aliases ?? [])], born: r.facts?.find((x) => x.kind === 'born')?.date, country: r.country });
    }
  }
  return out;
}

/** Pantheon 2.0 (person_2020/2025_update.csv): wp_id (= Pantheon 1.0 en_curid) → wd_id, where the birth years agree. */
export function pantheon2Joins(file: string, keys: PersonKey[]): Map<string, string> {
  const born = new Map(keys.map((k) => [k.key, k.born]));
  const out = new Map<string, string>();
  for (const r of readCsv(file)) {
    const key = `pantheon:${r.wp_id || r.id}`;
    if (!QID.test(r.wd_id ?? '') || !born.has(key)) continue;
    const b = born.get(key);
    // Pantheon 2.0 writes BC years negative; 1.0 and 2.0 may differ by one on old lives (calendar, estimates).
    if (b && r.birthyear && Math.abs(Number(b) - Number(r.birthyear)) > 1) continue;
    out.set(key, r.wd_id);
  }
  return out;
}

/** congress-legislators' legislators-historical.yaml: bioguide → wikidata, where the birthdays agree. */
export function legislatorJoins(file: string, keys: PersonKey[]): Map<string, string> {
  const born = new Map(keys.map((k) => [k.key, k.born]));
  const out = new Map<string, string>();
  for (const p of parse(fs.readFileSync(file, 'utf8')) as { id: { bioguide?: string; wikidata?: string }; bio?: { birthday?: string } }[]) {
    const key = `bioguide:${p.id.bioguide}`;
    if (!QID.test(p.id.wikidata ?? '') || !born.has(key) || (p.bio?.birthday && p.bio.birthday !== born.get(key))) continue;
    out.set(key, p.id.wikidata!);
  }
  return out;
}

export function readPepper(): PepperIndex {
  // Catalog slugs are country names ('austria', 'united-states'): world-countries' names give the code.
  const iso = new Map<string, string>();
  for (const c of readJson<{ cca2: string; name: { common: string; official: string } }[]>(sharedPath('world-countries', 'countries.json'))) {
    for (const n of [c.name.common, c.name.official]) iso.set(normName(n).replace(/ /g, '-'), c.cca2);
  }
  return new PepperIndex(readCsv(sharedPath('peppercat-world-leaders', 'people.csv')) as unknown as PepperPerson[], iso);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const arg = (k: string) => { const i = process.argv.indexOf(k); return i >= 0 ? process.argv[i + 1] : undefined; };
  const keys = [...pantheonKeys(), ...congressKeys(), ...curatedKeys()];
  const exact = new Map<string, [string, string]>();
  // The shared copies' origins (../shared/data-sources/README.md, sections 1, 9 and 15).
  const used: string[] = [
    'Peppercat people.csv (peppercatorg/site-build @ 02ea8f21658ee8347b96c8fda84d4db1676059d5; CC BY-NC 4.0 compilation)',
    'Pantheon 1.0 pantheon.tsv (EdisonFu/history-graph-notes @ 6a58bbdc0812d8d394faa75f13d5e91bf92b829a; CC BY 4.0)',
    'unitedstates/congress-legislators legislators-historical.csv (gh-pages @ 61c9ce6a4b093e76e1244a53ada21d8d30981f42; CC0 1.0)',
    'data/curated',
  ];
  const p2 = arg('--pantheon2');
  if (p2) { for (const [k, q] of pantheon2Joins(p2, keys)) exact.set(k, [q, 'pantheon2']); used.push(`Pantheon 2.0 ${path.basename(p2)} (CC BY-SA 4.0)`); }
  const leg = arg('--legislators');
  if (leg) { for (const [k, q] of legislatorJoins(leg, keys)) exact.set(k, [q, 'us-congress']); used.push(`congress-legislators ${path.basename(leg)} (CC0)`); }
  const rejected: string[] = [];
  const rows = peopleQidRows(keys, readPepper(), exact, rejected);
  const head = `# Key (pantheon:<enwiki page id>, bioguide:<id>, bs:<slug>), name, Wikidata id, signals. From ${used.join('; ')}; ids are Wikidata's (CC0). Made by scripts/data/people-qid-table.ts.\n`;
  fs.writeFileSync(PEOPLE_QIDS_FILE, head + rows.map((r) => r.join('\t')).join('\n') + '\n');
  const by = (p: string) => rows.filter(([k]) => k.startsWith(p)).length;
  console.log(`${rows.length} people with a Wikidata id (pantheon ${by('pantheon:')}, bioguide ${by('bioguide:')}, curated ${by('bs:')}) → ${path.relative(process.cwd(), PEOPLE_QIDS_FILE)}`);
  console.log(`${rejected.length} left out, their signals disagreeing:`);
  for (const r of rejected) console.log(`  ${r}`);
}
