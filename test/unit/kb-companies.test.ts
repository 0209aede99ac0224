// Companies named like people or opening a sentence (data/curated/companies.yaml): the company where
// the words say company, the person where the article named the person in full.
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../core/linking/matcher';
import { AliasFlag, type CompiledEntity } from '../../core/types';
import { smallIndex } from './match-kb';

const PR = AliasFlag.Primary;
const P = AliasFlag.Partial;
const extra: [CompiledEntity, [string, number][]][] = [
  [{ id: 'Q8704', type: 'person', subtype: 'actor', name: 'Walt Disney', prominence: 0.85, country: 'US' }, [['Walt Disney', PR], ['Disney', P]]],
  [{ id: 'Q7414', type: 'organization', subtype: 'company', name: 'The Walt Disney Company', prominence: 0.85, country: 'US' },
    [['The Walt Disney Company', PR], ['Disney', 0], ['Walt Disney Co.', 0], ['Walt Disney Company', 0]]],
  [{ id: 'Q248', type: 'organization', subtype: 'company', name: 'Intel', prominence: 0.8, country: 'US' }, [['Intel', PR]]],
  [{ id: 'Q1359568', type: 'organization', subtype: 'company', name: 'Alibaba Group', prominence: 0.8, country: 'CN' }, [['Alibaba Group', PR], ['Alibaba', 0]]],
  [{ id: 'Q206921', type: 'organization', subtype: 'company', name: 'Pfizer', prominence: 0.85, country: 'US' }, [['Pfizer', PR]]],
  [{ id: 'Q9582', type: 'person', subtype: 'politician', name: 'Gerald Ford', prominence: 0.85, country: 'US' }, [['Gerald Ford', PR], ['Ford', P]]],
  [{ id: 'Q44294', type: 'organization', subtype: 'company', name: 'Ford Motor Company', prominence: 0.85, country: 'US' }, [['Ford Motor Company', PR], ['Ford Motor Co.', 0]]],
];

const matcher = createMatcher(smallIndex(extra));
const marks = (text: string) => matcher.find(text).map((m) => `${m.text}→${matcher.entity(m.id)!.name}`);

describe('a company named after its founder', () => {
  it('links "Walt Disney Co." and a later "Disney" to the company', () => {
    expect(marks('Walt Disney Co. said on Tuesday that profit rose. Disney’s streaming service added subscribers.')).toEqual([
      'Walt Disney Co→The Walt Disney Company',
      'Disney→The Walt Disney Company',
    ]);
  });

  it('keeps the person when the article names him in full', () => {
    expect(marks('Walt Disney founded his studio in 1923. Disney died in 1966.')).toEqual(['Walt Disney→Walt Disney', 'Disney→Walt Disney']);
  });

  it('gives a bare "Ford" to nobody but a Ford the article named', () => {
    expect(marks('Ford Motor Co. recalled trucks. Gerald Ford was president then, and Ford said little.')).toEqual([
      'Ford Motor Co→Ford Motor Company',
      'Gerald Ford→Gerald Ford',
      'Ford→Gerald Ford',
    ]);
  });
});

describe('a company after a capitalized word that opens the sentence', () => {
  it('reads "Shares of Intel" and "One of Alibaba’s" as the company, not an institution "X of Y"', () => {
    expect(marks('Shares of Intel rose 3% on Tuesday.')).toEqual(['Intel→Intel']);
    expect(marks('One of Alibaba’s New York-listed shares will be worth more.')).toEqual(['Alibaba→Alibaba Group']);
    expect(marks('Pfizer said the vaccine was effective.')).toEqual(['Pfizer→Pfizer']);
  });

  it('still reads "University of X" as a longer name', () => {
    expect(marks('University of Intel researchers said.')).toEqual([]);
  });
});
