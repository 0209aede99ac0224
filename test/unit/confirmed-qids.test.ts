/** The confirmed-QID table (scripts/data/importers/confirmed-qids.tsv): one QID per entity, never reused. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIRMED_QIDS_FILE, readConfirmedQids } from '../../scripts/data/importers/confirmed-qids';
import { readPeopleQids } from '../../scripts/data/importers/people-qids';

const rows = fs.readFileSync(CONFIRMED_QIDS_FILE, 'utf8').split(/\r?\n/).filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));

describe('confirmed QIDs', () => {
  it('has a header saying what it is and how each id was confirmed', () => {
    const header = fs.readFileSync(CONFIRMED_QIDS_FILE, 'utf8').split('\n').filter((l) => l.startsWith('#')).join(' ');
    expect(header).toMatch(/two independent signals/);
    expect(header).toMatch(/Evidence/);
  });

  it('parses: every row has an old id, a name, a QID and evidence', () => {
    const table = readConfirmedQids();
    expect(table.size).toBe(rows.length);
    expect(table.size).toBeGreaterThan(100);
    for (const r of rows) {
      expect(r).toHaveLength(4);
      const [key, name, qid, evidence] = r;
      expect(key).toMatch(/^(bs|pantheon|geonames):\S+$/);
      expect(name.trim()).not.toBe('');
      expect(qid).toMatch(/^Q\d+$/);
      expect(evidence).toMatch(/^\d+(,\d+)*$/);
    }
    expect(table.get('bs:university-of-pennsylvania')?.qid).toBe('Q49117');
  });

  it('names no QID twice and no old id twice, and no old id is itself a QID', () => {
    const qids = rows.map((r) => r[2]);
    const keys = rows.map((r) => r[0]);
    expect(new Set(qids).size).toBe(qids.length);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys) expect(k).not.toMatch(/^Q\d+$/);
  });

  it('gives no entity of the people table another id', () => {
    const people = readPeopleQids();
    for (const [key, , qid] of rows) if (people.has(key)) expect(people.get(key)!.qid).toBe(qid);
  });
});
