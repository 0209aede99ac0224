/**
 * The words around a name that say it belongs to something else (issue 12). Each test reads only the
 * tokens next to a candidate span; resolve.ts asks them before scoring options.
 *
 *  - Inside a longer name the index does not hold: "Georgia Power", "Munich Re", "University of
 *    Michigan", "Library of Congress", "The Florida Project", a title in quotes. Kept: "Paris police",
 *    "the Paris agreement" (a lower-case word after the name), "Kabul Airport" (a generic head).
 *  - Namesake readings: a work's title ("the film Batman"), a quantity before a person's name used as a
 *    word ("21 Trump cards"), a possessive that reads as a person's ("Smith's").
 *  - "X-based", "X-born": X is a place.
 * These rules assume English capitalization; resolve.ts applies them on English text only.
 */
import { Gap, TokFlag, WordSet, capsWord, lowerWord, type Tokens } from './tokenize';

/** Capitalized words after a name that do not make it part of a longer name: offices and heads
 *  ("Iran Foreign Minister", "EU Council", "Kabul Airport"), days, function words. */
const NOT_NAME_AFTER = new WordSet(
  ('foreign interior defense defence finance trade treasury health justice commerce economy energy education ' +
    'transport security state home prime deputy vice chief head acting former senior federal national ' +
    'government officials authorities police army navy forces military embassy consulate ministry minister ' +
    'president premier governor mayor secretary ambassador council parliament senate congress court ' +
    'airport province region city county district state capital border troops administration regime cabinet ' +
    'office agency party democrats republicans leader leaders prosecutors officials residents fans people ' +
    'citizens voters lawmakers legislators team squad coach manager players club fc ' +
    'north south east west northern southern eastern western central ' +
    'gov sen rep mr mrs ms dr gen col sgt lt capt st ' +
    'autonomous special administrative metropolitan greater upper lower jr sr i ii iii').split(' '),
);

const ACRONYM_TAIL = new WordSet('today open weekly magazine'.split(' '));
/** Heads of a venue's name: a sponsor's name before them is the venue's ("PPL Center", "PNC Bank Arts
 *  Center", "DTE Energy Music Theatre"), even in a list whose every word is capitalized. */
export const VENUE_HEADS = new WordSet('center centre arena amphitheatre amphitheater theatre theater pavilion stadium auditorium coliseum ballpark'.split(' '));
const FUNCTION_AFTER = new WordSet('the a an and or of in on at for to by with'.split(' '));

/** Capitalized heads that open an institution's name with "of": "University of Michigan",
 *  "Library of Congress", "Bank of England". Titles ("President of France") and place words
 *  ("City of London", "Republic of Korea") are not among them. */
const NOT_INSTITUTION_OF = new WordSet(
  ('president vice prime minister chancellor king queen prince princess crown emperor empress emir sultan sheikh ' +
    'shah tsar czar pharaoh caliph ' +
    'governor mayor secretary ambassador envoy chairman chairwoman chair chief head leader ceo director founder ' +
    'duke duchess earl count countess lord lady bishop archbishop pope general commander speaker member members ' +
    'city town province state region republic kingdom people government county district capital north south east ' +
    'west northern southern eastern western central parts rest heart outskirts island islands ' +
    'the a an of and in on at for to by from with ' +
    // Business news: "Shares of Intel rose", "Customers of Verizon".
    'shares stock stocks investors shareholders customers employees workers users subscribers owners rivals ' +
    // Quantities open a sentence, not a name: "One of Alibaba's shares", "Most of Apple's sales".
    'one two three four five some many most all each several none both few half').split(' '),
);

/** Lower-case words before a name that make it a work's title: "the film Batman", "her novel Jerusalem". */
const WORK_WORDS = new WordSet(
  ('film movie novel book album song single track series show sitcom play musical documentary painting opera ' +
    'poem memoir biopic episode game videogame franchise character superhero villain hero').split(' '),
);

/** Quantities before a name: "21 Trump cards", "two Jordan sneakers". */
const QUANTITY = new WordSet('two three four five six seven eight nine ten dozen dozens hundreds thousands several many few some'.split(' '));

/** Words after a hyphen that make the name before it a place: "Washington-based", "Ohio-born". */
const PLACE_SUFFIX = new WordSet('based born bred raised headquartered area region wide'.split(' '));
/** "Washington-based": a company is based in a city. */
const CITY_SUFFIX = new WordSet('based headquartered'.split(' '));

function cap(tk: Tokens, t: number): boolean {
  return (tk.flags[t] & TokFlag.Cap) !== 0;
}

function isDigits(tk: Tokens, t: number): boolean {
  return (tk.flags[t] & TokFlag.Alpha) === 0;
}

/** Words of a line set in title case ("Trump Visits Iowa Farm"): capitals carry no information there.
 *  The whole line counts (up to 40 words each way), so a sentence with a run of capitalized words
 *  ("won the Africa Movie Academy Award for Best Actress") is not one: it has lower-case words too. */
const titleLines = new WeakMap<Tokens, Map<number, boolean>>();
function titleCaseLine(text: string, tk: Tokens, t: number): boolean {
  const from = lineStartOf(text, tk, t);
  // One answer per line: lists and headlines ask many times.
  let lines = titleLines.get(tk);
  if (!lines) titleLines.set(tk, (lines = new Map()));
  let v = lines.get(from);
  if (v === undefined) lines.set(from, (v = titleCaseLineAt(text, tk, t, from)));
  return v;
}

/** The offset where token t's line starts: one pass per text (lastIndexOf per token scanned back to
 *  the start of a text without line breaks, quadratic). */
const lineStarts = new WeakMap<Tokens, Int32Array>();
function lineStartOf(text: string, tk: Tokens, t: number): number {
  let a = lineStarts.get(tk);
  if (!a) {
    a = new Int32Array(tk.count);
    // Jump from line break to line break (indexOf is native), not character by character.
    let from = 0;
    let next = text.indexOf('\n');
    for (let j = 0; j < tk.count; j++) {
      const s = tk.start[j];
      while (next >= 0 && next < s) (from = next + 1), (next = text.indexOf('\n', from));
      a[j] = from;
    }
    lineStarts.set(tk, a);
  }
  return a[t];
}

function titleCaseLineAt(text: string, tk: Tokens, t: number, from: number): boolean {
  let to = text.indexOf('\n', tk.end[t]);
  if (to < 0) to = text.length;
  let words = 0;
  // Title case leaves short function words in lower case ("for", "the"); any other lower-case word
  // of three letters or more ("won", "actress") says sentence.
  const lower = (j: number) => tk.end[j] - tk.start[j] >= 3 && !cap(tk, j) && !HEADLINE_LOWER.at(tk, j);
  for (let j = t; j >= 0 && t - j < 40 && tk.start[j] >= from; j--) {
    if (!(tk.flags[j] & TokFlag.Alpha)) continue;
    if (lower(j)) return false;
    if (tk.end[j] - tk.start[j] >= 4) words++;
  }
  for (let j = t + 1; j < tk.count && j - t < 40 && tk.end[j] <= to; j++) {
    if (!(tk.flags[j] & TokFlag.Alpha)) continue;
    if (lower(j)) return false;
    if (tk.end[j] - tk.start[j] >= 4) words++;
  }
  return words >= 4;
}
const HEADLINE_LOWER = new WordSet('the and for nor but yet with from into onto over upon via per off out amid says'.split(' '));

/**
 * The span [t0, t1) is a fragment of a longer capitalized name: a capitalized word follows it
 * directly ("Georgia Power", "Munich Re", "Edward Norton Lorenz"), or it is the object of an
 * institution's "of" ("University of Michigan"). `known[t]` = token t belongs to a name the index
 * knows (then two names merely stand side by side).
 */
const COMPANY_WORDS = new WordSet('companies company holdings group'.split(' '));
const LEGAL_SUFFIXES = new WordSet('inc corp co ltd llc plc ag sa nv'.split(' '));

/** "Inc.", "Companies Inc." at token t, capitalized: a company's legal suffix, part of its name but
 *  no sign of a longer name. The number of tokens (0 = none). */
export function legalSuffixAt(tk: Tokens, t: number): number {
  if (t >= tk.count || tk.gap[t] !== Gap.Space || !cap(tk, t)) return 0;
  if (LEGAL_SUFFIXES.at(tk, t)) return 1;
  return COMPANY_WORDS.at(tk, t) && t + 1 < tk.count && tk.gap[t + 1] === Gap.Space && cap(tk, t + 1) && LEGAL_SUFFIXES.at(tk, t + 1) ? 2 : 0;
}

export function inLongerName(text: string, tk: Tokens, t0: number, t1: number, known: Uint8Array, startsName: (t: number) => boolean, acronym = false): boolean {
  if (t1 < tk.count && tk.gap[t1] === Gap.Space && cap(tk, t1) && !known[t1] && !(tk.flags[t1] & TokFlag.SentStart) && !legalSuffixAt(tk, t1)) {
    const f = tk.flags[t1];
    const len = tk.end[t1] - tk.start[t1];
    // "Georgia O'Keeffe": a capital initial joined by an apostrophe starts a surname.
    const oApos = len === 1 && t1 + 1 < tk.count && tk.gap[t1 + 1] === Gap.Apos && cap(tk, t1 + 1) && tk.end[t1 + 1] - tk.start[t1 + 1] > 1;
    const word = (f & TokFlag.Alpha) !== 0 && !(f & TokFlag.AllCaps) && len >= 2;
    // The separator must be a space, not a dash ("Moscow-Beijing talks").
    const spaced = /^\s+$/.test(text.slice(tk.end[t1 - 1], tk.start[t1]));
    // "envoy to Ukraine Kurt Volker": a first name starts another name.
    const venue = VENUE_HEADS.at(tk, t1) || (t1 + 1 < tk.count && tk.gap[t1 + 1] === Gap.Space && cap(tk, t1 + 1) && VENUE_HEADS.at(tk, t1 + 1));
    const goesOn = word && !NOT_NAME_AFTER.at(tk, t1) && (venue || !titleCaseLine(text, tk, t1)) && !startsName(t1);
    // An acronym is more often a modifier ("US Chinook helicopter"): only a two-word tail ("PNC Music
    // Pavilion") or a masthead/event word ("USA Today", "US Open") makes it part of a name.
    const tail2 = t1 + 1 < tk.count && tk.gap[t1 + 1] === Gap.Space && cap(tk, t1 + 1) && !NOT_NAME_AFTER.at(tk, t1 + 1) && !FUNCTION_AFTER.at(tk, t1 + 1);
    if (spaced && (oApos || (goesOn && (!acronym || tail2 || venue || ACRONYM_TAIL.at(tk, t1))))) return true;
  }
  // "University of Michigan": "<Capitalized head> of <span>", the head not a title or a place word.
  if (!acronym && t0 >= 2 && tk.gap[t0] === Gap.Space && tk.keyIs(t0 - 1, 'of') && tk.gap[t0 - 1] === Gap.Space) {
    const h = t0 - 2;
    // "King Abdullah of Jordan": a person's first name is no institution's head. "Pace Consultants Inc
    // of Houston": after a legal suffix the company's name is over; "of" tells where it is based.
    if (cap(tk, h) && !known[h] && (tk.flags[h] & TokFlag.Alpha) && !(tk.flags[h] & TokFlag.AllCaps) && !NOT_INSTITUTION_OF.at(tk, h) && !LEGAL_SUFFIXES.at(tk, h) && !startsName(h) && !titleCaseLine(text, tk, h)) {
      return true;
    }
  }
  return false;
}

function isOpenQuote(c: number): boolean {
  return c === 34 || c === 0x201c || c === 0xab || c === 0x201e;
}
function isCloseQuote(c: number): boolean {
  return c === 34 || c === 0x201d || c === 0xbb || c === 0x201c;
}

/** A quote mark or a line break: where a quotation's search stops. */
function quoteStop(c: number): boolean {
  // Letters, digits and most punctuation (35..170) are none of them: one test for most characters.
  return !(c > 34 && c < 0xab) && (c === 10 || isOpenQuote(c) || isCloseQuote(c));
}

/**
 * The span sits in quotes: the whole quoted text (`whole`), or part of a quoted title ("The Florida
 * Project"). Quotes further than 80 characters away, or across a line, do not count.
 */
export function quoted(text: string, start: number, end: number): { whole: boolean; title: boolean } | null {
  // Most names are not in quotes: scan by char code, allocate only when both quotes are there.
  let a = start - 1;
  while (a >= 0 && start - a <= 80 && !quoteStop(text.charCodeAt(a))) a--;
  if (a < 0 || start - a > 80) return null;
  let b = end;
  while (b < text.length && b - end <= 80 && !quoteStop(text.charCodeAt(b))) b++;
  if (b >= text.length || b - end > 80) return null;
  return quotedBetween(text, start, end, a, b);
}

/** Can the gap before token t hold a quote mark or a line break? Only a Break gap holds a quote
 *  mark; any other may hold one line break, and then tokenize marks token t as a sentence start. */
function mayHoldStop(tk: Tokens, t: number): boolean {
  return t === 0 || tk.gap[t] === Gap.Break || (tk.flags[t] & TokFlag.SentStart) !== 0;
}

/**
 * quoted() for the token span [t0, t1) of tk, the same answer from fewer characters: quote marks and
 * line breaks never sit inside a token, and mayHoldStop rules out most gaps without reading them.
 */
export function quotedSpan(text: string, tk: Tokens, t0: number, t1: number): { whole: boolean; title: boolean } | null {
  const start = tk.start[t0];
  const end = tk.end[t1 - 1];
  // "‘Glasgow’ is a song": single curly quotes right around the name (a title quoted inside a quotation,
  // or in British style); a closing one before a letter is an apostrophe ("‘Glasgow’s pubs").
  if (text.charCodeAt(start - 1) === 0x2018 && text.charCodeAt(end) === 0x2019 && !/\p{L}/u.test(text.charAt(end + 1))) return { whole: true, title: false };
  let a = -1;
  for (let t = t0; t >= 0 && a < 0; t--) {
    if (start - tk.start[t] >= 80) break; // this gap lies wholly beyond the window
    if (!mayHoldStop(tk, t)) continue;
    const from = t > 0 ? tk.end[t - 1] : 0;
    for (let i = tk.start[t] - 1; i >= from && start - i <= 80; i--) {
      if (quoteStop(text.charCodeAt(i))) {
        a = i;
        break;
      }
    }
  }
  if (a < 0) return null;
  let b = -1;
  for (let t = t1; t <= tk.count && b < 0; t++) {
    const from = tk.end[t - 1];
    if (from - end > 80) break;
    if (t < tk.count && !mayHoldStop(tk, t)) continue;
    const to = t < tk.count ? tk.start[t] : text.length;
    for (let i = from; i < to && i - end <= 80; i++) {
      if (quoteStop(text.charCodeAt(i))) {
        b = i;
        break;
      }
    }
  }
  if (b < 0) return null;
  return quotedBetween(text, start, end, a, b);
}

/** The span [start, end) between the stops at a and b (each a quote mark or a line break). */
function quotedBetween(text: string, start: number, end: number, a: number, b: number): { whole: boolean; title: boolean } | null {
  if (!isOpenQuote(text.charCodeAt(a)) || !isCloseQuote(text.charCodeAt(b))) return null;
  const inner = text.slice(a + 1, b).replace(/[,.!?]+$/, '').trim();
  if (inner === text.slice(start, end)) return { whole: true, title: false };
  // A title: a few words, each longer one capitalized ("The Florida Project", "Game of Thrones").
  const words = inner.split(/\s+/);
  const long = words.filter((w) => w.length >= 4);
  const title = words.length <= 8 && long.length > 0 && long.every((w) => /^\p{Lu}/u.test(w));
  return { whole: false, title };
}

/** "the film Batman": a work word right before the name. */
export function afterWorkWord(tk: Tokens, t0: number): boolean {
  return t0 > 0 && tk.gap[t0] === Gap.Space && !cap(tk, t0 - 1) && WORK_WORDS.at(tk, t0 - 1);
}

/** Kinds of things named after people, places and firms: "the planet Mercury", "the ship Enterprise",
 *  "the hurricane Florence". The name after them is the thing's. */
const THING_WORDS = new WordSet('planet moon asteroid comet spacecraft probe rover ship vessel yacht submarine hurricane typhoon cyclone storm'.split(' '));

/** "the planet Mercury": "the" and a thing's kind, in lower case, right before the name ("a rover NASA
 *  plans to fly" is another sentence shape). */
export function afterThingWord(tk: Tokens, t0: number): boolean {
  return t0 > 1 && tk.gap[t0] === Gap.Space && !cap(tk, t0 - 1) && THING_WORDS.at(tk, t0 - 1) && tk.keyIs(t0 - 2, 'the');
}

/** ".DJI", ".MIAPJ0000PUS": a Reuters instrument code, a period right before and a space or line
 *  start before that. */
export function instrumentCode(text: string, start: number): boolean {
  if (start === 0 || text.charCodeAt(start - 1) !== 46) return false;
  const c = start > 1 ? text.charCodeAt(start - 2) : 32;
  return c === 32 || c === 10;
}

/** Letters with diacritics ("Ü", "é"): a name written without them is another word ("Über" is no Uber). */
const DIACRITIC = /[À-ÖØ-öø-ÿĀ-ž]/;

/** The span has a letter with a diacritic that none of its aliases has. */
export function diacriticOnlyInText(span: string, aliases: string[]): boolean {
  return DIACRITIC.test(span) && aliases.every((a) => !DIACRITIC.test(a));
}

/** Things named after a place (or a person) and written as the name and a lower-case noun: peppers
 *  and mustards ("Fresno chile", "Aleppo pepper", "Dijon mustard"), "Brussels sprouts", "Buffalo
 *  wings", dog breeds ("Boston terrier", "Jack Russell terrier"). Not "cheese" or "wine": "Wisconsin
 *  cheese", "Bordeaux wine" are also the place's. (Currencies: currencyAfter.) */
const NAMED_THINGS = new WordSet('chile chiles chili chilies chilli chillies pepper peppers mustard sprouts wings terrier terriers spaniel spaniels retriever retrievers'.split(' '));
/** Things a brand, a team or a person's fans wear or eat as much as things named after a place: "a Panama
 *  hat", "Jordan sneakers", "a Brazil jersey", "a Caesar salad", "Worcestershire sauce" are not the place's (nor, for
 *  salads and sauces, the person's), while "a Yankees hat", "Adidas sneakers", "a Trump hat" keep theirs. */
const PLACE_THINGS = new WordSet('hat hats sneaker sneakers jersey jerseys'.split(' '));
const PLACE_OR_PERSON_THINGS = new WordSet('salad salads sauce'.split(' '));

/** Nouns of a shop or a chain: "the John Lewis store", "a Wendy's restaurant" name a business. */
const SHOP_NOUNS = new WordSet('store stores shop shops outlet outlets branch branches supermarket supermarkets restaurant restaurants chain franchise boutique boutiques'.split(' '));
/** People whose name is their business's: a designer's store, a chef's restaurant is theirs. */
const OWN_NAME_TRADES = new Set(['designer', 'fashion-designer', 'businessperson', 'chef', 'entrepreneur']);

/** "the John Lewis store", "a Morrison supermarket": a person's name right before a shop's noun (no
 *  possessive) is a shop named so, not the person, unless the person trades under their name ("the
 *  Ralph Lauren store"). */
export function shopAfterName(tk: Tokens, t1: number, subtype: string | undefined): boolean {
  return t1 < tk.count && tk.gap[t1] === Gap.Space && !cap(tk, t1) && SHOP_NOUNS.at(tk, t1) && !OWN_NAME_TRADES.has(subtype ?? '');
}

/** "a Panama hat" (1: rules out a place), "a Caesar salad" (2: a place or a person); 0 otherwise. */
export function namedWearOrDishAfter(tk: Tokens, t1: number): 0 | 1 | 2 {
  if (t1 >= tk.count || tk.gap[t1] !== Gap.Space || cap(tk, t1)) return 0;
  return PLACE_THINGS.at(tk, t1) ? 1 : PLACE_OR_PERSON_THINGS.at(tk, t1) ? 2 : 0;
}

/** "1 Fresno chile": the name is the thing's, not the place's. */
export function namedThingAfter(tk: Tokens, t1: number): boolean {
  if (t1 >= tk.count || tk.gap[t1] !== Gap.Space || cap(tk, t1) || !NAMED_THINGS.at(tk, t1)) return false;
  // "Police in Portland pepper sprayed protesters": the verb, not a Portland pepper.
  return !(t1 + 1 < tk.count && tk.gap[t1 + 1] === Gap.Space && SPRAY.at(tk, t1 + 1));
}
const SPRAY = new WordSet('spray sprayed spraying sprays'.split(' '));

const CURRENCY = new WordSet(['dollar', 'dollars']);
/** Words that stand before an amount or a currency's name: "the Singapore dollar", "in Hong Kong dollars". */
const BEFORE_CURRENCY = new WordSet('the a an in of million billion trillion thousand'.split(' '));

/**
 * "176 Hong Kong dollars", "the Singapore dollar": a currency named after the place [t0, t1), read only
 * after an amount or one of BEFORE_CURRENCY; "FEMA dollars", "Saudi Arabia dollars poured in" keep theirs.
 */
export function currencyAfter(tk: Tokens, t0: number, t1: number): boolean {
  if (t1 >= tk.count || tk.gap[t1] !== Gap.Space || cap(tk, t1) || !CURRENCY.at(tk, t1)) return false;
  if (t0 === 0 || tk.gap[t0] !== Gap.Space) return false;
  const p = t0 - 1;
  return !(tk.flags[p] & TokFlag.Alpha) || (!cap(tk, p) && BEFORE_CURRENCY.at(tk, p)) || tk.keyIs(p, 'the');
}

/** Work nouns that follow a title: "the Fargo TV series", "the Dallas sitcom". Not "show" or "film"
 *  ("the Paris show" is a fashion show in Paris). */
const WORK_AFTER = new WordSet('series miniseries sitcom franchise novel album musical documentary biopic podcast'.split(' '));

/** "Fargo TV series": a work noun right after the name, "TV" allowed between. */
export function beforeWorkWord(tk: Tokens, t1: number): boolean {
  let t = t1;
  if (t < tk.count && tk.gap[t] === Gap.Space && tk.keyIs(t, 'tv')) t++;
  return t < tk.count && tk.gap[t] === Gap.Space && !cap(tk, t) && WORK_AFTER.at(tk, t);
}

/** Verbs of acting in a work: "starred in Casablanca" names the film ("appeared in Paris" may be the town;
 *  "stars" may be a noun: "the stars in Paris"). */
const STARRED = new WordSet('starred starring costarred costarring'.split(' '));

/** "She starred in Casablanca", "co-starring in Philadelphia": the name after "starred in" is a work's. */
export function starredIn(tk: Tokens, t0: number): boolean {
  return t0 > 1 && tk.gap[t0] === Gap.Space && tk.gap[t0 - 1] === Gap.Space && tk.keyIs(t0 - 1, 'in') && !cap(tk, t0 - 1) && !cap(tk, t0 - 2) && STARRED.at(tk, t0 - 2);
}

/** Verbs before "as" that give a part to play: "starred as Batman", "dressed as Batman" ("cast as",
 *  "portrayed as" and "appeared as" frame a country's role in politics: "portrayed as Russia's ally"). */
const PLAYED_AS = new WordSet('starred starring costarred dressed dressing'.split(' '));

/** "starred as Batman", "dressed as Batman", "the role of Batman": the name is a character's, no place
 *  (a person may be both: "starred as Abraham Lincoln"). */
export function asCharacter(tk: Tokens, t0: number): boolean {
  if (t0 < 2 || tk.gap[t0] !== Gap.Space || tk.gap[t0 - 1] !== Gap.Space || cap(tk, t0 - 1) || cap(tk, t0 - 2)) return false;
  if (tk.keyIs(t0 - 1, 'as')) return PLAYED_AS.at(tk, t0 - 2);
  return tk.keyIs(t0 - 1, 'of') && tk.keyIs(t0 - 2, 'role');
}

/** Forms of "be" before "named": "was named Caligula". */
const BE_NAMED = new WordSet('was were is are be been being'.split(' '));
/** What is given a name: a child, a pet ("named their daughter Paris", "named him Boston"). */
const NAMED_ONE = new WordSet('child children son sons daughter daughters baby babies twins dog dogs cat cats puppy horse him her them'.split(' '));

/** "They named their children Brooklyn, Romeo and Cruz", "the band was to be named Caligula": a name given
 *  to someone or something, not the place or person it comes from. The name ends the clause (a comma, a
 *  period, "and"): "was named Paris correspondent" and "named Chicago's best" keep their place. */
export function givenName(tk: Tokens, t0: number, t1: number): boolean {
  const p = t0 - 1;
  if (p < 1 || tk.gap[t0] !== Gap.Space || tk.gap[p] !== Gap.Space || cap(tk, p)) return false;
  let given = false;
  if (tk.keyIs(p, 'named')) given = BE_NAMED.at(tk, p - 1);
  else if (NAMED_ONE.at(tk, p)) for (let v = p - 1; v >= 0 && v >= p - 2 && !given; v--) given = tk.keyIs(v, 'named') && !cap(tk, v);
  if (!given) return false;
  if (t1 >= tk.count) return true;
  if (tk.gap[t1] === Gap.Apos) return false;
  return tk.gap[t1] !== Gap.Space || tk.keyIs(t1, 'and') || tk.keyIs(t1, 'or');
}

/** Words before a magazine's title: it is read, told, written for, quoted ("told New York magazine"). */
const BEFORE_TITLE = new WordSet('in to told tells for by with from of said says according'.split(' '));

/** "New York magazine reported", "told Boston magazine": a place and "magazine" in lower case, with no
 *  article or adjective before the place, name the magazine titled after it ("a New York magazine", "the
 *  city's Chicago magazine scene" keep the place). */
export function magazineTitle(tk: Tokens, t0: number, t1: number): boolean {
  if (t1 >= tk.count || tk.gap[t1] !== Gap.Space || cap(tk, t1) || !tk.keyIs(t1, 'magazine')) return false;
  if (t0 === 0 || tk.gap[t0] !== Gap.Space || tk.flags[t0] & TokFlag.SentStart) return true;
  return !cap(tk, t0 - 1) && BEFORE_TITLE.at(tk, t0 - 1);
}

/** "21 Trump cards": a quantity before a one-word name and a lower-case word after it. */
export function nameAsWord(tk: Tokens, t0: number, t1: number): boolean {
  if (t1 - t0 !== 1 || t0 === 0 || t1 >= tk.count || tk.gap[t0] !== Gap.Space || tk.gap[t1] !== Gap.Space) return false;
  const before = isDigits(tk, t0 - 1) || QUANTITY.at(tk, t0 - 1);
  const after = (tk.flags[t1] & TokFlag.Alpha) !== 0 && !cap(tk, t1);
  return before && after;
}

/** "Smith's": a possessive after the span, or one the alias itself ends with. */
export function possessive(tk: Tokens, t0: number, t1: number): boolean {
  if (t1 < tk.count && tk.gap[t1] === Gap.Apos && tk.keyIs(t1, 's')) return true;
  return t1 - 1 > t0 && tk.gap[t1 - 1] === Gap.Apos && tk.keyIs(t1 - 1, 's');
}

/** "Japan bought", "Turkey agreed": a lower-case past-tense verb right after the name ("-ed", not a noun
 *  such as "need" or "seed"; or a common irregular one), not a participle that describes a thing ("turkey
 *  stuffed with chestnuts", "china painted by hand"). */
export function pastVerbAfter(tk: Tokens, t1: number): boolean {
  if (t1 >= tk.count || tk.gap[t1] !== Gap.Space || cap(tk, t1) || !(tk.flags[t1] & TokFlag.Alpha)) return false;
  if (t1 + 1 < tk.count && tk.gap[t1 + 1] === Gap.Space && BY_WITH.at(tk, t1 + 1)) return false;
  if (IRREGULAR_PAST.at(tk, t1)) return true;
  const k = tk.key(t1);
  return k.length >= 4 && k.endsWith('ed') && !NOT_PAST.at(tk, t1);
}
const BY_WITH = new WordSet('by with in'.split(' '));
/** Words ending in "-ed" that are no verb in the past tense. */
const NOT_PAST = new WordSet('need needs seed feed speed breed weed deed heed bleed reed steed creed greed shed bed red bred sled hundred kindred naked wicked sacred rugged ragged jagged'.split(' '));
const IRREGULAR_PAST = new WordSet(
  'bought sold took gave made won lost sent sought fought led left kept held met paid said told became began brought built chose drew fell felt found got grew hit knew lent let meant ran rose saw set shut spent stood struck swore threw wrote'.split(' '),
);

/** "Washington-based" (a city, most likely), "Ohio-born": 0 = no, 1 = a place, 2 = most likely a city. */
export function placeSuffix(text: string, tk: Tokens, t1: number): 0 | 1 | 2 {
  if (t1 >= tk.count || tk.gap[t1] !== Gap.Space || cap(tk, t1) || !PLACE_SUFFIX.at(tk, t1)) return 0;
  if (!/^\s*[-‐‑–]\s*$/.test(text.slice(tk.end[t1 - 1], tk.start[t1]))) return 0;
  return CITY_SUFFIX.at(tk, t1) ? 2 : 1;
}

/** US states as news datelines abbreviate them (AP style and postal codes): "Columbus, Ga.", "Austin, TX". */
const US_STATE_ABBR: Record<string, string> = {
  ala: 'AL', al: 'AL', alaska: 'AK', ak: 'AK', ariz: 'AZ', az: 'AZ', ark: 'AR', ar: 'AR', calif: 'CA', ca: 'CA',
  colo: 'CO', co: 'CO', conn: 'CT', ct: 'CT', del: 'DE', de: 'DE', fla: 'FL', fl: 'FL', ga: 'GA', hawaii: 'HI', hi: 'HI',
  idaho: 'ID', id: 'ID', ill: 'IL', il: 'IL', ind: 'IN', in: 'IN', iowa: 'IA', ia: 'IA', kan: 'KS', kans: 'KS', ks: 'KS',
  ky: 'KY', la: 'LA', maine: 'ME', me: 'ME', md: 'MD', mass: 'MA', ma: 'MA', mich: 'MI', mi: 'MI', minn: 'MN', mn: 'MN',
  miss: 'MS', ms: 'MS', mo: 'MO', mont: 'MT', mt: 'MT', neb: 'NE', nebr: 'NE', ne: 'NE', nev: 'NV', nv: 'NV',
  'n h': 'NH', nh: 'NH', 'n j': 'NJ', nj: 'NJ', 'n m': 'NM', nm: 'NM', 'n y': 'NY', ny: 'NY', 'n c': 'NC', nc: 'NC',
  'n d': 'ND', nd: 'ND', ohio: 'OH', oh: 'OH', okla: 'OK', ok: 'OK', ore: 'OR', or: 'OR', pa: 'PA', 'r i': 'RI', ri: 'RI',
  's c': 'SC', sc: 'SC', 's d': 'SD', sd: 'SD', tenn: 'TN', tn: 'TN', tex: 'TX', tx: 'TX', utah: 'UT', ut: 'UT',
  vt: 'VT', va: 'VA', wash: 'WA', wa: 'WA', 'w va': 'WV', wv: 'WV', wis: 'WI', wisc: 'WI', wi: 'WI', wyo: 'WY', wy: 'WY',
  'd c': 'DC', dc: 'DC',
};
/** Postal codes that are also words or common acronyms: only in their exact capitals, never "in", "me", "or". */
const WORDLIKE = new Set(['in', 'me', 'or', 'ok', 'hi', 'id', 'de', 'co', 'ma', 'mi', 'ms', 'ne', 'pa', 'al', 'ar', 'la', 'mo', 'va', 'wa', 'oh', 'ca', 'ga', 'ia', 'ky', 'md', 'ct', 'fl', 'il', 'ks', 'mn', 'mt', 'nv', 'tn', 'tx', 'ut', 'vt', 'wi', 'wv', 'wy', 'az', 'ak', 'ri', 'sc', 'sd', 'nc', 'nd', 'nh', 'nj', 'nm', 'ny', 'dc']);

/**
 * A US state abbreviation right after "<City>, " at token t: "N.Y.", "Calif.", "TX". Returns the
 * postal code and the token end, or null. Abbreviations with periods must have them ("Ga." not
 * "Ga"); two-letter postal codes must be in capitals; full one-word state names are left to the index.
 */
export function usStateAfter(text: string, tk: Tokens, t: number): { code: string; t1: number; end: number } | null {
  if (t >= tk.count || !(tk.flags[t] & TokFlag.Cap) || tk.end[t] - tk.start[t] > 6) return null;
  // Two-letter dotted: "N.Y.", "S.C.", "W.Va."
  if (t + 1 < tk.count && tk.gap[t + 1] === Gap.Period) {
    const k = `${tk.key(t)} ${tk.key(t + 1)}`;
    if (US_STATE_ABBR[k] && text[tk.end[t + 1]] === '.' && tk.flags[t + 1] & TokFlag.Cap) return { code: US_STATE_ABBR[k], t1: t + 2, end: tk.end[t + 1] + 1 };
  }
  const k = tk.key(t);
  const code = US_STATE_ABBR[k];
  if (!code) return null;
  const raw = text.slice(tk.start[t], tk.end[t]);
  if (text[tk.end[t]] === '.' && raw.length > 2 && !WORDLIKE.has(k)) return { code, t1: t + 1, end: tk.end[t] + 1 };
  if (text[tk.end[t]] === '.' && raw.length === 2 && /^[A-Z][a-z]$/.test(raw)) return { code, t1: t + 1, end: tk.end[t] + 1 };
  if (raw.length === 2 && raw === raw.toUpperCase()) return { code, t1: t + 1, end: tk.end[t] };
  return null;
}

/** "if you run lots of NAS, but": one word in capitals with a lower-case word beside it and none in
 *  capitals is an acronym (network storage), not a name that is written in capitals only in a heading
 *  ("Nas" the rapper); "THE EMPRESS IRENE ruled" is a lede set in capitals. */
export function capsAmidLower(tk: Tokens, t: number): boolean {
  if (!capsWord(tk, t)) return false;
  const before = t > 0 && tk.gap[t] === Gap.Space;
  const after = t + 1 < tk.count && tk.gap[t + 1] === Gap.Space;
  if ((before && capsWord(tk, t - 1)) || (after && capsWord(tk, t + 1))) return false;
  return (before && lowerWord(tk, t - 1)) || (after && lowerWord(tk, t + 1));
}
