/**
 * A page that re-renders its article with a real framework (Preact 10 from node_modules, served on
 * 127.0.0.1 through an import map): every 500 ms, on "Refresh" (re-mount: new DOM nodes, same
 * text) and on "Next story" (new text). The page must never throw, and the marks must follow the
 * page's current text nodes (issue 6, "Pages that re-render").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, serve, ROOT, type Launched, type Server } from './harness';
import { readMarks, uniqueMarks, waitForMarks, type MarkInfo } from './pages/inspect';
import { newsPage, STORY_A, STORY_B } from './pages/news-page';

const PAGES = path.join(ROOT, 'test/e2e/pages');
const PREACT = path.join(ROOT, 'node_modules/preact');

const stories = [
  { title: 'Resistance gathers in the valley north of the capital', paragraphs: STORY_A },
  { title: 'Europe says contacts are not recognition', paragraphs: STORY_B },
];

function page(): string {
  return newsPage({
    title: 'Live: the latest from the region',
    bare: true,
    body: '<div id="app"></div>',
    head: `<script type="importmap">{"imports":{"preact":"/preact/preact.module.js","preact/hooks":"/preact/hooks.module.js"}}</script>
<script>window.__STORIES__ = ${JSON.stringify(stories)};</script>
<script type="module" src="/rerender-app.js"></script>`,
  });
}

describe('a Preact page that keeps re-rendering its article', () => {
  let server: Server;
  let ext: Launched;
  let tab: Page;
  const errors: string[] = [];

  const marksNow = async (): Promise<MarkInfo[]> =>
    uniqueMarks(await readMarks(tab, { article: 'article', mount: 'article[data-mount]' }));
  const state = () => tab.evaluate(`window.__state`) as Promise<{ tick: number; mount: number; index: number }>;
  /** Marks that point at nodes no longer in the page, or that are outside the current article. */
  const stale = (ms: MarkInfo[]) => ms.filter((m) => !m.connected || !m.inside.includes('article'));

  beforeAll(async () => {
    server = await serve(PAGES, {
      '/favicon.ico': () => Buffer.alloc(0), // no 404 in the console
      '/rerender.html': page,
      '/preact/preact.module.js': () => fs.readFileSync(path.join(PREACT, 'dist/preact.module.js')),
      '/preact/hooks.module.js': () => fs.readFileSync(path.join(PREACT, 'hooks/dist/hooks.module.js')),
    });
    ext = await launchWithExtension();
    tab = await ext.context.newPage();
    tab.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    tab.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
    await tab.goto(`${server.url}/rerender.html`);
    await tab.waitForSelector('article[data-mount="0"] p');
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('marks the Preact-rendered article', async () => {
    expect(await waitForMarks(tab, { timeout: 20_000 })).toBeGreaterThan(0);
    const marks = await marksNow();
    expect(marks.map((m) => m.text)).toContain('Taliban');
    expect(stale(marks)).toEqual([]);
  });

  it('keeps its marks while the page re-renders every 500 ms', async () => {
    const before = (await marksNow()).map((m) => m.text).sort();
    const t0 = (await state()).tick;
    await expect.poll(async () => (await state()).tick, { timeout: 10_000 }).toBeGreaterThanOrEqual(t0 + 6);
    // The clock line changes text inside the article; the paragraphs stay, and so do their marks.
    await expect.poll(async () => stale(await marksNow()).length, { timeout: 10_000 }).toBe(0);
    expect((await marksNow()).map((m) => m.text).sort()).toEqual(before);
  });

  it('moves the marks onto the new nodes when the article is re-mounted', async () => {
    const before = (await marksNow()).map((m) => m.text).sort();
    const { mount } = await state();
    await tab.click('#refresh');
    await tab.waitForSelector(`article[data-mount="${mount + 1}"]`);
    // The old nodes are gone: every mark must now sit in the new article, with the same names as before.
    await expect
      .poll(async () => {
        const ms = await marksNow();
        return stale(ms).length === 0 && ms.length === before.length ? ms.map((m) => m.text).sort() : null;
      }, { timeout: 15_000 })
      .toEqual(before);
  });

  it('follows the text when the story changes', async () => {
    const { mount } = await state();
    await tab.click('#next');
    await tab.waitForSelector(`article[data-mount="${mount + 1}"]`);
    await expect
      .poll(async () => {
        const ms = await marksNow();
        const texts = new Set(ms.map((m) => m.text));
        return stale(ms).length === 0 && texts.has('Madrid') && !texts.has('Taliban') && !texts.has('Kabul');
      }, { timeout: 15_000 })
      .toBe(true);
  });

  it('never makes the page throw', async () => {
    // Keep clicking while the clock runs: a burst of re-renders, one after the other.
    for (let i = 0; i < 6; i++) await tab.click(i % 2 ? '#next' : '#refresh');
    const { mount } = await state();
    await tab.waitForSelector(`article[data-mount="${mount}"] p`);
    await expect.poll(async () => stale(await marksNow()).length, { timeout: 15_000 }).toBe(0);
    expect(await tab.evaluate(`window.__errors || []`)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
