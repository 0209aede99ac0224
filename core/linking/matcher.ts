/**
 * The matcher: built once from the compiled index, then `find(text)` per article.
 *
 *   text ─► tokenize ─► candidates (match.ts, leftmost-longest over alias token sequences)
 *        ─► resolve (resolve.ts: options, article context, cues, thresholds)
 *        ─► near-miss full names (fuzzy.ts) ─► surnames + defined acronyms (coref.ts) ─► mentions
 *
 * Pure and deterministic: the same index and text always give the same mentions.
 */
import type { CompiledEntity, FindOptions, KbIndex, Matcher, Mention } from '../types';
import { tokenize, TokFlag, Gap, type Tokens } from './tokenize';
import { buildLexicon, findCandidates, type Candidate, type Lexicon } from './match';
import { resolveCandidates, TITLE_WORDS, FUNCTION_WORDS } from './resolve';
import { linkWithinArticle, type Span } from './coref';
import { fuzzyFilters, fuzzyMultiWord, runSkeletonHash, skeletonHashAt } from './fuzzy';
import { skeleton } from './normalize';
import { withMiddleInitials } from './middle-initials';
import { withShortBodyNames } from './short-body-names';
import { withCompanyShortNames } from './company-short-names';
import { obscureOfficeHolder, politicalStory } from './topic';
import { inHandle } from './handles';

export { tokenize } from './tokenize';

/** Longest capitalized run tried for a near-miss full name. */
const FUZZY_MAX_RUN = 6;

export function createMatcher(index: KbIndex): Matcher & { lexicon: Lexicon } {
  const lex = buildLexicon(index);
  return {
    lexicon: lex,
    find(text: string, opts?: FindOptions): Mention[] {
      return findMentions(lex, text, opts);
    },
    entity(id: string): CompiledEntity | undefined {
      const i = lex.byId.get(id);
      return i === undefined ? undefined : index.entities[i];
    },
  };
}

export function findMentions(lex: Lexicon, text: string, opts?: FindOptions): Mention[] {
  const tk = tokenize(text);
  // A name inside "@PFF_Browns" or an e-mail address is part of an identifier (handles.ts).
  const cands = inLanguage(lex, withMiddleInitials(lex, text, tk, findCandidates(lex, text, tk)), opts?.lang).filter((c) => !inHandle(text, c.start, c.end));
  const res = resolveCandidates(lex, text, tk, cands, opts?.lang ?? undefined);
  let spans: Span[] = cands.map((c, k) => ({ t0: c.t0, t1: c.t1, mention: res.mentions[k], options: res.options[k] }));
  if (res.extra.length) spans = mergeByStart(spans, res.extra.map((x) => ({ ...x, options: [] })));
  const fuzzy = fuzzyFullNames(lex, text, tk, spans);
  let all = spans;
  if (fuzzy.length) {
    // A near-miss full name replaces the unlinked spans inside it ("Saleh" in "Amrulah Saleh").
    const inFuzzy = new Uint8Array(tk.count);
    for (const f of fuzzy) for (let t = f.t0; t < f.t1; t++) inFuzzy[t] = 1;
    all = mergeByStart(spans.filter((s) => !inFuzzy[s.t0]), fuzzy);
  }
  const out = withCompanyShortNames(lex, text, tk, withShortBodyNames(lex, text, tk, linkWithinArticle(lex, text, tk, all)));
  // Surnames and short names found after resolving may sit in a handle too ("@dele_official").
  return out.some((m) => inHandle(text, m.start, m.end)) ? out.filter((m) => !inHandle(text, m.start, m.end)) : out;
}

/** Two lists sorted by t0 as one (a stable merge: equal starts keep a's first, as a stable sort of a then b). */
function mergeByStart(a: Span[], b: Span[]): Span[] {
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i].t0 <= b[j].t0) ? a[i++] : b[j++]);
  return out;
}

/**
 * Drops the aliases that belong to another language than the page's ('Londres' on an English page;
 * a page with no language takes none of them), and the candidates left with no alias.
 */
export function inLanguage(lex: Lexicon, cands: Candidate[], lang?: string | null): Candidate[] {
  // The alias columns, not index.aliasLang: a file's index makes that record only when asked.
  const sets = lex.langSets;
  if (!sets.length) return cands;
  const page = (lang ?? '').toLowerCase().slice(0, 2);
  const codes = lex.aliasLang;
  const ok = (id: number) => {
    const k = id < lex.nIndexAliases ? codes[id] : 0;
    return k === 0 || (page !== '' && sets[k - 1].split(',').includes(page));
  };
  // Most pages: every alias of every candidate is for any language (plain loops: one test per alias).
  let all = true;
  for (let k = 0; k < cands.length && all; k++) {
    const ids = cands[k].aliases;
    for (let j = 0; j < ids.length; j++) {
      const id = ids[j];
      if ((id < lex.nIndexAliases ? codes[id] : 0) !== 0 && !ok(id)) {
        all = false;
        break;
      }
    }
  }
  if (all) return cands;
  const out: Candidate[] = [];
  for (const c of cands) {
    if (c.aliases.every(ok)) out.push(c);
    else {
      const aliases = c.aliases.filter(ok);
      if (aliases.length) out.push({ ...c, aliases });
    }
  }
  return out;
}

/** Capitalized runs no alias matched, tried as near misses of multi-word names. */
function fuzzyFullNames(lex: Lexicon, text: string, tk: Tokens, spans: Span[]): Span[] {
  const out: Span[] = [];
  const covered = new Uint8Array(tk.count);
  // Spans that linked nothing (a surname-only alias, a dropped namesake) may be part of a near miss.
  for (const s of spans) if (s.mention) for (let t = s.t0; t < s.t1; t++) covered[t] = 1;
  const nameWord = (t: number) => {
    const f = tk.flags[t];
    return !covered[t] && (f & TokFlag.Cap) !== 0 && (f & TokFlag.Alpha) !== 0 && (f & TokFlag.AllCaps) === 0 && tk.end[t] - tk.start[t] >= 2;
  };
  const filters = fuzzyFilters(lex);
  // A Map, not a sparse array: writes far apart turn an array into a slow dictionary.
  const skel = new Map<number, string>();
  const skelAt = (t: number) => {
    let k = skel.get(t);
    if (k === undefined) skel.set(t, (k = skeleton(tk.key(t))));
    return k;
  };
  /** Near-miss result per raw run text: a name recurs in an article, fuse.js need not. */
  const memo = new Map<string, ReturnType<typeof fuzzyMultiWord>>();
  let t = 0;
  while (t < tk.count) {
    if (!nameWord(t)) {
      t++;
      continue;
    }
    let e = t + 1;
    while (e < tk.count && e - t < FUZZY_MAX_RUN && tk.gap[e] === Gap.Space && nameWord(e)) e++;
    let found = false;
    // A near miss is two words or more (most runs are one capitalized word), and it shares at least
    // one word exactly with its alias: most runs stop here.
    let shares = false;
    if (e - t >= 2) for (let j = t; j < e && !shares; j++) shares = filters.word(tk.hash[j]);
    if (!shares) {
      t = e;
      continue;
    }
    // The whole run, after leading titles and function words ("President Ahmad Masood"): a near
    // miss inside a longer unknown name ("Jason La" in "Jason La Canfora") is not one.
    let a0 = t;
    while (a0 < e && (TITLE_WORDS.at(tk, a0) || FUNCTION_WORDS.at(tk, a0))) a0++;
    for (let L = e - a0; L >= 2 && !found && L === e - a0; L--) {
      for (let a = a0; a + L <= e; a++) {
        // Most runs fail here; test the first word's skeleton by hash before making its key.
        if (!filters.startHash(skeletonHashAt(text, tk.start[a], tk.end[a])) || !filters.start(skelAt(a))) continue;
        // And the whole run's skeleton by hash: most runs that pass the first word stop here.
        if (!filters.runHash(runSkeletonHash(text, tk.start, tk.end, a, a + L))) continue;
        const raw = text.slice(tk.start[a], tk.end[a + L - 1]);
        let hit = memo.get(raw);
        if (hit === undefined) {
          const keys: string[] = [];
          const skels: string[] = [];
          for (let j = a; j < a + L; j++) {
            keys.push(tk.key(j));
            skels.push(skelAt(j));
          }
          memo.set(raw, (hit = fuzzyMultiWord(lex, keys, skels, raw)));
        }
        if (!hit) continue;
        // "Kevin Mayer" the executive is no misspelt "Kevin Meyer" the politician: a little-known
        // office holder is found by near miss only after a title or in a story about government
        // ("Ahmad Lawan").
        const titled = a > 0 && TITLE_WORDS.at(tk, a - 1);
        if (obscureOfficeHolder(lex.index.entities[hit.entity]) && !titled && !politicalStory(tk)) continue;
        out.push({
          t0: a,
          t1: a + L,
          options: [],
          mention: {
            start: tk.start[a],
            end: tk.end[a + L - 1],
            text: raw,
            id: lex.index.entities[hit.entity].id,
            score: Math.round((0.5 + hit.similarity * 0.4) * 1000) / 1000,
            via: 'fuzzy',
          },
        });
        found = true;
        break;
      }
    }
    t = e;
  }
  return out;
}
