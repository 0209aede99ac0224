/**
 * `npm run store:icons`: draws the toolbar/store icon as SVG and renders public/icon/{16,32,48,128}.png
 * with headless Chromium (playwright-core, the same browser the tests use). The drawing is a news
 * line with one name underlined and a card above it, Backstory's whole idea. Small sizes get a
 * simpler drawing on a whole-pixel grid (a card and an underline), because the detail of the 128 px
 * drawing turns to mush at 16 px. Padding follows the Chrome Web Store's icon guidance: the
 * artwork fills 96 of 128 px (12.5% transparent margin each side), less at the smaller sizes where
 * every pixel counts. docs/store/icon.svg is the 128 px drawing, written by this script.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../test/e2e/harness';

const ROOT = path.resolve(import.meta.dirname, '..');
const BLUE = '#2563c9';
const INK = '#ffffff';
const MARK = '#ffc94a';
const SOFT = '#9dbcf2';

/** The icon at one size, in that size's own pixel grid. */
export function iconSvg(size: number): string {
  const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">${body}</svg>`;
  if (size <= 16) {
    // 1 px margin; a 14 px tile: a card (white) over an underlined name (amber).
    return svg(
      `<rect x="1" y="1" width="14" height="14" rx="3" fill="${BLUE}"/>` +
        `<rect x="4" y="3" width="8" height="5" rx="1" fill="${INK}"/>` +
        `<path d="M7 8h2l-1 1.5z" fill="${INK}"/>` +
        `<rect x="3" y="11" width="10" height="2" rx="1" fill="${MARK}"/>`,
    );
  }
  if (size <= 32) {
    // 2 px margin; 28 px tile.
    return svg(
      `<rect x="2" y="2" width="28" height="28" rx="6" fill="${BLUE}"/>` +
        `<rect x="7" y="6" width="18" height="11" rx="2" fill="${INK}"/>` +
        `<rect x="10" y="9" width="12" height="2" rx="1" fill="${SOFT}"/>` +
        `<rect x="10" y="13" width="8" height="1.5" rx="0.75" fill="${SOFT}"/>` +
        `<path d="M14 17h4l-2 2.5z" fill="${INK}"/>` +
        `<rect x="7" y="21" width="18" height="3" rx="1.5" fill="${INK}"/>` +
        `<rect x="7" y="25" width="18" height="2" rx="1" fill="${MARK}"/>`,
    );
  }
  // 48 and 128: drawn on a 128 grid, 16 px margin, scaled.
  const s = size / 128;
  return svg(
    `<g transform="scale(${s})">` +
      `<rect x="16" y="16" width="96" height="96" rx="22" fill="${BLUE}"/>` +
      // The card, with a title line and two text lines, and its pointer.
      `<rect x="30" y="28" width="68" height="40" rx="7" fill="${INK}"/>` +
      `<rect x="38" y="36" width="36" height="7" rx="3.5" fill="${BLUE}"/>` +
      `<rect x="38" y="48" width="52" height="4" rx="2" fill="${SOFT}"/>` +
      `<rect x="38" y="56" width="40" height="4" rx="2" fill="${SOFT}"/>` +
      `<path d="M56 68h16l-8 9z" fill="${INK}"/>` +
      // The line of news text: words, one of them the marked name.
      `<rect x="28" y="82" width="14" height="8" rx="4" fill="${SOFT}"/>` +
      `<rect x="46" y="80" width="36" height="11" rx="3" fill="${INK}"/>` +
      `<rect x="86" y="82" width="14" height="8" rx="4" fill="${SOFT}"/>` +
      `<rect x="46" y="94" width="36" height="5" rx="2.5" fill="${MARK}"/>` +
      `</g>`,
  );
}

export const ICON_SIZES = [16, 32, 48, 128];

async function main(): Promise<void> {
  fs.mkdirSync(path.join(ROOT, 'docs/store'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'docs/store/icon.svg'), iconSvg(128) + '\n');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const size of ICON_SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<html><body style="margin:0;background:transparent">${iconSvg(size)}</body></html>`);
      const file = path.join(ROOT, 'public/icon', `${size}.png`);
      await page.locator('svg').screenshot({ path: file, omitBackground: true });
      console.log(`wrote ${path.relative(ROOT, file)} (${size}×${size}, ${fs.statSync(file).size} bytes)`);
    }
  } finally {
    await browser.close();
  }
}

if ((process.argv[1] ?? '').endsWith('store-icons.ts')) await main();
