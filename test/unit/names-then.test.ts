import { describe, expect, it } from 'vitest';
import { nameThen, namesThen, regionName } from '../../core/card/names-then';
import { buildCard } from '../../core/card/card-model';
import type { CompiledEntity } from '../../core/types';

describe('namesThen', () => {
  it('names a renamed country as it was on the date', () => {
    expect(namesThen('Capital of North Macedonia', '2005-06-01')).toBe('Capital of Macedonia');
    expect(namesThen('Capital of North Macedonia', '2019-02-12')).toBe('Capital of North Macedonia');
    expect(namesThen('Writer from Türkiye', '2022-05-31')).toBe('Writer from Turkey');
    expect(namesThen('In Eswatini', '2010')).toBe('In Swaziland');
    expect(namesThen('Country: Czechia', '2016-07-05')).toBe('Country: Czechia');
    expect(namesThen('Minister of Transport of Czechia', '2011-06-15')).toBe('Minister of Transport of the Czech Republic');
    expect(namesThen('Politician from the Czechia', '2011-06-15')).toBe('Politician from the Czech Republic');
    expect(namesThen('President of the Democratic Republic of the Congo', '1995-01-01')).toBe('President of Zaire');
    expect(namesThen('Republic of the Congo', '1995-01-01')).toBe('Republic of the Congo');
  });

  it('reads Intl region names that read oddly on a card plainly', () => {
    expect(regionName('CD')).toBe('DR Congo');
    expect(regionName('MM')).toBe('Myanmar');
    expect(regionName('FR')).toBe('France');
  });

  it('the card name itself is the name of the date', () => {
    const e = { id: 'x', type: 'place', subtype: 'country', name: 'Eswatini', country: 'SZ', prominence: 1 } as unknown as CompiledEntity;
    const at = (asOf: string) => buildCard(e, undefined, { asOf, asOfIsToday: false, articleIds: new Set(), nameOf: () => undefined }).name;
    expect(at('2010-01-01')).toBe('Swaziland');
    expect(at('2020-01-01')).toBe('Eswatini');
  });
});

describe('namesThen: cities', () => {
  it('names a renamed city as it was, inside a period too', () => {
    expect(namesThen('Capital of Karnataka: Bengaluru', '2010-01-01')).toBe('Capital of Karnataka: Bangalore');
    expect(namesThen('Bengaluru', '2015-01-01')).toBe('Bengaluru');
    expect(namesThen('Capital: Astana', '2020-06-01')).toBe('Capital: Nur-Sultan');
    expect(namesThen('Capital: Astana', '2023-06-01')).toBe('Capital: Astana');
    expect(namesThen('Capital: Astana', '2005-06-01')).toBe('Capital: Astana');
    expect(namesThen('Capital: Astana', '1998-01-01')).toBe('Capital: Akmola');
  });
});

describe('namesThen: teams', () => {
  it('names a moved or renamed team as it was', () => {
    expect(namesThen('Oklahoma City Thunder', '2005-06-15')).toBe('Seattle SuperSonics');
    expect(namesThen('Oklahoma City Thunder', '2010-06-15')).toBe('Oklahoma City Thunder');
    expect(namesThen('Tennessee Titans', '1998-06-15')).toBe('Tennessee Oilers');
    expect(namesThen('Tennessee Titans', '1996-06-15')).toBe('Houston Oilers');
    expect(namesThen('Washington Commanders', '2021-06-15')).toBe('Washington Football Team');
    expect(namesThen('Washington Commanders', '2015-06-15')).toBe('Washington Redskins');
    expect(namesThen('Los Angeles Rams', '1990-06-15')).toBe('Los Angeles Rams');
  });
});

describe('namesThen: East Timor', () => {
  it('is East Timor before independence', () => {
    expect(namesThen('Timor-Leste', '1999-06-15')).toBe('East Timor');
    expect(namesThen('Timor-Leste', '2003-06-15')).toBe('Timor-Leste');
  });
});

describe('namesThen: companies', () => {
  it('names a renamed company as it was, and leaves a word other things bear', () => {
    expect(namesThen('Meta Platforms', '2015-06-15')).toBe('Facebook, Inc.');
    expect(namesThen('Member of Meta Platforms since October 2014', '2016-06-15')).toBe('Member of Facebook, Inc. since October 2014');
    expect(namesThen('Kering', '2010-06-15')).toBe('PPR');
    expect(namesThen('Kering', '2000-06-15')).toBe('Kering');
    expect(namesThen('Thales of Miletus', '1995-06-15')).toBe('Thales of Miletus');
  });

  it('walks a chain of renames back (Mercedes-Benz Group, Elevance Health, SK Hynix, RTX)', () => {
    expect(nameThen('Mercedes-Benz Group', '2000-06-01')).toBe('DaimlerChrysler');
    expect(nameThen('Mercedes-Benz Group', '2010-06-01')).toBe('Daimler');
    expect(nameThen('Mercedes-Benz Group', '2022-06-01')).toBe('Mercedes-Benz Group');
    expect(nameThen('Elevance Health', '2000-06-01')).toBe('Anthem');
    expect(nameThen('Elevance Health', '2010-06-01')).toBe('WellPoint');
    expect(nameThen('Elevance Health', '2016-06-01')).toBe('Anthem');
    expect(nameThen('SK Hynix', '2000-06-01')).toBe('Hyundai Electronics');
    expect(nameThen('SK Hynix', '2010-06-01')).toBe('Hynix');
    expect(nameThen('RTX Corporation', '2010-06-01')).toBe('United Technologies');
    expect(nameThen('RTX Corporation', '2021-06-01')).toBe('Raytheon Technologies');
    expect(nameThen('HP Inc.', '2010-06-01')).toBe('Hewlett-Packard');
    expect(nameThen('Sanofi', '2010-06-01')).toBe('Sanofi-Aventis');
    expect(namesThen('Sanofi-Aventis', '2010-06-01')).toBe('Sanofi-Aventis');
  });

  it('names renamed teams and public bodies as they were', () => {
    expect(nameThen('Miami Marlins', '2005-06-01')).toBe('Florida Marlins');
    expect(nameThen('Los Angeles Angels', '2000-06-01')).toBe('Anaheim Angels');
    expect(nameThen('Tampa Bay Rays', '2000-06-01')).toBe('Tampa Bay Devil Rays');
    expect(nameThen('Anaheim Ducks', '2000-06-01')).toBe('Mighty Ducks of Anaheim');
    expect(nameThen('Saudi Central Bank', '2010-06-01')).toBe('Saudi Arabian Monetary Authority');
    expect(nameThen('Senedd', '2010-06-01')).toBe('National Assembly for Wales');
  });
});

describe('names then: the edges found in review', () => {
  it('renames an entity only when its whole name is the renamed one', () => {
    expect(nameThen('Kolkata Knight Riders', '1999-06-01')).toBe('Kolkata Knight Riders');
    expect(nameThen('Kolkata', '1999-06-01')).toBe('Calcutta');
    expect(nameThen('North Macedonia', '2005-06-01')).toBe('Macedonia');
  });
  it('dates each name from when it came in, and opens a sentence with a capital', () => {
    expect(namesThen('The Washington Commanders', '2020-07-18')).toBe('The Washington Football Team');
    expect(namesThen('Zaire? The Democratic Republic of the Congo', '1965-01-01')).toBe('Zaire? The Democratic Republic of the Congo');
    expect(namesThen('Czechia joined. Czechia voted', '2010-01-01')).toBe('The Czech Republic joined. The Czech Republic voted');
    expect(namesThen('Equinor', '2008-05-01')).toBe('StatoilHydro');
    expect(namesThen('Chennai', '1996-07-01')).toBe('Madras');
  });
  it('leaves text told as later news with the later names', () => {
    const e = { id: 'x', type: 'organization', subtype: 'sports-team', name: 'Kolkata Knight Riders', country: 'IN', prominence: 0.5 } as unknown as CompiledEntity;
    const detail = { facts: [{ kind: 'founded' as const, date: '2008-01-24', placeName: 'Kolkata', source: { source: 'curated' } }], sources: [{ source: 'curated' }] };
    const card = buildCard(e, detail, { asOf: '1999-06-01', asOfIsToday: false, articleIds: new Set(), nameOf: () => undefined });
    expect(card.name).toBe('Kolkata Knight Riders');
    expect(card.description).not.toMatch(/Calcutta/);
  });
});

describe('names then: a rename bounded on both sides', () => {
  it('names ChevronTexaco and Nippon Steel & Sumitomo Metal only between their mergers and renames', () => {
    expect(nameThen('Chevron', '2000-06-01')).toBe('Chevron');
    expect(nameThen('Chevron', '2003-06-01')).toBe('ChevronTexaco');
    expect(nameThen('Chevron', '2006-06-01')).toBe('Chevron');
    expect(nameThen('Nippon Steel', '2010-06-01')).toBe('Nippon Steel');
    expect(nameThen('Nippon Steel', '2015-06-01')).toBe('Nippon Steel & Sumitomo Metal');
    expect(namesThen('Nippon Steel & Sumitomo Metal', '2015-06-01')).toBe('Nippon Steel & Sumitomo Metal');
    expect(nameThen('Panasonic', '2005-06-01')).toBe('Matsushita Electric');
    expect(nameThen('HuffPost', '2012-06-01')).toBe('The Huffington Post');
  });
});
