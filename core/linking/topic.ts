/**
 * Is this story about politics or government? The index holds some 70,000 office holders from every
 * country, many of them little known and sharing common names ("John Roth", "Chris Smith", "Kim Sang
 * Hee"). In a story about business, sport or the arts such a name is far more likely someone else the
 * index does not hold; in a story about government it is likely the office holder. Counted once per
 * article, on first need.
 */
import { TokFlag, WordSet, type Tokens } from './tokenize';
import type { CompiledEntity } from '../types';

/** Subtypes of people who hold or held a public office. */
export const OFFICE_KINDS = new Set(['politician', 'diplomat', 'official', 'civil-servant', 'judge']);

/** Below this an office holder is little known: one of the many ("John Roth", "Chris Smith"). */
export const OBSCURE_OFFICE_HOLDER = 0.6;

export function obscureOfficeHolder(e: CompiledEntity): boolean {
  return e.type === 'person' && e.prominence < OBSCURE_OFFICE_HOLDER && OFFICE_KINDS.has(e.subtype ?? '');
}

/** Words of politics, government and war. Each distinct one counts once. Words business
 *  news uses as much ("president", "secretary", "official", "agency", "policy", "court") are left out. */
const POLITICS_WORDS = new WordSet(
  ('politics political politician politicians government governments administration minister ministers ministry ' +
    'senator senators senate congress congressional congressman congresswoman lawmaker lawmakers legislator ' +
    'legislators legislature legislative parliament parliamentary mp mps governor governors mayor council ' +
    'councillor councilman councilwoman election elections elected reelection campaign voters vote votes voted ' +
    'ballot democrat democrats republican republicans democratic gop party parties opposition cabinet caucus ' +
    'constituency candidate candidates nominee legislation impeachment diplomat diplomats diplomatic ' +
    'embassy ambassador sanctions treaty prosecutor subcommittee impeached testimony military troops army war ' +
    'militants insurgents rebels ceasefire negotiations summit').split(' '),
);

/** How many distinct politics words the story uses, counted up to `max` (the scan stops there:
 *  a long story need not be read to its end to know it has enough). */
export function politicsWords(tk: Tokens, max = Infinity): number {
  const seen = new Set<number>();
  for (let t = 0; t < tk.count && seen.size < max; t++) {
    if (tk.flags[t] & TokFlag.Alpha && POLITICS_WORDS.at(tk, t)) seen.add(tk.hash[t]);
  }
  return seen.size;
}

/** A story that names government at work: enough for a little-known office holder to be read as one. */
export const POLITICS_MIN_WORDS = 2;

const political = new WeakMap<Tokens, boolean>();

/** Is the story about politics? Read once per text, on first need (the resolver and the near-miss
 *  pass both ask). */
export function politicalStory(tk: Tokens): boolean {
  let v = political.get(tk);
  if (v === undefined) political.set(tk, (v = politicsWords(tk, POLITICS_MIN_WORDS) >= POLITICS_MIN_WORDS));
  return v;
}
