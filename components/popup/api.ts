/**
 * The popup's conversations: with the active tab's content script (cast, reveal) and with the
 * background (search, card). Every call resolves; a page without our content script (chrome://,
 * the Web Store, a PDF, a tab still loading) answers `null` instead of throwing.
 */
import { browser } from 'wxt/browser';
import type { CardModel, EntityType, Message, PartialDate } from '../../core/types';

export interface CastEntry {
  id: string;
  name: string;
  type: EntityType;
  count: number;
  /** A name from the article itself, not the knowledge base (issue 17). */
  fromArticle?: boolean;
}

/** The content script's answer to `{type:'cast'}`. */
export interface CastReply {
  host: string;
  enabled: boolean;
  published: PartialDate | null;
  cast: CastEntry[];
}

export interface SearchResult {
  id: string;
  name: string;
  type: EntityType;
  description?: string;
}

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

function isCastReply(x: unknown): x is CastReply {
  const r = x as CastReply | null;
  return !!r && typeof r === 'object' && typeof r.host === 'string' && Array.isArray(r.cast);
}

/**
 * The popup talks about the top page: its app answers. Article frames of the same site run their
 * own app, which must not be asked (the first answer from any frame would win).
 */
const TOP_FRAME = { frameId: 0 };

/** Ask the tab's content script for the article's cast; null when nothing of ours runs there. */
export async function askCast(tabId: number): Promise<CastReply | null> {
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, { type: 'cast' } satisfies Message, TOP_FRAME);
    if (!isCastReply(reply)) return null;
    const cast = reply.cast.filter(
      (e) => e && typeof e.id === 'string' && typeof e.name === 'string' && typeof e.count === 'number',
    );
    return { ...reply, cast };
  } catch {
    return null;
  }
}

/** Scroll the page to the entity's first mention and flash it. */
export async function reveal(tabId: number, id: string): Promise<boolean> {
  try {
    await browser.tabs.sendMessage(tabId, { type: 'reveal', id } satisfies Message, TOP_FRAME);
    return true;
  } catch {
    return false;
  }
}

export async function searchKb(query: string): Promise<SearchResult[]> {
  if (!query.trim()) return [];
  try {
    const reply = (await browser.runtime.sendMessage({ type: 'search', query } satisfies Message)) as
      | { results?: SearchResult[] }
      | undefined;
    return Array.isArray(reply?.results) ? reply.results : [];
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
    const message: Message = { type: 'card', id, published: context.published, articleIds: context.articleIds };
    const model = (await browser.runtime.sendMessage(message)) as
      | CardModel
      | undefined;
    return model && typeof model === 'object' && Array.isArray(model.lines) ? model : null;
  } catch {
    return null;
  }
}
