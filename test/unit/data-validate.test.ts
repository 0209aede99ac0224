import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../scripts/data/lib/issues';
import { loadAndValidate } from '../../scripts/data/lib/pipeline';
import { runValidate } from '../../scripts/data/validate';

const FIX = path.join(__dirname, 'fixtures-data');
const broken = () =>
  loadAndValidate({ curatedDir: path.join(FIX, 'broken/curated'), importedDir: path.join(FIX, 'broken/imported'), today: '2026-11-25' });

function messages(): string[] {
  return broken().issues.map(formatIssue);
}

function find(re: RegExp): string {
  const hit = messages().find((m) => re.test(m));
  if (!hit) throw new Error(`no message matches ${re}:\n${messages().join('\n')}`);
  return hit;
}

describe('data:validate on broken files', () => {
  it('names file, line and id for death before birth', () => {
    expect(find(/Q1001/)).toBe('error: test/unit/fixtures-data/broken/curated/people.yaml:2 [Q1001]: death (1950) is before birth (1960-05-01)');
  });

  it('rejects a word broken at a line\'s end in a folded YAML block, and keeps a suspended hyphen', () => {
    expect(find(/Q1013/)).toMatch(/people\.yaml:78 \[Q1013\]: summary: "best- selling" looks like a word broken at a line's end/);
    expect(messages().filter((m) => /Q1013/.test(m))).toHaveLength(1);
  });

  it('rejects a position that ends before it starts', () => {
    expect(find(/Q1002/)).toMatch(/people\.yaml:10 \[Q1002\]: fact #1 \(position Minister\): end \(2009-12-31\) is before start \(2010-01-01\)/);
  });

  it('rejects future dates and impossible calendar days', () => {
    expect(find(/Q1003/)).toMatch(/fact #1 \(born\): date 2999-01-01 is in the future/);
    expect(find(/Q1010/)).toMatch(/facts\[0\]\.date: is not a real calendar day/);
  });

  it('rejects a fact without a source, saying so plainly', () => {
    expect(find(/Q1004/)).toMatch(/\[Q1004\]: fact #1 \(born\) has no source$/);
  });

  it('rejects references to unknown ids', () => {
    expect(find(/Q1005/)).toMatch(/fact #1 \(relative\): unknown id 'Q999999' in other/);
  });

  it('rejects a date from which a summary holds without the summary', () => {
    expect(find(/Q1012/)).toMatch(/\[Q1012\]: summarySince: summarySince needs a summary/);
  });

  it('rejects a lower-case alias that is an ordinary English word', () => {
    expect(find(/Q1006/)).toMatch(/alias 'reading' is a common English word/);
  });

  it('reports schema errors: bad enum, misspelt field, unknown source', () => {
    expect(find(/Q1007/)).toMatch(/\[Q1007\]: type: /);
    expect(find(/Q1008/)).toMatch(/Unrecognized key.*decription/);
    expect(find(/Q1009/)).toMatch(/unknown source 'my-blog'/);
  });

  it('reports duplicate ids across curated files and within one jsonl file', () => {
    // Files are read in name order, so more.yaml holds the first copy.
    expect(find(/Q1011.*duplicate/)).toMatch(/people\.yaml:67 \[Q1011\]: duplicate id \(first defined at test\/unit\/fixtures-data\/broken\/curated\/more\.yaml:1\)/);
    expect(find(/geonames:1\].*duplicate/)).toMatch(/geonames\.jsonl:3 \[geonames:1\]: duplicate id/);
  });

  it('warns when a curated record changes an imported entity\'s type', () => {
    expect(find(/type 'person' differs/)).toBe("warning: test/unit/fixtures-data/broken/curated/more.yaml:6 [geonames:1]: type 'person' differs from the imported type 'place' (is the id right?)");
  });

  it('gives jsonl line numbers for invalid JSON and empty sources', () => {
    expect(find(/geonames\.jsonl:2:/)).toMatch(/invalid JSON/);
    expect(find(/geonames:3/)).toMatch(/geonames\.jsonl:4 \[geonames:3\]: record has no sources/);
  });

  it('exits non-zero on errors and zero on valid data', () => {
    const lines: string[] = [];
    expect(runValidate({ curatedDir: path.join(FIX, 'broken/curated'), importedDir: path.join(FIX, 'broken/imported'), today: '2026-11-25' }, (l) => lines.push(l))).toBe(1);
    expect(lines.at(-1)).toMatch(/\d+ error\(s\)/);
    expect(runValidate({ curatedDir: path.join(FIX, 'good/curated'), importedDir: path.join(FIX, 'good/imported'), today: '2026-11-25' }, () => {})).toBe(0);
  });

  it('keeps valid records usable even when others fail', () => {
    const ids = broken().records.map((r) => r.record.id);
    expect(ids).toContain('geonames:1');
    expect(ids).not.toContain('Q1007');
  });
});
