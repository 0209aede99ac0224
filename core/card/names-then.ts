/**
 * Country names as they were on the article's date. Sources write today's short names ("Türkiye",
 * "North Macedonia", "Eswatini", "Czechia"); on a story from 2005 those are later names the
 * story never used. Each rename here is dated by the day the country's own or the UN's usage
 * changed; before it, card text reads the earlier name. Only whole renamings of the same country:
 * a state that did not exist yet is told elsewhere (independence, founding).
 */
import { isBefore } from '../dates';
import type { PartialDate } from '../types';

interface Rename {
  /** The name used from `since` on (as sources and Intl write it). */
  now: RegExp;
  /** The name before. */
  before: string;
  since: PartialDate;
}

const RENAMES: Rename[] = [
  // The UN's usage changed on the government's request (June 2022).
  { now: /\bTürkiye\b/g, before: 'Turkey', since: '2022-06-01' },
  // The Prespa agreement took effect on 12 February 2019.
  { now: /\bNorth Macedonia\b/g, before: 'Macedonia', since: '2019-02-12' },
  // The king renamed Swaziland on 19 April 2018.
  { now: /\bEswatini\b/g, before: 'Swaziland', since: '2018-04-19' },
  // The short name entered the UN's databases in July 2016.
  { now: /\bCzechia\b/g, before: 'Czech Republic', since: '2016-07-05' },
  // Zaire became the Democratic Republic of the Congo on 17 May 1997.
  { now: /\b(?:[Tt]he )?(?:DR Congo|Democratic Republic of (?:the )?Congo)\b/g, before: 'Zaire', since: '1997-05-17' },
];

/** The text with each country named as it was on the date. */
export function namesThen(text: string, asOf: PartialDate): string {
  let out = text;
  for (const r of RENAMES) if (isBefore(asOf, r.since)) out = out.replace(r.now, r.before);
  return out;
}

/** Intl's region names where they read oddly on a card ("Congo - Kinshasa", "Myanmar (Burma)"). */
const REGION_NAMES: Record<string, string> = {
  CD: 'DR Congo',
  CG: 'Republic of the Congo',
  MM: 'Myanmar',
  BA: 'Bosnia and Herzegovina',
  HK: 'Hong Kong',
  MO: 'Macau',
};

export function regionName(code: string): string | undefined {
  if (REGION_NAMES[code]) return REGION_NAMES[code];
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'region' }).of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}
