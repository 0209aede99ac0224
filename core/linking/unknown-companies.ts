/**
 * Companies the article names in full with a legal suffix whom the index does not hold:
 * "Burlington Industries Inc", "American Midland Corp". Later the article calls them by their short
 * name ("Burlington rose 4-7/8", "American Midland shareholders"), and that name is the company, not
 * the town of Burlington or the city of Midland. Found on Reuters-128 (ELEVANT tuning set); the same
 * reading for people is unknown-people.ts.
 */
import { legalSuffixAt } from './context';
import { Gap, TokFlag, WordSet, hashKey, type Tokens } from './tokenize';

/** Words that end a company's name before its suffix and that its short name leaves out. */
const GENERIC_TAIL = new WordSet('industries industry group holdings holding international corporation company companies cos systems enterprises'.split(' '));
/** Capitalized words that start no company's name. */
const NOT_NAME = new WordSet('the a an and of for in on at by to with from said says'.split(' '));

/**
 * Tokens that belong to a short name of such a company, wherever it stands in the text (1 = yes).
 * `heldAt(a, b)` = the index holds the name tokens [a, b) as a whole (then coreference decides).
 */
export function unknownCompanyTokens(tk: Tokens, heldAt: (a: number, b: number) => boolean): Uint8Array {
  const out = new Uint8Array(tk.count);
  const cores: string[][] = [];
  const MAX_CORES_PER_WORD = 8;
  for (let t = 1; t < tk.count; t++) {
    if (!legalSuffixAt(tk, t)) continue;
    // The name: up to four capitalized words right before the suffix ("Burlington Industries").
    let a = t;
    while (a > 0 && t - a < 4) {
      const p = a - 1;
      if (!(tk.flags[p] & TokFlag.Cap) || !(tk.flags[p] & TokFlag.Alpha) || NOT_NAME.at(tk, p) || tk.gap[a] !== Gap.Space) break;
      a = p;
      if (tk.flags[a] & TokFlag.SentStart) break;
    }
    if (a === t || heldAt(a, t)) continue;
    let b = t;
    while (b > a + 1 && GENERIC_TAIL.at(tk, b - 1)) b--;
    // The short name is the name without its suffix and generic tail: "Georgia Power Co" is "Georgia
    // Power", and leaves "Georgia" alone.
    const core: string[] = [];
    for (let u = a; u < b; u++) core.push(tk.key(u));
    cores.push(core);
  }
  if (cores.length === 0) return out;
  // Each distinct short name once, looked up by its first word: one pass over the text, not one per
  // suffix (quadratic on "X Inc" repeated); at most MAX_CORES_PER_WORD names per first word.
  // (By the first word's hash: no key string made per token of the text.)
  const byFirst = new Map<number, string[][]>();
  const seen = new Set<string>();
  const perWord = new Map<string, number>();
  for (const core of cores) {
    const id = core.join(' ');
    const n = perWord.get(core[0]) ?? 0;
    if (seen.has(id) || n >= MAX_CORES_PER_WORD) continue;
    seen.add(id);
    perWord.set(core[0], n + 1);
    const h = hashKey(core[0]);
    const l = byFirst.get(h);
    if (l) l.push(core);
    else byFirst.set(h, [core]);
  }
  // A bitmap of first words' hashes answers most tokens before the map does.
  const bits = new Uint8Array(1024);
  for (const h of byFirst.keys()) bits[h & 1023] = 1;
  for (let t = 0; t < tk.count; t++) {
    if (!bits[tk.hash[t] & 1023]) continue;
    const l = byFirst.get(tk.hash[t]);
    if (l) for (const core of l) {
    if (t + core.length > tk.count) continue;
      let same = true;
      for (let j = 0; j < core.length && same; j++) same = tk.keyIs(t + j, core[j]) && (j === 0 || tk.gap[t + j] === Gap.Space);
      if (!same) continue;
      // The short name ends there: "Burlington Coat Factory" is another name.
      const end = t + core.length;
      if (end < tk.count && tk.gap[end] === Gap.Space && tk.flags[end] & TokFlag.Cap && !(tk.flags[end] & TokFlag.SentStart) && !legalSuffixAt(tk, end) && !GENERIC_TAIL.at(tk, end)) continue;
      for (let j = t; j < end; j++) out[j] = 1;
    }
  }
  return out;
}

/** Nouns of owning and investing before "in": "a stake in Burlington", "shares in Ford". */
const STAKE_WORDS = new WordSet('stake stakes shares holding holdings interest investment investments invested invest investing'.split(' '));

/** "acquired a stake in Burlington": "in" after a stake or an investment names a company, not a place,
 *  so it says nothing for the town of that name. `t0` = the name's first token. */
export function stakeIn(tk: Tokens, t0: number): boolean {
  return t0 > 1 && tk.keyIs(t0 - 1, 'in') && tk.gap[t0] === Gap.Space && tk.gap[t0 - 1] === Gap.Space && STAKE_WORDS.at(tk, t0 - 2);
}
