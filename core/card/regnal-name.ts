/**
 * A name taken with a throne or the papacy ("Charles III", "Pope Francis") was not the person's name
 * before it: on a story from 2010 they were Prince Charles and Jorge Mario Bergoglio. Before every
 * reign or papacy the record dates, the card names the person by the first alias that is a name of
 * their own (no regnal number, no title of the office); without one, the name stays.
 */
import { isAfter } from '../dates';
import type { Fact, PartialDate } from '../types';
import { isReign, officeOf } from './describe';

/** A regnal number ("III", "XIV") or the office's title in front ("Pope", "King"). */
const REGNAL = /(?:^(?:Pope|King|Queen|Emperor|Empress|Tsar|Sultan|Emir)\s)|\s[IVXL]+$/;
const TITLED = /^(?:Pope|King|Queen|Emperor|Empress|Tsar|Sultan|Emir)\b|\b[IVXL]+\b/;

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
