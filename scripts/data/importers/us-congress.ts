/**
 * US Congress (unitedstates/congress-legislators, CC0): sitting members with their dated terms (one
 * position per unbroken run of terms in one chamber and state), presidents and vice presidents with
 * their terms, and former members (name, birth date, last office; no term dates upstream). Ids: the
 * QID where the file gives one, the people table confirms one (people-qids.tsv, two signals) or
 * another source confirms one by name and birth year, else 'bioguide:<id>' (the Congress biographical
 * directory's stable id).
 */
import fs from 'node:fs';
import { parse } from 'yaml';
import type { EntityRecord, Fact } from '../../../core/types';
import { compareDates } from '../lib/validate-records';
import { daysBetween } from '../../../core/dates';
import { confirmingSources, type PeopleQid } from './people-qids';
import { type ImportContext, nameSkeleton, normName, readCsv, readJson, sharedPath, src, yearOf } from './util';

const DIR = 'us-congress-legislators';
const AS_OF = '2026-06-15';

interface Term { type: string; start: string; end: string; state?: string; district?: number; party?: string }
interface Person {
  id: { bioguide?: string; wikidata?: string; wikipedia?: string };
  name: { first?: string; middle?: string; last?: string; nickname?: string; suffix?: string; official_full?: string };
  bio?: { birthday?: string; gender?: string };
  terms: Term[];
  leadership_roles?: { title: string; start?: string; end?: string }[];
}

/** Size knob: former members without a QID ship when born on or after this day. */
export const FORMER_BORN_SINCE = '1900';

const PARTY: Record<string, string> = { Democrat: 'Democratic', Republican: 'Republican', Independent: 'Independent' };

function stateNames(): Map<string, string> {
  const admin1 = readJson<{ code: string; name: string }[]>(sharedPath('geonames-cities', 'admin1.json'));
  const m = new Map(admin1.filter((a) => a.code.startsWith('US.')).map((a) => [a.code.slice(3), a.name.replace(/^Washington, D\.C\.$/, 'the District of Columbia')]));
  for (const [k, v] of Object.entries({ PR: 'Puerto Rico', GU: 'Guam', VI: 'the U.S. Virgin Islands', AS: 'American Samoa', MP: 'the Northern Mariana Islands', DC: 'the District of Columbia', DK: 'Dakota Territory', OL: 'Orleans Territory', PI: 'the Philippines' })) if (!m.has(k)) m.set(k, v);
  return m;
}

function roleOf(t: Term, states: Map<string, string>): string {
  const st = t.state ? states.get(t.state) ?? t.state : undefined;
  if (t.type === 'prez') return 'President of the United States';
  if (t.type === 'viceprez') return 'Vice President of the United States';
  const house = t.type === 'sen' ? 'United States Senator' : ['PR', 'GU', 'VI', 'AS', 'MP', 'DC'].includes(t.state ?? '') ? 'Delegate to the United States House of Representatives' : 'United States Representative';
  return st ? `${house} from ${st}` : house;
}

/** Consecutive terms in the same office become one span (a senator re-elected four times held one seat). */
export function termSpans(terms: Term[], states: Map<string, string>, today: string): { role: string; start: string; end?: string; party?: string }[] {
  const spans: { role: string; start: string; end?: string; party?: string }[] = [];
  for (const t of [...terms].sort((a, b) => compareDates(a.start, b.start))) {
    const role = roleOf(t, states);
    const last = spans[spans.length - 1];
    // A gap of a few days between terms (3 Jan → 4 Jan) is one service.
    if (last && last.role === role && last.end && Math.abs(Date.parse(t.start) - Date.parse(last.end)) < 40 * 864e5) last.end = t.end;
    else spans.push({ role, start: t.start, end: t.end, party: t.party });
  }
  // A term that runs past today is the current one: it has no end yet.
  for (const s of spans) if (s.end && compareDates(s.end, today) > 0) delete s.end;
  return spans;
}

function fullName(n: Person['name']): string {
  return n.official_full ?? [n.nickname ?? n.first, n.last, n.suffix].filter(Boolean).join(' ');
}

export function importUsCongress(ctx: ImportContext, qidByNameYear: ReadonlyMap<string, string>, today: string, table: ReadonlyMap<string, PeopleQid> = new Map()): EntityRecord[] {
  const states = stateNames();
  const us = ctx.countryQid.get('US');
  const out = new Map<string, EntityRecord>();
  const findQid = (name: string, born?: string) => {
    const y = yearOf(born);
    return y ? qidByNameYear.get(`${normName(name)}|${y}`) ?? qidByNameYear.get(`~${nameSkeleton(name)}|${y}|US`) : undefined;
  };
  const fromYaml = (file: string, sitting: boolean) => {
    for (const p of parse(fs.readFileSync(sharedPath(DIR, file), 'utf8')) as Person[]) {
      const name = fullName(p.name);
      const born = p.bio?.birthday;
      // "Gerald Ford Jr." is "Gerald Ford" elsewhere: the short forms find the QID too.
      const short = [p.name.nickname, p.name.first].filter(Boolean).map((f) => `${f} ${p.name.last}`);
      const byName = [name, ...short].map((n) => findQid(n, born)).find(Boolean);
      const confirmed = p.id.wikidata ? undefined : table.get(`bioguide:${p.id.bioguide}`);
      const id = p.id.wikidata ?? confirmed?.qid ?? byName ?? (p.id.bioguide ? `bioguide:${p.id.bioguide}` : undefined);
      // The sources that confirmed an id the name alone did not give are credited.
      const credit = confirmed && confirmed.qid !== byName ? confirmingSources(confirmed.via).filter((s) => s !== 'us-congress') : [];
      if (!id || !name) continue;
      const spans = termSpans(p.terms, states, today);
      const source = src('us-congress', { asOf: AS_OF });
      const facts: Fact[] = [];
      if (born) facts.push({ kind: 'born', date: born, source });
      for (const s of [...spans].reverse()) facts.push({ kind: 'position', role: s.role, other: us, otherName: 'United States', start: s.start, end: s.end, source });
      for (const l of leadershipTerms(p.leadership_roles ?? [])) {
        const end = l.end && compareDates(l.end, today) <= 0 ? l.end : undefined;
        facts.push({ kind: 'position', role: l.title, other: us, otherName: 'United States', start: l.start, end, source });
      }
      const top = spans.find((s) => /President/.test(s.role) && !s.role.startsWith('Vice')) ?? spans.find((s) => /Vice President/.test(s.role)) ?? spans[spans.length - 1];
      const party = PARTY[top?.party ?? ''] ?? undefined;
      const current = top && !top.end && sitting;
      const description = top ? `${current ? '' : 'Former '}${party && !/President/.test(top.role) ? `${party} ` : ''}${top.role}${current ? ` since ${yearOf(top.start)}` : top.end ? ` (${yearOf(top.start)}–${yearOf(top.end)})` : ''}` : undefined;
      const aliases = [p.name.first && p.name.last ? `${p.name.nickname ?? p.name.first} ${p.name.last}` : undefined, p.name.first && p.name.last ? `${p.name.first} ${p.name.last}` : undefined].filter((a): a is string => !!a);
      const prez = spans.some((s) => s.role === 'President of the United States');
      const prev = out.get(id);
      const rec: EntityRecord = {
        id, type: 'person', subtype: 'politician', name, aliases,
        description: description ? description.charAt(0).toUpperCase() + description.slice(1) : undefined,
        // "Representative from Ohio since 2023" holds as far as the list vouches for it, not today.
        ...(description && current && top.start ? { descriptionSpan: { start: top.start, end: AS_OF } } : {}),
        prominence: prez ? 0.85 : spans.some((s) => s.role.startsWith('Vice President')) ? 0.75 : spans.some((s) => s.role.startsWith('United States Senator')) ? 0.6 : 0.45,
        country: 'US', facts, sources: [src('us-congress', { url: p.id.wikidata ? `https://www.wikidata.org/wiki/${p.id.wikidata}` : `https://bioguide.congress.gov/search/bio/${p.id.bioguide}` }), ...credit.map((s) => src(s))],
      };
      if (prev) { prev.facts = [...(prev.facts ?? []), ...facts.filter((f) => f.kind === 'position')]; prev.prominence = Math.max(prev.prominence ?? 0, rec.prominence ?? 0); }
      else out.set(id, rec);
    }
  };
  fromYaml('legislators-current.yaml', true);
  fromYaml('executive.yaml', false);
  // Former members: the last office only, no dates; birth date when known.
  for (const r of readCsv(sharedPath(DIR, 'legislators-historical.csv'))) {
    const name = [r.nickname || r.first_name, r.last_name, r.suffix].filter(Boolean).join(' ');
    if (!r.bioguide_id || !r.last_name) continue;
    const born = /^\d{4}-\d{2}-\d{2}$/.test(r.birthday) ? r.birthday : undefined;
    const byName = findQid(name, born) ?? findQid(`${r.first_name} ${r.last_name}`, born);
    const confirmed = table.get(`bioguide:${r.bioguide_id}`);
    const id = confirmed?.qid ?? byName ?? `bioguide:${r.bioguide_id}`;
    const credit = confirmed && confirmed.qid !== byName ? confirmingSources(confirmed.via).filter((s) => s !== 'us-congress') : [];
    // Size and precision knob: members born before 1900 with no QID (10k nineteenth-century
    // congressmen) would only claim namesakes in today's news ('William Byron' the racing driver).
    if (out.has(id) || (!/^Q\d+$/.test(id) && (!born || born < FORMER_BORN_SINCE))) continue;
    const role = roleOf({ type: r.type, state: r.state, start: '', end: '' }, states);
    const source = src('us-congress', { asOf: AS_OF });
    const facts: Fact[] = [];
    if (born) facts.push({ kind: 'born', date: born, source });
    // A former seat, its term unknown: not held as of the snapshot, so its source carries no snapshot
    // date (one would read as 'listed as sitting in 2026' and age the dead: Charles Weltner, d. 1992).
    facts.push({ kind: 'position', role, other: us, otherName: 'United States', source: src('us-congress') });
    const party = PARTY[r.party] ?? (r.party || undefined);
    out.set(id, {
      id, type: 'person', subtype: 'politician', name, aliases: r.full_name && r.full_name !== name ? [r.full_name] : [],
      description: `Former ${party ? `${party} ` : ''}${role}`,
      prominence: r.type === 'sen' ? 0.3 : 0.2,
      country: 'US', facts, sources: [src('us-congress'), ...credit.map((s) => src(s))],
    });
  }
  return [...out.values()];
}

/**
 * A leadership post the list gives once per Congress, as one term per unbroken run: Minority Leader
 * 2015–2017 and 2017–2019 is one line, 2015–2019. A run breaks where the post lapsed for more than a
 * month (a new Congress opens within days of the last one's end).
 */
export function leadershipTerms(roles: { title: string; start?: string; end?: string }[]): { title: string; start: string; end?: string }[] {
  const out: { title: string; start: string; end?: string }[] = [];
  // Each title's latest term so far.
  const last = new Map<string, { title: string; start: string; end?: string }>();
  const sorted = roles.filter((r): r is { title: string; start: string; end?: string } => !!r.start).sort((a, b) => compareDates(a.start, b.start));
  for (const r of sorted) {
    const prev = last.get(r.title);
    if (prev?.end && r.start.length === 10 && prev.end.length === 10 && daysBetween(prev.end, r.start) <= 31 && daysBetween(prev.end, r.start) >= -1) {
      prev.end = r.end;
      continue;
    }
    const term = { title: r.title, start: r.start, ...(r.end ? { end: r.end } : {}) };
    out.push(term);
    last.set(r.title, term);
  }
  return out;
}
