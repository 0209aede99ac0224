import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../core/linking/matcher';
import { acronymFits } from '../../core/linking/coref';
import { smallIndex } from './match-kb';
import { AliasFlag } from '../../core/types';

const matcher = createMatcher(smallIndex());
const marks = (text: string) => matcher.find(text).map((m) => `${m.text}→${matcher.entity(m.id)!.name}`);

describe('ambiguity', () => {
  it('decides Georgia from the other places in the article', () => {
    expect(marks('Flights from Atlanta to Georgia resumed.')).toEqual(['Atlanta→Atlanta', 'Georgia→Georgia']);
    expect(matcher.find('Flights from Atlanta to Georgia resumed.')[1].id).toBe('Q1428');
    expect(matcher.find('Protesters in Tbilisi said Georgia would not bow.')[1].id).toBe('Q230');
  });

  it('marks nothing when the article gives no reason to choose', () => {
    expect(marks('Georgia voted on Tuesday.')).toEqual([]);
  });

  it('never links a surname to someone the article has not named in full', () => {
    expect(marks('Washington said the plan was sound.')).not.toContain('Washington→George Washington');
    expect(marks('Michel said the talks would go on.')).toEqual([]);
  });

  it('uses cue words: President X is a person, in X a place', () => {
    expect(marks('George Washington crossed the river. Later, Washington wrote letters.')).toEqual([
      'George Washington→George Washington',
      'Washington→George Washington',
    ]);
  });

  it('does not mark a place inside an unknown name', () => {
    expect(marks('Jordan Peterson spoke in Kabul.')).toEqual(['Kabul→Kabul']);
  });

  it('drops an obscure one-word place without support', () => {
    expect(marks('Kolo is quiet.')).toEqual([]);
  });

  it('prefers the entity the article already named (one sense per article)', () => {
    expect(marks('The Panjshir Valley is north of Kabul. Fighters in Panjshir held out.')).toEqual([
      'Panjshir Valley→Panjshir Valley',
      'Kabul→Kabul',
      'Panjshir→Panjshir Valley',
    ]);
  });
});

describe('names in context', () => {
  it('leaves titles out of the mark and prefers the full name after a title', () => {
    expect(marks('President Trump spoke.')).toEqual(['Trump→Donald Trump']);
    expect(marks('President Xi Jinping of China spoke.')).toEqual(['Xi Jinping→Xi Jinping']);
  });

  it('reads a city and the region or territory named after it as one place', () => {
    expect(marks('Shelters in Homs were shelled.')).toEqual(['Homs→Homs']);
    expect(matcher.find('Shelters in Homs were shelled.')[0].id).toBe('geonames:169577');
    expect(matcher.find('Protests in Hong Kong went on.').map((m) => m.text)).toEqual(['Hong Kong']);
  });

  it('does not mark a place that is part of an unknown institution or team name', () => {
    expect(marks('an economist at Syracuse University said')).toEqual([]);
    expect(marks('the New York State Attorney General')).toEqual([]);
  });

  it('ignores an organization alias that reads as a nationality', () => {
    expect(marks('Chinese officials met Afghan envoys.')).toEqual(['Afghan→Afghanistan']);
  });

  it('does not read an acronym among words in capitals', () => {
    expect(marks("LOWE'S COMPANIES INC. fell")).toEqual([]);
    expect(marks('The INC won seats in India.')).toEqual(['INC→Indian National Congress']);
  });
});

describe('within-article reference', () => {
  it('uses the family name first for Chinese names', () => {
    expect(marks('Xi Jinping met envoys. Xi said little.')).toEqual(['Xi Jinping→Xi Jinping', 'Xi→Xi Jinping']);
  });

  it('does not link a surname preceded by another first name', () => {
    expect(marks('Joe Biden spoke. His son Hunter Biden did not. Biden left.')).toEqual(['Joe Biden→Joe Biden', 'Biden→Joe Biden']);
  });

  const text =
    '"We will fight," Ahmad Massoud, the son of Ahmad Shah Massoud, told reporters. The Taliban told Massoud to give up. ' +
    'Massoud said no. Ahmad Shah Massoud\'s name carries weight.';

  it('links a bare surname to the more salient full name, not the one in a description', () => {
    const ms = matcher.find(text).filter((m) => /Massoud/.test(m.text));
    expect(ms.map((m) => `${m.text}→${matcher.entity(m.id)!.name}:${m.via}`)).toEqual([
      'Ahmad Massoud→Ahmad Massoud:alias',
      'Ahmad Shah Massoud→Ahmad Shah Massoud:alias',
      'Massoud→Ahmad Massoud:coref',
      'Massoud→Ahmad Massoud:coref',
      'Ahmad Shah Massoud→Ahmad Shah Massoud:alias',
    ]);
  });

  it('links multi-word surnames after the full name', () => {
    expect(marks('Ursula von der Leyen spoke. Later von der Leyen left.')).toEqual([
      'Ursula von der Leyen→Ursula von der Leyen',
      'von der Leyen→Ursula von der Leyen',
    ]);
  });

  it('links an acronym defined in the text, and blocks one defined for an unknown name', () => {
    expect(marks('The National Resistance Front (NRF) said the NRF would fight.')).toEqual([
      'National Resistance Front→National Resistance Front of Afghanistan',
      'NRF→National Resistance Front of Afghanistan',
      'NRF→National Resistance Front of Afghanistan',
    ]);
    expect(marks('The Northern Relief Fund (NRF) said the NRF would help.')).toEqual([]);
    // Without a definition the index's own acronym stands, when the article supports it.
    expect(marks('The NRF met in Lagos.')).toEqual(['NRF→Nigerian Rugby Federation', 'Lagos→Lagos']);
  });

  it('does not link an obscure acronym without support from the article', () => {
    expect(marks('The NRF met on Monday.')).toEqual([]);
    expect(marks('The WHO met on Monday.')).toEqual(['WHO→World Health Organization']);
  });

  it('checks acronym letters against the name', () => {
    expect(acronymFits('NRF', 'National Resistance Front')).toBe(true);
    expect(acronymFits('ISIS', 'Islamic State')).toBe(true);
    expect(acronymFits('WHO', 'National Resistance Front')).toBe(false);
  });
});

describe('near misses', () => {
  it('finds transliteration variants of a named person', () => {
    const ms = matcher.find('Ahmad Massoud spoke. Later Masood said more, and Massud agreed.');
    expect(ms.map((m) => `${m.text}→${matcher.entity(m.id)!.name}:${m.via}`)).toEqual([
      'Ahmad Massoud→Ahmad Massoud:alias',
      'Masood→Ahmad Massoud:fuzzy',
      'Massud→Ahmad Massoud:fuzzy',
    ]);
  });

  it('finds a misspelled full name', () => {
    expect(marks('Amrulah Saleh spoke.')).toEqual(['Amrulah Saleh→Amrullah Saleh']);
  });

  it('does not guess at unrelated capitalized words', () => {
    expect(marks('Massive crowds gathered. Mass was held.')).toEqual([]);
  });
});

describe('determinism', () => {
  it('returns the same mentions for the same text, sorted by start', () => {
    const text = 'Ahmad Massoud told the EU and the WHO in Kabul that Massoud would stay.';
    const a = matcher.find(text);
    const b = createMatcher(smallIndex()).find(text);
    expect(a).toEqual(b);
    for (let i = 1; i < a.length; i++) expect(a[i].start).toBeGreaterThanOrEqual(a[i - 1].start);
  });
});

describe('a region and a city of one name', () => {
  const PR = AliasFlag.Primary;
  const m = createMatcher(
    smallIndex([
      [{ id: 'Q176', type: 'place', subtype: 'region', name: 'Quebec', prominence: 0.67, country: 'CA' }, [['Quebec', PR]]],
      [{ id: 'g:qc', type: 'place', subtype: 'city', name: 'Québec', prominence: 0.52, country: 'CA' }, [['Québec', PR], ['Quebec', 0]]],
      [{ id: 'g:kab', type: 'place', subtype: 'region', name: 'Kabulx', prominence: 0.48, country: 'AF' }, [['Kabulx', PR]]],
      [{ id: 'Q5838x', type: 'place', subtype: 'city', name: 'Kabulx', prominence: 1, country: 'AF' }, [['Kabulx', PR]]],
    ]),
  );
  const ids = (text: string) => m.find(text, { lang: 'en' }).map((x) => x.id);

  it('is the region when the region is far better known (a province of millions), accents aside', () => {
    expect(ids('He moved to Quebec last year.')).toEqual(['Q176']);
  });

  it('is the city when the city is the better known', () => {
    expect(ids('He moved to Kabulx last year.')).toEqual(['Q5838x']);
  });
});
