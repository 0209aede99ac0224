import { describe, expect, it } from 'vitest';
import type { EntityRecord } from '../../core/types';
import { COUNTRY_QID } from '../../scripts/data/importers/country-qids';
import { parsePopulation } from '../../scripts/data/importers/factbook';
import { linkByName, mergeSameId, resolveReferences, sanitize } from '../../scripts/data/importers/link';
import { dateWithPrecision, jsonl, nameSkeleton, withArticle } from '../../scripts/data/importers/util';

const rec = (r: Partial<EntityRecord> & { id: string }): EntityRecord => ({ type: 'organization', name: r.id, sources: [{ source: 'ucdp' }], ...r });

describe('importer helpers', () => {
  it('keeps the precision Wikidata gives a date', () => {
    expect(dateWithPrecision('1953-09-02', '11')).toBe('1953-09-02');
    expect(dateWithPrecision('1968-01-01', '9')).toBe('1968');
    expect(dateWithPrecision('1968-05-01', 10)).toBe('1968-05');
    expect(dateWithPrecision('-384')).toBe('-0384');
    expect(dateWithPrecision('')).toBeUndefined();
  });

  it('reads Factbook population with its year', () => {
    expect(parsePopulation('49,474,805 (2025 est.)')).toEqual({ value: 49474805, year: '2025' });
    expect(parsePopulation('no indigenous inhabitants')).toBeUndefined();
  });

  it('maps ISO codes to QIDs and words names for phrases', () => {
    expect(COUNTRY_QID.get('AF')).toBe('Q889');
    expect(COUNTRY_QID.get('US')).toBe('Q30');
    expect(withArticle('United States')).toBe('the United States');
    expect(withArticle('Spain')).toBe('Spain');
    expect(nameSkeleton('Ahmed Shah Massoud')).toBe(nameSkeleton('Ahmad Shah Massoud'));
  });

  it('writes sorted, stable jsonl with a fixed key order', () => {
    const a = jsonl([rec({ id: 'Q2', sources: [{ source: 'ucdp' }], name: 'B' }), { sources: [{ source: 'ucdp' }], name: 'A', type: 'place', id: 'Q1' }]);
    expect(a).toBe('{"id":"Q1","type":"place","name":"A","sources":[{"source":"ucdp"}]}\n{"id":"Q2","type":"organization","name":"B","sources":[{"source":"ucdp"}]}\n');
  });
});

describe('cross-source steps', () => {
  it('links a record without a QID to the one organisation of that name, preferring curated ones', () => {
    const universe = [rec({ id: 'Q42918', name: 'Taliban', aliases: ['Taleban'] }), rec({ id: 'Q1', name: 'Hamas', country: 'DZ' }), rec({ id: 'Q38799', name: 'Hamas', country: 'PS' })];
    const out = linkByName([rec({ id: 'ucdp:303', name: 'Taleban' }), rec({ id: 'ucdp:209', name: 'Hamas' }), rec({ id: 'ucdp:1', name: 'Nobody' })], universe, new Set(['Q38799']));
    expect(out.map((r) => r.id)).toEqual(['Q42918', 'Q38799', 'ucdp:1']);
  });

  it('drops slips the validator would reject', () => {
    const [r] = sanitize([rec({
      id: 'Q5', type: 'person', aliases: ['gauche', 'Gauche'],
      facts: [
        { kind: 'born', date: '1950-06-31', source: { source: 'peppercat' } },
        { kind: 'died', date: '2000', source: { source: 'peppercat' } },
        { kind: 'position', role: 'Minister', start: '2010', end: '2009', source: { source: 'peppercat' } },
        { kind: 'position', role: 'Mayor', start: '2005', source: { source: 'peppercat' } },
        { kind: 'position', role: 'President', start: '1990', end: '1995', source: { source: 'peppercat' } },
      ],
    })], '2026-11-25');
    expect(r.aliases).toEqual(['Gauche']);
    expect(r.facts).toEqual([
      { kind: 'born', date: '1950-06', source: { source: 'peppercat' } },
      { kind: 'died', date: '2000', source: { source: 'peppercat' } },
      { kind: 'position', role: 'President', start: '1990', end: '1995', source: { source: 'peppercat' } },
    ]);
  });

  it('turns references to missing entities into names, and merges same-id records', () => {
    const [r] = resolveReferences([rec({ id: 'Q9', facts: [
      { kind: 'leader', other: 'Q404', otherName: 'Someone', source: { source: 'peppercat' } },
      { kind: 'member', other: 'Q405', source: { source: 'peppercat' } },
    ] })], new Set(['Q9']));
    expect(r.facts).toEqual([{ kind: 'leader', otherName: 'Someone', source: { source: 'peppercat' } }]);
    const merged = mergeSameId([rec({ id: 'Q1', name: 'A' }), rec({ id: 'Q1', name: 'B', aliases: ['C'] })]);
    expect(merged).toHaveLength(1);
    expect(merged[0].aliases).toEqual(['B', 'C']);
  });
});
