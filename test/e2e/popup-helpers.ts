/**
 * Helpers for the popup and options end-to-end tests: find the demo tab's id, open the popup about
 * it (`popup.html?tab=<id>`, since a popup opened as a page has no active tab of its own), and count
 * Backstory's marks in a page (CSS Custom Highlights live in the page's own registry).
 */
import type { Page } from 'playwright-core';
import type { Launched } from './harness';

/** The id of the tab whose content script answers `cast` for `host` (asked from the service worker). */
export async function tabIdForHost(l: Launched, host: string): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const id = await l.serviceWorker.evaluate(async (h) => {
      const c = (globalThis as any).chrome;
      for (const tab of await c.tabs.query({})) {
        try {
          const reply = await c.tabs.sendMessage(tab.id, { type: 'cast' });
          if (reply?.host === h) return tab.id as number;
        } catch {
          // no content script in that tab
        }
      }
      return null;
    }, host);
    if (id != null) return id;
    await new Promise((r) => setTimeout(r, 100)); // the content script may still be starting
  }
  throw new Error(`no tab answers cast for ${host}`);
}

/** The content script's current cast reply for a tab. */
export async function castOf(l: Launched, tabId: number): Promise<{ host: string; enabled: boolean; cast: { name: string; count: number }[] } | null> {
  return l.serviceWorker.evaluate(async (id) => {
    try {
      return await (globalThis as any).chrome.tabs.sendMessage(id, { type: 'cast' });
    } catch {
      return null;
    }
  }, tabId);
}

/** How many ranges Backstory has registered in the page, over all its highlights (minus focus/flash). */
export function markCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    const registry = (CSS as any).highlights as Map<string, Set<unknown>> | undefined;
    if (!registry) return -1;
    registry.forEach((h, name) => {
      if (name.startsWith('mk-') && name !== 'mk-focus' && name !== 'mk-flash') n += h.size;
    });
    return n;
  });
}

/** Ranges registered under one highlight name. */
export function highlightSize(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => ((CSS as any).highlights?.get(n)?.size as number | undefined) ?? 0, name);
}

export async function storedSettings(l: Launched): Promise<any> {
  return l.serviceWorker.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('settings')).settings);
}

export async function openPopup(l: Launched, tabId: number): Promise<Page> {
  const popup = await l.context.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.goto(`chrome-extension://${l.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** Ranges marking one entity type, whatever the mark style (`mk-<type>`, `mk-<type>-dotted`, ...). */
export function typeMarkCount(page: Page, type: string): Promise<number> {
  return page.evaluate((t) => {
    let n = 0;
    (CSS as any).highlights?.forEach((h: Set<unknown>, name: string) => {
      if (name === `mk-${t}` || name.startsWith(`mk-${t}-`)) n += h.size;
    });
    return n;
  }, type);
}
