// A region named by generic words alone ("National Capital", "Islands", "Northeast") is that region
// only where the article ties to its country (issue 12). Sentences made up here.
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../core/linking/matcher';
import { AliasFlag, type CompiledEntity } from '../../core/types';
import { smallIndex } from './match-kb';

const PR = AliasFlag.Primary;
const extra: [CompiledEntity, [string, number][]][] = [
  [{ id: 'x:pg', type: 'place', subtype: 'country', name: 'Papua New Guinea', prominence: 0.7, country: 'PG' }, [['Papua New Guinea', PR]]],
  [{ id: 'x:ncd', type: 'place', subtype: 'region', name: 'National Capital', prominence: 0.3, country: 'PG', related: ['x:pg'] }, [['National Capital', PR]]],
  [{ id: 'x:delhi', type: 'place', subtype: 'city', name: 'Delhi', prominence: 0.95, country: 'IN' }, [['Delhi', PR]]],
  [{ id: 'x:mideast', type: 'place', subtype: 'region', name: 'Middle East', prominence: 0.7 }, [['Middle East', PR]]],
];
const matcher = createMatcher(smallIndex(extra));
const marks = (text: string) => matcher.find(text).map((m) => `${m.text}→${m.id}`);

describe('a region named by generic words alone', () => {
  it('is not marked in a story with no tie to its country', () => {
    expect(marks('Pollutants have been accumulating in the air that the National Capital is breathing. Delhi shut its schools.')).toEqual(['Delhi→x:delhi']);
  });

  it('is marked where the story names its country, and a region of no one country keeps its mark', () => {
    expect(marks('Port Moresby lies in Papua New Guinea. The National Capital has 400,000 people.')).toEqual(['Papua New Guinea→x:pg', 'National Capital→x:ncd']);
    expect(marks('Oil prices rose across the Middle East on Monday.')).toEqual(['Middle East→x:mideast']);
  });
});

describe('what something is free of', () => {
  const m2 = createMatcher(smallIndex([[{ id: 'x:bpa', type: 'organization', subtype: 'government-agency', name: 'Bonneville Power Administration', prominence: 0.6, country: 'US' }, [['Bonneville Power Administration', PR], ['BPA', AliasFlag.CaseSensitive]]]]));
  const marks2 = (text: string) => m2.find(text).map((m) => `${m.text}→${m.id}`);
  it('is a substance ("BPA-free bottles"), while the agency keeps its name elsewhere', () => {
    expect(marks2('The Bonneville Power Administration sells water in BPA-free bottles.')).toEqual(['Bonneville Power Administration→x:bpa']);
    expect(marks2('The Bonneville Power Administration said the BPA would raise rates.')).toEqual(['Bonneville Power Administration→x:bpa', 'BPA→x:bpa']);
  });

  it('is no rule for a name in other letters, nor for a free-trade deal', () => {
    expect(marks('Pollution in a Delhi-free week? The Middle East-free zone was proposed.').length).toBeGreaterThan(0);
    const m3 = createMatcher(smallIndex([[{ id: 'x:us', type: 'place', subtype: 'country', name: 'United States', prominence: 0.95, country: 'US' }, [['United States', PR], ['US', AliasFlag.CaseSensitive]]]]));
    expect(m3.find('The US-free trade agreement passed.').map((m) => m.text)).toEqual(['US']);
  });
});
