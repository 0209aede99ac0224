/**
 * A name taken with a throne or the papacy ("Charles III", "Pope Francis") was not the person's name
 * before it: on a story from 2010 they were Prince Charles and Jorge Mario Bergoglio. Before every
 * reign or papacy the record dates, the card names the person by the first alias that is a name of
 * their own (no regnal number, no title of the office); without one, the name stays.
 */
import { isAfter } from '../dates';
import type { Fact, PartialDate } from '../types';
import { isReign, officeOf } from './describe';

/** The office's titles a name may carry in front ("Pope Francis", "King Charles"). */
const THRONE_TITLE = '(?:Pope|King|Queen|Emperor|Empress|Tsar|Sultan|Emir)';
/** A name taken with the throne: the title in front or a regnal number at the end ("Charles III"). */
const REGNAL = new RegExp(`(?:^${THRONE_TITLE}\\s)|\\s[IVXL]+$`);
/** An alias that is no name of the person's own: the title or a regnal number anywhere in it. */
const TITLED = new RegExp(`^${THRONE_TITLE}\\b|\\b[IVXL]+\\b`);

function isThrone(f: Fact): boolean {
  const office = officeOf(f);
  return !!office && (isReign(office) || /\bpope\b/i.test(office));
}

export function nameBeforeReign(name: string, aliases: readonly string[] | undefined, facts: readonly Fact[], asOf: PartialDate): string | undefined {
  if (!REGNAL.test(name)) return undefined;
  const thrones = facts.filter(isThrone);
  if (!thrones.length || thrones.some((f) => {
    const at = f.start ?? f.date;
    return !at || !isAfter(at, asOf);
  })) return undefined;
  return aliases?.find((a) => /\s/.test(a) && !TITLED.test(a));
}
