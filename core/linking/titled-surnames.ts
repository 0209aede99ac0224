/**
 * "President Reagan", "Chancellor Kohl", "Prime Minister Thatcher": a title of office before a bare
 * surname names the one well-known holder of such offices the index has by that surname, even where
 * the article never names them in full (older wire copy does not). Only when the title's kind of
 * office fits exactly one well-known bearer, and no other bearer of that kind comes near: "President
 * Kennedy" (a president and two senators) and "President Bush" (two presidents) stay unmarked here.
 * Someone the article names in full still wins (coref.ts runs after and replaces the pick).
 */
import type { CompiledEntity } from '../types';
import { Gap, TokFlag, WordSet, type Tokens } from './tokenize';
import { OFFICE_KINDS } from './topic';

/** Titles by the kind of person who holds them, with the subtypes of that kind. */
const TITLE_CLASSES: [titles: WordSet, kinds: ReadonlySet<string>][] = [
  [
    new WordSet('president premier chancellor minister senator sen governor gov representative rep mayor speaker secretary'.split(' ')),
    new Set([...OFFICE_KINDS, 'head-of-state', 'head-of-government']),
  ],
  [new WordSet('king queen emperor empress sultan emir'.split(' ')), new Set(['monarch'])],
  [new WordSet('pope ayatollah cardinal archbishop'.split(' ')), new Set(['religious-leader'])],
  [new WordSet('general gen admiral marshal'.split(' ')), new Set(['military', 'military-officer', 'military-personnel'])],
];

/** A bearer this well known is the one a title means... */
const WELL_KNOWN = 0.5;
/** ...when no other bearer of that kind is known better than this. */
const RIVAL = 0.3;

/**
 * The entity (index) a titled bare surname at token t names, or -1. `bearers`: the entities whose
 * surname the word is (the candidate's options, as entity indexes); `ents[i]` is entity i.
 */
export function titledSurname(tk: Tokens, t: number, bearers: readonly { entity: number }[], ents: readonly CompiledEntity[]): number {
  if (t === 0 || tk.gap[t] !== Gap.Space || !(tk.flags[t - 1] & TokFlag.Cap) || tk.flags[t - 1] & TokFlag.AllCaps) return -1;
  const cls = TITLE_CLASSES.find(([titles]) => titles.at(tk, t - 1));
  if (!cls) return -1;
  let pick = -1;
  for (const { entity } of bearers) {
    const e = ents[entity];
    if (e.type !== 'person' || !cls[1].has(e.subtype ?? '')) continue;
    if (e.prominence >= WELL_KNOWN) {
      if (pick >= 0) return -1;
      pick = entity;
    } else if (e.prominence >= RIVAL) return -1;
  }
  return pick;
}
