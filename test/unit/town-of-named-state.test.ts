// A US town's name in a story that names another state with a town of that name (issue 12):
// "Portland" in a story about Maine is not Oregon's. Sentences made up here.
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../core/linking/matcher';
import { KnownNames } from '../../core/linking/known-names';
import { AliasFlag, type CompiledEntity } from '../../core/types';
import { smallIndex } from './match-kb';
import { buildTownStates } from '../../scripts/data/lib/town-states';

const PR = AliasFlag.Primary;
// Real state ids: the rule reads a town's state by its QID (core/linking/us-states.ts).
const extra: [CompiledEntity, [string, number][]][] = [
  [{ id: 'Q724', type: 'place', subtype: 'state', name: 'Maine', prominence: 0.6, country: 'US', related: ['Q30'] }, [['Maine', PR]]],
  [{ id: 'Q824', type: 'place', subtype: 'state', name: 'Oregon', prominence: 0.6, country: 'US', related: ['Q30'] }, [['Oregon', PR]]],
  [{ id: 'Q1397', type: 'place', subtype: 'state', name: 'Ohio', prominence: 0.6, country: 'US', related: ['Q30'] }, [['Ohio', PR]]],
  [{ id: 'Q1428', type: 'place', subtype: 'state', name: 'Georgia', prominence: 0.6, country: 'US', related: ['Q30'] }, [['Georgia', PR]]],
  [{ id: 'Q1439', type: 'place', subtype: 'state', name: 'Texas', prominence: 0.7, country: 'US', related: ['Q30'] }, [['Texas', PR]]],
  [{ id: 'Q1415', type: 'place', subtype: 'state', name: 'Indiana', prominence: 0.6, country: 'US', related: ['Q30'] }, [['Indiana', PR]]],
  [{ id: 'x:columbus-in', type: 'place', subtype: 'city', name: 'Columbus', prominence: 0.4, country: 'US', related: ['Q1415', 'Q30'] }, [['Columbus', PR]]],
  [{ id: 'x:dallas', type: 'place', subtype: 'city', name: 'Dallas', prominence: 0.6, country: 'US', related: ['Q1439', 'Q30'] }, [['Dallas', PR]]],
  [{ id: 'x:portland-or', type: 'place', subtype: 'city', name: 'Portland', prominence: 0.54, country: 'US', related: ['Q824', 'Q30'] }, [['Portland', PR]]],
  [{ id: 'x:columbus-oh', type: 'place', subtype: 'city', name: 'Columbus', prominence: 0.57, country: 'US', related: ['Q1397', 'Q30'] }, [['Columbus', PR]]],
  [{ id: 'x:france', type: 'place', subtype: 'country', name: 'France', prominence: 0.9, country: 'FR' }, [['France', PR]]],
  [{ id: 'x:russia', type: 'place', subtype: 'country', name: 'Russia', prominence: 0.95, country: 'RU' }, [['Russia', PR]]],
  [{ id: 'x:paris', type: 'place', subtype: 'city', name: 'Paris', prominence: 0.95, country: 'FR', related: ['x:france'] }, [['Paris', PR]]],
];
const index = smallIndex(extra);
index.knownNames = KnownNames.fromNames([]);
index.knownNames.towns = new Map([
  ['portland', ['ME', 'OR']],
  ['columbus', ['GA', 'IN', 'OH']],
]);
const matcher = createMatcher(index);
const marks = (text: string) => matcher.find(text).map((m) => `${m.text}→${m.id}`);
const without = createMatcher(smallIndex(extra));
const marksWithout = (text: string) => without.find(text).map((m) => `${m.text}→${m.id}`);

describe('a town of a state the story names', () => {
  it('gives no mark where the index lacks that state\'s town ("Portland" in a story about Maine)', () => {
    const text = 'The storm reached Maine on Tuesday. In Portland, the mayor closed the schools.';
    expect(marksWithout(text)).toContain('Portland→x:portland-or');
    expect(marks(text)).toEqual(['Maine→Q724']);
  });

  it('takes the index\'s town of that state ("Columbus" in a story about Indiana)', () => {
    const text = 'Indiana lawmakers met on Monday. Police in Columbus said the road reopened.';
    expect(marksWithout(text)).toContain('Columbus→x:columbus-oh');
    expect(marks(text)).toContain('Columbus→x:columbus-in');
  });

  it('reads the states the story marks, not names that may be one ("the capital of Georgia")', () => {
    const text = 'Talks in Tbilisi, the capital of Georgia, went on. Police in Columbus said the road reopened.';
    // Georgia, a country here or a US state, is not marked as the state: Columbus stays Ohio's.
    expect(marks(text)).toContain('Columbus→x:columbus-oh');
  });

  it('keeps a town whose namesakes in the story\'s states are small ("Texas Gov. … in Portland", "Georgia … Dallas")', () => {
    // names.json lists only namesakes of 50,000 people or more: Portland, Texas is not there.
    expect(marks('Texas Gov. Greg Abbott criticized the protests in Portland, where federal agents clashed with crowds.')).toContain('Portland→x:portland-or');
    expect(marks('Trump won Maine and Indiana in 2016. On Saturday he held a rally in Dallas.')).toContain('Dallas→x:dallas');
  });

  it('keeps the better-known town where its own state is named too, or no state', () => {
    expect(marks('Protesters marched in Portland, police in Oregon said. Maine was quiet.')).toContain('Portland→x:portland-or');
    expect(marks('Protesters marched in Portland on Saturday.')).toEqual(['Portland→x:portland-or']);
    expect(marks('Columbus police said Ohio would help.')).toContain('Columbus→x:columbus-oh');
  });

  it('leaves a world city alone ("Paris" in a story that names Texas)', () => {
    expect(marks('The Texas governor flew to Paris for talks with France.')).toContain('Paris→x:paris');
  });

  it('leaves a town the state after it decided ("Portland, Oregon" in a story about Maine)', () => {
    expect(marks('Maine sent aid. Portland, Oregon, sent more.')).toContain('Portland→x:portland-or');
  });

  it('reads no state in a sports story ("Indiana beat the Buckeyes in Columbus")', () => {
    const text = 'Indiana beat the Buckeyes 24-21 in Columbus on Saturday. The quarterback threw two touchdown passes, the coach praised the defense and the season goes on.';
    expect(marks(text)).toContain('Columbus→x:columbus-oh');
  });
});

describe('the towns file', () => {
  it('round-trips the towns by state, and an old file without them reads as none', () => {
    const k = KnownNames.fromNames(['georgia power']);
    k.towns = new Map([['portland', ['ME', 'OR']]]);
    const back = KnownNames.fromFile(JSON.parse(JSON.stringify(k.toFile())));
    expect([...back.towns]).toEqual([['portland', ['ME', 'OR']]]);
    expect(KnownNames.fromFile({ format: 'backstory-known-names/1', count: 0, hashes: '' }).towns.size).toBe(0);
  });
});

describe('the towns by state the build ships (GeoNames)', () => {
  it('lists the states with a town of an index town\'s name, of 50,000 people or more', () => {
    const index = smallIndex(extra);
    const towns = buildTownStates(index);
    expect(towns.get('portland')).toEqual(expect.arrayContaining(['ME', 'OR']));
    expect(towns.get('columbus')).toEqual(expect.arrayContaining(['GA', 'OH']));
    // Columbus, Indiana has about 47,000 people, Portland, Texas 20,000: too small to be the one a story means.
    expect(towns.get('columbus')).not.toContain('IN');
    expect(towns.get('portland')).not.toContain('TX');
    expect(towns.has('paris')).toBe(false);
  });
});
