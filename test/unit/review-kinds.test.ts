/**
 * Marks that rules of this landing took away wrongly, found in review: made-up sentences.
 * "the Iran deal Trump abandoned" is no player trade (sports.ts playerTrade takes verb forms only).
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../core/linking/matcher';
import { AliasFlag, type CompiledEntity } from '../../core/types';
import { smallIndex } from './match-kb';

const PR = AliasFlag.Primary;
const extra: [CompiledEntity, [string, number][]][] = [
  [{ id: 'Q794', type: 'place', subtype: 'country', name: 'Iran', prominence: 0.9, country: 'IR' }, [['Iran', PR]]],
];
const matcher = createMatcher(smallIndex(extra));
const marked = (text: string) => matcher.find(text, { lang: 'en' }).map((m) => m.text);

describe('marks a rule of this landing must not take', () => {
  it('"the Iran deal Trump abandoned" names Iran', () => {
    expect(marked('He criticized the Iran deal Trump abandoned.')).toContain('Iran');
  });
});
