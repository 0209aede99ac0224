import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AliasFlag, shardOf, type KbIndex } from '../../core/types';
import { aliasFlags, entityAliases, isUsableAlias, surnameForms } from '../../scripts/data/lib/aliases';
import { checkIndex } from '../../scripts/data/lib/check-index';
import { compile } from '../../scripts/data/lib/compile';
import { loadAndValidate } from '../../scripts/data/lib/pipeline';
import { loadKb } from '../../scripts/lib/load-kb';
import { checkIndexFile, indexBytes, kbFiles, writeKb } from '../../scripts/data/lib/write-kb';
import { readIndex, readMeta } from '../../core/kb/kb-format';
import { prepareFuzzy } from '../../core/linking/fuzzy';
import { buildLexicon } from '../../core/linking/match';

const FIX = path.join(__dirname, 'fixtures-data');
const good = () => loadAndValidate({ curatedDir: path.join(FIX, 'good/curated'), importedDir: path.join(FIX, 'good/imported'), today: '2026-11-25' });

function aliasesOf(index: KbIndex, id: string): Record<string, number> {
  const i = index.entities.findIndex((e) => e.id === id);
  return Object.fromEntries(index.aliases.filter((a) => a[1] === i).map((a) => [a[0], a[2]]));
}

describe('alias flags', () => {
  it('marks acronyms case-sensitive, ordinary words common, the display name primary', () => {
    expect(aliasFlags('WHO')).toBe(AliasFlag.CaseSensitive);
    expect(aliasFlags('US')).toBe(AliasFlag.CaseSensitive);
    expect(aliasFlags('Chad', { primary: true })).toBe(AliasFlag.Primary | AliasFlag.CommonWord);
    expect(aliasFlags('Nice')).toBe(AliasFlag.CommonWord);
    expect(aliasFlags('Kabul')).toBe(0);
    expect(aliasFlags('Massoud', { partial: true })).toBe(AliasFlag.Partial);
  });

  it('drops aliases that are too short or not names', () => {
    expect(isUsableAlias('W')).toBe(false);
    expect(isUsableAlias('Ab')).toBe(false);
    expect(isUsableAlias('EU')).toBe(true);
    expect(isUsableAlias('1948')).toBe(false);
    expect(isUsableAlias('Xi', true)).toBe(true);
  });

  it('derives surname forms, keeping particles and family-name-first order', () => {
    expect(surnameForms('Ahmad Shah Massoud')).toEqual(['Massoud']);
    expect(surnameForms('Ursula von der Leyen')).toEqual(['von der Leyen']);
    expect(surnameForms('Bashar al-Assad')).toEqual(['al-Assad', 'Assad']);
    expect(surnameForms('Xi Jinping', 'CN')).toEqual(['Xi']);
    expect(surnameForms('Madonna')).toEqual([]);
    expect(surnameForms('Felipe VI of Spain')).toEqual([]);
    expect(surnameForms('Charles III')).toEqual([]);
    expect(surnameForms('Pliny the Elder')).toEqual([]);
    // A reign name ending in its title has no surname ("Emperor" would claim every emperor).
    expect(surnameForms('Zhengde Emperor', 'CN')).toEqual([]);
  });

  it('flags a listed surname alias as Partial and drops notAliases', () => {
    const list = entityAliases({ id: 'Q1', type: 'person', name: 'Charles Michel', aliases: ['Michel', 'Charles'], notAliases: ['Charles'], sources: [{ source: 'curated' }] });
    expect(list).toEqual([['Charles Michel', AliasFlag.Primary], ['Michel', AliasFlag.Partial]]);
  });
});

describe('compile', () => {
  it('merges curated over imported field by field, unioning aliases and sources', () => {
    const { merged, issues } = good();
    expect(issues.filter((i) => i.level === 'error')).toEqual([]);
    const asm = merged.get('Q200029')!;
    expect(asm.description).toBe('Afghan commander, assassinated in 2001'); // curated wins
    expect(asm.facts!.find((f) => f.kind === 'died')!.manner).toBe('assassinated'); // curated died replaces imported
    expect(asm.facts!.find((f) => f.kind === 'born')!.date).toBe('1953-09-02'); // imported fact kept
    expect(asm.sources.map((s) => s.source).sort()).toEqual(['curated', 'peppercat']);
    expect(asm.prominence).toBeGreaterThanOrEqual(0.7);
    expect(merged.get('Q7817')!.aliases).toEqual(['WHO', 'OMS', 'W']);
  });

  it('writes flagged aliases, related ids, shards and credits from the sources used', () => {
    const { merged, sources } = good();
    const { index, shards } = compile(merged, sources);
    expect(index.entities.map((e) => e.id)).toEqual(['Q200029', 'Q26689638', 'Q657', 'Q7817']);
    // "W.H.O.", "O.M.S.": the acronyms as some papers print them.
    expect(aliasesOf(index, 'Q7817')).toEqual({ 'World Health Organization': AliasFlag.Primary, WHO: AliasFlag.CaseSensitive, 'W.H.O.': AliasFlag.CaseSensitive, OMS: AliasFlag.CaseSensitive, 'O.M.S.': AliasFlag.CaseSensitive });
    expect(aliasesOf(index, 'Q657')).toMatchObject({ Chad: AliasFlag.Primary | AliasFlag.CommonWord });
    expect(aliasesOf(index, 'Q26689638')).toMatchObject({ Massoud: AliasFlag.Partial });
    expect(index.entities.find((e) => e.id === 'Q26689638')!.related).toEqual(['Q200029']);
    const shard = shards[shardOf('Q200029', index.shardCount)];
    expect(shard.Q200029.facts.map((f) => f.kind)).toEqual(['died', 'born']);
    expect(index.credits.map((c) => c.source)).toEqual(['curated', 'supraverden', 'peppercat']);
    expect(index.credits.find((c) => c.source === 'peppercat')!.license).toMatch(/NC/);
    expect(index.builtAt).toBe(`${sources.version.slice(0, 10)}T00:00:00.000Z`);
    expect(checkIndex(index)).toEqual([]);
  });

  it('is deterministic', () => {
    const a = compile(good().merged, good().sources);
    const b = compile(good().merged, good().sources);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('self-check catches an ordinary word without the CommonWord flag', () => {
    const { index } = compile(good().merged, good().sources);
    const i = index.aliases.findIndex((a) => a[0] === 'Chad');
    index.aliases[i] = ['Chad', index.aliases[i][1], AliasFlag.Primary];
    expect(checkIndex(index)).toEqual(["alias 'Chad' of Q657 is a common English word but is not flagged CommonWord"]);
  });

  it('loadKb reads the shipped files and finds facts and descriptions in their shard', () => {
    const { index, shards } = compile(good().merged, good().sources);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-'));
    const written = writeKb(dir, index, shards, 8);
    expect(written.shardCount).toBe(8);
    const kb = loadKb(dir);
    expect(kb.index.entities).toHaveLength(4);
    expect(kb.index.shardCount).toBe(8);
    expect(kb.detail('Q26689638')!.facts[0]).toMatchObject({ kind: 'born', date: '1989-07-10' });
    expect(kb.detail('Q200029')!.description).toBe('Afghan commander, assassinated in 2001');
    expect(kb.detail('Q404')).toBeUndefined();
    fs.rmSync(dir, { recursive: true });
  });
});

describe('shipped index format (binary)', () => {
  it('reads back as the compiled index, without descriptions (they move to the shards)', () => {
    const { index, shards } = compile(good().merged, good().sources);
    const files = kbFiles(index, shards, 8);
    const decoded = readIndex(files.file);
    const withoutDescription = index.entities.map(({ description: _, ...e }) => e);
    expect([...decoded.entities]).toEqual(withoutDescription);
    expect(decoded.aliases).toEqual(index.aliases);
    expect(decoded.credits).toEqual(index.credits);
    expect(decoded.version).toBe(index.version);
    expect(decoded.shardCount).toBe(8);
    expect(readMeta(files.file).counts).toEqual({ person: 2, place: 1, organization: 1 });
    expect(checkIndexFile(files.file, { ...index, shardCount: 8 })).toEqual([]);
    // The near-miss candidates the build precomputed are what the matcher would compute itself.
    expect(decoded.fuzzy).toEqual(prepareFuzzy(buildLexicon(index)));
    expect(decoded.fuzzy!.ids.length).toBeGreaterThan(0);
    // The file carries the tables the matcher builds for the objects.
    const fromFile = buildLexicon(decoded);
    const fromObjects = buildLexicon(index);
    for (const k of ['one', 'pair', 'next', 'aliasEntity', 'aliasFlags', 'aliasLang'] as const) {
      expect(fromFile[k], k).toEqual(fromObjects[k]);
    }
    expect([...fromFile.aliasText]).toEqual(fromObjects.aliasText);
    for (const e of index.entities) {
      const detail = files.shards[shardOf(e.id, 8)][e.id];
      expect(detail.description).toBe(e.description);
      expect(detail.facts).toEqual(shards[shardOf(e.id, index.shardCount)][e.id].facts);
    }
  });

  it('keeps a display name that differs from its primary alias', () => {
    const { index } = compile(good().merged, good().sources);
    const odd = { ...index, entities: index.entities.map((e, i) => (i === 0 ? { ...e, name: `${e.name}  (odd)` } : e)) };
    expect(readIndex(indexBytes(odd)).entities[0].name).toBe(`${index.entities[0].name}  (odd)`);
  });

  it('keeps language sets per alias (16 bits per alias: flags and a language set)', () => {
    const { index } = compile(good().merged, good().sources);
    const tagged = { ...index, aliasLang: { 0: 'fr', 1: 'es,pt' } } as typeof index;
    const back = readIndex(indexBytes(tagged)) as typeof index & { aliasLang?: Record<number, string> };
    expect(back.aliasLang).toEqual({ 0: 'fr', 1: 'es,pt' });
  });

  it('is deterministic', () => {
    const a = compile(good().merged, good().sources);
    const b = compile(good().merged, good().sources);
    expect(JSON.stringify(kbFiles(a.index, a.shards))).toBe(JSON.stringify(kbFiles(b.index, b.shards)));
  });
});
