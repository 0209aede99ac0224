/** Party Facts (MIT): political parties worldwide, with QIDs where Party Facts links Wikidata. */
import type { EntityRecord, Fact } from '../../../core/types';
import { isGenericName, keepPartyAcronym } from './party-names';
import { type ImportContext, readCsv, sharedPath, src, withArticle } from './util';

/**
 * "Labour", "Labor": what a country's press calls its Labour or Labor party. Several countries have one,
 * so the article's country decides (and, a word too, at a sentence's start it needs the article's
 * support: CommonWord). Only a country's own ("Norwegian Labour Party", "Labour Party"), never
 * "Democratic Labour" or "United Labour". `own`: is this word the party's country or its people?
 */
export function labourName(name: string, own: (word: string) => boolean): string | undefined {
  const m = /^(?:(\p{Lu}[\p{L}-]+) )?(Labou?r) Party$/u.exec(name);
  return m && (!m[1] || own(m[1])) ? m[2] : undefined;
}

export function importPartyfacts(ctx: ImportContext): EntityRecord[] {
  const core = readCsv(sharedPath('partyfacts', 'partyfacts-core-parties.csv'));
  const wd = new Map<string, string>();
  for (const r of readCsv(sharedPath('partyfacts', 'partyfacts-wikidata.csv'))) {
    if (/^Q\d+$/.test(r.wikidata_id) && !wd.has(r.partyfacts_id)) wd.set(r.partyfacts_id, r.wikidata_id);
  }
  const out: EntityRecord[] = [];
  const seen = new Set<string>();
  for (const p of core) {
    // Technical entries and '[no-party]' rows are placeholders ('independents', 'other parties'), not parties.
    if (p.technical || /\[|\]/.test(`${p.name} ${p.name_english}`)) continue;
    const iso = ctx.iso2Of.get(p.country);
    const qid = wd.get(p.partyfacts_id);
    // Size knob: parties with a Wikidata id active since 2010 that won 3% of a vote, or any that won 10%.
    const share0 = Number(p.share) || 0;
    const active = !p.year_last || Number(p.year_last) >= 2010;
    if (!(active && qid && share0 >= 3) && share0 < 10) continue;
    const id = qid ?? `partyfacts:${p.partyfacts_id}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const share = Number(p.share) || 0;
    const prominence = Math.min(0.6, 0.15 + share / 100);
    // Names that are ordinary words ('The Movement', 'Democrats', 'Chinese' split off 'Chinese / New
    // Party') would mark common words: dropped; the party goes by its other (often native) name.
    const generic = (n: string) => isGenericName(n, ctx.demonyms);
    const english = p.name_english ? p.name_english.split(' / ').map((s) => s.trim()).filter(Boolean) : [];
    const native = p.name.split(' / ').map((n) => n.trim()).filter(Boolean);
    const names = [...english, ...native].filter((n) => !generic(n));
    if (!names.length) continue;
    const name = names[0];
    // Two-letter party acronyms ('PP', 'US', 'EU') collide with countries and common abbreviations: left out;
    // so are a minor party's acronyms that are common ones ('VPN') or belong to a party long gone.
    const yearLast = /^\d{4}$/.test(p.year_last) ? Number(p.year_last) : undefined;
    const countryOf = iso ? ctx.countryName.get(iso) : undefined;
    const short = p.name_short && p.name_short !== p.name && p.name_short.replace(/[^\p{L}]/gu, '').length > 2 &&
      !generic(p.name_short) && keepPartyAcronym(p.name_short, { prominence, yearLast }) ? [p.name_short] : [];
    const labour = labourName(name, (w) => !!ctx.demonyms?.has(w.toLowerCase()) || w === countryOf);
    const aliases = [...names.slice(1), ...short, ...(labour ? [labour] : [])];
    const source = src('partyfacts', { url: `https://partyfacts.herokuapp.com/data/partycodes/${p.partyfacts_id}/` });
    const facts: Fact[] = [];
    if (/^\d{4}$/.test(p.year_first)) facts.push({ kind: 'founded', date: p.year_first, source });
    if (/^\d{4}$/.test(p.year_last) && Number(p.year_last) < 2019) facts.push({ kind: 'dissolved', date: p.year_last, source });
    const countryName = iso ? ctx.countryName.get(iso) : undefined;
    out.push({
      id, type: 'organization', subtype: 'party', name,
      aliases,
      description: partyDescription(countryName && withArticle(countryName), p.year_first, facts.some((f) => f.kind === 'dissolved') ? p.year_last : undefined),
      prominence,
      country: iso, facts, sources: [src('partyfacts')],
    });
  }
  return out;
}

/**
 * "Political party in Australia, founded in 1901" (not "… (since 1901)", which reads as a date the
 * party has been in Australia since); a party gone is told by its years: "… in Hungary (1930–1949)".
 */
export function partyDescription(country: string | undefined, yearFirst: string, yearLast: string | undefined): string {
  const where = country ? ` in ${country}` : '';
  if (!/^\d{4}$/.test(yearFirst)) return `Political party${where}`;
  return yearLast ? `Political party${where} (${yearFirst}–${yearLast})` : `Political party${where}, founded in ${yearFirst}`;
}
