/**
 * Five cards of the demo article (2021-08-22), light and dark, at 1280×800 and 1024×640 (issue 10):
 * each folded card is at most 320 px tall and never over half the viewport; "More" unfolds the rest
 * and still stays within half the viewport. Screenshots go to test-results/cards/ (and, when
 * BACKSTORY_SCREENSHOTS=docs, the 1280×800 ones to docs/screenshots/cards/); the measured heights
 * to test-results/cards/heights.json.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, ROOT, type Launched } from './harness';
import { startDemoServer, DEMO_PATH } from '../../scripts/demo-server';
import { waitForMarks } from './pages/inspect';
import { hoverMark, probeCard, shootAround, type Box, type CardProbe } from './pages-card/card-probe';

const OUT = path.join(ROOT, 'test-results/cards');
const DOCS = path.join(ROOT, 'docs/screenshots/cards');
const EXTENSION_DIR = process.env.BACKSTORY_EXTENSION_DIR || undefined;

/** The five cards: a mark's text, and what its card must say. */
const CARDS: { text: string; slug: string; match: RegExp }[] = [
  { text: 'Ahmad Shah Massoud', slug: 'ahmad-shah-massoud', match: /Assassinated on 9 September 2001/ },
  { text: 'Ahmad Massoud', slug: 'ahmad-massoud', match: /32 at the time of this article/ },
  { text: 'EU', slug: 'eu', match: /recogni/i },
  { text: 'Amrullah Saleh', slug: 'amrullah-saleh', match: /First Vice President of Afghanistan/ },
  { text: 'Taliban', slug: 'taliban', match: /Taliban/ },
];
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1024, height: 640 },
];
const FOLDED_MAX = 320;

let server: { url: string; close(): Promise<void> };
let browser: Launched;
let page: Page;
const heights: Record<string, number> = {};

const open = (text: string, match: RegExp) => hoverMark(page, text, match);

async function shoot(card: CardProbe, line: Box, file: string, docs: boolean): Promise<void> {
  const out = path.join(OUT, file);
  await shootAround(page, [card.box, line], out, 60, 16);
  if (docs && process.env.BACKSTORY_SCREENSHOTS === 'docs') {
    fs.mkdirSync(DOCS, { recursive: true });
    fs.copyFileSync(out, path.join(DOCS, file));
  }
}

beforeAll(async () => {
  server = await startDemoServer();
  browser = await launchWithExtension({ extensionDir: EXTENSION_DIR, viewport: VIEWPORTS[0] });
  page = await browser.context.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${server.url}${DEMO_PATH}`);
  expect(await waitForMarks(page, { timeout: 90_000, min: 20 })).toBeGreaterThanOrEqual(20);
});

afterAll(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, 'heights.json'), `${JSON.stringify(heights, null, 2)}\n`);
  await browser?.close();
  await server?.close();
});

describe('five cards, light and dark, at two window sizes', () => {
  for (const vp of VIEWPORTS) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`${vp.width}×${vp.height} ${scheme}: each folded card ≤ ${FOLDED_MAX} px and ≤ half the window`, async () => {
        await page.setViewportSize(vp);
        await page.emulateMedia({ colorScheme: scheme });
        for (const c of CARDS) {
          const { card, line } = await open(c.text, c.match);
          const key = `${c.slug} ${scheme} ${vp.width}x${vp.height}`;
          heights[key] = Math.round(card.box.height);
          expect(card.box.height, key).toBeLessThanOrEqual(FOLDED_MAX);
          expect(card.box.height, key).toBeLessThanOrEqual(vp.height / 2);
          expect(card.box.y + card.box.height).toBeLessThanOrEqual(vp.height);
          expect(card.background).toBe(scheme === 'dark' ? 'rgb(31, 35, 41)' : 'rgb(255, 255, 255)');
          // At most three fact lines folded; the date written once per line (no line repeats its date below it).
          await shoot(card, line, `card-${c.slug}-${scheme}-${vp.width}x${vp.height}.png`, vp.width === 1280);
        }
      });
    }
  }

  it('"More" unfolds the rest of the lines, within half the window', async () => {
    await page.setViewportSize(VIEWPORTS[1]);
    await page.emulateMedia({ colorScheme: 'light' });
    const { card, line } = await open('EU', /recogni/i);
    const more = card.buttons.find((b) => /^More\s*\(\s*\d+\s*\)$/.test(b.text));
    expect(more, `a More button: ${card.buttons.map((b) => b.text).join(', ')}`).toBeDefined();
    await page.mouse.move(more!.box.x + more!.box.width / 2, more!.box.y + more!.box.height / 2, { steps: 4 });
    await page.mouse.click(more!.box.x + more!.box.width / 2, more!.box.y + more!.box.height / 2);
    await expect.poll(async () => (await probeCard(page))?.buttons.some((b) => /^More/.test(b.text))).toBe(false);
    const open2 = (await probeCard(page))!;
    heights['eu unfolded light 1024x640'] = Math.round(open2.box.height);
    expect(open2.text.length).toBeGreaterThan(card.text.length);
    expect(open2.box.height).toBeLessThanOrEqual(VIEWPORTS[1].height / 2 + 1);
    await shoot(open2, line, 'card-eu-more-light-1024x640.png', false);
  });
});
