/**
 * A public body named in full, then by its name without the country: "the UN Security Council … the
 * Security Council", "the Russian Defense Ministry … the Defense Ministry said", "the U.S. Senate … sent
 * to the Senate", "the Communist Party of Vietnam … the Communist Party". A reader reads the short form
 * as the body the article already named; the index cannot hold "Senate" alone for every country.
 *
 * Only where the article names the body in full, only for bodies of government (agencies, legislatures, courts, UN and EU
 * bodies, parties), never inside a longer name ("the Texas Senate", "the Army Corps of Engineers"), and
 * not at all where the article names another body of that short name ("the Iraqi Army" next to "the
 * U.S. Army").
 */
import type { Mention } from '../types';
import type { Lexicon } from './match';
import type { Tokens } from './tokenize';
import { entityView } from './entity-view';
import { MAX_NAMES, NOT_AFTER, NOT_BEFORE, eachWordRun, inMentions, nameStarts, sentenceStart } from './word-scan';

/** Kinds of organization whose name is a country's (or the UN's) plus a generic name. */
const BODY_KINDS = new Set(['government-agency', 'government-body', 'legislature', 'court', 'un-body', 'eu-body', 'igo', 'central-bank', 'party']);

/** Prefixes that name the country or union a body belongs to. */
const PREFIX = /^(?:U\.\s?S\.?|US|UN|U\.\s?N\.?|EU|E\.\s?U\.?|United States|United Nations|European Union|(?:American|British|Russian|Chinese|Japanese|Korean|Indian|Pakistani|Afghan|Iranian|Iraqi|Syrian|Israeli|Palestinian|Egyptian|Canadian|Australian|Mexican|Brazilian|Turkish|Greek|Irish|Scottish|Welsh|Dutch|Swiss|Swedish|Norwegian|Danish|Polish|Ukrainian|French|German|Italian|Spanish|Vietnamese|Saudi|Lebanese|Libyan|Nigerian|Kenyan|Zimbabwean|South African|Taiwanese|Thai|Philippine|Indonesian|Malaysian|Belarusian|Georgian|Hungarian|Czech|Romanian|Serbian|Croatian|Venezuelan|Colombian|Argentine|Chilean|Peruvian|Cuban))\s+(?=\p{Lu})/u;

/** "Communist Party of Vietnam", "Supreme Court of the United States": the name before "of <Name>". */
const OF_SUFFIX = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*?)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*$/u;

/** Lower-case words before a short form that make it another body ("the state Senate"). */
const OTHER_LEVEL = new Set(['state', 'provincial', 'regional', 'local', 'city', 'county', 'municipal', 'student', 'tribal']);

/** Every word capitalized, at least four letters in all ("Senate", "Security Council", "Army"). */
function shortForm(s: string): boolean {
  const words = s.split(/\s+/);
  return words.length <= 4 && words.every((w) => /^\p{Lu}[\p{L}'’-]*$/u.test(w)) && s.replace(/\s+/g, '').length >= 4;
}


/** The word before offset `at` (letters, dots, apostrophes; '' after punctuation) and where it starts. */
function wordBefore(text: string, at: number): { word: string; from: number } {
  let i = at;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  let j = i;
  while (j > 0 && /[\p{L}.'’-]/u.test(text[j - 1])) j--;
  return { word: text.slice(j, i), from: j };
}

/** The mentions with the short forms of bodies named in full before them added, in text order. */
export function withShortBodyNames(lex: Lexicon, text: string, tk: Tokens, mentions: Mention[]): Mention[] {
  // Short form → entity id and the country's word before it; null when two bodies share it.
  const forms = new Map<string, { id: string; prefix: string } | null>();
  const ents = entityView(lex, []);
  for (const m of mentions) {
    if (m.via === 'coref') continue;
    const i = lex.byId.get(m.id);
    if (i === undefined) continue;
    // (The view: a mention's entity was a candidate's option, read without the index's Proxy.)
    const e = ents[i];
    if (e.type !== 'organization' || !BODY_KINDS.has(e.subtype ?? '')) continue;
    const written = m.text.replace(/\s+/g, ' ').replace(/^the /i, '');
    let short = '';
    let prefix = '';
    const p = PREFIX.exec(written);
    if (p) {
      short = written.slice(p[0].length);
      prefix = p[0].trim();
    } else {
      // (Only a name with " of " in it can match, spaces being single in `written`: most bodies have
      // none, and the pattern is costly to compile on a worker's first find.)
      const o = written.includes(' of ') ? OF_SUFFIX.exec(written) : null;
      if (o) short = o[1];
    }
    if (!short || !shortForm(short) || short === written) continue;
    const had = forms.get(short);
    if (had === undefined) forms.set(short, { id: m.id, prefix });
    else if (had && had.id !== m.id) forms.set(short, null);
  }
  if (forms.size === 0) return mentions;
  const taken = inMentions(text, mentions);
  const added: Mention[] = [];
  // At most MAX_NAMES forms: a page naming hundreds of bodies is no article.
  const tried = [...forms].slice(0, MAX_NAMES).filter(([, f]) => f).map(([short, f]) => ({ short, words: short.split(' '), f: f! }));
  const starts = nameStarts(tk, tried.map((x) => x.words));
  for (const { short, words, f } of tried) {
    const hits: { s: number; e: number }[] = [];
    let rival = false;
    eachWordRun(text, starts.get(words) ?? [], words, NOT_BEFORE, NOT_AFTER, (s, e) => {
      if (taken(s, e)) return;
      const { word: before, from } = wordBefore(text, s);
      // Inside a longer name: another body's ("the Iraqi Army", "Moscow's Defense Ministry") unless the
      // same country's words.
      if (/^\p{Lu}/u.test(before) && !/^(?:The|A|An)$/.test(before)) {
        const own = before.replace(/[’']s$/, '');
        // A capitalized word that opens a sentence ("Key Security Council powers") names nothing,
        // unless it is a country's word ("Iraqi Army units").
        if (!sentenceStart(text, from - 1) || PREFIX.test(`${own} ${short}`)) {
          if (own !== f.prefix) rival = true;
          return;
        }
      }
      if (OTHER_LEVEL.has(before.toLowerCase())) return;
      // The name goes on ("Army Corps of Engineers", "Senate Bill 5", "Security Council's").
      const after = /^\s*(\S+)/.exec(text.slice(e, e + 40))?.[1] ?? '';
      if (/^\p{Lu}/u.test(after) || /^(?:of|for)\b/.test(after)) return;
      hits.push({ s, e });
    });
    if (rival) continue;
    for (const h of hits) added.push({ start: h.s, end: h.e, text: text.slice(h.s, h.e), id: f.id, score: 0.8, via: 'coref' });
  }
  if (!added.length) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}
