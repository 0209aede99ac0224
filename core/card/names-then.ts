/**
 * Country, city, company and team names as they were on the article's date. Sources write today's names
 * ("Türkiye", "North Macedonia", "Bengaluru", "Oklahoma City Thunder"); on a story from 2005 those
 * are later names the story never used. Each rename here is dated by the day the country's own or the UN's usage
 * changed; before it, card text reads the earlier name. Only renamings of the same country, city, firm
 * or team (a team that moved is a renaming of the franchise): a state that did not exist yet is told
 * elsewhere (independence, founding).
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
  { now: /\b(?:the )?Czechia\b/g, before: 'the Czech Republic', since: '2016-07-05' },
  // Zaire became the Democratic Republic of the Congo on 17 May 1997.
  { now: /\b(?:[Tt]he )?(?:DR Congo|Democratic Republic of (?:the )?Congo)\b/g, before: 'Zaire', since: '1997-05-17', from: '1971-10-27' },
  // East Timor took the name Timor-Leste at independence (20 May 2002).
  { now: /\bTimor-Leste\b/g, before: 'East Timor', since: '2002-05-20' },
  // Cities renamed in the period the cards cover (the dates the curated summaries use).
  { now: /\bMumbai\b/g, before: 'Bombay', since: '1995' },
  { now: /\bChennai\b/g, before: 'Madras', since: '1996-07-17' },
  { now: /\bKolkata\b/g, before: 'Calcutta', since: '2001-01-01' },
  { now: /\bBengaluru\b/g, before: 'Bangalore', since: '2014-11-01' },
  { now: /\bGurugram\b/g, before: 'Gurgaon', since: '2016-09-27' },
  { now: /\bPrayagraj\b/g, before: 'Allahabad', since: '2018-10-16' },
  // Astana was Akmola until May 1998 and Nur-Sultan from March 2019 to September 2022.
  { now: /\bAstana\b/g, before: 'Nur-Sultan', since: '2022-09-17', from: '2019-03-23' },
  { now: /\bAstana\b/g, before: 'Akmola', since: '1998-05-06' },
  // Companies renamed (only names no other thing bears: not Orange, Airbus or Thales).
  { now: /\bMeta Platforms\b/g, before: 'Facebook, Inc.', since: '2021-10-28' },
  { now: /\bEquinor\b/g, before: 'Statoil', since: '2018-05-16', from: '2009-11-02' },
  { now: /\bEquinor\b/g, before: 'StatoilHydro', since: '2009-11-02', from: '2007-10-01' },
  { now: /\bEquinor\b/g, before: 'Statoil', since: '2007-10-01' },
  { now: /\bØrsted\b/g, before: 'DONG Energy', since: '2017-11-06', from: '2006' },
  { now: /\bEngie\b/g, before: 'GDF Suez', since: '2015-04-24', from: '2008-07-22' },
  { now: /\bNatWest Group\b/g, before: 'Royal Bank of Scotland Group', since: '2020-07-22' },
  { now: /\bKering\b/g, before: 'PPR', since: '2013-06-18', from: '2005-05-19' },
  { now: /\bMondelez International\b/g, before: 'Kraft Foods', since: '2012-10-01' },
  { now: /\bParamount Global\b/g, before: 'ViacomCBS', since: '2022-02-16', from: '2019-12-04' },
  { now: /\bAccenture\b/g, before: 'Andersen Consulting', since: '2001-01-01', from: '1989' },
  { now: /\bAltria\b/g, before: 'Philip Morris Companies', since: '2003-01-27', from: '1985' },
  { now: /\bThales Group\b/g, before: 'Thomson-CSF', since: '2000-12-06' },
  { now: /\bOrange S\.A\./g, before: 'France Télécom', since: '2013-07-01', from: '1988' },
  { now: /\bHP Inc\./g, before: 'Hewlett-Packard', since: '2015-11-01' },
  { now: /\bSK Hynix\b/g, before: 'Hynix', since: '2012-03', from: '2001-03' },
  { now: /\bSK Hynix\b/g, before: 'Hyundai Electronics', since: '2001-03' },
  { now: /\bLenovo\b/g, before: 'Legend', since: '2003-04' },
  { now: /\bGoogle DeepMind\b/g, before: 'DeepMind', since: '2023-04' },
  { now: /\bMercedes-Benz Group\b/g, before: 'Daimler', since: '2022-02-01', from: '2007-10-04' },
  { now: /\bMercedes-Benz Group\b/g, before: 'DaimlerChrysler', since: '2007-10-04', from: '1998-11-17' },
  { now: /\bRTX Corporation\b/g, before: 'Raytheon Technologies', since: '2023-07', from: '2020-04-03' },
  { now: /\bRTX Corporation\b/g, before: 'United Technologies', since: '2020-04-03' },
  { now: /\bLeonardo S\.p\.A\./g, before: 'Finmeccanica', since: '2017-01-01' },
  { now: /\bLloyds Banking Group\b/g, before: 'Lloyds TSB', since: '2009-01-19', from: '1995-12' },
  { now: /\bCVS Health\b/g, before: 'CVS Caremark', since: '2014-09', from: '2007-03' },
  { now: /\bCVS Health\b/g, before: 'CVS Corporation', since: '2007-03' },
  { now: /\bElevance Health\b/g, before: 'Anthem', since: '2022-06-28', from: '2014-12' },
  { now: /\bElevance Health\b/g, before: 'WellPoint', since: '2014-12', from: '2004-11-30' },
  { now: /\bElevance Health\b/g, before: 'Anthem', since: '2004-11-30' },
  { now: /\bS&P Global\b/g, before: 'McGraw Hill Financial', since: '2016-04-28', from: '2013-05' },
  { now: /\bS&P Global\b/g, before: 'McGraw-Hill', since: '2013-05' },
  { now: /\bBiogen\b(?! Idec)/g, before: 'Biogen Idec', since: '2015-03', from: '2003-11' },
  { now: /\bSanofi\b(?!-)/g, before: 'Sanofi-Aventis', since: '2011-05', from: '2004-08' },
  { now: /\bSanofi\b(?!-)/g, before: 'Sanofi-Synthélabo', since: '2004-08', from: '1999-05' },
  { now: /\bShell plc\b/g, before: 'Royal Dutch Shell', since: '2022-01' },
  { now: /\bTotalEnergies\b/g, before: 'Total', since: '2021-05-28' },
  { now: /\bSLB\b/g, before: 'Schlumberger', since: '2022-10' },
  { now: /\bQatarEnergy\b/g, before: 'Qatar Petroleum', since: '2021-10' },
  { now: /\bT-Mobile US\b/g, before: 'T-Mobile USA', since: '2013-05-01', from: '2002' },
  { now: /\bT-Mobile US\b/g, before: 'VoiceStream Wireless', since: '2002' },
  { now: /\bEY\b/g, before: 'Ernst & Young', since: '2013-07-01' },
  { now: /\bNextEra Energy\b/g, before: 'FPL Group', since: '2010' },
  { now: /\bPanasonic\b/g, before: 'Matsushita Electric', since: '2008-10-01' },
  { now: /\bSnap Inc\./g, before: 'Snapchat Inc.', since: '2016-09' },
  { now: /\bChevron\b/g, before: 'ChevronTexaco', since: '2005-05-09', from: '2001-10-09' },
  { now: /\bNippon Steel\b(?! &)/g, before: 'Nippon Steel & Sumitomo Metal', since: '2019-04-01', from: '2012-10-01' },
  { now: /\bTata Motors\b/g, before: 'Tata Engineering and Locomotive Company', since: '2003' },
  { now: /\bMizuho Financial Group\b/g, before: 'Mizuho Holdings', since: '2003-01', from: '2000-09' },
  { now: /\bHYBE\b/g, before: 'Big Hit Entertainment', since: '2021-03-31' },
  { now: /\bHuffPost\b/g, before: 'The Huffington Post', since: '2017-04-25' },
  // Public bodies renamed.
  { now: /\bOrganisation of Islamic Cooperation\b/g, before: 'Organisation of the Islamic Conference', since: '2011-06-28' },
  { now: /\bSaudi Central Bank\b/g, before: 'Saudi Arabian Monetary Authority', since: '2020-11' },
  { now: /\bSenedd\b/g, before: 'National Assembly for Wales', since: '2020-05-06', from: '1999-05' },
  { now: /\bPBS NewsHour\b/g, before: 'The NewsHour with Jim Lehrer', since: '2009-12', from: '1995-10' },
  // Teams that moved or were renamed (the curated records give today's name and city).
  { now: /\bOklahoma City Thunder\b/g, before: 'Seattle SuperSonics', since: '2008-07-02' },
  { now: /\bLas Vegas Raiders\b/g, before: 'Oakland Raiders', since: '2020-01-22', from: '1995-06-23' },
  { now: /\bLos Angeles Rams\b/g, before: 'St. Louis Rams', since: '2016-01-12', from: '1995-01-17' },
  { now: /\bLos Angeles Chargers\b/g, before: 'San Diego Chargers', since: '2017-01-12' },
  { now: /\bBrooklyn Nets\b/g, before: 'New Jersey Nets', since: '2012-04-30', from: '1977' },
  { now: /\bMemphis Grizzlies\b/g, before: 'Vancouver Grizzlies', since: '2001-07-03', from: '1994-04-27' },
  { now: /\bTennessee Titans\b/g, before: 'Tennessee Oilers', since: '1998-12-22', from: '1997' },
  { now: /\bTennessee Titans\b/g, before: 'Houston Oilers', since: '1997' },
  { now: /\bWashington Nationals\b/g, before: 'Montreal Expos', since: '2004-11-22' },
  { now: /\bWinnipeg Jets\b/g, before: 'Atlanta Thrashers', since: '2011-05-31', from: '1997-06-25' },
  { now: /\bWashington Commanders\b/g, before: 'Washington Football Team', since: '2022-02-02', from: '2020-07-13' },
  { now: /\bWashington Commanders\b/g, before: 'Washington Redskins', since: '2020-07-13' },
  { now: /\bCleveland Guardians\b/g, before: 'Cleveland Indians', since: '2021-11-19' },
  { now: /\bNew Orleans Pelicans\b/g, before: 'New Orleans Hornets', since: '2013-04-18', from: '2002-05-10' },
  { now: /\bCharlotte Hornets\b/g, before: 'Charlotte Bobcats', since: '2014-05-20', from: '2004-06' },
  { now: /\bMiami Marlins\b/g, before: 'Florida Marlins', since: '2011-11-11' },
  { now: /\bLos Angeles Angels\b/g, before: 'Anaheim Angels', since: '2005-01', from: '1997' },
  { now: /\bTampa Bay Rays\b/g, before: 'Tampa Bay Devil Rays', since: '2007-11' },
  { now: /\bAnaheim Ducks\b/g, before: 'Mighty Ducks of Anaheim', since: '2006-06' },
];

/** The earlier name, capitalized where it opens the text or a sentence ("The Czech Republic joined…"). */
function earlier(before: string) {
  return (_m: string, at: number, all: string) => (at === 0 || /[.!?]\s+$/.test(all.slice(0, at)) ? before.charAt(0).toUpperCase() + before.slice(1) : before);
}

/** The text with each renamed country, city, company and team named as it was on the date. */
export function namesThen(text: string, asOf: PartialDate): string {
  let out = text;
  for (const r of RENAMES) if (isBefore(asOf, r.since) && (!r.from || !isBefore(asOf, r.from))) out = out.replace(r.now, earlier(r.before));
  return out;
}

/** An entity's own name as it was then: only when the whole name is the renamed one ("North Macedonia",
 *  "Bengaluru"), not a name that contains it (the Kolkata Knight Riders were never the "Calcutta" ones). */
export function nameThen(name: string, asOf: PartialDate): string {
  for (const r of RENAMES) {
    r.now.lastIndex = 0;
    const m = r.now.exec(name);
    r.now.lastIndex = 0;
    if (m && m.index === 0 && m[0].length === name.length) return namesThen(name, asOf);
  }
  return name;
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
