/**
 * `npm run annotate`: the extension's pipeline (scan → match) in Node, on a saved page.
 * Needs the built knowledge base (public/kb, `npm run data:build`; `npm test` builds first).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { annotateHtml, formatPage, pageLine, pagePath, scanHtml } from '../../scripts/annotate';
import { cardText } from '../../components/card/card-text';
import { loadKb } from '../../scripts/lib/load-kb';
import { renderDemoPage } from '../../scripts/demo-server';

describe('annotate CLI', () => {
  const html = renderDemoPage();

  it('finds the demo article mentions, with offsets into the article text', () => {
    const { index } = loadKb();
    const out = annotateHtml(html, index);
    expect(out.published).toBe('2021-08-22');
    const text = scanHtml(html).text;
    expect(out.mentions.length).toBeGreaterThan(30);
    for (const m of out.mentions) {
      expect(Object.keys(m).sort()).toEqual(['end', 'id', 'name', 'qid', 'start', 'text', 'type']);
      expect(m.qid).toBe(/^Q\d+$/.test(m.id) ? m.id : null);
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(['person', 'place', 'organization']).toContain(m.type);
    }
    const names = new Set(out.mentions.map((m) => m.name));
    for (const n of ['Ahmad Shah Massoud', 'Ahmad Massoud', 'Taliban', 'Kabul']) expect(names).toContain(n);
    // Only the article: the comments and the related rail mention the EU and Kabul too, but
    // nothing may come from beyond the article text.
    expect(Math.max(...out.mentions.map((m) => m.end))).toBeLessThanOrEqual(text.length);
  });

  it('marks nothing on a page that is not an article', () => {
    const { index } = loadKb();
    const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/s/${i}">Kabul story ${i}</a></li>`).join('');
    const out = annotateHtml(`<html><head><meta property="og:type" content="website"></head><body><ul>${links}</ul></body></html>`, index);
    expect(out).toEqual({ published: null, mentions: [] });
  });

  it('accepts a path or a file:// URL, and refuses remote URLs', () => {
    expect(pagePath('/tmp/a.html')).toBe('/tmp/a.html');
    expect(pagePath(pathToFileURL('/tmp/a b.html').href)).toBe('/tmp/a b.html');
    expect(() => pagePath('https://example.com/a.html')).toThrow(/only local pages/);
  });

  it('prints one JSON line per page with --json, loading the knowledge base once; --cards adds the cards', { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'annotate-'));
    const file = join(dir, 'demo page.html');
    writeFileSync(file, html);
    const other = join(dir, 'not-article.html');
    writeFileSync(other, '<html><head><meta property="og:type" content="website"></head><body><p>Kabul</p></body></html>');
    const missing = join(dir, 'missing.html');
    const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/annotate.ts', ...args], { encoding: 'utf8' });
    const res = run(pathToFileURL(file).href, other, missing, '--json', '--cards');
    expect(res.status).toBe(1); // one page could not be read
    const lines = res.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.page)).toEqual([pathToFileURL(file).href, other, missing]);
    const [demo, notArticle, gone] = lines;
    expect(Object.keys(demo).sort()).toEqual(['article', 'cards', 'mentions', 'page', 'published', 'textLength']);
    expect(demo).toMatchObject({ published: '2021-08-22', article: true });
    expect(demo.mentions.length).toBeGreaterThan(30);
    expect(Object.keys(demo.cards).sort()).toEqual([...new Set(demo.mentions.map((m: { id: string }) => m.id))].sort());
    const massoud = demo.cards.Q26689638;
    expect(massoud).toMatchObject({ name: 'Ahmad Massoud', asOf: '2021-08-22', asOfIsToday: false });
    expect(massoud.lines.map((l: { text: string }) => l.text)).toContain('32 at the time of this article (born 10 July 1989)');
    expect(notArticle).toMatchObject({ article: false, mentions: [], cards: {} });
    expect(gone.error).toMatch(/cannot read/);
  });

  it('prints each card as the reader sees it with --cards', { timeout: 120_000 }, () => {
    const kb = loadKb();
    const text = formatPage(pageLine('demo.html', html, kb, true)).join('\n');
    expect(text).toContain('Ahmad Massoud (person, Q26689638) ×4');
    expect(text).toContain('| Ahmad Massoud [Person · politician]');
    expect(text).toContain('| - 32 at the time of this article (born 10 July 1989)');
    expect(text).toContain("| As of this article's date, 22 August 2021.");
    // Without --cards: the mentions only.
    expect(formatPage(pageLine('demo.html', html, kb, false)).join('\n')).not.toContain('| ');
  });

  it('card lines carry date and source as the card shows them', () => {
    const lines = cardText({
      id: 'Q1', name: 'Somebody', type: 'person', subtype: 'politician', asOf: '2020-01-01', asOfIsToday: true,
      lines: [{ kind: 'position', text: 'Mayor of X', date: '2019', asOf: true, relevant: true, source: { source: 'curated' } }],
    });
    expect(lines).toEqual([
      'Somebody [Person · politician]',
      '» Mayor of X  (as of 2019 · Backstory editors)',
      'As of today, 1 January 2020: this page gives no publish date.',
    ]);
  });
});
