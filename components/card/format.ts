/**
 * Small text helpers for the card: dates as a reader writes them, source keys as titles.
 * Plain strings only; the card never renders HTML.
 */
import type { CardLine, EntityType, PartialDate, SourceRef } from '../../core/types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2001-09-09' → '9 Sep 2001', '2001-09' → 'Sep 2001', '2001' → '2001', '-0044' → '44 BC'.
 *  Precision is kept: a year stays a year. `long` spells the month out. Unparseable input is returned as is. */
export function formatDate(date: PartialDate | undefined, long = false): string {
  if (!date) return '';
  const m = /^(-?)(\d{1,6})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return date;
  const year = Number(m[2]);
  const y = m[1] === '-' ? `${year} BC` : String(year);
  const month = m[3] ? Number(m[3]) - 1 : -1;
  const day = m[4] ? Number(m[4]) : 0;
  const names = long ? MONTHS : MONTHS_SHORT;
  if (month < 0 || month > 11) return y;
  if (!day) return `${names[month]} ${y}`;
  return `${day} ${names[month]} ${y}`;
}

/** Titles for the source keys of data/sources.yaml; anything else shows its host or the key itself. */
const SOURCE_TITLES: Record<string, string> = {
  wikidata: 'Wikidata',
  wikipedia: 'Wikipedia',
  geonames: 'GeoNames',
  factbook: 'CIA World Factbook',
  curated: 'Backstory editors',
  peppercat: 'Peppercat',
  'world-countries': 'World countries',
  'countries-list': 'Countries list',
  supraverden: 'Supraverden',
  partyfacts: 'Party Facts',
  ucdp: 'UCDP',
  phoenix: 'Phoenix CAMEO',
  pantheon: 'Pantheon',
};

export function sourceTitle(ref: SourceRef): string {
  const key = ref.source ?? '';
  if (SOURCE_TITLES[key]) return SOURCE_TITLES[key];
  if (/^https?:\/\//i.test(key)) {
    try {
      return new URL(key).hostname.replace(/^www\./, '');
    } catch {
      return key;
    }
  }
  return key ? key.charAt(0).toUpperCase() + key.slice(1) : 'Source';
}

/** The link a source line points to, only when it is a plain http(s) URL (never javascript: or data:). */
export function sourceHref(ref: SourceRef): string | undefined {
  const url = ref.url ?? (/^https?:\/\//i.test(ref.source ?? '') ? ref.source : undefined);
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

/** Subtypes are data keys ('igo', 'armed-group'); a few read better spelled out. */
const SUBTYPE_LABELS: Record<string, string> = {
  igo: 'international organization',
  ngo: 'non-governmental organization',
  'eu-body': 'EU institution',
  'un-agency': 'UN agency',
};

export function subtypeLabel(subtype: string): string {
  return SUBTYPE_LABELS[subtype] ?? subtype.replace(/-/g, ' ');
}

export const TYPE_LABELS: Record<EntityType, string> = {
  person: 'Person',
  place: 'Place',
  organization: 'Organization',
};

/**
 * The date a line shows beside its text, written once: nothing when the text already says it
 * ("since 1 December 2019", "Population … in 2020"), "as of Jan 2023" for an old snapshot.
 */
export function lineDate(line: CardLine): string {
  if (!line.date) return '';
  const long = formatDate(line.date, true);
  if (line.text.includes(long) || line.text.includes(formatDate(line.date))) return '';
  return line.asOf ? `as of ${formatDate(line.date)}` : formatDate(line.date);
}
