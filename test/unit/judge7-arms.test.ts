// Kinds of wrong marks found by judging every later mention on the corpus pages (issue 12, judge7).
// Sentences made up here.
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../core/linking/matcher';
import { AliasFlag, type CompiledEntity } from '../../core/types';
import { smallIndex } from './match-kb';

const PR = AliasFlag.Primary;
const extra: [CompiledEntity, [string, number][]][] = [
  [{ id: 'x:nissan', type: 'organization', subtype: 'company', name: 'Nissan', prominence: 0.8, country: 'JP' }, [['Nissan', PR]]],
  [{ id: 'x:toyota', type: 'organization', subtype: 'company', name: 'Toyota', prominence: 0.8, country: 'JP' }, [['Toyota', PR]]],
  [{ id: 'x:na', type: 'place', subtype: 'continent', name: 'North America', prominence: 0.9 }, [['North America', PR]]],
  [{ id: 'x:ca', type: 'place', subtype: 'country', name: 'Canada', prominence: 0.9, country: 'CA' }, [['Canada', PR]]],
];
const matcher = createMatcher(smallIndex(extra));
const marks = (text: string) => matcher.find(text).map((m) => `${m.text}→${m.id}`);

describe("a company's arm named with a place and a legal form", () => {
  it('is no mark for the parent ("Nissan North America Inc.", "Toyota Canada Inc.")', () => {
    expect(marks('Nissan showed the car on Friday, said Jane Roe, a vice president at Nissan North America Inc.')).toEqual(['Nissan→x:nissan']);
    expect(marks('The recall was announced by Toyota Canada Inc. on Monday.')).toEqual([]);
  });

  it('keeps the parent where no legal form closes the name, or the place stands apart', () => {
    expect(marks('Nissan North America sales rose.')).toContain('Nissan→x:nissan');
    expect(marks('Toyota sold more cars in Canada than Nissan did in North America.')).toEqual(['Toyota→x:toyota', 'Canada→x:ca', 'Nissan→x:nissan', 'North America→x:na']);
  });
});
