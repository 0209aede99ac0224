/**
 * A full name written with middle initials the index's name leaves out: "Timothy F. Geithner",
 * "Mikhail D. Prokhorov", "Gen. Martin E. Dempsey" (news style) are the index's "Timothy Geithner",
 * "Mikhail Prokhorov", "Martin Dempsey". Without this only the bare surname matched, a surname alias
 * that links only after a full name, so the person got no card at all.
 *
 * The span becomes a candidate of the two-word alias and goes through the resolver like the name
 * written without the initials (every namesake and context rule still applies). A person whose own
 * name carries other initials ("George H. W. Bush" for "George P. Bush") is not offered.
 */
import { AliasFlag } from '../types';
import { Gap, TokFlag, tokenize, type Tokens } from './tokenize';
import { findCandidates, surnameBearers, type Candidate, type Lexicon } from './match';
import { foldKey } from './normalize';

/** A surname this many people of the index bear is common (as RESOLVE.commonSurname). */
const COMMON_SURNAME = 3;

/** At most this many initials between first name and surname ("John F. X. Smith"). */
const MAX_INITIALS = 2;

/** Token t is one capital letter ("F" of "F."). */
function initialAt(text: string, tk: Tokens, t: number): boolean {
  if (tk.end[t] - tk.start[t] !== 1 || !(tk.flags[t] & TokFlag.Cap)) return false;
  const c = text.charCodeAt(tk.start[t]);
  return c >= 65 && c <= 90;
}

/** The initials of a name written "First X. Y. Last" ("XY"), or '' when it has none. */
function initialsOf(name: string): string {
  const m = /^\S+ ((?:\p{Lu}\. ?)+)\S/u.exec(name);
  return m ? m[1].replace(/[. ]/g, '') : '';
}

/** Per lexicon: "first|last" (folded) → the initials people of the index are written with between them
 *  ("george|bush" → HW, W). Made on first need: one pass over the aliases. */
const withInitials = new WeakMap<Lexicon, Map<string, Set<string>>>();
function initialsByName(lex: Lexicon): Map<string, Set<string>> {
  let m = withInitials.get(lex);
  if (m) return m;
  m = new Map();
  const ents = lex.index.entities;
  for (let id = 0; id < lex.aliasText.length; id++) {
    const a = lex.aliasText[id];
    if (a.indexOf('. ') < 0 || ents[lex.aliasEntity[id]].type !== 'person') continue;
    const x = /^(\S+) ((?:\p{Lu}\. ?)+)(\S+)$/u.exec(a);
    if (!x) continue;
    const k = `${foldKey(x[1])}|${foldKey(x[3])}`;
    let s = m.get(k);
    if (!s) m.set(k, (s = new Set()));
    s.add(x[2].replace(/[. ]/g, ''));
  }
  withInitials.set(lex, m);
  return m;
}

/** The aliases of the one person "First Last" (`short`, tokens `first` and `last` of tk) may name when
 *  written with these initials between, or null. */
function personWithInitials(lex: Lexicon, text: string, tk: Tokens, first: number, last: number, short: string, initials: string): number[] | null {
  // Initials that tell namesakes apart: "George P. Bush" is neither "George H. W. Bush" nor "George W. Bush".
  const known = initialsByName(lex).get(`${foldKey(text.slice(tk.start[first], tk.end[first]))}|${foldKey(text.slice(tk.start[last], tk.end[last]))}`);
  if (known && [...known].some((x) => x !== initials)) return null;
  const hit = findCandidates(lex, short, tokenize(short)).find((c) => c.t0 === 0 && c.t1 === 2);
  if (!hit) return null;
  const ents = lex.index.entities;
  const ids = hit.aliases.filter((id) => {
    const e = ents[lex.aliasEntity[id]];
    if (e.type !== 'person' || lex.aliasFlags[id] & AliasFlag.Partial) return false;
    const own = initialsOf(e.name);
    return own === '' || own === initials;
  });
  // One person only, with a surname few people of the index bear: where the index holds many John Fords
  // an initial most likely names one it does not hold ("the author John M. Ford").
  if (!ids.length || ids.some((id) => lex.aliasEntity[id] !== lex.aliasEntity[ids[0]]) || surnameBearers(lex, tk, last, COMMON_SURNAME) >= COMMON_SURNAME) return null;
  return ids;
}

/**
 * Candidates with "First X. Last" spans added where the index knows "First Last" as a person's name;
 * the candidates inside such a span (the first name, the bare surname) give way to it.
 */
export function withMiddleInitials(lex: Lexicon, text: string, tk: Tokens, cands: Candidate[]): Candidate[] {
  let added: Candidate[] | null = null;
  /** Tokens inside a candidate, made on the first initial seen (most texts have none). */
  let covered: Uint8Array | null = null;
  /** The verdict per "First Last" text and initials (the ids to add, or null): a name recurs, and every
   *  test below reads only those words, so the lookups need not. */
  const memo = new Map<string, number[] | null>();
  for (let t = 1; t + 1 < tk.count; t++) {
    // Token t is an initial after a capitalized word and a space, followed by a period.
    if (!initialAt(text, tk, t) || tk.gap[t] !== Gap.Space || tk.gap[t + 1] !== Gap.Period) continue;
    const first = t - 1;
    if ((tk.flags[first] & (TokFlag.Cap | TokFlag.Alpha)) !== (TokFlag.Cap | TokFlag.Alpha) || tk.flags[first] & TokFlag.AllCaps) continue;
    // Not itself an initial ("J. P. Morgan" is no first name "P").
    if (tk.end[first] - tk.start[first] < 2) continue;
    let last = t + 1;
    let initials = text[tk.start[t]];
    while (last + 1 < tk.count && initials.length < MAX_INITIALS && initialAt(text, tk, last) && tk.gap[last + 1] === Gap.Period) {
      initials += text[tk.start[last]];
      last++;
    }
    if ((tk.flags[last] & (TokFlag.Cap | TokFlag.Alpha)) !== (TokFlag.Cap | TokFlag.Alpha) || tk.flags[last] & TokFlag.AllCaps || tk.end[last] - tk.start[last] < 2) continue;
    // The name goes on ("John F. Kennedy Airport" is matched as written, or not at all).
    if (last + 1 < tk.count && tk.gap[last + 1] === Gap.Space && tk.flags[last + 1] & TokFlag.Cap) continue;
    // A name the index holds with its initials ("John F. Kennedy") is matched as written.
    if (!covered) {
      covered = new Uint8Array(tk.count);
      for (const c of cands) covered.fill(1, c.t0, c.t1);
    }
    if (covered[t]) continue;
    const short = `${text.slice(tk.start[first], tk.end[first])} ${text.slice(tk.start[last], tk.end[last])}`;
    const memoKey = `${short}|${initials}`;
    let ids = memo.get(memoKey);
    if (ids === undefined) memo.set(memoKey, (ids = personWithInitials(lex, text, tk, first, last, short, initials)));
    if (!ids) continue;
    (added ??= []).push({ t0: first, t1: last + 1, start: tk.start[first], end: tk.end[last], aliases: ids });
    t = last;
  }
  if (!added) return cands;
  // A candidate inside (or across) an added span gives way to it.
  const inAdded = new Uint8Array(tk.count);
  for (const a of added) inAdded.fill(1, a.t0, a.t1);
  const out: Candidate[] = [];
  for (const c of cands) {
    let clash = false;
    for (let t = c.t0; t < c.t1 && !clash; t++) clash = inAdded[t] === 1;
    if (!clash) out.push(c);
  }
  return out.concat(added).sort((a, b) => a.t0 - b.t0);
}
