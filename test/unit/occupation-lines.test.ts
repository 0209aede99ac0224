/**
 * The first line of a person's card names what they are: a monarch's title from the thrones the rows
 * date, a singer from the albums, a ruler from the name's title or regnal number; never a namesake's
 * throne, never a reign read as a life, never a line the article's date contradicts.
 */
import { describe, expect, it } from 'vitest';
import { dropReignBirths, officeLines, reignTitle, type Accession } from '../../scripts/data/importers/wikitrivia';
import { pantheonOccupation } from '../../scripts/data/importers/pantheon';
import { mergeLayers, officeFitsLife, wikitriviaKindStays, withoutCountry } from '../../scripts/data/lib/merge';
import { descriptionAt, descriptionHolds, kindHoldsAt, yearsIn } from '../../core/card/describe';
import { TOOK_OFFICE_ROLE, type EntityRecord, type Fact } from '../../core/types';

const src = { source: 'wikitrivia' };
const took = (text: string, date: string): Fact => ({ kind: 'event', role: TOOK_OFFICE_ROLE, text: `Became ${text}`, date, source: src });
const rec = (id: string, facts: Fact[] = []): EntityRecord => ({ id, type: 'person', name: id, facts, sources: [src] });

describe('a monarch\'s title from the row\'s position and sex', () => {
  it('names a woman on the throne a queen or an empress', () => {
    expect(reignTitle('monarch of England', false)).toBe('King of England');
    expect(reignTitle('monarch of England', true)).toBe('Queen of England');
    expect(reignTitle('King of the Netherlands', true)).toBe('Queen of the Netherlands');
    expect(reignTitle('Byzantine emperor', true)).toBe('Byzantine empress');
    expect(reignTitle('Duke of Burgundy', true)).toBe('Duchess of Burgundy');
    expect(reignTitle('pharaoh', true)).toBe('Pharaoh');
  });
  it('writes the title as a reader says it', () => {
    expect(reignTitle('monarch of the Crown of Aragon', false)).toBe('King of Aragon');
    expect(reignTitle('Monarch of the Kingdom of León', true)).toBe('Queen of León');
    expect(reignTitle('king of Franks', false)).toBe('King of the Franks');
    expect(reignTitle('king of Joseon Dynasty', false)).toBe('King of Joseon');
    expect(reignTitle('Apostolic King of Hungary', false)).toBe('King of Hungary');
    expect(reignTitle('sovereign of Navarre', true)).toBe('Queen of Navarre');
  });
});

describe('a ruler\'s line from the thrones the rows date', () => {
  const acc = (id: string, set: string, role: string, date: string, reign = true): Accession => ({ id, set, role, date, reign });
  const died = (d: string): Fact => ({ kind: 'died', date: d, source: src });
  const born = (d: string): Fact => ({ kind: 'born', date: d, source: src });

  it('a throne long ago: the title from its year, with the life the death rows give', () => {
    const recs = new Map([['h8', rec('h8', [born('1491'), died('1547')])], ['h1', rec('h1')], ['r2', rec('r2', [died('-1213')])]]);
    const lines = officeLines([acc('h8', 'en', 'King of England', '1509'), acc('h1', 'en', 'King of England', '1100'), acc('r2', 'ph', 'Pharaoh', '-1279')], recs);
    expect(lines.get('h8')).toBe('King of England from 1509 (1491–1547)');
    expect(lines.get('h1')).toBe('King of England from 1100');
    expect(lines.get('r2')).toBe('Pharaoh from 1279 BC, died 1213 BC');
  });

  it('an empire before a kingdom; of one rank the first throne taken', () => {
    const recs = new Map([['c', rec('c')], ['g', rec('g', [died('1936')])]]);
    const lines = officeLines([
      acc('c', 'franks', 'King of the Franks', '0768'), acc('c', 'hre', 'Holy Roman Emperor', '0800'),
      acc('g', 'uk', 'King of the United Kingdom of Great Britain and Ireland', '1910'), acc('g', 'uk', 'King of the United Kingdom', '1927'),
    ], recs);
    expect(lines.get('c')).toBe('Holy Roman Emperor from 800');
    expect(lines.get('g')).toBe('King of the United Kingdom of Great Britain and Ireland from 1910, died 1936');
  });

  it('the throne the name carries first ("Philip II of Spain": King of Spain, not of Aragon, the same year) (review)', () => {
    const recs = new Map([['p2', { ...rec('p2', [died('1598')]), name: 'Philip II of Spain' }]]);
    const lines = officeLines([acc('p2', 'ar', 'King of Aragon', '1556'), acc('p2', 'es', 'King of Spain', '1556')], recs);
    expect(lines.get('p2')).toBe('King of Spain from 1556, died 1598');
  });

  it('a modern throne with no death known: a line only while no one took it later and the state stood', () => {
    const recs = new Map(['jc', 'f6', 'mv', 'av'].map((id) => [id, rec(id)]));
    const falls = new Map([['Ottoman Empire', 1922]]);
    const lines = officeLines([
      acc('jc', 'es', 'King of Spain', '1975'), acc('f6', 'es', 'King of Spain', '2014'),
      acc('mv', 'ot', 'Sultan of the Ottoman Empire', '1918'), acc('av', 'ot', 'Sultan of the Ottoman Empire', '1977'),
    ], recs, falls);
    expect(lines.get('f6')).toBe('King of Spain from 2014');
    // Juan Carlos I abdicated in 2014: 'King of Spain from 1975' would read as still reigning.
    expect(lines.has('jc')).toBe(false);
    // A pretender after the empire fell; the last sultan, whose state fell in his lifetime.
    expect(lines.has('av')).toBe(false);
    expect(lines.has('mv')).toBe(false);
  });

  it('an elected office only for the dead or those who took it before 1900 (later terms are not in the rows)', () => {
    const recs = new Map([['ja', rec('ja', [died('1826')])], ['rw', rec('rw')], ['gb', rec('gb')]]);
    const lines = officeLines([
      acc('ja', 'us', 'President of the United States', '1797', false), acc('rw', 'uk', 'Prime Minister of the United Kingdom', '1721', false),
      acc('gb', 'us', 'President of the United States', '2001', false),
    ], recs);
    expect(lines.get('ja')).toBe('President of the United States from 1797, died 1826');
    expect(lines.get('rw')).toBe('Prime Minister of the United Kingdom from 1721');
    expect(lines.has('gb')).toBe(false);
  });

  it('a "(1855–1881)" read as a life that starts at the throne was the reign: the birth goes', () => {
    const a2 = rec('a2', [born('1855'), died('1881'), took('Emperor of all the Russias', '1855')]);
    const h8 = rec('h8', [born('1491'), took('King of England', '1509')]);
    dropReignBirths(new Map([['a2', a2], ['h8', h8]]));
    expect(a2.facts!.some((f) => f.kind === 'born')).toBe(false);
    expect(h8.facts!.some((f) => f.kind === 'born')).toBe(true);
  });

  it('holds on the article\'s date: a throne taken later is not shown, a year BC is long past', () => {
    expect(descriptionHolds('King of Spain from 2014', '2013-06-01')).toBe(false);
    expect(descriptionHolds('King of Spain from 2014', '2015-06-01')).toBe(true);
    expect(yearsIn('Pharaoh from 2055 BC')).toEqual([]);
    expect(descriptionHolds('Pharaoh from 2055 BC', '2024-01-01')).toBe(true);
    expect(yearsIn('King of Assyria from 1295 BC, died 2030')).toEqual([2030]);
  });
});

describe('Pantheon\'s one class, where the record says better', () => {
  const albums = new Map([['Taylor Swift', [2006, 2008, 2010]], ['Dido', [1999, 2003, 2008]], ['Adele', [2008, 2011, 2015]]]);
  it('the artist of three famous albums is a singer, not a namesake born too early', () => {
    expect(pantheonOccupation('ACTOR', 'Taylor Swift', 1989, albums)).toBe('SINGER');
    expect(pantheonOccupation('WRITER', 'Taylor Swift', 1989, albums)).toBe('SINGER');
    expect(pantheonOccupation('POLITICIAN', 'Dido', -840, albums)).toBe('POLITICIAN');
    expect(pantheonOccupation('MUSICIAN', 'Adele', 1988, albums)).toBe('MUSICIAN');
    expect(pantheonOccupation('ACTOR', 'Taylor Swift', undefined, albums)).toBe('ACTOR');
  });
  it('a ruler filed under power before 1800: the name\'s title, else a regnal number makes a ruler', () => {
    expect(pantheonOccupation('POLITICIAN', 'Philip III, Duke of Burgundy', 1396)).toBe('Duke of Burgundy');
    expect(pantheonOccupation('POLITICIAN', 'Louis IV, Holy Roman Emperor', 1282)).toBe('Holy Roman Emperor');
    expect(pantheonOccupation('POLITICIAN', 'Emperor Itoku', -550)).toBe('Emperor');
    expect(pantheonOccupation('POLITICIAN', 'Louis XVIII of France', 1755)).toBe('RULER');
    expect(pantheonOccupation('NOBLEMAN', 'Thutmose IV', -1420)).toBe('RULER');
    // A peer's ordinal is no throne; a pope no king; a name's title after 1800 may not hold at the date.
    expect(pantheonOccupation('POLITICIAN', 'Arthur Wellesley, 1st Duke of Wellington', 1769)).toBe('POLITICIAN');
    expect(pantheonOccupation('NOBLEMAN', 'Pope Leo IX', 1002)).toBe('NOBLEMAN');
    expect(pantheonOccupation('NOBLEMAN', 'Prince William, Duke of Cambridge', 1982)).toBe('NOBLEMAN');
    expect(pantheonOccupation('POLITICIAN', 'William Pitt the Younger', 1759)).toBe('POLITICIAN');
    expect(pantheonOccupation('POLITICIAN', 'Malcolm X', 1925)).toBe('POLITICIAN');
  });
});

describe('merging the two sources\' kinds', () => {
  const at = (record: EntityRecord, file: string) => ({ record, layer: 'imported' as const, file, line: 1 });
  const person = (id: string, description: string, source: string, facts: Fact[] = [], subtype = 'politician') =>
    at({ id, type: 'person', subtype, name: id, description, facts, sources: [{ source }] }, `${source}.jsonl`);

  it('a title Wikitrivia dates stays over Pantheon\'s class; "Monarch" over a class of power', () => {
    expect(wikitriviaKindStays('King of England', 'Politician', [took('King of England', '1100')])).toBe(true);
    expect(wikitriviaKindStays('Former Queen of the Netherlands', 'Politician', [took('Queen of the Netherlands', '1980')])).toBe(true);
    expect(wikitriviaKindStays('Monarch', 'Nobleman')).toBe(true);
    expect(wikitriviaKindStays('Monarch', 'Companion')).toBe(false);
    expect(wikitriviaKindStays('Military Officer', 'Actor')).toBe(false);
    expect(wikitriviaKindStays('Nobel Prize in Physics laureate', 'Physicist')).toBe(true);
    const merged = mergeLayers([
      person('x:h1', 'King of England from 1100', 'wikitrivia', [took('King of England', '1100')], 'monarch'),
      person('x:h1', 'Politician, born 1068', 'pantheon', [{ kind: 'born', date: '1068', source: { source: 'pantheon' } }]),
      person('x:pn', 'Military Officer from the United States (1925–2008)', 'wikitrivia', [], 'military-officer'),
      person('x:pn', 'Actor from the United States, born 1925', 'pantheon', [], 'actor'),
    ] as never);
    expect(merged.get('x:h1')).toMatchObject({ description: 'King of England from 1100', subtype: 'monarch' });
    expect(merged.get('x:pn')).toMatchObject({ description: 'Actor from the United States (1925–2008)', subtype: 'actor' });
  });

  it('a namesake\'s throne that does not fit Pantheon\'s birth year is not taken', () => {
    expect(officeFitsLife('0275', '0056')).toBe(false);
    expect(officeFitsLife('1100', '1068')).toBe(true);
    expect(officeFitsLife('-0305', '-0367')).toBe(true);
    // Years BC are guesses: a pharaoh 'born' 51 years after his accession is the same man.
    expect(officeFitsLife('-3001', '-2950')).toBe(true);
    expect(officeFitsLife('1063', '-1000')).toBe(false);
    const merged = mergeLayers([
      person('x:t', 'Roman Emperor from 275', 'wikitrivia', [took('Roman Emperor', '0275')], 'monarch'),
      person('x:t', 'Historian, born 56', 'pantheon', [{ kind: 'born', date: '0056', source: { source: 'pantheon' } }], 'historian'),
    ] as never);
    expect(merged.get('x:t')).toMatchObject({ description: 'Historian, born 56', subtype: 'historian' });
  });

  it('Pantheon\'s line for someone a source says reigned reads "Monarch", and only from the throne on', () => {
    const merged = mergeLayers([
      person('x:m', 'Nobleman from Denmark, born 1940', 'pantheon', [{ kind: 'born', date: '1940', source: { source: 'pantheon' } }], 'nobleman'),
      at({ id: 'x:m', type: 'person', subtype: 'monarch', name: 'x:m', facts: [took('Queen of Denmark', '1972')], sources: [{ source: 'wikitrivia' }] }, 'wikitrivia.jsonl'),
      person('x:p', 'Politician from France, born 1940', 'pantheon'),
    ] as never);
    const m = merged.get('x:m')!;
    expect(m).toMatchObject({ description: 'Monarch from Denmark, born 1940', subtype: 'monarch' });
    expect(merged.get('x:p')!.description).toBe('Politician from France, born 1940');
    expect(kindHoldsAt(m, m.facts!, '1960-01-01')).toBe(false);
    expect(descriptionAt({ ...m, country: 'DK' }, m.description, undefined, '1960-01-01', false).text).toBe('Person from Denmark');
    expect(descriptionAt({ ...m, country: 'DK' }, m.description, undefined, '1990-01-01', kindHoldsAt(m, m.facts!, '1990-01-01')).text).toBe('Monarch from Denmark, born 1940');
  });

  it('a Wikitrivia span starting well after Pantheon\'s birth was a reign: Pantheon\'s birth stands, the line keeps the death', () => {
    const born = (date: string, source: string): Fact => ({ kind: 'born', date, source: { source } });
    const merged = mergeLayers([
      person('x:v', 'Monarch from Italy (1861–1878)', 'wikitrivia', [born('1861', 'wikitrivia'), { kind: 'died', date: '1878', source: src }], 'monarch'),
      person('x:v', 'Politician from Italy, born 1820', 'pantheon', [born('1820', 'pantheon')]),
      person('x:d', 'Writer from France (1802–1870)', 'wikitrivia', [born('1802', 'wikitrivia')], 'writer'),
      person('x:d', 'Writer from France, born 1824', 'pantheon', [born('1824', 'pantheon')], 'writer'),
    ] as never);
    expect(merged.get('x:v')!.description).toBe('Monarch from Italy, died 1878');
    expect(merged.get('x:v')!.facts!.find((f) => f.kind === 'born')!.date).toBe('1820');
    // An earlier Wikitrivia birth is no reign (a namesake, at worst): left alone.
    expect(merged.get('x:d')!.description).toBe('Writer from France (1802–1870)');
  });

  it('a year after "from" is a throne\'s, not a country to drop', () => {
    expect(withoutCountry('Actor from Italy (1915–1998)')).toBe('Actor (1915–1998)');
    expect(withoutCountry('King of England from 1100')).toBe('King of England from 1100');
    expect(withoutCountry('Pharaoh from 1279 BC, died 1213 BC')).toBe('Pharaoh from 1279 BC, died 1213 BC');
  });
});
