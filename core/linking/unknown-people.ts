/**
 * People the article names in full whom the index does not hold: "Scooter Braun", "Michael Cohen".
 * Later the article calls them by surname ("Braun said", "Cohen's studies"), and that bare word must
 * not become the company Braun or a shop called "Cohen's": the reader knows it is the person. The
 * index's own people are handled by coreference (coref.ts); this is the same reading for the others.
 */
import { Gap, TokFlag, type Tokens } from './tokenize';
import type { Candidate } from './match';

export interface NameWords {
  /** Is this key a first name the index knows? */
  firstName(key: string): boolean;
  /** Could token t be part of a person's name? */
  nameWord(t: number): boolean;
  /** "the", "as", "Friday": people's names in the index start with such words too. */
  functionWord(t: number): boolean;
  /** "Singer", "Sen.": a title before a name starts no longer name. */
  title(t: number): boolean;
  /** "said", "told": a verb of speech at token t. */
  speaks(t: number): boolean;
  /** "is", "has", "said": a verb a sentence's subject takes, at token t. */
  subjectVerb?(t: number): boolean;
  /** Is the name at token t one the index knows well (a one-word name of a famous entity)? */
  wellKnown?(t: number): boolean;
}

/** Surnames of "<first name> <Surname>" pairs that no multi-word alias covers: token hash → key. */
export function unknownSurnames(text: string, tk: Tokens, cands: Candidate[], w: NameWords): Map<number, string> {
  const out = new Map<number, string>();
  // Tokens inside a multi-word candidate: a name the index knows ("Paris Hilton" if held).
  const known = new Uint8Array(tk.count);
  for (const c of cands) if (c.t1 - c.t0 > 1) for (let t = c.t0; t < c.t1; t++) known[t] = 1;
  for (let t = 0; t + 1 < tk.count; t++) {
    const s = t + 1;
    // Most words are in lower case: test the capitals first.
    if (!(tk.flags[t] & TokFlag.Cap) || !(tk.flags[s] & TokFlag.Cap)) continue;
    // One space between, nothing else ("Israel - Egypt" is a list).
    if (known[t] || known[s] || tk.gap[s] !== Gap.Space || tk.start[s] - tk.end[t] !== 1 || text.charCodeAt(tk.end[t]) !== 32) continue;
    if (!(tk.flags[t] & TokFlag.Cap) || tk.flags[t] & TokFlag.AllCaps || !w.nameWord(s)) continue;
    // "New Jersey", "Grand Rapids": the first word must be a first name the index knows, not a function
    // word ("As Uber"), and not inside a run ("Black Friday Apple").
    // At a sentence start only when a verb of speech follows ("Jordan Peterson said"): "Maybe Instagram" does not speak.
    if (w.functionWord(t) || !w.firstName(tk.key(t))) continue;
    // "Scooter Braun is allegedly unhappy": a lede's subject, a verb right after, counts too unless the
    // second word is a name the index knows well ("Maybe Instagram is", "Will Apple has").
    if (tk.flags[t] & TokFlag.SentStart && !(s + 1 < tk.count && tk.gap[s + 1] === Gap.Space && w.speaks(s + 1)) && !appositiveAfter(text, tk, s) && !subjectOfSentence(tk, s, w)) continue;
    // A title or an abbreviation may stand before the name ("Singer Michael McDonald", "DL Sheldon Richardson").
    if (t > 0 && tk.gap[t] === Gap.Space && tk.flags[t - 1] & TokFlag.Cap && !(tk.flags[t - 1] & TokFlag.AllCaps) && !w.title(t - 1)) continue;
    // The surname ends the name: "Virginia Beach Road" is no person.
    if (s + 1 < tk.count && tk.gap[s + 1] === Gap.Space && tk.flags[s + 1] & TokFlag.Cap && !(tk.flags[s + 1] & TokFlag.SentStart)) continue;
    out.set(tk.hash[s], tk.key(s));
  }
  return out;
}

/** "<First> <Surname> is/has/said …" with a surname the index does not know well. */
function subjectOfSentence(tk: Tokens, s: number, w: NameWords): boolean {
  const v = s + 1;
  return !!w.subjectVerb && v < tk.count && tk.gap[v] === Gap.Space && !(tk.flags[v] & TokFlag.Cap) && w.subjectVerb(v) && !w.wellKnown?.(s);
}

/** ", an expert in", ", the director of": a comma and an article in lower case after token s introduce
 *  who the person named just before is ("Ian Hamilton, an expert in drug use"). */
function appositiveAfter(text: string, tk: Tokens, s: number): boolean {
  const a = s + 1;
  if (a >= tk.count || tk.flags[a] & TokFlag.Cap || !(tk.keyIs(a, 'a') || tk.keyIs(a, 'an') || tk.keyIs(a, 'the'))) return false;
  return /^,\s+$/.test(text.slice(tk.end[s], tk.start[a]));
}
