/**
 * Disambiguation: turn candidate spans into linked mentions, or into nothing.
 *
 * Precision first: a wrong card is worse than no card. The steps:
 *  1. Options: the entities a span's aliases point to. Surname-only aliases (AliasFlag.Partial)
 *     are left to coreference; common-word aliases must look like names where they stand.
 *  2. Anchors: spans that can only mean one thing (a unique multi-word or exact-case alias, or a
 *     unique prominent name) form the article's context: the entities, their related entities
 *     and their countries.
 *  3. Every span is scored per option: prominence prior + context (one sense per article,
 *     related entities, same country) + cue words around it (President, Mr, in, city of).
 *     The best option must clear a floor and beat the runner-up by a margin; otherwise no mark.
 * Coreference (surnames, defined acronyms) and near misses run after, in coref.ts / fuzzy.ts.
 */
import { AliasFlag, type CompiledEntity, type Mention } from '../types';
import { Gap, TokFlag, WordSet, capsWord, wordKeys, type Tokens } from './tokenize';
import { compiledAllExact, surnameBearers, type Candidate, type Lexicon } from './match';
import { asCharacter, capsAmidLower, currencyAfter, shopAfterName, afterThingWord, afterWorkWord, beforeWorkWord, namedThingAfter, namedWearOrDishAfter, magazineTitle, starredIn, givenName, diacriticOnlyInText, inLongerName, instrumentCode, legalSuffixAt, nameAsWord, pastVerbAfter, possessive, placeSuffix, quotedSpan, usStateAfter, VENUE_HEADS } from './context';
import { ruledOutByCounty } from './british-counties';
import { isTeam, positionAfter, sportsNearby, sportsSignal, playVerbBefore, teamRoleAfter, beatsAfter, hostOrPlaceBefore, otherSportNearby, scoreAfter, scoreBefore, trophyAfter, formerStarAfter, otherSportClubBefore, leagueAcronym, nationalTeamAfter, beatenByName, playerTrade, teamNounAfter, pluralVerbAfter, nicknameAfterPlace, placeBeforeNickname } from './sports';
import { inKnownName } from './known-names';
import { unknownSurnames } from './unknown-people';
import { ageAfter, ageAndHomeAfter, kinAfterPossessive, roleAt, roleRulesOut, roleRulesOutMinorPolitician, walkWordNear, walksOf } from './roles';
import { OBSCURE_OFFICE_HOLDER, OFFICE_KINDS, politicalStory } from './topic';
import { binaryOf, firstNamesOf } from '../kb/kb-format';
import { foldKey } from './normalize';
import { entityById, entityView } from './entity-view';
import { CITIES as CITY_KINDS, REGIONS as REGION_KINDS, personAt, datelineCities, kindWordAfterList, appositiveCountry, sameTownLater, townOfNamedState, type TownPair, definedAsPartOfCountry, regionLevel, statesAfterTowns, stateOfficeAfter, townOf, waterName, townsOfMarkedRegions } from './place-level';
import { stakeIn, unknownCompanyTokens } from './unknown-companies';
import { countryBeforeClash, definedAsArmedGroup, genericBodyName, placeBeforeForeignBody, regionalFedAt, suffixCountryClash } from './org-namesakes';
import { DEMONYMS } from './in-article';
import { usStateIds } from './us-states';
import { universityTownAt } from './academic';
import { courtDistrictBefore } from './court-districts';
import { titledSurname } from './titled-surnames';
import { listJoint, onlyComma } from './gap-text';

/** Nationalities (in-article.ts's list), read by token hash. */
const DEMONYM_WORDS = new WordSet([...DEMONYMS]);
import { acronymBeforeBody, afterNameParticle, beforeHandle, personNameGoesOn, afterSaint, saintsPossessive, beforeInstitutionName, featureHead, hyphenedToName, insideDottedAbbreviation, privateFirstName, sharedCompassName, sharesPluralHead, theBeforeTitle, afterSubPrefix, firmBeforeCountry, hyphenBefore, campusAfter, quotedNameGoesOn, joinedPairBeforeBody, sponsorBeforeVenue, afterUniversityOf, compassAfter, definedAsWork, modelNumberAfter, peerageOf, placeBeforeSurname, nameWordBeforeLongPlace, capsNameGoesOn, theBeforeTown, townOrUsState, placeBeforeUniversity, placesOfTwoCountries, teamBefore } from './longer-names';

/** Rules that read capital letters as English writes them apply to English text only (issue 12):
 *  German capitalizes every noun. No language given = English (most pages that reach us). */
export function isEnglish(lang: string | undefined): boolean {
  return !lang || /^en(?:$|[-_])/i.test(lang.trim());
}

/** One-name figures whose single name is a stage name, used again and again in a story about them
 *  ("Adele", "Pelé"): singers, actors, players. */
function stageNamed(subtype: string | undefined): boolean {
  const w = walksOf(subtype);
  return w.includes('arts') || w.includes('sports');
}

/** "Umar bin Al-Khattab", "Ali ibn Abi Talib": a patronymic after a one-word name names the figure in full. */
const PATRONYMIC = new WordSet(['bin', 'ibn', 'bint']);
function patronymicAfter(tk: Tokens, t1: number): boolean {
  return t1 + 1 < tk.count && tk.gap[t1] === Gap.Space && !(tk.flags[t1] & TokFlag.Cap) && PATRONYMIC.at(tk, t1) && tk.gap[t1 + 1] === Gap.Space && (tk.flags[t1 + 1] & TokFlag.Cap) !== 0;
}

/** Tunables, in one place. Tuned on the demo fixture and the development set (test/). */
export const RESOLVE = {
  /** A one-word, non-acronym span needs this score even when it has one option. */
  singleMin: 0.25,
  /** Prominence from which a unique one-word name anchors the article's context by itself. */
  anchorProminence: 0.5,
  /** On a page not in English a one-word name links only to an entity this well known (or one the
   *  article names in full): capitals there do not mark names (German capitalizes every noun). */
  otherLanguageProminence: 0.7,
  /** A one-word name this well known after a first name opening a sentence ("Maybe Instagram is") is
   *  that name, not an unknown person's surname ("Scooter Braun is"). */
  wellKnownSurname: 0.6,
  /** A place less known than this, followed by "said"/"remembered", is a person's surname. */
  speakingPlace: 0.6,
  /** An organization's acronym less known than this needs its country named in the article. */
  foreignAcronym: 0.7,
  /** A person less known than this (most legislators and officials) from a country nothing else in
   *  the article is from is linked only where the words say person. */
  obscurePerson: 0.3,
  /** The same for politicians, diplomats and officials, and for them in a sports story. */
  obscureOfficeHolder: OBSCURE_OFFICE_HOLDER,
  /** A surname the index knows this many people by is common: a namesake it does not hold is likely. */
  commonSurname: 3,
  /** Best option must beat the runner-up by this much. */
  margin: 0.15,
  /** Mentions below this confidence are dropped. */
  minScore: 0.5,
  wProminence: 0.5,
  /** A person this prominent may be linked by surname alone without being named in full. */
  knownBySurname: 0.9,
  /** An acronym of a less prominent entity needs the article's support (country, related, cue). */
  acronymProminence: 0.5,
  /** Entity already named unambiguously elsewhere in the article. */
  wSelf: 0.6,
  /** An entity tied to one named in the article (its country, parent org, relative). */
  wRelated: 0.4,
  /** Same country as entities named in the article. */
  wCountry: 0.2,
  wCueMatch: 0.35,
  wCueClash: 0.6,
  /** The words say which kind of place: "province of Baghlan". */
  wKindMatch: 0.5,
  /** A name this prominent keeps its reading even as a company's short name ("Texas Industries Inc … Texas"). */
  worldName: 0.7,
  /** Penalty for a region sharing its name with a city/country of the same country. */
  wRegionSibling: 0.3,
  /** ...which it is not when it is this much better known than the city (a province of millions). */
  regionOverCity: 0.1,
};

/** The rules of issue 12, by the kind of error each fixes; all on. `scripts/devset/kinds.ts` turns
 *  one kind off at a time to measure what it does (before/after per kind). */
export const RULES = {
  /** A fragment of a longer name: capitals around it, "<Institution> of X", known longer names. */
  fragments: true,
  /** A team named after a place: sports context. */
  teams: true,
  /** A namesake the words around rule out or choose: "City, State", "X-based", possessives, acronyms. */
  namesakes: true,
  /** Titles, characters and words: quotes, "the film X", "21 Trump cards", "an EP". */
  titles: true,
  /** The right level of place: "X province" is not its capital. */
  level: true,
};
const R = RULES;

export const TITLE_WORDS = new WordSet(
  ('president mr mrs ms miss dr sen senator rep representative gov governor minister chancellor king queen prince princess ' +
    'pope general gen col colonel lt sgt major judge justice secretary commissioner leader spokesman spokeswoman ' +
    'spokesperson ceo chairman chairwoman chair coach sir dame lord lady mayor premier sheikh imam ayatollah emir ' +
    'commander founder director administrator ambassador envoy vice deputy chief prof professor rev reverend father saint st mullah ' +
    'sultan marshal admiral captain capt lieutenant sergeant officer detective inspector attorney councillor councilman ' +
    'speaker candidate nominee actor actress singer rapper star striker midfielder defender goalkeeper ' +
    'emperor empress tsar czar shah pharaoh caliph').split(' '),
);

const PLACE_BEFORE = new WordSet('in at near from into across outside inside throughout toward towards via around within'.split(' '));
/** "<word> of X" where word suggests X is a place: "city of", "province of", "President of". */
const PLACE_OF = new WordSet(
  ('city province state region canton capital town village county district republic kingdom people government ' +
    'president governor king queen minister mayor north south east west northern southern eastern western central ' +
    'parts outskirts border borders heart rest suburbs streets').split(' '),
);
const PLACE_AFTER = new WordSet('province canton city valley county region district border capital airport state'.split(' '));

/** Words that may sit capitalized next to a name without being part of an unknown longer name. */
export const FUNCTION_WORDS = new WordSet(
  ('the a an in on at of for and or but by from to with as after before when while if since during under over ' +
    'meanwhile however also then so this that these those his her their our its my your we he she they it i ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december read more').split(' '),
);
/** Generic heads that turn a name into a modifier: "EU Council", "Kabul Airport", "Taliban Commander". */
const GENERIC_HEADS = new WordSet(
  ('council commission parliament government ministry army forces force police airport province city state region ' +
    'university court party administration office embassy military troops navy guard authorities officials ' +
    'leadership regime cabinet assembly senate congress summit agency bank national nationals border democrats ' +
    'republicans conservatives liberals voters lawmakers legislators fans officials residents citizens team squad ' +
    'captain coach manager players club').split(' '),
);

export interface Option {
  entity: number;
  /** OR of the flags of the aliases that matched for this entity. */
  flags: number;
  /** Every matched alias of this entity was a surname-only alias. */
  partialOnly: boolean;
  /** Every matched alias of this entity was a common word. */
  commonOnly: boolean;
}

export interface ArticleContext {
  /** Entity indexes named unambiguously. */
  anchors: Set<number>;
  /** Entity ids related to an anchor, and anchors' ids. */
  relatedIds: Set<string>;
  /** Anchors read by prominence alone among namesakes of their type: no support for themselves. */
  weakSelf?: Set<number>;
  /** Per weak anchor's id, the related ids only it brought. */
  weakTies?: Map<string, Set<string>>;
  /** Countries of the article's parties, armed groups and well-known office holders. */
  politicalCountries?: Set<string>;
  /** Those of them that are countries: a tie through a country says little ("John Roth" the US
   *  politician in any story that names the United States). */
  countryIds?: Set<string>;
  countries: Set<string>;
  /** Anchors per country code: a country supported by something besides the name being decided. */
  countryAnchors?: Map<string, number>;
}

export function optionsOf(lex: Lexicon, c: Candidate): Option[] {
  const single = c.t1 - c.t0 === 1;
  const one = single ? singleWordCodes(lex) : null;
  if (c.aliases.length === 1) {
    // The common case, without a map.
    const id = c.aliases[0];
    let f = lex.aliasFlags[id];
    if (one) {
      const code = singleWordCode(lex, one, id);
      if (code === SW_DEMONYM) return [];
      if (code === SW_SURNAME) f |= AliasFlag.Partial;
    }
    return [{ entity: lex.aliasEntity[id], flags: f, partialOnly: (f & AliasFlag.Partial) !== 0, commonOnly: (f & AliasFlag.CommonWord) !== 0 }];
  }
  // A list, not a Map: a span has a few aliases, and a Map per span costs more than a scan.
  const byEnt: Option[] = [];
  for (const id of c.aliases) {
    const e = lex.aliasEntity[id];
    let f = lex.aliasFlags[id];
    // A person's bare surname is a surname, whatever the source's flags ("Disney" is not Walt
    // Disney by itself), unless the person is famous enough to be known by it alone.
    if (one) {
      const code = singleWordCode(lex, one, id);
      if (code === SW_DEMONYM) continue;
      if (code === SW_SURNAME) f |= AliasFlag.Partial;
    }
    let o = findOption(byEnt, e);
    if (!o) byEnt.push((o = { entity: e, flags: 0, partialOnly: true, commonOnly: true }));
    o.flags |= f;
    if (!(f & AliasFlag.Partial)) o.partialOnly = false;
    if (!(f & AliasFlag.CommonWord)) o.commonOnly = false;
  }
  // Deterministic order whatever the alias order (an insertion sort: a few options, distinct entities).
  for (let i = 1; i < byEnt.length; i++) {
    const o = byEnt[i];
    let j = i - 1;
    for (; j >= 0 && byEnt[j].entity > o.entity; j--) byEnt[j + 1] = byEnt[j];
    byEnt[j + 1] = o;
  }
  return byEnt;
}

/** Best score first; ties by entity index (deterministic). */
const byScore = (a: { o: Option; s: number }, b: { o: Option; s: number }) => b.s - a.s || a.o.entity - b.o.entity;

/** Puts the three best of `scored` first, in byScore order: all a decision reads (a total order,
 *  entities being distinct, so the same three as a full sort; a sort per span cost more). */
function bestThreeFirst(scored: { o: Option; s: number }[]): void {
  const n = Math.min(3, scored.length);
  for (let i = 0; i < n; i++) {
    let b = i;
    for (let j = i + 1; j < scored.length; j++) if (byScore(scored[j], scored[b]) < 0) b = j;
    if (b !== i) {
      const t = scored[i];
      scored[i] = scored[b];
      scored[b] = t;
    }
  }
}

function findOption(options: Option[], entity: number): Option | undefined {
  for (const o of options) if (o.entity === entity) return o;
  return undefined;
}

/** Per alias, what standing alone as one word does to it, worked out once per alias (the regex,
 *  the name folding) instead of once per occurrence: 0 = not yet known. */
const SW_PLAIN = 1;
const SW_SURNAME = 2;
const SW_DEMONYM = 3;
const singleWordCache = new WeakMap<Lexicon, Uint8Array>();

function singleWordCodes(lex: Lexicon): Uint8Array {
  let codes = singleWordCache.get(lex);
  if (!codes) singleWordCache.set(lex, (codes = new Uint8Array(lex.aliasText.length)));
  return codes;
}

function singleWordCode(lex: Lexicon, codes: Uint8Array, id: number): number {
  let v = codes[id];
  if (v === 0) {
    if (demonymAlias(lex, id)) v = SW_DEMONYM;
    else if (!(lex.aliasFlags[id] & AliasFlag.Partial) && isSurnameAlias(lex, id)) v = SW_SURNAME;
    else v = SW_PLAIN;
    codes[id] = v;
  }
  return v;
}

/** A one-word alias of an organization that reads as a nationality ("Chinese", "Israeli")
 *  while the organization is called something else: a source's shorthand, never safe alone. */
function demonymAlias(lex: Lexicon, id: number): boolean {
  const ent = lex.index.entities[lex.aliasEntity[id]];
  if (ent.type !== 'organization' || lex.aliasFlags[id] & AliasFlag.CaseSensitive) return false;
  const a = lex.aliasText[id];
  return /(?:ese|ian|ish|an|ic|i)$/.test(a) && a.toLowerCase() !== ent.name.toLowerCase();
}

/** One-word alias of a person equal to the last word of their name, for a not-famous person. */
function isSurnameAlias(lex: Lexicon, id: number): boolean {
  const ent = lex.index.entities[lex.aliasEntity[id]];
  if (ent.type !== 'person' || ent.prominence >= RESOLVE.knownBySurname) return false;
  const words = wordKeys(ent.name);
  const alias = wordKeys(lex.aliasText[id]);
  return words.length > 1 && alias.length === 1 && alias[0] === words[words.length - 1];
}

/** The span's text is an exact-case acronym / case-sensitive alias match. */
function isExactSpan(lex: Lexicon, c: Candidate): boolean {
  for (const id of c.aliases) if (compiledAllExact(lex, id)) return true;
  return false;
}

/** Kind words that say which sort of place a name is: "province of Baghlan", "Kabul city". */
const PLACE_KINDS: Record<string, string[]> = {
  province: ['province', 'region', 'state', 'governorate'],
  canton: ['region', 'province', 'state'],
  state: ['state', 'province', 'region'],
  region: ['region', 'province', 'state'],
  district: ['district', 'county'],
  county: ['county', 'district'],
  city: ['city', 'town', 'capital'],
  town: ['town', 'city', 'village'],
  village: ['village', 'town'],
  capital: ['city', 'capital'],
  valley: ['valley'],
};

/** Plural kind words after a list of names: "Orange and Riverside Counties". */
const PLURAL_KINDS: Record<string, string[]> = {
  counties: ['county', 'district'],
  provinces: ['province', 'region', 'state', 'governorate'],
  states: ['state', 'province', 'region'],
  regions: ['region', 'province', 'state'],
  districts: ['district', 'county'],
};
/** Organizations known mostly at home (their acronyms collide with common abbreviations abroad). */
/** Person subtypes of office holders: every legislator of every country is in the index. */
/** Organizations whose acronym means little outside their country (agencies and news agencies
 *  travel: "NASA", "AFP"). */
const FOREIGN_ACRONYM_KINDS = new Set(['party', 'armed-group', 'company', 'bank', 'transit-operator', 'utility', 'airline', 'healthcare', '']);
const COMPASS = new WordSet('north south east west northern southern eastern western central'.split(' '));
/** Words of a name made of compass words alone: "North", "South-West", "Northeast". */
const COMPASS_NAME = new WordSet('north south east west northeast northwest southeast southwest northern southern eastern western central'.split(' '));
/** Words that name a region by where or what it is, not by a name of its own ("National Capital", "Central Highlands"). */
const GENERIC_REGION_WORDS = new WordSet([
  ...COMPASS_NAME.list(),
  ...'centre center capital national federal coast coastal island islands highlands lowlands plateau valley mountains region province district territory upper lower middle greater'.split(' '),
]);
/** Masthead words many newspapers share ("The Times" of London, New York, Los Angeles, Seattle…); "The
 *  Guardian" and "The Telegraph" are read as the British papers wherever they are cited. */
const MASTHEAD_WORDS = new WordSet('times post journal herald sun star globe tribune chronicle gazette examiner standard express mirror independent observer courier inquirer record bulletin'.split(' '));

/** "The Times", "the Post": the span is a masthead word alone, with or without "the". */
function mastheadOnly(tk: Tokens, t0: number, t1: number): boolean {
  if (t1 - t0 === 1) return MASTHEAD_WORDS.at(tk, t0);
  return t1 - t0 === 2 && tk.keyIs(t0, 'the') && tk.gap[t0 + 1] === Gap.Space && MASTHEAD_WORDS.at(tk, t0 + 1);
}
const SPEECH_VERBS = new WordSet(
  'said says told remembered recalled explained added asked admitted insisted argued noted replied laughed wrote tweeted might'.split(' '),
);

/** "<span> of <Capitalized name>": the span opens a longer name ("Department of Health"). */
function nameOfAfter(tk: Tokens, t1: number): boolean {
  if (t1 + 1 >= tk.count || tk.gap[t1] !== Gap.Space || !tk.keyIs(t1, 'of') || tk.gap[t1 + 1] !== Gap.Space) return false;
  const f = tk.flags[t1 + 1];
  return (f & TokFlag.Cap) !== 0 && (f & TokFlag.Alpha) !== 0 && !FUNCTION_WORDS.at(tk, t1 + 1);
}

const PLURAL_KIND_WORDS = new WordSet(Object.keys(PLURAL_KINDS));

/** In a match report these words before a place name point at a team: "a draw at Ireland". */
const SPORTS_NOT_PLACE = new WordSet('at against over versus vs beat'.split(' '));

export interface Cue {
  type: 'person' | 'place';
  /** Subtypes the words around suggest ("province of X" → province, region, state). */
  kinds?: string[];
}

/** Cue from the words around a span, or null. */
export function cueOf(tk: Tokens, t0: number, t1: number): Cue | null {
  if (t1 < tk.count && tk.gap[t1] === Gap.Space && !(tk.flags[t1] & TokFlag.Cap) && PLACE_AFTER.at(tk, t1)) {
    return { type: 'place', kinds: PLACE_KINDS[tk.key(t1)] };
  }
  if (t0 > 0 && tk.gap[t0] !== Gap.Break) {
    const p = t0 - 1;
    if (TITLE_WORDS.at(tk, p)) return { type: 'person' };
    if (PLACE_BEFORE.at(tk, p)) return { type: 'place' };
    // "district Jhelum", "province Punjab": a lower-case kind word right before the name gives its level.
    if (!(tk.flags[p] & TokFlag.Cap) && KIND_BEFORE.at(tk, p)) return { type: 'place', kinds: PLACE_KINDS[tk.key(p)] };
    // "upstate New York": the state, not the city.
    if (tk.keyIs(p, 'upstate') || tk.keyIs(p, 'downstate')) return { type: 'place', kinds: PLACE_KINDS.state };
    if (t0 > 1 && tk.gap[p] !== Gap.Break && tk.keyIs(p, 'of') && PLACE_OF.at(tk, t0 - 2)) {
      return { type: 'place', kinds: PLACE_KINDS[tk.key(t0 - 2)] };
    }
    // "returned to England", "moved back to Spain": a journey ends at a place.
    if (t0 > 1 && tk.keyIs(p, 'to') && tk.gap[p] !== Gap.Break && (MOTION.at(tk, t0 - 2) || (tk.keyIs(t0 - 2, 'back') && t0 > 2 && MOTION.at(tk, t0 - 3)))) {
      return { type: 'place' };
    }
  }
  // "four different countries (Portugal, England, ...)": a plural place noun introduces the name.
  if (t0 > 0 && tk.gap[t0] === Gap.Break && PLACE_NOUNS.at(tk, t0 - 1)) return { type: 'place' };
  // "the London side": a place before a team word is where the team is from.
  if (t0 > 0 && t1 < tk.count && tk.keyIs(t0 - 1, 'the') && tk.gap[t1] === Gap.Space && !(tk.flags[t1] & TokFlag.Cap) && TEAM_WORDS.at(tk, t1)) {
    return { type: 'place' };
  }
  return null;
}

const KIND_BEFORE = new WordSet('district county province region'.split(' '));
const MOTION = new WordSet('returned return returns returning moved move moves moving travelled traveled flew fled went came headed relocated emigrated'.split(' '));
const PLACE_NOUNS = new WordSet('countries nations cities states provinces regions places'.split(' '));
const TEAM_WORDS = new WordSet('side club team outfit'.split(' '));

/** A capitalized word that looks like part of a name we do not know ("Michael" in "Michael Jordan"). */
export function unknownNameWord(tk: Tokens, t: number, before: boolean): boolean {
  const f = tk.flags[t];
  if (!(f & TokFlag.Cap) || !(f & TokFlag.Alpha) || (f & TokFlag.AllCaps)) return false;
  if (tk.end[t] - tk.start[t] < 2 || FUNCTION_WORDS.at(tk, t) || TITLE_WORDS.at(tk, t)) return false;
  // "EU Council", "White House Russia adviser": a generic head is not part of a person's name.
  if (GENERIC_HEADS.at(tk, t) || tk.keyIs(t, 'house')) return false;
  // Adjectives before a name are not names: "Afghan Taliban", "Arabic Twitter".
  if (before && /(?:an|ese|ish|ic|i)$/.test(tk.key(t))) return false;
  return true;
}

/** Capitalized words after a name that make it part of a longer one (an institution, a team, a
 *  street, a newspaper) unless the index knows the longer name. */
const NAME_GOES_ON = new WordSet(
  ('state city county province district island islands river valley lake university college school institute ' +
    'academy hospital court cup league club fc stadium airport station street avenue road square park bridge ' +
    'hotel center centre museum church cathedral mosque high prison hall tower building composite index times ' +
    'post news daily herald journal business group bank corp inc company capitals').split(' '),
);
/** Capitalized words before a name that make it part of a longer one: "FC Porto", "Lake Geneva". */
const NAME_STARTS = new WordSet('fc ac sc cf real inter club lake mount mt fort port university college'.split(' '));

/** Is `key` (a folded token key) the first word of a person's name the index knows? "Jordan",
 *  "Paris", "Georgia" can start a name. The index file carries the keys in a hash table
 *  (core/kb/kb-format.ts FIRST_TABLE), so a worker's first find makes no pass over the entities and
 *  no Set; an index in object form (tests, tools) gets them from its entities once. */
const firstNameSetCache = new WeakMap<Lexicon, Set<string>>();

export function isFirstName(lex: Lexicon, key: string): boolean {
  const bin = binaryOf(lex.index);
  if (bin) return bin.isFirstName(key);
  let set = firstNameSetCache.get(lex);
  if (!set) firstNameSetCache.set(lex, (set = new Set(lex.index.firstNames ?? firstNamesOf(lex.index))));
  return set.has(key);
}

/**
 * The span sits inside a capitalized run the index does not know: "Michael Jordan" (only Jordan
 * known), "Jordan Peterson" (Jordan is also a first name), "Prince Andrew" (a title before a name).
 * `known[t]` = token t belongs to a name we know well (a multi-word candidate or a prominent one).
 */
function insideUnknownName(lex: Lexicon, tk: Tokens, c: Candidate, known: Uint8Array, legalSuffix = false): boolean {
  // "The Home Depot Inc.": a company's legal suffix ends its name.
  const nextCap = !legalSuffix && c.t1 < tk.count && tk.gap[c.t1] === Gap.Space && (tk.flags[c.t1] & TokFlag.Cap) !== 0;
  // "New York State Attorney General", "Syracuse University", "Fed Cup", "FC Porto", "T-Mobile":
  // the name goes on, and the index does not know the longer one.
  if (nextCap && !known[c.t1] && NAME_GOES_ON.at(tk, c.t1)) return true;
  if (c.t0 > 0 && tk.gap[c.t0] === Gap.Space && !known[c.t0 - 1]) {
    if (NAME_STARTS.at(tk, c.t0 - 1) && tk.flags[c.t0 - 1] & TokFlag.Cap) return true;
    // "J. Smith": an initial before the name (not the article "A" opening a sentence).
    const initialA = tk.flags[c.t0 - 1] & TokFlag.SentStart && (tk.keyIs(c.t0 - 1, 'a') || tk.keyIs(c.t0 - 1, 'i'));
    if (tk.end[c.t0 - 1] - tk.start[c.t0 - 1] === 1 && tk.flags[c.t0 - 1] & TokFlag.Cap && !(tk.flags[c.t0] & TokFlag.SentStart) && !initialA) return true;
  }
  if (c.t1 - c.t0 !== 1) return false;
  // "Mary E. Lovely": an initial after a first name.
  if (c.t1 + 1 < tk.count && tk.gap[c.t1] === Gap.Space && tk.end[c.t1] - tk.start[c.t1] === 1 && tk.flags[c.t1] & TokFlag.Cap && tk.gap[c.t1 + 1] === Gap.Period) return true;
  if (nextCap && TITLE_WORDS.at(tk, c.t0)) return true;
  if (c.t0 > 0 && tk.gap[c.t0] === Gap.Space && !known[c.t0 - 1] && (unknownNameWord(tk, c.t0 - 1, true) || firstNameBefore(lex, tk, c.t0 - 1)) && !(tk.flags[c.t0 - 1] & TokFlag.SentStart && (OPENERS.at(tk, c.t0 - 1) || participleOpener(lex, tk, c.t0 - 1)))) return true;
  if (nextCap && !known[c.t1] && unknownNameWord(tk, c.t1, false) && isFirstName(lex, tk.key(c.t0))) return true;
  return false;
}

/** "Ian Hamilton", "Brian Cox", "Ali Khan": a first name shaped like an adjective ("-an", "-i") is still
 *  a name word before a name, unless it is a nationality ("Christian", "Indian"). */
function firstNameBefore(lex: Lexicon, tk: Tokens, t: number): boolean {
  return unknownNameWord(tk, t, false) && !DEMONYM_WORDS.at(tk, t) && isFirstName(lex, tk.key(t));
}

/** Words that open a sentence before a name without being part of it: "One Washington-based expert",
 *  "Outside China, …", "Despite Brazil's …" (prepositions and linking words, capitalized only there). */
const OPENERS = new WordSet(
  ('one two three another some many every each most several both all no any former new ' +
    'outside inside across throughout despite besides beyond within without among amid amidst unlike like near ' +
    'except via against toward towards along around behind beside between below above beneath upon into onto ' +
    'through until unless whereas although though because once per plus ' +
    'yesterday today tomorrow tonight earlier later now recently currently separately instead already finally ' +
    'eventually initially previously overall together last next').split(' '),
);

/** "Excluding Brazil, …", "Visiting Kabul, he …": a participle opening a sentence before a name is no
 *  part of it, unless the index knows it as someone's first name ("Irving Berlin", "Sterling Brown"). */
function participleOpener(lex: Lexicon, tk: Tokens, t: number): boolean {
  return tk.end[t] - tk.start[t] >= 6 && tk.key(t).endsWith('ing') && !isFirstName(lex, tk.key(t));
}

/** Sentence-initial, or in a line where every longer word is capitalized (a title). */
function weakCasePosition(tk: Tokens, t: number): boolean {
  if (tk.flags[t] & TokFlag.SentStart) return true;
  let words = 0;
  let caps = 0;
  for (let j = Math.max(0, t - 4); j < Math.min(tk.count, t + 5); j++) {
    if (tk.end[j] - tk.start[j] < 4 || !(tk.flags[j] & TokFlag.Alpha)) continue;
    words++;
    if (tk.flags[j] & TokFlag.Cap) caps++;
  }
  return words >= 4 && caps === words;
}

/** What the article's context says for an option (contextScore), as bits: one number, no object
 *  per option and pass. */
const CS_SELF = 1;
/** Related to an anchor (or an anchor itself). */
const CS_RELATED = 2;
/** Related through something besides a country. */
const CS_TIED = 4;
/** Of a country of the article's anchors. */
const CS_COUNTRY = 8;

function contextScore(e: CompiledEntity, idx: number, ctx: ArticleContext): number {
  const weak = !!ctx.weakSelf?.has(idx);
  const self = ctx.anchors.has(idx) && !weak;
  // A weak anchor's own ties do not vouch for it, nor does its country alone.
  const own = weak ? ctx.weakTies?.get(e.id) : undefined;
  const ids = ctx.relatedIds;
  let related = ids.has(e.id) && !own?.has(e.id);
  let tied = related;
  if (!tied && e.related) {
    for (const r of e.related) {
      if (!ids.has(r) || own?.has(r)) continue;
      related = true;
      if (!ctx.countryIds?.has(r)) {
        tied = true;
        break;
      }
    }
  }
  const country = !!e.country && (weak ? (ctx.countryAnchors?.get(e.country) ?? 0) > 1 : ctx.countries.has(e.country));
  return (self ? CS_SELF : 0) | (related ? CS_RELATED : 0) | (tied ? CS_TIED : 0) | (country ? CS_COUNTRY : 0);
}

export function buildContext(lex: Lexicon, anchors: Set<number>, weakSelf?: Set<number>): ArticleContext {
  const relatedIds = new Set<string>();
  const countries = new Set<string>();
  const countryAnchors = new Map<string, number>();
  const countryIds = new Set<string>();
  const politicalCountries = new Set<string>();
  const weakTies = new Map<string, Set<string>>();
  // Strong anchors first, so the ties a weak anchor (see weakSelf) brings alone are known: it lends
  // them to others, and contextScore keeps them from vouching for it.
  const order = weakSelf?.size ? [...anchors].sort((a, b) => Number(weakSelf.has(a)) - Number(weakSelf.has(b))) : anchors;
  // Anchors are candidates' options: the view reads them without the index's Proxy.
  const ents = entityView(lex, []);
  for (const i of order) {
    const e = ents[i];
    if (weakSelf?.has(i)) {
      const own = new Set<string>();
      for (const r of [e.id, ...(e.related ?? [])]) if (!relatedIds.has(r)) own.add(r);
      weakTies.set(e.id, own);
    }
    relatedIds.add(e.id);
    if (e.related) for (const r of e.related) relatedIds.add(r);
    if (e.type === 'place' && e.subtype === 'country') countryIds.add(e.id);
    if (e.related) for (const r of e.related) if (isCountryId(lex, r)) countryIds.add(r);
    if (e.country) {
      countries.add(e.country);
      countryAnchors.set(e.country, (countryAnchors.get(e.country) ?? 0) + 1);
      // A party, an armed group or a well-known office holder: the story is about its country's politics
      // even without the words ("Amrullah Saleh met the Taliban in Kabul").
      if (e.type === 'organization' ? POLITICAL_ORGS.has(e.subtype ?? '') : e.type === 'person' && OFFICE_KINDS.has(e.subtype ?? '') && e.prominence >= OBSCURE_OFFICE_HOLDER) {
        politicalCountries.add(e.country);
      }
    }
    // A country anchors its own code: "Ukraine" supports a Ukrainian official.
    if (e.type === 'place' && e.subtype === 'country' && !e.country) countryAnchors.set(e.id, (countryAnchors.get(e.id) ?? 0) + 1);
  }
  return { anchors, relatedIds, countryIds, countries, countryAnchors, politicalCountries, weakSelf, weakTies };
}


/** Is the entity with this id a country? Remembered per lexicon: a binary index finds an id by a
 *  binary search that makes a string per step, and anchors' related ids recur from article to article. */
function isCountryId(lex: Lexicon, id: string): boolean {
  const e = entityById(lex, id);
  return e?.type === 'place' && e.subtype === 'country';
}

/** "THE HOME DEPOT INC.", "LOWE'S COMPANIES INC.": a company's legal suffix belongs to its name.
 *  The end offset of the name with the suffix (and its period), or undefined when none follows. */
function legalSuffixEnd(text: string, tk: Tokens, t1: number): number | undefined {
  const n = legalSuffixAt(tk, t1);
  if (n === 0) return undefined;
  const end = tk.end[t1 + n - 1];
  return text.charCodeAt(end) === 46 ? end + 1 : end;
}

/** Capitalized words ("HDTV", "DJI Mavic") right after or before the span: not known names,
 *  function words or titles, and not opening the sentence. */
function inCapitalRun(tk: Tokens, t0: number, t1: number, known: Uint8Array): boolean {
  // Before it, a run of two ("DJI Mavic Mini"): one capitalized word may be an adjective ("its Arabic Twitter account").
  if (t0 > 1 && tk.gap[t0] === Gap.Space && tk.gap[t0 - 1] === Gap.Space && !(tk.flags[t0] & TokFlag.SentStart) && !(tk.flags[t0 - 1] & TokFlag.SentStart) && capWord(tk, known, t0 - 1) && capWord(tk, known, t0 - 2)) return true;
  return t1 < tk.count && tk.gap[t1] === Gap.Space && capWord(tk, known, t1);
}

/** A capitalized word that is no known name, function word or title (a function, not a closure per call). */
function capWord(tk: Tokens, known: Uint8Array, t: number): boolean {
  return !known[t] && !FUNCTION_WORDS.at(tk, t) && !TITLE_WORDS.at(tk, t) && (tk.flags[t] & TokFlag.Cap) !== 0;
}

/** "Camden, NJ", "Orange County, Calif.": a US state's abbreviation after the name and a comma. */
function stateAfter(text: string, tk: Tokens, c: Candidate): boolean {
  return c.t1 < tk.count && tk.gap[c.t1] === Gap.Break && onlyComma(text, c.end, tk.start[c.t1]) && !!usStateAfter(text, tk, c.t1);
}

/** Another team already named in the article ("The Steelers and Browns"): a sports story. */
function teamInPlay(ctx: ArticleContext, ents: CompiledEntity[]): boolean {
  for (const i of ctx.anchors) if (isTeam(ents[i])) return true;
  return false;
}

/** Is another anchor of the article (not the entity itself) from this country? */
function otherAnchorFrom(ctx: ArticleContext, country: string, self: boolean): boolean {
  return (ctx.countryAnchors?.get(country) ?? 0) > (self ? 1 : 0);
}

export interface ExtraMark {
  t0: number;
  t1: number;
  mention: Mention;
}

export interface Resolved {
  /** One entry per candidate: its mention, or null. */
  mentions: (Mention | null)[];
  /** Marks outside the candidates: US state abbreviations after a city ("Columbus, Ga."). */
  extra: ExtraMark[];
  /** Options per candidate (including surname-only ones, for coreference). */
  options: Option[][];
  ctx: ArticleContext;
}

/** Any character beyond ASCII in text[start, end)? (cheap test before a diacritic check) */
function nonAscii(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 127) return true;
  return false;
}

/** Organizations that make a story political (not agencies and bodies: NASA or the FDA make a story about space or drugs). */
const POLITICAL_ORGS = new Set(['party', 'armed-group', 'legislature', 'ministry']);
/** Organizations often named after their city: "San Jose Mercury News", "Boston Red Sox". */
const NAMED_FOR_PLACE = new Set(['news-outlet', 'sports-team', 'national-team', 'club', 'university', 'education', 'research-institute', 'healthcare']);
/** Companies with national arms named "<Company> <Country>". */
const COMPANY_KINDS = new Set(['company', 'bank', 'airline', 'utility', 'news-outlet']);

/** A nation's demonym → its country code: "the Chinese CDC" names China's own body. */
const NATION_OF_DEMONYM = new Map<string, string>(
  ('american:US british:GB english:GB scottish:GB welsh:GB french:FR german:DE italian:IT spanish:ES russian:RU chinese:CN japanese:JP ' +
    'korean:KR indian:IN pakistani:PK iranian:IR iraqi:IQ syrian:SY israeli:IL egyptian:EG canadian:CA australian:AU mexican:MX ' +
    'brazilian:BR turkish:TR greek:GR irish:IE dutch:NL swiss:CH swedish:SE norwegian:NO danish:DK polish:PL ukrainian:UA nigerian:NG kenyan:KE')
    .split(' ')
    .map((p) => p.split(':') as [string, string]),
);
/** Kinds of a state's own bodies, which most nations have one of under the same name or acronym. */
const STATE_BODY_KINDS = new Set(['government-agency', 'government-body', 'legislature', 'court', 'central-bank']);

/** People a body's name may describe: "a Russian FBI informant" is Russian, the FBI is the FBI. */
const AGENT_NOUNS = new WordSet('informant informants agent agents asset assets spy spies source sources mole operative operatives officer officers'.split(' '));

/**
 * "the Chinese CDC", "the Indian Congress": "the", a capitalized demonym of another nation, then the
 * name [t0, t1), not describing a person ("a Russian FBI informant", "two Chinese CIA assets").
 */
function foreignDemonymBefore(tk: Tokens, t0: number, t1: number, country: string): boolean {
  if (t0 < 2 || tk.gap[t0] !== Gap.Space || !(tk.flags[t0 - 1] & TokFlag.Cap) || tk.gap[t0 - 1] !== Gap.Space || !tk.keyIs(t0 - 2, 'the')) return false;
  if (t1 < tk.count && tk.gap[t1] === Gap.Space && AGENT_NOUNS.at(tk, t1)) return false;
  const nation = NATION_OF_DEMONYM.get(tk.key(t0 - 1));
  return nation !== undefined && nation !== country;
}

/** First words of a public body's name that a state or city may own too. */
const BODY_HEADS = new WordSet('department ministry office bureau division board commission agency council'.split(' '));

/** Place subtypes that name an administrative area, the less likely reading of a bare name that a
 *  city or country shares ("Homs", "Taiwan", "Jerusalem"). */
/** Firms whose arm in another country, "<firm> <country>", is a separate firm licensed there ("Lloyds Bank
 *  Canada"); a brand's arm keeps the brand ("Lexus Philippines"), a body keeps its name ("White House
 *  Russia adviser"). */
const FIRM_KINDS = new Set(['bank', 'insurer']);
const UNIVERSITY_KINDS = new Set(['university', 'college']);
/** The first level below a country. */
const STATE_LEVEL = new Set(['state', 'region', 'province']);
const STATE_KINDS = new Set(['country', 'territory']);
/** Places a team is named after (countries, states, cities); venues and landmarks are not. */
const PLACE_TEAM_KINDS = new Set(['country', 'territory', 'region', 'province', 'state', 'county', 'city', 'town', 'capital', 'village', '']);

/**
 * "City, State" / "City, Country": when a place name is followed by a comma and a state or country,
 * keep only the namesakes that lie there ("Columbus, Indiana" is not Columbus, Ohio) and read both as
 * places; when none lies there, the first name is a namesake the index lacks. A list ("Kabul,
 * Kandahar and Herat") is no such pair. Narrows `options` in place; returns per candidate: read as a place.
 */
/** Only a comma and spaces between a and b (no string made). */
function commaOnly(text: string, a: number, b: number): boolean {
  let commas = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 44) commas++;
    else if (c !== 32 && c !== 0xa0) return false;
  }
  return commas === 1;
}

/** The index's entity for a US state's postal code ("GA" → Georgia). */
function stateIndex(lex: Lexicon, code: string): number | undefined {
  for (const id of usStateIds(code)) {
    const i = lex.byId.get(id);
    if (i !== undefined) return i;
  }
  return undefined;
}

/** Last words of a firm's name: "Sierra Nevada Corporation, Louisville, Colorado" lists no places. */
const FIRM_END = new WordSet('corporation corp inc co ltd llc plc company companies group holdings'.split(' '));
/** Offices written as acronyms: "the CEO of", "the PM of" name no firm. */
const OFFICE_ACRONYMS = new WordSet('ceo cfo coo cto cio vp svp evp pm mp mep'.split(' '));
/** A firm's officers, named right after its name: "Toyota of Canada president". */
const FIRM_OFFICERS = new WordSet('spokesman spokeswoman spokesperson president chairman chairwoman chief ceo executive head director official manager'.split(' '));

function cityStatePairs(lex: Lexicon, text: string, tk: Tokens, cands: Candidate[], options: Option[][], ents: readonly CompiledEntity[], extra: ExtraMark[]): Uint8Array {
  const out = new Uint8Array(cands.length);
  // Candidates whose places the state after them decided: every one ruled out (keep null), or some kept.
  const pairs: TownPair[] = [];
  const placesAreCities = (opts: readonly Option[]) => opts.every((o) => ents[o.entity].type !== 'place' || CITY_KINDS.has(ents[o.entity].subtype ?? ''));
  // "Monroe, La.": the state after any capitalized name, where no candidate covers it.
  let ci = 0;
  for (let t = 1; t < tk.count; t++) {
    if (tk.gap[t] !== Gap.Break || !(tk.flags[t - 1] & TokFlag.Cap) || !(tk.flags[t - 1] & TokFlag.Alpha) || !commaOnly(text, tk.end[t - 1], tk.start[t])) continue;
    const st = usStateAfter(text, tk, t);
    if (!st) continue;
    // "MRT, CT": a postal code in capitals after an acronym is another acronym ("N.Y." after a dateline
    // in capitals keeps its period).
    if (tk.flags[t - 1] & TokFlag.AllCaps && st.t1 === t + 1 && st.end === tk.end[t]) continue;
    while (ci < cands.length && cands[ci].t1 <= t) ci++;
    if (ci < cands.length && cands[ci].t0 < st.t1) continue;
    const si = stateIndex(lex, st.code);
    if (si === undefined) continue;
    extra.push({ t0: t, t1: st.t1, mention: { start: tk.start[t], end: st.end, text: text.slice(tk.start[t], st.end), id: ents[si].id, score: 0.9, via: 'alias' } });
  }
  // The name before candidate k's comma is a firm's, not a place's: no list item.
  const firmBefore = (k: number) => {
    const t = cands[k].t0;
    let firm = false;
    for (let j = k - 1; j >= 0 && j >= k - 6; j--) {
      if (cands[j].t1 !== t) continue;
      if (options[j].some((o) => ents[o.entity].type === 'place')) return false;
      if (options[j].some((o) => ents[o.entity].type === 'organization')) firm = true;
    }
    return firm || (t > 0 && (tk.flags[t - 1] & TokFlag.Cap) !== 0 && FIRM_END.at(tk, t - 1));
  };
  for (let k = 0; k < cands.length; k++) {
    const a = cands[k];
    // "Columbus, Ga.", "BUFFALO, N.Y.": a US state abbreviation the index has no alias for.
    if (a.t1 < tk.count && tk.gap[a.t1] === Gap.Break && onlyComma(text, a.end, tk.start[a.t1]) && (k + 1 >= cands.length || cands[k + 1].t0 >= a.t1)) {
      const st = usStateAfter(text, tk, a.t1);
      const next = k + 1 < cands.length ? cands[k + 1] : null;
      if (st && (!next || next.t0 >= st.t1 || next.t1 <= a.t1)) {
        const si = stateIndex(lex, st.code);
        const sid = si === undefined ? '' : ents[si].id;
        const ok = options[k].filter((o) => ents[o.entity].type === 'place' && ents[o.entity].related?.includes(sid));
        if (si !== undefined && options[k].some((o) => ents[o.entity].type === 'place' && CITY_KINDS.has(ents[o.entity].subtype ?? ''))) {
          if (!ok.length && placesAreCities(options[k])) pairs.push({ k, keep: null });
          else if (ok.length && options[k].some((o) => ents[o.entity].type === 'place' && !ok.includes(o))) pairs.push({ k, keep: new Set(ok.map((o) => o.entity)) });
          options[k] = ok;
          out[k] = ok.length ? 1 : 0;
        }
        continue;
      }
    }
    if (k + 1 >= cands.length) continue;
    const b = cands[k + 1];
    if (b.t0 !== a.t1 || tk.gap[b.t0] !== Gap.Break || !onlyComma(text, a.end, b.start)) continue;
    // A list: "Herat, Kabul, Kandahar", "Kabul, Kandahar and Herat". A firm's name before the comma
    // is no list item ("Sierra Nevada Corporation, Louisville, Colorado"): only a place's name is.
    if (a.t0 > 0 && tk.gap[a.t0] === Gap.Break && onlyComma(text, tk.end[a.t0 - 1], a.start) && tk.flags[a.t0 - 1] & TokFlag.Cap && !firmBefore(k)) continue;
    if (b.t1 < tk.count) {
      const sep = text.slice(tk.end[b.t1 - 1], tk.start[b.t1]);
      const nextCap = (tk.flags[b.t1] & TokFlag.Cap) !== 0;
      // ("In Seattle, Washington, Felix Hernandez pitched": a list of places does not go on with a person.)
      if ((/^\.?\s*,\s*$/.test(sep) && nextCap && !personAt(cands, options, ents, k + 2, b.t1)) || (tk.gap[b.t1] === Gap.Space && (tk.keyIs(b.t1, 'and') || tk.keyIs(b.t1, 'or')))) continue;
    }
    const as = options[k].filter((o) => !o.partialOnly);
    const bs = options[k + 1].filter((o) => !o.partialOnly && ents[o.entity].type === 'place');
    // The first must be able to be a town or region; the second a state, region or country.
    if (!as.some((o) => { const st = ents[o.entity].subtype ?? ''; return ents[o.entity].type === 'place' && (CITY_KINDS.has(st) || REGION_KINDS.has(st)); })) {
      // "Lebanon, Pennsylvania", "Mexico, Missouri": a country's name before a US state and a comma or
      // the sentence's end is a town named after it, which the index lacks ("Mexico, California's
      // partner" is no such pair).
      const end = b.t1 >= tk.count || /^\s*[,.;:)]/.test(text.slice(tk.end[b.t1 - 1], tk.start[b.t1]));
      if (end && as.some((o) => ents[o.entity].type === 'place' && ents[o.entity].subtype === 'country' && ents[o.entity].country !== 'US') && bs.some((o) => ents[o.entity].country === 'US' && REGION_KINDS.has(ents[o.entity].subtype ?? ''))) {
        options[k] = [];
        out[k + 1] = 1;
      }
      continue;
    }
    if (!bs.length || !bs.some((o) => { const st = ents[o.entity].subtype ?? ''; return STATE_KINDS.has(st) || REGION_KINDS.has(st); })) continue;
    const inside = (x: CompiledEntity, y: CompiledEntity) =>
      x.type === 'place' && x.id !== y.id && (!!x.related?.includes(y.id) || (STATE_KINDS.has(y.subtype ?? '') && !!x.country && x.country === y.country));
    const okA = as.filter((oa) => bs.some((ob) => inside(ents[oa.entity], ents[ob.entity])));
    const okB = bs.filter((ob) => okA.some((oa) => inside(ents[oa.entity], ents[ob.entity])));
    if (!okA.length && as.some((o) => ents[o.entity].type === 'place') && placesAreCities(as)) pairs.push({ k, keep: null, state: k + 1 });
    else if (okA.length && options[k].some((o) => ents[o.entity].type === 'place' && !okA.includes(o))) pairs.push({ k, keep: new Set(okA.map((o) => o.entity)), state: k + 1 });
    options[k] = okA;
    if (okB.length) options[k + 1] = okB;
    out[k] = okA.length ? 1 : 0;
    out[k + 1] = 1;
  }
  // "Columbus, Indiana … Columbus has 50,000 people": the town the state decided, named again (place-level.ts).
  if (pairs.length) sameTownLater(text, tk, cands, options, pairs, (o) => { const e = ents[o.entity]; return e.type === 'place' && CITY_KINDS.has(e.subtype ?? '') && e.prominence < RESOLVE.worldName; });
  return out;
}
/** Words after a name that show it is the subject of a sentence: "Apple said", "Turkey warned". */
const SUBJECT_VERBS = new WordSet(
  'said says told announced added reported warned claimed denied confirmed urged called plans wants will would has had is was'.split(' '),
);

function allCapsWord(tk: Tokens, t: number): boolean {
  return (tk.flags[t] & TokFlag.AllCaps) !== 0 && tk.end[t] - tk.start[t] >= 3;
}

/** A country or a territory: what an appositive may place a town in besides a region. */
const NATION_KINDS = new Set(['country', 'territory']);

/** Two or more of the options are parties that go by the span as a common word ("Labour"). */
function commonPartyNamesakes(opts: readonly Option[], ents: readonly CompiledEntity[]): boolean {
  let n = 0;
  for (const o of opts) if (o.commonOnly && !o.partialOnly && ents[o.entity].subtype === 'party' && ++n > 1) return true;
  return false;
}

function siblings(a: CompiledEntity, b: CompiledEntity): boolean {
  if (a.type === 'organization' && b.type === 'organization') return sameFirm(a, b);
  return a.type === 'place' && b.type === 'place' && !!a.country && a.country === b.country && foldKey(a.name) === foldKey(b.name);
}

/** A legal form or group word closing a firm's name ("Shell plc", "Volkswagen Group", "Orange S.A."). */
const FIRM_FORM = /[,\s]+(?:plc|inc\.?|corp\.?|corporation|company|co\.?|ltd\.?|limited|ag|se|s\.a\.?|sa|n\.v\.?|nv|group|holdings|llc)$/i;

/** "Shell" and "Shell plc", "Volkswagen" and "Volkswagen Group": the brand and the firm that owns it,
 *  one to a reader (of one country, or one of them of none). */
function sameFirm(a: CompiledEntity, b: CompiledEntity): boolean {
  if (a.country && b.country && a.country !== b.country) return false;
  const [fa, fb] = [foldKey(a.name), foldKey(b.name)];
  return (FIRM_FORM.test(a.name) && foldKey(a.name.replace(FIRM_FORM, '')) === fb) || (FIRM_FORM.test(b.name) && foldKey(b.name.replace(FIRM_FORM, '')) === fa);
}

interface Decision {
  entity: number;
  score: number;
  /** Margin over the runner-up (Infinity when alone). */
  gap: number;
}

/** What the words around a span say, whatever the article's context (see resolveCandidates). */
interface SpanWords {
  q: ReturnType<typeof quotedSpan>;
  ofName: boolean;
  speaks: boolean;
  work: boolean;
  asWord: boolean;
  poss: boolean;
  /** An age in commas follows ("Braun, 38,"): not a firm. */
  aged: boolean;
  cue: Cue | null;
  /** Sports words at the name (see nearOf): 2 = a sports story or words of one nearby, 3 = a team's
   *  role or a match verb at the name outside one, 1 = neither. Read on first need: most spans never ask. */
  near?: number;
  /** A team's role or a match verb at the name outside a sports story ("England captain X"). */
  /** Sentence-initial or in a title (read on first need). */
  weak?: boolean;
  /** Two or more parties go by the span's common word (read on first need). */
  sharedParty?: boolean;
  /** A past-tense verb right after (read on first need). */
  pastVerb?: boolean;
  /** A thing worn or eaten named after the name right after it (context.ts namedWearOrDishAfter; read on first need). */
  wear?: 0 | 1 | 2;
  subject: boolean;
  shouting: boolean;
  someonesSurname: boolean;
  /** Some option is a place. */
  hasPlace: boolean;
}

/** Per candidate, the highest prominence among its options that are not surname-only, -1 when none:
 *  read once, not once per question. */
function topProminence(lex: Lexicon, ents: CompiledEntity[], options: Option[][]): Float64Array {
  const full = new Float64Array(options.length).fill(-1);
  // A binary index has the number in its entity rows: no entity object read.
  const bin = binaryOf(lex.index);
  for (let k = 0; k < options.length; k++) {
    for (const o of options[k]) {
      if (o.partialOnly) continue;
      const p = bin ? bin.prominenceAt(o.entity) : ents[o.entity].prominence;
      if (p > full[k]) full[k] = p;
    }
  }
  return full;
}

/** What a candidate's options are, as bits (optionKinds): read in one pass per find, where the rules
 *  asked `options[k].some/every(...)` again and again. "ALL" bits hold for no options too. */
const K_SOME_PLACE = 1;
const K_SOME_PERSON = 2;
const K_SOME_ORG = 4;
const K_ALL_PERSON = 8;
const K_ALL_ORG = 16;
const K_ALL_PLACE = 32;
/** Every option's subtype is a university's or a college's. */
const K_ALL_UNIVERSITY_KIND = 64;
/** Every option is a bank or an insurer (FIRM_KINDS). */
const K_ALL_FIRM_KIND = 128;
/** Every option is a company (COMPANY_KINDS) or a healthcare body. */
const K_ALL_COMPANY_OR_CARE = 256;
/** Some full option, and every full option is a company (onlyFirms). */
const K_ONLY_FIRMS = 512;
/** Some option, and every option is a full university or college (campusAt). */
const K_UNIVERSITY = 1024;
/** Every option is surname-only (partialOnly), or there are none: each holds only a part of its
 *  entity's name, nothing to decide. */
const K_PARTIAL_ONLY = 2048;

/** Per entity, what optionKinds asks of it, as bits (E_*), kept per lexicon: one small array read
 *  per option instead of the entity, its subtype string and three sets (0 = not read yet). */
const E_KNOWN = 1;
const E_PLACE = 2;
const E_PERSON = 4;
const E_ORG = 8;
const E_UNIVERSITY_KIND = 16;
const E_FIRM_KIND = 32;
const E_COMPANY_KIND = 64;
const E_HEALTHCARE = 128;
/** A place whose subtype is 'country'. */
const E_COUNTRY = 256;
const entityBitsCache = new WeakMap<Lexicon, Uint16Array>();

function entityBits(lex: Lexicon, ents: readonly CompiledEntity[], i: number): number {
  let bits = entityBitsCache.get(lex);
  if (!bits) entityBitsCache.set(lex, (bits = new Uint16Array(lex.index.entities.length)));
  let b = bits[i];
  if (b === 0) {
    const e = ents[i];
    const st = e.subtype ?? '';
    b = E_KNOWN | (e.type === 'place' ? E_PLACE : e.type === 'person' ? E_PERSON : e.type === 'organization' ? E_ORG : 0);
    if (UNIVERSITY_KINDS.has(st)) b |= E_UNIVERSITY_KIND;
    if (FIRM_KINDS.has(st)) b |= E_FIRM_KIND;
    if (COMPANY_KINDS.has(st)) b |= E_COMPANY_KIND;
    if (st === 'healthcare') b |= E_HEALTHCARE;
    if (e.type === 'place' && st === 'country') b |= E_COUNTRY;
    bits[i] = b;
  }
  return b;
}

function optionKinds(lex: Lexicon, opts: readonly Option[], ents: readonly CompiledEntity[]): number {
  let some = 0;
  let all = K_ALL_PERSON | K_ALL_ORG | K_ALL_PLACE | K_ALL_UNIVERSITY_KIND | K_ALL_FIRM_KIND | K_ALL_COMPANY_OR_CARE;
  let firms = K_ONLY_FIRMS;
  let anyFull = false;
  let anyPartial = false;
  for (const o of opts) {
    const b = entityBits(lex, ents, o.entity);
    if (b & E_PLACE) (some |= K_SOME_PLACE), (all &= ~(K_ALL_PERSON | K_ALL_ORG));
    else if (b & E_PERSON) (some |= K_SOME_PERSON), (all &= ~(K_ALL_ORG | K_ALL_PLACE));
    else if (b & E_ORG) (some |= K_SOME_ORG), (all &= ~(K_ALL_PERSON | K_ALL_PLACE));
    else all &= ~(K_ALL_PERSON | K_ALL_ORG | K_ALL_PLACE);
    if (!(b & E_UNIVERSITY_KIND)) all &= ~K_ALL_UNIVERSITY_KIND;
    if (!(b & E_FIRM_KIND)) all &= ~K_ALL_FIRM_KIND;
    if (!(b & (E_COMPANY_KIND | E_HEALTHCARE))) all &= ~K_ALL_COMPANY_OR_CARE;
    if (o.partialOnly) anyPartial = true;
    else {
      anyFull = true;
      if (!(b & E_COMPANY_KIND)) firms = 0;
    }
  }
  const allUniversities = opts.length > 0 && (all & K_ALL_UNIVERSITY_KIND) !== 0 && !anyPartial;
  return some | all | (anyFull ? firms : K_PARTIAL_ONLY) | (allUniversities ? K_UNIVERSITY : 0);
}

/** Resolve candidate spans to mentions (alias links only; see coref.ts for the rest). */
export function resolveCandidates(lex: Lexicon, text: string, tk: Tokens, cands: Candidate[], lang?: string): Resolved {
  const options = cands.map((c) => optionsOf(lex, c));
  const ents = entityView(lex, options);
  const english = isEnglish(lang);
  const knownNames = lex.index.knownNames;
  const signal = sportsSignal(text, tk);
  const sports = signal.sports;
  const otherSport = R.teams && signal.otherSport;
  // "Columbus, Indiana", "BUFFALO, N.Y.": the second name says which namesake the first is.
  const extra: ExtraMark[] = [];
  const placeCue = R.namesakes ? cityStatePairs(lex, text, tk, cands, options, ents, extra) : new Uint8Array(cands.length);
  // The words right around each span (cueOf), read once: the list rules and both passes ask.
  const cues: (Cue | null | undefined)[] = new Array(cands.length);
  const cueAt = (k: number) => (cues[k] === undefined ? (cues[k] = cueOf(tk, cands[k].t0, cands[k].t1)) : cues[k]);
  // "in China, Spain and Portugal": a place cue carries along a list.
  const listed = new Uint8Array(cands.length);
  const listCue = new Uint8Array(cands.length);
  // 1 = joined to the name before by a comma, 2 = by "and"/"or". A comma alone makes no list ("from
  // London, Harper remembered"): the item after must go on with the list.
  const sep = new Uint8Array(cands.length);
  for (let k = 1; k < cands.length; k++) {
    const p = cands[k - 1];
    const c = cands[k];
    if (c.t0 - p.t1 > 1 || c.start - p.end > 8) continue;
    sep[k] = listJoint(text, p.end, c.start);
  }
  for (let k = 1; k < cands.length; k++) {
    if (!(sep[k] === 2 || (sep[k] === 1 && k + 1 < cands.length && sep[k + 1] > 0))) continue;
    listed[k] = 1;
    if (listCue[k - 1] || placeCue[k - 1] || cueAt(k - 1)?.type === 'place') listCue[k] = 1;
  }
  // "Los Angeles, Orange and Riverside Counties": a plural kind word after a list names the kind of each.
  const listKinds: (string[] | undefined)[] = new Array(cands.length);
  for (let k = 0; k < cands.length; k++) {
    // The kind word follows this name, or a last list item the index does not know ("Orange, Riverside
    // and San Bernardino Counties").
    const c = cands[k];
    let near = false;
    for (let u = c.t1; u < tk.count && u <= c.t1 + 4 && !near; u++) near = PLURAL_KIND_WORDS.at(tk, u);
    if (!near) continue;
    const t = kindWordAfterList(text, tk, c.t1, k + 1 < cands.length ? cands[k + 1].t0 : tk.count, (u) => PLURAL_KIND_WORDS.at(tk, u));
    if (t < 0) continue;
    const kinds = PLURAL_KINDS[tk.key(t)];
    for (let j = k; ; j--) {
      listKinds[j] = kinds;
      listCue[j] = 1;
      // ("Los Angeles, Orange, Fort Bend and Galveston counties": a list that goes on after k holds k's comma.)
      if (!listed[j] && !(j === k && t > c.t1 && sep[k] > 0)) break;
    }
  }
  // "Colorado, Washington, Alaska and Oregon": when two items of a list are places of one kind and
  // country, an item with namesakes is read as that kind too (the state, not the capital).
  for (let k0 = 0; k0 < cands.length; ) {
    let k1 = k0;
    while (k1 + 1 < cands.length && listed[k1 + 1]) k1++;
    if (k1 > k0) sameKindList(k0, k1);
    k0 = k1 + 1;
  }
  // "the states of X, Y and Z"; an article about a country's provinces (place-level.ts).
  if (R.level) regionLevel(text, tk, cands, options, ents, listed, listKinds, (k) => cueAt(k)?.kinds);
  // "Poughkeepsie, New York": the state after a town (place-level.ts).
  if (R.namesakes) statesAfterTowns(text, tk, cands, options, ents, listed, listKinds);
  // "Gaza 11-15 (AFP) -": a dateline's place is a city (place-level.ts).
  if (R.level) datelineCities(text, tk, cands, listKinds);
  for (let k = 0; k < cands.length; k++) if (listKinds[k]) listCue[k] = 1;
  function sameKindList(k0: number, k1: number) {
    // "Los Angeles, Orange, Riverside and San Bernardino Counties": the kind word said the kind already.
    if (listKinds[k1]) return;
    const counts = new Map<string, number>();
    for (let j = k0; j <= k1; j++) {
      const opts = options[j].filter((o) => !o.partialOnly);
      const e = opts.length === 1 ? ents[opts[0].entity] : undefined;
      if (e?.type !== 'place' || !e.subtype) continue;
      const kind = `${e.subtype}|${e.country ?? ''}`;
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    for (const [kind, n] of counts) {
      // "like New York and Pennsylvania": one state is enough to read a namesake beside it as a state.
      if (n < 2 && !(R.level && STATE_LEVEL.has(kind.slice(0, kind.indexOf('|'))))) continue;
      const [subtype, country] = kind.split('|');
      for (let j = k0; j <= k1; j++) {
        // A list of places: every item reads as a place.
        listCue[j] = 1;
        if (options[j].length < 2) continue;
        if (options[j].some((o) => ents[o.entity].type === 'place' && ents[o.entity].subtype === subtype && (ents[o.entity].country ?? '') === country)) listKinds[j] = [subtype];
      }
    }
  }
  // The options are final now (cityStatePairs narrowed them): what they are, per candidate.
  const kinds = new Uint16Array(cands.length);
  // Where each candidate's options start in a flat per-option array (fixedOut).
  const optionStart = new Int32Array(cands.length + 1);
  for (let k = 0; k < cands.length; k++) {
    kinds[k] = optionKinds(lex, options[k], ents);
    optionStart[k + 1] = optionStart[k] + options[k].length;
  }
  const startsName = (t: number) => unknownNameWord(tk, t, false) && isFirstName(lex, tk.key(t));
  // The span is an exact-case (acronym) match: read on first need (spans with no full option never ask).
  const exactMemo = new Uint8Array(cands.length);
  const exactSpan = (k: number) => (exactMemo[k] ||= isExactSpan(lex, cands[k]) ? 2 : 1) === 2;
  // Tokens of names we know well: multi-word candidates and one-word ones with a prominent option.
  const known = new Uint8Array(tk.count);
  const top = topProminence(lex, ents, options);
  cands.forEach((c, k) => {
    const strong = c.t1 - c.t0 > 1 || top[k] >= RESOLVE.anchorProminence;
    if (strong) for (let t = c.t0; t < c.t1; t++) known[t] = 1;
  });

  // A family name many people in the index share, first word or last ("Kim Sang Hee", "John Roth").
  const commonName = (c: Candidate) =>
    surnameBearers(lex, tk, c.t1 - 1, RESOLVE.commonSurname) >= RESOLVE.commonSurname || surnameBearers(lex, tk, c.t0, RESOLVE.commonSurname) >= RESOLVE.commonSurname;
  // "Scooter Braun", "Michael Cohen": people named in full whom the index does not hold; their bare
  // surname later is them ("Braun said"), not the company Braun.
  // Read once, on the first one-word candidate that needs it.
  let unknownPeople: Map<number, string> | undefined;
  const someoneNamed = (t: number) => {
    const key = (unknownPeople ??= unknownSurnames(text, tk, cands, {
      firstName: (k) => isFirstName(lex, k),
      nameWord: (t) => unknownNameWord(tk, t, false),
      functionWord: (t) => FUNCTION_WORDS.at(tk, t),
      title: (t) => TITLE_WORDS.at(tk, t),
      speaks: (t) => SPEECH_VERBS.at(tk, t),
      subjectVerb: (t) => SUBJECT_VERBS.at(tk, t),
      wellKnown: (t) => {
        for (let k = 0; k < cands.length; k++) if (cands[k].t0 === t && cands[k].t1 === t + 1) return top[k] >= RESOLVE.wellKnownSurname;
        return false;
      },
    })).get(tk.hash[t]);
    return key !== undefined && tk.keyIs(t, key);
  };
  // The candidate right after k, adjacent, is the longer name of an outlet, team or school.
  const nameGoesOnAsOrg = (k: number) => {
    const n = cands[k + 1];
    if (!n || n.t0 !== cands[k].t1 || tk.gap[n.t0] !== Gap.Space || n.t1 - n.t0 < 2) return false;
    return options[k + 1].some((o) => !o.partialOnly && ents[o.entity].type === 'organization' && NAMED_FOR_PLACE.has(ents[o.entity].subtype ?? ''));
  };
  // A company's name right before candidate k, adjacent ("Lexus Philippines", "Samsung India").
  const companyBefore = (k: number) => {
    const p = cands[k - 1];
    if (!p || p.t1 !== cands[k].t0 || tk.gap[cands[k].t0] !== Gap.Space || tk.flags[cands[k].t0] & TokFlag.SentStart) return false;
    let any = false;
    for (const o of options[k - 1]) {
      if (o.partialOnly) continue;
      if (ents[o.entity].type !== 'organization' || !COMPANY_KINDS.has(ents[o.entity].subtype ?? '')) return false;
      any = true;
    }
    return any;
  };
  // Both, per candidate (1 = after a company, 2 = before an outlet's or team's name, 3 = both).
  const inOrgName = new Int8Array(cands.length).fill(-1);
  const placeInOrgName = (k: number, e: CompiledEntity) => {
    if (inOrgName[k] < 0) inOrgName[k] = (companyBefore(k) ? 1 : 0) | (nameGoesOnAsOrg(k) ? 2 : 0);
    return (inOrgName[k] & 1) !== 0 || ((inOrgName[k] & 2) !== 0 && e.subtype !== 'country');
  };
  // The name right before candidate k is a state, province or city ("Michigan Department of …").
  const localBody = (k: number) => {
    if (k === 0 || cands[k - 1].t1 !== cands[k].t0 || tk.gap[cands[k].t0] !== Gap.Space) return false;
    return options[k - 1].some((o) => {
      const p = ents[o.entity];
      return !o.partialOnly && p.type === 'place' && !!p.subtype && (REGION_KINDS.has(p.subtype) || CITY_KINDS.has(p.subtype));
    });
  };
  // Another candidate than k, of another name, may be a news outlet of this country ("The Sun and The Times").
  const outletOfCountryBesides = (k: number, country: string) => {
    const own = tk.key(cands[k].t1 - 1);
    for (let j = 0; j < cands.length; j++) {
      if (j === k || tk.key(cands[j].t1 - 1) === own) continue;
      for (const o of options[j]) {
        const e = ents[o.entity];
        if (!o.partialOnly && e.type === 'organization' && e.subtype === 'news-outlet' && e.country === country) return true;
      }
    }
    return false;
  };
  // An earlier candidate, longer, ends in the masthead word k is ("The Washington Post" before "The Post").
  // (Not when that longer name is this very paper: "The Post" may be the Post's own short name.)
  const longerMastheadBefore = (k: number, entity: number) => {
    const own = tk.key(cands[k].t1 - 1);
    for (let j = 0; j < k; j++) {
      const cj = cands[j];
      if (cj.t1 - cj.t0 >= 2 && tk.key(cj.t1 - 1) === own && !mastheadOnly(tk, cj.t0, cj.t1) && !options[j].some((x) => x.entity === entity)) return true;
    }
    return false;
  };
  // The place's name right after candidate k ends in a legal form ("Nissan North America Inc.").
  const armWithLegalForm = (k: number) => {
    const n = cands[k + 1];
    if (!n || n.t0 !== cands[k].t1 || tk.gap[n.t0] !== Gap.Space || legalSuffixAt(tk, n.t1) === 0) return false;
    return options[k + 1].some((o) => !o.partialOnly && ents[o.entity].type === 'place');
  };
  // "Bristol-Myers", "Houston Grand Opera", "C.S.C.": shapes of a longer name (longer-names.ts).
  // Tokens known well, or starting a place name ("Qinghai-Tibet plateau": two places joined).
  let joinable: Uint8Array | undefined;
  const longerNameShape = (k: number) => {
    const c = cands[k];
    const kind = kinds[k];
    const place = (kind & K_SOME_PLACE) !== 0;
    // "Giuseppe Levi's assistant": a first name before a brand's exact alias makes it a surname.
    if (c.t1 - c.t0 === 1 && featureHead(tk, c.t0)) return true;
    if (tk.flags[c.t0] & TokFlag.AllCaps && beforeHandle(text, c.end)) return true;
    if (c.t1 - c.t0 === 1 && kind & K_ALL_PERSON && personNameGoesOn(tk, c.t1, known)) return true;
    if (c.t1 - c.t0 === 1 && tk.flags[c.t0] & TokFlag.AllCaps && kind & K_ALL_PERSON && capsNameGoesOn(tk, c.t0, c.t1, known, () => isFirstName(lex, tk.key(c.t0)), (t) => !FUNCTION_WORDS.at(tk, t) && !TITLE_WORDS.at(tk, t))) return true;
    // "St. Joseph, Missouri", "ST. JOSEPH, Mich.": a saint's name before a state names a town the index lacks.
    if (kind & K_SOME_PERSON && (saintsPossessive(tk, c.t0, c.t1) || (afterSaint(tk, c.t0) && (placeCue[k] === 1 || stateAfter(text, tk, c) || placeAfterComma(k))))) return true;
    // "Shearson Lehman Brothers Inc": a name word before a company's name with its suffix.
    const p = c.t0 - 1;
    if (c.t1 - c.t0 > 1 && p >= 0 && tk.gap[c.t0] === Gap.Space && !known[p] && !(tk.flags[p] & TokFlag.SentStart) && (legalSuffixAt(tk, c.t1) > 0 || legalSuffixAt(tk, c.t1 - 1) > 0) && unknownNameWord(tk, p, true) && kind & K_ALL_ORG) return true;
    // "Lock Haven University of Pennsylvania", "Southeastern Louisiana State University": a name word
    // before a university's name makes another university.
    if (p >= 0 && tk.gap[c.t0] === Gap.Space && !known[p] && !(tk.flags[p] & TokFlag.SentStart) && unknownNameWord(tk, p, true) && kind & K_ALL_UNIVERSITY_KIND) return true;
    const oneWord = c.t1 - c.t0 === 1 || (c.t1 - c.t0 === 2 && tk.gap[c.t0 + 1] === Gap.Apos && tk.keyIs(c.t0 + 1, 's'));
    if (oneWord && c.t0 > 0 && tk.gap[c.t0] === Gap.Space && !(tk.flags[c.t0 - 1] & TokFlag.SentStart) && startsName(c.t0 - 1) && kind & K_ALL_ORG) return true;
    if (place && regionCityCompound(k)) return true;
    if (place && c.t1 - c.t0 > 1 && nameWordBeforeLongPlace(tk, c.t0, c.t1, (t) => !known[t] && unknownNameWord(tk, t, true) && !kindsAt(t) && !weakCasePosition(tk, t)) && kind & K_ALL_PLACE) return true;
    // "the Duchess of Cambridge", "Prince of Wales": a title of nobility.
    if (place && peerageOf(tk, c.t0)) return true;
    // "the Brisbane Broncos", "the Rajasthan Royals": a place and another city's team's nickname (sports.ts).
    if ((place && placeBeforeNickname(tk, cands, options, ents, k)) || (kind & K_ALL_ORG && nicknameAfterPlace(tk, cands, options, ents, k))) return true;
    // "Team USA", "Team Europe": a side.
    if (place && teamBefore(tk, c.t0)) return true;
    // "Ohio Wesleyan University" (another university); "the Kentucky Derby" (two places of two countries).
    if ((kind & K_ALL_UNIVERSITY_KIND && placeBeforeUniversity(tk, cands, options, ents, k)) || (place && kind & K_ALL_PLACE && placesOfTwoCountries(text, tk, cands, options, ents, k))) return true;
    // "to watch The Batman", "saw The Maine play": a work's, a band's or a venue's name.
    if (place && kind & K_ALL_PLACE && theBeforeTown(tk, c.t0, (t) => weakCasePosition(tk, t)) && options[k].some((o) => townOrUsState(ents[o.entity])) && !options[k].some((o) => NATION_KINDS.has(ents[o.entity].subtype ?? ''))) return true;
    // "Brooklyn Beckham", "Indiana Jones": a place's name before a surname the index knows is a first name.
    if (place && placeBeforeSurname(text, tk, c.t0, c.t1, (t) => !known[t] && surnameBearers(lex, tk, t, 2) >= 2)) return true;
    // "the Northern District of California", "the Court for the District of Connecticut": a court's district.
    if (place && courtDistrictBefore(tk, c.t0) && options[k].some((o) => ents[o.entity].country === 'US' && ents[o.entity].subtype === 'region')) return true;
    // "Wichita North's Miguel Bernal", "Wichita West senior": a school or a district named after the place.
    if (place && compassAfter(tk, c.t1, COMPASS)) return true;
    // "sub-Saharan Africa"; "Lloyds Bank Canada" (the bank's arm in a country).
    if (place && afterSubPrefix(text, tk, c.t0)) return true;
    if (kind & K_ALL_FIRM_KIND && firmBeforeCountry(text, tk, c.t1, countryAt)) return true;
    // "Nissan North America Inc.", "Toyota Canada Inc.": a company's name, a place's name and a legal form
    // name the company's arm there, a firm of its own that the index does not hold.
    if (kind & K_ALL_COMPANY_OR_CARE && armWithLegalForm(k)) return true;
    // "the University of Illinois at Chicago", "University of California-Berkeley": one campus, neither
    // the system nor the town.
    if (campusAt(k)) return true;
    // '"Billboard" Hot 100': a quoted name that goes on outside its quotes.
    if (quotedNameGoesOn(text, tk, c.t0, c.t1) && !FUNCTION_WORDS.at(tk, c.t1)) return true;
    // "the U.S.-Japan Council": two names joined, then an organization's head.
    if (joinedPairBeforeBody(text, tk, c.t0, c.t1)) return true;
    // "the Boeing 737 Max", "a Nokia 5800": a firm's product. ("Apple TV+" is judged Apple TV's.)
    if (c.t1 < tk.count && text.charCodeAt(tk.start[c.t1]) <= 57 && text.charCodeAt(tk.start[c.t1]) >= 48 && kind & K_ONLY_FIRMS && modelNumberAfter(text, tk, c.t1)) return true;
    // "Northwell Health at Jones Beach Theater": a sponsor's name on a venue.
    if (kind & K_ALL_COMPANY_OR_CARE && sponsorBeforeVenue(tk, c.t1, (t) => VENUE_HEADS.at(tk, t))) return true;
    if (exactSpan(k)) return insideDottedAbbreviation(text, tk, c.t0) || (place && acronymBeforeBody(text, tk, c.t1));
    if (!joinable) {
      joinable = known.slice();
      cands.forEach((x, j) => { if (kinds[j] & K_SOME_PLACE) joinable![x.t0] = joinable![x.t1 - 1] = 1; });
    }
    return hyphenedToName(text, tk, c.t0, c.t1, joinable) || afterNameParticle(tk, c.t0, known) || (place && (beforeInstitutionName(tk, c.t1) || featureHead(tk, c.t1) || sharesPluralHead(tk, c.t1)));
  };
  // The next name, right after a comma, is a place ("St. Joseph, Missouri").
  const placeAfterComma = (k: number) => {
    const c = cands[k];
    const n = cands[k + 1];
    return !!n && n.t0 === c.t1 && onlyComma(text, c.end, n.start) && placeAt(n.t0);
  };
  // "Geneva, near the Alabama-Florida line": the country an appositive after candidate k places it in
  // (place-level.ts), read on first need ('' = none).
  let appositive: (string | undefined)[] | undefined;
  const appositiveAt = (k: number) => {
    // Most places have no comma right after them: no array, no call.
    if (text.charCodeAt(cands[k].end) !== 44) return '';
    appositive ??= new Array(cands.length);
    return (appositive[k] ??= appositiveCountry(text, tk, cands, k, oneCountryOf) ?? '');
  };
  const oneCountryOf = (j: number, regionOnly: boolean) => {
    let country: string | undefined;
    for (const o of options[j]) {
      const e = ents[o.entity];
      if (o.partialOnly || e.type !== 'place' || !e.country || (country && e.country !== country)) return undefined;
      if (!REGION_KINDS.has(e.subtype ?? '') && (regionOnly || !NATION_KINDS.has(e.subtype ?? ''))) return undefined;
      country = e.country;
    }
    return country;
  };
  // Tokens right after a span that can only be a university (1), for the campus rule: made once.
  let univEnd: Uint8Array | undefined;
  const university = (j: number) => (kinds[j] & K_UNIVERSITY) !== 0;
  const campusAt = (k: number) => {
    const c = cands[k];
    const hyphenName = c.t1 < tk.count && hyphenBefore(text, tk, c.t1) && (tk.flags[c.t1] & TokFlag.Cap) !== 0 && (tk.flags[c.t1] & TokFlag.Alpha) !== 0;
    if (university(k)) return campusAfter(tk, c.t1) || hyphenName;
    if (!(kinds[k] & K_SOME_PLACE)) return false;
    if (!univEnd) {
      univEnd = new Uint8Array(tk.count + 1);
      for (let j = 0; j < cands.length; j++) if (university(j)) univEnd[cands[j].t1] = 1;
    }
    // "the University of Texas Austin".
    if (afterUniversityOf(tk, c.t0)) return true;
    // The place after "<university> at" or "<university>-".
    if (c.t0 >= 2 && tk.keyIs(c.t0 - 1, 'at') && !(tk.flags[c.t0 - 1] & TokFlag.Cap) && tk.gap[c.t0] === Gap.Space && tk.gap[c.t0 - 1] === Gap.Space && univEnd[c.t0 - 1]) return true;
    return hyphenBefore(text, tk, c.t0) && univEnd[c.t0] === 1;
  };
  // "Hesse-Darmstadt", "Hesse-Kassel": a region joined by a hyphen to one of its own cities names a
  // historical state, neither place ("Dallas-Fort Worth", two cities, keeps both).
  const regionCityCompound = (k: number) => {
    const c = cands[k];
    const holds = (a: number, b: number) => options[a].some((o) => {
      const r = ents[o.entity];
      return !o.partialOnly && r.type === 'place' && REGION_KINDS.has(r.subtype ?? '') && options[b].some((x) => !x.partialOnly && CITY_KINDS.has(ents[x.entity].subtype ?? '') && !!ents[x.entity].related?.includes(r.id));
    });
    if (c.t1 < tk.count && hyphenBefore(text, tk, c.t1)) {
      for (let j = k + 1; j < cands.length && cands[j].t0 <= c.t1; j++) if (cands[j].t0 === c.t1 && (holds(k, j) || holds(j, k))) return true;
    }
    if (c.t0 > 0 && hyphenBefore(text, tk, c.t0)) {
      for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (cands[j].t1 === c.t0 && (holds(k, j) || holds(j, k))) return true;
    }
    return false;
  };
  // Per token, what a candidate starting there may be (1 = a place, 2 = a country, 4 = an organization,
  // with its end in orgEnd): one pass, not a scan of every candidate per question.
  let startKinds: Uint8Array | undefined;
  let orgEnd: Int32Array | undefined;
  const kindsAt = (t: number) => {
    if (!startKinds) {
      startKinds = new Uint8Array(tk.count);
      orgEnd = new Int32Array(tk.count);
      for (let j = 0; j < cands.length; j++) {
        const x = cands[j];
        for (const o of options[j]) {
          if (o.partialOnly) continue;
          const b = entityBits(lex, ents, o.entity);
          if (b & E_PLACE) startKinds[x.t0] |= b & E_COUNTRY ? 3 : 1;
          else if (b & E_ORG) (startKinds[x.t0] |= 4), (orgEnd[x.t0] = Math.max(orgEnd[x.t0], x.t1));
        }
      }
    }
    return startKinds[t];
  };
  const countryAt = (t: number) => (kindsAt(t) & 2) !== 0;
  const placeAt = (t: number) => (kindsAt(t) & 1) !== 0;
  // "Burlington Industries Inc … Burlington rose": the short name of a company the index lacks.
  let companyTokens: Uint8Array | undefined;
  const unknownCompany = (c: Candidate) => {
    companyTokens ??= unknownCompanyTokens(tk, (a, b) => (kindsAt(a) & 4) !== 0 && orgEnd![a] >= b);
    for (let t = c.t0; t < c.t1; t++) if (!companyTokens[t]) return false;
    return true;
  };
  const firstNameAt = (t: number) => (tk.flags[t] & TokFlag.Cap) !== 0 && !(tk.flags[t] & TokFlag.AllCaps) && isFirstName(lex, tk.key(t));
  // The span's word stands elsewhere in the text too (a one-sense-per-article hint).
  // (Another candidate starts with the same word: a name the index knows is a candidate wherever it stands.)
  let firstWordCount: Map<number, number> | undefined;
  const recurs = (k: number) => {
    if (!firstWordCount) {
      firstWordCount = new Map();
      for (const x of cands) firstWordCount.set(tk.hash[x.t0], (firstWordCount.get(tk.hash[x.t0]) ?? 0) + 1);
    }
    return firstWordCount.get(tk.hash[cands[k].t0])! > 1;
  };
  const privateMemo = new Int8Array(cands.length);
  const privateName = (k: number) => {
    if (privateMemo[k] === 0) privateMemo[k] = privateFirstName(text, tk, cands[k].t0, cands[k].t1, firstNameAt, placeAt) ? 2 : 1;
    return privateMemo[k] === 2;
  };
  const suffixed = new Uint8Array(cands.length);
  const companyAfter = new Uint8Array(cands.length);
  /** Per span, what the words around it say: read once, though both passes decide most spans
   *  (undefined = not read yet, null = ruled out whatever the context). */
  const feats: (SpanWords | null | undefined)[] = new Array(cands.length);
  // Read on first need, per span (most spans never ask): 0 = not read, 1 = no, 2 = yes.
  // "Über" (German for "about") is no Uber: a firm's name lacks the span's diacritic.
  const foreignMemo = new Uint8Array(cands.length);
  const foreignSpelling = (k: number) => {
    if (!foreignMemo[k]) {
      const c = cands[k];
      foreignMemo[k] = R.titles && nonAscii(text, c.start, c.end) && diacriticOnlyInText(text.slice(c.start, c.end), c.aliases.map((id) => lex.aliasText[id])) ? 2 : 1;
    }
    return foreignMemo[k] === 2;
  };
  const roleRead = new Uint8Array(cands.length);
  const roles: ReturnType<typeof roleAt>[] = new Array(cands.length);
  const roleHere = (k: number) => {
    if (!roleRead[k]) (roleRead[k] = 1), (roles[k] = roleAt(text, tk, cands[k].t0, cands[k].t1));
    return roles[k];
  };
  // In a story about a sport, "Pittsburgh center X" names the team.
  // "England captain Andrew Strauss" outside a sports story: a team, but which sport's national team
  // is not known, nor whether a little-known club is meant ("Boston manager" in baseball is no Boston
  // United); a famous club is ("Chelsea captain John Terry").
  // A story about surfing or golf: "the surf coach" near "Australia" says no football team.
  // (SpanWords.near: 2 = sports here, 3 = a team of some sport, 1 = neither.)
  const nearOf = (k: number): number => {
    const c = cands[k];
    return !R.teams ? 1 : sports || (!signal.otherSport && sportsNearby(text, tk, c.t0, c.t1)) || (signal.otherSport && positionAfter(tk, c.t1)) ? 2 : teamRoleAfter(tk, c.t1) || playVerbBefore(tk, c.t0) || beatsAfter(tk, c.t1) || scoreAfter(text, tk, c.t1) || scoreBefore(text, tk, c.t0) || trophyAfter(tk, c.t1) || formerStarAfter(tk, c.t0, c.t1) || beatenByName(tk, c.t0, c.t1) || playerTrade(tk, c.t0, c.t1) || teamNounAfter(tk, c.t1) || pluralVerbAfter(tk, c.t0, c.t1) ? 3 : 1;
  };
  const firmArmOf = (k: number): boolean => {
    const c = cands[k];
    const of = c.t0 - 1;
    if (of < 1 || !tk.keyIs(of, 'of') || tk.gap[of] !== Gap.Space || tk.gap[c.t0] !== Gap.Space) return false;
    if (!(c.t1 < tk.count && tk.gap[c.t1] === Gap.Space && !(tk.flags[c.t1] & TokFlag.Cap) && FIRM_OFFICERS.at(tk, c.t1))) return false;
    // The firm: a name with a company among its options, or an acronym the index does not hold ("GM"),
    // but no office ("the CEO of Canada's spokesman").
    if (OFFICE_ACRONYMS.at(tk, of - 1)) return false;
    const prev = k > 0 ? cands[k - 1] : undefined;
    if (prev && prev.t1 === of) return !FIRM_END.at(tk, prev.t1 - 1) && options[k - 1].some((o) => !o.partialOnly && (entityBits(lex, ents, o.entity) & (E_COMPANY_KIND | E_FIRM_KIND)) !== 0);
    const w = of - 1;
    return (!prev || prev.t1 <= w) && (tk.flags[w] & TokFlag.AllCaps) !== 0 && tk.end[w] - tk.start[w] >= 2 && tk.end[w] - tk.start[w] <= 5 && !FIRM_END.at(tk, w);
  };
  const wordsAround = (k: number): SpanWords | null => {
    const c = cands[k];
    const multi = c.t1 - c.t0 > 1;
    const exact = exactSpan(k);
    // What the options are: an organization, a place, something besides a person.
    const org = (kinds[k] & K_SOME_ORG) !== 0;
    const place = (kinds[k] & K_SOME_PLACE) !== 0;
    const notPerson = !(kinds[k] & K_ALL_PERSON);
    const legalAfter = legalSuffixAt(tk, c.t1) > 0;
    if (legalAfter) companyAfter[k] = 1;
    const legal = legalAfter && org;
    if (legal) suffixed[k] = 1;
    // Capitals say "part of a longer name" only in English; other languages get stricter rules below.
    const out =
      (!exact && english && insideUnknownName(lex, tk, c, known, legal)) ||
      (R.fragments && english && inLongerName(text, tk, c.t0, c.t1, known, startsName, exact)) ||
      // A longer name that exists ("Georgia O'Keeffe", "Munich Re") and that the index does not hold.
      (R.fragments && english && !!knownNames && inKnownName(knownNames, tk, c.t0, c.t1)) ||
      (R.fragments && english && longerNameShape(k));
    if (out) return null;
    // "GM of Canada spokeswoman", "Toyota of Canada president": a firm's name, "of" and a place before one
    // of its officers name the firm's national arm, of which the place is a part ("Hewlett-Packard Co of
    // Palo Alto said" is where a company is: a legal form before "of").
    if (R.fragments && english && place && !(kinds[k] & K_ALL_PERSON) && firmArmOf(k)) return null;
    const q = quotedSpan(text, tk, c.t0, c.t1);
    // "North India", "South Sudan" unknown: a compass word before a place is part of its name.
    if (R.fragments && !multi && english && COMPASS.at(tk, c.t0) && c.t1 < tk.count && tk.gap[c.t1] === Gap.Space && tk.flags[c.t1] & TokFlag.Cap) return null;
    // "Akoko South-West", "Lagos West": a compass name right after a name word ends that longer name.
    if (R.fragments && english && c.t0 > 0 && tk.gap[c.t0] === Gap.Space && tk.flags[c.t0 - 1] & TokFlag.Cap && tk.flags[c.t0 - 1] & TokFlag.Alpha && !FUNCTION_WORDS.at(tk, c.t0 - 1) && !TITLE_WORDS.at(tk, c.t0 - 1) && COMPASS_NAME.allAt(tk, c.t0, c.t1)) return null;
    // "North, Central and South America", "East and West Germany": a lone compass word shares the name.
    if (R.fragments && !multi && english && COMPASS.at(tk, c.t0) && sharedCompassName(text, tk, c.t1, COMPASS)) return null;
    // "an EP", "a VIP lounge": an acronym after "a"/"an" is a word, not a name.
    if (R.titles && exact && !multi && c.t0 > 0 && tk.gap[c.t0] === Gap.Space && (tk.keyIs(c.t0 - 1, 'a') || tk.keyIs(c.t0 - 1, 'an')) && !(tk.flags[c.t0 - 1] & TokFlag.Cap)) return null;
    const ofName = R.fragments && nameOfAfter(tk, c.t1);
    const speaks = R.namesakes && !multi && c.t1 < tk.count && tk.gap[c.t1] === Gap.Space && SPEECH_VERBS.at(tk, c.t1);
    if (R.titles && !exact && q?.title && english) return null;
    const work = R.titles && (afterWorkWord(tk, c.t0) || beforeWorkWord(tk, c.t1) || definedAsWork(text, tk, c.t1) || magazineTitle(tk, c.t0, c.t1) || starredIn(tk, c.t0) || givenName(tk, c.t0, c.t1));
    // ".DJI", ".MIAPJ0000PUS": a Reuters instrument code (a period before, a space before that) is no name.
    if (R.titles && instrumentCode(text, c.start)) return null;
    // "BPA-free bottles", "PFAS-free": an acronym something is free of is a substance, not the agency or
    // firm of those letters ("a Huawei-free network", "a Trump-free convention" still name them; "US-free
    // trade" is a free-trade deal).
    if (R.titles && exact && !multi && tk.flags[c.t0] & TokFlag.AllCaps && text.charCodeAt(c.end) === 45 && /^-free\b(?!\s+trade)/i.test(text.slice(c.end, c.end + 12))) return null;
    // "the planet Mercury", "the ship Enterprise": the thing, not the firm or the town.
    if (R.titles && afterThingWord(tk, c.t0)) return null;
    // "1 Fresno chile", "Brussels sprouts", "a Boston terrier": a thing named after the place.
    if (R.titles && namedThingAfter(tk, c.t1)) return null;
    const asWord = R.titles && english && nameAsWord(tk, c.t0, c.t1);
    const poss = R.namesakes && possessive(tk, c.t0, c.t1);
    const aged = R.namesakes && ageAfter(text, tk, c.t1);
    let cue = cueAt(k);
    if (!cue && R.namesakes && hostOrPlaceBefore(tk, c.t0)) cue = { type: 'place' };
    // In a match report "at Ireland", "against Spain" name the team, not the place.
    let near: number | undefined;
    if (cue?.type === 'place' && c.t0 > 0 && SPORTS_NOT_PLACE.at(tk, c.t0 - 1) && (near = nearOf(k)) >= 2) cue = null;
    const suffix = R.namesakes ? placeSuffix(text, tk, c.t1) : 0;
    // "Redmond, Washington-based": a town and a comma before say which kind the "-based" place is.
    if (suffix) cue = { type: 'place', kinds: listKinds[k] ?? (suffix === 2 ? PLACE_KINDS.city : undefined) };
    else if (R.namesakes && (placeCue[k] || listCue[k])) cue = { type: 'place', kinds: listKinds[k] ?? (cue?.type === 'place' ? cue.kinds : undefined) };
    const subject = c.t1 < tk.count && tk.gap[c.t1] === Gap.Space && SUBJECT_VERBS.at(tk, c.t1);
    // An acronym among words in capitals ("LOWE'S COMPANIES INC.") may be any word in capitals.
    // ("WHO IS THE FRONT-RUNNER?": two short words in capitals after it say so too.)
    const shouting =
      exact &&
      ((c.t0 > 0 && tk.gap[c.t0] === Gap.Space && allCapsWord(tk, c.t0 - 1)) ||
        (c.t1 < tk.count && tk.gap[c.t1] === Gap.Space && (allCapsWord(tk, c.t1) || (c.t1 + 1 < tk.count && tk.gap[c.t1 + 1] === Gap.Space && capsWord(tk, c.t1) && capsWord(tk, c.t1 + 1)))));
    // The surname alone, or with a possessive the alias holds ("Cohen's", a shop).
    const someonesSurname =
      R.namesakes && english && (!multi || (c.t1 - c.t0 === 2 && tk.keyIs(c.t0 + 1, 's'))) && notPerson && someoneNamed(c.t0);
    // (The fields read on first need too, undefined for now: one object shape for every span.)
    return { q, ofName, speaks, work, asWord, poss, aged, cue, near, weak: undefined, sharedParty: undefined, pastVerb: undefined, wear: undefined, subject, shouting, someonesSurname, hasPlace: place };
  };
  // The rules that rule an option out whatever the article's context, apart from those that read it
  // (decide): both passes decide most spans, and this half is read once per option (fixedOut).
  // One byte per option of every candidate, candidate k's from optionStart[k]: one array per find.
  const fixedOut = new Uint8Array(optionStart[cands.length]);
  const ruledOutHere = (k: number, o: Option, e: CompiledEntity, f: SpanWords): boolean => {
    const c = cands[k];
    const multi = c.t1 - c.t0 > 1;
    const exact = exactSpan(k);
    const { q, ofName, speaks, work, asWord, cue, someonesSurname } = f;
    // (Pure, read on first need: the rules that ask test the option's kind first.)
    const sportsHere = () => (f.near ??= nearOf(k)) >= 2;
    const teamOfSomeSport = () => (f.near ??= nearOf(k)) === 3;
    const opts = options[k];
    // The entity's fields once, in locals: the rules read them again and again, around calls.
    const { type, subtype, prominence, country } = e;
    const team = isTeam(e);
    // "lots of NAS, but": a word in capitals amid lower-case words is an acronym, not a person whose name
    // only a heading would set in capitals ("Nas"); a name written so by its bearer is an exact alias ("AOC").
    if (type === 'person' && !multi && !(o.flags & AliasFlag.CaseSensitive) && capsAmidLower(tk, c.t0)) return true;
    // "By DAVID FIRESTONE": a full name in capitals rules out the one-name figure (King David) where the
    // span may be something else too (David, Panama); a span of people only is dropped before (capsNameGoesOn).
    if (type === 'person' && !multi && !(kinds[k] & K_ALL_PERSON) && capsNameGoesOn(tk, c.t0, c.t1, known, () => isFirstName(lex, tk.key(c.t0)), (t) => !FUNCTION_WORDS.at(tk, t) && !TITLE_WORDS.at(tk, t))) return true;
    // Only a company has a legal suffix: "Georgia Inc." is not the state.
    if (suffixed[k] && type !== 'organization') return true;
    // "San Jose Mercury News", "Lexus Philippines": a place right before an outlet's, team's or
    // school's name, or right after a company's, is part of that name (the paper, the national arm).
    if (R.fragments && type === 'place' && placeInOrgName(k, e)) return true;
    // "Walt Disney Co.": a person's name with a legal suffix is the company named after them.
    if (companyAfter[k] && type === 'person') return true;
    // "the Chinese CDC", "the Indian Congress": another nation's own body of that name, not this one.
    if (R.namesakes && type === 'organization' && !!country && STATE_BODY_KINDS.has(subtype ?? '') && foreignDemonymBefore(tk, c.t0, c.t1, country)) return true;
    // "the Michigan Department of Health and Human Services": a state's or city's own body, not the
    // nation's one of the same name.
    if (R.namesakes && type === 'organization' && BODY_HEADS.at(tk, c.t0) && localBody(k)) return true;
    // A work's title ("the film Batman", a place alone in quotes) is not the place or person.
    if ((work || (R.titles && q?.whole)) && (type === 'place' || (work && type === 'person'))) return true;
    // "the John Lewis store": a shop named like a little-known person (context.ts); "the Taylor Swift store" is hers.
    if (R.titles && type === 'person' && prominence < RESOLVE.worldName && shopAfterName(tk, c.t1, subtype)) return true;
    // "starred as Batman", "dressed as Batman": a character's name, no town.
    if (R.titles && type === 'place' && CITY_KINDS.has(subtype ?? '') && !f.poss && asCharacter(tk, c.t0)) return true;
    // "Western District of New York", "State Department of Health": the name goes on with "of".
    if (ofName && type !== 'person' && !(type === 'place' && STATE_KINDS.has(subtype ?? ''))) return true;
    // "York said", "Harper remembered": a little-known place does not speak; a person does.
    if (speaks && cue?.type !== 'place' && type === 'place' && prominence < RESOLVE.speakingPlace) return true;
    // "Braun said" after "Scooter Braun": the person, unless the words say place ("in Braun").
    if (someonesSurname && type !== 'person' && !(type === 'place' && cue?.type === 'place')) return true;
    if (R.namesakes && english && type !== 'organization' && (cue?.type !== 'place' || stakeIn(tk, c.t0)) && prominence < RESOLVE.worldName && unknownCompany(c)) return true;
    // "Milton, Mass." is no Canadian town: a US state after the name rules out another country's place.
    if (R.namesakes && type === 'place' && !!country && country !== 'US' && stateAfter(text, tk, c)) return true;
    // "Dover, Kent", "Marlborough, Wiltshire": a British county does the same (british-counties.ts).
    if (R.namesakes && type === 'place' && !!country && ruledOutByCounty(text, tk, c.t0, c.t1, country)) return true;
    if (R.namesakes && type === 'place' && !!country && subtype !== 'country' && appositiveAt(k) && appositiveAt(k) !== country) return true;
    // "the Red Sea" is the sea, not Egypt's governorate named after it.
    if (R.level && type === 'place' && REGION_KINDS.has(subtype ?? '') && !cue?.kinds && waterName(tk, c.t0, c.t1)) return true;
    // "the German capital" is no parish called German; "ancient Greece" is not today's country.
    if (R.titles && !multi && type === 'place' && prominence < RESOLVE.anchorProminence && DEMONYM_WORDS.at(tk, c.t0)) return true;
    if (R.level && type === 'place' && c.t0 > 0 && tk.gap[c.t0] === Gap.Space && tk.keyIs(c.t0 - 1, 'ancient')) return true;
    // "Washington Gov. Jay Inslee", "New York Sen. Chuck Schumer": the state, not its namesake city.
    if (R.level && type === 'place' && country === 'US' && CITY_KINDS.has(subtype ?? '') && stateOfficeAfter(tk, c.t1) && opts.some((o2) => !o2.partialOnly && ents[o2.entity].type === 'place' && STATE_LEVEL.has(ents[o2.entity].subtype ?? '') && ents[o2.entity].country === country)) return true;
    // "a scholar at Berkeley", "At Sheffield, Kroto obtained a BSc degree": the university, not the town.
    if (R.namesakes && type === 'place' && CITY_KINDS.has(subtype ?? '') && universityTownAt(tk, c.t0, c.t1)) return true;
    // "the Lewis County town of Ireland" is no country.
    if (R.level && type === 'place' && subtype === 'country' && (townOf(tk, c.t0) || definedAsPartOfCountry(tk, c.t1))) return true;
    if (R.namesakes && type === 'organization' && suffixCountryClash(tk, c.t1, country)) return true;
    // "the Dallas Fed": a regional Federal Reserve Bank, neither the city nor the System.
    if (R.fragments && ((type === 'place' && regionalFedAt(text, tk, c.t1)) || (subtype === 'central-bank' && !multi && regionalFedAt(text, tk, c.t0)))) return true;
    if (R.namesakes && type === 'organization' && prominence < RESOLVE.anchorProminence && countryBeforeClash(tk, cands, options, ents, k, country)) return true;
    if (R.fragments && type === 'organization' && placeBeforeForeignBody(text, tk, cands, options, ents, k, e)) return true;
    // "The RAF was a terrorist group": not the air force.
    if (R.namesakes && type === 'organization' && subtype !== 'armed-group' && definedAsArmedGroup(tk, c.t1)) return true;
    // "John Williams, the president of the Federal Reserve Bank": a role the index's person of that
    // name (a composer) never had is someone else's.
    if (R.namesakes && type === 'person' && roleRulesOut(roleHere(k), subtype)) return true;
    if (R.namesakes && type === 'person' && roleRulesOutMinorPolitician(() => roleHere(k), subtype, prominence)) return true;
    if (type === 'organization' && foreignSpelling(k)) return true;
    // "a Panama hat", "a Caesar salad": a thing named after the place (or the person), not it.
    // "176 Hong Kong dollars", "the Singapore dollar": the currency, not the place.
    if (R.titles && type === 'place' && currencyAfter(tk, c.t0, c.t1)) return true;
    if (R.titles && (type === 'place' || type === 'person') && (f.wear ??= namedWearOrDishAfter(tk, c.t1)) && (type === 'place' || f.wear === 2)) return true;
    // "Braun, 38, who reps …": a firm has no age ("Texas, 38, and Ohio, 18": a place may have a number).
    if (f.aged && type === 'organization') return true;
    // "John Smith, 34, of Springfield, was arrested": a private person, not the index's namesake (only
    // the few the world knows by surname alone are ever written so).
    if (f.aged && type === 'person' && prominence < RESOLVE.knownBySurname && ageAndHomeAfter(text, tk, c.t1, countryAt)) return true;
    // "Zara's husband": a firm or a place has no kin.
    if (R.namesakes && !multi && type !== 'person' && kinAfterPossessive(tk, c.t1)) return true;
    // "the basement of The Queen Victoria": a pub, not the queen.
    if (R.titles && type === 'person' && english && (TITLE_WORDS.at(tk, c.t0) ? theBeforeTitle(tk, c.t0) : c.t0 > 0 && TITLE_WORDS.at(tk, c.t0 - 1) && theBeforeTitle(tk, c.t0 - 1))) return true;
    // "21 Trump cards": a name used as a word.
    if (asWord && type === 'person') return true;
    // Sports stories name teams after places: a place only where the words say place; a team only there.
    if (type === 'place' && cue?.type !== 'place' && PLACE_TEAM_KINDS.has(subtype ?? '') && sportsHere()) return true;
    if (R.teams && team && f.hasPlace && !sportsHere()) return true;
    // "LSU coach Les Miles", "Stanford quarterback X": a university with a team's role after it is its
    // team, which the index does not hold.
    if (R.teams && type === 'organization' && UNIVERSITY_KINDS.has(subtype ?? '') && (teamRoleAfter(tk, c.t1) || teamOfSomeSport() || (sportsHere() && (positionAfter(tk, c.t1) || trophyAfter(tk, c.t1))))) return true;
    if (team && (subtype === 'national-team' || prominence < RESOLVE.anchorProminence) && f.hasPlace && teamOfSomeSport()) return true;
    // "HC CSKA Moscow": another sport's club of a football club's name.
    if (R.teams && team && otherSportClubBefore(tk, c.t0)) return true;
    // A hockey or tennis story's "Minnesota", "France": our place-named teams are football teams.
    if (otherSport && team && f.hasPlace) return true;
    // "the Republic of Ireland national team": the team, never the country; "national rugby team": not
    // our football team either.
    if (R.teams && (type === 'place' || team) && c.t1 < tk.count && tk.keyIs(c.t1, 'national')) {
      const national = nationalTeamAfter(tk, c.t1);
      if (national && (type === 'place' || national === 2)) return true;
    }
    // "the SEC championship game", "All-SEC": a conference, not the agency.
    if (R.teams && exact && !multi && type === 'organization' && !team && tk.flags[c.t0] & TokFlag.AllCaps && leagueAcronym(text, tk, c.t0, c.t1)) return true;
    // "Edmonton visits Vancouver" in a hockey report: in a sports story with no word of football's, a
    // little-known club named like a place is not guessed (the index's are football clubs; Liverpool
    // F.C. in a Premier League report still is).
    if (R.teams && sports && signal.football === 0 && team && f.hasPlace && prominence < RESOLVE.anchorProminence) return true;
    // "LSU" in a college football report is its team, which the index does not hold.
    if (R.teams && sports && !multi && type === 'organization' && UNIVERSITY_KINDS.has(subtype ?? '')) return true;
    // "won the Rugby World Cup final against France": another sport's words right there.
    if (R.teams && !sports && team && f.hasPlace && otherSportNearby(text, tk, c.t0, c.t1)) return true;
    return false;
  };
  const decide = (k: number, ctx: ArticleContext): Decision | null => {
    let f = feats[k];
    // A span that only a part of a name matches ("Hilton" of a hotel's full name) is never marked
    // here: no need to read its words (two in five candidates on news).
    if (f === undefined) feats[k] = f = kinds[k] & K_PARTIAL_ONLY ? null : wordsAround(k);
    if (f === null) return null;
    const c = cands[k];
    const multi = c.t1 - c.t0 > 1;
    const exact = exactSpan(k);
    const { poss, cue, subject, shouting } = f;
    // (Pure, read on first need: the rules that ask test the option's kind first.)
    const sportsHere = () => (f.near ??= nearOf(k)) >= 2;
    const opts = options[k];
    const scored: { o: Option; s: number }[] = [];
    const at = optionStart[k];
    for (let j = 0; j < opts.length; j++) {
      const o = opts[j];
      if (o.partialOnly) continue;
      const e = ents[o.entity];
      if (fixedOut[at + j] === 0) fixedOut[at + j] = ruledOutHere(k, o, e, f) ? 2 : 1;
      if (fixedOut[at + j] === 2) continue;
      const { type, subtype, prominence, country } = e;
      const team = isTeam(e);
      const context = contextScore(e, o.entity, ctx);
      const csSelf = (context & CS_SELF) !== 0;
      const csRelated = (context & CS_RELATED) !== 0;
      const csTied = (context & CS_TIED) !== 0;
      const csCountry = (context & CS_COUNTRY) !== 0;
      // "VIP", "DNA": the acronym of a foreign party or group needs the article to be about its country.
      // So does a foreign company's, bank's or operator's ("NBC" is no Canadian bank in a Chicago story).
      if (R.namesakes && exact && !multi && type === 'organization' && country && FOREIGN_ACRONYM_KINDS.has(subtype ?? '') && prominence < RESOLVE.foreignAcronym && !csSelf && !csRelated && !csCountry) continue;
      // "David and Victoria", "Adelson's wife, Miriam": a first name alone is someone the article knows,
      // not the king, the queen or the prophetess, unless a title says so or they are in play (longer-names.ts).
      if (R.namesakes && !multi && (type === 'person' || type === 'place') && cue?.type !== 'person' && !csSelf && !csTied && privateName(k)) continue;
      // "Mary lives in the United States": a one-name figure whose name is a common first name, named
      // once, with no title and nothing tied to it, is someone the index does not hold. Named again
      // ("Mark said … Mark added") it still is, unless the figure goes by a stage name (a singer, a
      // player: "Adele"); a king, a saint or an evangelist needs the title or words of their walk of life.
      if (R.namesakes && !multi && type === 'person' && cue?.type !== 'person' && !csSelf && !csTied && !csRelated && !/\s/.test(e.name) && firstNameAt(c.t0) && (!recurs(k) || !stageNamed(subtype)) && !patronymicAfter(tk, c.t1) && !walkWordNear(tk, c.t0, c.t1, subtype)) continue;
      // "a surfer from the Northeast" is no Icelandic region, "the National Capital" in a Delhi story no
      // Papua New Guinean one: a region named by compass and other generic words alone needs a tie to its
      // country.
      if (R.level && type === 'place' && REGION_KINDS.has(subtype ?? '') && !!country && !csSelf && !csRelated && !csCountry && GENERIC_REGION_WORDS.allAt(tk, c.t0, c.t1)) continue;
      // "near Saida, one of southern Lebanon's main cities" is no Algerian town: a little-known town of a
      // country nothing in the article is from or tied to, in an article whose anchors are elsewhere.
      if (R.namesakes && type === 'place' && CITY_KINDS.has(subtype ?? '') && prominence < RESOLVE.anchorProminence && !csSelf && !csRelated && !csCountry && ctx.countries.size > 0 && !placeCue[k]) continue;
      // "the Ministry of Transport" of a country the article is not about; "General Electric Co Plc".
      if (R.namesakes && type === 'organization' && prominence < RESOLVE.anchorProminence && !csSelf && !csRelated && !csCountry && genericBodyName(e.name)) continue;
      // "Smith's": a possessive reads as a person's unless the place is well known or already in play.
      if (poss && type === 'place' && prominence < RESOLVE.anchorProminence && !csSelf && !csRelated) continue;
      // "Dancing with the Stars": a team's nickname that is a word names the team only in a sports story.
      if (R.teams && team && o.commonOnly && !sportsHere() && !csSelf && !teamInPlay(ctx, ents)) continue;
      // "Camden, NJ", "a St. Louis native": a little-known company, agency or outlet that shares a
      // place's name, or stands where "City, ST" says place, is not read there unless named in full.
      if (R.namesakes && type === 'organization' && !team && prominence < RESOLVE.anchorProminence && !csSelf && (f.hasPlace || placeCue[k] || stateAfter(text, tk, c))) continue;
      // "Fiona Hill" in a Washington story is not the British namesake: a little-known person from
      // a country nothing else in the article is from needs the words to say person.
      // Office holders are many and share common names: the gate reaches higher for them ("Andrew Yang"
      // in a US campaign story is not the Taiwanese minister).
      const officeHolder = OFFICE_KINDS.has(subtype ?? '');
      if (R.namesakes && type === 'person' && prominence < (officeHolder ? RESOLVE.obscureOfficeHolder : RESOLVE.obscurePerson) && country && !csTied && cue?.type !== 'person' && !otherAnchorFrom(ctx, country, csSelf)) continue;
      // "The Times", "the Post": a masthead word many papers share names the paper of the story's country,
      // most often the one it is written for (an LA story's "The Times"): the index's paper needs another
      // name of its country in the article, or another paper of its country ("The Sun and The Times").
      if (R.namesakes && type === 'organization' && subtype === 'news-outlet' && country && !csTied && !otherAnchorFrom(ctx, country, csSelf) && mastheadOnly(tk, c.t0, c.t1) && !outletOfCountryBesides(k, country)) continue;
      // "The Washington Post reported … The Post said": a masthead alone after a longer name of a paper
      // ending in that word is that paper (coreference's), not the index's paper of the short name.
      if (R.namesakes && type === 'organization' && subtype === 'news-outlet' && !csTied && mastheadOnly(tk, c.t0, c.t1) && longerMastheadBefore(k, o.entity)) continue;
      // "Chris Smith" in a box score is a player, not the congressman.
      if (R.namesakes && officeHolder && prominence < RESOLVE.obscureOfficeHolder && !csTied && cue?.type !== 'person' && sportsHere()) continue;
      // "said John Roth, vice president of business development": in a story that is not about
      // government a little-known office holder with a common family name is most likely a
      // namesake the index does not hold ("Jim Bridenstine" is a rarer name).
      if (R.namesakes && officeHolder && prominence < RESOLVE.obscureOfficeHolder && !csTied && cue?.type !== 'person' && commonName(c) && !(country && ctx.politicalCountries?.has(country)) && !politicalStory(tk)) continue;
      if (!english && !multi && !exact && (o.commonOnly || (prominence < RESOLVE.otherLanguageProminence && !csSelf))) continue;
      // "4K Smart HDTV", "DJI Mavic Mini": a brand that is a word, inside a run of capitalized words, is
      // part of a product's name.
      if (R.fragments && o.commonOnly && type === 'organization' && !multi && !csSelf && inCapitalRun(tk, c.t0, c.t1, known)) continue;
      // "Labour", "Labor": a common word that parties of several countries go by is the party of a country
      // the article names or ties to, and no other.
      if (R.namesakes && o.commonOnly && type === 'organization' && subtype === 'party' && !csSelf && !csRelated && !csCountry && (f.sharedParty ??= commonPartyNamesakes(opts, ents))) continue;
      if (o.commonOnly) {
        // A common word ("Chad", "Nice", "Reading") counts only where it reads as a name.
        // A dateline in capitals ("BUFFALO, N.Y.") reads as a name.
        if (!(tk.flags[c.t0] & TokFlag.Cap) || (tk.flags[c.t0] & TokFlag.AllCaps && !placeCue[k])) continue;
        // "China's economy", "Japan bought": a well-known name opening a sentence with a possessive or a
        // past-tense verb after it is the name ("china" the word takes an article there).
        const support = csSelf || csRelated || cue?.type === type || ((subject || poss) && prominence >= RESOLVE.anchorProminence) || (prominence >= RESOLVE.worldName && (f.pastVerb ??= pastVerbAfter(tk, c.t1)));
        if (!support && (f.weak ??= weakCasePosition(tk, c.t0))) continue;
        // "the Enterprise", "the Mobile app": a town whose name is a word does not take "the" (a tie
        // through the country alone says nothing: a town called Enterprise is in the US like the story).
        if (R.titles && type === 'place' && CITY_KINDS.has(subtype ?? '') && c.t0 > 0 && tk.gap[c.t0] === Gap.Space && tk.keyIs(c.t0 - 1, 'the') && !(tk.flags[c.t0 - 1] & TokFlag.Cap) && !(csSelf || csTied || cue?.type === 'place')) continue;
      }
      if (exact && !multi && (shouting || prominence < RESOLVE.acronymProminence) && !(csSelf || csRelated || csCountry || cue?.type === type)) continue;
      // In a sports story the bare place name is the team: as sure a reading as the place would be.
      let prior = prominence;
      if (team && cue?.type !== 'place' && sportsHere()) {
        for (const x of opts) if (ents[x.entity].type === 'place' && !x.partialOnly) prior = Math.max(prior, ents[x.entity].prominence);
      }
      let s = RESOLVE.wProminence * prior;
      if (csSelf) s += RESOLVE.wSelf;
      else if (csRelated) s += RESOLVE.wRelated;
      else if (csCountry) s += RESOLVE.wCountry;
      if (cue) {
        if (cue.type === type) {
          s += RESOLVE.wCueMatch;
          if (cue.kinds && subtype && cue.kinds.includes(subtype)) s += RESOLVE.wKindMatch;
        } else if (cue.type === 'person' || type === 'person') s -= RESOLVE.wCueClash;
        else if (type === 'organization') s -= RESOLVE.wCueClash / 4;
      }
      // A region that shares its name with a city or country of the same country is the
      // less likely reading, unless the words say "province of".
      // A city that shares its name with its country or territory ("Gibraltar", "Singapore") is
      // the less likely reading too.
      if (type === 'place' && subtype && !cue?.kinds?.includes(subtype)) {
        const region = REGION_KINDS.has(subtype);
        const city = CITY_KINDS.has(subtype);
        if (region || city) {
          for (const o2 of opts) {
            const e2 = ents[o2.entity];
            if (o2 === o || o2.partialOnly || e2.type !== 'place' || e2.country !== country || !e2.subtype) continue;
            // ...unless the region is the clearly better known (Quebec, not Québec City).
            if (region ? !REGION_KINDS.has(e2.subtype) && e2.prominence + RESOLVE.regionOverCity > prominence : STATE_KINDS.has(e2.subtype)) {
              s -= RESOLVE.wRegionSibling;
              break;
            }
          }
        }
      }
      scored.push({ o, s });
    }
    if (scored.length === 0) return null;
    if (scored.length > 1) bestThreeFirst(scored);
    let best = scored[0];
    let gap = scored.length > 1 ? best.s - scored[1].s : Infinity;
    // Namesake places of one country (Hong Kong the city and the territory, Homs the city and
    // the governorate) are one place to a reader: no margin needed between them. A brand and the firm
    // that owns it ("Shell", "Shell plc") are one too: the firm is meant.
    if (gap < RESOLVE.margin && siblings(ents[best.o.entity], ents[scored[1].o.entity])) {
      if (ents[best.o.entity].type === 'organization' && FIRM_FORM.test(ents[scored[1].o.entity].name)) best = scored[1];
      gap = scored.length > 2 ? scored[0].s - scored[2].s : Infinity;
    }
    if (gap < RESOLVE.margin) return null;
    // The right level: "Kandahar province", "the state of Mexico" name the region; its capital is not it.
    const be = ents[best.o.entity];
    if (R.level && cue?.kinds && be.type === 'place' && be.subtype && CITY_KINDS.has(be.subtype) && !cue.kinds.includes(be.subtype) && cue.kinds.some((x) => REGION_KINDS.has(x))) return null;
    let score: number;
    if ((multi || exact) && scored.length === 1) score = cue && cue.type !== ents[best.o.entity].type ? 0.6 : 0.95;
    else if (scored.length === 1) {
      if (best.s < RESOLVE.singleMin) return null;
      score = Math.min(0.95, 0.6 + best.s / 2);
    } else {
      if (!multi && !exact && best.s < RESOLVE.singleMin) return null;
      score = Math.min(0.95, 0.5 + gap / 2);
    }
    if (score < RESOLVE.minScore) return null;
    return { entity: best.o.entity, score, gap };
  };

  // Pass 1: anchors, decided without context: multi-word names, prominent names, acronyms of
  // prominent entities. They become the article's context for pass 2.
  const empty = buildContext(lex, new Set());
  const anchors = new Set<number>();
  const weak = new Set<number>();
  const strong = new Set<number>();
  cands.forEach((c, k) => {
    const multi0 = c.t1 - c.t0 > 1;
    // Only a prominent option (not surname-only) of a one-word span can anchor: the others wait for pass 2.
    if (!multi0 && !(top[k] >= RESOLVE.anchorProminence)) return;
    const d = decide(k, empty);
    if (!d) return;
    const e = ents[d.entity];
    const multi = c.t1 - c.t0 > 1;
    // An acronym anchors only for a well-known entity: "VPN" must not vouch for itself.
    if (multi || e.prominence >= RESOLVE.anchorProminence) {
      anchors.add(d.entity);
      // "Georgia" read as the country by prominence alone must not vouch for itself against the US state
      // that "Atlanta" supports: a country anchored only by a name a region shares is weak.
      const rivals =
        e.type === 'place' &&
        e.subtype === 'country' &&
        options[k].some((o) => !o.partialOnly && o.entity !== d.entity && ents[o.entity].type === 'place' && REGION_KINDS.has(ents[o.entity].subtype ?? '') && ents[o.entity].prominence >= e.prominence / 2);
      if (!multi && rivals) weak.add(d.entity);
      else strong.add(d.entity);
    }
  });
  for (const i of strong) weak.delete(i);
  const ctx = buildContext(lex, anchors, weak);

  // Pass 2: decide every span with the article's context.
  const mentions: (Mention | null)[] = cands.map((c, k) => {
    const d = decide(k, ctx);
    if (!d) return null;
    // Titles are not part of the name: "President Trump" marks "Trump".
    let t0 = c.t0;
    // Only a person's: "St. Louis" is the city's whole name.
    while (ents[d.entity].type === 'person' && t0 < c.t1 - 1 && TITLE_WORDS.at(tk, t0) && !(tk.flags[t0] & TokFlag.AllCaps)) t0++;
    const start = tk.start[t0];
    const end = ents[d.entity].type === 'organization' ? legalSuffixEnd(text, tk, c.t1) ?? c.end : c.end;
    return {
      start,
      end,
      text: text.slice(start, end),
      id: ents[d.entity].id,
      score: Math.round(d.score * 1000) / 1000,
      via: 'alias' as const,
    };
  });
  // "the plant in London would close" in a story about Ontario: London, Ontario (place-level.ts).
  if (R.namesakes) townsOfMarkedRegions(tk, cands, mentions, options, ents);
  // "Portland" in a story about Maine: the town of a state the story marks (place-level.ts).
  const towns = knownNames?.towns;
  if (R.namesakes && !sports && towns?.size) townOfNamedState(text, cands, mentions, options, ents, towns, placeCue, (e) => e.type === 'place' && CITY_KINDS.has(e.subtype ?? '') && e.prominence < RESOLVE.worldName);
  // "President Reagan": a title of office before a bare surname the article gives no full name for.
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    if (mentions[k] || !R.namesakes || !english || c.t1 - c.t0 !== 1 || !(kinds[k] & K_PARTIAL_ONLY) || (tk.flags[c.t0] & TokFlag.AllCaps)) continue;
    const pick = titledSurname(tk, c.t0, options[k], ents);
    // Not where the article names someone else of that surname the index does not hold.
    if (pick < 0 || someoneNamed(c.t0)) continue;
    mentions[k] = { start: c.start, end: c.end, text: text.slice(c.start, c.end), id: ents[pick].id, score: 0.8, via: 'alias' };
  }
  // A suffix taken into a company's mark ("INC.") is no name of its own.
  for (let k = 1, end = -1; k < mentions.length; k++) {
    const p = mentions[k - 1];
    if (p) end = p.end;
    const m = mentions[k];
    if (m && m.start < end) mentions[k] = null;
  }
  return { mentions, options, ctx, extra };
}
