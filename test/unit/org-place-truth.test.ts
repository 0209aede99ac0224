// Organization and place cards read true at the article's date (the orgtruth pass): one test per rule.
import { describe, expect, it } from 'vitest';
import { buildCard, endedText, listedOnly, memberVerb, ownRole, repeatsDescription, withoutRealm, type CardContext } from '../../core/card/card-model';
import type { CompiledEntity, Fact, KbFactShard } from '../../core/types';
import { innermostFirst } from '../../scripts/data/lib/merge';
import { dissolvedFact } from '../../scripts/data/importers/nsi';
import { staleAdminCountries } from '../../scripts/data/importers/geonames';
import { placeWord } from '../../scripts/data/importers/world-countries';
import { independenceText } from '../../scripts/data/importers/factbook';
import { partyDescription } from '../../scripts/data/importers/partyfacts';

const ctx = (asOf: string, names: Record<string, string> = {}): CardContext => ({ asOf, asOfIsToday: false, articleIds: new Set(), nameOf: (id) => names[id] });
const card = (e: CompiledEntity, detail: KbFactShard[string], asOf: string, names: Record<string, string> = {}) => buildCard(e, detail, ctx(asOf, names));
const texts = (c: { lines: { text: string }[] }) => c.lines.map((l) => l.text);

describe('a line that repeats the description is left out', () => {
  it('a founding year the description already gives', () => {
    expect(repeatsDescription({ kind: 'founded', text: 'Founded in 1926' }, 'Brand launched in 1926')).toBe(true);
    expect(repeatsDescription({ kind: 'founded', text: 'Founded in 1992' }, 'Television channel founded in 1992')).toBe(true);
    // A day or a place is more than the description says; a year named for something else is no founding.
    expect(repeatsDescription({ kind: 'founded', text: 'Founded 28 August 1937' }, 'Company founded in 1937')).toBe(false);
    expect(repeatsDescription({ kind: 'founded', text: 'Founded in 2007' }, 'Islamist movement that has ruled Gaza since 2007')).toBe(false);
  });
  it('a throne the description already names', () => {
    expect(repeatsDescription({ kind: 'event', text: 'Became King of England.' }, 'King of England from 1509 (1491–1547)')).toBe(true);
    expect(repeatsDescription({ kind: 'event', text: 'Became King of Ireland.' }, 'King of England from 1509 (1491–1547)')).toBe(false);
    expect(repeatsDescription({ kind: 'event', text: 'Became President of France.' }, 'Politician from France')).toBe(false);
  });
  it('a headquarters the description already places the body in', () => {
    expect(repeatsDescription({ kind: 'headquarters', text: 'Headquarters: Munich' }, 'German football club based in Munich')).toBe(true);
    expect(repeatsDescription({ kind: 'headquarters', text: 'Headquarters: Geneva, Switzerland' }, 'United Nations agency, based in Geneva')).toBe(true);
    expect(repeatsDescription({ kind: 'headquarters', text: 'Headquarters: Munich' }, 'German carmaker')).toBe(false);
    expect(repeatsDescription({ kind: 'headquarters', text: 'Headquarters: York' }, 'Club based in New York')).toBe(false);
    expect(repeatsDescription({ kind: 'headquarters', text: 'Headquarters: The Hague' }, 'Principal court of the United Nations, in The Hague')).toBe(true);
    expect(repeatsDescription({ kind: 'headquarters', text: 'Headquarters: Gainesville, Florida' }, 'Public research university in Gainesville, Florida')).toBe(true);
    expect(repeatsDescription({ kind: 'headquarters', text: 'Headquarters: Paris' }, 'Founded in Paris in 1899, a maker of tyres')).toBe(false);
  });
  it('on a card', () => {
    const e: CompiledEntity = { id: 'Q1', type: 'organization', subtype: 'company', name: 'Cube Co', prominence: 0.5 };
    const c = card(e, { description: 'Brand launched in 1974', facts: [{ kind: 'founded', date: '1974', source: { source: 'wikitrivia' } }], sources: [] }, '2010-01-01');
    expect(c.description).toBe('Brand launched in 1974');
    expect(texts(c)).not.toContain('Founded in 1974');
  });
});

describe("a leader's title on the body's own card does not repeat the body", () => {
  it('strips "of the United Nations" on the UN card only', () => {
    expect(ownRole('Secretary-General of the United Nations', 'United Nations')).toBe('Secretary-General');
    expect(ownRole('Director-General of the World Health Organization', 'World Health Organization')).toBe('Director-General');
    expect(ownRole('President of the European Commission', 'European Union')).toBe('President of the European Commission');
  });
  it('on a card', () => {
    const e: CompiledEntity = { id: 'Q1065', type: 'organization', subtype: 'igo', name: 'United Nations', prominence: 1 };
    const f: Fact = { kind: 'leader', role: 'Secretary-General of the United Nations', other: 'Q1', start: '1997-01-01', end: '2006-12-31', source: { source: 'peppercat', asOf: '2023-01-15' } };
    expect(texts(card(e, { facts: [f], sources: [] }, '1998-06-01', { Q1: 'Kofi Annan' }))).toContain('Secretary-General: Kofi Annan (since 1 January 1997)');
  });
});

describe('an open term known only from an older snapshot says as of when', () => {
  const e: CompiledEntity = { id: 'Q334', type: 'place', subtype: 'country', name: 'Singapore', prominence: 1 };
  const f: Fact = { kind: 'leader', role: 'President', other: 'Q2', start: '2017-09-14', source: { source: 'peppercat', asOf: '2023-01-15' } };
  it('a year and a half after the snapshot', () => {
    expect(texts(card(e, { facts: [f], sources: [] }, '2024-06-01', { Q2: 'Halimah Yacob' }))).toContain('President: Halimah Yacob (since 14 September 2017; as of January 2023)');
  });
  it('not within months of it', () => {
    expect(texts(card(e, { facts: [f], sources: [] }, '2023-03-01', { Q2: 'Halimah Yacob' }))).toContain('President: Halimah Yacob (since 14 September 2017)');
  });
});

describe("a population dated only by its listing is said as listed, not as that year's count", () => {
  const geo: Fact = { kind: 'population', date: '2024', value: 8336599, source: { source: 'geonames', asOf: '2024-12-07' } };
  const census: Fact = { kind: 'population', date: '2024', value: 5600000, source: { source: 'factbook', asOf: '2026-01-22' } };
  it('tells them apart', () => {
    expect(listedOnly(geo)).toBe(true);
    expect(listedOnly(census)).toBe(false);
  });
  it('on a card, before and after', () => {
    const e: CompiledEntity = { id: 'Q1490', type: 'place', subtype: 'city', name: 'Tokyo', prominence: 1 };
    expect(texts(card(e, { facts: [geo], sources: [] }, '2025-01-01'))).toContain('Population about 8.3 million (listed in 2024)');
    expect(texts(card(e, { facts: [geo], sources: [] }, '1998-01-01'))).toContain('Population about 8.3 million (listed in 2024, after this article)');
  });
});

describe("a place's containing places are said innermost first", () => {
  it('puts the country after the region, whatever order the merge left', () => {
    const kinds: Record<string, { type: 'place'; subtype: string }> = { Q38: { type: 'place', subtype: 'country' }, Q1282: { type: 'place', subtype: 'region' } };
    const src = { source: 'geonames' };
    const facts: Fact[] = [{ kind: 'located-in', other: 'Q38', source: src }, { kind: 'population', date: '2024', value: 1, source: src }, { kind: 'located-in', other: 'Q1282', source: src }];
    const out = innermostFirst(facts, (id) => kinds[id]);
    expect(out.map((f) => f.other ?? f.kind)).toEqual(['Q1282', 'population', 'Q38']);
  });
  it('a constituent country before the sovereign one it lies in', () => {
    const src = { source: 'geonames' };
    const kinds: Record<string, { type: 'place'; subtype: string; facts?: Fact[] }> = {
      Q145: { type: 'place', subtype: 'country' },
      Q21: { type: 'place', subtype: 'country', facts: [{ kind: 'located-in', other: 'Q145', source: src }] },
    };
    const out = innermostFirst([{ kind: 'located-in', other: 'Q145', source: src }, { kind: 'located-in', other: 'Q21', source: src }], (id) => kinds[id]);
    expect(out.map((f) => f.other)).toEqual(['Q21', 'Q145']);
  });
});

describe('a dissolution NSI reports', () => {
  it('a 1 January date is the year Wikidata gave', () => {
    expect(dissolvedFact({ dissolved: '2013-01-01' }, () => undefined)).toMatchObject({ kind: 'dissolved', date: '2013' });
    expect(dissolvedFact({ dissolved: '2020-04-01' }, () => undefined)).toMatchObject({ date: '2020-04-01' });
  });
  it('with a successor is a succession, named when NSI knows it', () => {
    const named = dissolvedFact({ dissolved: '2020-04-01', successor: 'Q3511885' }, (q) => (q === 'Q3511885' ? 'T-Mobile US' : undefined))!;
    expect(named).toMatchObject({ relation: 'successor', otherName: 'T-Mobile US' });
    expect(endedText(named, { nameOf: () => undefined })).toBe('dissolved 1 April 2020; succeeded by T-Mobile US');
    const unnamed = dissolvedFact({ dissolved: '2024-01-01', successor: 'Q118957699' }, () => undefined)!;
    expect(endedText(unnamed, { nameOf: () => undefined })).toBe('replaced by a successor in 2024');
    expect(endedText(dissolvedFact({ dissolved: '2019-05-03' }, () => undefined)!, { nameOf: () => undefined })).toBe('dissolved 3 May 2019');
  });
});

describe("an organization's membership of another body", () => {
  it('is ownership for a firm, an organ for a body, membership for a country', () => {
    expect(memberVerb({ type: 'organization', subtype: 'company' })).toBe('Owned by');
    expect(memberVerb({ type: 'organization', subtype: 'un-body' })).toBe('Part of');
    expect(memberVerb({ type: 'organization', subtype: 'legislature' })).toBe('Part of');
    expect(memberVerb({ type: 'place', subtype: 'country' })).toBe('Member of');
  });
  it('on a card', () => {
    const e: CompiledEntity = { id: 'Q209330', type: 'organization', subtype: 'company', name: 'Instagram', prominence: 0.8 };
    const f: Fact = { kind: 'member', other: 'Q380', start: '2012-09', source: { source: 'curated' } };
    expect(texts(card(e, { facts: [f], sources: [] }, '2014-09-15', { Q380: 'Facebook, Inc.' }))).toContain('Owned by Facebook, Inc. since September 2012');
    const commons: CompiledEntity = { id: 'Q11007', type: 'organization', subtype: 'legislature', name: 'House of Commons', prominence: 0.6 };
    expect(texts(card(commons, { facts: [{ kind: 'member', other: 'Q11005', source: { source: 'curated' } }], sources: [] }, '2014-09-15', { Q11005: 'Parliament of the United Kingdom' }))).toContain('Part of the Parliament of the United Kingdom');
  });
});

describe("a country whose towns' region codes are of another vintage", () => {
  it('is found by its seats named like regions that carry other codes', () => {
    const admin1 = [{ code: 'VN.01', name: 'Hanoi' }, { code: 'VN.44', name: 'Quang Tri' }, { code: 'VN.79', name: 'Ho Chi Minh City (HCMC)' }, { code: 'FR.11', name: 'Île-de-France' }, { code: 'IT.07', name: 'Lazio' }, { code: 'CH.ZH', name: 'Zurich' }];
    const cities = [
      { name: 'Hanoi', country: 'VN', featureCode: 'PPLC', adminCode: '44' },
      { name: 'Ho Chi Minh City', country: 'VN', featureCode: 'PPLA', adminCode: '20' },
      { name: 'Zurich', country: 'CH', featureCode: 'PPLA', adminCode: 'ZH' },
      { name: 'Rome', country: 'IT', featureCode: 'PPLC', adminCode: '07' },
    ];
    expect([...staleAdminCountries(cities, admin1)]).toEqual(['VN']);
    // One odd town is not a stale country.
    expect([...staleAdminCountries(cities.slice(1), admin1)]).toEqual([]);
  });
});

describe("a monarch on the realm's own card", () => {
  it('is named without the realm', () => {
    expect(withoutRealm('Abdullah II of Jordan', 'Jordan')).toBe('Abdullah II');
    expect(withoutRealm('Carl XVI Gustaf of Sweden', 'Sweden')).toBe('Carl XVI Gustaf');
    expect(withoutRealm('Charles III', 'United Kingdom')).toBe('Charles III');
    expect(withoutRealm('Margrethe II of Denmark', 'Sweden')).toBe('Margrethe II of Denmark');
  });
});

describe('where a country lies', () => {
  it('a subregion named after countries gives way to the region', () => {
    expect(placeWord('Australia and New Zealand', 'Oceania')).toBe('Oceania');
    expect(placeWord('Southern Asia', 'Asia')).toBe('Southern Asia');
  });
  it('a federation a country was formed from is no ruler it left', () => {
    expect(independenceText('the federation of UK colonies')).toBe('Became independent');
    expect(independenceText('France')).toBe('Became independent from France');
  });
});

describe("a party's description", () => {
  it('says when it was founded, and a gone party its years', () => {
    expect(partyDescription('Australia', '1901', undefined)).toBe('Political party in Australia, founded in 1901');
    expect(partyDescription('Hungary', '1930', '1949')).toBe('Political party in Hungary (1930–1949)');
    expect(partyDescription(undefined, '', undefined)).toBe('Political party');
    // The founding line under it then repeats it and is left out.
    expect(repeatsDescription({ kind: 'founded', text: 'Founded in 1901' }, 'Political party in Australia, founded in 1901')).toBe(true);
  });
});

describe('the first place a town lies in takes its article', () => {
  const at = (names: Record<string, string>, others: string[]) => {
    const e: CompiledEntity = { id: 'Q3114', type: 'place', subtype: 'city', name: 'Town', prominence: 0.5 };
    const facts: Fact[] = others.map((o) => ({ kind: 'located-in', other: o, source: { source: 'geonames' } }));
    return texts(card(e, { facts, sources: [] }, '2010-01-01', names)).find((t) => t.startsWith('In '));
  };
  it('a country or a named territory, region or district; none after the comma', () => {
    expect(at({ A: 'United States' }, ['A'])).toBe('In the United States');
    expect(at({ A: 'Australian Capital Territory', B: 'Australia' }, ['A', 'B'])).toBe('In the Australian Capital Territory, Australia');
    expect(at({ A: 'Ohio', B: 'United States' }, ['A', 'B'])).toBe('In Ohio, United States');
    expect(at({ A: 'Federation of B&H', B: 'Bosnia and Herzegovina' }, ['A', 'B'])).toBe('In the Federation of B&H, Bosnia and Herzegovina');
  });
});
