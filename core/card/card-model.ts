/**
 * The card model: what a hover card says about one entity, as of the article's date.
 *
 * Facts are data; this module picks the ones that were true on `ctx.asOf` and phrases them with
 * small templates. Nothing after the article's date is shown as current (a position that starts
 * later is dropped, one that ends later still reads "since"), and an event dated after the
 * article is left out. Facts that concern other entities of the same article are marked
 * `relevant`. Ranking: the role held on the date comes first (office, leadership, status; a
 * President-elect as such), then the person's vital line, then facts tying the entity to others in
 * the article near the date; older events only when tied to two or more of them; relatives only
 * when the relative is in the article.
 * Life and death: an age is given only when the person is known to be alive on the date (see
 * knownAlive); someone dead by then gets "Died 8 April 1973, aged 91"; anyone else "Born 1881".
 * Output is plain text only: the card renders every line as text, never as HTML.
 * Sources disagree and go stale, so before phrasing, the same office told twice is shown once and
 * an open-ended term ends where the next holder of that office starts.
 */
import { INDEPENDENCE_ROLE, type CardLine, type CardModel, type CompiledEntity, type Fact, type KbFactShard, type PartialDate, type SourceRef } from '../types';
import { bornOn, descriptionAt, endsFarAfter, foundedAfter, kindHoldsAt, LOCAL_OFFICE, namesLaterYear, namesYearFrom, NO_PLACE, timelessSubtype, tookOffice } from './describe';
import { nameThen, namesThen } from './names-then';
import { nameBeforeReign } from './regnal-name';
import { wikipediaUrl } from '../kb/wikipedia';
import {
  dateSortKey, daysBetween, formatAge, formatDate, formatRange, isAfter, isBefore,
  isPartialDate, precisionOf, todayPartial, yearOf, yearsBetween, parsePartialDate,
} from '../dates';

export interface CardContext {
  /** The date facts are shown as of: the article's publish date, or today. */
  asOf: PartialDate;
  asOfIsToday: boolean;
  /** Ids of the entities the article mentions (facts about them are ranked first). */
  articleIds: Set<string>;
  /** Display name of another entity, when the knowledge base has it. */
  nameOf: (id: string) => string | undefined;
}

import { MAX_CARD_LINES } from './card-limits';
export { CARD_LINES_SHOWN, MAX_CARD_LINES } from './card-limits';
/** Below this many fact lines the written summary is added, so thin cards still say something. */
const SUMMARY_BELOW = 3;
/** A snapshot fact (population, stance, headquarters) this many years older than the article says "as of". */
const AS_OF_YEARS = 2;
/** A position that ended within this many days of the article is still news: "until 15 August 2021". */
const RECENT_END_DAYS = 365;

/** Kinds whose truth can drift with time, so an old one is shown "as of" its date. Spans
 *  (positions, leaders, memberships) say "since" instead, and "as of" only when undated or stale. */
const SNAPSHOT_KINDS = new Set(['population', 'stance', 'headquarters', 'capital']);
const SPAN_KINDS = new Set(['position', 'leader', 'member']);

/** The card's date: the publish date when the page has one, else today (and the card says so). */
export function cardAsOf(published: PartialDate | null | undefined, now: Date = new Date()): { asOf: PartialDate; asOfIsToday: boolean } {
  const parsed = published ? parsePartialDate(published) : null;
  return parsed ? { asOf: parsed, asOfIsToday: false } : { asOf: todayPartial(now), asOfIsToday: true };
}

interface Candidate {
  line: CardLine;
  score: number;
  /** Tie-breaker: later first. */
  sortDate: number;
  /** An office held (or coming, as President-elect) on the date: the best one leads the card. */
  role?: boolean;
}

/** The lead role's score: above everything but a death before the date. */
const ROLE_SCORE = 200;
/** A death before the date leads the card of the dead. */
const DEATH_SCORE = 1000;

export function buildCard(
  entity: CompiledEntity,
  detail: KbFactShard[string] | undefined,
  given: CardContext,
): CardModel {
  // A page may hand over a date-time or junk: read it as a partial date, else fall back to today.
  const asOf = parsePartialDate(given.asOf);
  const ctx: CardContext = asOf ? { ...given, asOf } : { ...given, asOf: todayPartial(), asOfIsToday: true };
  const usable = (detail?.facts ?? []).filter(isUsable);
  // The kind ("politician", "country") on the badge and the timeless line must hold on the date
  // too. Read on every fact, before one source's term is dropped for another's: an undated seat
  // says the kind may well have held then.
  const kindHolds = kindHoldsAt(entity, usable, ctx.asOf);
  // Before its founding an organization has no headquarters, owner or membership: an undated line
  // (a source's snapshot of today) cannot hold then, so only dated facts are read.
  const unfounded = foundedAfter(usable, ctx.asOf);
  const known = unfounded ? usable.filter((f) => f.date || f.start || f.end) : kindHolds ? usable : usable.filter((f) => !undatedMembership(entity, f));
  const facts = closeSupersededTerms(dropToldOffices(dropOverlappingTerms(known, ctx.nameOf)), ctx.asOf);
  const candidates: Candidate[] = [];
  const vital = entity.type === 'person' ? vitalLine(entity, facts, ctx) : undefined;
  const consumed = new Set<Fact>(vital?.consumed ?? []);

  for (const fact of facts) {
    if (consumed.has(fact)) continue;
    const c = phrase(entity, fact, facts, ctx);
    // The event that tells a death leads the card, just above the age-at-death line.
    if (c && fact === vital?.toldBy) c.score = DEATH_SCORE + 1;
    if (c) candidates.push(c);
  }
  const where = locatedInLine(entity, facts, ctx);
  if (where) candidates.push(where);
  // The one role the card leads with: the weightiest office held then.
  const lead = candidates.filter((c) => c.role).sort((a, b) => b.score - a.score || b.sortDate - a.sortDate)[0];
  if (lead) lead.score += ROLE_SCORE;

  // The dead are told by their death first; for everyone else the role held then leads, and the
  // vital line ("32 at the time", "Born 1881") follows it.
  if (vital) candidates.push({ line: vital.line, score: vital.line.kind === 'died' ? DEATH_SCORE : vital.score ?? VITAL_SCORE, sortDate: 0 });
  // The shipped index keeps descriptions with the facts (detail); an entity that carries one wins.
  const written = entity.description ?? detail?.description;
  const description = (unfounded && notYetFounded(entity, unfounded, ctx)) || notYetBorn(entity, usable, ctx) || (!kindHolds && notYetIndependent(entity, usable, ctx.asOf)) || descriptionAt(entity, written && plain(written), detail?.descriptionSpan, ctx.asOf, kindHolds, detail?.descriptionOtherwise && plain(detail.descriptionOtherwise));
  candidates.sort((a, b) => b.score - a.score || b.sortDate - a.sortDate);
  const lines: CardLine[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (lines.length >= MAX_CARD_LINES) break;
    if (seen.has(c.line.text)) continue;
    // A line that only repeats the description ("Brand launched in 1926" over "Founded in 1926").
    if (repeatsDescription(c.line, description.text)) continue;
    // Written text (events, stances) may name a later year: never shown as if known then.
    if (!c.line.later && c.line.kind !== 'born' && c.line.kind !== 'died' && namesLaterYear(c.line.text, ctx.asOf)) continue;
    // Nor may a line dated in an earlier year name the article's own year: what it tells of that
    // year may come after the article's day (Twitter bought in 2022, "renamed X in 2023", on a
    // story from June 2023).
    if ((c.line.kind === 'event' || c.line.kind === 'stance') && c.line.date && yearOf(c.line.date) < yearOf(ctx.asOf) && happensIn(c.line.text, yearOf(ctx.asOf))) continue;
    seen.add(c.line.text);
    lines.push(c.line);
  }
  // Summaries are written as of today: on an older article one may tell what came later, so it is
  // only added when no fact of the entity is dated after the article and it names no later year.
  // A summary dated by a maintainer (summarySince: from when all of it holds) is shown from then on,
  // whatever later facts the record has (a purchase moved out of it into a dated event).
  const summaryHolds = !unfounded && (detail?.summarySince ? !isAfter(detail.summarySince, ctx.asOf) : !facts.some((f) => datedAfter(f, ctx.asOf)));
  // Without a summarySince, a year of the article's own is unsafe too, as in a description: what the
  // summary tells of that year may come after the article's day.
  const summaryYearsHold = !!detail?.summary && (detail.summarySince ? !namesLaterYear(detail.summary, ctx.asOf) : !namesYearFrom(detail.summary, ctx.asOf));
  if (detail?.summary && summaryHolds && lines.length < SUMMARY_BELOW && summaryYearsHold && !saysNothingNew(detail.summary, [entity.name, description.text, ...lines.map((l) => l.text)])) {
    lines.push({ kind: 'summary', text: plain(detail.summary), source: summarySource(detail.sources) });
  }

  const wikipedia = wikipediaUrl(entity, detail);
  // Countries named as the story named them: Macedonia in 2005, not North Macedonia.
  // Text told as later news ("Founded … in Kolkata, after this article") keeps the later names.
  const then = (text: string) => (/after this article/.test(text) ? text : namesThen(text, ctx.asOf));
  return {
    id: entity.id,
    name: (entity.type === 'person' && nameBeforeReign(entity.name, detail?.aliases, usable, ctx.asOf)) || nameThen(entity.name, ctx.asOf),
    type: entity.type,
    ...(entity.subtype && kindHolds ? { subtype: timelessSubtype(entity.subtype) } : {}),
    description: then(description.text),
    ...(description.timeless ? { descriptionTimeless: true } : {}),
    ...(wikipedia ? { wikipedia } : {}),
    lines: lines.map((l) => (l.later ? l : { ...l, text: then(l.text) })),
    asOf: ctx.asOf,
    asOfIsToday: ctx.asOfIsToday,
  };
}

/**
 * A line that tells nothing the description has not: a throne taken ("Became King of England." under
 * "King of England from 1509"), a founding year alone ("Founded in 1926" under
 * "Brand launched in 1926") or a headquarters the description already places the body in
 * ("Headquarters: Munich" under "German football club based in Munich"). A dated day or a place of
 * founding is more than the description says, so it stays.
 */
export function repeatsDescription(line: Pick<CardLine, 'kind' | 'text'>, description: string | undefined): boolean {
  if (!description) return false;
  // "Became King of England." under "King of England from 1509 (1491–1547)": the throne is told already.
  const office = line.kind === 'event' ? /^Became (.+)\.$/.exec(line.text)?.[1] : undefined;
  if (office) return description.toLowerCase().startsWith(`${office.toLowerCase()} from `);
  const year = line.kind === 'founded' ? /^Founded in (\d{3,4})$/.exec(line.text)?.[1] : undefined;
  if (year) return new RegExp(`\\b(?:founded|launched|formed|established|created|started)\\b[^,;]*?\\b${year}\\b`, 'i').test(description);
  const hq = line.kind === 'headquarters' ? /^Headquarters: (.+)$/.exec(line.text)?.[1] : undefined;
  if (!hq) return false;
  const town = escapeRegExp(hq.split(', ')[0]);
  // "based in Munich" anywhere; a bare "in The Hague" only as the description's last words.
  return new RegExp(`\\b(?:based|headquartered) (?:in|at) ${town}(?![\\p{L}\\p{N}])|\\bin (?:${escapeRegExp(hq)}|${town})$`, 'u').test(description);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text tells of something happening in year y ("renamed X in 2023", "until July 2023"), not of a
 *  thing named by a year ("chosen to host the 2016 Olympics"). */
function happensIn(text: string, y: number): boolean {
  return new RegExp(`\\b(?:in|since|by|until|from|after|before|during)\\s+(?:(?:early|late|mid-?)\\s*)?(?:[A-Z][a-z]+\\s+)?(?:\\d{1,2}\\s+)?${y}\\b`).test(text);
}

/** Words a summary uses to join facts the card already shows ("It was founded in 1870 and is based in"). */
const JOINING = new Set('the a an of in on at to for by and or is was are were it its it\'s has have that which who with from as based founded located headquartered'.split(' '));

/** "NASA is a US civil space agency. It was founded in 1958 and is based in Washington, D.C." under the
 *  description and the lines "Founded in 1958", "Headquarters: Washington, D.C.": a summary whose every
 *  word the card already shows repeats it. */
function saysNothingNew(summary: string, shown: string[]): boolean {
  const words = (t: string) => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const have = new Set(shown.flatMap(words));
  return words(summary).every((w) => JOINING.has(w) || have.has(w));
}

/** A country's membership with no date (the UN) says nothing about a date before it existed. */
function undatedMembership(entity: CompiledEntity, f: Fact): boolean {
  return entity.type === 'place' && f.kind === 'member' && !f.start && !f.end;
}

/** OpenAI on a story from 2010: when it was founded, said as later news. */
function notYetFounded(entity: CompiledEntity, f: Fact, ctx: CardContext): { text: string; timeless: boolean } {
  // A region a reform made is created, not founded (Telangana, 2 June 2014).
  return laterBeginning(entity.type === 'place' ? 'Created' : 'Founded', f, ctx);
}

/** "Born 3 January 2003 in Stockholm, after this article": a dated beginning, said as later news. */
function laterBeginning(verb: string, f: Fact, ctx: CardContext): { text: string; timeless: boolean } {
  const where = placeText(f, ctx);
  return { text: `${verb} ${precisionOf(f.date!) === 'year' ? 'in ' : ''}${formatDate(f.date!)}${where ? ` in ${where}` : ''}, after this article`, timeless: true };
}

/** Greta Thunberg on a story from 2001: the birth, said as later news. */
function notYetBorn(entity: CompiledEntity, facts: Fact[], ctx: CardContext): { text: string; timeless: boolean } | undefined {
  if (entity.type !== 'person') return undefined;
  const f = facts.find((x) => x.kind === 'born' && x.date);
  if (!f || !isAfter(f.date!, ctx.asOf)) return undefined;
  return laterBeginning('Born', f, ctx);
}

/** South Sudan on a story from 2005: when independence came, said as later news. */
function notYetIndependent(entity: CompiledEntity, facts: Fact[], asOf: PartialDate): { text: string; timeless: boolean } | undefined {
  if (entity.type !== 'place') return undefined;
  const f = facts.find((x) => x.kind === 'event' && x.role === INDEPENDENCE_ROLE && x.date && isAfter(x.date, asOf));
  if (!f) return undefined;
  return { text: `Independence${f.otherName ? ` from ${f.otherName}` : ''} on ${formatDate(f.date!)}, after this article`, timeless: true };
}

// ---------------------------------------------------------------- selection helpers

/** Drops facts with malformed dates rather than letting one bad record break a card. */
function isUsable(f: Fact): boolean {
  if (!f || typeof f.kind !== 'string' || !f.source) return false;
  for (const d of [f.date, f.start, f.end]) if (d !== undefined && !isPartialDate(d)) return false;
  return f.source.asOf === undefined || isPartialDate(f.source.asOf);
}

/**
 * The same office held over overlapping spans, as two sources tell it (a curated 1992–1996 and an
 * imported 1992–2001), would read as two lines: keep the curated one, else the first.
 */
function dropOverlappingTerms(facts: Fact[], nameOf: (id: string) => string | undefined): Fact[] {
  // Who or what a term is of: an id in one source may be a bare name in another.
  const party = (f: Fact) => (f.otherName ?? (f.other ? nameOf(f.other) : undefined) ?? f.other)?.toLowerCase();
  const spans = facts.filter((f) => f.kind === 'position' || f.kind === 'leader');
  const dropped = new Set<Fact>();
  for (let i = 0; i < spans.length; i++) {
    for (let j = i + 1; j < spans.length; j++) {
      const a = spans[i];
      const b = spans[j];
      if (dropped.has(a) || dropped.has(b) || a.kind !== b.kind) continue;
      const sameStart = !!a.start && a.start === b.start;
      // 'First Vice President' and 'Vice President' over the very same span are one office told twice.
      // 'House Democratic Leader' and 'House Minority Leader' from the same day: one post, named by party or by role.
      const sameSpanTitle = sameStart && a.end === b.end && (endsWithWord(a.role, b.role) || sameFrame(a.role, b.role));
      if (!sameRole(a.role, b.role) && !sameSpanTitle) continue;
      const [oa, ob] = [party(a), party(b)];
      // One side may not name the body, or name its parent ('of the European Union' for the Commission).
      const sameParty = (a.other !== undefined && a.other === b.other) || !oa || !ob || oa === ob || sameStart;
      if (!sameParty) continue;
      if (!overlaps(a, b)) continue;
      // The hand-written one stays; else a dated one over an undated one (which a card cannot place).
      const curated = (f: Fact) => f.source.source === 'curated';
      const undated = (f: Fact) => !f.start && !f.end;
      dropped.add(curated(a) !== curated(b) ? (curated(a) ? b : a) : undated(a) && !undated(b) ? a : b);
    }
  }
  return dropped.size ? facts.filter((f) => !dropped.has(f)) : facts;
}

/** Two titles of three words or more with the same first and last word ("House … Leader"). */
function sameFrame(a: string | undefined, b: string | undefined): boolean {
  const wa = (a ?? '').trim().split(/\s+/);
  const wb = (b ?? '').trim().split(/\s+/);
  return wa.length >= 3 && wb.length >= 3 && wa[0] === wb[0] && wa[wa.length - 1] === wb[wb.length - 1];
}

/**
 * "Became Chancellor of Germany" (1949) beside a term of that office begun that year, from a source
 * that knows the term: the term tells it, with its end.
 */
function dropToldOffices(facts: Fact[]): Fact[] {
  const terms = facts.filter((f) => f.kind === 'position' && f.start);
  if (!terms.length) return facts;
  const told = (e: Fact) => {
    const office = (e.text ?? '').replace(/^Became\s+/, '').toLowerCase();
    return terms.some((t) => yearOf(t.start!) === yearOf(e.date!) && !!t.role && (office.includes(t.role.toLowerCase()) || t.role.toLowerCase().includes(office)));
  };
  return facts.filter((f) => !(tookOffice(f) && f.date && told(f)));
}

/**
 * A head-of-office role has one holder at a time. Sources that stop updating leave the last holder
 * open-ended ("President since 2018"); when another holder of the same role started later (and by
 * the article's date), the earlier term ended then.
 */
function closeSupersededTerms(facts: Fact[], asOf: PartialDate): Fact[] {
  const leaders = facts.filter((f) => f.kind === 'leader' && f.start && !MINOR_ROLE.test(f.role ?? ''));
  let out = facts;
  for (const f of leaders) {
    if (f.end) continue;
    const next = leaders
      .filter((g) => g !== f && sameRole(g.role, f.role) && g.start! > f.start! && !isAfter(g.start!, asOf) && (g.other ?? g.otherName) !== (f.other ?? f.otherName))
      .sort((a, b) => dateSortKey(a.start!) - dateSortKey(b.start!))[0];
    if (next) out = out.map((x) => (x === f ? { ...f, end: next.start } : x));
  }
  return out;
}

/** 'Secretary of Defense' = 'Secretary of Defence'; 'First Minister' = 'First Minister of Scotland'. */
function sameRole(a: string | undefined, b: string | undefined): boolean {
  const norm = (r: string | undefined) => (r ?? '').toLowerCase().replace(/defen[cs]e/g, 'defence').trim();
  const [x, y] = [norm(a), norm(b)];
  // "Senator from Nebraska" (one source) and "Senator" (another) name the same seat.
  return x === y || x.startsWith(`${y} of `) || y.startsWith(`${x} of `) || x.startsWith(`${y} from `) || y.startsWith(`${x} from `);
}

function endsWithWord(a: string | undefined, b: string | undefined): boolean {
  const [x, y] = [(a ?? '').toLowerCase(), (b ?? '').toLowerCase()];
  return !!x && !!y && (x.endsWith(` ${y}`) || y.endsWith(` ${x}`));
}

function overlaps(a: Fact, b: Fact): boolean {
  const aEndsBeforeB = a.end && b.start && isBefore(a.end, b.start);
  const bEndsBeforeA = b.end && a.start && isBefore(b.end, a.start);
  // Touching terms (one ends the day the next starts) are successive, not overlapping.
  const touching = (a.end && b.start && a.end === b.start) || (b.end && a.start && b.end === a.start);
  return !aEndsBeforeB && !bEndsBeforeA && !touching;
}

/** The date a fact starts being true / happened. */
function startOf(f: Fact): PartialDate | undefined {
  return f.start ?? f.date;
}

/** Already known at the article's date (a fact dated after it is left out). */
function knownBy(f: Fact, asOf: PartialDate): boolean {
  const s = startOf(f);
  return !s || !isAfter(s, asOf);
}

/** Held on the article's date: started by then and not surely ended before it. */
function heldAt(f: Fact, asOf: PartialDate): boolean {
  return knownBy(f, asOf) && (!f.end || !isBefore(f.end, asOf));
}

/** Its date or its start falls after the article (a move, a snapshot taken later). */
function startsAfter(f: Fact, asOf: PartialDate): boolean {
  return (!!f.date && isAfter(f.date, asOf)) || (!!f.start && isAfter(f.start, asOf));
}

function datedAfter(f: Fact, asOf: PartialDate): boolean {
  return [f.date, f.start, f.end].some((d) => d !== undefined && isAfter(d, asOf));
}

function concerns(entityId: string, f: Fact, ids: Set<string>): boolean {
  return tiesCount(entityId, f, ids) > 0;
}

/** How many other entities of the article a fact concerns. */
function tiesCount(entityId: string, f: Fact, ids: Set<string>): number {
  const touched = new Set([f.other, f.place, ...(f.about ?? [])]);
  let n = 0;
  for (const id of touched) if (id !== undefined && id !== entityId && ids.has(id)) n++;
  return n;
}

function isOld(date: PartialDate | undefined, asOf: PartialDate): boolean {
  return !!date && yearsBetween(date, asOf) >= AS_OF_YEARS;
}

/** An office a list gives as held goes stale sooner than a number: heads of state and government change
 *  within a year or two (Singapore's president and prime minister in 2023-24, Margrethe II's abdication in
 *  January 2024, after a January 2023 list). Six months after the list, the line says as of when. */
const OFFICE_STALE_MONTHS = 6;

function officeIsOld(snapshot: PartialDate | undefined, asOf: PartialDate): boolean {
  return !!snapshot && daysBetween(snapshot, asOf) >= OFFICE_STALE_MONTHS * 30.5;
}

/** 0..10: how close a dated fact is to the article (same year scores high). */
function recency(date: PartialDate | undefined, asOf: PartialDate): number {
  if (!date) return 0;
  const days = Math.abs(daysBetween(date, asOf));
  return Math.max(0, 10 - days / 180);
}

function plain(text: string): string {
  // Data is plain text by contract; strip anything tag-like defensively so a card never renders markup.
  return text.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
}

function summarySource(sources: SourceRef[] | undefined): SourceRef {
  return sources?.find((s) => s.source === 'curated') ?? sources?.[0] ?? { source: 'curated' };
}

// ---------------------------------------------------------------- naming helpers

// Names that read with "the" after "of": "President of the United States", "Leader of the Taliban".
const THE_START = /^(United |European |National |World |International |Islamic |Democratic |Republic |Kingdom |Federal |Soviet |Czech Republic|Central African|Dominican Republic|Netherlands|Philippines|Gambia|Bahamas|Maldives|Holy See|Vatican|Taliban|Organi[sz]ation|Council|Commission|Office|Ministry|Department|House |Senate|Supreme |Labour |Conservative |Liberal |Communist |Red Cross|Parliament |Federation of )/;
const THE_END = / (Party|Union|Council|Commission|Committee|Movement|Front|Army|Forces|Organi[sz]ation|Assembly|Parliament|Senate|Congress|Bank|Agency|Fund|Programme|Program|Alliance|Court|Emirates|Islands|Republic|Federation|Brotherhood|State|Group|Network|Service|Office|Authority|Valley|Mountains|Strait|Gulf|Sea|Ocean|Territory|Region|District|Governorate)$/;

const TOWN_LIKE_END = / (Valley|Mountains?|Springs)$/;

function withThe(name: string): string {
  if (/^the\s/i.test(name) || /^[a-z]/.test(name)) return name;
  if (/^[A-Z0-9&.-]{2,}$/.test(name)) return name; // acronyms: UNICEF, NATO
  // "Dubai, United Arab Emirates": the article belongs to the place named first, not to its country.
  const head = name.split(', ')[0];
  // "Scotts Valley, California": a valley written with its state is a town, and a town takes no article.
  if (head !== name && TOWN_LIKE_END.test(head)) return name;
  return THE_START.test(head) || THE_END.test(head) ? `the ${name}` : name;
}

function nameFor(id: string | undefined, fallback: string | undefined, ctx: CardContext): string | undefined {
  return (id && ctx.nameOf(id)) || fallback || undefined;
}

/** "House Minority Leader", "Senate Majority Whip": a post that names its chamber needs no country after it. */
const CHAMBER_OFFICE = /^(?:House|Senate) \p{Lu}/u;

/** "Minister of Defence of Afghanistan"; the role alone when it already names the body or its place. */
export function roleOf(role: string | undefined, org: string | undefined): string {
  // A list may write its roles in lower case ("monarch"): a line opens with a capital.
  const r = capitalize(role?.trim() || 'Leader');
  if (!org) return r;
  if (r.toLowerCase().includes(org.toLowerCase()) || LOCAL_OFFICE.test(r) || CHAMBER_OFFICE.test(r)) return r;
  return `${r} of ${withThe(org)}`;
}


function placeText(f: Fact, ctx: CardContext): string | undefined {
  // The written place name is usually more precise ("Bazarak, Panjshir") than the linked entity.
  const name = f.placeName || nameFor(f.place, undefined, ctx);
  // A dataset's filler for an unknown place is no place ("Born 1296 in Other").
  if (!name || NO_PLACE.test(name.trim())) return undefined;
  return withThe(name);
}

function capitalize(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

function formatNumber(n: number): string {
  if (n >= 1e9) return `about ${trimDecimal(n / 1e9)} billion`;
  if (n >= 1e6) return `about ${trimDecimal(n / 1e6)} million`;
  return Math.round(n).toLocaleString('en-US');
}

function trimDecimal(x: number): string {
  return x >= 100 ? String(Math.round(x)) : String(Math.round(x * 10) / 10);
}

function sentence(text: string): string {
  const t = plain(text);
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

// ---------------------------------------------------------------- the person's vital line

interface Vital {
  line: CardLine;
  consumed: Fact[];
  score?: number;
  /** A written event of the death day that tells the death: it leads, the vital line follows it. */
  toldBy?: Fact;
}

/** Where the vital line sorts: after a role held then, before the rest. */
const VITAL_SCORE = 150;
/** "Born 1881" for someone whose status on the date is unknown: context, not the lead. */
const BORN_ONLY_SCORE = 70;
/** Nobody holds an office past this age: an open-ended term of someone older is a stale record. */
const MAX_PLAUSIBLE_AGE = 100;

/**
 * Known to be alive on the article's date. The rule, in order of strength:
 *   1. a death dated after the date;
 *   2. an office or membership of theirs that starts or ends after the date (the dead hold none);
 *   3. an open-ended office a source lists as held on a snapshot date (source.asOf) on or after the
 *      article's date: the source lists living holders as of then (Peppercat's 2023 positions,
 *      Congress's current members, a curated record checked on its asOf date), provided the
 *      person would not be implausibly old then and no death is recorded at all.
 * Anything else is unknown, and the card gives the birth only, never an age.
 */
export function knownAlive(facts: Fact[], asOf: PartialDate): boolean {
  const born = bornOn(facts);
  const anyDeath = facts.some((f) => f.kind === 'died');
  return facts.some((f) => {
    if (f.kind === 'died') return !!f.date && isAfter(f.date, asOf);
    if (f.kind !== 'position' && f.kind !== 'member') return false;
    if ((f.start && isAfter(f.start, asOf)) || (f.end && isAfter(f.end, asOf))) return true;
    if (f.end || anyDeath || !f.source.asOf || isBefore(f.source.asOf, asOf)) return false;
    return !born || yearsBetween(born, f.source.asOf) < MAX_PLAUSIBLE_AGE;
  });
}

/**
 * "32 at the time of this article (born 10 July 1989)" for the known living; for someone dead by
 * the article's date, the death with the age then ("Died 8 April 1973 in Mougins, aged 91"), told
 * by the event written for that day if any ("Assassinated on 9 September 2001 ..."); for anyone
 * else the birth alone ("Born 25 October 1881"): an unknown status never gets an age.
 */
function vitalLine(entity: CompiledEntity, facts: Fact[], ctx: CardContext): Vital | undefined {
  const born = facts.find((f) => f.kind === 'born' && f.date && !isAfter(f.date, ctx.asOf));
  const died = facts.find((f) => f.kind === 'died' && f.date && !isAfter(f.date, ctx.asOf));
  const unborn = facts.filter((f) => f.kind === 'born' && f.date && isAfter(f.date, ctx.asOf));

  if (died?.date) {
    // Short, so the age is never folded away: "Assassinated 9 September 2001 in Khwaja Bahauddin,
    // aged 48". An event written for that day stays a line of its own (it tells why).
    const age = born?.date ? formatAge(born.date, died.date) : null;
    const verb = died.manner && !/^natural/i.test(died.manner) ? capitalize(died.manner) : 'Died';
    const where = placeText(died, ctx);
    let text = `${verb} ${precisionOf(died.date) === 'day' ? '' : 'in '}${formatDate(died.date)}${where ? ` in ${where}` : ''}`;
    if (age) text += `, aged ${age}`;
    const sameDay = facts.find((f) => f.kind === 'event' && f.text && f.date === died.date);
    const relevant = concerns(entity.id, died, ctx.articleIds) || (!!sameDay && concerns(entity.id, sameDay, ctx.articleIds));
    if (sameDay && born?.date && age) {
      // The day's written event tells the death ("Assassinated on 9 September 2001 by …"); this line
      // adds what it does not say, the age then and the birth, in the form the living get.
      const bornWhere = placeText(born, ctx);
      text = `${age} at death (born ${formatDate(born.date)}${bornWhere ? ` in ${bornWhere}` : ''})`;
      return {
        line: { kind: 'died', text, date: born.date, source: born.source, ...(relevant ? { relevant } : {}) },
        consumed: [died, born, ...unborn],
        toldBy: sameDay,
      };
    }
    return {
      line: { kind: 'died', text, date: died.date, source: died.source, ...(relevant ? { relevant } : {}) },
      consumed: [died, ...(born ? [born] : []), ...unborn],
    };
  }

  if (born?.date) {
    const where = placeText(born, ctx);
    const bornText = `born ${formatDate(born.date)}${where ? ` in ${where}` : ''}`;
    const relevant = concerns(entity.id, born, ctx.articleIds);
    const consumed = [born, ...unborn, ...facts.filter((f) => f.kind === 'died')];
    const age = knownAlive(facts, ctx.asOf) ? formatAge(born.date, ctx.asOf) : null;
    const text = age === null
      ? capitalize(bornText)
      : ctx.asOfIsToday ? `Age ${age} (${bornText})` : `${age} at the time of this article (${bornText})`;
    return {
      line: { kind: 'born', text, date: born.date, source: born.source, ...(relevant ? { relevant } : {}) },
      consumed,
      score: age === null ? BORN_ONLY_SCORE : VITAL_SCORE,
    };
  }
  // No usable birth: still never show a death that came after the article.
  return undefined;
}

// ---------------------------------------------------------------- one fact, one line

// Base weight by kind; `relevant` adds RELEVANCE_BONUS on top (stances and events most).
const BASE: Record<string, number> = {
  stance: 60, event: 50, position: 78, 'position-past': 38, 'position-recent': 60,
  relative: 34, leader: 52, 'leader-past': 20, capital: 45, population: 44, founded: 40,
  dissolved: 40, headquarters: 35, member: 30, 'located-in': 25, born: 80, died: 90,
};
const RELEVANCE_BONUS: Record<string, number> = { stance: 40, event: 40, relative: 51, leader: 25, position: 15 };

/** An older tie counts fully only when strong: it concerns this many entities of the article. */
const STRONG_TIE = 2;

function phrase(entity: CompiledEntity, f: Fact, all: Fact[], ctx: CardContext): Candidate | undefined {
  const { asOf } = ctx;
  const relevant = concerns(entity.id, f, ctx.articleIds);
  const when = f.date ?? f.start ?? f.end;
  // Ties near the date matter; an old one only when it binds several of the article's entities.
  const strong = !when || !isOld(when, asOf) || tiesCount(entity.id, f, ctx.articleIds) >= STRONG_TIE;
  const make = (
    weightKey: string,
    text: string | undefined,
    date: PartialDate | undefined,
    extra = 0,
    stale = false,
  ): Candidate | undefined => {
    if (!text) return undefined;
    const bonus = relevant ? Math.round((RELEVANCE_BONUS[f.kind] ?? 10) / (strong ? 1 : 3)) : 0;
    // An undated holding ("Member of Parliament") is only known as of the source's snapshot.
    const undatedSpan = !date && SPAN_KINDS.has(f.kind) && !!f.source.asOf;
    const snapshotDate = date ?? f.source.asOf;
    const asOfFlag = stale || ((SNAPSHOT_KINDS.has(f.kind) || undatedSpan) && isOld(snapshotDate, asOf));
    const shownDate = date ?? (undatedSpan ? f.source.asOf : undefined);
    const line: CardLine = {
      kind: f.kind,
      text: plain(text),
      source: f.source,
      ...(shownDate ? { date: shownDate } : {}),
      ...(asOfFlag ? { asOf: true } : {}),
      ...(relevant ? { relevant: true } : {}),
    };
    return { line, score: (BASE[weightKey] ?? 30) + bonus + extra, sortDate: date ? dateSortKey(date) : 0 };
  };

  switch (f.kind) {
    case 'stance':
    case 'event': {
      if (!f.text || !knownBy(f, asOf)) return undefined;
      // A country's independence weighs as a founding: background, below who governs it.
      return make(f.role === INDEPENDENCE_ROLE ? 'founded' : f.kind, sentence(f.text), f.date ?? f.start, recency(f.date ?? f.start, asOf));
    }
    case 'position': {
      if (!knownBy(f, asOf) || EX_OFFICIO.test(f.role ?? '')) return undefined;
      // An undated holding says nothing about the article's date unless its source dates the
      // snapshot, and one taken after the article says nothing about then either.
      if (!f.start && !f.end && (!f.source.asOf || isAfter(f.source.asOf, asOf))) return undefined;
      // A seat known only by its end says nothing of when it began: Nigel Farage left the European
      // Parliament in 2020 but sat in it only from 1999. Held on the date only within a term of the end.
      if (endsFarAfter(f, asOf)) return undefined;
      const title = roleOf(f.role, nameFor(f.other, f.otherName, ctx));
      if (heldAt(f, asOf) && !diedBy(all, asOf) && !outlived(f, all, asOf)) {
        const text = f.start ? `${title} since ${formatDate(f.start)}${staleNote(f, asOf)}` : title;
        const c = make('position', text, f.start, roleWeight(f.role) + (f.start ? recency(f.start, asOf) / 5 : 0), !f.end && officeIsOld(f.source.asOf, asOf));
        return c && { ...c, role: true };
      }
      if (!f.end) return undefined; // held, but the holder died: covered by the past-tense branch only with an end
      // A past President-elect is the presidency itself, told on its own line.
      if (ELECT_ROLE.test(f.role ?? '')) return undefined;
      // An old minor seat (a deputy's term decades ago) is not background for this story.
      if (MINOR_ROLE.test(f.role ?? '') && yearsBetween(f.end, asOf) >= OLD_MINOR_YEARS) return undefined;
      const recent = daysBetween(f.end, asOf) <= RECENT_END_DAYS;
      const text = recent && f.start
        ? `${title} from ${formatDate(f.start)} until ${formatDate(f.end)}`
        : recent ? `${title} until ${formatDate(f.end)}`
        : `${title}, ${formatRange(f.start, f.end)}`;
      const c = make(recent ? 'position-recent' : 'position-past', text, f.end, recency(f.end, asOf) / 2);
      // An office left within the year is still the status the story turns on ("Vice President until 6 November 2017").
      return c && recent ? { ...c, role: true } : c;
    }
    case 'leader': {
      if (!knownBy(f, asOf)) return undefined;
      const named = nameFor(f.other, f.otherName, ctx);
      if (!named) return undefined;
      const who = withoutRealm(named, entity.name);
      const role = ownRole(capitalize(f.role?.trim() || 'Leader'), entity.name); // Peppercat writes 'monarch: Elizabeth II'
      if (heldAt(f, asOf) && !outlived(f, [], asOf)) {
        return make('leader', `${role}: ${who}${f.start ? ` (since ${formatDate(f.start)}${staleNote(f, asOf)})` : ''}`, f.start, 0, !f.end && officeIsOld(f.source.asOf, asOf));
      }
      // A former leader matters only when the article names them.
      if (!relevant || !f.end) return undefined;
      return make('leader-past', `${role}: ${who} (${formatRange(f.start, f.end)})`, f.end);
    }
    case 'relative': {
      // Family is background only when the relative is in this article too.
      if (!relevant || !knownBy(f, asOf)) return undefined;
      const who = nameFor(f.other, f.otherName, ctx);
      if (!who) return undefined;
      const rel = f.relation?.trim() || 'relative';
      const label = rel === 'relative' ? 'Related to' : capitalize(rel);
      // An undated marriage, child or in-law is known only as of the source's snapshot: on an older
      // story it may not hold yet (Trump married Melania in 2005; Barron was born in 2006), so it is
      // told as the later fact it is.
      const snapshot = f.source.asOf;
      if (!f.start && !f.date && snapshot && !BY_BIRTH.test(rel) && yearOf(snapshot) > yearOf(asOf)) {
        const c = make('relative', `${label}: ${who} (listed in ${yearOf(snapshot)}, after this article)`, undefined);
        return c && { ...c, line: { ...c.line, later: true } };
      }
      return make('relative', `${label}: ${who}`, undefined);
    }
    case 'founded': {
      if (!f.date || isAfter(f.date, asOf)) return undefined;
      const where = placeText(f, ctx);
      const dissolved = all.find((d) => d.kind === 'dissolved' && d.date && !isAfter(d.date, asOf));
      let text = `Founded ${precisionOf(f.date) === 'year' ? 'in ' : ''}${formatDate(f.date)}${where ? ` in ${where}` : ''}`;
      if (dissolved?.date) text += `; ${endedText(dissolved, ctx)}`;
      return make(dissolved ? 'dissolved' : 'founded', text, f.date);
    }
    case 'dissolved': {
      if (!f.date || isAfter(f.date, asOf)) return undefined;
      if (all.some((x) => x.kind === 'founded' && x.date && !isAfter(x.date, asOf))) return undefined; // told with "founded"
      return make('dissolved', capitalize(endedText(f, ctx)), f.date);
    }
    case 'headquarters': {
      // A team or firm based there since a move (the Warriors in San Francisco from 2019) was not before.
      if (startsAfter(f, asOf)) return undefined;
      const where = placeText(f, ctx);
      return make('headquarters', where && `Headquarters: ${where}`, f.date);
    }
    case 'capital': {
      // A capital since a move (Gitega, 2019) was none before it.
      if (startsAfter(f, asOf)) return undefined;
      const cap = nameFor(f.other, typeof f.value === 'string' ? f.value : undefined, ctx);
      return make('capital', cap && `Capital: ${cap}`, f.date);
    }
    case 'population': {
      if (typeof f.value !== 'number' || !isBestPopulation(f, all, asOf)) return undefined;
      // The figure nearest before the article, with its year; a later one only labelled as such.
      const later = !!f.date && isAfter(f.date, asOf);
      // A figure dated only by the listing it was taken from (GeoNames keeps counts of many vintages
      // and gives none) is no count of that year: said as listed then.
      const text = listedOnly(f)
        ? `Population ${formatNumber(f.value)} (listed in ${yearOf(f.date!)}${later ? ', after this article' : ''})`
        : `Population ${formatNumber(f.value)}${f.date ? ` in ${yearOf(f.date)}` : ''}${later ? ', after this article' : ''}`;
      const c = make('population', text, f.date);
      return c && { ...c, line: { ...c.line, ...(later ? { later: true } : {}) } };
    }
    case 'member': {
      if (!heldAt(f, asOf)) return undefined;
      const of = nameFor(f.other, f.otherName, ctx);
      if (!of) return undefined;
      const text = f.other ? `${memberVerb(entity)} ${withThe(of)}${f.start ? ` since ${formatDate(f.start)}` : ''}` : `Part of ${of}`;
      return make('member', text, f.start);
    }
    case 'located-in': {
      return undefined; // told together below
    }
    default:
      return undefined;
  }
}

/** Organizations whose "membership" of another body is ownership: companies and their outlets. */
const OWNED_SUBTYPES = new Set(['company', 'news-outlet', 'news-agency']);

/**
 * Countries are members of the UN or the EU; a firm "in" another firm is owned by it (Instagram by
 * Facebook, Inc.), and a body "in" another is one of its organs (the Security Council is part of the
 * United Nations, the Senate part of Congress), not a member.
 */
export function memberVerb(entity: Pick<CompiledEntity, 'type' | 'subtype'>): string {
  if (entity.type !== 'organization') return 'Member of';
  return OWNED_SUBTYPES.has(entity.subtype ?? '') ? 'Owned by' : 'Part of';
}

/** Relations held from birth: a parent or sibling is one at any date the person lived. */
const BY_BIRTH = /^(?:parent|father|mother|sibling|brother|sister|grandparent|grandfather|grandmother|half-brother|half-sister)$/i;

// Titles that come with another office and only repeat it on a card (the UK prime minister is also
// First Lord of the Treasury and Minister for the Union).
const EX_OFFICIO = /^(First Lord of the Treasury|Lord of the Treasury|Minister for the Union|Minister for the Civil Service|Lord Commissioner of the Treasury)$/i;

// Offices that define a person come before seats and deputy posts ("Prime Minister" before
// "Member of Parliament", "Leader of the House" or "Minister of State").
const HEAD_ROLE = /^(President|Prime Minister|Chancellor|King|Queen|Emperor|Emir|Pope|Supreme Leader|Secretary[- ]General|General Secretary|Director[- ]General|Crown Prince|First Minister|Premier|Chief Justice|Managing Director|High Representative)\b/i;
const SENIOR_ROLE = /^(Leader of the (?!House)|Chief executive|CEO|Chair|Governor|Mayor|Speaker|Secretary of State|Minister|Secretary of)/i;
const ELECT_ROLE = /-elect\b|\bdesignate\b|\bnominee\b/i;
/** A minor office that ended this many years before the article is left out. */
const OLD_MINOR_YEARS = 10;
const MINOR_ROLE = /\b(Vice|Deputy|Member of|Representative|Senator|Assistant|Adviser|Advisor|Leader of the House|Minister of State|Minister in|Minister for (?!Foreign))/i;

function roleWeight(role: string | undefined): number {
  if (!role) return 0;
  if (MINOR_ROLE.test(role)) return -4;
  if (HEAD_ROLE.test(role)) return 8;
  return SENIOR_ROLE.test(role) ? 3 : 0;
}

/**
 * "dissolved 1 April 2020; succeeded by T-Mobile US": a body with a successor was not simply closed
 * (General Electric's old form ended in 2024 with GE Aerospace after it); unnamed, the successor is
 * still said.
 */
export function endedText(f: Fact, ctx: Pick<CardContext, 'nameOf'>): string {
  const when = `${precisionOf(f.date!) === 'year' ? 'in ' : ''}${formatDate(f.date!)}`;
  if (f.relation !== 'successor') return `dissolved ${when}`;
  const next = nameFor(f.other, f.otherName, ctx as CardContext);
  return next ? `dissolved ${when}; succeeded by ${next}` : `replaced by a successor ${when}`;
}

/** A population fact whose year is only its source's snapshot year: the count's own year is unknown. */
export function listedOnly(f: Fact): boolean {
  return !!f.date && precisionOf(f.date) === 'year' && !!f.source.asOf && yearOf(f.source.asOf) === yearOf(f.date);
}

/** "Secretary-General" on the United Nations' own card, not "Secretary-General of the United Nations". */
export function ownRole(role: string, orgName: string): string {
  const m = new RegExp(`^(.+?) of (?:the )?${escapeRegExp(orgName.replace(/^the /i, ''))}$`, 'i').exec(role);
  return m ? m[1] : role;
}

/** "King: Abdullah II" on Jordan's own card, not "Abdullah II of Jordan": the realm is the card's. */
export function withoutRealm(who: string, realm: string): string {
  const suffix = ` of ${realm.replace(/^the /i, '')}`;
  return who.endsWith(suffix) && who.length > suffix.length + 1 ? who.slice(0, -suffix.length) : who;
}

/** "; as of January 2023" when an open-ended holding is only known from a snapshot months older than the article. */
function staleNote(f: Fact, asOf: PartialDate): string {
  return !f.end && f.source.asOf && officeIsOld(f.source.asOf, asOf) ? `; as of ${formatDate(f.source.asOf.slice(0, 7))}` : '';
}

function diedBy(all: Fact[], asOf: PartialDate): boolean {
  return all.some((f) => f.kind === 'died' && f.date && !isAfter(f.date, asOf));
}

/** The longest reigns came near 72 years; no one has lived 120. */
const MAX_OPEN_TERM_YEARS = 75;
const MAX_AGE_YEARS = 120;

/**
 * An office with a start and no end, from a source that lists only when it began ("Emperor of China
 * from 229"), cannot still be held long after: not past the longest reign, nor past a lifetime.
 */
function outlived(f: Fact, all: Fact[], asOf: PartialDate): boolean {
  if (f.end || !f.start) return false;
  if (yearsBetween(f.start, asOf) > MAX_OPEN_TERM_YEARS) return true;
  const born = bornOn(all);
  return !!born && yearsBetween(born, asOf) > MAX_AGE_YEARS;
}

/** The latest population figure dated by the article; else the earliest one after it. */
function isBestPopulation(f: Fact, all: Fact[], asOf: PartialDate): boolean {
  const pops = all.filter((p) => p.kind === 'population' && typeof p.value === 'number');
  const dated = (p: Fact) => (p.date ? dateSortKey(p.date) : -Infinity);
  const before = pops.filter((p) => !p.date || !isAfter(p.date, asOf));
  const pool = before.length ? before : pops;
  const pick = before.length
    ? pool.reduce((a, b) => (dated(b) > dated(a) ? b : a))
    : pool.reduce((a, b) => (dated(b) < dated(a) ? b : a));
  return pick === f;
}

/** "In Panjshir Province, Afghanistan": every containing place on one line, innermost first. */
function locatedInLine(entity: CompiledEntity, facts: Fact[], ctx: CardContext): Candidate | undefined {
  const within = facts.filter((f) => f.kind === 'located-in' && knownBy(f, ctx.asOf) && (!f.end || !isBefore(f.end, ctx.asOf)));
  const names = [...new Set(within.map((f) => nameFor(f.other, f.otherName ?? f.placeName, ctx)).filter((n): n is string => !!n))];
  if (!names.length) return undefined;
  const relevant = within.some((f) => concerns(entity.id, f, ctx.articleIds));
  return {
    // "In the United States", but "In Ohio, United States": after a comma, as in an address, no article.
    line: { kind: 'located-in', text: `In ${[withThe(names[0]), ...names.slice(1)].join(', ')}`, source: within[0].source, ...(relevant ? { relevant: true } : {}) },
    score: BASE['located-in'] + (relevant ? 10 : 0),
    sortDate: 0,
  };
}
