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

export function importPantheon(ctx: ImportContext, qidByNameYear: ReadonlyMap<string, string>, qidByName: ReadonlyMap<string, string> = new Map(), table: ReadonlyMap<string, PeopleQid> = new Map()): EntityRecord[] {
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
    const occupation = r.occupation ? r.occupation.charAt(0) + r.occupation.slice(1).toLowerCase() : 'Notable person';
    // The birthplace's country today: Shakespeare was not "from the United Kingdom", Henry I of England
    // not from it either; before 1800 most of today's states did not exist, so no country is named.
    const from = iso && ctx.countryName.get(iso) && (year === undefined || year >= MODERN_STATES) ? ` from ${withArticle(ctx.countryName.get(iso)!)}` : '';
    const born = date ? `, born ${year! < 0 ? `${-year!} BC` : year}` : '';
    const hpi = Number(r.HPI) || 0;
    const prominence = Math.max(0.3, Math.min(0.95, 0.3 + (hpi - 12) / 25));
    // Every Pantheon person exists (Ford, Reagan, Nixon); prominence decides how readily one is marked.
    out.push({
      id, type: 'person', subtype: r.occupation ? r.occupation.toLowerCase().replace(/[^a-z0-9]+/g, '-') : undefined,
      // The GBK round trip lower-cased some initials ('édith Piaf').
      name: r.name.charAt(0).toUpperCase() + r.name.slice(1),
      description: `${occupation}${from}${born}`,
      prominence,
      country: iso, facts, sources: [source, ...credit.map((s) => src(s))],
    });
  }
  return out;
}
