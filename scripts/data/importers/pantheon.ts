/**
 * Pantheon 1.0 (CC BY 4.0 paper): globally famous people with birth year, birthplace, occupation and
 * a popularity index (HPI) used for prominence. No QIDs: a person takes the one the people table
 * confirms (people-qids.tsv, two signals), else the one a Peppercat politician of the same name and
 * birth year or the one famous person in Wikitrivia bearing the name has, so the records merge; others
 * get 'pantheon:<enwiki page id>'. No death dates: Wikitrivia's famous deaths add them.
 */
import { NO_PLACE } from '../../../core/card/describe';
import type { EntityRecord, Fact } from '../../../core/types';
import { confirmingSources, type PeopleQid } from './people-qids';
import { type ImportContext, nameSkeleton, normName, readCsv, sharedPath, src, withArticle } from './util';

/** Births from this year on are named with their birthplace's country today. */
export const MODERN_STATES = 1800;

/** Names with '?' are GBK conversion damage (see the dataset notes): unusable as aliases. */
const DAMAGED = /\?/;
/** The dataset's filler for an unknown birthplace: no place ("Born 1296 in Other"). */

/** Pantheon's classes of people who make records: kept when they have albums. */
const MUSIC = new Set(['SINGER', 'MUSICIAN', 'COMPOSER']);
/** Albums someone is the artist of, at least, to be called a singer. */
const MIN_ALBUMS = 3;
/** The ages at which someone records a first famous album: a namesake outside them is someone else
 *  (Dido, queen of Carthage, born 840 BC, did not make the singer's records). */
const RECORDING_AGES = [10, 80] as const;
/** Pantheon's classes for power: the kings and emperors among them are named by their titles. */
const POWER = new Set(['POLITICIAN', 'NOBLEMAN', 'PUBLIC WORKER']);
/** A regnal number in a name ('Louis XVIII of France', 'Thutmose IV'): the bearer reigned. */
const REGNAL = /\s(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})(?=\s|,|$)/;
/** A ruler's title a name carries after a comma ('Philip III, Duke of Burgundy'), not a peerage's ordinal ('1st Duke of'). */
const TITLE_AFTER = /,\s+((?:Holy Roman |Grand |German |Roman |Latin |Byzantine )?(?:Emperor|Empress|King|Queen|Duke|Duchess|Prince|Elector|Count|Margrave|Landgrave|Khan|Tsar|Sultan)\b[^,]*)$/;
/** A title a name opens with ('Emperor Itoku'). */
const TITLE_BEFORE = /^(Emperor|Empress|King|Queen|Tsar|Pharaoh|Sultan)\s/;

/**
 * The kind a card names: Pantheon's one class per person, save two where the record says better.
 * - A person who is the artist of MIN_ALBUMS or more famous albums, from an age they could record at,
 *   is a singer, whatever Pantheon's class (Taylor Swift and Miley Cyrus are 'Actor' there, Leonard
 *   Cohen 'Writer'). `albumYears` is Wikitrivia's album rows, artist name → years.
 * - A ruler born before MODERN_STATES whom Pantheon files under power ('Politician') is named by the
 *   title the name carries ('Duke of Burgundy', 'Emperor'), or is a 'Ruler' when the name bears a regnal
 *   number ('Louis XVIII of France'); popes excepted. Later names' titles may not hold at the article's
 *   date (Prince William was 'Duke of Cambridge' only from 2011).
 * Returns the word as Pantheon writes a class (upper case) or a title as written.
 */
export function pantheonOccupation(occupation: string, name: string, born: number | undefined, albumYears: ReadonlyMap<string, readonly number[]> = new Map()): string {
  const albums = albumYears.get(name) ?? [];
  if (!MUSIC.has(occupation) && born !== undefined && albums.length >= MIN_ALBUMS) {
    const age = Math.min(...albums) - born;
    if (age >= RECORDING_AGES[0] && age <= RECORDING_AGES[1]) return 'SINGER';
  }
  if (POWER.has(occupation) && born !== undefined && born < MODERN_STATES && !/\bPope\b/i.test(name)) {
    const title = TITLE_AFTER.exec(name)?.[1] ?? TITLE_BEFORE.exec(name)?.[1];
    if (title) return title;
    if (REGNAL.test(name)) return 'RULER';
  }
  return occupation;
}

/** 'SOCCER PLAYER' → 'Soccer player'; a title stays as written ('Duke of Burgundy'). */
function kindWord(occupation: string): string {
  return occupation === occupation.toUpperCase() ? occupation.charAt(0) + occupation.slice(1).toLowerCase() : occupation;
}

export function importPantheon(ctx: ImportContext, qidByNameYear: ReadonlyMap<string, string>, qidByName: ReadonlyMap<string, string> = new Map(), table: ReadonlyMap<string, PeopleQid> = new Map(), albumYears: ReadonlyMap<string, readonly number[]> = new Map()): EntityRecord[] {
  const rows = readCsv(sharedPath('pantheon-1.0', 'pantheon.tsv'), '\t');
  const out: EntityRecord[] = [];
  for (const r of rows) {
    if (!r.en_curid || !r.name || DAMAGED.test(r.name)) continue;
    const year = /^-?\d+$/.test(r.birthyear) ? Number(r.birthyear) : undefined;
    const date = year === undefined ? undefined : `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`;
    // Same person in Peppercat or the curated layer: same name (or same spelling skeleton and country) and birth year.
    const iso0 = /^[A-Z]{2}$/.test(r.countryCode) ? r.countryCode : '';
    const byName = (date ? qidByNameYear.get(`${normName(r.name)}|${date}`) ?? qidByNameYear.get(`~${nameSkeleton(r.name)}|${date}|${iso0}`) : undefined) ?? qidByName.get(normName(r.name));
    const confirmed = table.get(`pantheon:${r.en_curid}`);
    const qid = confirmed?.qid ?? byName;
    // The sources that confirmed an id the name alone did not give are credited.
    const credit = confirmed && confirmed.qid !== byName ? confirmingSources(confirmed.via) : [];
    const id = qid ?? `pantheon:${r.en_curid}`;
    const source = src('pantheon', { url: `https://en.wikipedia.org/?curid=${r.en_curid}` });
    const facts: Fact[] = [];
    const place = r.birthcity && !DAMAGED.test(r.birthcity) && !NO_PLACE.test(r.birthcity.trim()) ? r.birthcity : undefined;
    if (date) facts.push({ kind: 'born', date, placeName: place, source });
    const iso = /^[A-Z]{2}$/.test(r.countryCode) ? r.countryCode : undefined;
    const occ = r.occupation ? pantheonOccupation(r.occupation, r.name, year, albumYears) : '';
    const occupation = occ ? kindWord(occ) : 'Notable person';
    // The birthplace's country today: Shakespeare was not "from the United Kingdom", Henry I of England
    // not from it either; before 1800 most of today's states did not exist, so no country is named.
    const from = iso && ctx.countryName.get(iso) && (year === undefined || year >= MODERN_STATES) ? ` from ${withArticle(ctx.countryName.get(iso)!)}` : '';
    const born = date ? `, born ${year! < 0 ? `${-year!} BC` : year}` : '';
    const hpi = Number(r.HPI) || 0;
    const prominence = Math.max(0.3, Math.min(0.95, 0.3 + (hpi - 12) / 25));
    // Every Pantheon person exists (Ford, Reagan, Nixon); prominence decides how readily one is marked.
    out.push({
      id, type: 'person', subtype: occ ? (occ === occ.toUpperCase() ? occ : 'RULER').toLowerCase().replace(/[^a-z0-9]+/g, '-') : undefined,
      // The GBK round trip lower-cased some initials ('édith Piaf').
      name: r.name.charAt(0).toUpperCase() + r.name.slice(1),
      description: `${occupation}${from}${born}`,
      prominence,
      country: iso, facts, sources: [source, ...credit.map((s) => src(s))],
    });
  }
  return out;
}
