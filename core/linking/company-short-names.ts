/**
 * A company named in full, then by its first word: "Ford Motor Co … Ford said", "Rolls Royce Plc …
 * Rolls reported", "Goldman Sachs … Goldman's traders". News does this with every firm it names twice;
 * the index cannot hold every first word as an alias (most are words, places or surnames elsewhere).
 *
 * Only after the full name, only a first word that is nothing else the index knows by it alone, is not
 * a generic word that opens many names ("General", "American", "United") and is not written in lower
 * case anywhere in the article; never inside a longer name, and not at all where the article names
 * something else starting with that word ("Henry Ford", "the Ford Foundation") or two firms share it.
 */
import { AliasFlag, type Mention } from '../types';
import { findCandidates, type Lexicon } from './match';
import { tokenize, type Tokens } from './tokenize';
import { MAX_NAMES, NOT_AFTER, NOT_BEFORE, eachWordRun, hasWord, inMentions, nameStarts, sentenceStart } from './word-scan';
import { entityView } from './entity-view';

/** Organizations named like firms (not teams, parties, armed groups or public bodies). */
const FIRM_KINDS = new Set(['company', 'bank', 'airline', 'utility', 'brand', 'transit-operator', 'healthcare']);

/** Words that open many firms' names and say nothing alone. */
const GENERIC_FIRST = new Set(
  ('general american united national international first royal southern northern eastern western central ' +
    'pacific atlantic global standard federal continental new great union universal world allied associated ' +
    'consolidated bank air china japan british french german korean china saudi emirates qatar credit trust ' +
    'capital metro city state public mutual north south east west grand premier prime golden').split(' '),
);

const LETTER = /\p{L}/u;

/** Some entity the index knows by this one word alone (not a surname that needs a full name). */
function knownAlone(lex: Lexicon, word: string, except: number): boolean {
  const tk = tokenize(word);
  for (const c of findCandidates(lex, word, tk)) {
    if (c.t0 !== 0 || c.t1 !== 1) continue;
    for (const id of c.aliases) if (lex.aliasEntity[id] !== except && !(lex.aliasFlags[id] & AliasFlag.Partial)) return true;
  }
  return false;
}

/** The mentions with the first words of firms named in full before them added, in text order. */
export function withCompanyShortNames(lex: Lexicon, text: string, tk: Tokens, mentions: Mention[]): Mention[] {
  // First word → firm and the end of its first full mention; null when two firms share it.
  const forms = new Map<string, { id: string; entity: number; from: number } | null>();
  const ents = entityView(lex, []);
  for (const m of mentions) {
    if (m.via !== 'alias') continue;
    const i = lex.byId.get(m.id);
    if (i === undefined) continue;
    // (The view: a mention's entity was a candidate's option, read without the index's Proxy.)
    const e = ents[i];
    if (e.type !== 'organization' || !FIRM_KINDS.has(e.subtype ?? '')) continue;
    const w = /^(\p{Lu}\p{Ll}{2,})[\s-]+\p{Lu}/u.exec(m.text);
    if (!w) continue;
    const first = w[1];
    const had = forms.get(first);
    if (had === undefined) forms.set(first, { id: m.id, entity: i, from: m.end });
    else if (had && had.id !== m.id) forms.set(first, null);
  }
  if (forms.size === 0) return mentions;
  const taken = inMentions(text, mentions);
  const added: Mention[] = [];
  // At most MAX_NAMES forms: a page naming hundreds of firms is no article.
  const tried = [...forms].slice(0, MAX_NAMES).filter(([first, f]) => f && !GENERIC_FIRST.has(first.toLowerCase())).map(([first, f]) => ({ words: [first], f: f! }));
  const starts = nameStarts(tk, tried.map((x) => x.words));
  for (const { words, f } of tried) {
    const first = words[0];
    const at = starts.get(words) ?? [];
    // Written as a word somewhere ("a ford across the river"): not safe alone.
    if (hasWord(text, at, first.toLowerCase(), LETTER)) continue;
    if (knownAlone(lex, first, f.entity)) continue;
    const hits: { s: number; e: number }[] = [];
    let rival = false;
    eachWordRun(text, at, words, NOT_BEFORE, NOT_AFTER, (s, e) => {
      if (taken(s, e)) return;
      // Part of another name: a capitalized word right before ("Henry Ford") unless it opens the
      // sentence, or after ("Ford Foundation", "Ford Motor" not marked).
      const lead = text.slice(Math.max(0, s - 40), s);
      const bm = /([\p{L}.'’-]+)[ \t]+$/u.exec(lead);
      const before = bm?.[1] ?? '';
      const after = /^(?:[’']s)?[ \t]+(\S+)/u.exec(text.slice(e, e + 40))?.[1] ?? '';
      const capBefore = /^\p{Lu}/u.test(before) && !sentenceStart(text, s - lead.length + bm!.index - 1);
      if (capBefore || /^\p{Lu}/u.test(after)) {
        rival = true;
        return false;
      }
      if (s >= f.from) hits.push({ s, e });
    });
    if (rival) continue;
    for (const h of hits) added.push({ start: h.s, end: h.e, text: text.slice(h.s, h.e), id: f.id, score: 0.8, via: 'coref' });
  }
  if (!added.length) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}
