/**
 * Names the knowledge base lacks, found in the article itself (issue 17): people introduced with a
 * title, role or appositive ("Sen. Mark Warner", "Yahoo's chief executive, Marissa Mayer",
 * "Fidelis Mukonori, a Catholic priest") and organizations with an organizational head word
 * ("Marine Stewardship Council") or an acronym the text defines ("the Congressional Budget Office
 * (CBO)"). Conservative by design: a wrong mark costs more trust than a missing one, so a name
 * needs a cue besides its capital letters, and anything touching a name the KB linked is skipped.
 *
 * Bounded: one regex pass over the capitalized words (linear), a cap on the text read, on the
 * entities and on the mentions kept. Pure: no DOM.
 */
import type { CardModel, EntityType, Mention, PartialDate } from '../types';

export interface Span {
  start: number;
  end: number;
}

export interface InArticleMention extends Span {
  text: string;
}

export interface InArticleEntity {
  /** Stable within the article: 'article:person:fidelis mukonori'. */
  id: string;
  type: Exclude<EntityType, 'place'>;
  name: string;
  /** The article's own words for it ("a Catholic priest", "Yahoo's chief executive"), in order. */
  descriptions: string[];
  /** Every mention, the first (the full name) first, in text order. */
  mentions: InArticleMention[];
  /** The sentence of the first mention, trimmed to a short excerpt. */
  sentence: string;
}

/** Most text read (characters) and most entities/mentions kept: a hostile page gets bounded work. */
export const MAX_TEXT = 200_000;
export const MAX_ENTITIES = 80;
export const MAX_MENTIONS_EACH = 50;
const MAX_DESCRIPTIONS = 3;
const MAX_DESCRIPTION_CHARS = 80;
const MAX_SENTENCE_CHARS = 220;

export const ARTICLE_ID_PREFIX = 'article:';

export function isArticleId(id: string): boolean {
  return id.startsWith(ARTICLE_ID_PREFIX);
}

// --- word lists -----------------------------------------------------------------------------

/** Titles before a full personal name ("Sen. Mark Warner", "Father Fidelis Mukonori"). */
const TITLES = new Set(
  ('sen senator rep representative gov governor mr mrs ms miss dr judge justice gen general col colonel lt lieutenant capt captain sgt sergeant maj major adm admiral father rev reverend bishop archbishop cardinal pastor rabbi imam sheikh mayor chancellor professor prof ambassador commissioner inspector detective superintendent sir dame lord lady pope ' +
    // Offices written as a title ("Emirates President Tim Clark", "House Speaker Brian Bosma").
    'president speaker ombudsman chairman chairwoman secretary minister spokesman spokeswoman director commander coach'
  ).split(' '),
);

/** Role nouns: "the priest, X", "X, the chief executive", "spokesman X". Lower-case in text. */
const ROLES = new Set(
  'priest pastor bishop minister secretary spokesman spokeswoman spokesperson executive director chairman chairwoman chair president vice-president founder co-founder ceo cfo coo chief head leader manager analyst economist lawyer attorney prosecutor judge professor researcher scientist author writer journalist reporter editor correspondent columnist historian commander general officer official adviser advisor aide consultant governor senator congressman congresswoman lawmaker legislator mayor councillor councilman councilwoman ambassador diplomat envoy negotiator mediator activist campaigner organiser organizer coach captain player striker midfielder defender goalkeeper manager owner partner strategist pollster doctor surgeon physician nurse teacher student witness victim survivor resident farmer chancellor commissioner inspector detective sheriff superintendent trustee treasurer administrator scholar expert specialist defenseman goalie goalkeeper winger keeper forward quarterback pitcher linebacker receiver boxer rapper comedian chef pilot deportee president-elect premier dean provost rector principal artist singer actor actress director producer designer architect engineer entrepreneur investor banker trader broker fellow lecturer'.split(' '),
);

/** An appositive naming an organization's kind ("a large foundation", "a consulting firm"). */
const ORG_NOUN = /^(?:a|an|the)\b[^,]*?\b(?:foundation|company|firm|charity|group|organi[sz]ation|agency|bank|fund|institute|nonprofit|non-profit|startup|start-up|think tank|newspaper|network|union|association|party|coalition|movement|manufacturer|retailer|maker|publisher|broadcaster|outlet|club)\b/i;

/** Words that introduce a description after "Name, ": an article or a determiner. */
const APPOSITIVE_LEADS = new Set(['a', 'an', 'the', 'who', 'whose', 'its', 'his', 'her', 'their']);

/** Organizational head words: the last word of an organization's name. */
const ORG_HEADS = new Set(
  // Not here on purpose: center, league, network, service, project, program, initiative: as often a
  // venue, a competition, a product or a plan as an organization.
  'council office association agency commission committee institute institution university college foundation federation union ministry department bank corporation company authority organisation organization society board bureau court fund trust alliance coalition movement inc ltd plc llc corp group partnership consortium academy school hospital clinic church party assembly parliament congress senate tribunal directorate secretariat forum fellowship club cooperative co-operative brigade battalion regiment police'.split(' '),
);

/** Capitalized words that are never part of a name here: function words, days, months, demonyms
 *  and words that start sentences. Lower-case. */
export const DEMONYMS = new Set(
  'american british english french german italian spanish russian chinese japanese korean indian pakistani afghan iranian iraqi syrian israeli palestinian egyptian african european asian arab muslim christian jewish catholic protestant canadian australian mexican brazilian turkish greek irish scottish welsh dutch swiss swedish norwegian danish polish ukrainian zimbabwean kenyan nigerian national new royal'.split(' '),
);

const NEVER = new Set(
  ('the a an and or but if in on at of for to from by with as is was are were be been he she it they we you i his her its our their this that these those there here then than when where while what which who whom whose why how after before since until during about above below under over into onto through across against among between without within also just only even still yet not no yes so such some any all each every both either neither many much more most other another same new old first last next ' +
    'mr mrs ms dr sen rep gov st ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'former key now interim ranking member members acting watching oval box ' +
    'american americans british briton britons english french german germans italian spanish russian russians chinese japanese korean indian pakistani afghan iranian iraqi syrian israeli israelis palestinian palestinians egyptian african africans european europeans asian arab arabs muslim muslims christian christians jewish jews catholic protestant western eastern northern southern canadian australian mexican brazilian turkish greek irish scottish welsh dutch swiss swedish norwegian danish polish ukrainian zimbabwean kenyan nigerian south north east west ' +
    'according however meanwhile although though because despite instead today yesterday tomorrow tonight president minister secretary senator governor chairman chief executive director officer spokesman spokeswoman general judge king queen prince princess pope father mother people government police army state city county republic democrats republicans democrat republican photo image video getty reuters ap afp read more related advertisement share comment comments click subscribe copyright updated published posted').split(' '),
);

/** Words before a name that mark a byline or credit: not a person of the story. */
const BYLINE_WORDS = new Set(['by', 'photo', 'photograph', 'image', 'credit', 'reporting', 'writing', 'editing', 'via', 'copyright']);

// --- tokens ---------------------------------------------------------------------------------

interface Tok {
  start: number;
  end: number;
  /** The word without a trailing period or possessive. */
  word: string;
  /** Ends with "'s" (the possessive ends a name). */
  poss: boolean;
  /** Starts a sentence (or a block). */
  initial: boolean;
}

/** Capitalized words and initials ("J."), in order: one linear regex pass. */
const CAP_WORD = /\p{Lu}[\p{Ll}\p{Lu}\p{M}'’-]*\.?/gu;

function isCapName(w: string): boolean {
  // A name word: Capitalized then lower-case ("Mukonori", "McDonald", "O'Brien"), or an initial.
  return /^\p{Lu}(?:\.|[\p{Ll}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*)$/u.test(w) || /^\p{Lu}\.$/u.test(w);
}

function isAcronym(w: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(w);
}

/** Is position `i` at the start of a sentence or block (only spaces/quotes back to . ! ? or a newline)? */
function sentenceInitial(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '"' || text[j] === '“' || text[j] === "'" || text[j] === '‘' || text[j] === '(')) j--;
  if (j < 0) return true;
  const c = text[j];
  return c === '.' || c === '!' || c === '?' || c === '\n' || c === ':' || c === '—' || c === '–';
}

function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  CAP_WORD.lastIndex = 0;
  for (let m = CAP_WORD.exec(text); m; m = CAP_WORD.exec(text)) {
    // Only whole words: a capital in the middle of a word ("iPhone", "McX" handled by the regex) is skipped.
    if (m.index > 0 && /[\p{L}\p{M}\d.]/u.test(text[m.index - 1])) continue;
    // "U.S.", "N.Y.": an abbreviation, never part of a name here.
    if (/^\p{Lu}\.$/u.test(m[0]) && /\p{Lu}/u.test(text[m.index + 2] ?? '')) continue;
    let raw = m[0];
    let poss = false;
    if (/['’]s$/.test(raw)) {
      raw = raw.slice(0, -2);
      poss = true;
    } else if (/['’]$/.test(raw)) raw = raw.slice(0, -1);
    // A trailing period is kept for initials and titles ("J.", "Sen."), else it ends the sentence.
    let end = m.index + raw.length;
    if (raw.endsWith('.') && raw.length > 2 && !TITLES.has(raw.slice(0, -1).toLowerCase())) {
      raw = raw.slice(0, -1);
      end--;
    }
    if (!raw) continue;
    out.push({ start: m.index, end, word: raw, poss, initial: sentenceInitial(text, m.index) });
  }
  return out;
}

/** Only spaces (no newline, no punctuation) between two positions. */
function spaceOnly(text: string, a: number, b: number): boolean {
  if (b - a < 1 || b - a > 2) return false;
  for (let i = a; i < b; i++) if (text[i] !== ' ' && text[i] !== '\u00a0') return false;
  return true;
}

// --- the scan -------------------------------------------------------------------------------

interface Found {
  type: 'person' | 'organization';
  start: number;
  end: number;
  name: string;
  descriptions: string[];
  acronym?: string;
}

function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  // spans are sorted by start: binary search for the first span ending after `start`.
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < end) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) if (spans[k].end > start && spans[k].start < end) return true;
  return false;
}

/** The previous lower-case word before position `i` (on the same line), and where it starts. */
function wordBefore(text: string, i: number): { word: string; start: number } | null {
  let j = i - 1;
  while (j >= 0 && text[j] === ' ') j--;
  const end = j + 1;
  while (j >= 0 && /[\p{L}\p{M}'’.-]/u.test(text[j])) j--;
  if (end - (j + 1) < 1) return null;
  return { word: text.slice(j + 1, end), start: j + 1 };
}

/** A clean description: the words up to the next comma/period/parenthesis, short, no digits-only. */
function clip(desc: string): string | null {
  const d = desc.replace(/\s+/g, ' ').trim().replace(/^(the|a|an) (?=\p{Ll})/u, (m) => m);
  if (d.length < 3 || d.length > MAX_DESCRIPTION_CHARS) return null;
  if (d.split(' ').length > 12) return null;
  if (/^(who|whose|which|that)\b/.test(d)) return null;
  return d;
}

/** The appositive after "Name, ": "a Catholic priest", "the chief executive of Yahoo". */
export function appositiveAfter(text: string, end: number): string | null {
  if (text[end] !== ',' || text[end + 1] !== ' ') return null;
  const rest = text.slice(end + 2, end + 2 + 140);
  const stop = rest.search(/[,.;:()\n"“”]|\s[-–—]\s/);
  if (stop < 0) return null;
  // A relative clause ends the description ("a NASA scientist who led the study" → "a NASA scientist").
  const phrase = rest.slice(0, stop).split(/ (?:who|whom|whose|which|where|that|when) /, 1)[0];
  const first = phrase.split(' ', 1)[0];
  const words = phrase.split(' ');
  const isRole = (w: string) => ROLES.has(w.toLowerCase().replace(/['’]s$/, ''));
  // Without an article: "program administrator for …", "deputy associate administrator", "CEO and
  // Founder of …", "Hong Kong's new police commissioner": a role word must then come early.
  if (!APPOSITIVE_LEADS.has(first)) {
    const early = words.slice(0, 5);
    const opens = isRole(first) || ROLE_MODIFIERS.has(first) || /^\p{Ll}+$/u.test(first) || /^\p{Lu}[\p{L}\s]*['’]s$/u.test(early.slice(0, 3).join(' ').split(/(?<=['’]s)\s/u)[0] ?? '');
    if (!opens || !early.some(isRole) || /^(and|or|but|said|says|told|who|which|as|in|on|at|for|from|with|after|before|while|when|if)$/i.test(first)) return null;
    return clip(phrase);
  }
  if (first === 'who' || first === 'whose') return null;
  // A description names a role or kind: one of its words is a role noun, or it is "a/an <adj> <noun>".
  if (!words.some((w) => ROLES.has(w.toLowerCase().replace(/['’]s$/, '')))) {
    if (!(first === 'a' || first === 'an') || words.length < 2 || words.length > 6) return null;
    // "a 32-year-old", "an American lawyer": all words lower-case or hyphenated/adjectival.
    if (words.some((w, k) => k > 0 && !/^[\p{Ll}\d][\p{Ll}\d-]*$/u.test(w))) return null;
  }
  return clip(phrase);
}

/** Words that may stand in a role phrase besides the role nouns ("chief", "deputy"). */
const ROLE_MODIFIERS = new Set('chief senior deputy vice former assistant associate executive managing acting top lead local regional national general political foreign military interim founding'.split(' '));

/** The role phrase before ", Name": "Yahoo's chief executive", "the priest". Read backwards from
 *  the comma over role words, their modifiers and a possessive owner; at most six words. */
function roleBefore(text: string, start: number): string | null {
  let j = start - 1;
  while (j >= 0 && text[j] === ' ') j--;
  if (text[j] !== ',') return null;
  const words = text.slice(Math.max(0, j - 80), j).split(' ');
  const last = words[words.length - 1]?.toLowerCase();
  if (!last || !ROLES.has(last)) return null;
  const kept: string[] = [];
  for (let k = words.length - 1; k >= 0 && kept.length < 6; k--) {
    const w = words[k];
    const lw = w.toLowerCase();
    if (ROLES.has(lw) || ROLE_MODIFIERS.has(lw)) kept.unshift(w);
    else if (/^\p{Lu}[\p{L}\p{M}.-]*['’]s$/u.test(w)) {
      // The owner whole: "North Korea's leader", "the Taliban's deputy leader".
      kept.unshift(w);
      for (let j = k - 1; j >= 0 && j >= k - 2; j--) {
        if (/^\p{Lu}[\p{L}\p{M}.-]*$/u.test(words[j]) && (!NEVER.has(words[j].toLowerCase()) || /^(North|South|East|West|New)$/.test(words[j]))) kept.unshift(words[j]);
        else {
          if (words[j] === 'the') kept.unshift('the');
          break;
        }
      }
      break;
    } else if (lw === 'the' || lw === 'a' || lw === 'an') {
      kept.unshift(lw);
      break;
    } else break;
  }
  return clip(kept.join(' '));
}

/** A character, not a person: "his role as George Kirk", "Chris Pine's Captain James T. Kirk". */
function fiction(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  return /\b(?:role as|roles of|character|plays|played|playing|portrays|portrayed)\s+$/i.test(before) || /\p{Lu}\p{Ll}+['’]s\s+$/u.test(before);
}

/** "By John Smith" at a line's start, "Photo: ...": a credit, not a person of the story. */
function isByline(text: string, start: number): boolean {
  const w = wordBefore(text, start);
  if (!w || !BYLINE_WORDS.has(w.word.toLowerCase().replace(/:$/, ''))) return false;
  return w.start === 0 || text[w.start - 1] === '\n' || /^\p{Lu}/u.test(w.word);
}

/** The role right before a name without a comma: "spokesman John Smith", "chief executive Marissa Mayer". */
function roleTouching(text: string, start: number): string | null {
  const w = wordBefore(text, start);
  if (!w || !spaceOnly(text, w.start + w.word.length, start)) return null;
  const lw = w.word.toLowerCase();
  if (!ROLES.has(lw) || w.word !== lw) return null;
  // Pull in one more role word ("chief executive") and a possessive owner ("Yahoo's").
  let phrase = w.word;
  let from = w.start;
  const w2 = wordBefore(text, from);
  if (w2 && spaceOnly(text, w2.start + w2.word.length, from) && (ROLES.has(w2.word.toLowerCase()) || /['’]s$/.test(w2.word) || w2.word === 'vice')) {
    phrase = `${w2.word} ${phrase}`;
    from = w2.start;
  }
  return clip(phrase);
}

function sentenceAt(text: string, at: number): string {
  let a = at;
  const lo = Math.max(0, at - 400);
  while (a > lo && !/[.!?\n]/.test(text[a - 1])) a--;
  let b = at;
  const hi = Math.min(text.length, at + 400);
  while (b < hi && !/[!?\n]/.test(text[b]) && !(text[b] === '.' && (text[b + 1] === ' ' || text[b + 1] === '\n' || b + 1 === text.length) && !/\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|St|Gen|Col|Lt|Capt|Rev|Prof|[A-Z])$/.test(text.slice(Math.max(a, b - 5), b)))) b++;
  let s = text.slice(a, Math.min(b + 1, text.length)).trim();
  if (s.length > MAX_SENTENCE_CHARS) {
    // Keep the part around the name.
    const rel = Math.max(0, at - a - 60);
    s = (rel ? '…' : '') + s.slice(rel, rel + MAX_SENTENCE_CHARS - 2).trim() + '…';
  }
  return s;
}

/** A line reads as prose (a paragraph of the story, not a heading, caption or byline). */
function prose(text: string, at: number): boolean {
  let a = at;
  while (a > 0 && text[a - 1] !== '\n' && at - a < 2000) a--;
  let b = at;
  while (b < text.length && text[b] !== '\n' && b - at < 2000) b++;
  const line = text.slice(a, b).trim();
  if (line.split(' ').length < 8) return false;
  return /[.!?"”'’)]$/.test(line);
}

/**
 * Runs of name tokens starting at token k: consecutive capitalized words separated by one space.
 * Returns the index after the last token of the run (at most `max` tokens; a possessive ends it).
 */
function runEnd(text: string, toks: Tok[], k: number, max: number, allowConnectors: boolean): number {
  let e = k + 1;
  while (e < toks.length && e - k < max && !toks[e - 1].poss) {
    const gap = text.slice(toks[e - 1].end, toks[e].start);
    if (gap === ' ' || gap === '\u00a0') {
      e++;
      continue;
    }
    if (allowConnectors && /^ (of|for|and|on|de|des|du|la|le|the|of the|for the|and the) $/.test(gap)) {
      e++;
      continue;
    }
    break;
  }
  return e;
}

function personName(toks: Tok[], a: number, b: number): boolean {
  const n = b - a;
  if (n < 2 || n > 4) return false;
  for (let k = a; k < b; k++) {
    const w = toks[k].word;
    if (!isCapName(w)) return false;
    if (NEVER.has(w.toLowerCase().replace(/\.$/, ''))) return false;
    if (TITLES.has(w.toLowerCase().replace(/\.$/, ''))) return false;
    if (ORG_HEADS.has(w.toLowerCase())) return false;
  }
  // The surname is a word, not an initial.
  return toks[b - 1].word.length > 2 && !toks[b - 1].word.endsWith('.') && !toks[a].word.endsWith('.') || (toks[a].word.endsWith('.') && toks[b - 1].word.length > 2 && n >= 3);
}

/** Connector words inside an organization's name ("Bureau of Prisons", "Food and Drug Administration"). */
const CONNECTOR_WORDS = new Set(['of', 'for', 'on', 'and', 'the']);

/**
 * The organization name starting at token `a`, if any: its last token and a defined acronym.
 * Accepted shapes: "<Caps> <Head>" ending the capitalized run; "<Caps>? <Head> of|for|on [the]
 * <Caps>+" ending the run (one complement only); "<Caps>+ (ACR)" whose initials are ACR and one of
 * whose words is a head word. A run that goes on past the head ("National Institute of ... Sciences")
 * is a truncation: nothing.
 */
function orgAt(text: string, toks: Tok[], a: number): { last: number; acronym?: string } | null {
  // The capitalized run, with its connectors: "and" only after a single word ("Food and Drug ...").
  let e = a + 1;
  let complement = -1;
  while (e < toks.length && e - a < 8 && !toks[e - 1].poss) {
    const gap = text.slice(toks[e - 1].end, toks[e].start);
    if (gap === ' ' || gap === '\u00a0') {
      e++;
      continue;
    }
    const c = /^ (of|for|on)(?: the)? $/.exec(gap);
    if (c && complement < 0) {
      complement = e;
      e++;
      continue;
    }
    // "Food and Drug Administration"; never "SBI and ICICI Bank" nor "Braun and The Carlyle Group".
    if (gap === ' and ' && e - a === 1 && !isAcronym(toks[a].word) && toks[e].word !== 'The') {
      e++;
      continue;
    }
    break;
  }
  const last = e - 1;
  // The run goes on with another connector ("… Office for the Western District of …"): a truncation.
  if (e < toks.length && /^ (of|for|on|and)(?: the)? $/.test(text.slice(toks[last].end, toks[e].start))) return null;
  // A complement is names, never a day or a month ("Supreme Court on Monday").
  if (complement > 0) for (let k = complement; k <= last; k++) if (NEVER.has(toks[k].word.toLowerCase())) return null;
  const acr = /^ \((\p{Lu}{2,6})\)/u.exec(text.slice(toks[last].end, toks[last].end + 10));
  const head = (k: number) => ORG_HEADS.has(toks[k].word.toLowerCase());
  if (acr) {
    const initials = initialsOf(text.slice(toks[a].start, toks[last].end).split(/\s+/));
    let anyHead = false;
    for (let k = a; k <= last; k++) if (head(k) || toks[k].word === 'Watch' || toks[k].word === 'Nations') anyHead = true;
    if (initials === acr[1] && anyHead && last > a) return { last, acronym: acr[1] };
  }
  if (complement < 0) return head(last) && last > a ? { last } : null;
  // "<Head> of <Complement>": the word before the connector is the head; the complement ends the run.
  return head(complement - 1) && last >= complement ? { last } : null;
}

function initialsOf(words: string[]): string {
  return words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

/** Normalized key of a name (case and spacing). */
function keyOf(type: string, name: string): string {
  return `${ARTICLE_ID_PREFIX}${type}:${name.toLowerCase().replace(/\s+/g, ' ').slice(0, 80)}`;
}

/**
 * Finds the people and organizations the article introduces that the KB did not link.
 * `linked`: the KB's mentions (any order); nothing found overlaps one, and a name one of their
 * texts contains is no new entity.
 */
export function findInArticle(fullText: string, linked: readonly Span[] = []): InArticleEntity[] {
  const text = fullText.length > MAX_TEXT ? fullText.slice(0, MAX_TEXT) : fullText;
  const spans = [...linked].sort((x, y) => x.start - y.start);
  const linkedWords = new Set<string>();
  for (const s of spans) for (const w of text.slice(s.start, s.end).split(/\s+/)) if (w) linkedWords.add(w.toLowerCase());
  const toks = tokens(text);
  const found: Found[] = [];
  const proseCache = new Map<number, boolean>();
  // Line starts, once (linear): every lookup is then a binary search, never a scan back.
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const isProse = (at: number) => {
    // One answer per line: cache by the line's start.
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = lineStarts[lo];
    let v = proseCache.get(lineStart);
    if (v === undefined) {
      v = prose(text, at);
      proseCache.set(lineStart, v);
    }
    return v;
  };
  const free = (start: number, end: number) => !overlaps(spans, start, end);

  for (let k = 0; k < toks.length && found.length < MAX_ENTITIES * 2; k++) {
    const t = toks[k];
    const lw = t.word.toLowerCase().replace(/\.$/, '');

    // 1. A title before a full name: "Sen. Mark Warner", "Father Fidelis Mukonori".
    if (TITLES.has(lw) && !t.poss && k + 1 < toks.length && spaceOnly(text, t.end, toks[k + 1].start) && !fiction(text, t.start)) {
      const e = runEnd(text, toks, k + 1, 4, false);
      if (personName(toks, k + 1, e) && isProse(t.start)) {
        const start = toks[k + 1].start;
        const end = toks[e - 1].end;
        if (free(t.start, end)) {
          const descriptions = [appositiveAfter(text, end) ?? roleBefore(text, t.start)].filter((d): d is string => !!d);
          found.push({ type: 'person', start, end, name: text.slice(start, end), descriptions });
        }
        k = e - 1;
        continue;
      }
    }

    // 2. An organization: a run ending in a head word ("Marine Stewardship Council"), a head word
    //    with its complement ("Bureau of Prisons"), or one the text follows with its acronym
    //    ("Congressional Budget Office (CBO)").
    if (!NEVER.has(lw) || lw === 'the' || DEMONYMS.has(lw)) {
      const a = lw === 'the' ? k + 1 : k;
      // Never from the middle of a longer capitalized run ("European Space Agency" is not "Space Agency").
      const gapBefore = a > 0 && a === k ? text.slice(toks[a - 1].end, toks[a].start) : '';
      const midRun = a > 0 && a === k && (spaceOnly(text, toks[a - 1].end, toks[a].start) || /^ (of|for|on|and)(?: the)? $/.test(gapBefore));
      if (a < toks.length && !midRun && (a === k || spaceOnly(text, t.end, toks[a].start))) {
        const org = orgAt(text, toks, a);
        if (org && isProse(toks[a].start)) {
          const start = toks[a].start;
          const end = toks[org.last].end;
          const ws = toks.slice(a, org.last + 1);
          const clean =
            ws.every((x) => isCapName(x.word) || isAcronym(x.word) || CONNECTOR_WORDS.has(x.word)) &&
            !(ws[0].initial && NEVER.has(ws[0].word.toLowerCase())) &&
            !(DEMONYMS.has(ws[0].word.toLowerCase()) && ws.length < 3) &&
            !ws.some((x) => TITLES.has(x.word.toLowerCase().replace(/\.$/, '')) || /-(based|led|backed|born|owned|run|funded)$/i.test(x.word)) &&
            !(ws.length === 2 && linkedWords.has(ws[0].word.toLowerCase()));
          // "the California Governor's Office of …": the possessive title belongs to the name.
          const owner = /(\p{L}+)['’]s\s$/u.exec(text.slice(Math.max(0, start - 30), start));
          const ownedByTitle = !!owner && (TITLES.has(owner[1].toLowerCase()) || ROLES.has(owner[1].toLowerCase()));
          // "Ministry of Trade, Industry and Energy": the complement goes on past a comma.
          const listGoesOn = /^, \p{Lu}\p{Ll}+(?:,| and )/u.test(text.slice(end, end + 40)) && /\b(of|for)\b/.test(text.slice(start, end));
          if (clean && ws.length >= 2 && free(start, end) && !isByline(text, start) && !ownedByTitle && !listGoesOn) {
            const descriptions = [appositiveAfter(text, end)].filter((d): d is string => !!d);
            found.push({ type: 'organization', start, end, name: text.slice(start, end), descriptions, acronym: org.acronym });
            k = org.last;
            continue;
          }
        }
      }
    }

    // 3. A full personal name with a role or appositive: "Fidelis Mukonori, a Catholic priest",
    //    "Yahoo's chief executive, Marissa Mayer", "spokesman John Smith".
    if (isCapName(t.word) && !NEVER.has(lw)) {
      const e = runEnd(text, toks, k, 4, false);
      if (personName(toks, k, e)) {
        const start = t.start;
        const end = toks[e - 1].end;
        const byline = isByline(text, start);
        // A name starting a sentence is fine only when its words are no common words (checked by
        // NEVER) and a cue follows; bylines and captions never.
        if (!byline && !toks[e - 1].poss && free(start, end) && isProse(start) && !fiction(text, start)) {
          // A role before ", Name" holds only when the name closes the phrase ("…, Marissa Mayer, at …"):
          // "vice president, Nissan Sales & Regional Operations" is a department.
          const closes = /^(?:[,.;:)]|\s+(?:said|says|told|added|wrote)\b)/.test(text.slice(end, end + 8));
          const desc = appositiveAfter(text, end) ?? (closes ? roleBefore(text, start) : null) ?? roleTouching(text, start);
          if (desc) {
            // "Good Ventures, a large foundation": the article says what kind of thing it is.
            const type = ORG_NOUN.test(desc) && !desc.split(' ').some((w) => ROLES.has(w.toLowerCase().replace(/['’]s$/, ''))) ? 'organization' : 'person';
            found.push({ type, start, end, name: text.slice(start, end), descriptions: [desc] });
            k = e - 1;
            continue;
          }
        }
      }
    }
  }

  return group(text, toks, found, spans, linkedWords);
}

/** Joins repeated names, later surnames and acronyms to their first full mention. */
function group(text: string, toks: Tok[], found: Found[], spans: Span[], linkedWords: Set<string>): InArticleEntity[] {
  const byKey = new Map<string, InArticleEntity>();
  const claimed: Span[] = [];
  for (const f of found) {
    const id = keyOf(f.type, f.name);
    let e = byKey.get(id);
    if (!e) {
      // A name the KB linked elsewhere in full ("Mark Warner" linked once, then found with a title) is not new.
      if (byKey.size >= MAX_ENTITIES) continue;
      e = { id, type: f.type, name: f.name, descriptions: [], mentions: [], sentence: sentenceAt(text, f.start) };
      byKey.set(id, e);
    }
    for (const d of f.descriptions) if (e.descriptions.length < MAX_DESCRIPTIONS && !e.descriptions.includes(d)) e.descriptions.push(d);
    claimed.push({ start: f.start, end: f.end });
  }
  // Drop entities whose whole name the KB linked somewhere (the linker knows them).
  const linkedText = new Set(spans.map((s) => text.slice(s.start, s.end).toLowerCase()));
  for (const [id, e] of byKey) if (linkedText.has(e.name.toLowerCase())) byKey.delete(id);

  // Later mentions: the full name again, a person's surname, an organization's acronym.
  const surnames = new Map<string, InArticleEntity | null>();
  const acronyms = new Map<string, InArticleEntity>();
  const fulls = new Map<string, InArticleEntity>();
  for (const e of byKey.values()) {
    fulls.set(e.name, e);
    if (e.type === 'person') {
      const s = e.name.split(' ').pop()!;
      // Two people sharing a surname: neither gets the surname alone.
      surnames.set(s, surnames.has(s) ? null : e);
    }
  }
  for (const f of found) if (f.acronym && byKey.has(keyOf(f.type, f.name))) acronyms.set(f.acronym, byKey.get(keyOf(f.type, f.name))!);
  // A surname that is also a word the KB linked (a namesake) stays unmarked.
  for (const s of [...surnames.keys()]) if (linkedWords.has(s.toLowerCase()) || NEVER.has(s.toLowerCase())) surnames.delete(s);

  const firstAt = new Map<InArticleEntity, number>();
  for (const f of found) {
    const e = byKey.get(keyOf(f.type, f.name));
    if (e && !firstAt.has(e)) firstAt.set(e, f.start);
  }
  claimed.sort((a, b) => a.start - b.start);
  const all = spans.concat(claimed).sort((a, b) => a.start - b.start);
  const add = (e: InArticleEntity, start: number, end: number) => {
    if (e.mentions.length < MAX_MENTIONS_EACH) e.mentions.push({ start, end, text: text.slice(start, end) });
  };
  for (const f of found) {
    const e = byKey.get(keyOf(f.type, f.name));
    if (e) add(e, f.start, f.end);
  }
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    // A full name repeated (two tokens or more, not found with a cue this time).
    let hit: { e: InArticleEntity; end: number; k: number } | null = null;
    const e2 = runEnd(text, toks, k, 8, true);
    for (let j = e2; j > k + 1 && !hit; j--) {
      const e = fulls.get(text.slice(t.start, toks[j - 1].end));
      if (e) hit = { e, end: toks[j - 1].end, k: j - 1 };
    }
    if (!hit) {
      const single = toks[k];
      const prevTok = k > 0 ? toks[k - 1] : null;
      const partOfRun = (prevTok && spaceOnly(text, prevTok.end, single.start) && !/^(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Father|Judge|Gen|Prof)\.?$/.test(prevTok.word)) || (k + 1 < toks.length && spaceOnly(text, single.end, toks[k + 1].start));
      // An acronym stands alone in any company ("the CBO estimate"); a surname only outside a longer name.
      const e = acronyms.get(single.word) ?? (partOfRun ? undefined : surnames.get(single.word) ?? undefined);
      {
        if (e) hit = { e, end: single.end, k };
      }
    }
    if (!hit) continue;
    const first = firstAt.get(hit.e) ?? Infinity;
    if (t.start > first && !overlaps(all, t.start, hit.end)) add(hit.e, t.start, hit.end);
    k = hit.k;
  }
  const out = [...byKey.values()];
  for (const e of out) e.mentions.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * The article's own description of a KB-linked entity ("the 32-year-old", "Vice President of
 * Afghanistan"): the appositive right after one of its mentions, or the role phrase right before.
 * `mentions`: that entity's mentions in text order. Null when the article gives none.
 */
export function articleDescription(text: string, mentions: readonly Span[]): string | null {
  for (const m of mentions.slice(0, 10)) {
    // "Diplomatic Academy of Vietnam, a government university": the words describe the larger name.
    if (/(?:\bof|['’]s)\s*$/.test(text.slice(Math.max(0, m.start - 4), m.start))) continue;
    const d = appositiveAfter(text, m.end) ?? roleBefore(text, m.start);
    // A lone capitalized word ("Secretary" of "Home Secretary, Sajid Javid") says too little.
    if (d && !/^\p{Lu}\p{Ll}+$/u.test(d)) return d;
  }
  return null;
}

/** The card of an in-article name: only what the article says, no external fact, no identity guess. */
export function inArticleCard(e: InArticleEntity, asOf: PartialDate, asOfIsToday: boolean): CardModel {
  return {
    id: e.id,
    name: e.name,
    type: e.type,
    lines: [],
    asOf,
    asOfIsToday,
    fromArticle: { descriptions: e.descriptions, mentions: e.mentions.length, sentence: e.sentence },
  };
}

/** Its mentions, in the matcher's shape (`via: 'article'`), for the marks. */
export function inArticleMentions(e: InArticleEntity): Mention[] {
  return e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, id: e.id, score: 1, via: 'article' as const }));
}
