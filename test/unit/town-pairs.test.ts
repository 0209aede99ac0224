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

describe('one town a story', () => {
  it('reads a mention before the pair as the pair says', () => {
    expect(marks('Charleston officials met on Monday. The city of Charleston, West Virginia, has 48,000 people.')).toEqual(['Charleston→x:charleston-wv', 'Charleston→x:charleston-wv', 'West Virginia→x:wv']);
  });
});
