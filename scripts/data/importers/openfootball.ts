/**
 * openfootball clubs (CC0): football clubs with their usual short names ('Spurs', 'Man Utd'), country,
 * founding year and city. No QIDs upstream: a club takes the QID of the one Wikitrivia club that has
 * one of its names, else a stable slug 'openfootball:<country>-<name>'. Reserve teams and postal
 * addresses are skipped.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { EntityRecord, Fact } from '../../../core/types';
import { isCommonWord } from '../lib/words';
import { type ImportContext, isLatin, letterCount, normName, sharedPath, src, withArticle } from './util';

const DIR = 'openfootball-clubs';
const UK_NATIONS: Record<string, string> = { england: 'GB', scotland: 'GB', wales: 'GB', 'northern ireland': 'GB' };

export interface Club { name: string; aliases: string[]; year?: string; city?: string; iso?: string; file: string }

function clubFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...clubFiles(p));
    else if (/\.clubs\.txt$/.test(e.name)) out.push(p);
  }
  return out.sort();
}

/** One file → its clubs (the '= Country' heading gives the country). */
export function parseClubs(text: string, file: string, isoOf: (heading: string) => string | undefined): Club[] {
  const clubs: Club[] = [];
  let iso: string | undefined;
  let cur: Club | undefined;
  let inReserve = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s#.*$/, '').replace(/^#.*$/, '').trimEnd();
    if (!line.trim()) continue;
    const heading = /^=\s+([^=].*)$/.exec(line);
    if (heading) { iso = isoOf(heading[1].split('•')[0].trim()) ?? iso; continue; }
    if (/^=/.test(line)) continue;
    if (/^\s*\|/.test(line)) {
      if (cur && !inReserve) for (const a of line.split('|')) {
        const t = a.replace(/\[[a-z]{2}\]/g, '').trim();
        if (t) cur.aliases.push(t);
      }
      continue;
    }
    if (/^\s/.test(line)) continue; // postal address lines
    if (/^ii\)/.test(line)) { inReserve = true; continue; }
    inReserve = false;
    const fields = line.split(',').map((f) => f.trim()).filter(Boolean);
    const name = fields[0];
    if (!name) continue;
    cur = { name, aliases: [], iso, file };
    for (const f of fields.slice(1)) {
      if (/^\d{4}$/.test(f)) cur.year = f;
      else if (!f.startsWith('@') && !cur.city) cur.city = f.replace(/\(.*\)/, '').replace(/›.*$/, '').trim() || undefined;
    }
    clubs.push(cur);
  }
  return clubs;
}

/** Name key for joining clubs across sources: 'Arsenal FC' and 'Arsenal F.C.' share 'arsenal'. */
export function clubKey(name: string): string {
  return normName(name).replace(/\b(a ?f ?c|f ?c|c ?f|football club|club de futbol|futbol club)\b/g, ' ').replace(/\s+/g, ' ').trim();
}

export function slug(s: string): string {
  return normName(s).replace(/\s+/g, '-').replace(/[^a-z0-9-]/g, '') || 'club';
}

export function importOpenfootball(ctx: ImportContext & { countryByName: ReadonlyMap<string, string> }, teamQidByName: ReadonlyMap<string, string>): EntityRecord[] {
  const isoOf = (h: string) => UK_NATIONS[h.toLowerCase()] ?? ctx.countryByName.get(h.toLowerCase());
  const out = new Map<string, EntityRecord>();
  for (const file of clubFiles(sharedPath(DIR))) {
    for (const c of parseClubs(fs.readFileSync(file, 'utf8'), file, isoOf)) {
      if (!c.iso || letterCount(c.name) < 3) continue;
      // Short names as articles write them; abbreviations with a dot ('Tottenham H.') are not.
      const aliases = [...new Set(c.aliases.filter((a) => isLatin(a) && letterCount(a) >= 3 && !/\.\s|\.$/.test(a) && a !== c.name))];
      // A minor club's one-word name that is an ordinary word ('Institute') would claim the word.
      const minor = (a: string) => !/\s/.test(a) && isCommonWord(a);
      // The club's own name first; failing that, its multi-word aliases ('Tottenham Hotspur').
      let qids = new Set<string>([teamQidByName.get(clubKey(c.name))].filter((q): q is string => !!q));
      if (!qids.size) qids = new Set(aliases.filter((a) => /\s/.test(a)).map((a) => teamQidByName.get(clubKey(a))).filter((q): q is string => !!q));
      const id = qids.size === 1 ? [...qids][0] : `openfootball:${c.iso.toLowerCase()}-${slug(c.name)}`;
      if (!/^Q\d+$/.test(id)) aliases.splice(0, aliases.length, ...aliases.filter((a) => !minor(a)));
      if (out.has(id)) { out.get(id)!.aliases!.push(c.name, ...aliases); continue; }
      const source = src('openfootball', { asOf: '2025-01-03' });
      const facts: Fact[] = [];
      if (c.year) facts.push({ kind: 'founded', date: c.year, placeName: c.city, source });
      const country = ctx.countryName.get(c.iso);
      out.set(id, {
        id, type: 'organization', subtype: 'sports-team', name: c.name, aliases,
        description: `Football club${c.city ? ` from ${c.city}` : ''}${country ? `${c.city ? ', ' : ' in '}${c.city ? country : withArticle(country)}` : ''}`,
        // Clubs rank below the towns they are named after: the resolver picks a team in sports context.
        prominence: /^Q\d+$/.test(id) ? 0.45 : 0.25,
        country: c.iso, facts, sources: [src('openfootball')],
      });
    }
  }
  return [...out.values()];
}
