// Kinds of missed names the index already holds (recall on KB-held entities, ELEVANT tuning sets and the
// dev set's tuning part): one block per kind, each with similar cases that must stay unmarked. The
// sentences are made up here, after the kind; no benchmark text.
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../core/linking/matcher';
import { AliasFlag, type CompiledEntity } from '../../core/types';
import { smallIndex } from './match-kb';

const PR = AliasFlag.Primary;
const SUR = AliasFlag.Partial;
const extra: [CompiledEntity, [string, number][]][] = [
  [{ id: 'Q311211', type: 'person', subtype: 'politician', name: 'Timothy Geithner', prominence: 0.6, country: 'US' }, [['Timothy Geithner', PR], ['Geithner', SUR]]],
  [{ id: 'Q233581', type: 'person', subtype: 'businessperson', name: 'Mikhail Prokhorov', prominence: 0.55, country: 'RU' }, [['Mikhail Prokhorov', PR], ['Prokhorov', SUR]]],
  [{ id: 'Q23505', type: 'person', subtype: 'head-of-state', name: 'George H. W. Bush', prominence: 0.9, country: 'US' }, [['George H. W. Bush', PR], ['George Bush', 0], ['Bush', SUR]]],
  [{ id: 'Q207', type: 'person', subtype: 'head-of-state', name: 'George W. Bush', prominence: 0.9, country: 'US' }, [['George W. Bush', PR], ['George Bush', 0], ['Bush', SUR]]],
  [{ id: 'Q9696', type: 'person', subtype: 'head-of-state', name: 'John F. Kennedy', prominence: 0.9, country: 'US' }, [['John F. Kennedy', PR], ['Kennedy', SUR]]],
  [{ id: 'Q649', type: 'place', subtype: 'city', name: 'Moscow', prominence: 0.9, country: 'RU' }, [['Moscow', PR]]],
];
const matcher = createMatcher(smallIndex(extra));
const ids = (text: string) => matcher.find(text).map((m) => `${m.text}=${m.id}`);

describe('a full name written with middle initials the index leaves out', () => {
  it('marks "First X. Last" as the index\'s "First Last", and the bare surname after it', () => {
    expect(ids('Treasury Secretary Timothy F. Geithner urged his counterparts to act. Geithner said growth mattered most.')).toEqual(['Timothy F. Geithner=Q311211', 'Geithner=Q311211']);
    expect(ids('The team flew to Moscow to meet its owner, the billionaire Mikhail D. Prokhorov.')).toEqual(['Moscow=Q649', 'Mikhail D. Prokhorov=Q233581']);
  });
  it('keeps names the index holds with their initials, and marks no one whose initials tell namesakes apart', () => {
    expect(ids('John F. Kennedy flew to Moscow.')).toEqual(['John F. Kennedy=Q9696', 'Moscow=Q649']);
    expect(ids('George P. Bush won the race for land commissioner.')).toEqual([]);
    expect(ids('George W. Bush spoke in Moscow.')).toEqual(['George W. Bush=Q207', 'Moscow=Q649']);
  });
  it('marks nothing where the name goes on or the first word is an initial too', () => {
    expect(ids('He flew into the Timothy F. Geithner Center on Monday.')).toEqual([]);
    expect(ids('The fund hired T. F. Geithner as adviser.')).toEqual([]);
  });
});
