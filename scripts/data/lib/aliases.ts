/**
 * Which names an entity can be found by, and how strictly each may be matched (AliasFlag bits).
 * The build derives flags here; maintainers only write plain alias strings.
 */
import { AliasFlag, type EntityRecord } from '../../../core/types';
import { isCommonWord } from './words';

/** 'WHO', 'US', 'U.S.', 'AT&T', 'G7': no lower-case letter and at least two capitals. */
export function isAcronym(text: string): boolean {
  if (/\p{Ll}/u.test(text)) return false;
  const caps = text.match(/\p{Lu}/gu)?.length ?? 0;
  return caps >= 2 && /^[\p{Lu}\d.&'-]+$/u.test(text);
}

function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

/** Too short or useless to match: 1–2 letters unless an acronym, numbers, punctuation. */
export function isUsableAlias(text: string, partial = false): boolean {
  const t = text.trim();
  if (!t || t.length > 80) return false;
  if (/^[\d\s.,:/-]+$/.test(t)) return false;
  const letters = letterCount(t);
  if (letters === 0) return false;
  if (letters <= 2 && !isAcronym(t) && !(partial && letters === 2 && /^\p{Lu}\p{Ll}$/u.test(t))) return false;
  return true;
}

export function aliasFlags(text: string, opts: { primary?: boolean; partial?: boolean } = {}): number {
  let f = 0;
  if (opts.primary) f |= AliasFlag.Primary;
  if (opts.partial) f |= AliasFlag.Partial;
  if (isAcronym(text)) f |= AliasFlag.CaseSensitive;
  else if (isCommonWord(text)) f |= AliasFlag.CommonWord;
  return f;
}

/** A name that ends in its title names a reign: 'Zhengde Emperor', 'Yongle Emperor'. */
const REGNAL_TITLE_LAST = /\s(?:Emperor|Empress|Khagan|Caliph|Sultan|Shah|Tsar)$/;
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'dos', 'das', 'do', 'zu', 'ter', 'ten']);
const SUFFIXES = /^(jr\.?|sr\.?|ii|iii|iv|v|vi)$/i;
/** Countries whose names are written family name first in English news (Xi Jinping → Xi). */
const FAMILY_FIRST = new Set(['CN', 'TW', 'HK', 'MO', 'KR', 'KP', 'VN', 'SG']);

/**
 * Surname-only forms of a person's name, for coreference ('Massoud', 'von der Leyen', 'Assad').
 * Returns [] when the name has a single word.
 */
export function surnameForms(name: string, country?: string): string[] {
  const clean = name.replace(/\([^)]*\)/g, ' ').replace(/,.*$/, '').trim();
  // Regnal names and epithets ('Felipe VI of Spain', 'Charles III', 'Pliny the Elder') have no surname.
  // Nor has a reign name ending in its title ('Zhengde Emperor', 'Suleiman the Magnificent').
  if (/\b(of|the)\b/i.test(clean) || /\s[IVX]+$/.test(clean) || REGNAL_TITLE_LAST.test(clean)) return [];
  const tokens = clean.split(/\s+/).filter((t) => !SUFFIXES.test(t));
  if (tokens.length < 2) return [];
  if (country && FAMILY_FIRST.has(country)) return [tokens[0]];
  let i = tokens.length - 1;
  while (i > 1 && PARTICLES.has(tokens[i - 1].toLowerCase())) i--;
  const surname = tokens.slice(i).join(' ');
  const out = [surname];
  // 'al-Assad' / 'el-Sisi' are also written without the article.
  const m = /^(?:al|el|ad|as|ash|at|az|an|ar)[-‐'’](\p{Lu}.*)$/iu.exec(surname);
  if (m) out.push(m[1]);
  return out;
}

/** Prominence below which a person gets no surname alias (size knob, see entityAliases). */
export const SURNAME_MIN_PROMINENCE = 0.2;

/** Prominence from which a person's bare surname links without an earlier full name. */
export const KNOWN_BY_SURNAME = 0.9;

/** All [alias, flags] pairs for one merged record, deduplicated by exact text (flags OR-ed). */
export function entityAliases(rec: EntityRecord): [string, number][] {
  const out = new Map<string, number>();
  // notAliases match exactly ('apple' is not Apple Inc., 'Apple' is); the display name always stays.
  const not = new Set(rec.notAliases ?? []);
  const add = (text: string, opts: { primary?: boolean; partial?: boolean }) => {
    const t = text.trim().replace(/\s+/g, ' ');
    if (!opts.primary && not.has(t)) return;
    if (!opts.primary && !isUsableAlias(t, opts.partial)) return;
    out.set(t, (out.get(t) ?? 0) | aliasFlags(t, opts));
  };
  // A surname is Partial even when a maintainer lists it: the matcher links it through an earlier full
  // name. The few people the world knows by surname alone ('Putin', 'Merkel') are the exception; only
  // curated people can reach that prominence (imported people are capped below it in import.ts).
  // Size knob: the least known (back-bench legislators, 0.15) get no surname row; within an article
  // core/linking/coref.ts still links a bare surname to a full name it has seen.
  const surnames = rec.type === 'person' && (rec.prominence === undefined || rec.prominence >= SURNAME_MIN_PROMINENCE) ? surnameForms(rec.name, rec.country) : [];
  const partial = (rec.prominence ?? 0) < KNOWN_BY_SURNAME;
  add(rec.name, { primary: true });
  for (const a of rec.aliases ?? []) add(a, { partial: partial && surnames.includes(a.trim()) });
  for (const s of surnames) if (!out.has(s)) add(s, { partial });
  return [...out.entries()];
}
