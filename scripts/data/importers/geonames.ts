/**
 * GeoNames (CC BY 4.0): first-level regions and cities. Cities are kept when they have at least
 * MIN_POPULATION people, or are a capital or a regional seat (so small capitals like Bazarak stay).
 */
import { kindSince, regionCreated, regionFounded } from './region-reforms';
import { capitalSince } from './capital-moves';
import { divisionKinds } from './factbook';
import { cardKind, kindOf, sameLevel, TOWN_KINDS } from './factbook-divisions';
import type { EntityRecord, Fact } from '../../../core/types';
import { type ImportContext, logScale, readCsv, readJson, sharedPath, src, withArticle, normName } from './util';

/** Size knob: cities below this are kept only when they are a capital or a regional seat. */
export const MIN_POPULATION = 100_000;

export interface GeoCity { cityId: string; name: string; altName: string; country: string; featureCode: string; adminCode: string; population: string; lat: string; lon: string }

/** A town the import keeps: a big one, a capital or a regional seat. */
export function keptTown(c: GeoCity): boolean {
  return (Number(c.population) || 0) >= MIN_POPULATION || c.featureCode === 'PPLC' || c.featureCode === 'PPLA';
}

/** First-level divisions that are nations in their own right (the UK's four countries). */
const NATIONS = new Set(['GB.ENG', 'GB.SCT', 'GB.WLS', 'GB.NIR']);

/** A region's name made only of compass and landform words ("North", "South-West", "Central", "Coast"):
 * news uses these words for other things ("a surfer from the Northeast"), so such a region ranks below
 * every other: only the words around it ("the North region of Cameroon") can choose it. */
const GENERIC_REGION = /^(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|central|centre|center|northern|southern|eastern|western|upper|lower|middle|greater|capital|coast|coastal|islands?|lakes?|highlands?|lowlands?|plateau|valley|mountains?|region|province|district)(?:[- ]+|$))+$/i;

/** Lowest prominence a region named by proper words gets; most regions stay at the floor. */
const REGION_FLOOR = 0.3;
/** ...and a region named by compass and landform words, below every other. */
const GENERIC_REGION_PROMINENCE = 0.1;

/** GeoNames feature codes whose population is not a town's own: sections of a city (PPLX),
 *  historical (PPLH, PPLQ) and abandoned or destroyed places (PPLQ, PPLW). */
export const NOT_A_TOWN = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW']);

/**
 * A region's prominence from the people living in its towns (the sum over GeoNames cities1000, so a
 * rough count of the settled population): Ontario, Bavaria or Sindh (10-30 million) rank near a large
 * city, so "Ontario" is the province, not Ontario, California; a parish of Andorra stays at the floor.
 */
export function regionProminence(name: string, population: number): number {
  if (GENERIC_REGION.test(name)) return GENERIC_REGION_PROMINENCE;
  return Math.max(REGION_FLOOR, 0.15 + 0.6 * logScale(population, 1e5, 1e8));
}

export function readCities(): GeoCity[] {
  return readCsv(sharedPath('geonames-cities', 'cities1000.tsv'), '\t') as unknown as GeoCity[];
}

/** ISO2 → geonames id of the national capital (PPLC; the most populous when several). */
export function capitalCities(cities: GeoCity[]): Map<string, string> {
  const best = new Map<string, GeoCity>();
  for (const c of cities) {
    if (c.featureCode !== 'PPLC') continue;
    const prev = best.get(c.country);
    if (!prev || Number(c.population) > Number(prev.population)) best.set(c.country, c);
  }
  return new Map([...best].map(([iso, c]) => [iso, `geonames:${c.cityId}`]));
}

/**
 * Seats of regions (admin1 code → city), named on the region's card: its most populous PPLA, or the
 * national capital when the region holds it and no PPLA. Where it holds both, GeoNames does not say
 * which is the seat (Toronto for Ontario, not Ottawa; Rabat for its region, not Kenitra): none is
 * named, unless the national capital dwarfs the other (GeoNames files a village as England's PPLA;
 * London is England's seat).
 */
export function regionSeats(cities: GeoCity[]): Map<string, GeoCity> {
  const regional = new Map<string, GeoCity>();
  const national = new Map<string, GeoCity>();
  for (const c of cities) {
    const of = c.featureCode === 'PPLA' ? regional : c.featureCode === 'PPLC' ? national : undefined;
    if (!of) continue;
    const code = `${c.country}.${c.adminCode}`;
    const prev = of.get(code);
    if (!prev || Number(c.population) > Number(prev.population)) of.set(code, c);
  }
  const seat = new Map<string, GeoCity>(regional);
  for (const [code, c] of national) {
    const r = regional.get(code);
    if (!r || Number(c.population) >= 100 * Number(r.population)) seat.set(code, c);
    else seat.delete(code);
  }
  return seat;
}

/** A region's name without its kind word or a parenthesis: 'Can Tho City' and 'Ho Chi Minh City (HCMC)' as their towns are named. */
function regionCore(name: string): string {
  return normName(name.replace(/\(.*?\)/g, '')).replace(/\b(city|province|department|governorate|region|municipality|district|capital|prefecture|state|oblast|county)\b/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * Countries whose towns' region codes are not the region list's: among regional seats and capitals
 * named like a region of their country (Hanoi and the region Hanoi), most carry another region's
 * code. Then every town's region there is wrong, not one.
 */
export function staleAdminCountries(cities: Pick<GeoCity, 'name' | 'country' | 'featureCode' | 'adminCode'>[], admin1: { code: string; name: string }[]): Set<string> {
  const codes = new Map<string, Set<string>>();
  for (const a of admin1) {
    const key = `${a.code.slice(0, 2)}|${regionCore(a.name)}`;
    if (!codes.has(key)) codes.set(key, new Set());
    codes.get(key)!.add(a.code.slice(3));
  }
  const agree = new Map<string, number>();
  const clash = new Map<string, number>();
  for (const c of cities) {
    if (c.featureCode !== 'PPLA' && c.featureCode !== 'PPLC') continue;
    const core = regionCore(c.name);
    const own = core ? codes.get(`${c.country}|${core}`) : undefined;
    if (!own) continue;
    const tally = own.has(c.adminCode) ? agree : clash;
    tally.set(c.country, (tally.get(c.country) ?? 0) + 1);
  }
  return new Set([...clash].filter(([cc, n]) => n >= 2 && n > (agree.get(cc) ?? 0)).map(([cc]) => cc));
}

export function regionId(code: string): string {
  return `geonames-admin1:${code}`;
}

export function importGeonames(ctx: ImportContext, cities: GeoCity[]): EntityRecord[] {
  const source = src('geonames');
  const admin1 = readJson<{ code: string; name: string }[]>(sharedPath('geonames-cities', 'admin1.json'));
  // A country whose towns carry codes of another vintage than the region list (Vietnam's 2025
  // provinces against older town codes put Hanoi "in Quang Tri") gets no region for its towns.
  const stale = staleAdminCountries(cities, admin1);
  const regionName = new Map(admin1.filter((a) => !stale.has(a.code.slice(0, 2))).map((a) => [a.code, a.name]));
  const out: EntityRecord[] = [];
  const seat = regionSeats(cities);
  // Each country's division kinds, where the Factbook lists the level GeoNames has (factbook-divisions.ts).
  const byCountry = new Map<string, string[]>();
  for (const a of admin1) {
    const iso = a.code.slice(0, 2);
    if (!byCountry.has(iso)) byCountry.set(iso, []);
    byCountry.get(iso)!.push(a.name);
  }
  const usable = new Map([...divisionKinds()].filter(([iso, kinds]) => sameLevel(kinds, byCountry.get(iso) ?? [])));
  const kindIn = (iso: string, name: string) => cardKind(kindOf(usable.get(iso), name));
  // People in a region's towns; a section of a city (PPLX) or a historical or abandoned place repeats
  // or no longer has its people.
  const settled = new Map<string, number>();
  for (const c of cities) {
    if (NOT_A_TOWN.has(c.featureCode)) continue;
    settled.set(`${c.country}.${c.adminCode}`, (settled.get(`${c.country}.${c.adminCode}`) ?? 0) + (Number(c.population) || 0));
  }
  const keptCity = new Set<string>();
  // Kept cities' places in `out`: a region spelled like its seat gives the seat that spelling (below).
  const cityRecord = new Map<string, number>();
  for (const c of cities) {
    const pop = Number(c.population) || 0;
    const capital = c.featureCode === 'PPLC';
    const regionalSeat = c.featureCode === 'PPLA';
    if (!keptTown(c)) continue;
    const countryQid = ctx.countryQid.get(c.country);
    if (!countryQid) continue;
    const id = `geonames:${c.cityId}`;
    keptCity.add(id);
    const rCode = `${c.country}.${c.adminCode}`;
    const region = regionName.get(rCode);
    const countryName = withArticle(ctx.countryName.get(c.country) ?? c.country);
    // After a comma, as in an address, a country takes no article: "City in Texas, United States".
    const bareCountry = ctx.countryName.get(c.country) ?? c.country;
    const facts: Fact[] = [];
    // A division a reform made (Auvergne-Rhône-Alpes, 2016) holds the city only from then on.
    const created = regionCreated(rCode);
    const sameName = !!region && normName(region) === normName(c.name);
    // A region spelled like the town, accents aside (Asunción "in Asuncion"), says nothing more.
    if (region && !sameName) facts.push({ kind: 'located-in', other: regionId(rCode), ...(created ? { start: created } : {}), source });
    facts.push({ kind: 'located-in', other: countryQid, source });
    if (pop) facts.push({ kind: 'population', value: pop, date: '2024', source: src('geonames', { asOf: '2024-12-07' }) });
    // A first-order division's seat is its capital ("capital of Indiana"); a division spelled like
    // the city says what it is ("capital of the canton of Zurich").
    // A division that is the town itself (a city, a municipality) has no capital to name.
    const kind = region ? kindIn(c.country, region) : undefined;
    const description = capital
      ? `Capital of ${countryName}`
      : regionalSeat && region && seat.get(rCode) === c && !(sameName && kind && TOWN_KINDS.test(kind))
        ? `City in ${countryName}, capital of ${sameName && kind ? `the ${kind} of ${region}` : region}`
        : region && region !== c.name
          ? `City in ${region}, ${bareCountry}`
          : `City in ${countryName}`;
    cityRecord.set(id, out.length);
    const namesRegion = !!region && description.includes(region);
    // "capital of the municipality of Chongqing" holds from the day it became one (kindSince).
    const since = namesRegion && kind && description.includes(`the ${kind} of`) ? kindSince(rCode) : created;
    out.push({
      id, type: 'place', subtype: 'city', name: c.name,
      // altName is nearly always empty and otherwise often a bare code ('GB'): only real names are kept.
      aliases: [
        ...(c.altName ? c.altName.split(',').filter((a) => a !== c.name && !/^[A-Z]{2,3}$/.test(a)) : []),
        // 'Washington, D.C.' is also written 'Washington' and 'Washington DC'.
        ...(c.name.includes(', ') ? [c.name.split(', ')[0], c.name.replace(/,/g, '').replace(/\./g, '')] : []),
        // 'Saint Petersburg' is written 'St. Petersburg' (and 'St. Paul' 'Saint Paul'): the other form too.
        ...saintVariants(c.name),
      ],
      description,
      ...(since && namesRegion ? { descriptionSpan: { start: since } } : capital && capitalSince(c.country) ? { descriptionSpan: { start: capitalSince(c.country)! } } : {}),
      prominence: Math.min(1, 0.15 + 0.65 * logScale(pop, 1e4, 1e7) + (capital ? 0.2 : 0)),
      country: c.country, facts, sources: [source],
    });
  }
  for (const { code, name } of admin1) {
    const iso = code.slice(0, 2);
    const countryQid = ctx.countryQid.get(iso);
    if (!countryQid) continue;
    const countryName = withArticle(ctx.countryName.get(iso) ?? iso);
    const facts: Fact[] = [{ kind: 'located-in', other: countryQid, source }];
    const founded = regionFounded(code);
    if (founded) facts.push({ kind: 'founded', date: founded, source });
    const s = seat.get(code);
    if (s && keptCity.has(`geonames:${s.cityId}`)) {
      facts.push({ kind: 'capital', other: `geonames:${s.cityId}`, source });
      // "Basra", "Odesa", "Hama": the region carries the spelling the news gives its seat city, which
      // GeoNames spells one letter apart ("Basrah", "Odessa", "Ḩamāh"); without it the name found only
      // the region.
      const city = out[cityRecord.get(`geonames:${s.cityId}`)!];
      if (city && oneLetterApart(normName(name), normName(city.name)) && !(city.aliases ?? []).includes(name)) city.aliases = [...(city.aliases ?? []), name];
    }
    // England, Scotland, Wales and Northern Ireland are countries to their readers: they rank like countries.
    const nation = NATIONS.has(code);
    const kind = kindIn(iso, name);
    out.push({
      id: regionId(code), type: 'place', subtype: nation ? 'country' : 'region', name,
      description: nation ? `Country of ${countryName}` : `${capitalized(kind ?? 'region')} of ${countryName}`,
      // The kind word is the Factbook's ("State of Germany"): it is credited with GeoNames.
      prominence: nation ? 0.75 : Math.round(1000 * regionProminence(name, settled.get(code) ?? 0)) / 1000, country: iso, facts,
      sources: [source, ...(kind && !nation ? [src('factbook')] : [])],
      // Today's kind word, from the day the division became that kind (Jammu and Kashmir: a union territory since 2019).
      ...(kind && !nation && kindSince(code) ? { descriptionSpan: { start: kindSince(code)! } } : {}),
    });
  }
  return out;
}

function capitalized(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Two names one letter apart (one added, dropped or changed), not equal. */
export function oneLetterApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return Math.max(a.length, b.length) - i - j <= 1;
}

/** "Saint Petersburg" ↔ "St. Petersburg": the other way the news writes a saint's town. */
export function saintVariants(name: string): string[] {
  const m = /^(?:Saint|St\.?) (.+)$/.exec(name);
  if (!m) return [];
  return [`Saint ${m[1]}`, `St. ${m[1]}`].filter((v) => v !== name);
}
