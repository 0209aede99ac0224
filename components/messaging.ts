/**
 * The sending side of core/messages.ts: one typed call per direction, each reply checked before
 * anyone reads it. Used by the content script (annotate) and the popup (search, card; cast, reveal).
 */
import { browser } from 'wxt/browser';
import { BACKGROUND_REPLIES, CONTENT_REPLIES, type BackgroundCalls, type ContentCalls } from '../core/messages';

/** The extension context is still there (gone after the extension is reloaded, updated or removed). */
export function extensionAlive(): boolean {
  try {
    return !!browser.runtime?.id;
  } catch {
    return false;
  }
}

/** An answer that never comes (a worker stopped mid-answer) counts as failed after this long. */
const ANSWER_TIMEOUT_MS = 15_000;

/** The content script's retries: right after install or update a worker may still be starting. */
export const RETRY_DELAYS_MS = [150, 500, 1500, 3000];

/**
 * Asks the background, retrying with backoff (`delays`; [] asks once): right after install or
 * update, or while an MV3 worker is starting, the first message can find no listener ("Receiving
 * end does not exist"); a worker stopped mid-answer loses the answer (an error, an empty reply or
 * none at all). The reply is checked (core/messages.ts). Throws after the last attempt, or at once
 * when the extension context is gone.
 */
export async function askBackground<K extends keyof BackgroundCalls>(
  request: BackgroundCalls[K]['request'] & { type: K },
  delays: readonly number[] = RETRY_DELAYS_MS,
): Promise<BackgroundCalls[K]['reply']> {
  const valid = BACKGROUND_REPLIES[request.type] as (x: unknown) => BackgroundCalls[K]['reply'] | undefined;
  for (let attempt = 0; ; attempt++) {
    let failure: unknown;
    try {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const lost = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('no answer')), ANSWER_TIMEOUT_MS);
      });
      const reply = valid(await Promise.race([browser.runtime.sendMessage(request), lost]).finally(() => clearTimeout(timer)));
      if (reply !== undefined) return reply;
      failure = new Error('empty answer');
    } catch (e) {
      failure = e;
    }
    if (attempt >= delays.length || !extensionAlive()) throw failure;
    await new Promise((r) => setTimeout(r, delays[attempt]));
  }
}

/**
 * Asks a tab's content script: the checked reply, or undefined when what came back is not one.
 * Throws when nothing of ours runs there (chrome://, the Web Store, a PDF, a tab still loading).
 */
export async function askTab<K extends keyof ContentCalls>(
  tabId: number,
  request: ContentCalls[K]['request'] & { type: K },
  frameId: number,
): Promise<ContentCalls[K]['reply'] | undefined> {
  const valid = CONTENT_REPLIES[request.type] as (x: unknown) => ContentCalls[K]['reply'] | undefined;
  return valid(await browser.tabs.sendMessage(tabId, request, { frameId }));
}
