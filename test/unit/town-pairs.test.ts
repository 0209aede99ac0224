// A town a state after it decided is that town where the article names it again (issue 12): in
// capitals or not, and where the state chose among the index's namesakes. Sentences made up here.
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../core/linking/matcher';
import { AliasFlag, type CompiledEntity } from '../../core/types';
import { smallIndex } from './match-kb';

const PR = AliasFlag.Primary;
const extra: [CompiledEntity, [string, number][]][] = [
  [{ id: 'x:sc', type: 'place', subtype: 'state', name: 'South Carolina', prominence: 0.7, country: 'US', related: ['Q30'] }, [['South Carolina', PR]]],
  [{ id: 'x:wv', type: 'place', subtype: 'state', name: 'West Virginia', prominence: 0.7, country: 'US', related: ['Q30'] }, [['West Virginia', PR]]],
  [{ id: 'x:tn', type: 'place', subtype: 'state', name: 'Tennessee', prominence: 0.7, country: 'US', related: ['Q30'] }, [['Tennessee', PR]]],
  [{ id: 'x:ia', type: 'place', subtype: 'state', name: 'Iowa', prominence: 0.7, country: 'US', related: ['Q30'] }, [['Iowa', PR]]],
  [{ id: 'x:charleston-sc', type: 'place', subtype: 'city', name: 'Charleston', prominence: 0.55, country: 'US', related: ['x:sc', 'Q30'] }, [['Charleston', PR]]],
  [{ id: 'x:charleston-wv', type: 'place', subtype: 'city', name: 'Charleston', prominence: 0.45, country: 'US', related: ['x:wv', 'Q30'] }, [['Charleston', PR]]],
  [{ id: 'x:knoxville', type: 'place', subtype: 'city', name: 'Knoxville', prominence: 0.55, country: 'US', related: ['x:tn', 'Q30'] }, [['Knoxville', PR]]],
];
const matcher = createMatcher(smallIndex(extra));
const marks = (text: string) => matcher.find(text).map((m) => `${m.text}→${m.id}`);

describe('the town a state decided, named again', () => {
  it('keeps the town the state chose among namesakes ("CHARLESTON, West Virginia … Charleston")', () => {
    expect(marks('CHARLESTON, West Virginia -- Charleston officials said the water was safe.')).toEqual(['CHARLESTON→x:charleston-wv', 'West Virginia→x:wv', 'Charleston→x:charleston-wv']);
    expect(marks('Charleston, West Virginia, is small. Charleston has a river.')).toEqual(['Charleston→x:charleston-wv', 'West Virginia→x:wv', 'Charleston→x:charleston-wv']);
  });

  it('leaves the name unmarked after a dateline in capitals shows a town the index lacks ("KNOXVILLE, Iowa")', () => {
    expect(marks('KNOXVILLE, Iowa -- Donny Schatz won the Knoxville Nationals again.')).toEqual(['Iowa→x:ia']);
  });

  it('gives the name alone no mark where two pairs chose different towns', () => {
    expect(marks('Charleston, South Carolina, and Charleston, West Virginia, both voted. Charleston is a common name.')).toEqual([
      'Charleston→x:charleston-sc', 'South Carolina→x:sc', 'Charleston→x:charleston-wv', 'West Virginia→x:wv',
    ]);
  });

  it('leaves the better-known town where no state decides, and the same town where its own state follows', () => {
    expect(marks('Charleston has a river. Charleston is old.')).toEqual(['Charleston→x:charleston-sc', 'Charleston→x:charleston-sc']);
    expect(marks('Knoxville, Tennessee, is big. Knoxville has a river.')).toEqual(['Knoxville→x:knoxville', 'Tennessee→x:tn', 'Knoxville→x:knoxville']);
  });
});

describe('what a pair does not decide', () => {
  const extra2: [CompiledEntity, [string, number][]][] = [
    ...extra,
    [{ id: 'x:greece', type: 'place', subtype: 'country', name: 'Greece', prominence: 0.9, country: 'GR' }, [['Greece', PR]]],
    [{ id: 'x:athens', type: 'place', subtype: 'city', name: 'Athens', prominence: 1, country: 'GR', related: ['x:greece'] }, [['Athens', PR]]],
    [{ id: 'x:ga', type: 'place', subtype: 'state', name: 'Georgia', prominence: 0.7, country: 'US', related: ['Q30'] }, [['Georgia', PR]]],
    [{ id: 'x:athens-ga', type: 'place', subtype: 'city', name: 'Athens', prominence: 0.4, country: 'US', related: ['x:ga', 'Q30'] }, [['Athens', PR]]],
    [{ id: 'x:ny', type: 'place', subtype: 'state', name: 'New York', prominence: 0.8, country: 'US', related: ['Q30'] }, [['New York', PR]]],
    [{ id: 'x:nyc', type: 'place', subtype: 'city', name: 'New York City', prominence: 0.93, country: 'US', related: ['x:ny', 'Q30'] }, [['New York City', PR], ['New York', 0]]],
  ];
  const m3 = createMatcher(smallIndex(extra2));
  const marks3 = (text: string) => m3.find(text).map((m) => `${m.text}→${m.id}`);

  it('leaves a mention before the pair as it was ("Athens hosted the summit … Athens, Georgia")', () => {
    expect(marks3('Athens hosted the summit, Greece said. Fans in Athens, Georgia, watched on TV.')).toEqual(['Athens→x:athens', 'Greece→x:greece', 'Athens→x:athens-ga', 'Georgia→x:ga']);
  });

  it('keeps a world city in play after a small namesake\'s pair ("Athens, Georgia … the Greek government in Athens")', () => {
    expect(marks3('Fans in Athens, Georgia, watched. Greece said its government in Athens would act.')).toContain('Athens→x:athens');
  });

  it('keeps the state half of a pair named like its town ("NEW YORK, New York —")', () => {
    expect(marks3('NEW YORK, New York — The firm was sued on Monday.')).toEqual(['NEW YORK→x:nyc', 'New York→x:ny']);
  });
});
