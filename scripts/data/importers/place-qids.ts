/**
 * Wikidata ids for GeoNames places, where sources agree: a town council that NSI lists as an operator
 * (name + country → QID), or Wikilinker's `city` row for a name no other populated place on Earth
 * bears (GeoNames cities1000). Wikilinker alone never decides a namesake (its 'Florida' is a film).
 * The ids change from 'geonames:…' to the QID; the old ids are kept as redirects (lib/redirects.ts)
 * so curated records and gold annotations that name a place by its GeoNames id still reach it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityRecord } from '../../../core/types';
import type { PlaceHint } from './nsi';
import { CITY_QIDS, UK_NATION_QIDS, US_STATE_QIDS } from './place-qid-table';
import { normName, readTable, sharedPath } from './util';

const TABLE_DIR = path.dirname(fileURLToPath(import.meta.url));

/** scripts/data/importers/region-qids.tsv: [GeoNames admin1 code, name, QID] (see scripts/data/region-qid-table.ts). */
export function readRegionQids(): [string, string, string][] {
  return readTable(path.join(TABLE_DIR, 'region-qids.tsv')) as [string, string, string][];
}

/** scripts/data/importers/city-qids.tsv: GeoNames town id ('geonames:…') → QID (see scripts/data/city-qid-table.ts). */
export function readCityQids(): Map<string, string> {
  return new Map(readTable(path.join(TABLE_DIR, 'city-qids.tsv')).map(([id, , q]) => [`geonames:${id}`, q]));
}

/** Every QID a place table gives a town or region: an id another source gives something else is not that thing's. */
export function tablePlaceIds(regions = readRegionQids(), towns = readCityQids()): Set<string> {
  return new Set([
    ...CITY_QIDS.map(([, , q]) => q), ...Object.values(US_STATE_QIDS), ...Object.values(UK_NATION_QIDS),
    ...regions.map(([, , q]) => q), ...towns.values(),
  ]);
}

/** Wikilinker's rows [label, type, QID], read once per import (cities and labels both come from it). */
let wikilinkerRows: [label: string, type: string, qid: string][] | undefined;
function readWikilinkerRows(): [string, string, string][] {
  if (!wikilinkerRows) {
    wikilinkerRows = [];
    for (const line of fs.readFileSync(sharedPath('wikilinker-entities', 'entities.tsv'), 'utf8').split(/\r?\n/)) {
      const [label, type, qid] = line.split('\t');
      if (label && /^Q\d+$/.test(qid?.trim() ?? '')) wikilinkerRows.push([label, type, qid.trim()]);
    }
  }
  return wikilinkerRows;
}

/** Wikilinker's labels per QID (any type): what Wikidata calls the thing an id names. */
export function readWikilinkerLabels(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [label, , q] of readWikilinkerRows()) out.set(q, [...(out.get(q) ?? []), label]);
  return out;
}

export function readWikilinkerCities(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [label, type, q] of readWikilinkerRows()) if (type === 'city') out.set(label, q);
  return out;
}

/** GeoNames id → QID for the places two sources agree on. `nameCount`: populated places per normalized name, worldwide. */
export function placeQids(places: EntityRecord[], hints: PlaceHint[], wikilinker: ReadonlyMap<string, string>, nameCount: ReadonlyMap<string, number>, taken: ReadonlySet<string>, via?: Map<string, string[]>, curated: EntityRecord[] = [], regions: readonly (readonly [string, string, string])[] = [], towns: ReadonlyMap<string, string> = new Map()): Map<string, string> {
  const byKey = new Map<string, Set<string>>();
  for (const h of hints) {
    const k = `${h.iso.toUpperCase()}|${normName(h.name)}`;
    byKey.set(k, (byKey.get(k) ?? new Set()).add(h.qid));
  }
  const proposed = new Map<string, string>();
  for (const r of places) {
    if (r.type !== 'place' || !r.country || !/^geonames(-admin1)?:/.test(r.id) || r.subtype !== 'city') continue; // regions: NSI's operator is as often the capital town ('Geneva')
    const nsi = byKey.get(`${r.country}|${normName(r.name)}`);
    const a = nsi?.size === 1 ? [...nsi][0] : undefined;
    const b = r.subtype === 'city' ? wikilinker.get(r.name) : undefined;
    if (a && b && a !== b) continue;
    const q = a ?? (b && nameCount.get(normName(r.name)) === 1 ? b : undefined);
    if (q && !taken.has(q)) {
      proposed.set(r.id, q);
      // Which sources vouched for the id: they are credited on the record.
      via?.set(r.id, [a ? 'nsi' : '', b === q ? 'wikilinker' : ''].filter(Boolean));
    }
  }
  // The table of the places news names most (place-qid-table.ts) wins over hints.
  const best = new Map<string, EntityRecord>();
  for (const r of places) {
    if (r.type !== 'place' || r.subtype !== 'city' || !r.country) continue;
    const k = `${r.country}|${r.name}`;
    if (!best.has(k) || (r.prominence ?? 0) > (best.get(k)!.prominence ?? 0)) best.set(k, r);
  }
  // The table names a city as English writes it; GeoNames may not ('Genève' with the alias 'Geneva').
  for (const r of places) {
    if (r.type !== 'place' || r.subtype !== 'city' || !r.country) continue;
    for (const a of r.aliases ?? []) {
      const k = `${r.country}|${a}`;
      if (!best.has(k)) best.set(k, r);
    }
  }
  // A curated city with a QID (name and country) is that GeoNames city: one entity, not two.
  const table: [string, string, string][] = [...CITY_QIDS];
  for (const c of curated) if (c.type === 'place' && c.country && /^Q\d+$/.test(c.id) && c.subtype === 'city') table.push([c.country, c.name, c.id]);
  for (const [iso, name, q] of table) {
    const r = best.get(`${iso}|${name}`);
    if (r && !taken.has(q)) { proposed.set(r.id, q); via?.set(r.id, ['wikidata']); }
  }
  for (const [code, q] of [...Object.entries(US_STATE_QIDS).map(([c, q]) => [`US.${c}`, q]), ...Object.entries(UK_NATION_QIDS).map(([c, q]) => [`GB.${c}`, q])]) {
    const id = `geonames-admin1:${code}`;
    if (places.some((r) => r.id === id) && !taken.has(q)) { proposed.set(id, q); via?.set(id, ['wikidata']); }
  }
  // Other regions from the committed table (region-qid-table.ts), where the name still agrees; a city
  // or state already holding the id keeps it (Shanghai the city, not the municipality).
  const held = new Set(proposed.values());
  const byId = new Map(places.map((p) => [p.id, p]));
  // A curated place without a QID of that name (Kandahar the city) makes import drop any QID namesake: the
  // region keeps its GeoNames id, and so stays.
  // (A curated change to a GeoNames city that gains its QID here is no such place: Geneva the city.)
  const curatedNoQid = new Set(curated.filter((c) => c.type === 'place' && !/^Q\d+$/.test(c.id) && !proposed.has(c.id)).map((c) => normName(c.name)));
  for (const [code, name, q] of regions) {
    const id = `geonames-admin1:${code}`;
    if (proposed.has(id) || held.has(q) || taken.has(q) || curatedNoQid.has(normName(name))) continue;
    const r = byId.get(id);
    if (r && normName(r.name) === normName(name)) { proposed.set(id, q); held.add(q); via?.set(id, ['countries-states-cities']); }
  }
  // Towns from the committed table (city-qid-table.ts), after every other source: an id already held stays where it is.
  for (const [id, q] of towns) {
    if (proposed.has(id) || held.has(q) || taken.has(q) || !byId.has(id)) continue;
    proposed.set(id, q);
    held.add(q);
    via?.set(id, ['countries-states-cities']);
  }
  // One QID, one place: a QID proposed for two places names neither.
  const uses = new Map<string, number>();
  for (const q of proposed.values()) uses.set(q, (uses.get(q) ?? 0) + 1);
  return new Map([...proposed].filter(([, q]) => uses.get(q) === 1).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Renames ids and every reference to them (facts' other/place/about). */
export function applyRedirects(records: EntityRecord[], redirects: ReadonlyMap<string, string>): EntityRecord[] {
  if (!redirects.size) return records;
  const m = (id: string | undefined) => (id && redirects.get(id)) ?? id;
  return records.map((r) => ({
    ...r,
    id: m(r.id)!,
    facts: r.facts?.map((f) => ({ ...f, ...(f.other ? { other: m(f.other) } : {}), ...(f.place ? { place: m(f.place) } : {}), ...(f.about ? { about: f.about.map((x) => m(x)!) } : {}) })),
  }));
}
