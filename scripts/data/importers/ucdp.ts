/** UCDP Actor List 22.1 (CC BY 4.0): non-state armed groups in armed conflicts (governments are skipped: countries cover them). */
import type { EntityRecord } from '../../../core/types';
import { type ImportContext, sharedPath, readCsv, src } from './util';

export function importUcdp(ctx: ImportContext): EntityRecord[] {
  const rows = readCsv(sharedPath('ucdp-actors', 'ucdp-actor-221.csv'));
  const byName = new Map([...ctx.countryName].map(([iso, n]) => [n.toLowerCase(), iso]));
  const out: EntityRecord[] = [];
  for (const r of rows) {
    if (r.Org !== '1') continue;
    const name = r.NameData.trim();
    // Some local actors carry a country's name ('Estados Unidos', a Brazilian gang; 'Republic of
    // Azerbaijan', 1918–20): such names must never link to an armed group.
    if (ctx.anyCountryName.has(name.toLowerCase())) continue;
    const aliases = [r.NameOrig, r.NameOrigFullEng, r.NewName, r.NewNameFullEng]
      .map((s) => (s ?? '').trim())
      .filter((s) => s && s !== 'n/a' && s !== name && !ctx.anyCountryName.has(s.toLowerCase()));
    const locations = (r.Location ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const iso = locations.length === 1 ? byName.get(locations[0].toLowerCase()) : undefined;
    const where = locations.slice(0, 2).join(' and ');
    out.push({
      id: `ucdp:${r.ActorId}`, type: 'organization', subtype: 'armed-group', name,
      aliases,
      description: where ? `Armed group active in ${where}` : 'Armed group',
      prominence: 0.3, country: iso,
      sources: [src('ucdp', { url: 'https://ucdp.uu.se/actor/' + r.ActorId })],
    });
  }
  return out;
}
