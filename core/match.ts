/**
 * Candidate spans: every place in the text where an alias's token sequence occurs, longest first.
 *
 * The lexicon is built once per index. Aliases are bucketed by their first token key (and, for
 * multi-word aliases, by their first two keys), so scanning a text costs one Map lookup per token
 * plus work only where a name actually starts. Each alias is fully compiled (tokens, gaps, case
 * rules) lazily, the first time its bucket is hit: most of a large gazetteer is never needed, and
 * loading stays fast.
 *
 * Matching is leftmost-longest: at each token the longest alias that fits wins and claims its
 * tokens ("Washington Post" is never also "Washington"). Case rules are part of matching, not of
 * resolution: "WHO" matches the acronym, "who" does not exist as a candidate at all.
 */
import { AliasFlag, type KbIndex } from './types';
import { Gap, TokFlag, tokenize, type Tokens } from './tokenize';
import { isAllCaps } from './normalize';

/** A compiled alias. `gaps[j]` is the gap class before token j (gaps[0] unused). */
export interface CompiledAlias {
  keys: string[];
  gaps: Uint8Array;
  /** Raw token text (exact case) per token, for case-sensitive tokens. */
  raws: string[];
  /** Per token: must match its raw form exactly (acronyms: "WHO", "US", "EU"). */
  exact: boolean[];
  /** Raw gap text for Break gaps ("," in "Washington, D.C."), compared literally. */
  gapRaw: (string | null)[];
  /** The alias's first token is capitalized, so the text's must be too ("China", never "china"). */
  cap0: boolean;
  /** The alias has a capitalized token, so the matched text must have one. */
  anyCap: boolean;
  entity: number;
  flags: number;
}

export interface Lexicon {
  index: KbIndex;
  /** Alias texts: the index's, then derived ones ("Washington Post" from "The Washington Post"). */
  aliasText: string[];
  aliasEntity: Int32Array;
  aliasFlags: Uint8Array;
  /** First key → single-token alias ids (or undefined) and whether multi-token aliases start here. */
  first: Map<string, FirstEntry>;
  /** "k1\u0001k2" → ids of aliases with ≥2 tokens starting with k1 k2. */
  pairs: Map<string, number[]>;
  compiled: (CompiledAlias | undefined)[];
  /** Lower-case entity id → index. */
  byId: Map<string, number>;
}

interface FirstEntry {
  single?: number[];
  multi: boolean;
}

/** A span where one or more aliases matched (all of the same, longest, length). */
export interface Candidate {
  t0: number;
  /** Exclusive token end. */
  t1: number;
  start: number;
  end: number;
  aliases: number[];
}

/** Single words that never link by alias alone, whatever a gazetteer says (days, months, pronouns). */
const NEVER_ALONE = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april june july ' +
    'august september october november december the a an of and or in on at to for by from with he she it ' +
    'we us they i you his her its our their this that these those who what when where which said says ' +
    'mr mrs ms dr president minister government news read also more new post times'
  ).split(' '),
);

const SEP = '\u0001';

/** Tokenize an alias cheaply (the same tokenizer as the text, so both sides fold alike). */
function aliasTokens(alias: string): Tokens {
  return tokenize(alias);
}

export function buildLexicon(index: KbIndex): Lexicon {
  const n = index.aliases.length;
  const aliasText: string[] = new Array(n);
  const ent: number[] = new Array(n);
  const fl: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const a = index.aliases[i];
    aliasText[i] = a[0];
    ent[i] = a[1];
    fl[i] = a[2];
  }
  // Articles are not part of a mention: "the Taliban" marks "Taliban"; "The Washington Post" is
  // also written "the Washington Post". A capitalized "The" stays a valid part of the name
  // ("The Hague"); a one-word remainder is derived only from a lower-case "the" (never "Who" from "The Who").
  const drop = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const t = aliasText[i];
    const lower = t.startsWith('the ');
    if (!lower && !t.startsWith('The ')) continue;
    const rest = t.slice(4).trim();
    if (rest.length < 2 || (!lower && rest.indexOf(' ') < 0)) continue;
    if (lower) drop[i] = 1;
    aliasText.push(rest);
    ent.push(ent[i]);
    fl.push(fl[i] & ~AliasFlag.Primary);
  }
  const first = new Map<string, FirstEntry>();
  const pairs = new Map<string, number[]>();
  for (let id = 0; id < aliasText.length; id++) {
    if (id < n && drop[id]) continue;
    const k = firstKeys(aliasText[id]);
    if (!k) continue;
    let fe = first.get(k[0]);
    if (!fe) first.set(k[0], (fe = { multi: false }));
    if (k.length === 1) {
      // Keep acronyms ("US", "WHO"): exact case makes them safe.
      const t = aliasText[id];
      if (NEVER_ALONE.has(k[0]) && !(fl[id] & AliasFlag.CaseSensitive) && !(t.length <= 5 && isAllCaps(t))) continue;
      (fe.single ??= []).push(id);
    } else {
      fe.multi = true;
      const pk = k[0] + SEP + k[1];
      const arr = pairs.get(pk);
      if (arr) arr.push(id);
      else pairs.set(pk, [id]);
    }
  }
  const byId = new Map<string, number>();
  index.entities.forEach((e, i) => byId.set(e.id, i));
  return {
    index,
    aliasText,
    aliasEntity: Int32Array.from(ent),
    aliasFlags: Uint8Array.from(fl),
    first,
    pairs,
    compiled: new Array(aliasText.length),
    byId,
  };
}

/** The first one or two token keys of an alias; fast for plain ASCII words. */
function firstKeys(alias: string): [string] | [string, string] | null {
  // Fast path: ASCII letters/digits separated by single spaces or hyphens.
  let i = 0;
  const n = alias.length;
  let a = -1, b = -1, c = -1, d = -1;
  let slow = false;
  while (i < n) {
    const ch = alias.charCodeAt(i);
    const word = (ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90) || (ch >= 48 && ch <= 57);
    if (word) {
      if (a < 0) a = i;
      else if (b >= 0 && c < 0) c = i;
      i++;
      continue;
    }
    if (ch === 32 || ch === 45) {
      if (a >= 0 && b < 0) b = i;
      else if (c >= 0 && d < 0) {
        d = i;
        break;
      }
      i++;
      continue;
    }
    slow = true;
    break;
  }
  if (!slow) {
    if (a < 0) return null;
    if (b < 0) return [alias.slice(a).toLowerCase()];
    if (c < 0) return [alias.slice(a, b).toLowerCase()];
    return [alias.slice(a, b).toLowerCase(), alias.slice(c, d < 0 ? n : d).toLowerCase()];
  }
  const t = aliasTokens(alias);
  if (t.count === 0) return null;
  if (t.count === 1) return [t.key[0]];
  return [t.key[0], t.key[1]];
}

export function compileAlias(lex: Lexicon, id: number): CompiledAlias {
  let c = lex.compiled[id];
  if (c) return c;
  const text = lex.aliasText[id];
  const t = aliasTokens(text);
  const raws: string[] = [];
  const exact: boolean[] = [];
  const gapRaw: (string | null)[] = [];
  let anyCap = false;
  const caseSensitive = (lex.aliasFlags[id] & AliasFlag.CaseSensitive) !== 0;
  for (let j = 0; j < t.count; j++) {
    const raw = text.slice(t.start[j], t.end[j]);
    raws.push(raw);
    const cap = (t.flags[j] & TokFlag.Cap) !== 0;
    if (cap) anyCap = true;
    // Short all-caps tokens are acronyms: "WHO" must never match "who" or "Who".
    const acronym = raw.length >= 2 && raw.length <= 5 && isAllCaps(raw);
    // A one-word alias of one or two letters is only safe in its exact case.
    exact.push(caseSensitive || acronym || (t.count === 1 && raw.length <= 2));
    gapRaw.push(j > 0 && t.gap[j] === Gap.Break ? text.slice(t.end[j - 1], t.start[j]).trim() : null);
  }
  c = {
    keys: t.key.slice(0, t.count),
    gaps: t.gap.slice(0, t.count),
    raws,
    exact,
    gapRaw,
    cap0: t.count > 0 && (t.flags[0] & TokFlag.Cap) !== 0,
    anyCap,
    entity: lex.aliasEntity[id],
    flags: lex.aliasFlags[id],
  };
  lex.compiled[id] = c;
  return c;
}

function gapFits(aliasGap: number, textGap: number): boolean {
  if (aliasGap === textGap) return true;
  // "St. Louis" also matches "St Louis"; "Washington Post" never matches "Washington. Post".
  return aliasGap === Gap.Period && textGap === Gap.Space;
}

/** Does alias `a` match the text at token i (keys already known to fit for the first 1-2)? */
function fits(a: CompiledAlias, text: string, tk: Tokens, i: number): boolean {
  const L = a.keys.length;
  if (i + L > tk.count) return false;
  let capSeen = false;
  let allCaps = true;
  for (let j = 0; j < L; j++) {
    const ti = i + j;
    if (tk.key[ti] !== a.keys[j]) return false;
    if (j > 0) {
      const tg = tk.gap[ti];
      if (!gapFits(a.gaps[j], tg)) return false;
      const gr = a.gapRaw[j];
      if (gr !== null && text.slice(tk.end[ti - 1], tk.start[ti]).trim() !== gr) return false;
    }
    const f = tk.flags[ti];
    if (f & TokFlag.Cap) capSeen = true;
    if (!(f & TokFlag.AllCaps)) allCaps = false;
    if (a.exact[j]) {
      const raw = a.raws[j];
      if (tk.end[ti] - tk.start[ti] !== raw.length || !text.startsWith(raw, tk.start[ti])) return false;
    }
  }
  if (allCaps) return true; // headline in capitals: case carries no information
  if (a.cap0 && !(tk.flags[i] & TokFlag.Cap)) return false;
  if (a.anyCap && !capSeen) return false;
  return true;
}

/** Find candidate spans, leftmost-longest, in token order. */
export function findCandidates(lex: Lexicon, text: string, tk: Tokens): Candidate[] {
  const out: Candidate[] = [];
  const { first, pairs } = lex;
  const count = tk.count;
  const keys = tk.key;
  let i = 0;
  while (i < count) {
    const fe = first.get(keys[i]);
    if (fe === undefined) {
      i++;
      continue;
    }
    let bestLen = 0;
    let best: number[] | null = null;
    if (fe.multi && i + 1 < count && tk.gap[i + 1] !== Gap.Break) {
      const ids = pairs.get(keys[i] + SEP + keys[i + 1]);
      if (ids) {
        for (const id of ids) {
          const a = compileAlias(lex, id);
          const L = a.keys.length;
          if (L < bestLen || !fits(a, text, tk, i)) continue;
          if (L > bestLen) {
            bestLen = L;
            best = [id];
          } else best!.push(id);
        }
      }
    } else if (fe.multi && i + 1 < count) {
      // Break gaps are allowed only where the alias has the same punctuation ("Washington, D.C.").
      const ids = pairs.get(keys[i] + SEP + keys[i + 1]);
      if (ids) {
        for (const id of ids) {
          const a = compileAlias(lex, id);
          const L = a.keys.length;
          if (a.gaps[1] !== Gap.Break || L < bestLen || !fits(a, text, tk, i)) continue;
          if (L > bestLen) {
            bestLen = L;
            best = [id];
          } else best!.push(id);
        }
      }
    }
    if (bestLen === 0 && fe.single) {
      for (const id of fe.single) {
        const a = compileAlias(lex, id);
        if (!fits(a, text, tk, i)) continue;
        if (bestLen === 0) {
          bestLen = 1;
          best = [id];
        } else best!.push(id);
      }
    }
    if (bestLen > 0) {
      out.push({ t0: i, t1: i + bestLen, start: tk.start[i], end: tk.end[i + bestLen - 1], aliases: best! });
      i += bestLen;
    } else i++;
  }
  return out;
}
