/**
 * The card-truth set: entities from 1990–2026 (people, places, organizations) at article dates,
 * with what their card must and must not say on that date (test/unit/card-truth/cases.yaml).
 * Besides each case's own expectations, every card is held to the invariants of issue 10:
 * nothing later than the article presented as holding then, no age for the dead or for anyone
 * not known to be alive, later figures labelled as such.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildCard, knownAlive, MAX_CARD_LINES } from '../../core/card/card-model';
import { descriptionHolds, timelessDescription } from '../../core/card/describe';
import { EntityRecordSchema } from '../../core/kb/schema';
import { yearOf } from '../../core/dates';
import type { CardModel, EntityRecord } from '../../core/types';
import { compiled, detailOf } from './curated-helpers';

interface Case {
  id: string;
  date: string;
  article?: string[];
  lead?: string;
  top?: string[];
  has?: string[];
  not?: string[];
  desc?: string;
  /** regex: the card's name (a name of the date: Prince Charles in 2010). */
  name?: string;
  age?: number | string;
}

const DIR = join(__dirname, 'card-truth');
const records = parse(readFileSync(join(DIR, 'entities.yaml'), 'utf8')) as EntityRecord[];
const cases = parse(readFileSync(join(DIR, 'cases.yaml'), 'utf8')) as Case[];
const byId = new Map(records.map((r) => [r.id, r]));
const nameOf = (id: string) => byId.get(id)?.name;

function cardFor(c: Case): CardModel {
  const r = byId.get(c.id);
  if (!r) throw new Error(`card-truth: no entity ${c.id}`);
  const detail = detailOf(r);
  if (r.descriptionSpan) detail.descriptionSpan = r.descriptionSpan;
  return buildCard(compiled(r), detail, { asOf: c.date, asOfIsToday: false, articleIds: new Set([c.id, ...(c.article ?? [])]), nameOf });
}

const AGE = /\b\d+(?: or \d+)? at the time of this article|^Age \d/;
const label = (c: Case) => `${c.id} on ${c.date}${c.article ? ` (with ${c.article.join(', ')})` : ''}`;

describe('card-truth data', () => {
  it('has at least 80 cases over people, places and organizations, 1990–2026', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
    const types = new Set(cases.map((c) => byId.get(c.id)?.type));
    expect([...types].sort()).toEqual(['organization', 'person', 'place']);
    const years = cases.map((c) => yearOf(c.date));
    expect(Math.min(...years)).toBeLessThanOrEqual(1990);
    expect(Math.max(...years)).toBeGreaterThanOrEqual(2026);
  });

  it('its entities are valid records', () => {
    for (const r of records) expect(EntityRecordSchema.safeParse(r).success, r.id).toBe(true);
  });

  it('a description period is validated: a start or an end, in order, with a description', () => {
    const base = { id: 'ct:x', type: 'person', name: 'X', sources: [{ source: 'curated' }] };
    const ok = (r: object) => EntityRecordSchema.safeParse(r).success;
    expect(ok({ ...base, description: 'Leader', descriptionSpan: { start: '2020-01' } })).toBe(true);
    expect(ok({ ...base, description: 'Leader', descriptionSpan: { start: '2020', end: '2024-11-30' } })).toBe(true);
    expect(ok({ ...base, description: 'Leader', descriptionSpan: {} })).toBe(false);
    expect(ok({ ...base, description: 'Leader', descriptionSpan: { start: '2024', end: '2020' } })).toBe(false);
    expect(ok({ ...base, description: 'Leader', descriptionSpan: { start: '2021-02-30' } })).toBe(false);
    expect(ok({ ...base, descriptionSpan: { start: '2020' } })).toBe(false);
    expect(ok({ ...base, description: 'Leader', descriptionSpan: { from: '2020' } })).toBe(false);
  });
});

describe.each(cases.map((c) => [label(c), c] as const))('%s', (_, c) => {
  const card = cardFor(c);
  const texts = card.lines.map((l) => l.text);
  const all = [card.description ?? '', ...texts];
  const year = yearOf(c.date);

  it('says what it must, and nothing it must not', () => {
    if (c.lead) expect(texts[0] ?? '', 'first line').toMatch(new RegExp(c.lead));
    for (const t of c.top ?? []) expect(texts.slice(0, 3).some((x) => new RegExp(t).test(x)), `${t} in the first three lines: ${texts.join(' | ')}`).toBe(true);
    for (const t of c.has ?? []) expect(all.some((x) => new RegExp(t).test(x)), `${t} on: ${all.join(' | ')}`).toBe(true);
    for (const t of c.not ?? []) expect(all.filter((x) => new RegExp(t).test(x)), `${t} must not show`).toEqual([]);
    if (c.desc) expect(card.description ?? '').toMatch(new RegExp(c.desc));
    if (c.name) expect(card.name).toMatch(new RegExp(c.name));
    if (c.age === 'none') expect(texts.filter((t) => AGE.test(t)), 'no age').toEqual([]);
    else if (c.age !== undefined) expect(texts.some((t) => t.startsWith(`${c.age} at the time of this article`)), `age ${c.age}: ${texts.join(' | ')}`).toBe(true);
  });

  it('holds to the invariants', () => {
    expect(card.lines.length).toBeLessThanOrEqual(MAX_CARD_LINES);
    // Nothing later than the article presented as holding then: a later year only on a labelled figure.
    const years = (t: string) => [...t.matchAll(/\b(1\d{3}|2\d{3})\b/g)].map((m) => Number(m[1]));
    // (A description may tell what came later only when it says so: "Independence from Sudan on 9 July 2011, after this article".)
    if (!/, after this article$/.test(card.description ?? '')) expect(years(card.description ?? '').filter((y) => y > year), `description "${card.description}"`).toEqual([]);
    for (const l of card.lines) {
      if (l.later) expect(l.text).toMatch(/after this article/);
      else expect(years(l.text).filter((y) => y > year), `line "${l.text}"`).toEqual([]);
    }
    // The dead are not aged on a date after their death.
    const r = byId.get(c.id)!;
    const died = r.facts?.find((f) => f.kind === 'died' && f.date)?.date;
    if (died && yearOf(died) < year) expect(texts.filter((t) => AGE.test(t))).toEqual([]);
  });
});

describe('the rules behind the set', () => {
  it('descriptionHolds: later years, "Former" before its end, written periods', () => {
    expect(descriptionHolds('Former President of Zimbabwe (1987–2017)', '2017-11-16')).toBe(false);
    expect(descriptionHolds('Former President of Zimbabwe (1987–2017)', '2018-01-01')).toBe(true);
    expect(descriptionHolds('Former foreign minister', '2018-01-01')).toBe(false); // former since when?
    expect(descriptionHolds('Nordic country, a NATO member since 2023', '2016-05-01')).toBe(false);
    expect(descriptionHolds('Assassinated by al-Qaeda in 2001', '2001-08-01')).toBe(false); // same year: maybe later that year
    expect(descriptionHolds('Painter from Spain, born 1881', '1990-01-01')).toBe(true);
    expect(descriptionHolds('President of the European Council', '2021-03-01', { start: '2019-12-01', end: '2024-11-30' })).toBe(true);
    expect(descriptionHolds('President of the European Council', '2025-03-01', { start: '2019-12-01', end: '2024-11-30' })).toBe(false);
    expect(descriptionHolds('Leader since 2021', '2021-09-01', { start: '2021-08' })).toBe(true);
  });

  it('timelessDescription: kind and country, true at any date', () => {
    expect(timelessDescription({ type: 'person', subtype: 'head-of-state', country: 'US', name: 'X' })).toBe('Politician from the United States');
    expect(timelessDescription({ type: 'place', subtype: 'city', country: 'AF', name: 'Kabul' })).toBe('City in Afghanistan');
    expect(timelessDescription({ type: 'place', subtype: 'country', country: 'FI', name: 'Finland' })).toBe('Country');
    expect(timelessDescription({ type: 'organization', subtype: 'party', country: 'GB', name: 'P' })).toBe('Political party in the United Kingdom');
    expect(timelessDescription({ type: 'organization', name: 'O' })).toBe('Organization');
  });

  it('knownAlive: a later death, a later office, or an office a recent source lists as held', () => {
    const src = (asOf?: string) => ({ source: 'peppercat', ...(asOf ? { asOf } : {}) });
    expect(knownAlive([{ kind: 'died', date: '2011-10-05', source: src() }], '2010-01-01')).toBe(true);
    expect(knownAlive([{ kind: 'died', date: '2011-10-05', source: src() }], '2012-01-01')).toBe(false);
    expect(knownAlive([{ kind: 'position', role: 'President', start: '2025-01-20', source: src() }], '2020-01-01')).toBe(true);
    expect(knownAlive([{ kind: 'position', role: 'President', start: '2012-05-07', source: src('2023-01-15') }], '2022-03-01')).toBe(true);
    expect(knownAlive([{ kind: 'position', role: 'President', start: '2012-05-07', source: src('2023-01-15') }], '2026-03-01')).toBe(false);
    expect(knownAlive([{ kind: 'position', role: 'President', start: '2012-05-07', source: src() }], '2020-01-01')).toBe(false);
    // Implausibly old for the snapshot: a stale open record, not a living holder.
    expect(knownAlive([{ kind: 'born', date: '1900', source: src() }, { kind: 'position', role: 'Member', start: '1950', source: src('2023-01-15') }], '2020-01-01')).toBe(false);
    expect(knownAlive([{ kind: 'born', date: '1881', source: src() }], '2023-01-01')).toBe(false);
  });
});
