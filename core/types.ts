import type { KnownNames } from './linking/known-names';
/**
 * Shared contracts of Backstory's pure core. Every module (data build, matcher, resolver,
 * card facts, extension glue, CLI, bench) speaks these types. Change them only with care:
 * they are the seams between the pieces.
 */

/** The kinds of entity, in the order every list and the popup's groups use; defined once here. */
export const ENTITY_TYPES = ['person', 'place', 'organization'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * A partial ISO date: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (negative years allowed: '-0044').
 * Precision is carried by the string length, so "born 1953" never turns into "1 January 1953".
 */
export type PartialDate = string;

/** Where a fact or record came from. `source` is a key of SOURCES in data/sources.yaml (e.g. 'wikidata',
 *  'peppercat', 'factbook', 'geonames', 'curated') or a URL. */
export interface SourceRef {
  source: string;
  /** URL of the specific page or record, when there is one. */
  url?: string;
  /** The date the source states this fact as true (snapshot date), or when it was retrieved. */
  asOf?: PartialDate;
}

export type FactKind =
  | 'born'          // date, place?(entity id or text)
  | 'died'          // date, place?, manner? ('assassinated', 'killed', 'executed', 'natural'...)
  | 'position'      // role (e.g. 'President'), of? (entity id: country/org), start?, end?
  | 'relative'      // relation ('father','mother','son','daughter','spouse','sibling','child','parent'), other (entity id), otherName?
  | 'founded'       // date, place?
  | 'dissolved'     // date
  | 'headquarters'  // place (entity id or text), date? (as-of)
  | 'leader'        // other (person entity id), role?, start?, end?
  | 'member'        // other (org entity id), start?, end?   e.g. country member of EU
  | 'population'    // value (number), date (year)
  | 'capital'       // other (place entity id) or value (text), date?
  | 'located-in'    // other (place entity id): a city in a country, a region in a country
  | 'stance'        // a dated position of this entity towards others: text + about[]
  | 'event';        // a dated event involving this entity: text + about[]

/** The `role` of an event fact that tells an award received ("Awarded the Nobel Peace Prize"): the
 *  card reads the kind it makes (a Nobel laureate) as true from that date only. */
export const AWARD_ROLE = 'award';
/** The `role` of an event fact that tells a country's independence (`otherName`: from whom): before
 *  it the card does not call the place a country. */
export const INDEPENDENCE_ROLE = 'independence';
/** The `role` of an event fact that tells the day someone first took an office ("Became Chancellor of
 *  Germany"), from a source that lists when terms began but never when they ended: unlike an
 *  open-ended position, it says nothing about holding the office later. */
export const TOOK_OFFICE_ROLE = 'took-office';

/**
 * One dated, sourced fact about an entity. Facts are data; card sentences are generated from
 * them (core/card/card-model.ts), except `text` on stance/event facts, which a maintainer writes in their
 * own words (never pasted from a source).
 */
export interface Fact {
  kind: FactKind;
  /** When it happened (born, died, founded, stance, event) or the year a number is for (population). */
  date?: PartialDate;
  /** Span for positions, memberships, leadership. A missing end means "still, as of the source". */
  start?: PartialDate;
  end?: PartialDate;
  /** Position title ('President', 'Prime Minister', 'Leader'), or the leader's role. */
  role?: string;
  /** The entity a position/membership/leadership is of or in, or the relative, capital, etc. */
  other?: string;
  /** Display name of `other` when it has no entity in the knowledge base. */
  otherName?: string;
  /** Relationship for 'relative': the other is this entity's <relation> ('father' = other is my father). */
  relation?: string;
  /** Place of birth/death/founding/headquarters: entity id when known, else text. */
  place?: string;
  placeName?: string;
  /** Manner of death: 'assassinated', 'killed in action', 'executed', ... */
  manner?: string;
  /** Numeric or textual value (population, capital name when no entity). */
  value?: number | string;
  /** For stance/event: one sentence in our own words. */
  text?: string;
  /** Entity ids this fact concerns, besides the entity itself (used to rank facts for an article). */
  about?: string[];
  source: SourceRef;
}

/** An entity as maintainers edit it (data/curated/*.yaml) and as importers generate it (data/imported/*.jsonl). */
export interface EntityRecord {
  /** Wikidata QID ('Q889') where known; otherwise a stable slug with a source prefix ('geonames:1138958', 'bs:panjshir-valley'). */
  id: string;
  type: EntityType;
  /** Finer kind: 'country', 'territory', 'region', 'city', 'valley', 'politician', 'head-of-state',
   *  'igo', 'eu-body', 'party', 'armed-group', 'company', 'news-outlet', ... Free text, lower-case. */
  subtype?: string;
  name: string;
  /** Other names the article may use: short forms, acronyms, transliterations, former names. */
  aliases?: string[];
  /** Names that must never link here even though they look like one of ours (e.g. 'Washington' for the Post). */
  notAliases?: string[];
  /** Names in another language, by ISO 639-1 code ({fr: ['Londres'], es: ['Estados Unidos']}): they
   *  match only on a page in that language (`<html lang>`). */
  langAliases?: Record<string, string[]>;
  /** One line, our own words or generated from facts ('Afghan resistance leader, son of Ahmad Shah Massoud'). */
  description?: string;
  /** When the description holds ('President of France' from 2017-05-14): cards dated outside it
   *  show a timeless line instead (core/card/describe.ts). Omit for a description true at any date. */
  descriptionSpan?: { start?: PartialDate; end?: PartialDate };
  /** Set by the merge, never written in data: another source's description, shown where the one that
   *  won does not hold on the card's date ("Country in Southern Asia" before India was the most
   *  populous, in 2023). */
  descriptionOtherwise?: string;
  /** A short background paragraph in our own words (curated layer). */
  summary?: string;
  /** The summary is written as of today; the date from which all of it is true (it tells of an
   *  acquisition, a leader, a new name: "it owns Slack" from 2021). Cards of earlier articles leave it
   *  out; later ones show it whatever later facts the record has. Without it, a summary is shown only
   *  on articles after every dated fact of the record. */
  summarySince?: PartialDate;
  /** 0..1: how well known (population, offices held, popular-title list). Breaks ties between namesakes. */
  prominence?: number;
  /** ISO 3166-1 alpha-2 of the country this entity belongs to, when one (cities, regions, parties, politicians). */
  country?: string;
  facts?: Fact[];
  /** Which datasets this record was built from (credits are generated from these). */
  sources: SourceRef[];
}

/** Compiled per-entity row the matcher/resolver needs; facts live in shards (see KbFacts). */
export interface CompiledEntity {
  id: string;
  type: EntityType;
  subtype?: string;
  name: string;
  description?: string;
  prominence: number;
  country?: string;
  /** Entity ids this one is strongly tied to (country of a city, parent org, relatives): context for resolution. */
  related?: string[];
}

/** How an alias may be matched. Bit flags, combined. */
export const AliasFlag = {
  /** The alias is also an ordinary English word ('Chad', 'Nice', 'Reading'): match only when case and context say it is a name. */
  CommonWord: 1,
  /** Acronym or short form that must match in its exact case ('WHO', 'US', 'EU'). */
  CaseSensitive: 2,
  /** A surname alone ('Massoud'): links only when the article named the entity in full first, unless the entity is known by it alone. */
  Partial: 4,
  /** The official/display name of the entity (not an alias). */
  Primary: 8,
} as const;

/** The compiled index in memory: what the build compiles (scripts/data/lib/compile.ts) and what
 *  readIndex (core/kb/kb-format.ts) reads from public/kb/index.bin, making entities on first use.
 *  Entities read from the file carry no `description`: it lives in the fact shards (KbFactShard[id].description). */
export interface KbIndex {
  version: string;           // data version, e.g. '2026-11-25.1'
  builtAt: string;           // ISO timestamp of the build (fixed per data version for reproducibility)
  entities: CompiledEntity[];
  /** Every alias, as written by the source (not normalized); the matcher normalizes at load time.
   *  Tuple: [alias text, entity index into `entities`, AliasFlag bits]. */
  aliases: [string, number, number][];
  /** Number of fact shards; an entity's facts are in facts/<shardOf(id, shardCount)>.json. */
  shardCount: number;
  credits: Credit[];
  /** Aliases that match only on a page in one of these languages: alias index → ISO 639-1 codes,
   *  comma-separated ('es,pt'). Aliases not listed match in every language. */
  aliasLang?: Record<number, string>;
  /** Known longer names (public/kb/names.json, core/linking/known-names.ts): hints, loaded beside the index. */
  knownNames?: KnownNames;
  /** Folded first words of multi-word person names (core/kb/kb-format.ts firstNamesOf), when the
   *  index file carries them; computed from the entities on first use otherwise. */
  firstNames?: string[];
  /** Near-miss candidates the build precomputed (core/linking/fuzzy.ts prepareFuzzy); computed on first use when absent. */
  fuzzy?: { ids: number[]; keys: string[]; words: Uint8Array };
}

/** public/kb/facts/<n>.json: facts and text for the entities whose shard is n. `description` is
 *  the one-line description (kept out of the index: only cards and search results show it). */
export type KbFactShard = Record<string, { description?: string; descriptionSpan?: { start?: PartialDate; end?: PartialDate }; descriptionOtherwise?: string; summary?: string; summarySince?: PartialDate; aliases?: string[]; facts: Fact[]; sources: SourceRef[] }>;

export interface Credit {
  source: string;            // key, e.g. 'geonames'
  title: string;             // 'GeoNames'
  license: string;           // 'CC BY 4.0'
  attribution: string;       // the line the licence asks for
  url?: string;
  entities: number;          // how many shipped entities use it
}

/** A found mention. Offsets are UTF-16 code unit offsets into the article's visible text. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  id: string;                // entity id
  /** 0..1 confidence of the link; the resolver drops mentions below its threshold. */
  score: number;
  /** How it was found: exact alias, acronym defined in text, coreference to an earlier full name, fuzzy. */
  via: 'alias' | 'acronym' | 'coref' | 'fuzzy' | 'article';
}

/** Stable shard number for an entity id (FNV-1a). Used by the build and by the loaders alike. */
export function shardOf(id: string, shardCount: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % shardCount;
}

/** One line on a card: a fact phrased for the article's date. */
export interface CardLine {
  kind: FactKind | 'summary';
  /** Plain text (never HTML): "32 at the time of this article (born 10 July 1989)". */
  text: string;
  /** The date the line is about ('2001-09-09'), shown beside the source. */
  date?: PartialDate;
  source: SourceRef;
  /** True when the fact is older than the article by years: the card says "as of <date>". */
  asOf?: boolean;
  /** True when the fact concerns another entity the article mentions (ranked first). */
  relevant?: boolean;
  /** A figure from after the article, shown only because no earlier one exists (the text says so). */
  later?: boolean;
}

/** Everything the hover card shows for one entity in one article (built by core/card/card-model.ts). */
export interface CardModel {
  id: string;
  name: string;
  type: EntityType;
  subtype?: string;
  /** One line, true on the card's date (core/card/describe.ts). */
  description?: string;
  /** The description is the timeless fallback (type, subtype, country), not a written one. */
  descriptionTimeless?: boolean;
  /** The entity's English Wikipedia page, for the reader to open (the extension fetches nothing). */
  wikipedia?: string;
  lines: CardLine[];
  /** The date facts are shown as of: the article's publish date, or today when the page has none. */
  asOf: PartialDate;
  asOfIsToday: boolean;
  /** The article's own description of this (KB) entity, when it gives one ("the 32-year-old"). */
  articleNote?: string;
  /** Set on an in-article card (core/linking/in-article.ts): a name no knowledge base holds, described
   *  only by what the article says. Such a card has no lines and no external fact. */
  fromArticle?: {
    /** The article's descriptions ("a Catholic priest"). */
    descriptions: string[];
    mentions: number;
    /** The sentence of the first mention (a short excerpt). */
    sentence: string;
  };
}

/** Matcher API (core/linking/matcher.ts): built once from the index, then `find` per article text. */
/** What the page says about its text: its language (`<html lang>`, Content-Language), e.g. "en", "de-DE". */
export interface FindOptions {
  /** Language-only aliases need it; English capitalization rules apply only to English (or unstated) pages. */
  lang?: string | null;
}

export interface Matcher {
  find(text: string, opts?: FindOptions): Mention[];
  entity(id: string): CompiledEntity | undefined;
}
