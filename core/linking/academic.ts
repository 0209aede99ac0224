/**
 * A university town named for its university (issue 12, "a namesake whose context says otherwise"):
 * "an eminent scholar at Berkeley", "a law professor at Oxford", "At Sheffield, Kroto obtained a BSc
 * degree". Academic words around "at <town>" say the school, not the town: the town's card is wrong
 * there (the university keeps its mark where the index holds it by that name). Only the words right
 * around the span are read: a few token probes per candidate.
 */
import { Gap, TokFlag, WordSet, lowerWord, type Tokens } from './tokenize';

/** Nouns of one person's academic post or degree, right before "at": "a professor at", "a doctorate
 *  at". Plurals ("students at", "researchers at") are left out: crowds gather in towns. So are verbs of
 *  study ("he studied at Bologna and Florence"): they may say where, and golds read the town there. */
const ACADEMIC_BEFORE = new WordSet(
  ('scholar professor lecturer student undergraduate postgraduate fellow doctorate phd degree dean chancellor ' +
    'tenure professorship lectureship fellowship').split(' '),
);

/** Words of a degree or a post after "At <town>,": "At Sheffield, Kroto obtained a first class
 *  honours BSc degree". */
const ACADEMIC_AFTER = new WordSet(
  ('degree degrees doctorate phd bsc msc dphil professor lecturer fellowship professorship ' +
    'undergraduate postgraduate thesis dissertation').split(' '),
);

/** Any word of a few before "at" (same clause: no punctuation between) is academic. */
function academicBefore(tk: Tokens, at: number): boolean {
  for (let t = at - 1, n = 0; t >= 0 && n < 3; t--, n++) {
    if (ACADEMIC_BEFORE.at(tk, t)) return true;
    if (tk.gap[t] !== Gap.Space || tk.flags[t] & TokFlag.SentStart) return false;
  }
  return false;
}

/** "At <town>," opening a sentence, then a degree's or a post's word within eight tokens of the
 *  same sentence. */
function academicAfterOpening(tk: Tokens, at: number, t1: number): boolean {
  if (!(tk.flags[at] & TokFlag.SentStart) || t1 >= tk.count || tk.gap[t1] !== Gap.Break) return false;
  for (let t = t1; t < tk.count && t < t1 + 8; t++) {
    if (t > t1 && tk.flags[t] & TokFlag.SentStart) return false;
    if (ACADEMIC_AFTER.at(tk, t)) return true;
  }
  return false;
}

/** Words right before "from" that make what follows a school: "graduated from Columbia", "a law degree
 *  from Georgetown" (one graduates from a school, not a town). The nouns "graduates" and "graduate" are
 *  not among them: "MBA graduates from Mumbai" come from a town. */
const GRADUATED_FROM = new WordSet('graduated graduating degree degrees diploma doctorate phd mba'.split(' '));
/** Lower-case words that may follow a school's name in a sentence ("graduated from Yale in 1990"). */
const AFTER_SCHOOL = new WordSet('in on at and or with after before where when while since for to of by as last this that which who but then'.split(' '));

/** A lower-case word after the name that is no function word: "Manila hospitals", "Chicago schools". */
function nounAfter(tk: Tokens, t1: number): boolean {
  return t1 < tk.count && tk.gap[t1] === Gap.Space && lowerWord(tk, t1) && !AFTER_SCHOOL.at(tk, t1);
}

/** The verbs, which may stand two words before "from": "graduated early from Yale". */
const GRADUATED = new WordSet(['graduated', 'graduating']);
/** Words before "of": "a graduate of Princeton", "an alumnus of Berkeley", "dropped out of Stanford". */
const GRADUATE_OF = new WordSet('graduate graduates alumnus alumna alumni'.split(' '));

/** "graduated from Columbia", "a graduate of Princeton", "dropped out of Berkeley": the word right
 *  before "from"/"of" (or two before: "a law degree from") says school. */
function graduatedFrom(tk: Tokens, p: number): boolean {
  if (tk.keyIs(p, 'from')) {
    const lower = (t: number) => t >= 0 && !(tk.flags[t] & TokFlag.Cap) && tk.gap[t + 1] === Gap.Space;
    return (lower(p - 1) && GRADUATED_FROM.at(tk, p - 1)) || (lower(p - 1) && lower(p - 2) && GRADUATED.at(tk, p - 2));
  }
  if (!tk.keyIs(p, 'of') || p < 1) return false;
  return (GRADUATE_OF.at(tk, p - 1) && !(tk.flags[p - 1] & TokFlag.Cap)) || (p >= 2 && tk.keyIs(p - 1, 'out') && tk.keyIs(p - 2, 'dropped'));
}

/** The span [t0, t1) follows "at" in a sentence about one person's studies or academic post, or
 *  "graduated from" / "a graduate of". */
export function universityTownAt(tk: Tokens, t0: number, t1: number): boolean {
  const at = t0 - 1;
  if (at < 0 || tk.gap[t0] !== Gap.Space) return false;
  // "graduated from Manila hospitals": a lower-case noun after the name makes it a place's.
  if (!tk.keyIs(at, 'at')) return graduatedFrom(tk, at) && !nounAfter(tk, t1);
  return academicBefore(tk, at) || academicAfterOpening(tk, at, t1);
}
