// The hand-curated layer (data/curated/*.yaml): well-formed, self-consistent, and complete for the
// demo article. H1's `npm run data:validate` checks the schema against the whole knowledge base; these
// tests pin what the curated layer itself promises, so a bad edit fails fast and says where.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { isPartialDate } from '../../core/dates';
import type { EntityRecord } from '../../core/types';
import { curatedFiles, loadCuratedFile } from './curated-helpers';

const files = curatedFiles();
const all: { file: string; r: EntityRecord }[] = files.flatMap((file) => loadCuratedFile(file).map((r) => ({ file, r })));
const ids = new Set(all.map(({ r }) => r.id));
const sourceKeys = new Set(Object.keys(parse(readFileSync(join(__dirname, '../../data/sources.yaml'), 'utf8')).sources));
const where = (file: string, r: EntityRecord) => `${file} [${r.id} ${r.name}]`;

describe('curated layer', () => {
  it('has at least 300 entities, each file a list of records', () => {
    expect(files).toContain('demo.yaml');
    for (const f of files) expect(Array.isArray(loadCuratedFile(f)), f).toBe(true);
    expect(all.length).toBeGreaterThanOrEqual(300);
  });

  it('uses each id once, in a known id scheme', () => {
    const seen = new Map<string, string>();
    for (const { file, r } of all) {
      expect(seen.has(r.id), `${where(file, r)} duplicates ${seen.get(r.id)}`).toBe(false);
      seen.set(r.id, file);
      expect(r.id, where(file, r)).toMatch(/^(Q\d+|geonames:\d+|geonames-admin1:[A-Z]{2}\.[A-Z0-9]+|bs:[a-z0-9-]+)$/);
    }
  });

  it('gives every record a type, a one-line description, a summary and sources', () => {
    for (const { file, r } of all) {
      expect(['person', 'place', 'organization'], where(file, r)).toContain(r.type);
      expect(r.description, where(file, r)).toMatch(/^\S.{5,150}$/);
      expect(r.description, where(file, r)).not.toMatch(/\n/);
      expect(r.summary ?? '', where(file, r)).toMatch(/\.\s*$/);
      expect(r.sources?.length, where(file, r)).toBeGreaterThan(0);
      if (r.prominence !== undefined) expect(r.prominence).toBeGreaterThanOrEqual(0);
      if (r.prominence !== undefined) expect(r.prominence).toBeLessThanOrEqual(1);
      if (r.country !== undefined) expect(r.country, where(file, r)).toMatch(/^[A-Z]{2}$/); // YAML must not read NO as false
    }
  });

  it('writes plain text only', () => {
    for (const { file, r } of all) {
      for (const t of [r.name, r.description, r.summary, ...(r.facts ?? []).map((f) => f.text)]) {
        if (t) expect(t, where(file, r)).not.toMatch(/<[a-z/!]|&[a-z]+;/i);
      }
    }
  });

  it('dates every fact properly and gives it a source', () => {
    for (const { file, r } of all) {
      for (const f of r.facts ?? []) {
        const label = `${where(file, r)} ${f.kind} ${f.role ?? f.text ?? ''}`;
        for (const d of [f.date, f.start, f.end]) if (d !== undefined) expect(isPartialDate(d), `${label}: ${d}`).toBe(true);
        if (f.start && f.end) expect(f.end >= f.start.slice(0, f.end.length), `${label}: ends before it starts`).toBe(true);
        expect(sourceKeys.has(f.source.source) || /^https?:\/\//.test(f.source.source), `${label}: source ${f.source.source}`).toBe(true);
        if (f.source.url) expect(f.source.url, label).toMatch(/^https?:\/\/\S+$/);
        if (f.source.url?.includes('wikidata.org/wiki/')) expect(f.source.url, label).toMatch(/wikidata\.org\/wiki\/Q\d+$/);
        if (f.kind === 'stance' || f.kind === 'event') {
          expect(f.text, label).toMatch(/^[A-Z].*\.$/);
          expect(f.date ?? f.start, label).toBeTruthy();
        }
      }
    }
  });

  it('refers only to entities that exist: every bs: and GeoNames id is curated', () => {
    for (const { file, r } of all) {
      for (const f of r.facts ?? []) {
        for (const ref of [f.other, f.place, ...(f.about ?? [])]) {
          if (ref && !/^Q\d+$/.test(ref)) expect(ids.has(ref), `${where(file, r)} refers to ${ref}`).toBe(true);
        }
      }
    }
  });

  it('keeps aliases clean: no duplicate of the name, no list fragments, no bare surname for a person', () => {
    // Single-word forms a person is really known by alone (the matcher links bare surnames itself).
    const MONONYMS = new Set(['Lula', 'AMLO', 'Jokowi', 'MBS', 'BoJo', 'AOC', 'RBG', 'Zelenskyy', 'Francis', 'Charles', 'Tedros', 'Xi', 'Netanyahu', 'Erdogan', 'Erdoğan', 'Sisi', 'el-Sisi']);
    for (const { file, r } of all) {
      const aliases = r.aliases ?? [];
      expect(new Set(aliases).size, `${where(file, r)} repeats an alias`).toBe(aliases.length);
      for (const a of aliases) {
        expect(a, where(file, r)).not.toBe(r.name);
        expect(a, where(file, r)).not.toMatch(/^(Inc\.?|Ltd\.?|Co\.?|the|The)$/);
        expect(a.trim(), where(file, r)).toBe(a);
        if (r.type === 'person' && !/\s/.test(a)) expect(MONONYMS.has(a), `${where(file, r)}: bare alias '${a}'`).toBe(true);
        expect(r.notAliases ?? [], `${where(file, r)}: '${a}' is both alias and notAlias`).not.toContain(a);
      }
    }
  });
});

describe('demo article coverage', () => {
  const gold = JSON.parse(readFileSync(join(__dirname, '../../../shared/fixtures/panjshir-2021-08.expected.json'), 'utf8'));
  const demo = loadCuratedFile('demo.yaml');
  const byName = new Map(all.map(({ r }) => [r.name.toLowerCase(), r]));

  it('holds every gold entity with its type, and every surface form except partial surnames', () => {
    for (const g of gold.entities as { name: string; type: string; surfaces: string[] }[]) {
      const r = byName.get(g.name.toLowerCase());
      expect(r, g.name).toBeDefined();
      expect(r!.type, g.name).toBe(g.type);
      const names = new Set([r!.name, ...(r!.aliases ?? [])].map((n) => n.toLowerCase()));
      for (const s of g.surfaces) {
        const bare = s.replace(/['’]s$/, '').toLowerCase();
        if (bare === 'massoud') continue; // partial surname: the matcher's coreference job
        expect(names.has(bare), `${g.name}: surface '${s}'`).toBe(true);
      }
    }
    expect(demo.length).toBeGreaterThanOrEqual(gold.entities.length);
  });

  it('never makes bare "Massoud" an alias, and keeps "WHO" case-exact', () => {
    for (const { r } of all) expect((r.aliases ?? []).map((a) => a.toLowerCase())).not.toContain('massoud');
    expect(byName.get('world health organization')!.aliases).toContain('WHO');
    expect(byName.get('world health organization')!.aliases).not.toContain('who');
  });

  it('has the facts the demo cards need', () => {
    const am = byName.get('ahmad massoud')!;
    expect(am.facts!.find((f) => f.kind === 'born')!.date).toBe('1989-07-10');
    expect(am.facts!.some((f) => f.kind === 'relative' && f.relation === 'father' && f.other === 'Q200029')).toBe(true);
    const asm = byName.get('ahmad shah massoud')!;
    expect(asm.facts!.find((f) => f.kind === 'died')).toMatchObject({ date: '2001-09-09', manner: 'assassinated' });
    const eu = byName.get('european union')!;
    const stance = eu.facts!.find((f) => f.kind === 'stance' && f.about?.includes('Q42918'));
    expect(stance).toMatchObject({ date: '2021-08-21' });
    expect(stance!.text).toMatch(/recogni/);
  });
});
