/** The first-name keys the index file carries give the resolver the same answers as a pass over
 *  the entities (core/linking/resolve.ts isFirstName), so a worker's first find needs no such pass. */
import { describe, expect, it } from 'vitest';
import { readIndex } from '../../core/kb/kb-format';
import { buildLexicon } from '../../core/linking/match';
import { isFirstName } from '../../core/linking/resolve';
import type { EntityRecord } from '../../core/types';
import { compile } from '../../scripts/data/lib/compile';
import { indexBytes } from '../../scripts/data/lib/write-kb';

const person = (id: string, name: string): EntityRecord => ({ id, type: 'person', name, sources: [{ source: 'curated' }] });
const records: EntityRecord[] = [
  person('Q1', 'Jordan Peterson'),
  person('Q2', 'Émile Zola'),
  person('Q3', 'Madonna'),
  person('Q4', "Beto O'Rourke"),
  { id: 'Q5', type: 'place', name: 'Paris Basin', sources: [{ source: 'curated' }] },
];
const sources = { version: '2026-01-01.1', sources: { curated: { title: 'c', license: 'x', attribution: 'x' } } };

describe('first names in the index file', () => {
  it('answers as a pass over the entities does', () => {
    const { index } = compile(new Map(records.map((r) => [r.id, r])), sources as never);
    const file = readIndex(indexBytes(index));
    expect(file.firstNames).toBeDefined();
    const fromFile = buildLexicon(file);
    const fromObjects = buildLexicon({ ...index, firstNames: undefined });
    for (const key of ['jordan', 'emile', 'émile', 'madonna', 'beto', 'paris', 'zola', 'peterson']) {
      expect(isFirstName(fromFile, key), key).toBe(isFirstName(fromObjects, key));
    }
    expect(isFirstName(fromFile, 'jordan')).toBe(true);
    expect(isFirstName(fromFile, 'paris')).toBe(false);
  });
});
