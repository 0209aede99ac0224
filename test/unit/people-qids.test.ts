/** The people table (scripts/data/people-qid-table.ts): an id only where two signals agree. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { legislatorJoins, pantheon2Joins, PepperIndex, peopleQidRows, sameBirth, type PepperPerson, type PersonKey } from '../../scripts/data/people-qid-table';
import { confirmingSources, readPeopleQids } from '../../scripts/data/importers/people-qids';
import { diffSnapshots } from '../../scripts/devset/snapshot-diff';

const pep = (id: string, name: string, dob: string, dobp: string, enwiki = ''): PepperPerson => ({ id, name, dob, dobp, enwiki });

describe('birth dates agree', () => {
  it('to the day where both give it, else to the month or year', () => {
    expect(sameBirth('1951-09-18', '1951-09-18', '11')).toBe(true);
    expect(sameBirth('1951-09-18', '1951-12-09', '11')).toBe(false);
    expect(sameBirth('1945', '1945-03-28', '11')).toBe(true);
    expect(sameBirth('1945', '1946-03-28', '11')).toBe(false);
    expect(sameBirth('1939-06-26', '1940', '9')).toBe(false);
    expect(sameBirth('1939-06-26', '1939', '9')).toBe(true);
    expect(sameBirth('-0384', '-0384', '9')).toBe(true);
    expect(sameBirth(undefined, '1939', '9')).toBe(false);
  });
});

describe('people ids', () => {
  // Two John Tierneys born in 1951: a name and a year alone gave the congressman the Irish politician's id.
  const pepper = new PepperIndex([
    pep('Q6260828', 'John Tierney', '1951-12-09', '11', 'John Tierney (Irish politician)'),
    pep('Q1700027', 'John F. Tierney', '1951-09-18', '11', 'John F. Tierney'),
    pep('Q885583', 'Chuck Robb', '1940', '9', 'Chuck Robb'),
    pep('Q1', 'Ann Twin', '1960-01-01', '11'),
    pep('Q2', 'Ann Twin', '1960-01-01', '11'),
  ]);
  const keys: PersonKey[] = [
    { key: 'bioguide:T000266', name: 'John Tierney', names: ['John Tierney', 'John F. Tierney'], born: '1951-09-18', title: 'John F. Tierney' },
    { key: 'bioguide:R000295', name: 'Charles Robb', names: ['Chuck Robb'], born: '1939-06-26', title: 'Chuck Robb' },
    { key: 'bs:ann-twin', name: 'Ann Twin', born: '1960-01-01' },
  ];

  it('takes the id the Wikipedia title or the name with the birth day names, never a namesake born another day', () => {
    const rejected: string[] = [];
    expect(peopleQidRows(keys, pepper, new Map(), rejected)).toEqual([['bioguide:T000266', 'John Tierney', 'Q1700027', 'peppercat-title+peppercat-name']]);
    // A title whose person was born otherwise is reported; two people of one name and day give none.
    expect(rejected).toEqual(['bioguide:R000295 Charles Robb: Q885583 (peppercat-title) born otherwise than 1939-06-26']);
  });

  it('leaves out a key whose signals name two ids, and an id two keys of one dataset claim', () => {
    const rejected: string[] = [];
    expect(peopleQidRows([keys[0]], pepper, new Map([['bioguide:T000266', ['Q9', 'us-congress']]]), rejected)).toEqual([]);
    expect(rejected[0]).toMatch(/Q9 \(us-congress\) ≠ Q1700027/);
    const twice: PersonKey[] = [
      { key: 'pantheon:1', name: 'John F. Tierney', title: 'John F. Tierney', born: '1951' },
      { key: 'pantheon:2', name: 'John F. Tierney', title: 'John F. Tierney', born: '1951' },
      { key: 'bioguide:T000266', name: 'John F. Tierney', title: 'John F. Tierney', born: '1951-09-18' },
    ];
    // The bioguide key keeps it: the same man in two datasets merges, two Pantheon rows cannot both be him.
    expect(peopleQidRows(twice, pepper).map(([k]) => k)).toEqual(['bioguide:T000266']);
  });

  it('takes a name and birth year only with the country to stand in for the day', () => {
    const p = new PepperIndex([
      { ...pep('Q64576653', 'Christian Stocker', '1960-03-20', '11'), catalog_slug: 'austria' },
      { ...pep('Q638463', 'Nawaf Salam', '1953-12-15', '11'), catalog_slug: 'world' },
    ], new Map([['austria', 'AT']]));
    const k: PersonKey[] = [
      { key: 'bs:christian-stocker', name: 'Christian Stocker', born: '1960', country: 'AT' },
      { key: 'bs:nawaf-salam', name: 'Nawaf Salam', born: '1953', country: 'LB' },
      { key: 'pantheon:9', name: 'Christian Stocker', born: '1960' },
    ];
    expect(peopleQidRows(k, p)).toEqual([['bs:christian-stocker', 'Christian Stocker', 'Q64576653', 'peppercat-name']]);
  });

  it('joins Pantheon 2.0 and congress-legislators by id when the birth year agrees', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'people-qids-'));
    fs.writeFileSync(path.join(dir, 'p2.csv'), '"id","wd_id","wp_id","name","birthyear"\n"14627","Q935","14627","Isaac Newton","1643"\n"5","Q5","5","Wrong Year","1700"\n');
    const pk: PersonKey[] = [{ key: 'pantheon:14627', name: 'Isaac Newton', born: '1643' }, { key: 'pantheon:5', name: 'Wrong Year', born: '1900' }];
    expect([...pantheon2Joins(path.join(dir, 'p2.csv'), pk)]).toEqual([['pantheon:14627', 'Q935']]);
    fs.writeFileSync(path.join(dir, 'h.yaml'), "- id: {bioguide: B000226, wikidata: Q518823}\n  bio: {birthday: '1745-04-02'}\n- id: {bioguide: X000001, wikidata: Q7}\n  bio: {birthday: '1900-01-01'}\n");
    const bk: PersonKey[] = [{ key: 'bioguide:B000226', name: 'Richard Bassett', born: '1745-04-02' }, { key: 'bioguide:X000001', name: 'X', born: '1901-01-01' }];
    expect([...legislatorJoins(path.join(dir, 'h.yaml'), bk)]).toEqual([['bioguide:B000226', 'Q518823']]);
  });

  it('credits the sources that gave an id', () => {
    expect(confirmingSources('peppercat-title+peppercat-name')).toEqual(['peppercat']);
    expect(confirmingSources('pantheon2+peppercat-title')).toEqual(['pantheon2', 'peppercat']);
  });
});

describe('the committed table', () => {
  const table = readPeopleQids();
  it('gives each key one QID and no QID to two keys of one dataset', () => {
    expect(table.size).toBeGreaterThan(1000);
    const seen = new Set<string>();
    for (const [key, { qid }] of table) {
      expect(key).toMatch(/^(pantheon|bioguide|bs):/);
      const k = `${key.split(':')[0]}|${qid}`;
      expect(seen.has(k)).toBe(false);
      seen.add(k);
    }
  });
  it('names the congressman, not his Irish namesake, and the Pantheon senator and his bioguide id alike', () => {
    expect(table.get('bioguide:T000266')?.qid).toBe('Q1700027');
    expect(table.get('bioguide:W000099')?.qid).toBe('Q6143987');
    expect(table.get('pantheon:43715')?.qid).toBe(table.get('bioguide:M000303')?.qid);
  });
});

describe('snapshot diff', () => {
  it('tells a non-QID id becoming a QID from any other change', () => {
    const d = diffSnapshots(
      { a: [[0, 4, 'pantheon:1', 0.9, 'alias'], [5, 9, 'Q2', 0.9, 'alias'], [10, 12, 'Q3', 0.9, 'alias']] },
      { a: [[0, 4, 'Q1', 0.9, 'alias'], [5, 9, 'Q2', 0.9, 'alias'], [10, 12, 'Q4', 0.9, 'alias'], [20, 22, 'Q5', 0.9, 'alias']] },
    );
    expect(d.same).toBe(1);
    expect(d.toQid).toEqual([['pantheon:1', 'Q1']]);
    expect(d.other).toEqual([['a@10-12', 'Q3', 'Q4']]);
    expect(d.added).toEqual(['a@20-22 Q5']);
  });
});
