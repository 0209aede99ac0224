/**
 * US towns by state for the names of the index's US towns (issue 12): "portland" → the states that
 * have a town of that name (GeoNames cities1000: Maine, Oregon, Texas, …). The index holds towns of
 * 100,000 people and state capitals, so Portland, Maine is not in it; a story about Maine that says
 * "Portland" means the town the index lacks, not Oregon's (core/linking/place-level.ts
 * townOfNamedState). Shipped beside the known longer names (public/kb/names.json), as postal codes.
 */
import type { KbIndex } from '../../../core/types';
import { CITIES } from '../../../core/linking/place-level';
import { NOT_A_TOWN, readCities } from '../importers/geonames';

/** A namesake smaller than this is seldom the one a story means: "Texas Gov. Greg Abbott … in Portland"
 *  is Oregon's, not the Texan town of 20,000; Portland, Maine has 68,000. */
export const MIN_NAMESAKE = 50_000;

export function buildTownStates(index: KbIndex): Map<string, string[]> {
  const names = new Set<string>();
  for (const e of index.entities) if (e.type === 'place' && e.country === 'US' && CITIES.has(e.subtype ?? '')) names.add(e.name.toLowerCase());
  const states = new Map<string, Set<string>>();
  for (const c of readCities()) {
    if (c.country !== 'US' || NOT_A_TOWN.has(c.featureCode) || !/^[A-Z]{2}$/.test(c.adminCode) || (Number(c.population) || 0) < MIN_NAMESAKE) continue;
    const n = c.name.toLowerCase();
    if (!names.has(n)) continue;
    let s = states.get(n);
    if (!s) states.set(n, (s = new Set()));
    s.add(c.adminCode);
  }
  const out = new Map<string, string[]>();
  // A name only one state has tells nothing the index's own town does not.
  for (const n of [...states.keys()].sort()) if (states.get(n)!.size > 1) out.set(n, [...states.get(n)!].sort());
  return out;
}
