/**
 * Small text helpers for the card: dates as a reader writes them, source keys as titles.
 * Plain strings only; the card never renders HTML.
 */
import { formatDate } from '../../core/dates';
import type { CardLine, EntityType, SourceRef } from '../../core/types';

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
  const long = formatDate(line.date);
  const short = formatDate(line.date, 'short');
  if (line.text.includes(long) || line.text.includes(short)) return '';
  return line.asOf ? `as of ${short}` : short;
}
