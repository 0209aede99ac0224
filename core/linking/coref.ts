/**
 * Within-article references, walked in reading order:
 *  - Surnames: after "Ahmad Massoud" is named in full, a bare "Massoud" (or "Masood", a near miss)
 *    refers to him. Never to someone the article has not named in full. When several people
 *    named share the surname, the most salient wins: each full mention adds 1, or 0.3 when the
 *    name only describes someone else ("the son of Ahmad Shah Massoud"); ties go to the most recent.
 *  - Acronyms defined in the text: "National Resistance Front (NRF)" links every later "NRF" to
 *    the entity just named; if the defined name is unknown to us, the acronym is blocked in this
 *    article so a namesake in the index ("NRF" elsewhere) cannot claim it.
 */
import type { Mention } from '../types';
import { Gap, TokFlag, WordSet, hashKey, type Tokens } from './tokenize';
import type { Lexicon } from './match';
import type { Option } from './resolve';
import { FUNCTION_WORDS, TITLE_WORDS, isFirstName, unknownNameWord } from './resolve';
import { FUZZY_MIN_WORD, fuzzySurname, skeletonHash, skeletonHashAt } from './fuzzy';
import { skeleton } from './normalize';
import { entityById } from './entity-view';

/** A resolved or unresolved span in reading order (alias candidates and fuzzy full names). */
export interface Span {
  t0: number;
  t1: number;
  mention: Mention | null;
  options: Option[];
}

const PARTICLES = new Set('von van der den de du da di del della dos das le la al el bin ibn ben bint abu ter ten'.split(' '));
const RELATIONS = new WordSet(
  'son daughter father mother brother sister wife husband widow widower grandson granddaughter nephew niece cousin uncle aunt child children successor predecessor'.split(' '),
);
/** Countries whose people's names put the family name first. */
const FAMILY_NAME_FIRST = new Set(['CN', 'TW', 'HK', 'MO', 'KR', 'KP', 'VN']);
/** Weight of a full mention that only describes someone else ("the son of X"). */
const DESCRIPTIVE_WEIGHT = 0.3;

interface Holder {
  id: string;
  weight: number;
  last: number;
}

/** Words that open a sentence before a name and are nobody's first name there, whatever odd names the
 *  index holds ("Both Johnson and Corbyn attacked …"). */
const SENTENCE_OPENERS = new WordSet('both either neither even just maybe perhaps any nor do does did only also still yet thus'.split(' '));

const ACRONYM_RE = /^[A-Z][A-Za-z0-9&]{0,8}[A-Z0-9]$/;

/** The acronym's letters appear in order in the name, starting with its first letter. */
export function acronymFits(acronym: string, name: string): boolean {
  const words = name.split(/[\s\-–—]+/).filter((w) => w && !FUNCTION_WORDS.has(w.toLowerCase()));
  if (words.length === 0) return false;
  const letters = acronym.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (letters.length < 2 || letters[0] !== words[0][0]?.toLowerCase()) return false;
  // Every word that starts with a capital contributes its first letter, in order, as a subsequence
  // of the acronym; or the acronym is a subsequence of the name's letters (ISIS ← Islamic State).
  const initials = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0].toLowerCase()).join('');
  if (initials === letters) return true;
  const flat = words.join('').toLowerCase();
  let j = 0;
  for (let i = 0; i < flat.length && j < letters.length; i++) if (flat[i] === letters[j]) j++;
  return j === letters.length && initials.length >= 2 && letters.length <= initials.length + 2;
}

/**
 * Link surnames and acronyms. `spans` are sorted by t0 and do not overlap. Returns all mentions
 * (the alias ones, possibly replaced, plus the new ones), sorted by start.
 */
export function linkWithinArticle(lex: Lexicon, text: string, tk: Tokens, spans: Span[]): Mention[] {
  const out: Mention[] = [];
  const surnames = new Map<string, Holder[]>();
  /** Acronym (exact case) → entity id, or null when blocked; with the offset it is valid from. */
  const acronyms = new Map<string, { id: string | null; from: number }>();
  /** Token hashes of those acronyms (a word with the same text has the same hash). */
  const acronymHashes = new Set<number>();
  let maxSurnameLen = 1;
  /** Hashes of the first word of every registered surname form. */
  const surnameFirstHashes = new Set<number>();
  /** First letters of one-word surnames long enough for a near miss. */
  const surnameInitials = new Set<number>();
  /** Near-miss similarity per (word, surname): a word recurs, fuse.js need not. */
  const fuzzyMemo = new Map<string, number | null>();
  /** Skeleton of one-word surnames → the surnames, for near misses ("Masood" → massoud). */
  const surnameSkeletons = new Map<string, string[]>();
  /** skeletonHash of those skeletons: most capitalized words are ruled out without making a key. */
  const surnameSkeletonHashes = new Set<number>();

  const register = (m: Mention, t0: number, t1: number) => {
    let w = 1;
    if (t0 >= 2 && tk.keyIs(t0 - 1, 'of') && RELATIONS.at(tk, t0 - 2)) w = DESCRIPTIVE_WEIGHT;
    else if (t0 >= 1 && tk.keyIs(t0 - 1, 'late')) w = DESCRIPTIVE_WEIGHT;
    const keys: string[] = [];
    for (let t = t0; t < t1; t++) keys.push(tk.key(t));
    let fw = firstWords.get(m.id);
    if (!fw) firstWords.set(m.id, (fw = new Set()));
    for (const k of keys.slice(0, -1)) fw.add(k);
    const forms = new Set<string>([keys[keys.length - 1]]);
    // Family name first: "Xi Jinping" is "Xi", "Moon Jae-in" is "Moon".
    const e = entityById(lex, m.id);
    if (e?.country && FAMILY_NAME_FIRST.has(e.country) && keys.length >= 2) {
      let f0 = 0;
      while (f0 < keys.length - 1 && TITLE_WORDS.has(keys[f0])) f0++;
      if (f0 < keys.length - 1) forms.add(keys[f0]);
    }
    for (let j = 1; j < keys.length - 1; j++) if (PARTICLES.has(keys[j])) forms.add(keys.slice(j).join(' '));
    for (const f of forms) {
      surnameFirstHashes.add(hashKey(f.split(' ')[0]));
      if (f.indexOf(' ') < 0 && f.length >= FUZZY_MIN_WORD) {
        surnameInitials.add(f.charCodeAt(0));
        const sk = skeleton(f);
        surnameSkeletonHashes.add(skeletonHash(sk));
        const list = surnameSkeletons.get(sk);
        if (!list) surnameSkeletons.set(sk, [f]);
        else if (!list.includes(f)) list.push(f);
      }
      maxSurnameLen = Math.max(maxSurnameLen, f.split(' ').length);
      let hs = surnames.get(f);
      if (!hs) surnames.set(f, (hs = []));
      let h = hs.find((x) => x.id === m.id);
      if (!h) hs.push((h = { id: m.id, weight: 0, last: 0 }));
      h.weight += w;
      h.last = m.start;
    }
  };

  /** Is token t the first word of a full name registered for one of these holders? */
  const namedFirst = (t: number, hs: Holder[]): boolean => {
    const k = tk.key(t);
    return hs.some((h) => firstWords.get(h.id)?.has(k));
  };
  const firstWords = new Map<string, Set<string>>();
  /** A capitalized word before a surname that reads as someone's first name ("Hunter" Biden);
   *  at a sentence start only if it is a first name the index knows ("Later, von der Leyen"). */
  const otherFirstName = (t: number): boolean =>
    unknownNameWord(tk, t, true) && (!(tk.flags[t] & TokFlag.SentStart) || (isFirstName(lex, tk.key(t)) && !SENTENCE_OPENERS.at(tk, t)));

  const maybeSurnameSkeleton = (t: number): boolean => {
    const h = skeletonHashAt(text, tk.start[t], tk.end[t]);
    return h === -1 || surnameSkeletonHashes.has(h);
  };

  const pick = (hs: Holder[]): Holder => {
    let best = hs[0];
    for (const h of hs) if (h.weight > best.weight + 1e-9 || (Math.abs(h.weight - best.weight) < 1e-9 && h.last > best.last)) best = h;
    return best;
  };

  /** Longest registered surname starting at token t (up to `limit`): [holder, token count]. */
  const surnameAt = (t: number, limit: number): [Holder, number] | null => {
    // Cheap test on the word's hash before making any string.
    if (surnames.size === 0 || !surnameFirstHashes.has(tk.hash[t])) return null;
    for (let L = Math.min(maxSurnameLen, limit - t); L >= 1; L--) {
      let k = tk.key(t);
      let ok = true;
      for (let j = 1; j < L; j++) {
        if (tk.gap[t + j] !== Gap.Space) {
          ok = false;
          break;
        }
        k += ' ' + tk.key(t + j);
      }
      if (!ok) continue;
      // The surname's last word must be capitalized: "von der Leyen", never "massoud".
      if (!(tk.flags[t + L - 1] & TokFlag.Cap)) continue;
      if (L === 1 && (tk.flags[t] & TokFlag.AllCaps) && tk.end[t] - tk.start[t] > 1 && !(tk.flags[t] & TokFlag.SentStart)) {
        // An all-caps word is an acronym, not a surname ("WHO"), unless the whole line shouts.
        if (!(t + 1 < tk.count && tk.flags[t + 1] & TokFlag.AllCaps)) continue;
      }
      const hs = surnames.get(k);
      // "St. Martin's Press", "Saint Laurent": a saint's name, not the surname of someone named here.
      if (hs && t > 0 && (tk.keyIs(t - 1, 'st') || tk.keyIs(t - 1, 'saint')) && tk.flags[t - 1] & TokFlag.Cap) return null;
      // "Hunter Biden" after "Joe Biden": another first name, another person.
      if (hs && t > 0 && tk.gap[t] === Gap.Space && otherFirstName(t - 1) && !namedFirst(t - 1, hs)) return null;
      // "He Jianxiong" after "Liu He", "Trump Tower": a capitalized name word right after starts a longer name.
      const n = t + L;
      if (hs && n < tk.count && tk.gap[n] === Gap.Space && !(tk.flags[n] & TokFlag.SentStart) && unknownNameWord(tk, n, false)) return null;
      if (hs) return [pick(hs), L];
    }
    return null;
  };

  const acronymAt = (t: number): Mention | null | undefined => {
    // By the word's hash first: no string is made for most capitalized words.
    if (acronyms.size === 0 || !acronymHashes.has(tk.hash[t])) return undefined;
    const raw = text.slice(tk.start[t], tk.end[t]);
    const a = acronyms.get(raw);
    if (!a || tk.start[t] < a.from) return undefined;
    if (a.id === null) return null;
    return { start: tk.start[t], end: tk.end[t], text: raw, id: a.id, score: 0.9, via: 'acronym' };
  };

  /** "(ACR)" right after token t1-1? Returns the acronym token index. */
  const parenAcronym = (t1: number): number => {
    if (t1 >= tk.count) return -1;
    const s = tk.start[t1];
    const e = tk.end[t1];
    if (text.charCodeAt(e) !== 41 /* ) */) return -1;
    const between = text.slice(tk.end[t1 - 1], s);
    if (!/^\s*\($/.test(between)) return -1;
    return ACRONYM_RE.test(text.slice(s, e)) ? t1 : -1;
  };

  const define = (t: number, id: string | null, name: string) => {
    const acr = text.slice(tk.start[t], tk.end[t]);
    if (!acronymFits(acr, name)) return false;
    if (!acronyms.has(acr) || acronyms.get(acr)!.id !== id) acronyms.set(acr, { id, from: tk.start[t] });
    acronymHashes.add(tk.hash[t]);
    return true;
  };

  let si = 0;
  let t = 0;
  while (t < tk.count) {
    const sp = si < spans.length && spans[si].t0 === t ? spans[si] : null;
    if (sp) {
      si++;
      const single = sp.t1 - sp.t0 === 1;
      let m = sp.mention;
      // A defined acronym overrides whatever the index says about the same letters.
      const am = single ? acronymAt(t) : undefined;
      if (am !== undefined) m = am;
      else {
        // The surname of someone named in full here wins over what the index says of the word.
        const sur = surnameAt(t, sp.t1);
        if (sur && sur[1] === sp.t1 - sp.t0 && (!m || m.id !== sur[0].id)) {
          m = { start: tk.start[t], end: tk.end[sp.t1 - 1], text: text.slice(tk.start[t], tk.end[sp.t1 - 1]), id: sur[0].id, score: 0.85, via: 'coref' };
        }
      }
      if (m) {
        out.push(m);
        const e = entityById(lex, m.id);
        if (e?.type === 'person' && sp.t1 - sp.t0 > 1 && m.via !== 'coref') register(m, sp.t0, sp.t1);
        const at = parenAcronym(sp.t1);
        if (at >= 0 && define(at, m.id, m.text)) {
          // The acronym in parentheses is itself a mention of the entity.
          out.push({ start: tk.start[at], end: tk.end[at], text: text.slice(tk.start[at], tk.end[at]), id: m.id, score: 0.9, via: 'acronym' });
          t = at + 1;
          if (si < spans.length && spans[si].t0 === at) si++;
          continue;
        }
      }
      t = sp.t1;
      continue;
    }
    // A token no alias matched.
    const f = tk.flags[t];
    if ((f & TokFlag.Cap) && (f & TokFlag.Alpha)) {
      const limit = si < spans.length ? spans[si].t0 : tk.count;
      const am = acronymAt(t);
      if (am) {
        out.push(am);
        t++;
        continue;
      }
      const sur = am === undefined ? surnameAt(t, limit) : null;
      if (sur) {
        const L = sur[1];
        out.push({ start: tk.start[t], end: tk.end[t + L - 1], text: text.slice(tk.start[t], tk.end[t + L - 1]), id: sur[0].id, score: 0.85, via: 'coref' });
        t += L;
        continue;
      }
      if (
        am === undefined &&
        !(f & TokFlag.AllCaps) &&
        tk.end[t] - tk.start[t] >= FUZZY_MIN_WORD &&
        surnameInitials.has(text.charCodeAt(tk.start[t]) | 32) &&
        maybeSurnameSkeleton(t)
      ) {
        const fm = fuzzyCoref(tk, t, text, surnames, surnameSkeletons, pick, fuzzyMemo);
        if (fm) {
          out.push(fm);
          t++;
          continue;
        }
      }
      // An unknown name with an acronym: "Some Unknown Front (SUF)" blocks "SUF" here.
      const at = parenAcronym(t + 1);
      if (at >= 0) {
        let b = t;
        while (b > 0 && tk.gap[b] === Gap.Space && ((tk.flags[b - 1] & TokFlag.Cap) || FUNCTION_WORDS.at(tk, b - 1)) && t - b < 8) b--;
        while (b < t && !(tk.flags[b] & TokFlag.Cap)) b++;
        if (define(at, null, text.slice(tk.start[b], tk.end[t]))) {
          t = at + 1;
          if (si < spans.length && spans[si].t0 === at) si++;
          continue;
        }
      }
    }
    t++;
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

function fuzzyCoref(
  tk: Tokens,
  t: number,
  text: string,
  surnames: Map<string, Holder[]>,
  skeletons: Map<string, string[]>,
  pick: (hs: Holder[]) => Holder,
  memo: Map<string, number | null>,
): Mention | null {
  const key = tk.key(t);
  const candidates = skeletons.get(skeleton(key));
  if (!candidates || TITLE_WORDS.has(key) || FUNCTION_WORDS.has(key)) return null;
  const raw = text.slice(tk.start[t], tk.end[t]);
  let best: { h: Holder; sim: number } | null = null;
  for (const surname of candidates) {
    const mk = key + '\u0001' + surname;
    let sim = memo.get(mk);
    if (sim === undefined) memo.set(mk, (sim = fuzzySurname(key, raw, surname)));
    if (sim === null) continue;
    const h = pick(surnames.get(surname)!);
    if (!best || sim > best.sim) best = { h, sim };
  }
  if (!best) return null;
  return { start: tk.start[t], end: tk.end[t], text: raw, id: best.h.id, score: Math.round(0.6 * 1000 + best.sim * 300) / 1000, via: 'fuzzy' };
}
