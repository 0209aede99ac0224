/**
 * Dynamic pages (issue 6): infinite scroll appends a second section to the article later → it is
 * scanned (once) and gets marks; content removed again drops its marks; a single-page-app
 * navigation replaces the article → marks follow the new text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, serve, ROOT, type Launched, type Server } from './harness';
import { readMarks, readPerfMarks, uniqueMarks, waitForMarks, type MarkInfo } from './pages/inspect';
import { newsPage, paragraphs, STORY_A, STORY_B } from './pages/news-page';

const PAGES = path.join(ROOT, 'test/e2e/pages');
/** Highlights that repeat a mark's range on purpose (keyboard focus, "reveal" flash). */
const SPECIAL = /^mk-(focus|flash)/;

function page(): string {
  return newsPage({
    title: 'The valley that says it will not give in',
    body: paragraphs(STORY_A),
    head: `<script>window.__MORE__ = ${JSON.stringify([STORY_B])};</script>`,
    tail: `<div style="height:1800px" aria-hidden="true"></div><div id="sentinel" style="height:40px"></div>
<script src="/dynamic-app.js"></script>`,
  });
}

describe('a page that adds, removes and replaces its article content', () => {
  let server: Server;
  let ext: Launched;
  let tab: Page;
  const errors: string[] = [];

  const marksNow = async (): Promise<MarkInfo[]> => readMarks(tab, { article: 'article', more: 'article section.more' });
  const texts = async () => new Set(uniqueMarks(await marksNow()).map((m) => m.text));
  const scans = async () => (await readPerfMarks(tab)).filter((e) => e.name === 'backstory:start').length;

  beforeAll(async () => {
    server = await serve(PAGES, { '/favicon.ico': () => Buffer.alloc(0), // no 404 in the console
      '/dynamic.html': page });
    ext = await launchWithExtension();
    tab = await ext.context.newPage();
    tab.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    tab.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
    await tab.goto(`${server.url}/dynamic.html`);
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('marks the first section', async () => {
    expect(await waitForMarks(tab, { timeout: 20_000 })).toBeGreaterThan(0);
    const t = await texts();
    expect(t.has('Taliban')).toBe(true);
    expect(t.has('Madrid')).toBe(false);
  });

  it('scans a section appended by infinite scroll, once', async () => {
    const scansBefore = await scans();
    await tab.evaluate(`window.scrollTo(0, document.body.scrollHeight)`);
    await tab.waitForFunction(`window.__loaded === 1`);
    await expect.poll(async () => (await texts()).has('Madrid'), { timeout: 15_000 }).toBe(true);
    await waitForMarks(tab, { settleMs: 800 });
    const all = (await marksNow()).filter((m) => !SPECIAL.test(m.highlight));
    const inMore = all.filter((m) => m.inside.includes('more'));
    expect(inMore.map((m) => m.text)).toEqual(expect.arrayContaining(['Madrid', 'Charles Michel', 'Ursula von der Leyen']));
    // No range is marked twice (a second scan of the same text must not add duplicates).
    expect(uniqueMarks(all).length).toBe(all.length);
    // One batch of new text → one rescan (two at most when the batch straddles the debounce).
    const added = (await scans()) - scansBefore;
    expect(added).toBeGreaterThanOrEqual(1);
    expect(added).toBeLessThanOrEqual(2);
  });

  it('drops the marks of a section the page removes', async () => {
    await tab.evaluate(`window.__removeSection(1)`);
    await expect
      .poll(async () => {
        const ms = uniqueMarks(await marksNow());
        return { stale: ms.filter((m) => !m.connected).length, madrid: ms.some((m) => m.text === 'Madrid'), taliban: ms.some((m) => m.text === 'Taliban') };
      }, { timeout: 15_000 })
      .toEqual({ stale: 0, madrid: false, taliban: true });
  });

  it('follows a single-page-app navigation to another article', async () => {
    await tab.evaluate(`window.__navigate('/story-2', 'Europe says contacts are not recognition', ${JSON.stringify(STORY_B)})`);
    await expect
      .poll(async () => {
        const ms = uniqueMarks(await marksNow());
        const t = new Set(ms.map((m) => m.text));
        return ms.every((m) => m.connected && m.inside.includes('article')) && t.has('Madrid') && !t.has('Taliban');
      }, { timeout: 20_000 })
      .toBe(true);
  });

  it('raises no page errors', () => {
    expect(errors).toEqual([]);
  });
});
