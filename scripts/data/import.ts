/**
 * npm run data:import — regenerate data/imported/<source>.jsonl from ../shared/data-sources.
 * One module per source under importers/ (swap one without touching the others); this file only
 * builds the shared lookups, links records across sources, and writes sorted, byte-stable files.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { EntityRecord } from '../../core/types';
import { COUNTRY_QID } from './importers/country-qids';
import { importCountriesList } from './importers/countries-list';
import { importFactbook } from './importers/factbook';
import { capitalCities, importGeonames, readCities } from './importers/geonames';
import { importPantheon } from './importers/pantheon';
import { readPeopleQids } from './importers/people-qids';
import { readConfirmedQids } from './importers/confirmed-qids';
import { importPartyfacts } from './importers/partyfacts';
import { importPeppercat, importPeppercatLegislators, readPeople } from './importers/peppercat';
import { phoenixAliases } from './importers/phoenix';
import { importSupraverden } from './importers/supraverden';
import { importUcdp } from './importers/ucdp';
import { type ImportContext, jsonl, nameSkeleton, normName, sharedPath } from './importers/util';
import { albumYears, importWikitrivia } from './importers/wikitrivia';
import { importNsi, type PlaceHint } from './importers/nsi';
import { clubKey, importOpenfootball } from './importers/openfootball';
import { importUsCongress } from './importers/us-congress';
import { importUsNewspapers } from './importers/us-newspapers';
import { importWorldCountries, readWorldCountries } from './importers/world-countries';
import { CURATED_DIR, IMPORTED_DIR, SOURCES_FILE, rel } from './lib/paths';
import { readLayers } from './lib/read-layers';
import type { Issue } from './lib/issues';
import { boostPopular, dedupeRelatives, dropCollidingPartyAcronyms, linkByName, linkPlaces, mergeSameId, resolveReferences, sanitize } from './importers/link';
import { readSources } from './lib/sources';
import { REDIRECTS_FILE } from './lib/redirects';
import { DEFAULTS as DUMP_DEFAULTS, importWikidataDump, readQrank } from './importers/wikidata-dump';
import { applyRedirects, placeQids, readCityQids, readRegionQids, tablePlaceIds, readWikilinkerCities, readWikilinkerLabels } from './importers/place-qids';

/** Highest prominence an imported person gets (see RESOLVE.knownBySurname in core/linking/resolve.ts). */
const IMPORTED_PERSON_MAX = 0.85;

function buildContext() {
  const wc = readWorldCountries();
  const countryName = new Map(wc.map((c) => [c.cca2, c.name.common]));
  const iso2Of = new Map(wc.map((c) => [c.cca3, c.cca2]));
  const countryByName = new Map<string, string>();
  for (const c of wc) {
    for (const n of [c.name.common, c.name.official, ...(c.altSpellings ?? [])]) {
      const k = n.toLowerCase();
      if (!countryByName.has(k)) countryByName.set(k, c.cca2);
    }
  }
  // Peppercat catalog names that differ from world-countries' names.
  const extra: Record<string, string> = {
    'caymans': 'KY', 'bosnia-herzegovina': 'BA', 'congo-kinshasa': 'CD', 'congo-brazzaville': 'CG', 'democratic republic of the congo': 'CD',
    'republic of the congo': 'CG', 'east timor': 'TL', 'ivory coast': 'CI', 'cote divoire': 'CI', 'vatican': 'VA', 'vatican city': 'VA', 'micronesia': 'FM',
    'turks and caicos': 'TC', 'saint helena': 'SH', 'macau': 'MO', 'the gambia': 'GM', 'gambia': 'GM', 'the bahamas': 'BS', 'bahamas': 'BS',
    'united states': 'US', 'united kingdom': 'GB', 'north korea': 'KP', 'south korea': 'KR', 'czech republic': 'CZ', 'eswatini': 'SZ',
    'palestine': 'PS', 'kosovo': 'XK', 'laos': 'LA', 'russia': 'RU', 'syria': 'SY', 'iran': 'IR', 'vietnam': 'VN', 'brunei': 'BN',
    'cape verde': 'CV', 'sao tome and principe': 'ST', 'são tomé and príncipe': 'ST', 'aland': 'AX', 'curacao': 'CW', 'sint maarten': 'SX',
  };
  for (const [k, v] of Object.entries(extra)) countryByName.set(k, v);
  const anyCountryName = new Set<string>(countryByName.keys());
  for (const c of wc) for (const t of Object.values(c.translations ?? {})) for (const n of [t.common, t.official]) anyCountryName.add(n.toLowerCase());
  const demonyms = new Set<string>();
  const demonymIso = new Map<string, string>();
  const demonymCount = new Map<string, number>();
  for (const c of wc) for (const d of new Set(Object.values(c.demonyms?.eng ?? {}).map((x) => x.toLowerCase()))) if (d) { demonyms.add(d); demonymCount.set(d, (demonymCount.get(d) ?? 0) + 1); demonymIso.set(d, c.cca2); }
  // A demonym several countries share ('American': US and its territories) names none, save the main ones.
  for (const [d, n] of demonymCount) if (n > 1) demonymIso.delete(d);
  for (const [k, v] of Object.entries({ american: 'US', americans: 'US', british: 'GB', english: 'GB', scottish: 'GB', welsh: 'GB', french: 'FR', dutch: 'NL', chinese: 'CN', danish: 'DK', norwegian: 'NO' })) demonymIso.set(k, v);
  const cities = readCities();
  const ctx: ImportContext & { countryByName: Map<string, string> } = {
    countryQid: COUNTRY_QID, countryName, iso2Of, capitalCity: capitalCities(cities), countryByName, anyCountryName, demonyms,
  };
  return { ctx, cities, demonymIso };
}

function readCurated(): EntityRecord[] {
  const issues: Issue[] = [];
  const located = readLayers({ curated: CURATED_DIR, imported: '/nonexistent' }, issues);
  return located
    .map((l) => l.raw as EntityRecord)
    .filter((r) => r && typeof r.id === 'string' && typeof r.name === 'string');
}

/** `--wikidata DUMP.json.gz [--qrank FILE] [--min-sitelinks N] [--min-qrank N]`: stream the dump into data/imported/wikidata.jsonl. */
async function wikidataDump(argv: string[], ctx: ImportContext): Promise<void> {
  const arg = (k: string) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : undefined; };
  const dump = arg('--wikidata');
  if (!dump) return;
  const t = Date.now();
  const qrankFile = arg('--qrank');
  const isoOfCountry = new Map([...ctx.countryQid].map(([iso, q]) => [q, iso]));
  const today = readSources(SOURCES_FILE).version.slice(0, 10);
  const n = await importWikidataDump(dump, path.join(IMPORTED_DIR, 'wikidata.jsonl'), {
    minSitelinks: Number(arg('--min-sitelinks') ?? DUMP_DEFAULTS.minSitelinks),
    minQrank: Number(arg('--min-qrank') ?? DUMP_DEFAULTS.minQrank),
    qrank: qrankFile ? await readQrank(qrankFile) : undefined,
    isoOfCountry, today, asOf: arg('--as-of'),
  }, console.log);
  console.log(`  ${'wikidata'.padEnd(16)} ${String(n).padStart(6)} records (${Date.now() - t} ms, streamed)`);
}

async function main() {
  const t0 = Date.now();
  if (!fs.existsSync(sharedPath())) throw new Error(`${sharedPath()} not found: the shared datasets must sit beside the repo`);
  const { ctx, cities, demonymIso } = buildContext();
  fs.mkdirSync(IMPORTED_DIR, { recursive: true });
  await wikidataDump(process.argv.slice(2), ctx);
  const bySource = new Map<string, EntityRecord[]>();
  const run = (key: string, f: () => EntityRecord[]) => {
    const t = Date.now();
    bySource.set(key, f());
    console.log(`  ${key.padEnd(16)} ${String(bySource.get(key)!.length).padStart(6)} records (${Date.now() - t} ms)`);
  };
  const curated = readCurated();
  run('world-countries', () => importWorldCountries(ctx));
  run('countries-list', () => importCountriesList(ctx));
  run('factbook', () => importFactbook(ctx));
  run('geonames', () => importGeonames(ctx, cities));
  run('supraverden', () => importSupraverden(ctx));
  run('partyfacts', () => importPartyfacts(ctx));
  run('ucdp', () => importUcdp(ctx));
  run('peppercat', () => {
    const holders = importPeppercat(ctx);
    return [...holders, ...importPeppercatLegislators(ctx, new Set(holders.map((r) => r.id)))];
  });
  run('wikitrivia', () => importWikitrivia(ctx, demonymIso));
  let placeHints: PlaceHint[] = [];
  const placeNames = new Set(cities.map((c) => `${c.country}|${normName(c.name)}`));
  for (const r of bySource.get('geonames')!) placeNames.add(`${r.country}|${normName(r.name)}`);
  // The committed place tables, read once: their ids are the places' (NSI, newspapers) and become them (below).
  const regionQids = readRegionQids();
  const cityQids = readCityQids();
  const placeIds = tablePlaceIds(regionQids, cityQids);
  run('nsi', () => { const r = importNsi(ctx, placeNames, undefined, placeIds); placeHints = r.placeHints; return r.records; });
  run('us-newspapers', () => importUsNewspapers(ctx, readWikilinkerLabels(), placeIds));
  // Wikidata has duplicate items for some companies ('Airbus' Q67 and Q2311): an NSI record named like
  // a curated or Wikitrivia organisation (which Wikipedias know better) is left out.
  const famousOrg = new Set([...curated, ...bySource.get('wikitrivia')!].filter((r) => r.type === 'organization').map((r) => normName(r.name)));
  const famousIds = new Set([...curated, ...bySource.get('wikitrivia')!].map((r) => r.id));
  bySource.set('nsi', bySource.get('nsi')!.filter((r) => famousIds.has(r.id) || !famousOrg.has(normName(r.name))));
  // A club takes the QID of the one Wikitrivia team bearing one of its names.
  const teamQids = new Map<string, Set<string>>();
  for (const r of bySource.get('wikitrivia')!) {
    if (r.subtype !== 'sports-team') continue;
    // Full names only ('Tottenham Hotspur'), not nicknames ('Spurs' is also San Antonio's).
    for (const n of [r.name, ...(r.aliases ?? []).filter((a) => /\s/.test(a))]) teamQids.set(clubKey(n), (teamQids.get(clubKey(n)) ?? new Set()).add(r.id));
  }
  run('openfootball', () => importOpenfootball(ctx, new Map([...teamQids].filter(([, s]) => s.size === 1).map(([k, s]) => [k, [...s][0]]))));

  const qidByNameYear = new Map<string, string>();
  // Every Peppercat politician (125k, shipped or not) confirms a QID by name and birth year.
  const pepperPeople = readPeople().filter((p) => /^Q\d+$/.test(p.id) && /^\d{4}/.test(p.dob)).map((p) => ({ id: p.id, name: p.name, country: undefined, born: p.dob }));
  const byNameYear = [...pepperPeople, ...[...curated, ...bySource.get('peppercat')!, ...bySource.get('wikitrivia')!].filter((r) => r.type === 'person')
    .map((r) => ({ id: r.id, name: r.name, aliases: r.aliases, country: r.country, born: r.facts?.find((f) => f.kind === 'born')?.date }))];
  for (const r of byNameYear) {
    const born = r.born;
    if (!born) continue;
    const year = born.slice(0, born.startsWith('-') ? 5 : 4);
    for (const n of [r.name, ...(('aliases' in r && r.aliases) || [])]) {
      qidByNameYear.set(`${normName(n)}|${year}`, r.id);
      qidByNameYear.set(`~${nameSkeleton(n)}|${year}|${r.country ?? ''}`, r.id);
    }
  }
  // Famous people whose birth year a source does not give: a name only one of them bears.
  const qidsByName = new Map<string, Set<string>>();
  for (const r of [...curated, ...bySource.get('wikitrivia')!]) {
    if (r.type !== 'person') continue;
    const k = normName(r.name);
    qidsByName.set(k, (qidsByName.get(k) ?? new Set()).add(r.id));
  }
  const qidByName = new Map([...qidsByName].filter(([, s]) => s.size === 1).map(([k, s]) => [k, [...s][0]]));
  const peopleQids = readPeopleQids();
  run('pantheon', () => importPantheon(ctx, qidByNameYear, qidByName, peopleQids, albumYears()));
  run('us-congress', () => importUsCongress(ctx, qidByNameYear, readSources(SOURCES_FILE).version.slice(0, 10), peopleQids));

  // GeoNames places gain their QID where two sources agree; the old ids become redirects.
  const taken = new Set([...bySource].filter(([k]) => k !== 'geonames').flatMap(([, rs]) => rs.map((r) => r.id)));
  // A curated place with the QID is the same place: the GeoNames record takes its id and they merge.
  for (const r of curated) if (r.type !== 'place') taken.add(r.id);
  const nameCount = new Map<string, number>();
  for (const c of cities) nameCount.set(normName(c.name), (nameCount.get(normName(c.name)) ?? 0) + 1);
  const via = new Map<string, string[]>();
  const redirects = placeQids(bySource.get('geonames')!, placeHints, readWikilinkerCities(), nameCount, taken, via, curated, regionQids, cityQids);
  for (const r of bySource.get('geonames')!) for (const s of redirects.has(r.id) ? via.get(r.id) ?? [] : []) r.sources = [...r.sources, { source: s }];
  const placeRedirects = redirects.size;
  // People the table gave their QID: the ids they had before ('pantheon:…', 'bioguide:…', curated 'bs:…',
  // still named by gold, judged marks and curated facts) lead to it.
  for (const [key, { qid }] of peopleQids) if (!redirects.has(key)) redirects.set(key, qid);
  const peopleRedirects = redirects.size - placeRedirects;
  // Curated records, Pantheon people and GeoNames towns whose QID was confirmed by hand (confirmed-qids.tsv,
  // two signals): after the place and people tables, never overriding them.
  const confirmedCurated = new Set<string>();
  for (const [key, { qid }] of readConfirmedQids()) {
    if (redirects.has(key)) continue;
    redirects.set(key, qid);
    if (key.startsWith('bs:')) confirmedCurated.add(qid);
  }
  for (const [key, recs] of bySource) bySource.set(key, applyRedirects(recs, redirects));
  curated.splice(0, curated.length, ...applyRedirects(curated, redirects));
  console.log(`  ${'place QIDs'.padEnd(16)} ${String(placeRedirects).padStart(6)} GeoNames places (NSI operators, Wikilinker cities, region and town tables)`);
  console.log(`  ${'people QIDs'.padEnd(16)} ${String(peopleRedirects).padStart(6)} Pantheon, Congress and curated people (people-qids.tsv)`);
  console.log(`  ${'confirmed QIDs'.padEnd(16)} ${String(redirects.size - placeRedirects - peopleRedirects).padStart(6)} curated, Pantheon and GeoNames entities (confirmed-qids.tsv)`);

  // A curated entity without a QID ('bs:al-arabiya') is the one readers mean: an imported namesake of
  // the same type would only split its mentions (the maintainer can move the curated record to the QID).
  // A curated record that only now has its QID (confirmed-qids.tsv) keeps that precedence: its marks stay as they were.
  const curatedNoQid = new Set(curated.filter((r) => !/^Q\d+$/.test(r.id) || confirmedCurated.has(r.id)).map((r) => `${r.type}|${normName(r.name)}`));
  for (const [key, recs] of bySource) bySource.set(key, recs.filter((r) => !/^Q\d+$/.test(r.id) || !curatedNoQid.has(`${r.type}|${normName(r.name)}`)));

  // Link records without a QID to the QID record of the same organisation (UCDP 'Taleban' → curated Taliban).
  const all = () => [...curated, ...[...bySource.values()].flat()];
  const curatedIds = new Set(curated.map((r) => r.id));
  for (const key of ['ucdp', 'supraverden', 'partyfacts']) bySource.set(key, linkByName(bySource.get(key)!, all(), curatedIds));
  bySource.set('phoenix', phoenixAliases(all()));
  console.log(`  ${'phoenix'.padEnd(16)} ${String(bySource.get('phoenix')!.length).padStart(6)} records (aliases for known groups)`);

  for (const key of ['supraverden', 'pantheon']) bySource.set(key, linkPlaces(bySource.get(key)!, bySource.get('geonames')!, ctx.countryByName));
  boostPopular([...bySource.values()].flat(), sharedPath('wikipedia-popular-titles', 'titles.txt'));
  // Known by surname alone ("Putin", "Merkel") is for people prominence 0.9 and up, and only a
  // maintainer decides who they are (curated records): imported people stay below it, or every
  // Pantheon musician would claim a bare "White", "May" or "Grisham".
  for (const r of [...bySource.values()].flat()) if (r.type === 'person' && r.prominence !== undefined) r.prominence = Math.min(r.prominence, IMPORTED_PERSON_MAX);
  for (const [key, recs] of bySource) bySource.set(key, sanitize(recs, readSources(SOURCES_FILE).version.slice(0, 10)));
  // A country's name in any language is never an alias of a person or an organisation ('Estados Unidos').
  for (const recs of bySource.values()) {
    for (const r of recs) if (r.type !== 'place' && r.aliases) r.aliases = r.aliases.filter((a) => !ctx.anyCountryName.has(a.toLowerCase()));
  }
  for (const [key, recs] of bySource) bySource.set(key, dropCollidingPartyAcronyms(recs, all()));
  // A surname several people in the base bear ('Williams', 'Clark') is no organisation's alias.
  const surnames = new Map<string, number>();
  for (const r of all()) if (r.type === 'person') { const w = r.name.split(/\s+/); if (w.length > 1) surnames.set(w[w.length - 1], (surnames.get(w[w.length - 1]) ?? 0) + 1); }
  for (const key of ['nsi', 'wikitrivia', 'openfootball', 'us-newspapers']) {
    // Team nicknames ('Wild', 'Sabres') stay: the resolver takes a team only in sports context.
    for (const r of bySource.get(key)!) if (r.aliases && r.subtype !== 'sports-team') r.aliases = r.aliases.filter((a) => /\s/.test(a) || (surnames.get(a) ?? 0) < 3);
  }
  // Leader facts can name a person whose record sanitize() emptied; ids are checked after it.
  const known = new Set(all().map((r) => r.id));
  for (const [key, recs] of bySource) bySource.set(key, mergeSameId(resolveReferences(recs, known)));
  const nameById = new Map(all().map((r) => [r.id, r.name]));
  for (const [key, recs] of bySource) bySource.set(key, dedupeRelatives(recs, curated, (id) => nameById.get(id)));

  fs.mkdirSync(IMPORTED_DIR, { recursive: true });
  fs.writeFileSync(path.join(IMPORTED_DIR, REDIRECTS_FILE), JSON.stringify(Object.fromEntries(redirects), null, 0).replace(/,"/g, ',\n"') + '\n');
  // wikidata.jsonl comes from a dump only a maintainer has (--wikidata): kept across plain imports.
  for (const f of fs.readdirSync(IMPORTED_DIR)) if (f.endsWith('.jsonl') && f !== 'wikidata.jsonl' && !bySource.has(f.slice(0, -6))) fs.rmSync(path.join(IMPORTED_DIR, f));
  let total = 0;
  for (const [key, recs] of [...bySource].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const file = path.join(IMPORTED_DIR, `${key}.jsonl`);
    const text = jsonl(recs);
    fs.writeFileSync(file, text);
    total += recs.length;
    console.log(`  wrote ${rel(file)} ${recs.length} records, ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MB`);
  }
  console.log(`data:import: ${total} records in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
