/**
 * A thing named after a place, written as the name and a lower-case noun (core/linking/context.ts
 * namedThingAfter): found on the judged corpus, a recipe's "1 Fresno chile". Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../core/linking/matcher';
import { AliasFlag, type CompiledEntity } from '../../core/types';
import { smallIndex } from './match-kb';

const PR = AliasFlag.Primary;
const extra: [CompiledEntity, [string, number][]][] = [
  [{ id: 'us:fresno', type: 'place', subtype: 'city', name: 'Fresno', prominence: 0.6, country: 'US' }, [['Fresno', PR]]],
  [{ id: 'fr:dijon', type: 'place', subtype: 'city', name: 'Dijon', prominence: 0.55, country: 'FR' }, [['Dijon', PR]]],
  [{ id: 'Q239', type: 'place', subtype: 'city', name: 'Brussels', prominence: 0.85, country: 'BE' }, [['Brussels', PR]]],
  [{ id: 'Q100', type: 'place', subtype: 'city', name: 'Boston', prominence: 0.85, country: 'US' }, [['Boston', PR]]],
  [{ id: 'Q804', type: 'place', subtype: 'country', name: 'Panama', prominence: 0.9 }, [['Panama', PR | AliasFlag.CommonWord]]],
];
const matcher = createMatcher(smallIndex(extra));
const marked = (text: string) => matcher.find(text, { lang: 'en' }).map((m) => m.text);

describe('a thing named after a place', () => {
  it('"1 Fresno chile", "Dijon mustard", "Brussels sprouts", "a Boston terrier" are the things', () => {
    expect(marked('Add 1 Fresno chile and a tablespoon of Dijon mustard. She grew Brussels sprouts and walked a Boston terrier.')).toEqual([]);
  });
  it('keeps the places: "Fresno police", "in Brussels", "In Fresno, chile growers"', () => {
    expect(marked('Fresno police said the dog was found in Brussels. In Fresno, chile growers met in Boston.')).toEqual(['Fresno', 'Brussels', 'Fresno', 'Boston']);
    expect(marked('Police in Boston pepper sprayed protesters.')).toEqual(['Boston']);
  });
  it('"a Panama hat", "Boston sneakers" are the things too; "Panama hats are made in Ecuador, not Panama"', () => {
    expect(marked('He wore a Panama hat and Boston sneakers.')).toEqual([]);
    expect(marked('The hats are made in Ecuador, not in Panama.')).toEqual(['Panama']);
  });
});
