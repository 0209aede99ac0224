/**
 * The shorter full names news writes for well-known people whose index name is longer: without the
 * generational suffix ("Martin Luther King Jr." → "Martin Luther King") or without the middle names
 * ("Wilhelm Conrad Röntgen" → "Wilhelm Röntgen"). Without them only the bare surname matched, which
 * links only after a full name, so the person got no card at all.
 *
 * A short form is given only where it names one person: nobody else in the index is called or known
 * by it, no other person of comparable prominence derives it, and (for a dropped middle name) the
 * surname is rare in the index, since "James Maxwell" or "Maria Mayer" are most likely somebody else.
 */
import { AliasFlag, type EntityRecord } from '../../../core/types';
import { surnameForms } from './aliases';

/** People less known than this keep their names as the sources give them (size and risk). */
export const SHORT_NAME_MIN_PROMINENCE = 0.5;
/** A surname borne (as a surname alias) by this many people of the index is common. */
const COMMON_SURNAME = 3;
/** A rival deriving the same short form must be this much less prominent for the form to go to the first. */
const PROMINENCE_GAP = 0.15;

const SUFFIX = /,?\s+(?:Jr\.?|Sr\.?|II|III|IV)$/;
/** Countries whose people's names put the family name first: no "middle" name to drop. */
const FAMILY_FIRST = new Set(['CN', 'TW', 'HK', 'MO', 'KR', 'KP', 'VN', 'SG', 'JP', 'HU']);
/** Countries whose names carry two family names ("Federico García Lorca", "Carlos Slim Helú"): the
 *  middle word is a surname, not a name to drop. */
const TWO_SURNAMES = new Set(['ES', 'PT', 'BR', 'MX', 'AR', 'CO', 'CL', 'PE', 'VE', 'EC', 'BO', 'PY', 'UY', 'CU', 'DO', 'GT', 'HN', 'SV', 'NI', 'CR', 'PA', 'PR', 'AO', 'MZ', 'CV', 'GW', 'ST', 'TL', 'GQ', 'PH']);
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'dos', 'das', 'do', 'zu', 'ter', 'ten', 'bin', 'ibn', 'al', 'el', 'y', 'e', 'of', 'the']);

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** The short forms of one person's name, each with whether it drops a middle name. */
function shortForms(rec: EntityRecord): { text: string; middle: boolean }[] {
  const name = rec.name.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  const out: { text: string; middle: boolean }[] = [];
  const bare = name.replace(SUFFIX, '');
  if (bare !== name && bare.split(' ').length >= 2) out.push({ text: bare, middle: false });
  const words = bare.split(' ');
  // "First Middle Last" (three or four words, each capitalized, no particle, no initial).
  // Not after a suffix: "Martin Luther King Jr." is never "Martin King".
  if (bare === name && words.length >= 3 && words.length <= 4 && !FAMILY_FIRST.has(rec.country ?? '') && !TWO_SURNAMES.has(rec.country ?? '') && words.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w) && !PARTICLES.has(w.toLowerCase()))) {
    out.push({ text: `${words[0]} ${words[words.length - 1]}`, middle: true });
  }
  return out;
}

/**
 * Per record index, the short forms to add as aliases (flags from `flagsOf`). `aliasTexts`: every
 * alias text the index already has, with the records it points to (to leave taken names alone).
 */
export function shortPersonNames(records: EntityRecord[], aliasTexts: [string, number, number][], flagsOf: (t: string) => number): Map<number, [string, number][]> {
  const taken = new Set<string>();
  const surnameCount = new Map<string, number>();
  for (const [t, , f] of aliasTexts) {
    if (f & AliasFlag.Partial) surnameCount.set(fold(t), (surnameCount.get(fold(t)) ?? 0) + 1);
    else taken.add(fold(t));
  }
  // Short form → the records deriving it, most prominent first.
  const by = new Map<string, { i: number; p: number; text: string; middle: boolean }[]>();
  records.forEach((rec, i) => {
    if (rec.type !== 'person' || (rec.prominence ?? 0) < SHORT_NAME_MIN_PROMINENCE) return;
    for (const f of shortForms(rec)) {
      const k = fold(f.text);
      if (taken.has(k)) continue;
      if (f.middle) {
        const sur = surnameForms(rec.name, rec.country)[0];
        if (!sur || (surnameCount.get(fold(sur)) ?? 0) >= COMMON_SURNAME) continue;
      }
      const l = by.get(k) ?? [];
      l.push({ i, p: rec.prominence ?? 0, ...f });
      by.set(k, l);
    }
  });
  const out = new Map<number, [string, number][]>();
  for (const l of by.values()) {
    l.sort((a, b) => b.p - a.p || a.i - b.i);
    if (l.length > 1 && l[1].p > l[0].p - PROMINENCE_GAP) continue;
    const { i, text } = l[0];
    out.set(i, [...(out.get(i) ?? []), [text, flagsOf(text)]]);
  }
  return out;
}
