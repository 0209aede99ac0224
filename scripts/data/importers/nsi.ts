/**
 * name-suggestion-index (BSD-3-Clause; labels from CC0 Wikidata): brands, chains, banks, utilities,
 * transit operators and government bodies that appear on maps, each with its QID. The subtype comes
 * from the OSM tags NSI files it under; prominence from how many NSI items name it. `matchNames` are
 * mappers' spellings (Deutsche Telekom's include "post"): never used. Flags are skipped, and operators
 * that are towns or regions ('Stadt Bonn') are not organisations: they come back as place hints
 * (a QID for a GeoNames place of that name in that country).
 */
import fs from 'node:fs';
import type { EntityRecord, Fact } from '../../../core/types';
import { isAcronym } from '../lib/aliases';
import { isCommonWord } from '../lib/words';
import { type ImportContext, isLatin, letterCount, normName, orgNameVariants, sharedPath, src, withArticle } from './util';

interface NsiRow {
  qid: string; label?: string; names?: string[]; roles?: string[]; trees?: string[]; osm?: string[];
  operatorType?: string[] | string; locations?: string[]; nsiItems?: number; dissolved?: string; successor?: string;
}

export interface PlaceHint { qid: string; name: string; iso: string }

/** OSM tag → [subtype, noun for the description]; the first tag of a record that is listed wins. */
const TAGS: [RegExp, string, string][] = [
  [/^office=political_party/, 'party', 'Political party'],
  [/^amenity=(university|college)/, 'university', 'University'],
  [/^amenity=(bank|atm|bureau_de_change)|^office=financial/, 'bank', 'Bank'],
  [/^office=insurance/, 'company', 'Insurance company'],
  [/^office=government|^amenity=(police|fire_station|courthouse|townhall|prison)|^office=(diplomatic|tax_advisor)/, 'government-agency', 'Government body'],
  [/^amenity=(post_office|post_box|post_depot|parcel_locker)/, 'company', 'Postal service'],
  [/^(route|public_transport|railway|highway)=/, 'transit-operator', 'Public transport operator'],
  [/^(power|pipeline|man_made=(pipeline|wastewater_plant|water_works|street_cabinet)|utility)=?/, 'utility', 'Utility'],
  [/^amenity=(hospital|clinic|doctors|dentist|pharmacy|social_facility)|^healthcare=/, 'healthcare', 'Healthcare provider'],
  [/^amenity=(school|kindergarten)/, 'education', 'School operator'],
  [/^amenity=(fast_food|restaurant|cafe|ice_cream|pub|bar)/, 'company', 'Restaurant chain'],
  [/^amenity=fuel|^amenity=charging_station/, 'company', 'Fuel and energy company'],
  [/^shop=supermarket/, 'company', 'Supermarket chain'],
  [/^shop=(convenience|department_store|variety_store|general|wholesale)/, 'company', 'Retail chain'],
  [/^shop=(mobile_phone|telecommunication)|^telecom=|^office=telecommunication/, 'company', 'Telecommunications company'],
  [/^tourism=(hotel|motel|hostel)/, 'company', 'Hotel chain'],
  [/^shop=/, 'company', 'Retail chain'],
  [/^office=(newspaper|media)|^amenity=studio/, 'news-outlet', 'Media company'],
  [/^office=/, 'company', 'Company'],
];

/** A town or district council as operator: it is the place itself, not an organisation to mark. */
const PLACE_WORD = /^(Stadt|Landeshauptstadt|Bundesstadt|Hansestadt|Gemeinde|Markt|Landkreis|Kreis|City of|Town of|County of|Borough of|Village of|Municipality of|Gmina|Miasto|Ville de|Comune di|Ayuntamiento de|Concello de|Municipio de|Prefeitura|Freistaat|Canton of|Province of|District of)\b|(kreis|gemeinde)$/i;

/** Generic labels that name no one ('District III', 'Post Office'). */
const GENERIC = /\b([IVX]+|\d+)\s+(District|Region|Zone|Sector)$|^(District|Region|Zone|Sector|Area|Ward|Post Office|Police|Fire Department|School|Library|Bank|Hospital)\b|^(National|Federal|State|Supreme|Constitutional|Regional|Legislative) (Assembly|Parliament|Court|Council|Government|Senate)$/;

function nsiProminence(items: number, roles: string[]): number {
  const base = 0.25 + 0.08 * Math.log2(Math.max(1, items));
  return Math.min(0.6, base + (roles.includes('brand') ? 0.05 : 0));
}

function countriesOf(locations: string[] | undefined): string[] {
  const out = new Set<string>();
  for (const l of locations ?? []) {
    const m = /^([a-z]{2})(?:-|\.|$)/.exec(l);
    if (m && !/^\d/.test(l)) out.add(m[1].toUpperCase());
  }
  return [...out].sort();
}

/**
 * The end of a body NSI marks as dissolved. Wikidata gives a year as its 1 January ('2024-01-01' for
 * General Electric, whose old form ended in 2024), so a 1 January date is said as its year only.
 * A successor makes it a succession, not a closing: the fact names the successor (its label when
 * NSI has one) and the card says so.
 */
export function dissolvedFact(r: Pick<NsiRow, 'dissolved' | 'successor'>, labelOf: (qid: string) => string | undefined): Fact | undefined {
  if (!r.dissolved || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(r.dissolved)) return undefined;
  const date = r.dissolved.replace(/-01-01$/, '');
  const successor = r.successor && /^Q\d+$/.test(r.successor) ? r.successor : undefined;
  const name = successor && labelOf(successor);
  return {
    kind: 'dissolved', date,
    // (The successor's own id is often not in the KB, so it is kept by name only.)
    ...(successor ? { relation: 'successor', ...(name ? { otherName: name } : {}) } : {}),
    source: src('nsi', { asOf: '2026-09-18' }),
  };
}

export function readNsi(): NsiRow[] {
  return fs.readFileSync(sharedPath('name-suggestion-index', 'nsi-entities.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as NsiRow);
}

/** `placeNames`: 'ISO2|normalized name' of populated places and regions (GeoNames), to tell towns acting as operators. */
export function importNsi(ctx: ImportContext, placeNames: ReadonlySet<string>, rows: NsiRow[] = readNsi(), placeIds: ReadonlySet<string> = new Set()): { records: EntityRecord[]; placeHints: PlaceHint[] } {
  const labels = new Map(rows.filter((r) => r.label).map((r) => [r.qid, r.label!.trim()]));
  const labelOf = (qid: string) => labels.get(qid);
  const records: EntityRecord[] = [];
  const placeHints: PlaceHint[] = [];
  for (const r of rows) {
    const name = r.label?.trim();
    if (!/^Q\d+$/.test(r.qid) || !name || letterCount(name) < 2 || !/\p{Lu}|\p{Lo}/u.test(name) || GENERIC.test(name)) continue;
    const trees = r.trees ?? [];
    if (trees.length === 1 && trees[0] === 'flags') continue;
    const roles = r.roles ?? [];
    const isos = countriesOf(r.locations);
    const types = Array.isArray(r.operatorType) ? r.operatorType : r.operatorType ? [r.operatorType] : [];
    const items = r.nsiItems ?? 1;
    // A drink sold from vending machines is a product, not the company ('Coca-Cola' Q2813); "I'm" is a phrase.
    if ((r.osm ?? []).every((t) => /^amenity=vending_machine/.test(t)) || /^\p{L}+['’](m|re|ll|ve|d|s)$/iu.test(name) && letterCount(name) <= 4) continue;
    // Few map features and a name that is a word or a short acronym ('Prime', 'GET'): nothing to mark.
    if (items < 4 && ((!/\s/.test(name) && isCommonWord(name.replace(/’/g, "'"))) || (isAcronym(name) && name.length <= 3))) continue;
    // Other names: not ordinary words ('Total', 'Sierra'), not short acronyms of minor brands.
    // A spelling that differs only by accents ('Über' for Uber) is a German word, not a name.
    const others = (r.names ?? []).filter((n) => isLatin(n) && letterCount(n) >= 3 && n !== name && normName(n) !== normName(name) && !(!/\s/.test(n) && isCommonWord(n)) && !(isAcronym(n) && n.length <= 3 && items < 3));
    // Operators that are places: country and region names, towns ('Stadt Bonn', 'Gmina Lublin').
    // A QID a place table gives a region or town ('Hyōgo Prefecture', 'Córdoba Province') is that place's.
    if (ctx.anyCountryName.has(name.toLowerCase()) || placeIds.has(r.qid)) continue;
    const town = isos.length >= 1 && isos.every((i) => placeNames.has(`${i}|${normName(name)}`));
    // (An owner or flag subject named like a town of its country is that town: 'New York City' Q60.)
    if (!roles.includes('brand') && (town || (roles.includes('operator') && (types.includes('government') || types.includes('public')) && (PLACE_WORD.test(name) || others.some((n) => PLACE_WORD.test(n)))))) {
      if (isos.length === 1) placeHints.push({ qid: r.qid, name, iso: isos[0] });
      continue;
    }
    const tags = r.osm ?? [];
    let hit: [RegExp, string, string] | undefined;
    for (const t of TAGS) if (tags.some((x) => t[0].test(x))) { hit = t; break; }
    let [subtype, noun] = hit ? [hit[1], hit[2]] : ['company', 'Company'];
    if (trees.includes('transit') && subtype !== 'government-agency') [subtype, noun] = ['transit-operator', 'Public transport operator'];
    // A school operator that is a government (a county, a state's education office) is a government body.
    if (types.includes('government') && ['education', 'healthcare', 'company', 'utility'].includes(subtype) && !roles.includes('brand')) [subtype, noun] = ['government-agency', 'Government body'];
    // Operators of schools that are also town councils were caught above; a bare one-word label is often a town.
    if (subtype === 'government-agency' && !/\s/.test(name) && isos.length === 1) {
      placeHints.push({ qid: r.qid, name, iso: isos[0] });
      continue;
    }
    const where = isos.length === 1 ? ` in ${withArticle(ctx.countryName.get(isos[0]) ?? isos[0])}` : isos.length > 1 && isos.length <= 3
      ? ` in ${isos.map((i) => withArticle(ctx.countryName.get(i) ?? i)).join(isos.length === 2 ? ' and ' : ', ').replace(/, ([^,]*)$/, ' and $1')}`
      : isos.length > 3 || (r.locations ?? []).includes('001') ? ', international' : '';
    const facts: Fact[] = [];
    const ended = dissolvedFact(r, labelOf);
    if (ended) facts.push(ended);
    records.push({
      id: r.qid, type: 'organization', subtype, name,
      aliases: [...orgNameVariants(name), ...others.slice(0, 6)],
      description: `${facts.length ? 'Former ' + noun.toLowerCase() : noun}${where}`,
      prominence: nsiProminence(r.nsiItems ?? 1, roles),
      country: isos.length === 1 && ctx.countryName.has(isos[0]) ? isos[0] : undefined,
      // No record URL (size knob): the id is the QID.
      facts, sources: [src('nsi')],
    });
  }
  return { records, placeHints };
}
