/**
 * "President Reagan", "Chancellor Kohl", "Prime Minister Thatcher": a title of office before a bare
 * surname names the one well-known holder of such offices the index has by that surname, even where
 * the article never names them in full (older wire copy does not). Only when the title's kind of
 * office fits exactly one well-known bearer, and no other bearer of that kind comes near: "President
 * Kennedy" (a president and a senator) and "President Bush" (two presidents) stay unmarked here.
 * Someone the article names in full still wins (coref.ts runs after and replaces the pick).
 */
import type { CompiledEntity } from '../types';
import { Gap, TokFlag, WordSet, type Tokens } from './tokenize';
import { OFFICE_KINDS } from './topic';

const OFFICE_HOLDERS: ReadonlySet<string> = new Set(OFFICE_KINDS);
const HEADS = new Set(['head-of-state', 'head-of-government', 'politician']);

/** Titles by the kind of person who holds them, with the subtypes of that kind: a governor or a
 *  senator is no head of government ("Governor Thatcher" is not Margaret Thatcher). */
const TITLE_CLASSES: [titles: WordSet, kinds: ReadonlySet<string>][] = [
  [new WordSet('president premier chancellor minister'.split(' ')), HEADS],
  [new WordSet('senator sen governor gov representative rep mayor speaker secretary'.split(' ')), OFFICE_HOLDERS],
  [new WordSet('king queen emperor empress sultan emir'.split(' ')), new Set(['monarch'])],
  [new WordSet('pope ayatollah cardinal archbishop'.split(' ')), new Set(['religious-leader'])],
  [new WordSet('general gen admiral marshal'.split(' ')), new Set(['military', 'military-officer', 'military-personnel'])],
];

/** Days and months wire copy puts right after a name ("President Reagan Tuesday said"). */
const WIRE_DATES = new WordSet('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '));

/** Titles abbreviated with a period ("Sen. McCain", "Gov. Newsom", "Gen. Milley"). */
const ABBREVIATED = new WordSet('sen gov rep gen'.split(' '));

/** A bearer this well known is the one a title means... */
const WELL_KNOWN = 0.5;
/** ...when no other bearer of that kind is known better than this. */
const RIVAL = 0.3;

/**
 * The entity (index) a titled bare surname at token t names, or -1. `bearers`: the entities whose
 * surname the word is (the candidate's options, as entity indexes); `ents[i]` is entity i.
 */
export function titledSurname(tk: Tokens, t: number, bearers: readonly { entity: number }[], ents: readonly CompiledEntity[]): number {
  if (t === 0 || !(tk.flags[t - 1] & TokFlag.Cap) || tk.flags[t - 1] & TokFlag.AllCaps) return -1;
  if (tk.gap[t] !== Gap.Space && !(tk.gap[t] === Gap.Period && ABBREVIATED.at(tk, t - 1))) return -1;
  const cls = TITLE_CLASSES.find(([titles]) => titles.at(tk, t - 1));
  if (!cls) return -1;
  // "General Martin E. Dempsey", "President Jackson Lee": a capitalized word or an initial after it makes
  // the word a first name, not a bare surname.
  if (t + 1 < tk.count && tk.gap[t + 1] === Gap.Space && tk.flags[t + 1] & TokFlag.Cap && tk.flags[t + 1] & TokFlag.Alpha && !WIRE_DATES.at(tk, t + 1)) return -1;
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
