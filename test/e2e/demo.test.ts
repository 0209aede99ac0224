/**
 * The demo article, end to end in Chromium with the built extension (issue 2): the gold mentions
 * are marked, nothing outside the article body is, the page's DOM and text are untouched, no
 * console errors, and the extension makes no network request.
 * (Hover, card and popup behaviour are tested in their own files.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { launchWithExtension, CHROMIUM, CHROMIUM_ARGS, type Launched } from './harness';
import { startDemoServer, demoBlocks, DEMO_PATH } from '../../scripts/demo-server';
import { readDemoGold, type GoldEntity } from '../demo-gold';
import { readMarks, uniqueMarks, waitForMarks, hoverMark, readShadowText, type MarkInfo } from './pages/inspect';

const gold = readDemoGold();

/** Page regions (label → selector) where a mark may or may not be. */
const REGIONS = {
  body: 'article .story-body',
  headline: 'article .story-header h1, article .standfirst',
  caption: 'article figcaption',
  readMore: 'article .read-more',
  byline: 'article .byline-row',
  share: 'article .share-bar',
  topics: 'article .story-footer',
  siteHeader: 'body > header, .ticker',
  nav: 'nav',
  rail: '.rail',
  comments: '.comments',
  footer: 'body > footer',
};
/** Where marks are allowed: the article's text, its headline, standfirst and captions. */
const ALLOWED = new Set(['body', 'headline', 'caption']);

const stripPossessive = (s: string) => s.replace(/['’]s$/, '');
const words = (s: string): string[] => s.replace(/\(.*?\)/g, '').match(/\p{L}[\p{L}-]*/gu) ?? [];

/** The gold entity a marked string stands for, by its surface form; undefined when it is none of them. */
function goldEntityOf(text: string): GoldEntity | undefined {
  const t = stripPossessive(text);
  const exact = gold.entities.find((e) => e.surfaces.some((s) => stripPossessive(s) === t));
  if (exact) return exact;
  // A longer name that contains a gold surface the gold allows to link elsewhere ("EU Council" → EU/European Council).
  const within = gold.entities
    .filter((e) => e.also?.length)
    .flatMap((e) => e.surfaces.map((s) => [e, s] as const))
    .filter(([, s]) => new RegExp(`(^|\\W)${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\W|$)`).test(t))
    .sort((a, b) => b[1].length - a[1].length)[0];
  return within?.[0];
}

/** Optional entities (gold `optional`) may be marked: a marked string whose words all belong to one of them. */
function isOptional(text: string): boolean {
  const w = words(stripPossessive(text));
  return w.length > 0 && gold.optional.some((o) => w.every((x) => words(o).includes(x)));
}

/** Times each gold entity's surfaces occur in `text` (longest surfaces first, no overlaps). */
function occurrences(text: string): Map<string, number> {
  const all = gold.entities.flatMap((e) => e.surfaces.map((s) => ({ e, s }))).sort((a, b) => b.s.length - a.s.length);
  const taken: boolean[] = [];
  const counts = new Map<string, number>();
  for (const { e, s } of all) {
    const re = new RegExp(`(?<![\\p{L}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const range = [...Array(s.length).keys()].map((i) => m.index! + i);
      if (range.some((i) => taken[i])) continue;
      range.forEach((i) => (taken[i] = true));
      counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
    }
  }
  return counts;
}

describe('demo page in Chromium with Backstory', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let ext: Launched;
  let page: Page;
  let plain: Browser;
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  let marks: MarkInfo[] = [];

  beforeAll(async () => {
    server = await startDemoServer();
    ext = await launchWithExtension();
    // Every request of every page and of the extension's service worker.
    ext.context.on('request', (r) => requests.push(r.url()));
    ext.serviceWorker.on('console', (m) => m.type() === 'error' && consoleErrors.push(`[worker] ${m.text()}`));
    page = await ext.context.newPage();
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
    await page.goto(`${server.url}${DEMO_PATH}`);
    await waitForMarks(page, { timeout: 20_000 });
    marks = uniqueMarks(await readMarks(page, REGIONS));
    plain = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await ext?.close();
    await plain?.close();
    await server?.close();
  });

  it('marks every gold entity as often as the article body names it', () => {
    expect(marks.length, 'no marks at all on the demo page').toBeGreaterThan(0);
    // The "Also Read" box belongs to the page, not the story: its names are not expected to be marked.
    const readMoreText = demoBlocks().filter((b) => b.kind === 'read-more').map((b) => b.text).join('\n');
    const inReadMore = occurrences(readMoreText);
    const inBody = marks.filter((m) => m.inside.includes('body') && !m.inside.includes('readMore'));
    const counted = new Map<string, number>();
    const unknown: string[] = [];
    for (const m of inBody) {
      const e = goldEntityOf(m.text);
      if (e) counted.set(e.name, (counted.get(e.name) ?? 0) + 1);
      else if (!isOptional(m.text)) unknown.push(m.text);
    }
    const expected = Object.fromEntries(gold.entities.map((e) => [e.name, e.mentions - (inReadMore.get(e.name) ?? 0)]));
    const got = Object.fromEntries(gold.entities.map((e) => [e.name, counted.get(e.name) ?? 0]));
    expect(got).toEqual(expected);
    expect(unknown, 'marked strings that are neither gold nor optional entities').toEqual([]);
  });

  it('never marks what the gold says must not be marked', () => {
    const banned = gold.mustNotMark.map((s) => s.replace(/\s*\(.*\)$/, ''));
    const hits = marks.filter((m) => banned.includes(stripPossessive(m.text)));
    expect(hits.map((m) => m.text)).toEqual([]);
    expect(marks.filter((m) => m.text === '<invalid range>')).toEqual([]);
  });

  it('marks nothing outside the article text (header, nav, byline, share bar, read-more, topics, rail, comments, footer)', () => {
    const outside = marks.filter((m) => !m.inside.some((r) => ALLOWED.has(r)) || m.inside.some((r) => !ALLOWED.has(r)));
    expect(outside.map((m) => `${m.text} in ${m.inside.join('/') || 'page'}`)).toEqual([]);
  });

  it('leaves the page DOM and text exactly as they are without the extension', async () => {
    const snapshot = (p: Page) => p.evaluate(`({ text: document.body.innerText, html: document.body.innerHTML, title: document.title })`);
    const without = await plain.newPage({ viewport: { width: 1280, height: 900 } });
    await without.goto(`${server.url}${DEMO_PATH}`);
    const base = (await snapshot(without)) as { text: string; html: string; title: string };
    await without.close();
    expect((await snapshot(page)) as object).toEqual(base);
    // Showing a card must not touch the page's body either.
    if (await hoverMark(page, 'Ahmad Shah Massoud')) {
      await expect.poll(async () => (await readShadowText(page)).length, { timeout: 5_000 }).toBeGreaterThan(0);
      expect((await snapshot(page)) as object).toEqual(base);
      await page.mouse.move(5, 5);
    }
  });

  it('logs no console errors and raises no page errors', () => {
    expect(consoleErrors).toEqual([]);
  });

  it('makes no network request beyond the page itself and its own files', async () => {
    // Give the worker a chance to answer one more message round-trip before judging.
    await page.reload();
    await waitForMarks(page, { timeout: 20_000 });
    const own = [`${server.url}/`, `chrome-extension://${ext.extensionId}/`];
    const foreign = requests.filter((u) => !own.some((o) => u.startsWith(o)) && !/^(data|blob):/.test(u));
    expect(requests.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
  });
});
