// The News-Fair scorer generalised to any ELEVANT-format benchmark (scripts/devset/elevant.ts): a
// made-up document, no benchmark file needed.
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../core/linking/matcher';
import { AliasFlag, type CompiledEntity } from '../../core/types';
import { scoreNewsFair, type NfDoc } from '../../scripts/devset/newsfair';
import { smallIndex } from './match-kb';

const PR = AliasFlag.Primary;
const index = smallIndex([
  [{ id: 'geonames-admin1:AR.08', type: 'place', subtype: 'region', name: 'Entre Rios', prominence: 0.5, country: 'AR' }, [['Entre Rios', PR]]],
  [{ id: 'Q414', type: 'place', subtype: 'country', name: 'Argentina', prominence: 0.85, country: 'AR' }, [['Argentina', PR]]],
] as [CompiledEntity, [string, number][]][]);

const text = 'Rains hit Entre Rios in Argentina. France said so. Kabul was calm.';
const at = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];
const doc: NfDoc = {
  id: 0,
  title: 't',
  text,
  evaluation_span: [0, text.length],
  labels: [
    { span: at('Entre Rios'), entity_id: 'Q44762', name: 'Entre Ríos Province', type: 'Q27096213' },
    { span: at('Argentina'), entity_id: 'Q414', name: 'Argentina', type: 'Q27096213' },
    { span: at('France'), entity_id: '<NO_MAPPING>', name: 'Unknown', type: 'OTHER' },
  ],
};

describe('scoring an ELEVANT benchmark by QID', () => {
  const r = scoreNewsFair(index, createMatcher(index), [doc]);

  it('matches a geonames region to a gold label named with its kind word', () => {
    expect(r.errors.filter((e) => e.text === 'Entre Rios')).toEqual([]);
    expect(r.strict.recall).toBe(1);
  });

  it('counts a mark on a <NO_MAPPING> label as nil and one on no label as unlabelled, with offsets', () => {
    const nil = r.errors.find((e) => e.text === 'France');
    expect(nil?.kind).toBe('nil');
    expect(text.slice(nil!.start, nil!.end)).toBe('France');
    expect(r.errors.find((e) => e.text === 'Kabul')?.kind).toBe('unlabelled');
    expect(r.labelled.predicted).toBe(3);
    expect(r.strict.predicted).toBe(4);
  });
});
