import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearCorrections, correctionsJson, loadCorrections, parseCorrections, watchCorrections } from '../../components/options/corrections';
import { summarizeIndex } from '../../components/options/kb-summary';
import { hostFromInput } from '../../components/options/site-input';

beforeEach(() => fakeBrowser.reset());

describe('hostFromInput', () => {
  it('accepts hostnames and URLs, strips www. and ports', () => {
    expect(hostFromInput('Example.com')).toBe('example.com');
    expect(hostFromInput('https://www.bbc.co.uk/news/world')).toBe('bbc.co.uk');
    expect(hostFromInput('localhost:8080')).toBe('localhost');
    expect(hostFromInput('www.nytimes.com/2021/08/22')).toBe('nytimes.com');
  });

  it('rejects what is not a hostname', () => {
    for (const bad of ['', '   ', 'not a host', 'javascript:alert(1)', 'a..b', 'http://']) expect(hostFromInput(bad)).toBeNull();
  });
});

describe('corrections', () => {
  const good = [
    { url: 'https://a.example/1', text: 'Massoud', id: 'Q1', at: '2026-11-20T10:00:00Z' },
    { url: 'https://b.example/2', text: 'Georgia', id: 'Q2', at: Date.parse('2026-11-24T10:00:00Z') },
  ];

  it('keeps well-formed entries, newest first', () => {
    expect(parseCorrections([...good, null, { id: 3 }, 'x'])).toEqual([good[1], good[0]]);
    expect(parseCorrections('garbage')).toEqual([]);
    expect(parseCorrections(undefined)).toEqual([]);
  });

  it('loads, watches and clears from storage', async () => {
    const seen: number[] = [];
    const stop = watchCorrections((c) => seen.push(c.length));
    await fakeBrowser.storage.local.set({ corrections: good });
    expect(await loadCorrections()).toHaveLength(2);
    await clearCorrections();
    expect(await loadCorrections()).toEqual([]);
    stop();
    expect(seen).toEqual([2, 0]);
  });

  it('exports JSON with the data version', () => {
    const parsed = JSON.parse(correctionsJson(good, '2026-11-25.1'));
    expect(parsed).toEqual({ kind: 'backstory-corrections', dataVersion: '2026-11-25.1', corrections: good });
  });
});

describe('summarizeIndex', () => {
  it('counts entities per type and sorts credits by use', () => {
    const s = summarizeIndex({
      version: '2026-11-25.1',
      entities: [
        { id: 'Q1', type: 'person', name: 'A', prominence: 1 },
        { id: 'Q2', type: 'place', name: 'B', prominence: 1 },
        { id: 'Q3', type: 'place', name: 'C', prominence: 1 },
      ],
      credits: [
        { source: 'geonames', title: 'GeoNames', license: 'CC BY 4.0', attribution: 'x', entities: 2 },
        { source: 'wikidata', title: 'Wikidata', license: 'CC0', attribution: 'y', entities: 3 },
      ],
    });
    expect(s.version).toBe('2026-11-25.1');
    expect(s.total).toBe(3);
    expect(s.counts).toEqual({ person: 1, place: 2, organization: 0 });
    expect(s.credits.map((c) => c.source)).toEqual(['wikidata', 'geonames']);
    expect(s.names.get('Q3')).toBe('C');
  });

  it('tolerates a partial index', () => {
    const s = summarizeIndex({});
    expect(s).toMatchObject({ version: 'unknown', total: 0, credits: [] });
  });
});
