/**
 * `npm run annotate`: the extension's pipeline (scan → match) in Node, on a saved page.
 * Needs the built knowledge base (public/kb, `npm run data:build`; `npm test` builds first).
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { annotateHtml, pagePath, scanHtml } from '../../scripts/annotate';
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

  it('prints exactly the JSON contract with --json', { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'annotate-'));
    const file = join(dir, 'demo page.html');
    writeFileSync(file, html);
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/annotate.ts', pathToFileURL(file).href, '--json'], { encoding: 'utf8' });
    const parsed = JSON.parse(stdout);
    expect(Object.keys(parsed).sort()).toEqual(['mentions', 'published']);
    expect(parsed.published).toBe('2021-08-22');
    expect(parsed.mentions.length).toBeGreaterThan(30);
  });
});
