// Importer rules that keep junk names, wrong links and duplicate lines out of the imported layer
// (found on the linking dev set: 'Chinese' on a Greek party, 'Democrats' on a Brazilian one,
// 'VPN' as a party, "Son" and "Child" of the same person on one card).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { independenceText } from '../../scripts/data/importers/factbook';
import type { EntityRecord } from '../../core/types';
import { dedupeRelatives, dropCollidingPartyAcronyms, linkByName } from '../../scripts/data/importers/link';
import { isGenericName, keepPartyAcronym } from '../../scripts/data/importers/party-names';
import { closeSupersededTerms, roleHeld, type Pos } from '../../scripts/data/importers/peppercat';
import { oneLetterApart, regionProminence, regionSeats, saintVariants, type GeoCity } from '../../scripts/data/importers/geonames';
import { placeQids, tablePlaceIds } from '../../scripts/data/importers/place-qids';
import { importNsi } from '../../scripts/data/importers/nsi';
import { unMemberToday } from '../../scripts/data/importers/un-admissions';
import { mergeLayers } from '../../scripts/data/lib/merge';
import { descriptionAt } from '../../core/card/describe';
import { cityQidRows } from '../../scripts/data/city-qid-table';
import { regionQidRows } from '../../scripts/data/region-qid-table';
import { decodeEntities, sameThing } from '../../scripts/data/importers/us-newspapers';
import { parseIndependence } from '../../scripts/data/importers/factbook';
import { kindSince, regionCreated } from '../../scripts/data/importers/region-reforms';
import { capitalSince } from '../../scripts/data/importers/capital-moves';
import { unMemberSince } from '../../scripts/data/importers/un-admissions';
import { leadershipTerms } from '../../scripts/data/importers/us-congress';
import { brandNoun, lifeSpan, yearDate } from '../../scripts/data/importers/wikitrivia';
import { tidyRecord } from '../../scripts/data/importers/util';
import { dottedAcronyms } from '../../scripts/data/lib/dotted-acronyms';
import { labourName } from '../../scripts/data/importers/partyfacts';
import { AliasFlag } from '../../core/types';

const rec = (r: Partial<EntityRecord> & { id: string }): EntityRecord => ({ type: 'organization', name: r.id, sources: [{ source: 'partyfacts' }], ...r });
const src = { source: 'peppercat' };

describe('party names', () => {
  it('treats names made of ordinary words as generic, and real names as names', () => {
    for (const n of ['The Movement', 'The Union', 'I Believe', 'Democrats', 'Greens', 'Labour', 'The Left']) expect(isGenericName(n), n).toBe(true);
    expect(isGenericName('Chinese', new Set(['chinese']))).toBe(true);
    for (const n of ['Labour Party', 'Liberal Alliance', 'Likud', 'Podemos', 'New Party', 'Hatnuah']) expect(isGenericName(n), n).toBe(false);
  });

  it("keeps a major party's acronym, drops a minor one's when it is common, a word, or long gone", () => {
    expect(keepPartyAcronym('VPN', { prominence: 0.25 })).toBe(false);
    expect(keepPartyAcronym('ABC', { prominence: 0.4 })).toBe(false);
    expect(keepPartyAcronym('RED', { prominence: 0.3 })).toBe(false);
    expect(keepPartyAcronym('PFL', { prominence: 0.3, yearLast: 1991 })).toBe(false);
    expect(keepPartyAcronym('PFL', { prominence: 0.3 })).toBe(true);
    expect(keepPartyAcronym('ARENA', { prominence: 0.55 })).toBe(true);
  });

  it('takes a minor party acronym away when another kind of entity goes by it', () => {
    const [party, big] = dropCollidingPartyAcronyms(
      [rec({ id: 'Q1', subtype: 'party', prominence: 0.3, aliases: ['AFP', 'Alliance des Forces'] }), rec({ id: 'Q2', subtype: 'party', prominence: 0.6, aliases: ['AFP'] })],
      [rec({ id: 'Q40464', subtype: 'news-outlet', name: 'Agence France-Presse', aliases: ['AFP'] })],
    );
    expect(party.aliases).toEqual(['Alliance des Forces']);
    expect(big.aliases).toEqual(['AFP']);
  });

  it("never links a party to a namesake party of another country", () => {
    const universe = [rec({ id: 'Q2284361', subtype: 'party', name: 'New Party', aliases: ['Chinese'], country: 'TW' }), rec({ id: 'Q133207', subtype: 'party', name: 'Muslim Brotherhood', country: 'EG' })];
    const out = linkByName([
      rec({ id: 'partyfacts:6786', subtype: 'party', name: 'Modernist Party', aliases: ['New Party'], country: 'GR' }),
      rec({ id: 'ucdp:269', subtype: 'armed-group', name: 'Muslim Brotherhood', country: 'SY' }),
    ], universe);
    expect(out.map((r) => r.id)).toEqual(['partyfacts:6786', 'Q133207']);
  });

  it('links by an alias only within the record\'s country: a gloss names groups of many countries', () => {
    const universe = [
      rec({ id: 'Q948574', subtype: 'party', name: 'Islamic Party', aliases: ['Hezb-e Islami'], country: 'AF' }),
      rec({ id: 'Q6974114', subtype: 'party', name: 'National Liberation Front' }),
      rec({ id: 'Q1', subtype: 'armed-group', name: 'Ogaden National Liberation Front', aliases: ['ONLF'], country: 'ET' }),
    ];
    const out = linkByName([
      rec({ id: 'ucdp:1004', subtype: 'armed-group', name: 'Hizbul Islam', aliases: ['Islamic Party'], country: 'SO' }),
      rec({ id: 'ucdp:433', subtype: 'armed-group', name: 'Frolina', aliases: ['National Liberation Front'], country: 'BI' }),
      rec({ id: 'ucdp:2', subtype: 'armed-group', name: 'Ogaden Front', aliases: ['ONLF'], country: 'ET' }),
    ], universe);
    expect(out.map((r) => r.id)).toEqual(['ucdp:1004', 'ucdp:433', 'Q1']);
  });
});

describe('people', () => {
  it('ends an open past term when the next holder of the office starts', () => {
    const positions = new Map<string, Pos[]>([
      ['Q1', [{ role: 'President', catalogSlug: 'x', catalog: 'X', start: '1994-11-26', current: false }]],
      ['Q2', [{ role: 'President', catalogSlug: 'x', catalog: 'X', start: '2005-02-12', current: true }]],
      ['Q3', [{ role: 'Deputy Prime Minister', catalogSlug: 'x', catalog: 'X', start: '2001', current: false }]],
      ['Q4', [{ role: 'Deputy Prime Minister', catalogSlug: 'x', catalog: 'X', start: '2003', current: false }]],
    ]);
    closeSupersededTerms(positions, [{ position: 'President', catalog_slug: 'x' }]);
    expect(positions.get('Q1')![0].end).toBe('2005-02-12');
    expect(positions.get('Q2')![0].end).toBeUndefined();
    expect(positions.get('Q3')![0].end).toBeUndefined(); // several deputies at once: no successor to read
  });

  it('tells each relative once: curated ones win, and "son" beats "child"', () => {
    const curated = [rec({ id: 'Q200029', type: 'person', facts: [
      { kind: 'relative', relation: 'son', other: 'Q26689638', source: { source: 'curated' } },
      { kind: 'relative', relation: 'brother', otherName: 'Ahmad Zia Massoud', source: { source: 'curated' } },
    ] })];
    const names = new Map([['Q26689638', 'Ahmad Massoud'], ['Q218863', 'Ahmad Zia Massoud']]);
    const [r, q] = dedupeRelatives([
      rec({ id: 'Q200029', type: 'person', facts: [
        { kind: 'relative', relation: 'child', other: 'Q26689638', otherName: 'Ahmad Massoud', source: src },
        { kind: 'relative', relation: 'brother', other: 'Q218863', otherName: 'Ahmad Zia Massoud', source: src },
        { kind: 'relative', relation: 'sibling', otherName: 'Ahmad Wali Massoud', source: src },
      ] }),
      rec({ id: 'Q9', type: 'person', facts: [
        { kind: 'relative', relation: 'child', other: 'Q10', source: src },
        { kind: 'relative', relation: 'daughter', other: 'Q10', source: src },
      ] }),
    ], curated, (id) => names.get(id));
    expect(r.facts!.map((f) => f.otherName)).toEqual(['Ahmad Wali Massoud']);
    expect(q.facts!.map((f) => f.relation)).toEqual(['daughter']);
  });
});

describe('regions', () => {
  it('ranks a region by the people in its towns: a province of millions near a big city, a parish at the floor', () => {
    expect(regionProminence('Ontario', 12_800_000)).toBeGreaterThan(0.55);
    expect(regionProminence('Ontario', 12_800_000)).toBeGreaterThan(regionProminence('Quebec', 6_900_000));
    expect(regionProminence('Canillo', 4_300)).toBe(0.3);
    expect(regionProminence('Wyoming', 415_000)).toBe(0.3);
  });

  it('ranks regions named by compass and landform words below all others, however many live there', () => {
    for (const n of ['North', 'South-West', 'Central', 'North West', 'Northeast', 'Coast', 'Upper East', 'Eastern']) expect(regionProminence(n, 20_000_000), n).toBe(0.1);
    expect(regionProminence('Western Cape', 6_000_000)).toBeGreaterThan(0.3);
  });
});

describe('region ids', () => {
  const states = [
    { name: 'Ontario', country_code: 'CA', iso2: 'ON', fips_code: '08', native: 'Ontario', wikiDataId: 'Q1904' },
    { name: 'Urozgan', country_code: 'AF', iso2: 'UR', fips_code: '39', native: '', wikiDataId: 'Q1' },
    { name: 'Florida', country_code: 'PR', iso2: '054', fips_code: '', native: '', wikiDataId: 'Q812' },
    { name: 'Florida', country_code: 'US', iso2: 'FL', fips_code: '12', native: '', wikiDataId: 'Q812' },
    { name: 'Lagos', country_code: 'NG', iso2: 'LA', fips_code: '05', native: '', wikiDataId: 'Q741' },
  ];
  const admin1 = [
    { code: 'CA.08', name: 'Ontario' }, { code: 'AF.39', name: 'Oruzgan' }, { code: 'PR.054', name: 'Florida' },
    { code: 'US.FL', name: 'Florida' }, { code: 'NG.05', name: 'Lagos State' },
  ];

  it('keeps a region id only where code and name agree, and no id that two regions claim', () => {
    expect(regionQidRows(states, admin1)).toEqual([['CA.08', 'Ontario', 'Q1904'], ['NG.05', 'Lagos State', 'Q741']]);
  });

  it('gives a region its id unless a city holds it or a curated place of that name has none', () => {
    const place = (id: string, name: string, subtype: string): EntityRecord => ({ id, type: 'place', subtype, name, country: 'XX', prominence: 0.5, sources: [{ source: 'geonames' }] });
    const places = [place('geonames-admin1:XX.01', 'Ontario', 'region'), place('geonames-admin1:XX.02', 'Shanghai', 'region'), place('geonames:1', 'Shanghai', 'city'), place('geonames-admin1:XX.03', 'Kandahar', 'region')];
    const curated = [{ id: 'Q8686', type: 'place', subtype: 'city', name: 'Shanghai', country: 'XX', sources: [{ source: 'curated' }] }, { id: 'geonames:9', type: 'place', name: 'Kandahar', sources: [{ source: 'curated' }] }] as EntityRecord[];
    const got = placeQids(places, [], new Map(), new Map(), new Set(), undefined, curated, [['XX.01', 'Ontario', 'Q1904'], ['XX.02', 'Shanghai', 'Q8686'], ['XX.03', 'Kandahar', 'Q173808']]);
    expect(Object.fromEntries(got)).toEqual({ 'geonames-admin1:XX.01': 'Q1904', 'geonames:1': 'Q8686' });
  });

  it('finds a table city by its English alias, and a curated change to that city blocks no region', () => {
    const places: EntityRecord[] = [
      { id: 'geonames:2660646', type: 'place', subtype: 'city', name: 'Genève', aliases: ['Geneva'], country: 'CH', prominence: 0.4, sources: [{ source: 'geonames' }] },
      { id: 'geonames-admin1:CH.GE', type: 'place', subtype: 'region', name: 'Geneva', country: 'CH', prominence: 0.45, sources: [{ source: 'geonames' }] },
    ];
    const curated = [{ id: 'geonames:2660646', type: 'place', name: 'Geneva', sources: [{ source: 'curated' }] }] as EntityRecord[];
    const got = placeQids(places, [], new Map(), new Map(), new Set(), undefined, curated, [['CH.GE', 'Geneva', 'Q11917']]);
    expect(Object.fromEntries(got)).toEqual({ 'geonames:2660646': 'Q71', 'geonames-admin1:CH.GE': 'Q11917' });
  });
});

describe('town ids (city-qid-table.ts)', () => {
  const town = (cityId: string, name: string, country: string, lat: number, lon: number): GeoCity =>
    ({ cityId, name, altName: '', country, featureCode: 'PPLA', adminCode: '01', population: '500000', lat: String(lat), lon: String(lon) });
  const row = (name: string, country_code: string, lat: number, lon: number, wikiDataId: string) => ({ name, country_code, latitude: String(lat), longitude: String(lon), wikiDataId });
  const labels = new Map([['Q994', ['Tbilisi']], ['Q1', ['Kutaisi']], ['Q5', ['Springfield']], ['Q6', ['Springfield']]]);

  it('keeps an id only where name, country and place agree and a Wikidata label names the town', () => {
    const towns = [town('1', 'Tbilisi', 'GE', 41.69, 44.83), town('2', 'Kutaisi', 'GE', 42.27, 42.7), town('3', 'Batumi', 'GE', 41.64, 41.63)];
    const rows = [
      row('Tbilisi', 'GE', 41.7, 44.8, 'Q994'),
      // The district's id, labelled otherwise: not the town's.
      row('Kutaisi', 'GE', 42.25, 42.72, 'Q2'),
      // Far from the town of that name: another place.
      row('Batumi', 'GE', 43.5, 45.0, 'Q1'),
    ];
    expect(cityQidRows(towns, rows, labels)).toEqual([['1', 'Tbilisi', 'Q994']]);
  });

  it('gives no id that two towns would receive, nor one where near rows disagree', () => {
    const towns = [town('1', 'Springfield', 'US', 39.8, -89.65), town('2', 'Springfield', 'US', 39.81, -89.66), town('3', 'Tbilisi', 'GE', 41.69, 44.83)];
    const rows = [row('Springfield', 'US', 39.8, -89.65, 'Q5'), row('Tbilisi', 'GE', 41.7, 44.8, 'Q994'), row('Tbilisi', 'GE', 41.71, 44.79, 'Q6')];
    expect(cityQidRows(towns, rows, labels)).toEqual([]);
  });
});

describe('region seats', () => {
  const city = (name: string, country: string, adminCode: string, featureCode: string, population: number): GeoCity =>
    ({ cityId: name, name, altName: '', country, featureCode, adminCode, population: String(population), lat: '0', lon: '0' });
  const seats = regionSeats([
    city('Ottawa', 'CA', '08', 'PPLC', 812_000), city('Toronto', 'CA', '08', 'PPLA', 2_600_000),
    city('London', 'GB', 'ENG', 'PPLC', 7_500_000), city('West Ilsley', 'GB', 'ENG', 'PPLA', 332),
    city('Melbourne', 'AU', '07', 'PPLA', 4_200_000), city('Geelong', 'AU', '07', 'PPL', 250_000),
    city('Canberra', 'AU', '01', 'PPLC', 367_000),
  ]);
  const name = (code: string) => seats.get(code)?.name;

  it('names the region’s own seat, or the national capital where it is the only one', () => {
    expect(name('AU.07')).toBe('Melbourne');
    expect(name('AU.01')).toBe('Canberra');
  });

  it('names none where the national capital and another seat share a region, unless the capital dwarfs it', () => {
    expect(name('CA.08')).toBeUndefined();
    expect(name('GB.ENG')).toBe('London');
  });
});

describe('newspaper ids', () => {
  it('keeps a paper’s QID only when Wikidata’s label for it names the paper, not its owner or town', () => {
    expect(sameThing('The Famuan', ['Florida A&M University'])).toBe(false);
    expect(sameThing('Mercer Island Reporter', ['Black Press'])).toBe(false);
    expect(sameThing('Contra Costa Times', ['East Bay Times'])).toBe(false);
    expect(sameThing('Augusta Chronicle', ['The Augusta Chronicle'])).toBe(true);
    expect(sameThing('The Daily News', ['Daily News'])).toBe(true);
    expect(sameThing('Mineral Daily News-Tribune', ['Daily News-Tribune'])).toBe(true);
    expect(sameThing('Herald & Review', ['Herald & Review'])).toBe(true);
    expect(sameThing('Any Paper', undefined)).toBe(true);
  });

  it('decodes the HTML entities the list keeps in titles', () => {
    expect(decodeEntities('Herald &amp; Review')).toBe('Herald & Review');
    expect(decodeEntities('The Captain&#39;s Log')).toBe("The Captain's Log");
  });
});

describe('a region spelled like its seat city gives the city that spelling', () => {
  it('reads names one letter apart, and no others', () => {
    expect(oneLetterApart('basra', 'basrah')).toBe(true);
    expect(oneLetterApart('odesa', 'odessa')).toBe(true);
    expect(oneLetterApart('karaganda', 'karagandy')).toBe(true);
    expect(oneLetterApart('paris', 'paris')).toBe(false);
    expect(oneLetterApart('kandahar', 'kabul')).toBe(false);
    expect(oneLetterApart('ab', 'abcd')).toBe(false);
  });
});

describe("a saint's town is written both ways", () => {
  it('gives "Saint X" the form "St. X" and back', () => {
    expect(saintVariants('Saint Petersburg')).toEqual(['St. Petersburg']);
    expect(saintVariants('St. Louis')).toEqual(['Saint Louis']);
    expect(saintVariants('Santa Fe')).toEqual([]);
  });
});

describe("a country's independence (Factbook)", () => {
  it('takes every date said to come from someone, never the notable earlier ones', () => {
    expect(parseIndependence('9 July 2011 (from Sudan)')).toEqual([{ date: '2011-07-09', from: 'Sudan' }]);
    expect(parseIndependence('28 November 1975 (from Portugal); 20 May 2002 (from Indonesia)')).toEqual([{ date: '1975-11-28', from: 'Portugal' }, { date: '2002-05-20', from: 'Indonesia' }]);
    expect(parseIndependence('24 August 1991 (from the Soviet Union); notable earlier dates: 1 December 1991 (from someone else)')).toEqual([{ date: '1991-08-24', from: 'the Soviet Union' }]);
    expect(parseIndependence('25 December 1991 (from the Soviet Union; Russian SFSR renamed Russian Federation)')).toEqual([{ date: '1991-12-25', from: 'the Soviet Union' }]);
    expect(parseIndependence('8 September 1991 (referendum endorsed independence from Yugoslavia)')).toEqual([{ date: '1991-09-08', from: 'Yugoslavia' }]);
  });
  it('gives nothing for a split, a merger, a founding or a territory', () => {
    expect(parseIndependence('1 January 1993 (Czechoslovakia split into the Czech Republic and Slovakia)')).toEqual([]);
    expect(parseIndependence('1 August 1291 (founding of the Swiss Confederation)')).toEqual([]);
    expect(parseIndependence('none (overseas territory of the UK)')).toEqual([]);
    expect(parseIndependence(undefined)).toEqual([]);
  });
});

describe('divisions a reform made', () => {
  it('date the regions that did not exist before (France 2016, Morocco 2015) and no others', () => {
    expect(regionCreated('FR.84')).toBe('2016-01-01'); // Auvergne-Rhône-Alpes
    // A division's kind word holds from when it became that kind: created, or changed (a state made a union territory).
    expect(kindSince('FR.84')).toBe('2016-01-01');
    expect(kindSince('IN.12')).toBe('2019-10-31');
    expect(kindSince('US.MD')).toBeUndefined();
    expect(regionCreated('MA.06')).toBe('2015-09-04'); // Casablanca-Settat
    expect(regionCreated('FR.11')).toBeUndefined(); // Île-de-France, unchanged
    expect(regionCreated('MA.02')).toBeUndefined(); // Oriental kept its name
    expect(regionCreated('US.CA')).toBeUndefined();
    expect(regionCreated('IN.40')).toBe('2014-06-02'); // Telangana
    expect(regionCreated('IN.02')).toBeUndefined(); // Andhra Pradesh, older
    expect(regionCreated('RU.90')).toBe('2005-12-01'); // Perm Krai
    expect(regionCreated('CZ.52')).toBeUndefined(); // Prague kept its status
    expect(regionCreated('PL.83')).toBeUndefined(); // Silesia: an older land's name
    expect(capitalSince('BI')).toBe('2019-01-16'); // Gitega
    expect(capitalSince('FR')).toBeUndefined();
    // UN members admitted since 1990 are dated (Switzerland 2002, South Sudan 2011); founders are not.
    expect(unMemberSince('CH')).toBe('2002-09-10');
    expect(unMemberSince('SS')).toBe('2011-07-14');
    expect(unMemberSince('FR')).toBeUndefined();
    // Wikitrivia's astronomical years: -43 is 44 BC (Caesar), 0 is 1 BC; AD years stay.
    expect(yearDate('-43')).toBe('-0044');
    expect(yearDate('0')).toBe('-0001');
    expect(yearDate('229')).toBe('0229');
  });

  it('reads a description\'s closing span as a lifetime only when it is one', () => {
    expect(lifeSpan('German physicist (1879–1955)', '1955')?.slice(1)).toEqual(['1879', '1955']);
    // A reign or a term: it ends before the death, or lasts less than a life.
    expect(lifeSpan('265th pope of the Catholic Church (2005–2013)', '2022')).toBeUndefined();
    expect(lifeSpan('Emperor of Russia (1894–1917)', '1918')).toBeUndefined();
    expect(lifeSpan('founder of the Mughal Empire (1526–1530)', '1530')).toBeUndefined();
    // A laureate is born well before the award.
    expect(lifeSpan('American chemist (1901–1994)', undefined, '1954')?.[1]).toBe('1901');
    expect(lifeSpan('President of the Commission (1999–2004)', undefined, '2001')).toBeUndefined();
  });
});

describe('imported records are written whole', () => {
  it('keeps a dated description and refuses a field it would drop', () => {
    const r: EntityRecord = { id: 'geonames:1', type: 'place', name: 'Lyon', description: 'City in France, seat of X', descriptionSpan: { start: '2016-01-01' }, sources: [{ source: 'geonames' }] };
    expect(tidyRecord(r).descriptionSpan).toEqual({ start: '2016-01-01' });
    expect(() => tidyRecord({ ...r, seat: 'x' } as unknown as EntityRecord)).toThrow(/'seat' is not written/);
  });
});

describe('dotted acronyms', () => {
  const CS = AliasFlag.CaseSensitive;
  it('gives "F.B.I." to the FBI, and a shared acronym\'s dotted form to each holder', () => {
    const rows = dottedAcronyms([['FBI', 0, CS], ['NSA', 1, CS], ['NSA', 2, CS], ['Federal Bureau of Investigation', 0, 8]], () => CS);
    expect(rows).toEqual([['F.B.I.', 0, CS], ['N.S.A.', 1, CS], ['N.S.A.', 2, CS]]);
  });
  it('leaves two-letter acronyms, words in capitals and forms some alias already has', () => {
    expect(dottedAcronyms([['UN', 0, CS], ['Nato', 1, 0], ['CIA', 2, CS], ['C.I.A.', 3, CS]], () => CS)).toEqual([]);
    // A name kept for pages in another language ("OMS" on French pages) gives no English form.
    expect(dottedAcronyms([['OMS', 0, CS]], () => CS, (t) => t === 'OMS')).toEqual([]);
  });
});

describe('EU presidencies', () => {
  it('files a six-month presidency after the Lisbon Treaty under the Council of the EU, not the European Council', () => {
    // Zapatero chaired the Council of the EU from January to June 2010, while Van Rompuy presided over the European Council.
    expect(roleHeld('President of the European Council', '2010-01-01', '2010-06-30')).toBe('President of the Council of the European Union');
    expect(roleHeld('President of the European Council', '2009-12-01', '2014-11-30')).toBe('President of the European Council');
    expect(roleHeld('President of the European Council', '2019-12-01', undefined)).toBe('President of the European Council');
    // Before Lisbon the rotating presidency chaired the European Council too.
    expect(roleHeld('President of the European Council', '2007-07-01', '2007-12-31')).toBe('President of the European Council');
    expect(roleHeld('Prime Minister', '2010-01-01', '2010-06-30')).toBe('Prime Minister');
  });
});

describe('Labour and Labor', () => {
  const own = (w: string) => ['norwegian', 'australian'].includes(w.toLowerCase());
  it('gives a country\'s Labour or Labor party the name its press uses', () => {
    expect(labourName('Labour Party', own)).toBe('Labour');
    expect(labourName('Norwegian Labour Party', own)).toBe('Labour');
    expect(labourName('Australian Labor Party', own)).toBe('Labor');
  });
  it('not a party of another kind of labour', () => {
    expect(labourName('Democratic Labour Party', own)).toBeUndefined();
    expect(labourName('Socialist Labor Party', own)).toBeUndefined();
    expect(labourName('Labour Front', own)).toBeUndefined();
  });
});

describe('an id a place table gives a town or region belongs to that place', () => {
  const ctx = { countryQid: new Map([['AR', 'Q414']]), countryName: new Map([['AR', 'Argentina']]), anyCountryName: new Set(['argentina']), iso2Of: new Map(), capitalCity: new Map() };

  it('NSI: an operator with a province\'s id is no organization', () => {
    const row = (qid: string, label: string) => ({ qid, label, roles: ['operator'], osm: ['office=company'], locations: ['ar'], nsiItems: 9 });
    const got = importNsi(ctx, new Set(), [row('Q44759', 'Córdoba Province'), row('Q999001', 'Aerolíneas Argentinas')], new Set(['Q44759']));
    expect(got.records.map((r) => r.id)).toEqual(['Q999001']);
  });

  it('tablePlaceIds holds the hand table, the US states and the committed region and town tables', () => {
    const ids = tablePlaceIds();
    for (const q of ['Q90', 'Q1384', 'Q1904', 'Q994', 'Q16567']) expect(ids.has(q)).toBe(true);
  });
});

describe('card truth at import and merge', () => {
  it('the Holy See is a UN observer, no member, whatever world-countries says', () => {
    expect(unMemberToday('VA', true)).toBe(false);
    expect(unMemberToday('CH', true)).toBe(true);
    expect(unMemberToday('TW', false)).toBe(false);
  });

  it('a city-state merged with its town record is not in one of its own districts', () => {
    const at = (record: EntityRecord, file: string) => ({ record, layer: 'imported' as const, file, line: 1 });
    const merged = mergeLayers([
      at({ id: 'Q8646', type: 'place', subtype: 'territory', name: 'Hong Kong', country: 'HK', sources: [{ source: 'factbook' }] }, 'factbook.jsonl'),
      at({ id: 'Q8646', type: 'place', subtype: 'city', name: 'Hong Kong', country: 'HK', facts: [{ kind: 'located-in', other: 'x:cw', source: { source: 'geonames' } }, { kind: 'located-in', other: 'Q148', source: { source: 'geonames' } }], sources: [{ source: 'geonames' }] }, 'geonames.jsonl'),
      at({ id: 'x:cw', type: 'place', subtype: 'region', name: 'Central and Western', country: 'HK', sources: [{ source: 'geonames' }] }, 'geonames.jsonl'),
      at({ id: 'Q148', type: 'place', subtype: 'country', name: 'China', country: 'CN', sources: [{ source: 'factbook' }] }, 'factbook.jsonl'),
    ] as never);
    expect(merged.get('Q8646')!.facts!.map((f) => f.other)).toEqual(['Q148']);
  });

  it('a person two sources put in different countries is from neither; one country, or an office holder\'s, stays', () => {
    const at = (record: EntityRecord, file: string) => ({ record, layer: 'imported' as const, file, line: 1 });
    const person = (id: string, country: string, description: string, source: string) => at({ id, type: 'person', subtype: 'singer', name: id, country, description, sources: [{ source }] }, `${source}.jsonl`);
    const merged = mergeLayers([
      person('x:a', 'IT', 'Actor from Italy (1915–1998)', 'wikitrivia'),
      person('x:a', 'US', 'Singer from the United States, born 1915', 'pantheon'),
      person('x:b', 'US', 'Singer from the United States, born 1989', 'pantheon'),
      person('x:b', 'US', 'Singer from the United States (1989–2100)', 'wikitrivia'),
      person('x:c', 'GB', 'Politician from the United Kingdom', 'peppercat'),
      person('x:c', 'US', 'Politician from the United States, born 1964', 'pantheon'),
      person('x:c', 'GB', 'Politician from the United Kingdom (1964–2100)', 'wikitrivia'),
    ] as never);
    expect(merged.get('x:a')).toMatchObject({ description: 'Singer (1915–1998)' });
    expect(merged.get('x:a')!.country).toBeUndefined();
    expect(merged.get('x:b')).toMatchObject({ country: 'US' });
    expect(merged.get('x:c')).toMatchObject({ country: 'GB', description: 'Politician from the United Kingdom' });
  });

  it('a person Wikitrivia found in a famous-deaths list is what Pantheon says they did, with the life span', () => {
    const at = (record: EntityRecord, file: string) => ({ record, layer: 'imported' as const, file, line: 1 });
    const merged = mergeLayers([
      at({ id: 'x:pn', type: 'person', subtype: 'military-officer', name: 'Paul Newman', country: 'US', description: 'Military Officer from the United States (1925–2008)', sources: [{ source: 'wikitrivia' }] }, 'wikitrivia.jsonl'),
      at({ id: 'x:pn', type: 'person', subtype: 'actor', name: 'Paul Newman', country: 'US', description: 'Actor from the United States, born 1925', sources: [{ source: 'pantheon' }] }, 'pantheon.jsonl'),
      at({ id: 'x:nl', type: 'person', subtype: 'nobel-laureate', name: 'N', country: 'US', description: 'Nobel Peace Prize laureate (1993)', sources: [{ source: 'wikitrivia' }] }, 'wikitrivia.jsonl'),
      at({ id: 'x:nl', type: 'person', subtype: 'politician', name: 'N', country: 'US', description: 'Politician from the United States, born 1918', sources: [{ source: 'pantheon' }] }, 'pantheon.jsonl'),
    ] as never);
    expect(merged.get('x:pn')).toMatchObject({ description: 'Actor from the United States (1925–2008)', subtype: 'actor' });
    // A laureate's line says more than an occupation: it stays.
    expect(merged.get('x:nl')).toMatchObject({ description: 'Nobel Peace Prize laureate (1993)', subtype: 'nobel-laureate' });
  });
});

describe('descriptions as of the card date', () => {
  it('keeps the description that lost the merge for dates where the winner does not hold, from the same country only', () => {
    const at = (record: EntityRecord, file: string) => ({ record, layer: 'imported' as const, file, line: 1 });
    const merged = mergeLayers([
      at({ id: 'x:in', type: 'place', subtype: 'country', name: 'India', country: 'IN', description: 'Country in Southern Asia', sources: [{ source: 'factbook' }] }, 'factbook.jsonl'),
      { record: { id: 'x:in', description: "Country in South Asia, the world's most populous", descriptionSpan: { start: '2023-04' } }, layer: 'curated' as const, file: 'places.yaml', line: 1 },
      at({ id: 'x:fi', type: 'person', subtype: 'politician', name: 'A', country: 'FI', description: 'Former President of Finland (1994–2000)', sources: [{ source: 'peppercat' }] }, 'peppercat.jsonl'),
      at({ id: 'x:fi', type: 'person', subtype: 'politician', name: 'A', country: 'RU', description: 'Politician from Russia, born 1937', sources: [{ source: 'pantheon' }] }, 'pantheon.jsonl'),
    ] as never);
    expect(merged.get('x:in')!.descriptionOtherwise).toBe('Country in Southern Asia');
    expect(merged.get('x:fi')!.descriptionOtherwise).toBeUndefined();
    // The stand-in of a higher source survives later sources and a curated record that sets no description.
    const three = mergeLayers([
      at({ id: 'x:in', type: 'place', subtype: 'country', name: 'India', country: 'IN', description: "Country in South Asia, the world's most populous", descriptionSpan: { start: '2023-04' }, sources: [{ source: 'factbook' }] }, 'factbook.jsonl'),
      at({ id: 'x:in', type: 'place', subtype: 'country', name: 'India', country: 'IN', description: 'Country in Southern Asia', sources: [{ source: 'wikidata' }] }, 'wikidata.jsonl'),
      at({ id: 'x:in', type: 'place', subtype: 'country', name: 'India', country: 'IN', description: 'Republic in Asia', descriptionSpan: { start: '1950' }, sources: [{ source: 'geonames' }] }, 'geonames.jsonl'),
      { record: { id: 'x:in', summary: 'India is a country.' }, layer: 'curated' as const, file: 'places.yaml', line: 1 },
    ] as never);
    expect(three.get('x:in')!.descriptionOtherwise).toBe('Country in Southern Asia');
    // The higher source's own line is the stand-in before a lower source's: a former office, not Pantheon's trade.
    const office = mergeLayers([
      at({ id: 'x:t', type: 'person', subtype: 'politician', name: 'T', country: 'US', description: 'Former President of the United States (2017–2021)', sources: [{ source: 'peppercat' }] }, 'peppercat.jsonl'),
      at({ id: 'x:t', type: 'person', subtype: 'businessperson', name: 'T', country: 'US', description: 'Businessperson from the United States, born 1946', sources: [{ source: 'pantheon' }] }, 'pantheon.jsonl'),
      { record: { id: 'x:t', description: 'President of the United States', descriptionSpan: { start: '2025-01-20' } }, layer: 'curated' as const, file: 'people.yaml', line: 1 },
    ] as never);
    expect(office.get('x:t')!.descriptionOtherwise).toBe('Former President of the United States (2017–2021)');
    // "Former United States representative" holds at no date: no stand-in.
    const former = mergeLayers([
      at({ id: 'x:r', type: 'person', name: 'R', country: 'US', description: 'Representative from Ohio since 2019', descriptionSpan: { start: '2019', end: '2026-06-15' }, sources: [{ source: 'us-congress' }] }, 'us-congress.jsonl'),
      at({ id: 'x:r', type: 'person', name: 'R', country: 'US', description: 'Former United States representative', sources: [{ source: 'wikitrivia' }] }, 'wikitrivia.jsonl'),
    ] as never);
    expect(former.get('x:r')!.descriptionOtherwise).toBeUndefined();
    // A shop category is no stand-in ("Telecommunications company, international" for Apple).
    const apple = mergeLayers([
      at({ id: 'x:apple', type: 'organization', subtype: 'company', name: 'Apple', country: 'US', description: 'Telecommunications company, international', sources: [{ source: 'nsi' }] }, 'nsi.jsonl'),
      { record: { id: 'x:apple', description: 'Technology company that makes the iPhone', descriptionSpan: { start: '2007-06' } }, layer: 'curated' as const, file: 'companies.yaml', line: 1 },
    ] as never);
    expect(apple.get('x:apple')!.descriptionOtherwise).toBeUndefined();
  });

  it('shows it on a card dated before the written one holds, and never one that names a later year', () => {
    const e = { type: 'place' as const, subtype: 'country', country: 'IN', name: 'India' };
    expect(descriptionAt(e, "Country in South Asia, the world's most populous", { start: '2023-04' }, '2019-11-20', true, 'Country in Southern Asia').text).toBe('Country in Southern Asia');
    expect(descriptionAt(e, "Country in South Asia, the world's most populous", { start: '2023-04' }, '2024-01-01', true, 'Country in Southern Asia').text).toBe("Country in South Asia, the world's most populous");
    expect(descriptionAt(e, 'Written in 2023', { start: '2023-04' }, '2019-11-20', true, 'Renamed in 2021').timeless).toBe(true);
  });
});

describe('an office "since" a year, as far as its list vouches', () => {
  it('the committed Peppercat and Congress records date a current office\'s description up to the list\'s snapshot', () => {
    const read = (file: string, id: string) => readFileSync(`data/imported/${file}`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as EntityRecord).find((r) => r.id === id);
    // Lee Hsien Loong: "Prime Minister of Singapore since 2004", false after May 2024.
    expect(read('peppercat.jsonl', 'Q57643')).toMatchObject({ description: expect.stringMatching(/since 2004$/), descriptionSpan: { start: '2004-08-12', end: '2023-01-15' } });
    const current = readFileSync('data/imported/us-congress.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as EntityRecord).filter((r) => / since \d{4}$/.test(r.description ?? ''));
    expect(current.length).toBeGreaterThan(400);
    expect(current.every((r) => r.descriptionSpan?.end === '2026-06-15')).toBe(true);
  });
});

describe('independence lines (Factbook)', () => {
  it('read as English and leave out a "from" that is no ruler', () => {
    expect(independenceText('France')).toBe('Became independent from France');
    expect(independenceText('the UK')).toBe('Became independent from the UK');
    expect(independenceText('Malaysian Federation')).toBe('Became independent from the Malaysian Federation');
    expect(independenceText('League of Nations mandate under French administration')).toBe('Became independent from the League of Nations mandate under French administration');
    expect(independenceText('four British colonies: Cape Colony, Natal, Transvaal, and Orange Free State')).toBe('Became independent');
    expect(independenceText('a merger of British Somaliland and Italian Somaliland')).toBe('Became independent');
  });
});

describe('famous people born before today\'s states', () => {
  it('are from no country of today\'s map (Pantheon, Wikitrivia): the committed records', () => {
    const read = (file: string) => readFileSync(`data/imported/${file}`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as EntityRecord).filter((r) => r.type === 'person');
    const early = (r: EntityRecord) => /, born (1[0-7]\d\d|\d{1,3})( BC)?$|\((1[0-7]\d\d|\d{1,3})( BC)?–/.test(r.description ?? '');
    for (const file of ['pantheon.jsonl', 'wikitrivia.jsonl']) {
      const born = read(file).filter(early);
      expect(born.length).toBeGreaterThan(100);
      // 'King of England from 1509 (1491–1547)': a year after 'from' is the throne's, not a country.
      expect(born.filter((r) => / from (?!\d)/.test(r.description!)).map((r) => r.description)).toEqual([]);
    }
    // Born in 1810: named with today's country.
    expect(read('pantheon.jsonl').find((r) => r.name === 'Frédéric Chopin')?.description).toBe('Composer from Poland, born 1810');
  });
});

describe('us-congress: a leadership post held Congress after Congress is one term', () => {
  it('joins terms a new Congress continues, and keeps a post that lapsed apart', () => {
    expect(leadershipTerms([
      { title: 'House Minority Leader', start: '2017-01-03', end: '2019-01-03' },
      { title: 'House Minority Leader', start: '2015-01-06', end: '2017-01-03' },
      { title: 'House Minority Leader', start: '2023-01-03' },
      { title: 'House Majority Leader', start: '2019-01-03', end: '2021-01-03' },
    ])).toEqual([
      { title: 'House Minority Leader', start: '2015-01-06', end: '2019-01-03' },
      { title: 'House Majority Leader', start: '2019-01-03', end: '2021-01-03' },
      { title: 'House Minority Leader', start: '2023-01-03' },
    ]);
  });
});

describe('wikitrivia: a brand is a company only where its row says so', () => {
  it('names the kind from the row', () => {
    expect(brandNoun('fashion doll brand and media franchise')).toBe('Brand');
    expect(brandNoun('home media receiver device made by Apple')).toBe('Brand');
    expect(brandNoun('Japanese multinational automotive manufacturer')).toBe('Company');
    expect(brandNoun('American fast food restaurant chain')).toBe('Company');
    expect(brandNoun('British record label')).toBe('Record label');
    expect(brandNoun(undefined)).toBe('Brand');
    expect(brandNoun('American fashion and lifestyle magazine')).toBe('Magazine');
    expect(brandNoun('museum of modern art in Barcelona')).toBe('Museum');
    expect(brandNoun('independent TV station in Tokyo')).toBe('Broadcaster');
    expect(brandNoun('rapid underground transit system of Sofia')).toBe('Transport service');
    expect(brandNoun('brand manufacturing subsidiary of Geely')).toBe('Company');
  });
});
