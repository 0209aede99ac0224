// Turns a compact annotation spec (scripts/devset/specs/<page>.txt) into the gold file
// test/devset/<page>.json, then lists capitalized words the gold leaves uncovered, so the
// annotator can check nothing was forgotten.
//
// Spec lines:  Surface[ / Surface2 ...] | per|loc|org | QID or - | Canonical name [| options]
//   every occurrence of each surface (exact case, whole word) is annotated; longer surfaces claim first.
//   type x: a name that is no person/place/organization (event, product, title of a work): it claims its
//   span so nothing inside it is required ("Vietnam" in "Vietnam War").
//   A place surface occurring inside a longer claimed span becomes an optional gold mention.
//   options: skip=1,3 (ignore those occurrences, 1-based, counted among whole-word matches),
//            only=2 (keep just those), opt (nested optional mention: may overlap a longer one),
//            notkb (the KB's namesake is another entity: never resolve this one by name)
// Usage: npx tsx scripts/devset/build-gold.ts aeb-<id> [...]   (or --all)
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityType } from '../../core/types';
import { articleBody, sha1, GOLD_DIR, type GoldFile, type GoldMention } from './corpus';

const SPEC_DIR = join(dirname(fileURLToPath(import.meta.url)), 'specs');
const TYPES: Record<string, EntityType | 'none'> = { per: 'person', loc: 'place', org: 'organization', x: 'none' };
const WORD = /[\p{L}\p{N}]/u;

interface Entry { surfaces: string[]; type: EntityType | 'none'; id: string | null; alt: string[]; name: string; skip: Set<number>; only: Set<number> | null; optional: boolean; notInKb: boolean; line: number }

function parseSpec(page: string): Entry[] {
  const lines = readFileSync(join(SPEC_DIR, `${page}.txt`), 'utf8').split('\n');
  const out: Entry[] = [];
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const parts = line.split('|').map((p) => p.trim());
    if (parts.length < 3) throw new Error(`${page}:${i + 1}: expected "surfaces | type | id | name"`);
    const [surf, t, id, name, opts = ''] = parts;
    const type = TYPES[t];
    if (!type) throw new Error(`${page}:${i + 1}: bad type ${t}`);
    const surfaces = surf.split(' / ').map((s) => s.trim()).filter(Boolean);
    const nums = (key: string) => {
      const m = new RegExp(`${key}=([\\d,]+)`).exec(opts);
      return m ? new Set(m[1].split(',').map(Number)) : null;
    };
    out.push({
      surfaces, type, id: id && id !== '-' ? id.split(/[\s,]+/)[0] : null, alt: id && id !== '-' ? id.split(/[\s,]+/).slice(1) : [], name: name || surfaces[0],
      skip: nums('skip') ?? new Set(), only: nums('only'), optional: /\bopt\b/.test(opts), notInKb: /\bnotkb\b/.test(opts), line: i + 1,
    });
  });
  return out;
}

function occurrences(text: string, s: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
    const before = i > 0 ? text[i - 1] : ' ';
    const after = i + s.length < text.length ? text[i + s.length] : ' ';
    if (!WORD.test(before) && !WORD.test(after)) out.push(i);
  }
  return out;
}

export function buildGold(page: string): { gold: GoldFile; warnings: string[]; uncovered: string[] } {
  const text = articleBody(page);
  const entries = parseSpec(page);
  const warnings: string[] = [];
  const pairs = entries.flatMap((e) => e.surfaces.map((s) => ({ e, s })));
  pairs.sort((a, b) => b.s.length - a.s.length);
  const claimed: GoldMention[] = [];
  const blocked: GoldMention[] = [];
  const optional: GoldMention[] = [];
  const overlaps = (a: { start: number; end: number }, list: GoldMention[]) => list.some((m) => a.start < m.end && m.start < a.end);
  for (const { e, s } of pairs) {
    const occ = occurrences(text, s);
    let used = 0;
    occ.forEach((start, k) => {
      const n = k + 1;
      if (e.skip.has(n) || (e.only && !e.only.has(n))) return;
      const m = { start, end: start + s.length, surface: s, type: e.type, id: e.id, ...(e.alt.length ? { alt: e.alt } : {}), name: e.name, ...(e.notInKb ? { notInKb: true } : {}) } as GoldMention;
      const all = [...claimed, ...blocked];
      if (e.optional || overlaps(m, all)) {
        // a place nested inside a longer name ("Hong Kong" in "Hong Kong Stock Exchange"): acceptable to
        // mark, not required. Other nested words are neither ("House" in "White House", "Trump" in
        // "Donald Trump"); an `opt` entry makes any other nested name optional.
        const inside = e.type === 'place' && all.some((c) => c.start <= m.start && m.end <= c.end && c.name !== m.name);
        if (e.type !== 'none' && (e.optional || inside)) { optional.push({ ...m, optional: true }); used++; }
        return;
      }
      (e.type === 'none' ? blocked : claimed).push(m);
      used++;
    });
    if (!used) warnings.push(`line ${e.line}: "${s}" matched nothing`);
  }
  const mentions = [...claimed, ...optional].sort((a, b) => a.start - b.start || b.end - a.end);
  // Capitalized words that no gold mention covers: the annotator reviews these.
  const covered = new Uint8Array(text.length);
  for (const m of [...claimed, ...blocked]) covered.fill(1, m.start, m.end);
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/\b[A-Z][\p{L}'’.-]*/gu)) {
    if (covered[m.index!]) continue;
    counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  const uncovered = [...counts].map(([w, c]) => (c > 1 ? `${w}×${c}` : w));
  return { gold: { page, textSha1: sha1(text), mentions }, warnings, uncovered };
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const args = process.argv.slice(2);
  const pages = args.includes('--all')
    ? readdirSync(SPEC_DIR).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, '')).sort()
    : args.filter((a) => !a.startsWith('--'));
  for (const page of pages) {
    if (!existsSync(join(SPEC_DIR, `${page}.txt`))) { console.error(`no spec for ${page}`); continue; }
    const { gold, warnings, uncovered } = buildGold(page);
    writeFileSync(join(GOLD_DIR, `${page}.json`), JSON.stringify(gold, null, 1) + '\n');
    const byType = { person: 0, place: 0, organization: 0 } as Record<string, number>;
    for (const m of gold.mentions) if (!m.optional) byType[m.type]++;
    console.log(`${page}: ${gold.mentions.length} mentions ${JSON.stringify(byType)}`);
    for (const w of warnings) console.log(`  WARN ${w}`);
    if (!args.includes('--quiet')) console.log(`  uncovered: ${uncovered.join(' | ')}`);
  }
}
