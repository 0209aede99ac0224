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
  /** When the earlier name itself came in (Nur-Sultan, 2019–2022): before this, the text is left. */
  from?: PartialDate;
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
  // Cities renamed in the period the cards cover (the dates the curated summaries use).
  { now: /\bMumbai\b/g, before: 'Bombay', since: '1996' },
  { now: /\bChennai\b/g, before: 'Madras', since: '1996-08' },
  { now: /\bKolkata\b/g, before: 'Calcutta', since: '2001-01-01' },
  { now: /\bBengaluru\b/g, before: 'Bangalore', since: '2014-11-01' },
  { now: /\bGurugram\b/g, before: 'Gurgaon', since: '2016-09-27' },
  { now: /\bPrayagraj\b/g, before: 'Allahabad', since: '2018-10-16' },
  // Astana was Akmola until May 1998 and Nur-Sultan from March 2019 to September 2022.
  { now: /\bAstana\b/g, before: 'Nur-Sultan', since: '2022-09-17', from: '2019-03-23' },
  { now: /\bAstana\b/g, before: 'Akmola', since: '1998-05-06' },
];

/** The text with each country and city named as it was on the date. */
export function namesThen(text: string, asOf: PartialDate): string {
  let out = text;
  for (const r of RENAMES) if (isBefore(asOf, r.since) && (!r.from || !isBefore(asOf, r.from))) out = out.replace(r.now, r.before);
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
