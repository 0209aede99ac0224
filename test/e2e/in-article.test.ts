/**
 * Issue 17: a name no knowledge base holds gets a card built from the article itself, with a quiet
 * mark of its own (`mk-person-article`), a card that says where it comes from, and "Not this one".
 * Light and dark screenshots go to test-results/in-article/. Every sentence of the page is written
 * for this test; the priest and the council are invented names.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, ROOT, serve, type Launched, type Server } from './harness';
import { newsPage, paragraphs, STORY_A } from './pages/news-page';
import { waitForMarks } from './pages/inspect';
import { castOf, openPopup, tabIdForHost } from './popup-helpers';
import { highlightTexts, hoverMark, markBox, shootAround, type Box, type CardProbe } from './pages-card/card-probe';

const OUT = path.join(ROOT, 'test-results/in-article');
const BODY = [
  ...STORY_A,
  'The talks were arranged by Tobias Wendlinger, a Jesuit priest, who has known both families for years. He travelled to the valley twice in August.',
  'The Halvorsen Peace Council, a small group based in Oslo, paid for his journey and said it would publish nothing until the talks were over.',
  'Wendlinger said on Saturday that he expected no quick agreement. "Both sides are tired, but neither is ready," he told reporters in the valley.',
];

let server: Server;
let browser: Launched;
let page: Page;

const open = (text: string, match: RegExp) => hoverMark(page, text, match);

const shoot = (card: CardProbe, line: Box, file: string) => shootAround(page, [card.box, line], path.join(OUT, file), 60, 16);

beforeAll(async () => {
  server = await serve(ROOT, { '/story.html': () => newsPage({ title: 'Priest arranges talks in the valley', body: paragraphs(BODY) }) });
  browser = await launchWithExtension({ viewport: { width: 1280, height: 800 } });
  page = await browser.context.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${server.url}/story.html`);
  expect(await waitForMarks(page, { timeout: 60_000, min: 5 })).toBeGreaterThanOrEqual(5);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('in-article card', () => {
  it('marks the names no KB holds with their own quiet highlight, the surname joined to the full name', async () => {
    await expect.poll(async () => (await highlightTexts(page, 'mk-person-article')).sort(), { timeout: 10_000 }).toEqual(['Tobias Wendlinger', 'Wendlinger']);
    expect(await highlightTexts(page, 'mk-organization-article')).toEqual(['Halvorsen Peace Council']);
    // The KB's names keep their own marks.
    expect(await highlightTexts(page, 'mk-person')).toContain('Amrullah Saleh');
    // The marks side by side: linked (solid) and in-article (thin dotted).
    const box = await markBox(page, 'Tobias Wendlinger');
    await page.evaluate(`window.scrollBy(0, ${Math.round(box!.y - 200)})`);
    fs.mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: path.join(OUT, 'in-article-marks.png'), clip: { x: 240, y: 0, width: 800, height: 480 } });
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`shows the article's own words, never outside facts (${scheme})`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      const { card, line } = await open('Tobias Wendlinger', /from this article/);
      expect(card.text).toContain("Not in Backstory's knowledge · from this article");
      expect(card.text).toContain('a Jesuit priest');
      expect(card.text).toContain('Mentioned 2 times in this article');
      expect(card.text).toContain('The talks were arranged by Tobias Wendlinger');
      expect(card.text).not.toMatch(/Wikipedia|Sources/);
      expect(card.background).toBe(scheme === 'dark' ? 'rgb(31, 35, 41)' : 'rgb(255, 255, 255)');
      await shoot(card, line, `in-article-${scheme}.png`);
    });
  }

  it('the cast lists them in their group, marked as from the article; the option turns them off live', async () => {
    const tabId = await tabIdForHost(browser, '127.0.0.1');
    const cast = (await castOf(browser, tabId))!.cast as unknown as { name: string; type: string; fromArticle?: boolean }[];
    expect(cast.find((e) => e.name === 'Tobias Wendlinger')).toMatchObject({ type: 'person', fromArticle: true });
    expect(cast.find((e) => e.name === 'Amrullah Saleh')?.fromArticle).toBeUndefined();
    const popup = await openPopup(browser, tabId);
    const item = popup.locator('[data-group="person"] .cast-item.from-article');
    await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
    expect(await item.textContent()).toContain('from article');
    await popup.screenshot({ path: path.join(OUT, 'in-article-popup.png') });
    await popup.close();

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const box = options.getByRole('checkbox', { name: /Names not in Backstory's knowledge/ });
    await box.uncheck();
    await expect.poll(() => highlightTexts(page, 'mk-person-article'), { timeout: 10_000 }).toEqual([]);
    expect(await highlightTexts(page, 'mk-person')).toContain('Amrullah Saleh');
    await box.check();
    await expect.poll(async () => (await highlightTexts(page, 'mk-person-article')).length, { timeout: 10_000 }).toBe(2);
    await options.close();
  });

  it('"Not this one" hides its marks', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    const { card } = await open('Tobias Wendlinger', /from this article/);
    const hide = card.buttons.find((b) => b.text === 'Not this one');
    expect(hide, card.buttons.map((b) => b.text).join(', ')).toBeDefined();
    await page.mouse.move(hide!.box.x + hide!.box.width / 2, hide!.box.y + hide!.box.height / 2, { steps: 4 });
    await page.mouse.click(hide!.box.x + hide!.box.width / 2, hide!.box.y + hide!.box.height / 2);
    await expect.poll(() => highlightTexts(page, 'mk-person-article'), { timeout: 5000 }).toEqual([]);
    expect(await highlightTexts(page, 'mk-organization-article')).toEqual(['Halvorsen Peace Council']);
  });
});
