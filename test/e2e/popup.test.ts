/**
 * The toolbar popup against the built extension in Chromium and the demo article: the cast with its
 * counts, reveal, the per-site switch (live, and across a browser restart), pause, and the search.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Launched } from './harness';
import { castOf, highlightSize, markCount, openPopup, storedSettings, tabIdForHost } from './popup-helpers';
import { startDemoServer } from '../../scripts/demo-server';

const POLL = { timeout: 20_000, interval: 100 };

let server: { url: string; close(): Promise<void> };
let l: Launched;
let demo: Page;
let tabId: number;

async function openDemo(): Promise<void> {
  demo = await l.context.newPage();
  await demo.goto(`${server.url}/demo/panjshir.html`);
  tabId = await tabIdForHost(l, '127.0.0.1');
}

beforeAll(async () => {
  server = await startDemoServer();
  l = await launchWithExtension();
  await openDemo();
});

afterAll(async () => {
  await l?.close();
  await server?.close();
});

describe('popup', () => {
  it('lists the article cast grouped by type, with mention counts', async () => {
    await expect.poll(() => markCount(demo), POLL).toBeGreaterThan(0);
    const popup = await openPopup(l, tabId);
    const cast = popup.getByTestId('cast');
    await expect.poll(() => cast.locator('.cast-item').count(), POLL).toBeGreaterThan(5);
    const titles = await cast.locator('.group-title').allTextContents();
    expect(titles.map((t) => t.replace(/\s*\d+$/, ''))).toEqual(['People', 'Places', 'Organizations']);
    // Every entity the content script found, with its count, and nothing else.
    const reply = await castOf(l, tabId);
    const shown = await cast.locator('.cast-item').evaluateAll((els) => els.map((e) => `${e.querySelector('.cast-name')!.textContent}=${e.querySelector('.count')!.textContent}`));
    expect(shown.sort()).toEqual(reply!.cast.map((e) => `${e.name}=${e.count}`).sort());
    // The gold has 17 mentions of the Taliban by name; "Islamic Emirate" (its own name for its
    // government, optional in the gold) may link to it too.
    const taliban = cast.locator('.group[data-group="organization"] .cast-item', { has: popup.locator('.cast-name', { hasText: /^Taliban$/ }) });
    const count = Number(await taliban.locator('.count').textContent());
    expect(count).toBeGreaterThanOrEqual(17);
    expect(count).toBeLessThanOrEqual(18);
    expect(await taliban.getAttribute('aria-label')).toBe(`Taliban, ${count} mentions`);
    expect(await cast.locator('.group[data-group="organization"] .cast-name').first().textContent()).toBe('Taliban');
    await expect.poll(() => cast.locator('.group[data-group="person"] .cast-name').allTextContents(), POLL).toContain('Ahmad Shah Massoud');
    expect(await popup.getByRole('switch', { name: /On for this site/ }).isChecked()).toBe(true);
    expect(await popup.locator('.switch-hint').first().textContent()).toBe('127.0.0.1');
    await popup.close();
  });

  it('reveals an entity: clicking it flashes its first mention in the page', async () => {
    const popup = await openPopup(l, tabId);
    const item = popup.locator('.cast-item', { hasText: 'Ahmad Shah Massoud' });
    await item.click();
    await expect.poll(() => highlightSize(demo, 'mk-flash'), POLL).toBe(1);
    await popup.close();
  });

  it('switches this site off and on live, without a reload', async () => {
    const before = await markCount(demo);
    expect(before).toBeGreaterThan(0);
    const popup = await openPopup(l, tabId);
    const site = popup.getByRole('switch', { name: /On for this site/ });
    await expect.poll(() => site.isEnabled(), POLL).toBe(true);
    await site.click();
    await expect.poll(() => markCount(demo), POLL).toBe(0);
    expect((await storedSettings(l)).sites).toEqual({ '127.0.0.1': false });
    await expect.poll(() => popup.getByTestId('cast').textContent(), POLL).toContain('off for this site');

    await site.click();
    await expect.poll(() => markCount(demo), POLL).toBe(before);
    await expect.poll(() => popup.locator('.cast-item').count(), POLL).toBeGreaterThan(5);
    await popup.close();
  });

  it('pauses everywhere and resumes', async () => {
    const popup = await openPopup(l, tabId);
    const pause = popup.getByRole('switch', { name: /Pause everywhere/ });
    await expect.poll(() => pause.isEnabled(), POLL).toBe(true);
    await pause.click();
    await expect.poll(() => markCount(demo), POLL).toBe(0);
    expect((await storedSettings(l)).paused).toBe(true);
    await pause.click();
    await expect.poll(() => markCount(demo), POLL).toBeGreaterThan(0);
    await popup.close();
  });

  it('searches the knowledge base with a typo and shows the card', async () => {
    const popup = await openPopup(l, tabId);
    await popup.getByRole('searchbox', { name: 'Search the knowledge base' }).fill('Massud');
    const result = popup.locator('.result', { has: popup.locator('.result-name', { hasText: /^Ahmad Shah Massoud$/ }) });
    await result.waitFor({ timeout: POLL.timeout });
    await result.click();
    const card = popup.getByTestId('search-card');
    await card.locator('.name').waitFor({ timeout: POLL.timeout });
    expect(await card.locator('.name').textContent()).toBe('Ahmad Shah Massoud');
    expect((await card.locator('.card').textContent())?.toLowerCase()).toMatch(/assassinat/);
    // He is in the open article, so his card is the one hovering gives: as of the article's date.
    expect(await card.locator('.asof-note').textContent()).toContain('22 August 2021');
    await popup.close();
  });

  it('keeps the site switch across a browser restart', async () => {
    let popup = await openPopup(l, tabId);
    const site = popup.getByRole('switch', { name: /On for this site/ });
    await expect.poll(() => site.isEnabled(), POLL).toBe(true);
    await site.click();
    await expect.poll(() => markCount(demo), POLL).toBe(0);

    const { userDataDir } = l;
    await l.close();
    l = await launchWithExtension({ userDataDir });
    await openDemo();
    // The content script is up (it answered), has read the stored switch, and marks nothing.
    await expect.poll(async () => (await castOf(l, tabId))?.enabled, POLL).toBe(false);
    expect(await markCount(demo)).toBe(0);

    popup = await openPopup(l, tabId);
    const again = popup.getByRole('switch', { name: /On for this site/ });
    await expect.poll(() => again.isEnabled(), POLL).toBe(true);
    expect(await again.isChecked()).toBe(false);
    await again.click();
    await expect.poll(() => markCount(demo), POLL).toBeGreaterThan(0);
    await popup.close();
  });

  it('says so kindly on a page without the content script', async () => {
    // about:blank stands in for chrome:// pages and the like: no content script runs there.
    const blank = await l.context.newPage();
    await blank.goto('about:blank');
    const blankId = await l.serviceWorker.evaluate(async () => {
      const tabs = await (globalThis as any).chrome.tabs.query({});
      return Math.max(...tabs.map((t: { id: number }) => t.id));
    });
    const popup = await openPopup(l, blankId);
    await popup.getByTestId('cast-unavailable').waitFor({ timeout: POLL.timeout });
    expect(await popup.getByRole('switch', { name: /On for this site/ }).isDisabled()).toBe(true);
    await popup.close();
    await blank.close();
  });
});
