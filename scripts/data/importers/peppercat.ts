/**
 * Peppercat world leaders (CC BY-NC 4.0; facts from Wikidata, CC0): people who held national
 * offices (heads of state and government, ministers, EU and UN heads, governors, mayors), with
 * dated positions, birth and death with their precision, and family links. Legislator-only people
 * are skipped to keep the package small. Also adds 'leader' facts (heads of state and government)
 * to the countries. Swap this module for a fresh Wikidata pull to lift the non-commercial clause.
 */
import type { EntityRecord, Fact } from '../../../core/types';
import { LOCAL_OFFICE } from '../../../core/card/describe';
import { compareDates } from '../lib/validate-records';
import { type ImportContext, dateWithPrecision, readCsv, sharedPath, src, withArticle, yearOf } from './util';

const DIR = 'peppercat-world-leaders';
const AS_OF = '2023-01-15';

/** Roles that make someone a national leader: they rank first in descriptions and prominence. */
const TOP_ROLE = /^(President|Prime Minister|Chancellor|King|Queen|Emir|Sultan|Supreme Leader|Monarch|Head of State|Head of Government|Premier|Chief Executive|Taoiseach|Supreme Leader of Afghanistan|President of the European (Commission|Council)|Secretary-General of the United Nations|Director-General of the World Health Organization)$/i;
const HIGH_ROLE = /^(Vice President|President of the Senate|President of the National Assembly|Speaker of the [A-Z][\w ]+|Chief Justice( of [A-Z][\w ]+)?|Deputy Prime Minister|First Deputy Prime Minister|Minister (of|for) (Foreign Affairs|Defence|Defense|Finance|the Interior|Interior|Internal Affairs)|Secretary of State|Foreign Minister|Governor of the Central Bank|Chief of the General Staff|Leader of the Opposition)$/i;
/** Offices too minor or numerous for a hover card's cast (keeps size down). */
const SKIP_ROLE = /ambassador|permanent representative|justice of the supreme court|^judge|consul/i;

/** Since the Lisbon Treaty (1 December 2009) the European Council has a standing president; the
 *  source files the six-month rotating presidency of the Council of the EU under the same title
 *  (Zapatero, January–June 2010), which would put two presidents on the EU's card. */
const LISBON = '2009-12-01';
const ROTATING_DAYS = 200;
export function roleHeld(role: string, start?: string, end?: string): string {
  if (!/^President of the European Council$/i.test(role) || !start || !end || start < LISBON) return role;
  const days = (Date.parse(end) - Date.parse(start)) / 86_400_000;
  return days >= 0 && days <= ROTATING_DAYS ? 'President of the Council of the European Union' : role;
}

const WORLD_ORGS: [RegExp, string, string][] = [
  [/United Nations/i, 'Q1065', 'United Nations'],
  [/World Health Organization/i, 'Q7817', 'World Health Organization'],
  [/World Trade Organization/i, 'Q7825', 'World Trade Organization'],
];

function rank(role: string): number {
  return TOP_ROLE.test(role) ? 3 : HIGH_ROLE.test(role) ? 2 : /minister|secretary|governor|mayor/i.test(role) ? 1 : 0;
}

/** Latest year a list of positions reaches (a current one counts as now). */
function lastYear(list: Pos[]): number {
  return Math.max(...list.map((p) => (p.current || !p.end ? 9999 : Number(p.end.slice(0, 4)))));
}

/** Size knob: which office holders ship. Leaders always; senior posts since 2000; ministers and governors since 2019. */
export function keepHolder(list: Pos[]): boolean {
  const best = Math.max(...list.map((p) => rank(p.role)));
  const last = lastYear(list);
  if (best === 3) return true;
  if (best === 2) return last >= 2000;
  // Ministers and governors; mayors and (deputy) secretaries are too many for the index budget.
  if (best === 1) return last >= 2019 && list.some((p) => rank(p.role) === 1 && /minister|governor/i.test(p.role));
  return false;
}

/** Offices several people hold at once (no successor can be read from a later start). */
const SHARED_ROLE = /deputy|vice|state|without portfolio|senior|member|assistant|co-|councillor|councilor|adviser|advisor/i;

/**
 * A past term the source left open ends when the next holder of the same office starts: Peppercat's
 * historic list often lacks ends, and an open term would read "President since 1994". Only for
 * offices one person holds at a time (none with two holders in the current list) and never for a
 * term the source lists as current.
 */
export function closeSupersededTerms(positions: Map<string, Pos[]>, current: Record<string, string>[]): void {
  const holders = new Map<string, number>();
  for (const r of current) holders.set(`${r.position}|${r.catalog_slug}`, (holders.get(`${r.position}|${r.catalog_slug}`) ?? 0) + 1);
  const starts = new Map<string, { person: string; start: string }[]>();
  for (const [person, list] of positions) {
    for (const p of list) {
      if (!p.start) continue;
      const k = `${p.role}|${p.catalogSlug}`;
      const l = starts.get(k) ?? [];
      l.push({ person, start: p.start });
      starts.set(k, l);
    }
  }
  for (const l of starts.values()) l.sort((a, b) => compareDates(a.start, b.start) || (a.person < b.person ? -1 : 1));
  for (const [person, list] of positions) {
    for (const p of list) {
      const k = `${p.role}|${p.catalogSlug}`;
      if (p.end || p.current || !p.start || SHARED_ROLE.test(p.role) || (holders.get(k) ?? 0) > 1) continue;
      const next = starts.get(k)?.find((x) => x.person !== person && compareDates(x.start, p.start!) > 0);
      if (next) p.end = next.start;
    }
  }
}

export interface Pos { role: string; catalogSlug: string; catalog: string; start?: string; end?: string; current: boolean }

export function catalogCountries(ctx: ImportContext & { countryByName: ReadonlyMap<string, string> }, rows: Record<string, string>[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of rows) {
    if (out.has(r.catalog_slug)) continue;
    const iso = ctx.countryByName.get(r.catalog.toLowerCase()) ?? ctx.countryByName.get(r.catalog_slug.replace(/-/g, ' '));
    if (iso) out.set(r.catalog_slug, iso);
  }
  return out;
}

export function importPeppercat(ctx: ImportContext & { countryByName: ReadonlyMap<string, string> }): EntityRecord[] {
  const current = readCsv(sharedPath(DIR, 'positions-current.csv'));
  const historic = readCsv(sharedPath(DIR, 'positions-historic.csv'));
  const people = readPeople();
  const relatives = readCsv(sharedPath(DIR, 'relatives.csv'));
  const isoOf = catalogCountries(ctx, [...current, ...historic]);

  const positions = new Map<string, Pos[]>();
  const seenPos = new Set<string>();
  const addPos = (r: Record<string, string>, isCurrent: boolean) => {
    if (!/^Q\d+$/.test(r.personID) || !r.position || SKIP_ROLE.test(r.position)) return;
    const key = `${r.personID}|${r.position}|${r.catalog_slug}|${r.start}|${r.end ?? ''}`;
    if (seenPos.has(key)) return;
    seenPos.add(key);
    const list = positions.get(r.personID) ?? [];
    const start = dateWithPrecision(r.start);
    const end = dateWithPrecision(r.end);
    list.push({ role: roleHeld(r.position, start, end), catalogSlug: r.catalog_slug, catalog: r.catalog, start, end, current: isCurrent });
    positions.set(r.personID, list);
  };
  for (const r of current) addPos(r, true);
  for (const r of historic) addPos(r, false);
  closeSupersededTerms(positions, current);

  const bio = new Map<string, Record<string, string>>();
  for (const p of people) if (/^Q\d+$/.test(p.id) && !bio.has(p.id)) bio.set(p.id, p);

  // People kept (size knob): national leaders of any era; other senior office holders of recent
  // decades (see keepHolder); plus the relatives of a national leader (Ahmad Shah Massoud's son).
  const kept = new Set([...positions].filter(([, list]) => keepHolder(list)).map(([id]) => id));
  const leaders = new Set([...kept].filter((id) => positions.get(id)!.some((p) => rank(p.role) === 3)));
  for (const r of relatives) if (leaders.has(r.id) && bio.has(r.relative)) kept.add(r.relative);
  for (const r of relatives) if (leaders.has(r.relative) && bio.has(r.id)) kept.add(r.id);
  // Every other office holder exists too (prominence decides what gets marked), with a lighter record:
  // birth, death and the two most important offices (size knob).
  const minor = new Set([...positions.keys()].filter((id) => !kept.has(id)));
  for (const id of minor) kept.add(id);

  const ofOrg = (p: Pos): { other?: string; otherName?: string } => {
    if (p.catalogSlug === 'european-union') return { other: 'Q458', otherName: 'European Union' };
    if (p.catalogSlug === 'world') {
      const hit = WORLD_ORGS.find(([re]) => re.test(p.role));
      return hit ? { other: hit[1], otherName: hit[2] } : {};
    }
    const iso = isoOf.get(p.catalogSlug);
    return iso ? { other: ctx.countryQid.get(iso), otherName: ctx.countryName.get(iso) } : { otherName: p.catalog };
  };

  const records = new Map<string, EntityRecord>();
  const countryLeaders = new Map<string, Fact[]>();
  for (const qid of [...kept].sort()) {
    const b = bio.get(qid);
    const pos = positions.get(qid) ?? [];
    const name = b?.name || undefined;
    if (!name) continue;
    const url = `https://www.wikidata.org/wiki/${qid}`;
    // The record's source carries the Wikidata URL; facts only say as of when.
    const source = src('peppercat', { asOf: AS_OF });
    const facts: Fact[] = [];
    const born = dateWithPrecision(b?.dob, b?.dobp);
    const died = dateWithPrecision(b?.dod, b?.dodp);
    if (born) facts.push({ kind: 'born', date: born, source });
    if (died) facts.push({ kind: 'died', date: died, source });
    // Most important first, then most recent.
    const sorted0 = [...pos].sort((a, b2) => rank(b2.role) - rank(a.role) || (b2.start ?? '').localeCompare(a.start ?? ''));
    const sorted = minor.has(qid) ? sorted0.slice(0, 2) : sorted0;
    for (const p of sorted) {
      const org = ofOrg(p);
      const f: Fact = { kind: 'position', role: p.role, ...org, start: p.start, end: p.end, source };
      facts.push(f);
      if (rank(p.role) === 3 && org.other && p.start && /^Q\d+$/.test(org.other)) {
        const list = countryLeaders.get(org.other) ?? [];
        list.push({ kind: 'leader', role: p.role, other: qid, otherName: name, start: p.start, end: p.end, source });
        countryLeaders.set(org.other, list);
      }
    }
    const top = sorted[0];
    const iso = top ? isoOf.get(top.catalogSlug) : b ? isoOf.get(b.catalog_slug) : undefined;
    const score = Math.max(0, ...pos.map((p) => rank(p.role)));
    records.set(qid, {
      id: qid, type: 'person', subtype: 'politician', name,
      description: describe(top, ofOrg, born, died),
      // "Prime Minister of Singapore since 2004" holds as far as the list vouches for it, not today.
      ...(top?.current && top.start && !died ? { descriptionSpan: { start: top.start, end: AS_OF } } : {}),
      prominence: [0.2, 0.3, 0.4, 0.6][score] + Math.min(0.1, pos.length * 0.01),
      country: iso, facts, sources: [minor.has(qid) ? src('peppercat') : src('peppercat', { url })],
    });
  }

  const GENDERED: Record<string, [string, string]> = { child: ['son', 'daughter'], parent: ['father', 'mother'], sibling: ['brother', 'sister'] };
  const inverse: Record<string, string> = { father: 'child', mother: 'child', child: 'parent', spouse: 'spouse', sibling: 'sibling', partner: 'partner', relative: 'relative' };
  const linked = new Set<string>();
  const link = (from: string, relation: string, to: string, toName: string) => {
    const rec = records.get(from);
    if (!rec || minor.has(from) || from === to || linked.has(`${from}|${to}`)) return;
    linked.add(`${from}|${to}`);
    const g = bio.get(to)?.gender;
    const gendered = GENDERED[relation];
    const rel = gendered && (g === 'male' || g === 'female') ? gendered[g === 'female' ? 1 : 0] : relation;
    // The id stays even when Peppercat has no record of the relative: a curated one may (import.ts
    // drops ids no source knows), and a shared id lets a curated relative replace this one.
    rec.facts!.push({ kind: 'relative', relation: rel, other: to, otherName: toName, source: src('peppercat', { asOf: AS_OF }) });
  };
  for (const r of relatives) {
    if (!r.relationship || !inverse[r.relationship] || !/^Q\d+$/.test(r.relative)) continue;
    link(r.id, r.relationship, r.relative, r.relativename);
    if (records.has(r.relative)) link(r.relative, inverse[r.relationship], r.id, r.name);
  }

  const out = [...records.values()];
  for (const [country, facts] of countryLeaders) {
    const iso = [...ctx.countryQid].find(([, q]) => q === country)?.[0];
    out.push({
      id: country, type: country === 'Q458' ? 'organization' : 'place',
      name: country === 'Q458' ? 'European Union' : ctx.countryName.get(iso ?? '') ?? country,
      facts: facts.sort((a, b) => (a.start! < b.start! ? -1 : a.start! > b.start! ? 1 : 0)),
      sources: [src('peppercat')],
    });
  }
  return out;
}

let peopleCache: Record<string, string>[] | undefined;
/** people.csv (125k politicians with birth and death dates), read once per import. */
export function readPeople(): Record<string, string>[] {
  return (peopleCache ??= readCsv(sharedPath(DIR, 'people.csv')));
}

/** Size knob: seats in regional and state assemblies (and substitutes) do not ship on their own. */
const SUBNATIONAL = /(Regional|Provincial|Municipal|County|City|Cantonal|Prefectural|Departmental|General|Island|Territorial) Council|Provincial Assembly|Landtag|State (Legislative|Assembly|House|Senate)|(?<!National )Legislative (Assembly|Council)|CPPCC|Substitute|Council of Europe|Abgeordnetenhaus|Bürgerschaft|Parliament of (Catalonia|Andalusia|Galicia|the Basque|Navarre|Scotland|Wales|the Brussels|Flanders|Wallonia)|Flemish Parliament|Walloon|Corts|Cortes of|Assembly of (Madrid|Extremadura)|Scottish Parliament|Senedd|Northern Ireland Assembly|London Assembly|Parliament of the Canary|Basque Parliament|House of Delegates|(Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming) (House|Senate|State|General Assembly)/i;

/** Size knob: legislators whose last term ends on or after this (or is open) ship. */
export const LEGISLATOR_SINCE = '2019';

/**
 * Members of national parliaments with no other office (legislators-historic.csv): those sitting in
 * 2019 or later, each with birth, death and the latest seat. Prominence is low: they are marked by full name.
 */
export function importPeppercatLegislators(ctx: ImportContext & { countryByName: ReadonlyMap<string, string> }, taken: ReadonlySet<string>): EntityRecord[] {
  const rows = readCsv(sharedPath(DIR, 'legislators-historic.csv'));
  const isoOf = catalogCountries(ctx, rows);
  const latest = new Map<string, Record<string, string>>();
  for (const r of rows) {
    if (!/^Q\d+$/.test(r.personID) || taken.has(r.personID)) continue;
    const prev = latest.get(r.personID);
    const end = r.end || '9999';
    if (!prev || end > (prev.end || '9999') || (end === (prev.end || '9999') && r.start > prev.start)) latest.set(r.personID, r);
  }
  const bio = new Map<string, Record<string, string>>();
  for (const p of readPeople()) if (!bio.has(p.id)) bio.set(p.id, p);
  const out: EntityRecord[] = [];
  for (const [qid, r] of [...latest].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if ((r.end && r.end.slice(0, 4) < LEGISLATOR_SINCE) || SUBNATIONAL.test(r.position)) continue;
    const b = bio.get(qid);
    const name = b?.name || r.person;
    if (!name || /^Q\d+$/.test(name)) continue;
    const source = src('peppercat', { asOf: AS_OF });
    const facts: Fact[] = [];
    const born = dateWithPrecision(b?.dob ?? r.DOB, b?.dobp);
    const died = dateWithPrecision(b?.dod ?? r.DOD, b?.dodp);
    if (born) facts.push({ kind: 'born', date: born, source });
    if (died) facts.push({ kind: 'died', date: died, source });
    const iso = isoOf.get(r.catalog_slug);
    const start = dateWithPrecision(r.start);
    const end = dateWithPrecision(r.end);
    facts.push({ kind: 'position', role: r.position, other: iso ? ctx.countryQid.get(iso) : undefined, otherName: iso ? ctx.countryName.get(iso) : r.catalog, start, end, source });
    const of = iso ? ctx.countryName.get(iso) : r.catalog;
    const seat = r.position.charAt(0).toUpperCase() + r.position.slice(1);
    const role = of && !seat.toLowerCase().includes(of.toLowerCase()) ? `${seat} (${of})` : seat;
    out.push({
      id: qid, type: 'person', subtype: 'politician', name,
      description: (end ? `Former ${role}` : start ? `${role} since ${yearOf(start)}` : role).slice(0, 200),
      // "Prime Minister of Singapore since 2004" holds as far as the list vouches for it, not today.
      ...(!end && start ? { descriptionSpan: { start, end: AS_OF } } : {}),
      // No record URL (size knob): the id is the QID, and only a summary would show it.
      prominence: 0.15, country: iso, facts, sources: [src('peppercat')],
    });
  }
  return out;
}

function describe(top: Pos | undefined, ofOrg: (p: Pos) => { otherName?: string }, born?: string, died?: string): string | undefined {
  const d = describeRaw(top, ofOrg, born, died);
  return d && d.charAt(0).toUpperCase() + d.slice(1); // roles can be lower-case in the source ('monarch')
}

function describeRaw(top: Pos | undefined, ofOrg: (p: Pos) => { otherName?: string }, born?: string, died?: string): string | undefined {
  if (!top) {
    const span = born ? ` (${yearOf(born)}${died ? `–${yearOf(died)}` : ''})` : '';
    return `Relative of a politician${span}`;
  }
  const of = ofOrg(top).otherName;
  // 'Minister of Defence of Mali', but 'Governor of Kentucky, United States' (the role already has an 'of').
  const role = !of || top.role.toLowerCase().includes(of.toLowerCase()) ? top.role : LOCAL_OFFICE.test(top.role) ? `${top.role}, ${of}` : `${top.role} of ${withArticle(of)}`;
  const span = (a: string, b: string) => (yearOf(a) === yearOf(b) ? yearOf(a) : `${yearOf(a)}–${yearOf(b)}`);
  if (top.current && top.start && !died) return `${role} since ${yearOf(top.start)}`;
  if (top.start && top.end) return `Former ${role} (${span(top.start, top.end)})`;
  // No end date and not in the current list: the source does not say whether it ended.
  if (top.start) return `${role} (from ${yearOf(top.start)})`;
  return top.current && !died ? role : `Former ${role}`;
}
