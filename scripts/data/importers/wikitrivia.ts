/**
 * Wikitrivia query results (MIT; facts CC0 Wikidata): saved Wikidata queries, one dated fact per row
 * and a sitelinks count (prominence). Kept: office holders (first year in office → a position),
 * famous deaths and Nobel laureates (death year, birth year from the years the row states), companies,
 * airlines and chains, sports clubs and franchises, newspapers, TV and radio channels. Works,
 * buildings, wars and eras are left out (not people, places or organisations a reader hovers).
 * Descriptions are generated from the facts; the rows' Wikidata descriptions are not copied.
 */
import fs from 'node:fs';
import { AWARD_ROLE, TOOK_OFFICE_ROLE, type EntityRecord, type Fact } from '../../../core/types';
import { personFrom } from '../../../core/card/describe';
import { MODERN_STATES } from './pantheon';
import { type ImportContext, letterCount, orgNameVariants, readJson, sharedPath, src, titleCase, withArticle } from './util';

const DIR = 'wikitrivia-queries';
const AS_OF = '2026-06-18';

interface Row { item: string; itemLabel: string; year?: string; sitelinks?: string; description?: string; positionLabel?: string; nationalityLabel?: string; occupationLabel?: string; countryLabel?: string; awardLabel?: string; sexLabel?: string }

/** Modern offices: set → [role, country ISO2]. Other '*-taking-office' sets take their role from the title. */
const OFFICES: Record<string, [string, string]> = {
  'us-presidents': ['President of the United States', 'US'],
  'uk-prime-ministers': ['Prime Minister of the United Kingdom', 'GB'],
  'canadian-prime-ministers': ['Prime Minister of Canada', 'CA'],
  'australian-prime-ministers': ['Prime Minister of Australia', 'AU'],
  'new-zealand-prime-ministers': ['Prime Minister of New Zealand', 'NZ'],
  'indian-prime-ministers': ['Prime Minister of India', 'IN'],
  'japanese-prime-ministers': ['Prime Minister of Japan', 'JP'],
  'israeli-prime-ministers': ['Prime Minister of Israel', 'IL'],
  'italian-prime-ministers': ['Prime Minister of Italy', 'IT'],
  'spanish-prime-ministers': ['Prime Minister of Spain', 'ES'],
  'german-chancellors': ['Chancellor of Germany', 'DE'],
  'french-presidents': ['President of France', 'FR'],
  'brazilian-presidents': ['President of Brazil', 'BR'],
  'mexican-presidents': ['President of Mexico', 'MX'],
  'indonesian-presidents': ['President of Indonesia', 'ID'],
  'russian-presidents': ['President of Russia', 'RU'],
  'south-korean-presidents': ['President of South Korea', 'KR'],
};

/** Organisation sets → subtype. */
const ORG_SETS: Record<string, string> = {
  'brands-and-companies-founding-year': 'company',
  'airlines-founding-year': 'airline',
  'restaurant-chains-founding-year': 'company',
  'soft-drink-brands-founding-year': 'brand',
  'beer-brands-founding-year': 'brand',
  'alcohol-brands-founding-year': 'brand',
  'football-clubs-founding-year': 'sports-team',
  'rugby-clubs-founding-year': 'sports-team',
  'nba-franchises-founding-year': 'sports-team',
  'nfl-franchises-founding-year': 'sports-team',
  'nhl-franchises-founding-year': 'sports-team',
  'mlb-franchises-founding-year': 'sports-team',
  'f1-teams-founding-year': 'sports-team',
  'newspapers-launch-year': 'news-outlet',
  'tv-channels-launch-year': 'news-outlet',
  'radio-stations-launch-year': 'news-outlet',
};

const ORG_NOUN: Record<string, string> = {
  'brands-and-companies-founding-year': 'Company', 'airlines-founding-year': 'Airline', 'restaurant-chains-founding-year': 'Restaurant chain',
  'soft-drink-brands-founding-year': 'Soft drink brand', 'beer-brands-founding-year': 'Beer brand', 'alcohol-brands-founding-year': 'Drinks brand',
  'football-clubs-founding-year': 'Football club', 'rugby-clubs-founding-year': 'Rugby club', 'nba-franchises-founding-year': 'NBA basketball team',
  'nfl-franchises-founding-year': 'NFL American football team', 'nhl-franchises-founding-year': 'NHL ice hockey team', 'mlb-franchises-founding-year': 'MLB baseball team',
  'f1-teams-founding-year': 'Formula One team', 'newspapers-launch-year': 'Newspaper', 'tv-channels-launch-year': 'Television channel', 'radio-stations-launch-year': 'Radio station',
};

/** Sitelinks (how many Wikipedias have an article) → prominence: 5 → 0.25, 300 → 0.85. */
export function sitelinksProminence(sitelinks: number): number {
  if (!(sitelinks > 5)) return 0.25;
  return Math.min(0.85, 0.25 + (0.6 * Math.log(sitelinks / 5)) / Math.log(60));
}

function qidOf(uri: string): string | undefined {
  return /\/(Q\d+)$/.exec(uri)?.[1];
}

/**
 * The dataset's years come from Wikidata in astronomical numbering (0 is 1 BC, -43 is 44 BC:
 * Caesar's death, Cleopatra's -29 is 30 BC); the knowledge base writes n BC as -n (Pantheon does),
 * so a year at or below 0 moves one back.
 */
export function yearDate(y: string | undefined): string | undefined {
  if (!y || !/^-?\d{1,4}$/.test(y.trim())) return undefined;
  const astronomical = Number(y);
  const n = astronomical <= 0 ? astronomical - 1 : astronomical;
  return `${n < 0 ? '-' : ''}${String(Math.abs(n)).padStart(4, '0')}`;
}

/** Years a lifetime spans at the least: a span shorter than this in a description is a reign or a term. */
const MIN_LIFE_YEARS = 15;

/**
 * The birth and death years a description's closing '(1911–2004)' states, when they are a lifetime:
 * the end is the row's death year, the start at least MIN_LIFE_YEARS before the end and before an
 * award. Otherwise undefined: a reign ('Emperor of Russia (1894–1917)', died 1918) or a term of office
 * is no birth. (Of 1,477 spans that end within a year of the death, the 3 a year off are reigns but one.)
 */
export function lifeSpan(description: string | undefined, died?: string, awarded?: string): [string, string, string] | undefined {
  const m = /\((\d{3,4})\s*[–-]\s*(\d{3,4})\)\s*$/.exec(description ?? '');
  if (!m) return undefined;
  const [from, to] = [Number(m[1]), Number(m[2])];
  if (to - from < MIN_LIFE_YEARS) return undefined;
  if (died && Number(died) !== to) return undefined;
  if (awarded && Number(awarded) - from < MIN_LIFE_YEARS) return undefined;
  return [m[0], m[1], m[2]];
}

/** 'Roman Emperors' → 'Roman Emperor', 'Kings of the Franks' → 'King of the Franks'. */
function singular(title: string): string {
  return title.replace(/\b(Presidents|Ministers|Monarchs|Kings|Emperors|Caliphs|Sultans|Chancellors|Shahs|Pharaohs|Dukes|Rulers|Sovereigns)\b/g, (w) => w.slice(0, -1));
}

/** Products rather than the companies behind them ('Coca-Cola' the drink): the row's description says so. */
const PRODUCT = /\b(drink|beverage|soda|cola|beer|lager|whisk(e)?y|vodka|gin|rum|wine|snack|cereal|chocolate|candy|sweet|biscuit|cookie|car model|automobile model|smartphone|video game|toy|brand of)\b/i;

const BRANDS_SET = 'brands-and-companies-founding-year';
/** A row that calls its brand a firm of some kind. */
const COMPANY_WORDS = /\b(company|companies|corporation|manufacturer|maker|producer|conglomerate|retailer|chain|firm|enterprise|business(?:es)?|group|holding|multinational|operator|airline|bank|publisher|studio|automaker|carmaker|distributor|supermarket|department store|cooperative|brewery|jeweler|fashion house|provider|house|subsidiary)\b/i;
const RECORD_LABEL = /\b(record|music) label\b/i;

/**
 * What a row of the brands set is: the set's query asks for brands, companies among them, so
 * "Company" only where the row's own words call it a firm (Barbie was "Company founded in 1959").
 */
export function brandNoun(description: string | undefined): string {
  const d = description ?? '';
  if (RECORD_LABEL.test(d)) return 'Record label';
  // What the row says it is, where that is neither a brand nor a firm: a magazine, a museum, a station.
  const other = OTHER_KINDS.find(([re]) => re.test(d));
  if (other && !/\bbrand\b/i.test(d)) return other[1];
  return COMPANY_WORDS.test(d) ? 'Company' : 'Brand';
}
const OTHER_KINDS: [RegExp, string][] = [
  [/\bmagazine\b/i, 'Magazine'],
  [/\bmuseum\b/i, 'Museum'],
  [/\b(?:tv|television|radio) (?:station|channels?)\b/i, 'Broadcaster'],
  [/\b(?:metro|transit system|railway|train service|rail service)\b/i, 'Transport service'],
];

/** Words that open a two-word team nickname ('Red Sox', 'Maple Leafs', 'Trail Blazers'). */
const NICK_FIRST = new Set(['Red', 'White', 'Blue', 'Maple', 'Golden', 'Trail', 'Black', 'Blue', 'Silver', 'Fighting']);

/** A North American franchise is called by its nickname: 'Buffalo Sabres' → 'Sabres', 'Boston Red Sox' → 'Red Sox'. */
export function franchiseNickname(name: string): string | undefined {
  const w = name.split(/\s+/);
  if (w.length < 2) return undefined;
  const two = w.length >= 3 && NICK_FIRST.has(w[w.length - 2]);
  const nick = w.slice(two ? -2 : -1).join(' ');
  return nick.length > 3 ? nick : undefined;
}

/** Club names as articles write them: 'Manchester United F.C.' → 'Manchester United'. */
export function shortClubName(name: string): string | undefined {
  const s = name
    .replace(/\s+(A\.?F\.?C\.?|F\.?C\.?|C\.?F\.?|S\.?C\.?|R\.?F\.?C\.?|Club de Fútbol|Football Club|Fútbol Club)$/i, '')
    .replace(/^(F\.?C\.?|A\.?C\.?|S\.?S\.?C\.?|A\.?S\.?)\s+/i, '')
    .trim();
  return s && s !== name && s.length > 3 ? s : undefined;
}

function setTitles(): Map<string, string> {
  const lines = fs.readFileSync(sharedPath(DIR, 'index.tsv'), 'utf8').trim().split('\n').slice(1);
  return new Map(lines.map((l) => l.split('\t')).map((f) => [f[0], f[1]]));
}

function countryOfDemonym(ctx: ImportContext, demonymIso: ReadonlyMap<string, string>, label?: string): string | undefined {
  for (const d of (label ?? '').split('||')) {
    const iso = demonymIso.get(d.trim().toLowerCase());
    if (iso) return iso;
  }
  return undefined;
}

/** A row's year as a reader writes it: '0229' → '229', '-0018' → '18 BC'. */
function yearText(date: string): string {
  return date.replace(/^-0*(\d+)$/, '$1 BC').replace(/^0+/, '');
}

export function importWikitrivia(ctx: ImportContext & { countryByName: ReadonlyMap<string, string> }, demonymIso: ReadonlyMap<string, string>): EntityRecord[] {
  const titles = setTitles();
  const recs = new Map<string, EntityRecord>();
  // Which set describes a person best: an office held, then a public role, then fame of any kind
  // (Reagan is a president before he is an actor).
  const weight = new Map<string, number>();
  const weightOf = (r: EntityRecord) => (r.facts?.some((f) => f.role === TOOK_OFFICE_ROLE) ? 3 : /statesperson|monarch|revolutionar|military|religious/.test(r.subtype ?? '') ? 2 : 1);
  const add = (r: EntityRecord) => {
    const prev = recs.get(r.id);
    if (!prev) { recs.set(r.id, r); weight.set(r.id, weightOf(r)); return; }
    if (weightOf(r) > weight.get(r.id)!) {
      weight.set(r.id, weightOf(r));
      prev.description = r.description;
      prev.subtype = r.subtype;
    }
    // The same item in several sets (a monarch who also died famously): one record, facts joined.
    // (Two offices, two awards: each event its own; "King of Poland" and "Emperor of Russia".)
    const key = (f: Fact) => `${f.kind}|${f.role ?? ''}|${f.kind === 'event' ? f.text ?? '' : ''}`;
    const kinds = new Set((prev.facts ?? []).map(key));
    prev.facts = [...(prev.facts ?? []), ...(r.facts ?? []).filter((f) => !kinds.has(key(f)))];
    prev.prominence = Math.max(prev.prominence ?? 0, r.prominence ?? 0);
    prev.country = prev.country ?? r.country;
    prev.aliases = [...new Set([...(prev.aliases ?? []), ...(r.aliases ?? [])])];
  };
  const accessions: Accession[] = [];
  for (const set of [...titles.keys()].sort()) {
    const file = sharedPath(DIR, 'queries', set, 'rows.json');
    if (!fs.existsSync(file)) continue;
    const office = /-taking-office$/.test(set);
    const death = /^famous-.*-death-year$/.test(set);
    const nobel = set === 'nobel-laureates-award-year';
    const orgSubtype = ORG_SETS[set];
    if (!office && !death && !nobel && !orgSubtype) continue;
    const rows = readJson<Row[]>(file);
    for (const row of rows) {
      const id = qidOf(row.item);
      const name = row.itemLabel?.trim();
      // 86 rows have a bare QID as label: no name to match.
      if (!id || !name || /^Q\d+$/.test(name) || letterCount(name) < 2) continue;
      const prominence = sitelinksProminence(Number(row.sitelinks) || 0);
      const source = src('wikitrivia', { url: `https://www.wikidata.org/wiki/${id}` });
      const fsrc = src('wikitrivia', { asOf: AS_OF });
      const date = yearDate(row.year);
      const facts: Fact[] = [];
      if (office || death || nobel) {
        // '(1911–2004)' in the row states the birth (and death) years, unless it is a reign or a term
        // ('265th pope of the Catholic Church (2005–2013)', 'President of Uganda (1971-1979)').
        const span = lifeSpan(row.description, death ? date : undefined, nobel ? date : undefined);
        const country = countryOfDemonym(ctx, demonymIso, row.nationalityLabel);
        let description: string | undefined;
        let subtype: string | undefined;
        if (office) {
          const key = set.replace(/-taking-office$/, '');
          const known = OFFICES[key];
          const title = titles.get(set) ?? '';
          const label = row.positionLabel || singular(title.replace(/ Taking Office.*$/, '').replace(/^U\.[SK]\. /, ''));
          const role = known?.[0] ?? (label ? reignTitle(label, row.sexLabel === 'female') : '');
          if (!role || /no query/.test(role)) continue;
          const iso = known?.[1];
          // The set lists when each holder first took the office, never when a term ended: an event of
          // that day, not an open-ended position ("Chancellor of Germany since 1949" is false in 1980).
          // The card's description is then the timeless kind ("Politician from Germany").
          if (!date) continue;
          facts.push({ kind: 'event', role: TOOK_OFFICE_ROLE, text: `Became ${role}`, date, source: fsrc });
          subtype = known ? 'politician' : 'monarch';
          accessions.push({ id, set, role, date, reign: !known });
          add({ id, type: 'person', subtype, name, prominence, country: iso ?? country, facts, sources: [source] });
          continue;
        }
        if (span) facts.push({ kind: 'born', date: span[1].padStart(4, '0'), source: fsrc });
        if (death && date) facts.push({ kind: 'died', date, source: fsrc });
        // The award, dated: a card names it from then on, and reads "Nobel laureate" as true only
        // from then (core/card/describe.ts kindHoldsAt).
        if (nobel && date) facts.push({ kind: 'event', role: AWARD_ROLE, text: `Awarded the ${row.awardLabel || 'Nobel Prize'}`, date, source: fsrc });
        // The set says what they are famous as (a composer); the row's first occupation may be a side line.
        const occ = death ? undefined : (row.occupationLabel ?? '').split('||')[0]?.trim();
        const what = death ? set.replace(/^famous-|-death-year$/g, '').replace(/-/g, ' ').replace(/ies$/, 'y').replace(/s$/, '').replace(/statespeople/, 'statesperson').replace(/people$/, 'person') : undefined;
        subtype = death ? what!.replace(/ /g, '-') : 'nobel-laureate';
        // Born before 1800 (or dead before 1850, birth unknown): no country of today's map (pantheon.ts MODERN_STATES).
        const born = span ? Number(span[1]) : undefined;
        const modern = born !== undefined ? born >= MODERN_STATES : !date || Number(date.slice(0, 4)) >= MODERN_STATES + 50;
        const nat = country && personFrom(country) && modern ? ctx.countryName.get(country) : undefined;
        if (death) description = `${occ ? occ.charAt(0).toUpperCase() + occ.slice(1) : titleCase(what!)}${nat ? ` from ${withArticle(nat)}` : ''}${span ? ` (${span[1]}–${span[2]})` : date ? `, died ${yearText(date)}` : ''}`;
        else description = `${row.awardLabel || 'Nobel Prize'} laureate${date ? ` (${date})` : ''}`;
        add({ id, type: 'person', subtype, name, description, prominence, country, facts, sources: [source] });
        continue;
      }
      if ((orgSubtype === 'company' || orgSubtype === 'brand') && PRODUCT.test(row.description ?? '')) continue;
      if (date && !date.startsWith('-')) facts.push({ kind: 'founded', date, source: fsrc });
      const noun = set !== BRANDS_SET ? ORG_NOUN[set] : brandNoun(row.description);
      const aliases = orgNameVariants(name);
      if (orgSubtype === 'sports-team') aliases.push(...[shortClubName(name), /^(nba|nfl|nhl|mlb)-/.test(set) ? franchiseNickname(name) : undefined].filter((a): a is string => !!a));
      if (set === 'airlines-founding-year' && !/\b(Air|Airlines?|Airways)$/.test(name)) aliases.push(`${name} Airline`, `${name} Airlines`);
      add({
        id, type: 'organization', subtype: orgSubtype, name, aliases,
        description: `${noun}${date && !date.startsWith('-') ? ` ${noun === 'Brand' ? 'launched' : 'founded'} in ${date.replace(/^0+/, '')}` : ''}`,
        prominence, facts, sources: [source],
      });
    }
  }
  dropReignBirths(recs);
  const reigned = new Set(accessions.filter((a) => a.reign).map((a) => a.id));
  for (const [id, line] of officeLines(accessions, recs, stateFalls())) {
    const rec = recs.get(id)!;
    rec.description = line;
    if (reigned.has(id)) rec.subtype = 'monarch';
  }
  return [...recs.values()];
}

/** The years of the famous albums each artist (by name) released: who records is a singer or a band. */
export function albumYears(): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const file = sharedPath(DIR, 'queries', 'albums-release-year', 'rows.json');
  if (!fs.existsSync(file)) return out;
  for (const row of readJson<(Row & { artistLabel?: string })[]>(file)) {
    const artist = row.artistLabel?.trim();
    const year = Number(row.year);
    if (!artist || !Number.isFinite(year)) continue;
    const years = out.get(artist);
    if (years) years.push(year);
    else out.set(artist, [year]);
  }
  return out;
}

/**
 * A '(1855–1881)' the death row read as a life (lifeSpan) that starts the year the person took the
 * throne was the reign: Alexander II of Russia was born in 1818, not 1855. The birth is dropped.
 */
export function dropReignBirths(recs: ReadonlyMap<string, EntityRecord>): void {
  for (const rec of recs.values()) {
    const taken = new Set((rec.facts ?? []).filter((f) => f.kind === 'event' && f.role === TOOK_OFFICE_ROLE).map((f) => f.date));
    if (rec.facts?.some((f) => f.kind === 'born' && taken.has(f.date))) rec.facts = rec.facts.filter((f) => f.kind !== 'born');
  }
}

/** One taking of office a row states: who, in which set (one line of succession), which title, when. */
export interface Accession { id: string; set: string; role: string; date: string; reign: boolean }

/**
 * A monarch's title as the row's position and sex state it: 'monarch of England' for a woman is
 * 'Queen of England', 'Byzantine emperor' 'Byzantine empress', 'king of Franks' 'King of the Franks'.
 */
export function reignTitle(label: string, female: boolean): string {
  let t = label.trim()
    .replace(/^(monarch|sovereign) of the (?:Crown|Kingdom) of /i, '$1 of ')
    .replace(/ Dynasty$/i, '')
    .replace(/^Apostolic /, '')
    .replace(/^king of Franks$/i, 'King of the Franks');
  t = t.replace(/^(?:monarch|sovereign)\b/i, female ? 'Queen' : 'King');
  if (female) t = t.replace(/\bKing\b/g, 'Queen').replace(/\b([Ee])mperor\b/g, '$1mpress').replace(/\bDuke\b/g, 'Duchess').replace(/\b([Ss])ultan\b/g, '$1ultana');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** Thrones taken from this year on may be held by someone alive: without a death, a line needs no
 *  later accession in the set and a state still standing (an abdication, a pretender's claim). */
const LIVING_FROM = 1900;

/** Titles by rank, for a person holding several: an empire before a kingdom before the rest; of one
 *  rank the first taken, which the rows date surest (George V took 'King of the United Kingdom of
 *  Great Britain and Ireland' in 1910, the renamed title in 1927). */
function rank(role: string): number {
  return /emperor|empress|caliph/i.test(role) ? 0 : /king|queen|pharaoh|shah|sultan/i.test(role) ? 1 : 2;
}

/** When each fallen state fell (historical-states-fall-year): 'Ottoman Empire' → 1922. */
export function stateFalls(): Map<string, number> {
  const out = new Map<string, number>();
  const file = sharedPath(DIR, 'queries', 'historical-states-fall-year', 'rows.json');
  if (!fs.existsSync(file)) return out;
  for (const row of readJson<Row[]>(file)) {
    const y = Number(row.year);
    if (row.itemLabel && Number.isFinite(y)) out.set(row.itemLabel, Math.max(y, out.get(row.itemLabel) ?? -Infinity));
  }
  return out;
}

/** The state a title names: 'Ottoman Empire' of 'Sultan of the Ottoman Empire'. */
function stateOf(role: string): string | undefined {
  return / of (?:the )?(.+)$/.exec(role)?.[1];
}

/** The year the state a title names had fallen by ('Sultan of the Ottoman Empire' → 1922), if it fell. */
function fellBy(role: string, falls: ReadonlyMap<string, number>): number | undefined {
  const state = stateOf(role);
  if (!state) return undefined;
  return falls.get(state) ?? falls.get(`Kingdom of ${state}`) ?? falls.get(`${state} Empire`);
}

/**
 * The line a ruler's card opens with, from the offices the rows say they took and the life years the
 * death rows give: 'King of England from 1509 (1491–1547)', 'Pharaoh from 1279 BC', 'King of Sweden
 * from 1973'. Pantheon files kings and emperors under 'Politician' or 'Nobleman'; the throne is what
 * they are known as. The rows date only the taking of a throne: 'from' says no more. A reign that may
 * have ended in the holder's life (taken from LIVING_FROM on, no death known) gets a line only while
 * no one later took it in the set and the state stood (not Juan Carlos I after 2014, nor an Ottoman
 * pretender of 1977). Elected offices give a line only to the dead or those who took them before
 * LIVING_FROM ('President of the United States from 1797, died 1826').
 */
export function officeLines(accessions: readonly Accession[], recs: ReadonlyMap<string, EntityRecord>, falls: ReadonlyMap<string, number> = new Map()): Map<string, string> {
  const bySet = new Map<string, Accession[]>();
  const byPerson = new Map<string, Accession[]>();
  for (const a of accessions) {
    if (!bySet.has(a.set)) bySet.set(a.set, []);
    bySet.get(a.set)!.push(a);
    if (!byPerson.has(a.id)) byPerson.set(a.id, []);
    byPerson.get(a.id)!.push(a);
  }
  const out = new Map<string, string>();
  for (const [id, taken] of byPerson) {
    const rec = recs.get(id);
    if (!rec) continue;
    const born = rec.facts?.find((f) => f.kind === 'born')?.date;
    const died = rec.facts?.find((f) => f.kind === 'died')?.date;
    const reigns = taken.filter((a) => a.reign);
    // An elected office, for the dead (or anyone who took it before LIVING_FROM): a living holder's later terms are not in the rows.
    const pool = reigns.length ? reigns : died || taken.every((a) => Number(a.date) < LIVING_FROM) ? taken : [];
    if (!pool.length) continue;
    // The throne the name carries first ("Philip II of Spain": King of Spain, not of Aragon, taken the same year).
    const named = (role: string) => {
      const state = stateOf(role);
      return state && rec.name.includes(` of ${state}`) ? 0 : 1;
    };
    const a = [...pool].sort((x, y) => named(x.role) - named(y.role) || rank(x.role) - rank(y.role) || Number(x.date) - Number(y.date))[0];
    const year = Number(a.date);
    const fell = fellBy(a.role, falls);
    if (fell !== undefined && year > fell) continue;
    if (!died && year >= LIVING_FROM) {
      const later = bySet.get(a.set)!.some((o) => o.id !== id && Number(o.date) >= year);
      if (later || fell !== undefined) continue;
    }
    const life = born && died ? ` (${yearText(born)}–${yearText(died)})` : died ? `, died ${yearText(died)}` : born ? `, born ${yearText(born)}` : '';
    out.set(id, `${a.role} from ${yearText(a.date)}${life}`);
  }
  return out;
}
