/**
 * `npm run store:screenshots`: the store screenshots, 1280×800 (the size both stores take), made from
 * the demo page with the built extension (run `npm run build` first) in headless Chromium:
 *
 *   1-card-light.png   the demo article with its marks and a card open
 *   2-card-dark.png    the same in dark mode, another card
 *   3-popup.png        the toolbar popup (cast and search) beside the article
 *   4-options.png      the options page
 *
 * Written to docs/store/screenshots/ (left out of the sources zip, see wxt.config.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_PATH, ROOT, startDemoServer } from './demo-server';
import { launchWithExtension, type Launched } from '../test/e2e/harness';
import { hoverMark, readShadowText, waitForMarks } from '../test/e2e/pages/inspect';
import { openPopup, tabIdForHost } from '../test/e2e/popup-helpers';

const SIZE = { width: 1280, height: 800 };
const OUT = path.join(ROOT, 'docs/store/screenshots');

async function until<T>(what: string, get: () => Promise<T>, ok: (v: T) => boolean, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = await get();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`store-screenshots: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The demo article, marked, with the card of `name` open. */
async function articleWithCard(l: Launched, url: string, name: string): Promise<Page> {
  const page = l.context.pages()[0] ?? (await l.context.newPage());
  await page.setViewportSize(SIZE);
  await page.emulateMedia({ reducedMotion: 'reduce' }); // the card is drawn at once, not mid-fade
  await page.goto(url);
  if ((await waitForMarks(page, { timeout: 20_000 })) === 0) throw new Error('store-screenshots: nothing marked on the demo page (npm run build first?)');
  if (!(await hoverMark(page, name))) throw new Error(`store-screenshots: "${name}" is not marked`);
  await until(`the card of ${name}`, () => readShadowText(page), (t) => t.some((line) => line.includes(name)));
  return page;
}

async function shoot(page: Page, file: string): Promise<void> {
  await page.screenshot({ path: path.join(OUT, file) });
  console.log(`wrote ${path.relative(ROOT, path.join(OUT, file))}`);
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const server = await startDemoServer();
  const url = `${server.url}${DEMO_PATH}`;
  try {
    for (const scheme of ['light', 'dark'] as const) {
      const l = await launchWithExtension({ colorScheme: scheme, viewport: SIZE });
      try {
        const page = await articleWithCard(l, url, scheme === 'light' ? 'Ahmad Shah Massoud' : 'Ahmad Massoud');
        await shoot(page, scheme === 'light' ? '1-card-light.png' : '2-card-dark.png');
        if (scheme === 'dark') continue;

        // The popup as the toolbar shows it, laid over the article's top-right corner.
        await page.mouse.move(5, 5);
        await page.keyboard.press('Escape');
        await until('the card to close', () => readShadowText(page), (t) => t.length === 0);
        const article = (await page.screenshot()).toString('base64');
        const tabId = await tabIdForHost(l, new URL(url).hostname);
        const popup = await openPopup(l, tabId);
        await popup.getByText('Ahmad Shah Massoud').first().waitFor();
        const box = await popup.evaluate(() => ({ width: document.documentElement.scrollWidth, height: Math.min(document.documentElement.scrollHeight, 640) }));
        const shot = (await popup.screenshot({ clip: { x: 0, y: 0, ...box } })).toString('base64');
        await popup.close();
        const stage = await l.context.newPage();
        await stage.setViewportSize(SIZE);
        await stage.setContent(
          `<body style="margin:0;width:${SIZE.width}px;height:${SIZE.height}px;overflow:hidden;background:url(data:image/png;base64,${article}) no-repeat">` +
            `<div style="position:absolute;inset:0;background:rgba(20,24,31,.28)"></div>` +
            `<img src="data:image/png;base64,${shot}" style="position:absolute;top:16px;right:24px;width:${box.width}px;border-radius:8px;box-shadow:0 12px 40px rgba(0,0,0,.35)">` +
            `</body>`,
        );
        await stage.locator('img').evaluate((img: HTMLImageElement) => img.decode());
        await shoot(stage, '3-popup.png');
        await stage.close();

        const options = await l.context.newPage();
        await options.setViewportSize(SIZE);
        await options.goto(`chrome-extension://${l.extensionId}/options.html`);
        await options.getByTestId('kb-version').waitFor();
        await shoot(options, '4-options.png');
      } finally {
        await l.close();
      }
    }
  } finally {
    await server.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
