/** Cross-source steps of the import: link by name, boost popular names, drop dangling references. */
import fs from 'node:fs';
import type { EntityRecord, Fact } from '../../../core/types';
import { isRealDay } from '../../../core/kb/schema';
import { isAcronym } from '../lib/aliases';
import { compareDates } from '../lib/validate-records';
import { isCommonWord } from '../lib/words';
import { normName } from './util';

/**
 * Records without a QID take the id of the one organisation elsewhere (with a QID, or curated) that
 * has the same name or alias (case and accents ignored). Ambiguous names are left alone.
 */
export function linkByName(records: EntityRecord[], universe: EntityRecord[], curatedIds: ReadonlySet<string> = new Set()): EntityRecord[] {
  const byName = new Map<string, Set<string>>();
  const countryOf = new Map<string, string | undefined>();
  const subtypeOf = new Map<string, string>();
  for (const r of universe) {
    if (r.country) countryOf.set(r.id, r.country);
    if (r.subtype) subtypeOf.set(r.id, r.subtype);
    // Targets: records with a QID, and curated records whatever their id ('bs:nrf-afghanistan').
    if (r.type !== 'organization' || !(/^Q\d+$/.test(r.id) || curatedIds.has(r.id))) continue;
    for (const n of [r.name, ...(r.aliases ?? [])]) {
      const k = normName(n);
      if (k.length < 4) continue;
      const set = byName.get(k) ?? new Set();
      set.add(r.id);
      byName.set(k, set);
    }
  }
  return records.map((r) => {
    if (/^Q\d+$/.test(r.id) || curatedIds.has(r.id) || r.type !== 'organization') return r;
    const ids = new Set<string>();
    // By an alias only within the record's country: an English gloss among its aliases ('Islamic
    // Party' for Somalia's Hizbul Islam, 'National Liberation Front') names groups of many countries.
    const own = new Set(byName.get(normName(r.name)) ?? []);
    const abroad = (id: string) => !!r.country && countryOf.get(id) !== r.country;
    for (const n of [r.name, ...(r.aliases ?? [])]) for (const id of byName.get(normName(n)) ?? []) if (own.has(id) || !abroad(id)) ids.add(id);
    // Parties are national: a namesake party in another country is another party (Greece's 'New
    // Party' of 1873 is not Taiwan's New Party). Armed groups and movements cross borders.
    const national = (id: string) => r.subtype !== 'party' || !r.country || !countryOf.get(id) || countryOf.get(id) === r.country || subtypeOf.get(id) !== 'party';
    let cands = [...ids].filter(national);
    // Several namesakes ('Hamas' is also an Algerian party's short name): prefer the curated one,
    // then the one in the same country; still ambiguous → leave the record alone.
    if (cands.length > 1 && cands.some((id) => curatedIds.has(id))) cands = cands.filter((id) => curatedIds.has(id));
    if (cands.length > 1 && r.country) cands = cands.filter((id) => countryOf.get(id) === r.country);
    return cands.length === 1 ? { ...r, id: cands[0] } : r;
  });
}

/** Names on the popular-Wikipedia-titles list are better known: raise their prominence. */
export function boostPopular(records: EntityRecord[], titlesFile: string): void {
  const titles = new Set(fs.readFileSync(titlesFile, 'utf8').split('\n').map((t) => t.trim()).filter(Boolean));
  for (const r of records) {
    if (r.prominence === undefined) continue;
    if (titles.has(r.name.toLowerCase())) {
      r.prominence = Math.min(1, r.prominence + 0.15);
      // Recorded so the credits name the list (it shapes prominence, though no text of it ships).
      if (!r.sources.some((s) => s.source === 'wikipedia-popular-titles')) r.sources = [...r.sources, { source: 'wikipedia-popular-titles' }];
    }
  }
}

/** A fact may only name ids that exist; otherwise it keeps the display name, or is dropped. */
export function resolveReferences(records: EntityRecord[], known: Set<string>): EntityRecord[] {
  return records.map((r) => {
    if (!r.facts) return r;
    const facts: Fact[] = [];
    for (const f of r.facts) {
      const g = { ...f };
      if (g.other && (!known.has(g.other) || g.other === r.id)) {
        delete g.other;
        if (!g.otherName && ['relative', 'leader', 'member', 'located-in'].includes(g.kind)) continue;
      }
      if (g.place && !known.has(g.place)) {
        g.placeName = g.placeName ?? undefined;
        delete g.place;
      }
      if (g.kind === 'capital' && !g.other && g.value === undefined) continue;
      facts.push(g);
    }
    return { ...r, facts };
  });
}

/** Two records of one source that ended up with the same id (after linking) become one. */
export function mergeSameId(records: EntityRecord[]): EntityRecord[] {
  const out = new Map<string, EntityRecord>();
  for (const r of records) {
    const prev = out.get(r.id);
    if (!prev) { out.set(r.id, r); continue; }
    prev.aliases = [...(prev.aliases ?? []), r.name, ...(r.aliases ?? [])];
    prev.facts = [...(prev.facts ?? []), ...(r.facts ?? [])];
    prev.prominence = Math.max(prev.prominence ?? 0, r.prominence ?? 0) || undefined;
  }
  return [...out.values()];
}

/**
 * Source data has slips (an end date before the start, an office taken after death, 31 June).
 * The validator rejects them; here the importer drops or trims such facts so a re-import stays valid,
 * and drops lower-case aliases that are ordinary words ('gauche').
 */
export function sanitize(records: EntityRecord[], today: string): EntityRecord[] {
  const fixDate = (d: string | undefined) => (d && !isRealDay(d) ? d.slice(0, d.length - 3) : d);
  const future = (d: string | undefined) => !!d && compareDates(d, today) > 0;
  return records.map((r) => {
    const aliases = r.aliases?.filter((a) => !(a === a.toLowerCase() && isCommonWord(a)));
    if (!r.facts) return { ...r, aliases };
    const facts0 = r.facts.map((f) => ({ ...f, date: fixDate(f.date), start: fixDate(f.start), end: fixDate(f.end) }));
    for (const f of facts0) for (const k of ['date', 'start', 'end'] as const) if (f[k] === undefined) delete f[k];
    const born = facts0.find((f) => f.kind === 'born')?.date;
    const died = facts0.find((f) => f.kind === 'died')?.date;
    const facts = facts0.filter((f) => {
      if (f.start && f.end && compareDates(f.end, f.start) < 0) return false;
      if (future(f.date) || future(f.start) || future(f.end)) return false;
      if (f.kind === 'position' && f.start && born && compareDates(f.start, born) < 0) return false;
      if (f.kind === 'position' && f.start && died && compareDates(f.start, died) > 0) return false;
      if (f.kind === 'died' && born && f.date && compareDates(f.date, born) < 0) return false;
      return true;
    });
    return { ...r, aliases, facts };
  });
}

/**
 * A place written as text ('Geneva, Switzerland', a birthplace 'St. Louis') gets the id of the
 * GeoNames city of that name in that country, when there is one; the text stays for display.
 */
export function linkPlaces(records: EntityRecord[], cities: EntityRecord[], countryByName: ReadonlyMap<string, string>): EntityRecord[] {
  const byKey = new Map<string, EntityRecord>();
  for (const c of cities) {
    if (c.subtype !== 'city' || !c.country) continue;
    for (const n of [c.name, ...(c.aliases ?? [])]) {
      const k = `${normName(n)}|${c.country}`;
      const prev = byKey.get(k);
      if (!prev || (c.prominence ?? 0) > (prev.prominence ?? 0)) byKey.set(k, c);
    }
  }
  return records.map((r) => {
    if (!r.facts?.some((f) => f.placeName && !f.place)) return r;
    const facts = r.facts.map((f) => {
      if (!f.placeName || f.place) return f;
      const parts = f.placeName.split(',').map((p) => p.trim());
      const iso = (parts.length > 1 ? countryByName.get(parts[parts.length - 1].toLowerCase()) : undefined) ?? r.country;
      const city = iso ? byKey.get(`${normName(parts[0])}|${iso}`) : undefined;
      return city ? { ...f, place: city.id } : f;
    });
    return { ...r, facts };
  });
}

/**
 * A minor party's acronym that another kind of entity also goes by ('AFP' the news agency, 'SDF'
 * the Syrian militia, 'UNDP') is that entity's to readers: the party loses it. Parties of note
 * (prominence 0.5 and up) keep theirs, and the matcher weighs namesakes by the article's country.
 */
export function dropCollidingPartyAcronyms(records: EntityRecord[], universe: EntityRecord[]): EntityRecord[] {
  const taken = new Set<string>();
  for (const r of universe) {
    if (r.subtype === 'party') continue;
    for (const n of [r.name, ...(r.aliases ?? [])]) if (isAcronym(n)) taken.add(n.replace(/\./g, ''));
  }
  return records.map((r) => {
    if (r.subtype !== 'party' || (r.prominence ?? 0) >= 0.5 || !r.aliases) return r;
    const aliases = r.aliases.filter((a) => !(isAcronym(a) && taken.has(a.replace(/\./g, ''))));
    return aliases.length === r.aliases.length ? r : { ...r, aliases };
  });
}

const GENERIC_RELATION: Record<string, string[]> = { child: ['son', 'daughter'], parent: ['father', 'mother'], sibling: ['brother', 'sister'], relative: [] };

/**
 * One relative, one line: an imported relative that a curated record of the same entity already
 * names (by id or by name) is dropped, and within a record the same relative told twice keeps the
 * more specific relation ('son' over 'child'). Otherwise Ahmad Shah Massoud's card says both
 * "Son: Ahmad Massoud" and "Child: Ahmad Massoud".
 */
export function dedupeRelatives(records: EntityRecord[], curated: EntityRecord[], nameOf: (id: string) => string | undefined): EntityRecord[] {
  const curatedKeys = new Map<string, Set<string>>();
  const keysOf = (f: Fact): string[] => {
    const keys: string[] = [];
    if (f.other) keys.push(f.other);
    for (const n of [f.otherName, f.other ? nameOf(f.other) : undefined]) if (n) keys.push(`~${normName(n)}`);
    return keys;
  };
  for (const c of curated) {
    const rel = (c.facts ?? []).filter((f) => f.kind === 'relative');
    if (!rel.length) continue;
    const set = curatedKeys.get(c.id) ?? new Set<string>();
    for (const f of rel) for (const k of keysOf(f)) set.add(k);
    curatedKeys.set(c.id, set);
  }
  return records.map((r) => {
    if (!r.facts?.some((f) => f.kind === 'relative')) return r;
    const taken = curatedKeys.get(r.id);
    let facts = r.facts.filter((f) => f.kind !== 'relative' || !taken || !keysOf(f).some((k) => taken.has(k)));
    // The same relative twice: keep the specific relation.
    const rel = facts.filter((f) => f.kind === 'relative');
    const drop = new Set<Fact>();
    for (const f of rel) {
      const fk = keysOf(f);
      const better = rel.find((g) => g !== f && !drop.has(g) && keysOf(g).some((k) => fk.includes(k)) &&
        (GENERIC_RELATION[f.relation ?? 'relative']?.includes(g.relation ?? '') || (g.relation === f.relation && rel.indexOf(g) < rel.indexOf(f))));
      if (better) drop.add(f);
    }
    if (drop.size) facts = facts.filter((f) => !drop.has(f));
    return facts.length === r.facts.length ? r : { ...r, facts };
  });
}
