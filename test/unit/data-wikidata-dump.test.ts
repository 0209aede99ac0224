// The Wikidata dump importer (issue 11, point 5) on a sample dump written in the official format:
// one entity per line inside [ ], trailing commas, gzipped here at test time.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { EntityRecordSchema } from '../../core/kb/schema';
import type { EntityRecord } from '../../core/types';
import { bucketOf, dumpEntities, importWikidataDump, type DumpOptions } from '../../scripts/data/importers/wikidata-dump';

const SAMPLE = path.join(__dirname, 'fixtures-data', 'wikidata', 'sample-dump.json');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wd-test-'));
const gz = path.join(tmp, 'sample.json.gz');
fs.writeFileSync(gz, zlib.gzipSync(fs.readFileSync(SAMPLE)));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const opts: DumpOptions = {
  minSitelinks: 10, minQrank: 1_000_000, today: '2026-11-25', asOf: '2026-11-01',
  isoOfCountry: new Map([['Q30', 'US'], ['Q142', 'FR'], ['Q183', 'DE'], ['Q159', 'RU'], ['Q29', 'ES']]),
};

async function run(o: DumpOptions = opts, name = 'out.jsonl'): Promise<{ text: string; recs: Map<string, EntityRecord> }> {
  const out = path.join(tmp, name);
  await importWikidataDump(gz, out, o);
  const text = fs.readFileSync(out, 'utf8');
  return { text, recs: new Map(text.trim().split('\n').map((l) => JSON.parse(l) as EntityRecord).map((r) => [r.id, r])) };
}

describe('wikidata dump importer', () => {
  it('reads the dump format line by line (brackets and trailing commas)', async () => {
    const ids: string[] = [];
    for await (const e of dumpEntities(gz)) ids.push(e.id);
    expect(ids.length).toBe(37);
    expect(ids[0]).toBe('Q11696');
    expect(ids).toContain('P31');
  });

  it('keeps people, places and organisations above the threshold, sorted by id, byte-identical on rerun', async () => {
    const a = await run();
    const b = await run(opts, 'again.jsonl');
    expect(b.text).toBe(a.text);
    const ids = [...a.recs.keys()];
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids)).toEqual(new Set([
      'Q76', 'Q6279', 'Q9960', 'Q3052772', 'Q567', 'Q7747', 'Q1339',
      'Q30', 'Q142', 'Q183', 'Q159', 'Q46', 'Q90', 'Q64', 'Q60', 'Q1490',
      'Q312', 'Q95', 'Q130879', 'Q49108', 'Q23548', 'Q7817', 'Q7156', 'Q207370',
    ]));
    for (const r of a.recs.values()) expect(EntityRecordSchema.safeParse(r).success, r.id).toBe(true);
  });

  it('takes dates with their precision, positions with dates and labels, population with its year', async () => {
    const { recs } = await run();
    const obama = recs.get('Q76')!;
    expect(obama).toMatchObject({ type: 'person', name: 'Barack Obama', country: 'US', aliases: ['Obama', 'Barack Hussein Obama II'] });
    expect(obama.facts).toContainEqual(expect.objectContaining({ kind: 'born', date: '1961-08-04' }));
    expect(obama.facts).toContainEqual(expect.objectContaining({ kind: 'position', role: 'President of the United States', start: '2009-01-20', end: '2017-01-20' }));
    expect(recs.get('Q9960')!.facts).toContainEqual(expect.objectContaining({ kind: 'died', date: '2004-06-05' }));
    // A deprecated claim is ignored; a qualifier 'of' (P642) names the body, kept as an id when it is kept.
    expect(recs.get('Q567')!.facts!.find((f) => f.kind === 'born')!.date).toBe('1954-07-17');
    expect(recs.get('Q3052772')!.facts).toContainEqual(expect.objectContaining({ kind: 'position', role: 'Member of the National Assembly', other: 'Q142', otherName: 'France', start: '2012' }));
    expect(recs.get('Q6279')!.facts!.filter((f) => f.kind === 'position').map((f) => f.role).sort()).toEqual(['President of the United States', 'Vice president of the United States']);
    // The preferred population figure, else the latest.
    expect(recs.get('Q90')!.facts).toContainEqual(expect.objectContaining({ kind: 'population', value: 2145906, date: '2020' }));
    expect(recs.get('Q30')!.facts).toContainEqual(expect.objectContaining({ kind: 'population', value: 331449281, date: '2020' }));
    expect(recs.get('Q207370')!.facts).toContainEqual(expect.objectContaining({ kind: 'dissolved', date: '2008-09-15' }));
    expect(recs.get('Q130879')!.facts).toContainEqual(expect.objectContaining({ kind: 'founded', date: '1851' }));
    expect(recs.get('Q49108')).toMatchObject({ type: 'organization', subtype: 'university', aliases: ['MIT'] });
    expect(recs.get('Q7156')).toMatchObject({ subtype: 'sports-team', country: 'ES' });
    expect(recs.get('Q46')).toMatchObject({ type: 'place', subtype: 'continent' });
  });

  it('keeps a little-linked entity when its QRank clears the threshold', async () => {
    const { recs } = await run({ ...opts, qrank: new Map([['Q99999902', 5_000_000]]) }, 'qrank.jsonl');
    expect(recs.get('Q99999902')).toMatchObject({ name: 'John Q. Nobody', facts: [expect.objectContaining({ kind: 'born', date: '1950' })] });
    expect(recs.has('Q99999903')).toBe(false);
  });

  it('buckets ids so that bucket order is id order (bounded memory: one bucket sorted at a time)', () => {
    const ids = ['Q1', 'Q10', 'Q100', 'Q11', 'Q2', 'Q20', 'Q3', 'Q99999901'];
    const byBucket = [...ids].sort((a, b) => (bucketOf(a) < bucketOf(b) ? -1 : bucketOf(a) > bucketOf(b) ? 1 : a < b ? -1 : 1));
    expect(byBucket).toEqual([...ids].sort());
  });
});
