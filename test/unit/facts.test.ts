import { describe, expect, it } from 'vitest';
import { buildCard, cardAsOf, MAX_CARD_LINES, roleOf, type CardContext } from '../../core/card/card-model';
import type { CardModel, EntityRecord } from '../../core/types';
import { compiled, detailOf, loadCurated } from './curated-helpers';

const kb = loadCurated();
const nameOf = (id: string) => kb.get(id)?.name;
// Entities the demo article mentions (gold: ../shared/fixtures/panjshir-2021-08.expected.json).
const ARTICLE_IDS = new Set([
  'Q26689638', 'Q200029', 'Q477828', 'Q60772', 'Q950958', 'bs:panjshir-valley', 'Q889', 'geonames:1138958', 'Q15180',
  'Q30', 'geonames-admin1:AF.03', 'Q29', 'geonames:3117735', 'Q42918', 'Q34490', 'bs:al-arabiya', 'Q166032', 'Q918',
  'Q458', 'Q8880', 'Q7817', 'Q740308',
]);
const ARTICLE: CardContext = { asOf: '2021-08-22', asOfIsToday: false, articleIds: ARTICLE_IDS, nameOf };

function card(id: string, ctx: CardContext = ARTICLE): CardModel {
  const r = kb.get(id);
  if (!r) throw new Error(`no curated record ${id}`);
  return buildCard(compiled(r), detailOf(r), ctx);
}
const texts = (c: CardModel) => c.lines.map((l) => l.text);

describe('buildCard on the demo article (2021-08-22)', () => {
  it('leads the EU card with its refusal to recognize the Taliban', () => {
    const c = card('Q458');
    expect(c.lines[0].kind).toBe('stance');
    expect(c.lines[0].text).toMatch(/recogni/i);
    expect(c.lines[0].text).toMatch(/Taliban/);
    expect(c.lines[0].relevant).toBe(true);
    expect(c.lines[0].date).toBe('2021-08-21');
    expect(c.lines[0].source.url).toMatch(/^https:\/\//);
    // Michel still presides on the article's date: no hint of his 2024 departure or his successor.
    expect(texts(c).join('\n')).toContain('President of the European Council: Charles Michel (since 1 December 2019)');
    expect(texts(c).join('\n')).not.toMatch(/Costa/);
  });

  it('without the Taliban on the page, the stance is not marked relevant', () => {
    const c = card('Q458', { ...ARTICLE, articleIds: new Set(['Q458']) });
    expect(c.lines.some((l) => l.relevant)).toBe(false);
  });

  it('says Ahmad Massoud was 32 and names his father', () => {
    const c = card('Q26689638');
    // The role he holds leads; he is known alive (a leadership a source lists as held in 2024).
    expect(c.lines[0].text).toBe('Leader of the National Resistance Front of Afghanistan since August 2021');
    expect(texts(c)).toContain('32 at the time of this article (born 10 July 1989)');
    expect(texts(c)).toContain('Father: Ahmad Shah Massoud');
    expect(c.lines.find((l) => l.text === 'Father: Ahmad Shah Massoud')?.relevant).toBe(true);
    expect(texts(c).join('\n')).toMatch(/Leader of the National Resistance Front of Afghanistan since August 2021/);
  });

  it('tells Ahmad Shah Massoud\'s assassination two days before 9/11, with his age then', () => {
    const c = card('Q200029');
    const [first, second] = c.lines;
    // The day's written event tells the death and leads; the next line adds the age then and the
    // birth, without saying the death twice.
    expect(first.kind).toBe('event');
    expect(first.text).toMatch(/^Assassinated on 9 September 2001 .*two days before the September 11 attacks\.$/);
    expect(first.date).toBe('2001-09-09');
    expect(first.relevant).toBe(true);
    expect(second.kind).toBe('died');
    expect(second.text).toBe('48 at death (born 2 September 1953 in Bazarak, Panjshir)');
    expect(texts(c).filter((t) => /^Assassinated/.test(t))).toHaveLength(1);
    // Historical facts do not say "as of"; nothing reads as a current office for a dead man.
    expect(first.asOf).toBeUndefined();
    expect(texts(c).join('\n')).not.toMatch(/ since /);
    expect(texts(c)).toContain('Son: Ahmad Massoud');
  });

  it('shows a position that ended a week before as "until"', () => {
    const c = card('Q477828');
    expect(texts(c).join('\n')).toContain('First Vice President of Afghanistan from 19 February 2020 until 15 August 2021');
  });

  it('keeps cards short and plain', () => {
    for (const r of kb.values()) {
      const c = card(r.id);
      expect(c.lines.length).toBeLessThanOrEqual(MAX_CARD_LINES + 1);
      for (const l of c.lines) {
        expect(l.text).not.toMatch(/[<>]/);
        expect(l.text).not.toMatch(/\bQ\d+\b|bs:/); // never an id instead of a name
        expect(l.source.source).toBeTruthy();
      }
    }
  });

  it('flags snapshot facts older than the article by two years or more as "as of"', () => {
    const r: EntityRecord = {
      id: 'bs:test-town', type: 'place', name: 'Test Town', sources: [{ source: 'curated' }],
      facts: [
        { kind: 'population', value: 331449281, date: '2020', source: { source: 'curated' } },
        { kind: 'population', value: 1500, date: '1990', source: { source: 'curated' } },
        { kind: 'population', value: 2_000_000_000, date: '2030', source: { source: 'curated' } },
      ],
    };
    const at = (asOf: string) => buildCard(compiled(r), detailOf(r), { ...ARTICLE, asOf }).lines.find((l) => l.kind === 'population');
    expect(at('2024-06-01')).toMatchObject({ text: 'Population about 331 million in 2020', asOf: true, date: '2020' });
    expect(at('2021-08-22')?.asOf).toBeUndefined();
    expect(at('1995-01-01')?.text).toBe('Population 1,500 in 1990');
    // None yet: the earliest figure, labelled as later than the article.
    expect(at('1980-01-01')).toMatchObject({ text: 'Population 1,500 in 1990, after this article', later: true });
  });
});

describe('nothing after the article is shown as current', () => {
  it('a 2018 article shows neither Michel nor von der Leyen as EU presidents', () => {
    const c = card('Q458', { ...ARTICLE, asOf: '2018-05-01', articleIds: new Set() });
    const all = texts(c).join('\n');
    expect(all).not.toMatch(/von der Leyen|Michel/);
    expect(all).not.toMatch(/Taliban/); // the 2021 stance had not been taken yet
  });

  it('an office that starts after the article is not held', () => {
    const c = card('Q60772', { ...ARTICLE, asOf: '2019-06-01' });
    const all = texts(c).join('\n');
    expect(all).not.toMatch(/European Commission/);
    expect(all).toMatch(/Minister of Defence (of Germany )?since 17 December 2013/);
  });

  it('a person born after the article gets no age and no office', () => {
    const r: EntityRecord = {
      id: 'bs:test-future', type: 'person', name: 'Future Person', sources: [{ source: 'curated' }],
      facts: [
        { kind: 'born', date: '2030-01-01', source: { source: 'curated' } },
        { kind: 'position', role: 'President', other: 'Q30', start: '2070-01-20', source: { source: 'curated' } },
      ],
    };
    const c = buildCard(compiled(r), detailOf(r), ARTICLE);
    expect(c.lines).toEqual([]);
  });

  it('a death after the article is not told; the age then is', () => {
    const c = card('Q1317', { ...ARTICLE, asOf: '2001-09-12' });
    // A death after the date is what makes him known alive then: the age is given.
    expect(texts(c)).toContain('44 at the time of this article (born 10 March 1957 in Riyadh)');
    expect(texts(c).join('\n')).not.toMatch(/2011/);
  });

  it('events dated after the article are left out', () => {
    const c = card('Q918');
    expect(texts(c).join('\n')).not.toMatch(/Musk|renamed X/);
    expect(card('Q918', { ...ARTICLE, asOf: '2024-01-01' }).lines.map((l) => l.text).join('\n')).toMatch(/renamed X/);
  });
});

describe('the card date', () => {
  it('reads a date-time as its date and survives junk', () => {
    expect(texts(card('Q26689638', { ...ARTICLE, asOf: '2021-08-22T09:00:00+04:00' }))).toContain('32 at the time of this article (born 10 July 1989)');
    const junk = card('Q26689638', { ...ARTICLE, asOf: 'yesterday' });
    expect(junk.asOfIsToday).toBe(true);
    expect(junk.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('uses the publish date when there is one', () => {
    expect(cardAsOf('2021-08-22T10:00:00Z', new Date('2026-11-25T12:00:00Z'))).toEqual({ asOf: '2021-08-22', asOfIsToday: false });
  });

  it('falls back to today, and says so', () => {
    const when = cardAsOf(null, new Date('2026-11-25T12:00:00Z'));
    expect(when).toEqual({ asOf: '2026-11-25', asOfIsToday: true });
    const c = card('Q26689638', { ...ARTICLE, ...when });
    expect(c.asOfIsToday).toBe(true);
    // Today is after the last date a source lists him as living (2024-12): birth only, no age.
    expect(texts(c)).toContain('Born 10 July 1989');
    expect(texts(c).join('\n')).not.toMatch(/\bAge\b|at the time/);
    const earlier = card('Q26689638', { ...ARTICLE, ...cardAsOf(null, new Date('2024-06-01T12:00:00Z')) });
    expect(texts(earlier)).toContain('Age 34 (born 10 July 1989)');
  });
});

describe('undated holdings', () => {
  it('say "as of" the source snapshot when that is years before the article', () => {
    const r: EntityRecord = {
      id: 'bs:test-mp', type: 'person', name: 'Test MP', sources: [{ source: 'peppercat' }],
      facts: [{ kind: 'position', role: 'Member of Parliament', other: 'Q145', source: { source: 'peppercat', asOf: '2023-01-15' } }],
    };
    const at = (asOf: string) => buildCard(compiled(r), detailOf(r), { ...ARTICLE, asOf }).lines[0];
    expect(at('2026-11-25')).toMatchObject({ text: 'Member of Parliament of the United Kingdom', asOf: true, date: '2023-01-15' });
    expect(at('2023-06-01').asOf).toBeUndefined();
  });
});

describe('one office, two sources', () => {
  it('shows overlapping terms of the same office once, preferring the curated one', () => {
    const r: EntityRecord = {
      id: 'bs:test-minister', type: 'person', name: 'Test Minister', sources: [{ source: 'curated' }],
      facts: [
        { kind: 'position', role: 'Minister of Defence', other: 'Q889', start: '1992-04-28', end: '2001-09-09', source: { source: 'peppercat' } },
        { kind: 'position', role: 'Minister of Defence', other: 'Q889', start: '1992', end: '1996', source: { source: 'curated' } },
        { kind: 'position', role: 'Prime Minister', other: 'Q889', start: '1990', end: '1992-04-28', source: { source: 'peppercat' } },
        { kind: 'position', role: 'Prime Minister', other: 'Q889', start: '1992-04-28', end: '1993', source: { source: 'peppercat' } },
      ],
    };
    const lines = buildCard(compiled(r), detailOf(r), ARTICLE).lines.map((l) => l.text);
    expect(lines.filter((t) => t.startsWith('Minister of Defence'))).toEqual(['Minister of Defence of Afghanistan, 1992–1996']);
    expect(lines.filter((t) => t.startsWith('Prime Minister'))).toHaveLength(2); // successive terms stay
  });

  it('merges one post a source names by party and another by role from the same day (review)', () => {
    const r: EntityRecord = {
      id: 'bs:test-leader', type: 'person', name: 'Test Leader', sources: [{ source: 'curated' }],
      facts: [
        { kind: 'position', role: 'House Democratic Leader', other: 'Q30', start: '2023-01-03', source: { source: 'curated' } },
        { kind: 'position', role: 'House Minority Leader', other: 'Q30', start: '2023-01-03', source: { source: 'us-congress' } },
        { kind: 'position', role: 'House Democratic Caucus Chair', other: 'Q30', start: '2019-01-03', end: '2021-01-03', source: { source: 'us-congress' } },
      ],
    };
    const lines = buildCard(compiled(r), detailOf(r), { ...ARTICLE, asOf: '2023-06-01' }).lines.map((l) => l.text);
    expect(lines.filter((t) => /Leader since/.test(t))).toEqual(['House Democratic Leader since 3 January 2023']);
    expect(lines.some((t) => t.startsWith('House Democratic Caucus Chair'))).toBe(true);
  });

  it('merges one office that two sources title differently over the same span', () => {
    const r: EntityRecord = {
      id: 'bs:test-vp', type: 'person', name: 'Test VP', sources: [{ source: 'curated' }],
      facts: [
        { kind: 'position', role: 'First Vice President', other: 'Q889', start: '2020-02-19', end: '2021-08-15', source: { source: 'curated' } },
        { kind: 'position', role: 'Vice President', other: 'Q889', start: '2020-02-19', end: '2021-08-15', source: { source: 'peppercat' } },
        { kind: 'position', role: 'President of the European Commission', other: 'Q8880', start: '2019-12-01', source: { source: 'curated' } },
        { kind: 'position', role: 'President of the European Commission', other: 'Q458', start: '2019-12-01', source: { source: 'peppercat' } },
      ],
    };
    const lines = buildCard(compiled(r), detailOf(r), ARTICLE).lines.map((l) => l.text);
    expect(lines.filter((t) => /Vice President/.test(t))).toEqual(['First Vice President of Afghanistan from 19 February 2020 until 15 August 2021']);
    expect(lines.filter((t) => /European Commission/.test(t))).toEqual(['President of the European Commission since 1 December 2019']);
  });
});

describe('stale sources', () => {
  const country: EntityRecord = {
    id: 'bs:test-country', type: 'place', name: 'Testland', sources: [{ source: 'peppercat' }],
    facts: [
      { kind: 'leader', role: 'President', otherName: 'Old Holder', start: '2018-09-09', source: { source: 'peppercat', asOf: '2023-01-15' } },
      { kind: 'leader', role: 'President', otherName: 'New Holder', start: '2024-03-10', source: { source: 'curated', asOf: '2025-11' } },
      { kind: 'leader', role: 'Prime Minister', otherName: 'Long Server', start: '2014-05-26', source: { source: 'peppercat', asOf: '2023-01-15' } },
    ],
  };
  const lines = (asOf: string) => buildCard(compiled(country), detailOf(country), { ...ARTICLE, asOf }).lines;

  it('ends an open term where a later holder of the same office starts', () => {
    const texts2026 = lines('2026-11-25').map((l) => l.text);
    // (A year after its source's November 2025 snapshot the line says so.)
    expect(texts2026.join('\n')).toContain('President: New Holder (since 10 March 2024; as of November 2025)');
    expect(texts2026.join('\n')).not.toContain('Old Holder');
    expect(lines('2021-08-22').map((l) => l.text)).toContain('President: Old Holder (since 9 September 2018)');
  });

  it('says "as of" six months after the snapshot of an office held (Margrethe II abdicated a year after a January 2023 list)', () => {
    expect(lines('2024-06-01').find((l) => l.text.startsWith('Prime Minister'))?.text).toBe('Prime Minister: Long Server (since 26 May 2014; as of January 2023)');
    expect(lines('2023-05-01').find((l) => l.text.startsWith('Prime Minister'))?.text).toBe('Prime Minister: Long Server (since 26 May 2014)');
  });

  it('says "as of" the snapshot for an open-ended holding the source may have missed the end of', () => {
    const pm = lines('2026-11-25').find((l) => l.text.startsWith('Prime Minister'));
    expect(pm).toMatchObject({ text: 'Prime Minister: Long Server (since 26 May 2014; as of January 2023)', asOf: true });
    expect(lines('2021-08-22').find((l) => l.text.startsWith('Prime Minister'))?.asOf).toBeUndefined();
  });
});

describe('office titles', () => {
  it('names the office and its country once', () => {
    expect(roleOf('Minister of Defence', 'Afghanistan')).toBe('Minister of Defence of Afghanistan');
    expect(roleOf('President', 'United States')).toBe('President of the United States');
    expect(roleOf('Secretary of State', 'United States')).toBe('Secretary of State of the United States');
    expect(roleOf('President of Afghanistan', 'Afghanistan')).toBe('President of Afghanistan');
  });

  it('leaves the country off a post that names its chamber', () => {
    expect(roleOf('House Minority Leader', 'United States')).toBe('House Minority Leader');
    expect(roleOf('Senate Majority Whip', 'United States')).toBe('Senate Majority Whip');
    expect(roleOf('Housing Minister', 'United Kingdom')).toBe('Housing Minister of the United Kingdom');
  });

  it('leaves the country off an office of a state, province or city that names it', () => {
    expect(roleOf('Governor of Kentucky', 'United States')).toBe('Governor of Kentucky');
    expect(roleOf('Chief Minister of Delhi', 'India')).toBe('Chief Minister of Delhi');
    expect(roleOf('Lieutenant Governor of Ontario', 'Canada')).toBe('Lieutenant Governor of Ontario');
    // A generic unit's name needs its country.
    expect(roleOf('Governor of West Region', 'Cameroon')).toBe('Governor of West Region of Cameroon');
    // Not an office of a place: "the central bank" is a body, so the country still says whose.
    expect(roleOf('Governor of the central bank', 'Kenya')).toBe('Governor of the central bank of Kenya');
  });
});

describe('place names in a line take "the" as English does', () => {
  const line = (placeName: string) => {
    const e = { id: 'x', type: 'organization', subtype: 'company', name: 'Firm', country: 'US', prominence: 0.5 } as unknown as Parameters<typeof buildCard>[0];
    const detail = { facts: [{ kind: 'founded' as const, date: '1997-08-29', placeName, source: { source: 'curated' } }], sources: [{ source: 'curated' }] };
    return buildCard(e, detail, { asOf: '2019-11-18', asOfIsToday: false, articleIds: new Set(), nameOf: () => undefined }).lines.map((l) => l.text).join('\n');
  };
  it('a valley written with its state is a town: no article', () => {
    expect(line('Scotts Valley, California')).toContain('Founded 29 August 1997 in Scotts Valley, California');
    expect(line('Panjshir Valley')).toContain('in the Panjshir Valley');
    expect(line('United Arab Emirates')).toContain('in the United Arab Emirates');
  });
});

describe('who governs comes before old history', () => {
  const e = { id: 'QX', type: 'place', subtype: 'country', name: 'Xland', country: 'XL', prominence: 0.9 } as unknown as Parameters<typeof buildCard>[0];
  const src = { source: 'curated' };
  const detail = {
    facts: [
      { kind: 'event' as const, date: '2001-09-11', text: 'Suffered a great attack.', source: src },
      { kind: 'event' as const, date: '2019-07-25', text: 'Held a disputed phone call.', source: src },
      { kind: 'leader' as const, role: 'President', other: 'QP', otherName: 'Pat Lee', start: '2017-01-20', source: src },
    ],
    sources: [src],
  };
  it('an event years old ranks below the leader on the date; a recent one above', () => {
    const texts = buildCard(e, detail, { asOf: '2019-11-20', asOfIsToday: false, articleIds: new Set(['QX']), nameOf: () => undefined }).lines.map((l) => l.text);
    expect(texts.indexOf('President: Pat Lee (since 20 January 2017)')).toBeLessThan(texts.indexOf('Suffered a great attack.'));
    expect(texts.indexOf('Held a disputed phone call.')).toBeLessThan(texts.indexOf('President: Pat Lee (since 20 January 2017)'));
  });
});
