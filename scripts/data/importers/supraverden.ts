/** Supraverden (CC BY-SA 4.0): international organisations and EU/UN bodies with QIDs, acronyms, founding year, seat. */
import type { EntityRecord, Fact } from '../../../core/types';
import { type ImportContext, langAliasMap, PAGE_LANGS, readJson, sharedPath, src } from './util';

interface Org {
  key: string;
  Wikidata_code?: string;
  Name_en?: string;
  Name_other_en?: string | string[];
  Abbreviation_en?: string | string[];
  Org_family?: string;
  Type?: string;
  Year_established?: number | string;
  Headquarters?: string;
  Country?: string;
  Website?: string;
  [nameInLanguage: `Name_${string}` | `Abbreviation_${string}`]: string | string[] | undefined;
}

function list(v: string | string[] | undefined): string[] {
  if (!v) return [];
  return (Array.isArray(v) ? v : [v]).map(String).filter((s) => s && !s.startsWith('['));
}

function subtypeOf(o: Org): string {
  const fam = `${o.Org_family ?? ''} ${o.Type ?? ''}`.toLowerCase();
  if (fam.includes('eu ') || fam.startsWith('eu') || fam.includes('euratom')) return 'eu-body';
  if (fam.includes('un ') || fam.includes('united nations')) return 'un-body';
  return 'igo';
}

export function importSupraverden(ctx: ImportContext): EntityRecord[] {
  const orgs = readJson<Org[]>(sharedPath('supraverden-international-orgs', 'general_list.json'));
  const out: EntityRecord[] = [];
  const seen = new Set<string>();
  for (const o of orgs) {
    const name = o.Name_en ?? o.key;
    const slug = o.key.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const id = o.Wikidata_code && /^Q\d+$/.test(o.Wikidata_code) ? o.Wikidata_code : `supraverden:${slug}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const source = src('supraverden', o.Wikidata_code ? { url: `https://www.wikidata.org/wiki/${o.Wikidata_code}` } : {});
    const facts: Fact[] = [];
    const year = o.Year_established !== undefined ? String(o.Year_established) : '';
    if (/^\d{4}$/.test(year)) facts.push({ kind: 'founded', date: year, source });
    // 'Geneva, Switzerland' → place text; the seat's city is matched by name at card time, not linked here.
    const hq = o.Headquarters && !o.Headquarters.startsWith('[') ? o.Headquarters : undefined;
    if (hq) facts.push({ kind: 'headquarters', placeName: hq, source });
    const sub = subtypeOf(o);
    const kind = sub === 'eu-body' ? 'EU body' : sub === 'un-body' ? 'UN body' : 'International organisation';
    const city = hq?.split(',')[0].replace(/^Seat of .* in /, '').trim();
    const parts = [kind];
    if (/^\d{4}$/.test(year)) parts.push(`founded ${year}`);
    if (city) parts.push(`based in ${city}`);
    out.push({
      id, type: 'organization', subtype: sub, name,
      aliases: [...list(o.Abbreviation_en), ...list(o.Name_other_en)],
      // 'Organisation mondiale de la santé', 'OMS': names in the page's language only.
      langAliases: langAliasMap(Object.fromEntries(Object.values(PAGE_LANGS).map((l) => [l, [...list(o[`Name_${l}`]), ...list(o[`Abbreviation_${l}`])]])), [name, ...list(o.Abbreviation_en), ...list(o.Name_other_en)]),
      description: parts.join(', '),
      prominence: 0.4,
      // 'ZZ' (international) and 'EU' are not countries.
      country: o.Country && /^[A-Z]{2}$/.test(o.Country) && !['EU', 'ZZ'].includes(o.Country) ? o.Country : undefined,
      facts, sources: [src('supraverden')],
    });
  }
  void ctx;
  return out;
}
