/**
 * The popup's questions to the top frame's app (core/messages.ts, popup → content): the article's
 * cast and "reveal" (scroll to a name's first mention). Only our own extension's messages are read.
 */
import { browser } from 'wxt/browser';
import type { CastEntry, CastReply, ContentRequest } from '../../core/messages';
import { onAbort, type Page } from './page';
import { report } from './safe';

/** The names marked on the page, most mentioned first. */
export function castOf(page: Page): CastReply {
  const { layer, cards } = page;
  const counts = new Map<string, number>();
  for (const m of layer.all()) {
    if (layer.hiddenIds.has(m.mention.id) || (!layer.inArticle && m.mention.via === 'article')) continue;
    counts.set(m.mention.id, (counts.get(m.mention.id) ?? 0) + 1);
  }
  const cast: CastEntry[] = [];
  for (const [id, count] of counts) {
    const c = cards[id];
    if (c) cast.push({ id, name: c.name, type: c.type, count, ...(c.fromArticle ? { fromArticle: true } : {}) });
  }
  cast.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { host: page.siteHost, enabled: page.enabled, published: page.published, cast };
}

/** Answers the popup until `signal` aborts. */
export function answerPopup(page: Page, reveal: (id: string) => boolean, signal: AbortSignal): void {
  const listener = (msg: unknown, sender: { id?: string }): Promise<unknown> | undefined => {
    if (sender.id !== browser.runtime.id || !msg || typeof msg !== 'object') return undefined;
    const m = msg as Partial<ContentRequest> & { id?: unknown };
    try {
      if (m.type === 'cast') return Promise.resolve(castOf(page));
      if (m.type === 'reveal' && typeof m.id === 'string') return Promise.resolve({ ok: reveal(m.id) });
    } catch (e) {
      report('message', e);
      return Promise.resolve(null);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  onAbort(signal, () => browser.runtime.onMessage.removeListener(listener));
}
