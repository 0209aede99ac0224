/**
 * The right level of place (issue 12), read over an article or a list; found on ELEVANT's tuning sets
 * (a Reuters crop report names Argentina's provinces "Cordoba, Santa Fe and Chaco" and the linker took
 * the cities; "the states of Sao Paulo, Parana and Rio Grande do Sul").
 *
 * - A kind the words give the first item of a list carries along the list: "the states of X, Y and Z".
 * - "Buenos Aires province" once: the name is the province elsewhere in the article too, where the
 *   words at it give no kind (one sense per article).
 * - An article that says "province" and names two or more regions of one country that are nothing
 *   else ("Entre Rios", "Misiones") speaks of that country's regions: a name that is a city and a region
 *   of that country reads as the region, unless the words at it give the kind ("the city of Cordoba")
 *   or the city is a world city ("the third Beijing resident" in a story about Inner Mongolia).
 */
import type { CompiledEntity, Mention } from '../types';
import type { Candidate } from './match';
import { Gap, TokFlag, WordSet, commaBefore, hashKey, type Tokens } from './tokenize';
import { usStateCode } from './us-states';

export const REGION_KINDS = ['region', 'province', 'state', 'governorate', 'county', 'district', 'prefecture', 'department'];
/** Subtypes of a first-level region, and of a town: one list for the resolver, this module and the scorer. */
export const REGIONS: ReadonlySet<string> = new Set(REGION_KINDS);
export const CITIES: ReadonlySet<string> = new Set(['city', 'town', 'village', 'capital']);
const PROVINCE = new WordSet(['province', 'provinces']);
const PROVINCE_HASH = hashKey('province');
const PROVINCES_HASH = hashKey('provinces');

const PLURAL_OF = new WordSet('provinces states regions'.split(' '));
/** "the states of X, …": a plural kind word and "of" before the list's first item. */
function pluralOf(tk: Tokens, t0: number): string[] | undefined {
  return t0 > 1 && tk.keyIs(t0 - 1, 'of') && PLURAL_OF.at(tk, t0 - 2) ? REGION_KINDS : undefined;
}

/**
 * "Los Angeles, Orange, Riverside and San Bernardino Counties": the token of a plural kind word that
 * closes a list going on after token t1 (", " / " and " / ", and " between items) through up to five
 * names the index does not hold, each of one to three capitalized words; -1 if none. The list stops at
 * `next` (where the next candidate starts: it reads its own tail). `isKind(t)` = token t is a plural kind word.
 */
export function kindWordAfterList(text: string, tk: Tokens, t1: number, next: number, isKind: (t: number) => boolean): number {
  let t = t1;
  for (let items = 0; items <= 4 && t < tk.count; items++) {
    if (tk.gap[t] === Gap.Space && isKind(t)) return t;
    if (t >= next) return -1;
    const and = tk.keyIs(t, 'and') || tk.keyIs(t, 'or');
    if (tk.gap[t] === Gap.Space && and) t++;
    else if (!commaBefore(text, tk, t)) return -1;
    // ", and": the comma, then the word.
    else if (and) t++;
    let u = t;
    while (u < next && u - t < 3 && (u === t || tk.gap[u] === Gap.Space) && tk.flags[u] & TokFlag.Cap && !isKind(u)) u++;
    if (u === t) return -1;
    t = u;
  }
  return t < tk.count && tk.gap[t] === Gap.Space && isKind(t) ? t : -1;
}

/** A place this prominent is what a reader takes the name for, whatever the article's level. */
const WORLD_CITY = 0.9;

/** "X province", "province of X" (not "District of New York": districts are many per state). */
function provinceAt(tk: Tokens, c: Candidate): boolean {
  if (c.t1 - c.t0 > 1 && PROVINCE.at(tk, c.t1 - 1)) return true;
  if (c.t1 < tk.count && tk.gap[c.t1] === Gap.Space && PROVINCE.at(tk, c.t1)) return true;
  return c.t0 > 1 && tk.keyIs(c.t0 - 1, 'of') && PROVINCE.at(tk, c.t0 - 2);
}

interface Opt { entity: number; partialOnly: boolean }

/** Fills `listKinds` (the kind each candidate's words give) for the two readings above. `kindAt(k)` =
 *  the kinds the words right at candidate k give, if any; `listed[k]` = k goes on the list before it. */
export function regionLevel(
  text: string,
  tk: Tokens,
  cands: Candidate[],
  options: Opt[][],
  ents: CompiledEntity[],
  listed: Uint8Array,
  listKinds: (string[] | undefined)[],
  kindAt: (k: number) => string[] | undefined,
): void {
  // "the states of Sao Paulo": a plural kind word says the kind of the name after it, and a list's
  // first kind carries along it.
  cands.forEach((c, k) => { if (!listKinds[k] && !listed[k]) listKinds[k] = pluralOf(tk, c.t0); });
  for (let k0 = 0; k0 < cands.length; ) {
    let k1 = k0;
    while (k1 + 1 < cands.length && listed[k1 + 1]) k1++;
    if (k1 > k0) {
      const kinds = listKinds[k0] ?? kindAt(k0);
      if (kinds) for (let j = k0 + 1; j <= k1; j++) listKinds[j] ??= kinds;
    }
    k0 = k1 + 1;
  }
  // "Buenos Aires province" once: the province wherever the name stands without a kind.
  const named = new Set<string>();
  // The matcher may have taken the kind word in ("Buenos Aires province", an alias of the region).
  // (No /\s+province$/: unanchored, it backtracks quadratically over a span's run of spaces.)
  const nameOf = (c: Candidate) => {
    const s = text.slice(c.start, c.end).toLowerCase();
    if (!s.endsWith('province')) return s;
    const h = s.slice(0, -8);
    const t = h.trimEnd();
    return t.length < h.length ? t : s;
  };
  // (Their first words first: most candidates share none, and nameOf makes a string.)
  const firstWords = new Set<number>();
  cands.forEach((c) => { if (provinceAt(tk, c)) named.add(nameOf(c)), firstWords.add(tk.hash[c.t0]); });
  if (named.size) cands.forEach((c, k) => { if (!listKinds[k] && firstWords.has(tk.hash[c.t0]) && !kindAt(k) && named.has(nameOf(c))) listKinds[k] = REGION_KINDS; });
  // Regions of one country that are nothing else, in an article that says "province".
  // Most texts never say "province": a native search first, the token pass only when it is there.
  let province = false;
  if (text.indexOf('province') >= 0) {
    // (The word's two hashes first: a compare per token, no probe.)
    const hash = tk.hash;
    for (let t = 0; t < tk.count && !province; t++) {
      const h = hash[t];
      province = (h === PROVINCE_HASH || h === PROVINCES_HASH) && !(tk.flags[t] & TokFlag.Cap) && PROVINCE.at(tk, t);
    }
  }
  if (!province) return;
  const regionsOf = new Map<string, Set<number>>();
  for (let k = 0; k < cands.length; k++) {
    // Every option a region of one country (no array made: most candidates fail on the first option).
    let country: string | undefined;
    let first = -1;
    let ok = true;
    for (const o of options[k]) {
      if (o.partialOnly) continue;
      const e = ents[o.entity];
      if (e.type !== 'place' || !REGIONS.has(e.subtype ?? '') || !e.country || (country !== undefined && e.country !== country)) { ok = false; break; }
      country = e.country;
      if (first < 0) first = o.entity;
    }
    if (!ok || country === undefined) continue;
    let s = regionsOf.get(country);
    if (!s) regionsOf.set(country, (s = new Set()));
    s.add(first);
  }
  const countries = new Set([...regionsOf].filter(([, s]) => s.size >= 2).map(([c]) => c));
  if (countries.size === 0) return;
  // (The rare condition first: a region of one of those countries among the options.)
  cands.forEach((_, k) => {
    if (listKinds[k]) return;
    const region = options[k].some((o) => !o.partialOnly && ents[o.entity].type === 'place' && REGIONS.has(ents[o.entity].subtype ?? '') && countries.has(ents[o.entity].country ?? ''));
    if (!region || kindAt(k)) return;
    if (options[k].some((o) => !o.partialOnly && ents[o.entity].type === 'place' && ents[o.entity].prominence >= WORLD_CITY && !REGIONS.has(ents[o.entity].subtype ?? ''))) return;
    listKinds[k] = REGION_KINDS;
  });
}

const STATE_KINDS = ['state', 'region', 'province'];

/**
 * "Poughkeepsie, New York", "Auburn, New York, in 1933": a name that is a state and a city, right
 * after another place's name and a comma, is the state (the city is not named after a town). Not in a
 * list ("Boston, New York and Chicago"), not after a state or country ("Texas, New York"), not at a
 * sentence's first word ("However, New York …" has no place before it).
 */
export function statesAfterTowns(
  text: string,
  tk: Tokens,
  cands: Candidate[],
  options: Opt[][],
  ents: CompiledEntity[],
  listed: Uint8Array,
  listKinds: (string[] | undefined)[],
): void {
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    if (listKinds[k] || listed[k] || (k + 1 < cands.length && listed[k + 1]) || c.t0 < 1) continue;
    const p = c.t0 - 1;
    // Most names have no comma right before them: test that character before making a string.
    if (text.charCodeAt(tk.end[p]) !== 44 || !(tk.flags[p] & TokFlag.Cap) || !(tk.flags[p] & TokFlag.Alpha) || !/^,\s+$/.test(text.slice(tk.end[p], tk.start[c.t0]))) continue;
    // The name before ends at p: a candidate (a town, not a state or country) or an unknown name.
    const prev = k > 0 && cands[k - 1].t1 === p + 1 ? k - 1 : -1;
    if (prev < 0 && (tk.flags[p] & TokFlag.SentStart || tk.flags[p] & TokFlag.AllCaps)) continue;
    if (prev >= 0 && options[prev].some((o) => !o.partialOnly && ents[o.entity].type === 'place' && !CITIES.has(ents[o.entity].subtype ?? ''))) continue;
    // "Xinhua News Agency, Moscow, August 31", "Reuters, Moscow": after a firm's or an agency's name the
    // comma is a dateline's or a list's, and the name is the city.
    if (prev >= 0 && options[prev].some((o) => !o.partialOnly) && options[prev].every((o) => o.partialOnly || ents[o.entity].type === 'organization')) continue;
    const opts = options[k].filter((o) => !o.partialOnly && ents[o.entity].type === 'place');
    const state = opts.find((o) => REGIONS.has(ents[o.entity].subtype ?? ''));
    if (!state || !opts.some((o) => CITIES.has(ents[o.entity].subtype ?? '') && ents[o.entity].country === ents[state.entity].country)) continue;
    listKinds[k] = STATE_KINDS;
  }
}

const WIRES = new WordSet('afp reuters ap upi xinhua dpa ansa efe kyodo yonhap tass'.split(' '));

/**
 * A dateline names a city: "Gaza 11-15 (AFP) -", "JERUSALEM (Reuters) -". A name at a line's start
 * followed, after only numbers and punctuation, by a news agency in parentheses reads as a city
 * (not the Gaza Strip).
 */
export function datelineCities(text: string, tk: Tokens, cands: Candidate[], listKinds: (string[] | undefined)[]): void {
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    if (c.t0 > 0 && tk.gap[c.t0] !== Gap.Break) continue;
    if (c.t0 > 0) {
      // A line break in the gap before the name (the gap only: lastIndexOf would scan back to the text's start).
      let nl = false;
      for (let i = tk.start[c.t0] - 1; i >= tk.end[c.t0 - 1] && !nl; i--) nl = text.charCodeAt(i) === 10;
      if (!nl) continue;
    }
    // "ATLANTA -- Former Marshall coach …", "DENVER — The Broncos …": a name in capitals, then a dash
    // between spaces, is a dateline too (in a sports story no team: the city the story is filed from).
    if (tk.flags[c.t0] & TokFlag.AllCaps && dashDateline(text, c.end)) {
      listKinds[k] ??= CITY_LIST;
      continue;
    }
    for (let t = c.t1; t < tk.count && t < c.t1 + 4; t++) {
      if (WIRES.at(tk, t)) {
        if (text.charCodeAt(tk.start[t] - 1) === 40) listKinds[k] ??= CITY_LIST;
        break;
      }
      if (tk.flags[t] & TokFlag.Alpha) break;
    }
  }
}
const CITY_LIST = ['city', 'town', 'capital'];

/** " -- ", " — ", " – " right at `end`, then a capital letter. */
function dashDateline(text: string, end: number): boolean {
  let i = end;
  if (text.charCodeAt(i) !== 32) return false;
  i++;
  const c = text.charCodeAt(i);
  if (c === 45 && text.charCodeAt(i + 1) === 45) i += 2;
  else if (c === 0x2014 || c === 0x2013) i++;
  else return false;
  if (text.charCodeAt(i) !== 32) return false;
  const n = text.charCodeAt(i + 1);
  return n >= 65 && n <= 90;
}

/** Heads of the names of seas, lakes, rivers and gulfs. */
const WATER_HEADS = new WordSet('sea seas ocean gulf lake river bay strait straits'.split(' '));

/** "the Red Sea", "the Black Sea": a name ending in a water body's head means the water, not a
 *  region named after it (Egypt's Red Sea governorate) unless the words say the kind. */
export function waterName(tk: Tokens, t0: number, t1: number): boolean {
  return t1 - t0 > 1 && WATER_HEADS.at(tk, t1 - 1);
}

const TOWN_WORDS = new WordSet('town towns village villages township hamlet'.split(' '));

/** "the town of Ireland", "the village of Lebanon": "<town word> of" before the name says a town of
 *  that name, never the country (the index's town of that name, if it holds one, is another option). */
export function townOf(tk: Tokens, t0: number): boolean {
  return t0 > 1 && tk.gap[t0] === Gap.Space && tk.keyIs(t0 - 1, 'of') && !(tk.flags[t0 - 1] & TokFlag.Cap) && tk.gap[t0 - 1] === Gap.Space && TOWN_WORDS.at(tk, t0 - 2) && !(tk.flags[t0 - 2] & TokFlag.Cap);
}

/** Offices of a US state, not of a city: "New York Gov. Andrew Cuomo", "Washington Sen. Patty
 *  Murray", "the New York governor". A mayor's is the city's; "Washington lawmakers" are as often
 *  Congress's, so lawmakers say nothing. */
const STATE_OFFICES = new WordSet('gov governor lt sen senator senators rep representative legislature assemblyman assemblywoman'.split(' '));

/** A state's office right after the name: where the name is both a state and a city (New York,
 *  Washington), it is the state. */
export function stateOfficeAfter(tk: Tokens, t1: number): boolean {
  return t1 < tk.count && tk.gap[t1] === Gap.Space && !(tk.flags[t1] & TokFlag.SentStart) && STATE_OFFICES.at(tk, t1);
}

const BE = new WordSet('is was'.split(' '));
/** ("state" is not among them: "Qatar is a small state in the Gulf" is a country.) */
const SUBNATIONAL = new WordSet('province region county district city town village municipality prefecture governorate'.split(' '));

/** "Macedonia is a province of Greece", "Lebanon is a small town in Pennsylvania": the next words define
 *  the name as a part of a country, so no country of that name is meant. */
export function definedAsPartOfCountry(tk: Tokens, t1: number): boolean {
  const t = t1;
  if (t + 3 >= tk.count || tk.gap[t] !== Gap.Space || !BE.at(tk, t) || tk.flags[t] & TokFlag.Cap) return false;
  let k = t + 1;
  if (!(tk.keyIs(k, 'a') || tk.keyIs(k, 'an'))) return false;
  k++;
  // One adjective may stand between: "a northern province of", "a small town in".
  if (!SUBNATIONAL.at(tk, k) && k + 1 < tk.count && !(tk.flags[k] & TokFlag.Cap)) k++;
  return k + 1 < tk.count && SUBNATIONAL.at(tk, k) && !(tk.flags[k] & TokFlag.Cap) && (tk.keyIs(k + 1, 'of') || tk.keyIs(k + 1, 'in'));
}

/** Candidate j starts at token t and every option it has is a person: "Seattle, Washington, Felix
 *  Hernandez" is a town and its state before a name, not a list of three places. */
export function personAt(cands: readonly { t0: number }[], options: readonly (readonly { entity: number }[])[], ents: readonly CompiledEntity[], j: number, t: number): boolean {
  if (j >= cands.length || cands[j].t0 !== t || !options[j].length) return false;
  for (const o of options[j]) if (ents[o.entity].type !== 'person') return false;
  return true;
}

/** Words that open an appositive placing a town: "Geneva, near the Alabama-Florida line", "Saida, one of
 *  southern Lebanon's main cities", "Rafah, in the southern Gaza Strip". */
const APPOSITIVE_OPENERS = new WordSet('near in outside one'.split(' '));
/** Words of a short phrase of place between the opener and the place: "near the", "one of southern". */
const PLACE_PHRASE = new WordSet('the of southern northern eastern western central north south east west northeastern northwestern southeastern southwestern'.split(' '));

/**
 * "Geneva, near the Alabama-Florida line", "Saida, one of southern Lebanon's main cities": the country of
 * the place an appositive right after candidate k's comma names (the next candidate, after at most a short
 * phrase of place), which a town of another country cannot be in; undefined when there is none. "near" counts only
 * before a state or a province (a border town is near another country: "Windsor, near Detroit").
 * `countryOf(j)` = the one country of candidate j's options, a country or a first-level region's.
 */
export function appositiveCountry(text: string, tk: Tokens, cands: readonly Candidate[], k: number, countryOf: (j: number, regionOnly: boolean) => string | undefined): string | undefined {
  const c = cands[k];
  const t = c.t1;
  if (t >= tk.count || text.charCodeAt(c.end) !== 44 || tk.flags[t] & TokFlag.Cap || !APPOSITIVE_OPENERS.at(tk, t)) return undefined;
  const j = k + 1;
  if (j >= cands.length || cands[j].t0 > t + 4) return undefined;
  // Only a short phrase of place between ("near the", "one of southern", "in northern"): "Doha, in an
  // effort to end the war in Afghanistan" says nothing of where Doha is.
  for (let u = t + 1; u < cands[j].t0; u++) if (tk.gap[u] !== Gap.Space || !PLACE_PHRASE.at(tk, u)) return undefined;
  if (tk.gap[cands[j].t0] !== Gap.Space) return undefined;
  return countryOf(j, tk.keyIs(t, 'near'));
}

/** A candidate whose places a state after it decided: `keep` = the places left (null: none was);
 *  `state` = the state's own candidate, when the state is one ("Columbus, Ohio"). */
export interface TownPair { k: number; keep: ReadonlySet<number> | null; state?: number }

/**
 * "The mayor of Columbus, Indiana, spoke. … Columbus has 50,000 people": a town that a state after it
 * showed the index does not hold (every place of that name ruled out) is the same town where the
 * article names it again alone: no namesake (Columbus, Ohio) there either; that candidate loses its
 * options. "CHARLESTON, W.Va. … Charleston officials": where the state chose among the index's towns,
 * the name again alone loses the other towns of that name (`town`: a town option, not a state, region
 * or world city: "Athens, Georgia … the Greek government in Athens" keeps Greece's capital in play).
 * In capitals or not, the name is the same; a candidate with a state of its own decides by it; where
 * two pairs chose differently, the name alone gets no mark. Only after the pair: before it the
 * reader has not been told ("Macron flew to Paris … Paris, Texas").
 */
export function sameTownLater<O extends { entity: number }>(text: string, tk: Tokens, cands: readonly Candidate[], options: O[][], pairs: readonly TownPair[], town: (o: O) => boolean): void {
  const nameOf = (k: number) => text.slice(cands[k].start, cands[k].end).toLowerCase();
  const byName = new Map<string, TownPair | 'clash'>();
  const sameKeep = (a: TownPair, b: TownPair) => (a.keep === null ? b.keep === null : b.keep !== null && a.keep.size === b.keep.size && [...a.keep].every((x) => b.keep!.has(x)));
  const firstAt = new Map<string, number>();
  for (const p of pairs) {
    const n = nameOf(p.k);
    const had = byName.get(n);
    byName.set(n, had === undefined || (had !== 'clash' && sameKeep(had, p)) ? had ?? p : 'clash');
    if (!firstAt.has(n)) firstAt.set(n, p.k);
  }
  const first = new Set(pairs.map((p) => tk.hash[cands[p.k].t0]));
  const own = new Set(pairs.flatMap((p) => (p.state === undefined ? [p.k] : [p.k, p.state])));
  for (let k = pairs[0].k + 1; k < cands.length; k++) {
    const c = cands[k];
    if (!first.has(tk.hash[c.t0]) || own.has(k)) continue;
    const n = nameOf(k);
    const p = byName.get(n);
    if (!p || firstAt.get(n)! > k) continue;
    // "Columbus, Ohio" later: its own pair decides.
    if (text.charCodeAt(c.end) === 44) continue;
    options[k] = p !== 'clash' && p.keep ? options[k].filter((o) => !town(o) || p.keep!.has(o.entity)) : [];
  }
}

type OptionRef = { entity: number; partialOnly: boolean };

/** The entity the mark of candidate k names, among its options. */
function markedEntity(mentions: readonly (Mention | null)[], options: readonly (readonly OptionRef[])[], ents: ArrayLike<CompiledEntity>, k: number): CompiledEntity | undefined {
  const m = mentions[k];
  if (!m) return undefined;
  for (const o of options[k]) if (ents[o.entity].id === m.id) return ents[o.entity];
  return undefined;
}

/**
 * "The storm hit Maine … In Portland, the mayor closed schools": a US town the article marks, in a story
 * that marks a state where a town of that name lies and not the state of the marked town, is that state's
 * town. The index's town there is taken (Columbus, Indiana, in a story about Indiana); where the index
 * lacks it (Portland, Maine: the index holds towns of 100,000) the name loses its mark rather than keep
 * Oregon's Portland. Read from the marks, after the article's decisions: "Russia invaded Georgia" marks
 * no US state, nor does "Indiana Jones". `towns`: the states that have a town of each name of 50,000
 * people or more (names.json, from GeoNames: "Texas Gov. Greg Abbott … in Portland" keeps Oregon's, its
 * Texan namesake being small); `town` leaves world cities out ("Paris"); `decided`: a "Town, State" pair
 * chose. Not for sports stories, where a state's name is a college team's.
 */
export function townOfNamedState(
  text: string,
  cands: readonly Candidate[],
  mentions: (Mention | null)[],
  options: readonly (readonly OptionRef[])[],
  ents: ArrayLike<CompiledEntity>,
  towns: ReadonlyMap<string, readonly string[]>,
  decided: Uint8Array,
  town: (e: CompiledEntity) => boolean,
): void {
  const stateOf = (e: CompiledEntity) => {
    for (const id of e.related ?? []) {
      const code = usStateCode(id);
      if (code) return code;
    }
    return undefined;
  };
  const named = new Set<string>();
  for (const m of mentions) {
    const code = m ? usStateCode(m.id) : undefined;
    if (code) named.add(code);
  }
  if (!named.size) return;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    const e = decided[k] ? undefined : markedEntity(mentions, options, ents, k);
    if (!m || !e || e.country !== 'US' || !town(e) || named.has(stateOf(e) ?? '')) continue;
    let there: CompiledEntity | undefined;
    for (const o of options[k]) {
      const x = ents[o.entity];
      if (!o.partialOnly && x !== e && x.country === 'US' && town(x) && named.has(stateOf(x) ?? '')) there = x;
    }
    if (there) mentions[k] = { ...m, id: there.id };
    else if (towns.get(m.text.toLowerCase())?.some((s) => named.has(s))) mentions[k] = null;
  }
}

/** Nations' demonyms: "the British capital", "Greek officials" (in-article.ts DEMONYMS also holds words
 *  such as "new", "national" and "royal", too common beside a town's name). */
const DEMONYMS_OF_NATIONS = 'american british english french german italian spanish russian chinese japanese korean indian pakistani iranian iraqi syrian israeli egyptian canadian australian mexican brazilian turkish greek irish scottish welsh dutch swiss swedish norwegian danish polish ukrainian'.split(' ');
/** Words of a journey: "the premier flew to London", "a trade mission to Sydney" go abroad. */
const TRAVEL = new WordSet('flew fly flies flying flight flights trip trips travel travels traveled travelled traveling travelling visit visits visited visiting tour toured mission delegation abroad overseas embassy consulate'.split(' '));

/** Words that put a world city on the world's stage: "London, the British capital", "stock markets in
 *  London", "the Olympic flame, lit in Athens". */
const WORLD_STAGE = new WordSet([...DEMONYMS_OF_NATIONS, 'capital', 'market', 'markets', 'exchange', 'olympic', 'olympics', 'summit']);

/** A word of a journey within the six tokens before t0, or a word of the world's stage within six
 *  tokens around the name, in its sentence. */
function abroadAt(tk: Tokens, t0: number): boolean {
  for (let t = t0 - 1; t >= 0 && t >= t0 - 6; t--) {
    if (TRAVEL.at(tk, t) || WORLD_STAGE.at(tk, t)) return true;
    if (tk.flags[t] & TokFlag.SentStart) break;
  }
  for (let t = t0 + 1; t < tk.count && t <= t0 + 6 && !(tk.flags[t] & TokFlag.SentStart); t++) if (WORLD_STAGE.at(tk, t)) return true;
  return false;
}

/** "the plant in London would close" in a story about Ontario, "Halifax and Sydney" in one about Nova
 *  Scotia: a town marked as the world city of a country nothing else marked in the article is from (London,
 *  England; Sydney, Australia), whose namesake among its options lies in a region the article marks, in
 *  another country, is that namesake ("the premier flew to London" keeps the world city). Read after every span is decided (the region is often decided
 *  late: "Ontario" needs "Toronto"); changes `mentions` in place. */
export function townsOfMarkedRegions(tk: Tokens, cands: readonly Candidate[], mentions: (Mention | null)[], options: readonly (readonly OptionRef[])[], ents: ArrayLike<CompiledEntity>): void {
  const regions = new Set<string>();
  const byCountry = new Map<string, Set<string>>();
  const entityOf = (k: number) => markedEntity(mentions, options, ents, k);
  for (let k = 0; k < mentions.length; k++) {
    const e = entityOf(k);
    if (!e) continue;
    if (e.type === 'place' && REGIONS.has(e.subtype ?? '')) regions.add(e.id);
    if (e.country) {
      let ids = byCountry.get(e.country);
      if (!ids) byCountry.set(e.country, (ids = new Set()));
      ids.add(e.id);
    }
  }
  if (!regions.size) return;
  // One reading per name in an article: a journey or the world's stage at one mention keeps them all.
  const abroad = new Set<string>();
  for (let k = 0; k < mentions.length; k++) {
    const e = entityOf(k);
    if (e?.type === 'place' && CITIES.has(e.subtype ?? '') && abroadAt(tk, cands[k].t0)) abroad.add(e.id);
  }
  for (let k = 0; k < mentions.length; k++) {
    const e = entityOf(k);
    if (!e || e.type !== 'place' || !CITIES.has(e.subtype ?? '') || !e.country || (byCountry.get(e.country)?.size ?? 0) > 1 || e.related?.some((r) => regions.has(r))) continue;
    if (abroad.has(e.id)) continue;
    for (const o of options[k]) {
      const x = ents[o.entity];
      if (o.partialOnly || x === e || x.type !== 'place' || !CITIES.has(x.subtype ?? '') || !x.country || x.country === e.country || !x.related?.some((r) => regions.has(r))) continue;
      mentions[k] = { ...mentions[k]!, id: x.id };
      break;
    }
  }
}
