/** countries-list (MIT): native country names in Latin script, as extra aliases ('España', 'Deutschland'). */
import type { EntityRecord } from '../../../core/types';
import { type ImportContext, isLatin, readJson, sharedPath, src } from './util';

interface ClCountry { name: string; native: string; capital: string; continent: string }

export function importCountriesList(ctx: ImportContext): EntityRecord[] {
  const data = readJson<Record<string, ClCountry>>(sharedPath('countries-list', 'countries.min.json'));
  const out: EntityRecord[] = [];
  for (const [iso, c] of Object.entries(data)) {
    const id = ctx.countryQid.get(iso);
    if (!id) continue;
    const aliases = [c.name, c.native].filter((a) => a && isLatin(a));
    out.push({ id, type: 'place', name: ctx.countryName.get(iso) ?? c.name, aliases, country: iso, sources: [src('countries-list')] });
  }
  return out;
}
