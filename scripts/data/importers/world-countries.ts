/** world-countries (mledoze/countries, ODbL): every country and territory with names, alt spellings, capital, region. */
import { capitalSince } from './capital-moves';
import { unMemberSince, unMemberToday } from './un-admissions';
import type { EntityRecord, Fact } from '../../../core/types';
import { type ImportContext, readJson, sharedPath, src, langAliasMap, PAGE_LANGS } from './util';

interface WcCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  independent?: boolean;
  unMember?: boolean;
  capital?: string[];
  altSpellings?: string[];
  subregion?: string;
  region?: string;
  translations?: Record<string, { common: string; official: string }>;
  demonyms?: Record<string, { f?: string; m?: string }>;
}

/** Codes worth keeping as aliases because news uses them ('US', 'UAE'); other bare codes ('AF') are noise. */
const CODE_ALIASES = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'PRC', 'ROK', 'DPRK', 'KSA']);
const UN = 'Q1065';

export function readWorldCountries(): WcCountry[] {
  return readJson<WcCountry[]>(sharedPath('world-countries', 'countries.json'));
}

export function importWorldCountries(ctx: ImportContext): EntityRecord[] {
  const source = src('world-countries');
  return readWorldCountries().map((c) => {
    const id = ctx.countryQid.get(c.cca2)!;
    const aliases = [c.name.official, ...(c.altSpellings ?? [])].filter((a) => {
      if (/^[A-Z]{2,4}$/.test(a)) return CODE_ALIASES.has(a);
      return true;
    });
    for (const code of [c.cca2, c.cca3]) if (CODE_ALIASES.has(code)) aliases.push(code);
    if (c.cca2 === 'GB') aliases.push('UK', 'Britain');
    if (c.cca2 === 'US') aliases.push('U.S.', 'United States of America', 'America');
    const facts: Fact[] = [];
    const capital = c.capital?.[0];
    if (capital) {
      const city = ctx.capitalCity.get(c.cca2);
      // A capital that moved after 1995 (Gitega, 2019) is the capital only from the move.
      const since = capitalSince(c.cca2);
      facts.push({ kind: 'capital', ...(city ? { other: city } : { value: capital }), ...(since ? { start: since } : {}), source });
    }
    // A member admitted since 1990 (Switzerland, 2002) was none before (un-admissions.ts).
    const unSince = unMemberSince(c.cca2);
    if (unMemberToday(c.cca2, c.unMember)) facts.push({ kind: 'member', other: UN, otherName: 'United Nations', ...(unSince ? { start: unSince } : {}), source });
    const territory = c.independent === false;
    const where = placeWord(c.subregion, c.region);
    // Names in the page's language: 'Estados Unidos' on a Spanish page, 'Allemagne' on a French one.
    const byLang: Record<string, string[]> = {};
    for (const [iso3, lang] of Object.entries(PAGE_LANGS)) {
      const t = c.translations?.[iso3];
      if (t) byLang[lang] = [t.common, t.official];
    }
    return {
      id,
      type: 'place',
      subtype: territory ? 'territory' : 'country',
      name: c.name.common,
      aliases,
      langAliases: langAliasMap(byLang, [c.name.common, ...aliases]),
      description: territory ? `Territory in ${where}` : `Country in ${where}`,
      prominence: territory ? 0.45 : 0.75,
      country: c.cca2,
      facts,
      sources: [source],
    } satisfies EntityRecord;
  });
}

/**
 * The world part a country is "in": its UN subregion, unless that is named after countries
 * ("Australia and New Zealand": New Zealand is no country "in Australia and New Zealand"), then its region.
 */
export function placeWord(subregion: string | undefined, region: string | undefined): string | undefined {
  return subregion && !/ and /.test(subregion) ? subregion : region || subregion;
}
