/**
 * The popup's conversations: with the active tab's content script (cast, reveal) and with the
 * background (search, card). Every call resolves; a page without our content script (chrome://,
 * the Web Store, a PDF, a tab still loading) answers `null` instead of throwing.
 */
import { browser } from 'wxt/browser';
import type { CastReply, SearchResult } from '../../core/messages';
import type { CardModel, PartialDate } from '../../core/types';
import { askBackground, askTab } from '../messaging';

/**
 * The tab the popup talks about. `?tab=<id>` overrides the active tab: end-to-end tests open
 * popup.html as an ordinary tab, which has no active tab of its own. (popup.html is not
 * web-accessible, so only the extension itself and the test harness can open it with a parameter.)
 */
export async function resolveTabId(search: string): Promise<number | null> {
  const override = new URLSearchParams(search).get('tab');
  if (override && /^\d+$/.test(override)) return Number(override);
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  } catch {
    return null;
  }
}

/**
 * The popup talks about the top page: its app answers. Article frames of the same site run their
 * own app, which must not be asked (the first answer from any frame would win).
 */
const TOP_FRAME = 0;

/** Ask the tab's content script for the article's cast; null when nothing of ours runs there. */
export async function askCast(tabId: number): Promise<CastReply | null> {
  try {
    return (await askTab(tabId, { type: 'cast' }, TOP_FRAME)) ?? null;
  } catch {
    return null;
  }
}

/** Scroll the page to the entity's first mention and flash it. */
export async function reveal(tabId: number, id: string): Promise<boolean> {
  try {
    await askTab(tabId, { type: 'reveal', id }, TOP_FRAME);
    return true;
  } catch {
    return false;
  }
}

/** Asked once, no retries: the reader is waiting on the popup. */
const ONCE: number[] = [];

export async function searchKb(query: string): Promise<SearchResult[]> {
  if (!query.trim()) return [];
  try {
    return (await askBackground({ type: 'search', query }, ONCE)).results;
  } catch {
    return [];
  }
}

/** The entity's card for a search result: as of today with no article context, unless the entity is
 *  in the open article, where it gets the same card as on hover (the article's date and cast). */
export async function fetchCard(
  id: string,
  context: { published: PartialDate | null; articleIds: string[] } = { published: null, articleIds: [] },
): Promise<CardModel | null> {
  try {
    return await askBackground({ type: 'card', id, published: context.published, articleIds: context.articleIds }, ONCE);
  } catch {
    return null;
  }
}
