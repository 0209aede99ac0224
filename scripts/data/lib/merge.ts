/**
 * Merges the records of both layers into one record per id.
 * - Imported records with the same id from several sources (e.g. a country from world-countries and
 *   the Factbook) merge: scalar fields come from the higher-priority source, aliases/sources union,
 *   facts union (single-valued facts such as 'born' from the higher-priority source only).
 * - Curated records override the result field by field; their facts replace imported facts of the
 *   same slot (a curated 'born' replaces the imported one; a curated position replaces the imported
 *   position with the same role and 'other'); aliases and sources are unioned.
 */
import type { CorrectionRecord } from '../../../core/kb/schema';
import type { EntityRecord, Fact, SourceRef } from '../../../core/types';
import { datedDescription, isReign, neverHolds, officeOf, tookOffice } from '../../../core/card/describe';
import type { LocatedRecord } from './read-layers';

/** Imported files earlier in this list win scalar conflicts. Unknown files come after, by name. */
export const IMPORT_PRIORITY = [
  'world-countries', 'factbook', 'countries-list', 'supraverden', 'us-congress', 'wikidata', 'peppercat', 'partyfacts', 'ucdp',
  'wikitrivia', 'us-newspapers', 'nsi', 'openfootball', 'pantheon', 'geonames', 'phoenix',
];

const SINGLE_VALUED = new Set(['born', 'died', 'founded', 'dissolved', 'capital', 'headquarters', 'population']);

/** Facts that describe the same thing share a slot; a curated fact replaces imported ones in its slot. */
export function factSlot(f: Fact): string {
  if (SINGLE_VALUED.has(f.kind)) return f.kind;
  switch (f.kind) {
    case 'position': return `position|${f.role}|${f.other ?? f.otherName ?? ''}|${f.start ?? ''}`;
    case 'relative': return `relative|${f.other ?? f.otherName}`;
    case 'member':
    case 'leader':
    case 'located-in': return `${f.kind}|${f.other ?? f.otherName}`;
    default: return `${f.kind}|${JSON.stringify(f)}`;
  }
}

function unionStrings(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (!a?.length && !b?.length) return undefined;
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of [...(a ?? []), ...(b ?? [])]) if (!seen.has(s)) { seen.add(s); out.push(s); }
  return out;
}

function unionSources(a: SourceRef[], b: SourceRef[]): SourceRef[] {
  const seen = new Set<string>();
  const out: SourceRef[] = [];
  for (const s of [...a, ...b]) {
    const k = `${s.source}|${s.url ?? ''}`;
    if (!seen.has(k)) { seen.add(k); out.push(s); }
  }
  return out;
}

/** Sources whose generated line is no fallback: NSI's shop categories ("Telecommunications company,
 *  international" for Apple), Supraverden's and Phoenix's kinds of body. */
const NO_FALLBACK = new Set(['nsi', 'supraverden', 'phoenix']);

/** Merge `lo` into `hi` (hi wins scalars). Facts: hi's facts, plus lo's facts whose slot hi lacks.
 *  `hi` may be a curated correction without type, name or sources: `lo`'s are kept. `loTrusted`: lo's
 *  description may stand in where hi's does not hold (not from NO_FALLBACK). */
function mergeTwo(hi: EntityRecord | CorrectionRecord, lo: EntityRecord, loTrusted = true): EntityRecord {
  const out: EntityRecord = { ...lo, ...stripUndefined(hi) };
  // A period dates the text it came with: another layer's description (or summary) does not inherit it.
  if (hi.description !== undefined && hi.description !== lo.description && hi.descriptionSpan === undefined) delete out.descriptionSpan;
  // The description that lost is kept for dates where the winner does not hold (describe.ts), when it
  // may not: a winner with a period, a year or "former" in it; a loser with no period, that puts the
  // entity in the same country (Pantheon's birthplace country is not a Finnish president's) and may hold
  // at some date ("Former United States representative" holds at none). The higher source's line wins:
  // hi's stand-in, then lo's own description, then lo's stand-in (Trump's "Former President of the
  // United States (2017–2021)" before Pantheon's "Businessperson from the United States").
  if (hi.description !== undefined && hi.description !== lo.description) {
    delete out.descriptionOtherwise;
    const sameCountry = !lo.country || !out.country || lo.country === out.country;
    const own = lo.descriptionSpan || !sameCountry || !loTrusted || !lo.description || neverHolds(lo.description) ? undefined : lo.description;
    const otherwise = (hi as EntityRecord).descriptionOtherwise ?? own ?? lo.descriptionOtherwise;
    if (otherwise && otherwise !== hi.description && (hi.descriptionSpan || datedDescription(hi.description))) out.descriptionOtherwise = otherwise;
  }
  if (hi.summary !== undefined && hi.summary !== lo.summary && hi.summarySince === undefined) delete out.summarySince;
  // Another source's spelling of the name ('Ahmed Shah Massoud') is kept as an alias.
  out.aliases = unionStrings(hi.aliases, lo.name !== out.name ? [...(lo.aliases ?? []), lo.name] : lo.aliases);
  out.notAliases = unionStrings(hi.notAliases, lo.notAliases);
  if (hi.langAliases || lo.langAliases) {
    const langs: Record<string, string[]> = {};
    for (const l of [...new Set([...Object.keys(hi.langAliases ?? {}), ...Object.keys(lo.langAliases ?? {})])].sort()) langs[l] = unionStrings(hi.langAliases?.[l], lo.langAliases?.[l]) ?? [];
    out.langAliases = langs;
  }
  out.sources = unionSources(hi.sources ?? [], lo.sources);
  if (lo.prominence !== undefined || hi.prominence !== undefined) out.prominence = Math.max(hi.prominence ?? 0, lo.prominence ?? 0);
  const hiSlots = new Set((hi.facts ?? []).map(factSlot));
  const facts = [...(hi.facts ?? []), ...(lo.facts ?? []).filter((f) => !hiSlots.has(factSlot(f)))];
  out.facts = facts.length ? facts : undefined;
  for (const k of Object.keys(out) as (keyof EntityRecord)[]) if (out[k] === undefined) delete out[k];
  return out;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function fileKey(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.jsonl$/, '');
}

function priority(file: string): number {
  const i = IMPORT_PRIORITY.indexOf(fileKey(file));
  return i < 0 ? IMPORT_PRIORITY.length : i;
}

/** Sources that give a famous person a country by a rule of their own: Pantheon the birthplace's
 *  country today (Freddie Mercury "from Tanzania", Boris Johnson "from the United States"), Wikitrivia
 *  one of Wikidata's citizenships (Frank Sinatra "from Italy"). Sources of office holders (Peppercat,
 *  Congress, Wikidata) say whose office, which settles it. */
const GUESSED_NATION = new Set(['pantheon', 'wikitrivia']);

/**
 * A person two guessing sources put in different countries gets none: the description says what they
 * did and when ("Singer, born 1915", "Actor (1915–1998)"), not a country one source or the other made up,
 * and the timeless line falls back to the kind alone. A country from an office holder's source stays.
 */
class PersonNations {
  private readonly guessed = new Map<string, Set<string>>();
  private readonly settled = new Set<string>();

  add(file: string, r: EntityRecord): void {
    if (r.type !== 'person' || !r.country) return;
    if (!GUESSED_NATION.has(file)) {
      this.settled.add(r.id);
      return;
    }
    let s = this.guessed.get(r.id);
    if (!s) this.guessed.set(r.id, (s = new Set()));
    s.add(r.country);
  }

  settle(merged: Map<string, EntityRecord>): void {
    for (const [id, countries] of this.guessed) {
      if (countries.size < 2 || this.settled.has(id)) continue;
      const rec = merged.get(id)!;
      delete rec.country;
      if (rec.description) rec.description = withoutCountry(rec.description);
      if (rec.descriptionOtherwise) rec.descriptionOtherwise = withoutCountry(rec.descriptionOtherwise);
    }
  }
}

/** "Actor from Italy (1915–1998)" → "Actor (1915–1998)"; "Singer from the United States, born 1915" → "Singer, born 1915".
 *  A year after 'from' is a reign's or a term's start, not a country ("King of England from 1100"). */
export function withoutCountry(description: string): string {
  return description.replace(/ from (?!\d)[^,(]+?(?=,| \(|$)/, '');
}

/** The kind of person a generated description starts with: "Actor" of "Actor from Italy (1915–1998)". */
const OCCUPATION = /^[^,(]+?(?= from | since |, | \(|$)/;

/** Pantheon's classes for the kin and courts of rulers and for anyone in power: a monarch filed under
 *  them is better called a monarch (Pedro II of Brazil was 'Politician', Margrethe II 'Nobleman'). */
const RULER_CLASSES = new Set(['Politician', 'Nobleman', 'Public worker']);

/**
 * Whether Wikitrivia's opening kind stays over Pantheon's: a title the record says the person took
 * ('King of England from 1100', 'Former Queen of the Netherlands (1980–2013)'), a Nobel prize, or
 * 'Monarch' (the famous-monarchs list) where Pantheon has only a broad class of power.
 */
export function wikitriviaKindStays(theirs: string, ours: string, facts: readonly Fact[] = []): boolean {
  if (/laureate/.test(theirs)) return true;
  if (theirs === 'Monarch' && RULER_CLASSES.has(ours)) return true;
  const title = theirs.replace(/^Former /, '');
  return facts.some((f) => tookOffice(f) && f.text === `Became ${title}`);
}

/**
 * A person Wikitrivia describes by the famous-deaths list it found them in, and Pantheon by their
 * occupation, is what Pantheon says: Paul Newman and James Stewart were in the "military officers"
 * list, Albert Camus in the actors'. Wikitrivia's life span stays ("Actor (1908–1997)"). A throne or an
 * office Wikitrivia names stays (wikitriviaKindStays).
 */
function pantheonOccupations(merged: Map<string, EntityRecord>, describedBy: ReadonlyMap<string, string>, pantheon: ReadonlyMap<string, EntityRecord>): void {
  for (const [id, p] of pantheon) {
    const rec = merged.get(id)!;
    if (describedBy.get(id) !== 'wikitrivia' || !rec.description || !p.description) continue;
    const theirs = OCCUPATION.exec(rec.description)?.[0];
    const ours = OCCUPATION.exec(p.description)?.[0];
    if (!theirs || !ours || theirs === ours || wikitriviaKindStays(theirs, ours, rec.facts)) continue;
    rec.description = ours + rec.description.slice(theirs.length);
    if (p.subtype) rec.subtype = p.subtype;
  }
}

/**
 * A monarch Pantheon files under power ('Politician', 'Nobleman') is one on the card: where Pantheon's
 * line is shown (or stands in) for someone another source says reigned (a throne taken, a 'monarch'
 * position), its kind reads 'Monarch' ('Monarch from Denmark, born 1940' for Margrethe II, whose reign
 * Wikitrivia's rows close in 2024). The kind holds only from the throne on (describe.ts kindHoldsAt).
 */
function pantheonMonarchs(merged: Map<string, EntityRecord>, pantheon: ReadonlyMap<string, EntityRecord>): void {
  for (const [id, p] of pantheon) {
    const rec = merged.get(id)!;
    const ours = p.description && OCCUPATION.exec(p.description)?.[0];
    if (!ours || !RULER_CLASSES.has(ours) || !rec.facts?.some((f) => isReign(officeOf(f) ?? ''))) continue;
    const monarch = 'Monarch' + p.description!.slice(ours.length);
    if (rec.description === p.description) rec.description = monarch;
    else if (rec.descriptionOtherwise === p.description) rec.descriptionOtherwise = monarch;
    else continue;
    rec.subtype = 'monarch';
  }
}

/** Ages at which someone takes a throne or an office, at the outside: a child king to a very old man. */
const OFFICE_AGES = [0, 100] as const;
/** Years BC are guesses a century apart between sources (Anedjib: born 2950 BC, king from 3001 BC). */
const BC_SLACK = 100;

/** Whether a taking of office on `taken` fits a life begun on `born` (years, BC negative). */
export function officeFitsLife(taken: string, born: string): boolean {
  const [t, b] = [parseInt(taken, 10), parseInt(born, 10)];
  const slack = Math.min(t, b) < 0 ? BC_SLACK : 0;
  return t - b >= OFFICE_AGES[0] - slack && t - b <= OFFICE_AGES[1] + slack;
}

/**
 * A Pantheon person who got the id of someone else with the same name (Tacitus the historian, born
 * 56, and the emperor of 275; King Solomon and Solomon of Hungary) does not take that one's throne:
 * where no office Wikitrivia dates fits Pantheon's birth year, Pantheon's line and kind stay.
 */
function officesOfNamesakes(merged: Map<string, EntityRecord>, describedBy: ReadonlyMap<string, string>, pantheon: ReadonlyMap<string, EntityRecord>): void {
  for (const [id, p] of pantheon) {
    const rec = merged.get(id)!;
    const born = p.facts?.find((f) => f.kind === 'born')?.date;
    const taken = (rec.facts ?? []).filter((f) => tookOffice(f) && f.date);
    if (describedBy.get(id) !== 'wikitrivia' || !born || !p.description || !taken.length || taken.some((f) => officeFitsLife(f.date!, born))) continue;
    rec.description = p.description;
    delete rec.descriptionOtherwise;
    rec.subtype = p.subtype;
  }
}

/** Years a birth a description's span gives may fall after Pantheon's before the span is a reign or a term. */
const SPAN_NOT_LIFE_YEARS = 15;

/**
 * A Wikitrivia birth read from '(1861–1878)' that falls SPAN_NOT_LIFE_YEARS or more after Pantheon's
 * birth year was a reign (Victor Emmanuel II, born 1820, 'died aged 16 or 17') or a term (Gaddafi's
 * 1969): Pantheon's birth stands, and the line keeps only the death ('Monarch from Italy, died 1878').
 */
function reignSpans(merged: Map<string, EntityRecord>, describedBy: ReadonlyMap<string, string>, pantheon: ReadonlyMap<string, EntityRecord>): void {
  for (const [id, p] of pantheon) {
    const rec = merged.get(id)!;
    const ours = p.facts?.find((f) => f.kind === 'born' && f.date);
    const theirs = rec.facts?.find((f) => f.kind === 'born' && f.date);
    if (!ours || !theirs || theirs === ours || parseInt(theirs.date!, 10) - parseInt(ours.date!, 10) < SPAN_NOT_LIFE_YEARS) continue;
    rec.facts = rec.facts!.map((f) => (f === theirs ? ours : f));
    const from = String(parseInt(theirs.date!, 10));
    // Another source's '(1969–2011)' is its own term, not this misread span.
    if (rec.description && describedBy.get(id) === 'wikitrivia') rec.description = rec.description.replace(new RegExp(`\\s*\\(${from}–(\\d+)\\)$`), ', died $1');
  }
}

export function mergeLayers(records: LocatedRecord[]): Map<string, EntityRecord> {
  const imported = records
    .filter((r) => r.layer === 'imported')
    .sort((a, b) => priority(a.file) - priority(b.file) || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  const merged = new Map<string, EntityRecord>();
  const nations = new PersonNations();
  // The source of each merged record's description (the first, by priority, that has one).
  const describedBy = new Map<string, string>();
  const pantheon = new Map<string, EntityRecord>();
  for (const r of imported) {
    // Imported records always parse with the full schema (validate-records.ts).
    const record = r.record as EntityRecord;
    const prev = merged.get(record.id);
    const file = fileKey(r.file);
    merged.set(record.id, prev ? mergeTwo(prev, record, !NO_FALLBACK.has(file)) : record);
    if (record.description && !prev?.description) describedBy.set(record.id, file);
    nations.add(file, record);
    if (file === 'pantheon' && record.type === 'person') pantheon.set(record.id, record);
  }
  pantheonOccupations(merged, describedBy, pantheon);
  officesOfNamesakes(merged, describedBy, pantheon);
  pantheonMonarchs(merged, pantheon);
  reignSpans(merged, describedBy, pantheon);
  nations.settle(merged);
  const curated = records.filter((r) => r.layer === 'curated');
  for (const r of curated) {
    const prev = merged.get(r.record.id);
    // Without an imported record the curated one parsed with the full schema (validate-records.ts).
    const rec = prev ? mergeTwo(r.record, prev, !NO_FALLBACK.has(describedBy.get(r.record.id) ?? '')) : (r.record as EntityRecord);
    // Curated entities are chosen for being newsworthy: never let them rank below ordinary namesakes.
    if (r.record.prominence === undefined) rec.prominence = Math.max(rec.prominence ?? 0, 0.7);
    merged.set(r.record.id, rec);
  }
  // A city-state whose town record merged into it (Hong Kong, Singapore share one Wikidata id) is not
  // "in" one of its own districts: the town's located-in fact is dropped.
  for (const rec of merged.values()) {
    if (rec.type !== 'place' || !NATION_KINDS.has(rec.subtype ?? '') || !rec.facts?.length) continue;
    const inside = (f: Fact) => {
      const o = f.kind === 'located-in' && f.other ? merged.get(f.other) : undefined;
      return !!o && o.type === 'place' && o.country === rec.country && !NATION_KINDS.has(o.subtype ?? '');
    };
    if (rec.facts.some(inside)) rec.facts = rec.facts.filter((f) => !inside(f));
  }
  for (const rec of merged.values()) if (rec.facts?.length) rec.facts = innermostFirst(rec.facts, (id) => merged.get(id));
  return merged;
}

/**
 * A place's containing places innermost first, its country last ("In Lazio, Italy", not "In Italy,
 * Lazio"; "In England, United Kingdom"): merging a record that lists only the country before one that
 * lists the region too put the country first. A listed place that another listed place lies in comes
 * after it; failing that, a country or territory comes last. Other facts keep their order.
 */
export function innermostFirst(facts: Fact[], lookup: (id: string) => Pick<EntityRecord, 'type' | 'subtype' | 'facts'> | undefined): Fact[] {
  const within = facts.filter((f) => f.kind === 'located-in');
  if (within.length < 2) return facts;
  const ids = new Set(within.map((f) => f.other).filter((o): o is string => !!o));
  // How many of the other listed places lie in this one (0 for the innermost), then nation last.
  const outer = (f: Fact) => {
    if (!f.other) return 0;
    let n = 0;
    for (const id of ids) if (id !== f.other && (lookup(id)?.facts ?? []).some((g) => g.kind === 'located-in' && g.other === f.other)) n++;
    const o = lookup(f.other);
    return n * 2 + (o?.type === 'place' && NATION_KINDS.has(o.subtype ?? '') ? 1 : 0);
  };
  const ordered = within.map((f, i) => ({ f, i, k: outer(f) })).sort((a, b) => a.k - b.k || a.i - b.i).map((x) => x.f);
  let k = 0;
  return facts.map((f) => (f.kind === 'located-in' ? ordered[k++] : f));
}

const NATION_KINDS = new Set(['country', 'territory']);
