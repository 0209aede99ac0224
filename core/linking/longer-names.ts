/**
 * More shapes of "a fragment of a longer name" (issue 12), found on ELEVANT's tuning sets
 * (scripts/devset/elevant.ts): a name joined by a hyphen to a name word ("Bristol-Myers",
 * "West Point-Pepperell"), a place before a run of names that ends in an institution's head
 * ("Houston Grand Opera", "Tokyo Mitsubishi Bank"), and letters inside a longer dotted
 * abbreviation ("C.S.C. Security" is no South Carolina).
 */
import { Gap, TokFlag, WordSet, commaBefore, spanRightBefore, type Tokens } from './tokenize';
import type { CompiledEntity } from '../types';
import { CITIES, REGIONS } from './place-level';
import { usStateCode } from './us-states';

/** Combining forms before a hyphen that make an adjective, not a name: "Sino-Russian", "Anglo-French". */
const COMBINING = new WordSet(
  'anglo sino franco russo indo afro euro austro greco italo judeo hispano luso nippo turco germano polono serbo croato ibero pan anti pro pre post non ex neo mid trans'.split(' '),
);

/** Token t is a capitalized word of two letters or more (not an acronym in capitals). */
function nameWord(tk: Tokens, t: number): boolean {
  const f = tk.flags[t];
  return (f & TokFlag.Cap) !== 0 && (f & TokFlag.Alpha) !== 0 && !(f & TokFlag.AllCaps) && tk.end[t] - tk.start[t] >= 2;
}

/** Only a hyphen between tokens t-1 and t. */
export function hyphenBefore(text: string, tk: Tokens, t: number): boolean {
  return t > 0 && tk.start[t] - tk.end[t - 1] === 1 && text.charCodeAt(tk.end[t - 1]) === 45;
}

/**
 * The span [t0, t1) is joined by a hyphen to a name word no well-known name covers: "Bristol-Myers",
 * "Hewlett-Packard". `known[t]` = token t belongs to a name the index knows well, so two names joined
 * ("Moscow-Beijing talks", "U.S.-Japanese pact", "Israel-Hamas war") keep their marks; so does a
 * lower-case word ("Montreal-based") and a combining form ("Sino-Russian").
 */
export function hyphenedToName(text: string, tk: Tokens, t0: number, t1: number, known: Uint8Array): boolean {
  if (t1 < tk.count && hyphenBefore(text, tk, t1) && nameWord(tk, t1) && !known[t1]) return true;
  if (t0 > 0 && hyphenBefore(text, tk, t0) && nameWord(tk, t0 - 1) && !known[t0 - 1] && !COMBINING.at(tk, t0 - 1)) return true;
  return false;
}

/** Heads of a legislature's name, right after a place ("the Ohio Senate"); "the Kabul Government"
 *  keeps its place (test/unit/context.test.ts). */
const LEGISLATURE_HEADS = new WordSet('senate assembly legislature'.split(' '));

/** Heads that end an institution's, a company's or an event's name ("the Munich Security Conference",
 *  "the Monaco Grand Prix": the event, though held there). */
const INSTITUTION_HEADS = new WordSet(
  ('opera orchestra symphony philharmonic ballet bank court university college academy museum theatre theater hospital ' +
    'institute foundation company corporation exchange conference summit festival marathon forum expo prix olympics').split(' '),
);

/**
 * A place right before a run of up to three capitalized words that ends in an institution's head:
 * "the Houston Grand Opera", "Japan's Tokyo Mitsubishi Bank", "the Florida Supreme Court" (the
 * matcher would have taken the whole had the index held it). Lower case keeps the place: "Paris
 * police", "the Tokyo bank".
 */
export function beforeInstitutionName(tk: Tokens, t1: number): boolean {
  if (t1 >= tk.count) return false;
  // "the Wisconsin Senate": a legislature's head right after the place, capitalized mid-sentence,
  // names the body.
  if (tk.gap[t1] === Gap.Space && nameWord(tk, t1) && !(tk.flags[t1] & TokFlag.SentStart) && LEGISLATURE_HEADS.at(tk, t1)) return true;
  // "the Pennsylvania National Horse Show", "the Afghanistan National Army": "National" and a name word
  // after the place go on into a body's or an event's name.
  if (tk.gap[t1] === Gap.Space && nameWord(tk, t1) && !(tk.flags[t1] & TokFlag.SentStart) && tk.keyIs(t1, 'national') && t1 + 1 < tk.count && tk.gap[t1 + 1] === Gap.Space && nameWord(tk, t1 + 1) && !(tk.flags[t1 + 1] & TokFlag.SentStart)) return true;
  for (let t = t1; t < tk.count && t < t1 + 3; t++) {
    if (tk.gap[t] !== Gap.Space || !nameWord(tk, t) || tk.flags[t] & TokFlag.SentStart) return false;
    if (t > t1 && (INSTITUTION_HEADS.at(tk, t) || LOCAL_BODY_HEADS.at(tk, t))) return true;
    if (LOCAL_BODY_HEADS.at(tk, t) && t + 2 < tk.count && tk.gap[t + 1] === Gap.Space && tk.keyIs(t + 1, 'of') && !(tk.flags[t + 1] & TokFlag.Cap) && tk.gap[t + 2] === Gap.Space && nameWord(tk, t + 2)) return true;
  }
  return false;
}
const LOCAL_BODY_HEADS = new WordSet('commission division'.split(' '));

/** "C.S.C.": an abbreviation's letters right after another letter and a period are part of a longer one. */
export function insideDottedAbbreviation(text: string, tk: Tokens, t0: number): boolean {
  return t0 > 0 && tk.gap[t0] === Gap.Period && tk.start[t0] - tk.end[t0 - 1] === 1 && tk.end[t0 - 1] - tk.start[t0 - 1] === 1 && (tk.flags[t0 - 1] & TokFlag.Cap) !== 0;
}

/** Particles inside Romance, German and Dutch names: "Tour de France", "Collège de France", "Banco do Brasil". */
const PARTICLES = new WordSet('de du des del della di da do dos das la le von van der den'.split(' '));

/** "Tour de France": the span follows "<Name> <particle>", a longer name the index does not hold
 *  (it holds "Rio de Janeiro" whole). `known[t]` as above. */
export function afterNameParticle(tk: Tokens, t0: number, known: Uint8Array): boolean {
  const p = t0 - 1;
  return p > 0 && tk.gap[t0] === Gap.Space && tk.gap[p] === Gap.Space && !(tk.flags[p] & TokFlag.Cap) && PARTICLES.at(tk, p) && nameWord(tk, p - 1) && !known[p - 1];
}

/** Heads of a government body's name after a country's abbreviation: "U.S. Chemical Safety Board". */
const BODY_HEADS = new WordSet('board service services agency commission bureau administration institutes institute court council'.split(' '));

/**
 * A dotted abbreviation ("U.S.") right before a run of up to four capitalized words that ends in an
 * institution's or a government body's head: "U.S. Citizenship and Immigration Services", "the U.S.
 * Chemical Safety Board" (the index does not hold them, or the matcher would have taken the whole).
 * A title keeps the country: "U.S. Trade Representative Robert Lighthizer", "U.S. Secretary of State".
 */
export function acronymBeforeBody(text: string, tk: Tokens, t1: number): boolean {
  if (t1 >= tk.count || text.charCodeAt(tk.end[t1 - 1]) !== 46 || tk.start[t1] - tk.end[t1 - 1] !== 2 || text.charCodeAt(tk.end[t1 - 1] + 1) !== 32) return false;
  for (let t = t1; t < tk.count && t < t1 + 5; t++) {
    if (t > t1 && tk.gap[t] !== Gap.Space) return false;
    const and = t > t1 && tk.keyIs(t, 'and');
    if (!and && !nameWord(tk, t)) return false;
    if (t > t1 && (INSTITUTION_HEADS.at(tk, t) || BODY_HEADS.at(tk, t))) return true;
  }
  return false;
}

/** Heads of a geographic feature's name: "Vancouver Island", "Hudson River". */
const FEATURE_HEADS = new WordSet('island islands river lake bay valley peninsula mountains strait'.split(' '));

/** A feature's head, capitalized, right after a name: the two make one name ("Vancouver Island"),
 *  and neither word alone is linked, even where the head is some entity's alias ("Island", Icelandic
 *  for Iceland). `t` = the head's token. */
export function featureHead(tk: Tokens, t: number): boolean {
  return t < tk.count && t > 0 && tk.gap[t] === Gap.Space && nameWord(tk, t) && FEATURE_HEADS.at(tk, t) && !(tk.flags[t] & TokFlag.SentStart) && nameWord(tk, t - 1);
}

/** Plural heads: two names share one ("the Tokyo and London Stock Exchanges"). */
const PLURAL_HEADS = new WordSet('exchanges banks universities courts ministries councils museums orchestras'.split(' '));

/** "the Tokyo and London Stock Exchanges": the span, "and", then a name ending in a plural head;
 *  the first name is short for its own longer one (the Tokyo Stock Exchange). */
export function sharesPluralHead(tk: Tokens, t1: number): boolean {
  if (t1 >= tk.count || tk.gap[t1] !== Gap.Space || !(tk.keyIs(t1, 'and') || tk.keyIs(t1, 'or'))) return false;
  for (let t = t1 + 1; t < tk.count && t < t1 + 6; t++) {
    if (tk.gap[t] !== Gap.Space || !nameWord(tk, t)) return false;
    if (t > t1 + 1 && PLURAL_HEADS.at(tk, t)) return true;
  }
  return false;
}

/** Family and close ties: the first name after them is a private person's ("his wife, Miriam"). */
const KIN = new WordSet('wife husband son daughter mother father brother sister friend partner girlfriend boyfriend fiancee fiance widow children child baby'.split(' '));

/**
 * A first name the article uses for someone it knows, not a famous one-name figure: after a family
 * word ("Adelson's wife, Miriam", "her son David"), or paired by "and" with another first name that
 * is no place ("David and Victoria", "Paris and Kim"). `firstName(t)` = token t is a capitalized
 * first name; `placeAt(t)` = a place's name starts at token t.
 */
export function privateFirstName(text: string, tk: Tokens, t0: number, t1: number, firstName: (t: number) => boolean, placeAt: (t: number) => boolean): boolean {
  if (t1 - t0 !== 1 || !firstName(t0)) return false;
  // "wife, Miriam", "son David", "wife Victoria".
  if (t0 > 0 && KIN.at(tk, t0 - 1) && tk.start[t0] - tk.end[t0 - 1] <= 8 && /^\s*(?:,\s*)?$/.test(text.slice(tk.end[t0 - 1], tk.start[t0]))) return true;
  // "David and Victoria" / "Victoria and David".
  const other = (t: number) => t >= 0 && t < tk.count && firstName(t) && !placeAt(t) && !(t + 1 < tk.count && tk.gap[t + 1] === Gap.Space && nameWord(tk, t + 1));
  if (t1 + 1 < tk.count && tk.keyIs(t1, 'and') && tk.gap[t1] === Gap.Space && tk.gap[t1 + 1] === Gap.Space && other(t1 + 1)) return true;
  if (t0 > 1 && tk.keyIs(t0 - 1, 'and') && tk.gap[t0] === Gap.Space && tk.gap[t0 - 1] === Gap.Space && other(t0 - 2) && !(t0 > 2 && tk.gap[t0 - 2] === Gap.Space && nameWord(tk, t0 - 3))) return true;
  return false;
}

/** "RT @user", "HT @user": a retweet's or a credit's marker before a handle is no name. */
export function beforeHandle(text: string, end: number): boolean {
  return /^\s*:?\s*@\w/.test(text.slice(end, end + 5));
}

const SAINT = new WordSet(['st', 'saint', 'ste']);

/** A name right after "St." or "Saint" ("St. Mary was his mother" is the saint, by title). */
export function afterSaint(tk: Tokens, t0: number): boolean {
  return t0 > 0 && (tk.gap[t0] === Gap.Period || tk.gap[t0] === Gap.Space) && SAINT.at(tk, t0 - 1) && (tk.flags[t0 - 1] & TokFlag.Cap) !== 0;
}

/** "St. Mary's", "St John's wort", "St. Joseph's Regional Medical Center": a saint's name with a
 *  possessive names a church, a hospital, a place or a plant, not the saint or a namesake. */
export function saintsPossessive(tk: Tokens, t0: number, t1: number): boolean {
  return afterSaint(tk, t0) && t1 < tk.count && tk.gap[t1] === Gap.Apos && tk.keyIs(t1, 's');
}

/** A one-word person's name right before a capitalized name word the index does not know: a longer
 *  name ("Rep. Bono Mack", "a Pink Party"); `known[t]` as above. */
export function personNameGoesOn(tk: Tokens, t1: number, known: Uint8Array): boolean {
  return t1 < tk.count && tk.gap[t1] === Gap.Space && nameWord(tk, t1) && !known[t1] && !(tk.flags[t1] & TokFlag.SentStart);
}

/** "IRENE HIRANO INOUYE, president of …": a first name in capitals, then a word in capitals the index
 *  does not know, is a full name written in capitals, not the one-name figure ("OBAMA SAYS": no first
 *  name). `firstName()` = token t0 is a first name (asked last); `nameAt(t)` = token t may be part of a name. */
export function capsNameGoesOn(tk: Tokens, t0: number, t1: number, known: Uint8Array, firstName: () => boolean, nameAt: (t: number) => boolean): boolean {
  if (t1 >= tk.count || !(tk.flags[t0] & TokFlag.AllCaps) || tk.gap[t1] !== Gap.Space || known[t1]) return false;
  const f = tk.flags[t1];
  // "ADELE WINS SIX GRAMMYS": a headline's verb after a one-name star is no surname.
  return (f & TokFlag.Alpha) !== 0 && (f & TokFlag.AllCaps) !== 0 && tk.end[t1] - tk.start[t1] >= 2 && !(f & TokFlag.SentStart) && !HEADLINE_VERBS.at(tk, t1) && nameAt(t1) && firstName();
}

/** Verbs headlines in capitals put right after a name. */
const HEADLINE_VERBS = new WordSet(
  ('wins says dies gets makes takes hits slams seeks vows warns urges joins leaves backs blasts calls quits ' +
    'signs beats loses admits denies reveals returns marries sues faces plans wants tells shares releases').split(' '),
);


/**
 * "North, Central and South America", "North and South Korea", "East and West Germany": a lone compass
 * word coordinated with more compass words, the last of which goes on with a capitalized name, shares
 * that name: it is no place of its own. `compass` = the compass words. "North Korea and South Korea",
 * "the North region", "the North and South fought" keep theirs.
 */
export function sharedCompassName(text: string, tk: Tokens, t1: number, compass: WordSet): boolean {
  let t = t1;
  for (let items = 0; items < 4 && t < tk.count; items++) {
    // A separator: ", ", " and ", " or ", ", and ".
    if (commaBefore(text, tk, t)) {
      if ((tk.keyIs(t, 'and') || tk.keyIs(t, 'or')) && t + 1 < tk.count && tk.gap[t + 1] === Gap.Space) t++;
    } else if (tk.gap[t] === Gap.Space && (tk.keyIs(t, 'and') || tk.keyIs(t, 'or')) && t + 1 < tk.count && tk.gap[t + 1] === Gap.Space) t++;
    else return false;
    if (!(tk.flags[t] & TokFlag.Cap) || !compass.at(tk, t)) return false;
    t++;
    if (t < tk.count && tk.gap[t] === Gap.Space && nameWord(tk, t)) return true;
  }
  return false;
}

/** "the basement of The Queen Victoria": a capitalized "The" inside a sentence, then a title and a
 *  name, opens a proper name (a pub, a ship, a play), not the titled person. `t0` = the title's token. */
export function theBeforeTitle(tk: Tokens, t0: number): boolean {
  const p = t0 - 1;
  return p >= 0 && tk.gap[t0] === Gap.Space && tk.keyIs(p, 'the') && (tk.flags[p] & TokFlag.Cap) !== 0 && !(tk.flags[p] & TokFlag.SentStart) && !(tk.flags[p] & TokFlag.AllCaps);
}

/** "sub-Saharan Africa": a place after "sub-" and a name word is part of a region's longer name. */
export function afterSubPrefix(text: string, tk: Tokens, t0: number): boolean {
  const a = t0 - 1;
  return a > 0 && tk.gap[t0] === Gap.Space && nameWord(tk, a) && hyphenBefore(text, tk, a) && tk.keyIs(a - 1, 'sub') && !(tk.flags[a - 1] & TokFlag.Cap);
}

/** "Lloyds Bank Canada": a bank's name, one space, then a country's name names the bank's arm there
 *  (the index holds the parent only). `countryAt(t)` = a country's name starts at
 *  token t. "the EU-Canada deal" (a hyphen) keeps its marks. */
export function firmBeforeCountry(text: string, tk: Tokens, t1: number, countryAt: (t: number) => boolean): boolean {
  return t1 < tk.count && tk.gap[t1] === Gap.Space && tk.start[t1] - tk.end[t1 - 1] === 1 && text.charCodeAt(tk.end[t1 - 1]) === 32 && nameWord(tk, t1) && countryAt(t1);
}

/** "the University of California at San Diego", "the State University of New York at Cortland": a
 *  university's name, lower-case "at" and a capitalized name word name one campus, a university of its
 *  own that the index does not hold (it would have matched the whole). "at the moment", "at age 16"
 *  keep the university. */
export function campusAfter(tk: Tokens, t1: number): boolean {
  const n = t1 + 1;
  return n < tk.count && tk.gap[t1] === Gap.Space && tk.keyIs(t1, 'at') && !(tk.flags[t1] & TokFlag.Cap) && tk.gap[n] === Gap.Space && nameWord(tk, n) && !(tk.flags[n] & TokFlag.SentStart) && !tk.keyIs(n, 'the');
}

/** '"Billboard" Hot 100', 'the "Times" Literary Supplement': a name alone in quotes, then one space and a
 *  capitalized word or a number, is the quoted head of a longer name (a chart, a show, a supplement).
 *  The caller rules out function words ("Monday"). */
export function quotedNameGoesOn(text: string, tk: Tokens, t0: number, t1: number): boolean {
  if (t0 === 0 || t1 >= tk.count || tk.flags[t1] & TokFlag.SentStart) return false;
  const open = text.charCodeAt(tk.start[t0] - 1);
  const close = text.charCodeAt(tk.end[t1 - 1]);
  if (!(open === 34 || open === 0x201c) || !(close === 34 || close === 0x201d)) return false;
  if (tk.start[t1] - tk.end[t1 - 1] !== 2 || text.charCodeAt(tk.end[t1 - 1] + 1) !== 32) return false;
  const f = tk.flags[t1];
  return (f & TokFlag.Alpha) === 0 || nameWord(tk, t1);
}

/** Heads of an organization's name that two names joined by a hyphen often open. */
const PAIR_HEADS = new WordSet(
  ('council forum society chamber alliance association foundation fund center centre partnership initiative ' +
    'commission committee institute board bank university college exchange').split(' '),
);

/** Only a hyphen, or a period and a hyphen ("U.S.-Japan"), between tokens t-1 and t. */
function joinedBefore(text: string, tk: Tokens, t: number): boolean {
  if (t === 0) return false;
  const a = tk.end[t - 1];
  const gap = tk.start[t] - a;
  return (gap === 1 && text.charCodeAt(a) === 45) || (gap === 2 && text.charCodeAt(a) === 46 && text.charCodeAt(a + 1) === 45);
}

/**
 * "the U.S.-Japan Council", "the US-China Business Council", "the NATO-Russia Council": two names joined by
 * a hyphen, then up to three capitalized words ending in an organization's head, name one organization;
 * neither name alone is linked. "U.S.-Japanese talks", "the Israel-Hamas war", "Moscow-Beijing ties"
 * keep their marks. The span [t0, t1) is either name of the pair.
 */
export function joinedPairBeforeBody(text: string, tk: Tokens, t0: number, t1: number): boolean {
  let t = t1;
  if (joinedBefore(text, tk, t1) && t1 < tk.count && (tk.flags[t1] & TokFlag.Cap) !== 0) {
    // The span opens the pair: step over the other name (a word, or one in capitals).
    t = t1 + 1;
    while (t < tk.count && t < t1 + 3 && tk.gap[t] === Gap.Space && (tk.flags[t] & TokFlag.Cap) !== 0 && !PAIR_HEADS.at(tk, t) && tk.start[t] - tk.end[t - 1] === 1) t++;
  } else if (!(t0 > 0 && joinedBefore(text, tk, t0) && (tk.flags[t0 - 1] & TokFlag.Cap) !== 0)) return false;
  for (let j = t; j < tk.count && j < t + 3; j++) {
    if (tk.gap[j] !== Gap.Space || tk.start[j] - tk.end[j - 1] !== 1 || !nameWord(tk, j) || tk.flags[j] & TokFlag.SentStart) return false;
    if (PAIR_HEADS.at(tk, j)) return true;
  }
  return false;
}

/** "Northwell Health at Jones Beach Theater": a company's name, lower-case "at" and up to four capitalized
 *  words ending in a venue's head name one venue (a sponsor's name on it); "Apple at the Staples Center"
 *  keeps the company. `venueHead(t)` = token t is a venue's head ("Theater", "Arena"). */
export function sponsorBeforeVenue(tk: Tokens, t1: number, venueHead: (t: number) => boolean): boolean {
  if (t1 + 1 >= tk.count || tk.gap[t1] !== Gap.Space || !tk.keyIs(t1, 'at') || tk.flags[t1] & TokFlag.Cap) return false;
  for (let t = t1 + 1; t < tk.count && t < t1 + 5; t++) {
    if (tk.gap[t] !== Gap.Space || !nameWord(tk, t) || tk.flags[t] & TokFlag.SentStart) return false;
    if (t > t1 + 1 && venueHead(t)) return true;
  }
  return false;
}

const SCHOOL_HEADS = new WordSet(['university', 'college']);

/** "the University of Texas Austin": a place right after "University of <Name>" (one to three name words)
 *  names a campus, a longer name the index does not hold (it holds "University of Wisconsin–Madison"). */
export function afterUniversityOf(tk: Tokens, t0: number): boolean {
  for (let j = t0 - 1; j >= 2 && j >= t0 - 3; j--) {
    if (tk.gap[j + 1] !== Gap.Space || !nameWord(tk, j)) return false;
    if (tk.gap[j] === Gap.Space && tk.keyIs(j - 1, 'of') && !(tk.flags[j - 1] & TokFlag.Cap) && tk.gap[j - 1] === Gap.Space && SCHOOL_HEADS.at(tk, j - 2) && (tk.flags[j - 2] & TokFlag.Cap) !== 0) return true;
  }
  return false;
}

/** "Wichita North's swimmer", "Lagos West": a capitalized compass word right after a place, not opening a
 *  name of its own ("in Chicago North Korea's envoy"), ends a longer name (a school, a district, a
 *  constituency). `compass` = the compass words. */
export function compassAfter(tk: Tokens, t1: number, compass: WordSet): boolean {
  if (t1 >= tk.count || tk.gap[t1] !== Gap.Space || !nameWord(tk, t1) || tk.flags[t1] & TokFlag.SentStart || !compass.at(tk, t1)) return false;
  const n = t1 + 1;
  return !(n < tk.count && tk.gap[n] === Gap.Space && (tk.flags[n] & TokFlag.Cap) !== 0);
}

/** Works a name can be the title of. */
const WORK_NOUNS = new WordSet('novel novels film films movie book song album play series show painting poem opera musical documentary sitcom single memoir'.split(' '));

/** "Jérusalem, a novel by …", "Chicago, the 2002 film": the words right after the name define it as a
 *  work: ", a/an/the" and up to two words before a work's noun (not "the novel's setting"). */
export function definedAsWork(text: string, tk: Tokens, t1: number): boolean {
  // Most names are followed by no comma: test the character before making a string.
  if (t1 >= tk.count || text.charCodeAt(tk.end[t1 - 1]) !== 44) return false;
  if (!(tk.keyIs(t1, 'a') || tk.keyIs(t1, 'an') || tk.keyIs(t1, 'the')) || tk.flags[t1] & TokFlag.Cap) return false;
  if (!/^,\s*$/.test(text.slice(tk.end[t1 - 1], tk.start[t1]))) return false;
  for (let t = t1 + 1; t < tk.count && t < t1 + 4; t++) {
    if (tk.gap[t] !== Gap.Space || (tk.flags[t] & TokFlag.Cap && tk.flags[t] & TokFlag.Alpha)) return false;
    if (WORK_NOUNS.at(tk, t)) return !(t + 1 < tk.count && tk.gap[t + 1] === Gap.Apos);
  }
  return false;
}

/** "the Boeing 737 Max", "Microsoft 365", "the S&P 500": a firm's name, one space and a model's number
 *  (digits, or digits and letters, not a year, a share or a quantity) names a product or an index, not the
 *  firm ("Boeing 2019 revenue", "Apple 11 percent" keep it). */
export function modelNumberAfter(text: string, tk: Tokens, t1: number): boolean {
  if (t1 >= tk.count || tk.gap[t1] !== Gap.Space || tk.start[t1] - tk.end[t1 - 1] !== 1 || text.charCodeAt(tk.end[t1 - 1]) !== 32) return false;
  const w = text.slice(tk.start[t1], tk.end[t1]);
  if (!/^\d{1,4}[A-Za-z]{0,3}$/.test(w) || /^(1[89]|20)\d\d$/.test(w)) return false;
  const next = text.charAt(tk.end[t1]);
  if (next === '%' || next === ',' || next === '.' && /\d/.test(text.charAt(tk.end[t1] + 1))) return false;
  return !(t1 + 1 < tk.count && tk.gap[t1 + 1] === Gap.Space && QUANTITY_AFTER.at(tk, t1 + 1));
}
const QUANTITY_AFTER = new WordSet('percent per million billion thousand years year months weeks days hours times points shares employees workers people stores jobs'.split(' '));

/** Titles of nobility: "Duke of Edinburgh", "the Duchess of Cambridge", "Prince of Wales", "Earl of Wessex". */
const PEERAGE = new WordSet('duke duchess dukes earl countess marquess marquis marchioness viscount viscountess baron baroness prince princess'.split(' '));

/** "the Duchess of Cambridge", "the Duke and Duchess of Sussex": a title of nobility, "of" and a place is a
 *  title (a person), not the place; a king's or a queen's "of" names the realm and keeps it. */
export function peerageOf(tk: Tokens, t0: number): boolean {
  const o = t0 - 1;
  const h = t0 - 2;
  return h >= 0 && tk.gap[t0] === Gap.Space && tk.gap[o] === Gap.Space && tk.keyIs(o, 'of') && !(tk.flags[o] & TokFlag.Cap) && PEERAGE.at(tk, h) && (tk.flags[h] & TokFlag.Cap) !== 0;
}

/** Words before a place that put it in a phrase of its own ("in Paris Macron said", "from Texas Smith
 *  drove"): the name after it starts another name. */
const PLACE_PHRASE_BEFORE = new WordSet('in at from to into near across of for by on via outside inside around and or'.split(' '));

/** "Brooklyn Beckham", "Indiana Jones", "Chelsea Manning": a one-word place name, one space, then a surname
 *  of someone the index holds (`isSurname`), mid-sentence, is a first name (or the head of a longer name:
 *  "the Florida Keys"), not the place. A dateline in capitals ("PARIS Macron said"), a dash ("Paris –
 *  Macron said") or a preposition before the place ("in Paris Macron said") keeps it. */
export function placeBeforeSurname(text: string, tk: Tokens, t0: number, t1: number, isSurname: (t: number) => boolean): boolean {
  if (t1 - t0 !== 1 || t1 >= tk.count || tk.flags[t0] & TokFlag.AllCaps || !nameWord(tk, t1) || tk.flags[t1] & TokFlag.SentStart) return false;
  if (tk.start[t1] - tk.end[t0] !== 1 || text.charCodeAt(tk.end[t0]) !== 32) return false;
  if (t0 > 0 && tk.gap[t0] === Gap.Space && !(tk.flags[t0 - 1] & TokFlag.Cap) && PLACE_PHRASE_BEFORE.at(tk, t0 - 1)) return false;
  return isSurname(t1);
}

/** "Ascom North America", "the Quiksilver Pro New York": a place's name of two words or more right after a
 *  capitalized name word the index does not know, mid-sentence, ends a longer name (a firm's arm, an
 *  event), as a one-word place's does ("Samsung India"); the other name may be a firm's the index lacks. `nameWordAt(t)` = token t is such a word. */
export function nameWordBeforeLongPlace(tk: Tokens, t0: number, t1: number, nameWordAt: (t: number) => boolean): boolean {
  const p = t0 - 1;
  // Words, not a dotted abbreviation ("Harcourt Canadas U.S. parent": Reuters' "Canada's").
  return t1 - t0 > 1 && p >= 0 && tk.gap[t0] === Gap.Space && tk.gap[t0 + 1] === Gap.Space && !(tk.flags[p] & TokFlag.SentStart) && nameWordAt(p);
}

/** Towns whose own name takes "the", which the index may hold without it ("The Hague", "The Dalles"). */
const THE_TOWNS = new WordSet('hague bronx dalles woodlands villages pas colony'.split(' '));

/** "to watch The Batman", "saw The Maine play", "dinner at The Lincoln": a capitalized "The" inside a
 *  sentence right before a town's or a US state's name opens a film's, a band's or a venue's name.
 *  English puts no article before a town or a state; countries and regions take one ("in The
 *  Netherlands", "The Gambia", "The Punjab"), so the caller asks this of towns and states only
 *  (townOrUsState). At a sentence's start "The Chicago police" keeps its place.
 *  `weak(t)` = token t sits where capitals say nothing (a title-case heading). */
export function theBeforeTown(tk: Tokens, t0: number, weak: (t: number) => boolean): boolean {
  return theBeforeTitle(tk, t0) && !THE_TOWNS.at(tk, t0) && !weak(t0 - 1);
}

/** A town, or a US state: theBeforeTown is asked where some option is one and none is a country ("The
 *  Batman" is a Turkish town and a province of it; "The Lebanon" a country and American towns). */
export function townOrUsState(e: CompiledEntity): boolean {
  return e.type === 'place' && (CITIES.has(e.subtype ?? '') || usStateCode(e.id) !== undefined);
}

type Opt = { entity: number; partialOnly: boolean };
type Span = { t0: number; t1: number };

/** "Ohio Wesleyan University", "Georgia Southern University": a place right before a university's name
 *  makes another university (the index's Wesleyan is in Connecticut). `k` = the university's candidate. */
export function placeBeforeUniversity(tk: Tokens, cands: readonly Span[], options: readonly (readonly Opt[])[], ents: ArrayLike<CompiledEntity>, k: number): boolean {
  const p = spanRightBefore(tk, cands, k);
  return p >= 0 && options[p].some((o) => !o.partialOnly && ents[o.entity].type === 'place');
}

/** The countries of a candidate's full options, if every one is of `kinds` (towns, or regions);
 *  undefined otherwise. */
function countriesOf(opts: readonly Opt[], ents: ArrayLike<CompiledEntity>, kinds: ReadonlySet<string>): Set<string> | undefined {
  const out = new Set<string>();
  for (const o of opts) {
    if (o.partialOnly) continue;
    const e = ents[o.entity];
    if (e.type !== 'place' || !e.country || !kinds.has(e.subtype ?? '')) return undefined;
    out.add(e.country);
  }
  return out.size ? out : undefined;
}

/** "the Kentucky Derby", "the Ohio Derby": a one-word region right before a one-word town that no
 *  country shares with it names one thing (a race, a show), neither place. Two towns are left alone
 *  ("the Kyiv Moscow talks"), and so is a town before a region ("Moscow Idaho"). `k` = either place's
 *  candidate. */
export function placesOfTwoCountries(text: string, tk: Tokens, cands: readonly Span[], options: readonly (readonly Opt[])[], ents: ArrayLike<CompiledEntity>, k: number): boolean {
  if (cands[k].t1 - cands[k].t0 !== 1) return false;
  // Most places stand alone: find the neighbour before reading any options.
  const before = spanRightBefore(tk, cands, k);
  let after = -1;
  for (let j = k + 1; j < cands.length && j <= k + 3; j++) if (cands[j].t0 === cands[k].t1 && spanRightBefore(tk, cands, j) === k) after = j;
  // One space between, not a hyphen: "the Baghdad-Damascus highway" joins two places.
  const pair = (r: number, t: number) => {
    if (r < 0 || t < 0 || cands[r].t1 - cands[r].t0 !== 1 || cands[t].t1 - cands[t].t0 !== 1) return false;
    if (tk.start[cands[t].t0] - tk.end[cands[r].t0] !== 1 || text.charCodeAt(tk.end[cands[r].t0]) !== 32) return false;
    const region = countriesOf(options[r], ents, REGIONS);
    const town = region && countriesOf(options[t], ents, CITIES);
    return !!town && ![...town].some((c) => region.has(c));
  };
  return pair(before, k) || pair(k, after);
}

/** "Team USA", "Team GB", "Team Europe": a capitalized "Team" right before a place names a side
 *  (Olympic, Ryder Cup), not the place. */
export function teamBefore(tk: Tokens, t0: number): boolean {
  const p = t0 - 1;
  return p >= 0 && tk.gap[t0] === Gap.Space && tk.keyIs(p, 'team') && (tk.flags[p] & TokFlag.Cap) !== 0 && !(tk.flags[p] & TokFlag.AllCaps);
}
