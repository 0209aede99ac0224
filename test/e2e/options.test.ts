/**
 * The options page against the built extension in Chromium: every change reaches the open demo tab
 * live (mark style, types, sites), the hover delay is stored, the data section reads the bundled
 * index, and corrections can be exported (a blob download) and cleared.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Page } from 'playwright-core';
import { CHROME_BUILD, launchWithExtension, type Launched } from './harness';
import { highlightSize, markCount, storedSettings, tabIdForHost, typeMarkCount } from './popup-helpers';
import { startDemoServer } from '../../scripts/demo-server';
import { readIndex } from '../../core/kb/kb-format';
import { readIndexBytes } from '../../scripts/lib/load-kb';

const POLL = { timeout: 20_000, interval: 100 };

let server: { url: string; close(): Promise<void> };
let l: Launched;
let demo: Page;
let options: Page;

beforeAll(async () => {
  server = await startDemoServer();
  l = await launchWithExtension();
  demo = await l.context.newPage();
  await demo.goto(`${server.url}/demo/panjshir.html`);
  await tabIdForHost(l, '127.0.0.1');
  await demo.waitForFunction(() => (CSS as any).highlights.size > 0, null, { timeout: POLL.timeout });
  options = await l.context.newPage();
  await options.goto(`chrome-extension://${l.extensionId}/options.html`);
});

afterAll(async () => {
  await l?.close();
  await server?.close();
});

describe('options page', () => {
  it('changes the mark style live in the open tab', async () => {
    expect(await highlightSize(demo, 'mk-organization')).toBeGreaterThan(0);
    await options.getByRole('radio', { name: 'Dotted underline' }).check();
    await expect.poll(() => highlightSize(demo, 'mk-organization-dotted'), POLL).toBeGreaterThan(0);
    expect(await highlightSize(demo, 'mk-organization')).toBe(0);
    expect((await storedSettings(l)).markStyle).toBe('dotted');
    expect(await options.getByTestId('mark-preview').getAttribute('data-style')).toBe('dotted');

    await options.getByRole('radio', { name: 'Underline', exact: true }).check();
    await expect.poll(() => highlightSize(demo, 'mk-organization'), POLL).toBeGreaterThan(0);
  });

  it('stops marking a type live', async () => {
    const orgs = await typeMarkCount(demo, 'organization');
    const all = await markCount(demo);
    expect(orgs).toBeGreaterThan(0);
    await options.getByRole('checkbox', { name: 'Organizations' }).uncheck();
    await expect.poll(() => typeMarkCount(demo, 'organization'), POLL).toBe(0);
    expect(await markCount(demo)).toBe(all - orgs);
    await options.getByRole('checkbox', { name: 'Organizations' }).check();
    await expect.poll(() => markCount(demo), POLL).toBe(all);
  });

  it('stores the hover delay from the slider', async () => {
    const slider = options.getByRole('slider');
    await slider.focus();
    await slider.press('ArrowRight');
    await slider.press('ArrowRight');
    await expect.poll(async () => (await storedSettings(l)).hoverDelayMs, POLL).toBe(600);
    expect(await options.locator('output').textContent()).toBe('600 ms');
  });

  it('lists a site switched off, and removing it brings the marks back', async () => {
    await options.getByRole('textbox', { name: 'Site to switch off' }).fill('http://127.0.0.1:1234/demo');
    await options.getByRole('button', { name: 'Switch off there' }).click();
    await expect.poll(() => markCount(demo), POLL).toBe(0);
    const row = options.locator('.site[data-host="127.0.0.1"]');
    await row.waitFor();
    expect(await row.getByRole('switch').isChecked()).toBe(false);
    await row.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await expect.poll(() => markCount(demo), POLL).toBeGreaterThan(0);
    await row.waitFor({ state: 'detached' });
    expect((await storedSettings(l)).sites).toEqual({});
  });

  it('shows the data version, entity counts and credits of the bundled index', async () => {
    const index = readIndex(readIndexBytes(path.join(CHROME_BUILD, 'kb')));
    const count = (t: string) => index.entities.filter((e) => e.type === t).length;
    await options.getByTestId('kb-version').waitFor();
    expect(await options.getByTestId('kb-version').textContent()).toBe(index.version);
    expect(await options.getByTestId('count-person').textContent()).toBe(count('person').toLocaleString('en'));
    expect(await options.getByTestId('count-organization').textContent()).toBe(count('organization').toLocaleString('en'));
    const credits = await options.locator('.credits tbody tr').count();
    expect(credits).toBe(index.credits.length);
  });

  it('links the privacy policy, a page inside the package', async () => {
    const link = options.getByTestId('privacy-link');
    const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
    expect(href).toBe(new URL('privacy.html', options.url()).href);
    const page = await options.context().newPage();
    await page.goto(href);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Backstory privacy policy');
    expect(await page.locator('h2').allTextContents()).toEqual(expect.arrayContaining(['What it reads', 'What it stores', 'What never leaves your browser']));
    await page.close();
  });

  it('lists corrections, exports them as JSON and clears them', async () => {
    const corrections = [
      { url: `${server.url}/demo/panjshir.html`, text: 'Massoud', id: 'Q-test-1', at: '2026-11-20T10:00:00.000Z' },
      { url: 'https://news.example/x', text: 'Georgia', id: 'Q-test-2', at: Date.parse('2026-11-24T10:00:00Z') },
    ];
    await l.serviceWorker.evaluate((c) => (globalThis as any).chrome.storage.local.set({ corrections: c }), corrections);
    await expect.poll(() => options.locator('.correction').count(), POLL).toBe(2);

    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export as JSON' }).click()]);
    expect(download.url()).toMatch(/^blob:chrome-extension:/);
    expect(download.suggestedFilename()).toMatch(/^backstory-corrections-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(exported.corrections).toEqual([corrections[1], corrections[0]]);

    await options.getByRole('button', { name: 'Clear…' }).click();
    await options.getByRole('button', { name: 'Clear all 2' }).click();
    await expect.poll(() => options.locator('.correction').count(), POLL).toBe(0);
    expect(await l.serviceWorker.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('corrections')).corrections)).toBeUndefined();
  });
});
