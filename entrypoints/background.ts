/**
 * Background (MV3 service worker / MV2 event page): holds the knowledge base and answers the
 * content script and the popup.
 *
 * Why here and not in every tab: the index is large; parsing it once per browser (and again only
 * after the worker is stopped) costs less memory than a copy per tab, and page text only ever
 * crosses extension messaging, never the network.
 *
 * MV3 restarts: the worker may be stopped at any time. All state is a lazily created promise at
 * module scope, so the first message after a restart simply loads the index again. Listeners are
 * registered synchronously in main(), as the platform requires for wake-ups.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { todayPartial } from '../core/dates';
import { buildCard } from '../core/card/card-model';
import { articleDescription, findInArticle, inArticleCard, inArticleMentions } from '../core/linking/in-article';
import { createMatcher } from '../core/linking/matcher';
import { KnownNames, type KnownNamesFile } from '../core/linking/known-names';
import { KbFormatError, readIndex } from '../core/kb/kb-format';
import { fetchIndexBytes } from '../components/kb-file';
import { createNameSearch, type NameSearch } from '../core/kb/name-search';
import { FRAME_READY, type AnnotateReply, type BackgroundRequest, type Message, type SearchReply, type SearchResult } from '../core/messages';
import type { CardModel, CompiledEntity, KbFactShard, KbIndex, Matcher, Mention, PartialDate } from '../core/types';
import { shardOf } from '../core/types';

interface Loaded {
  index: KbIndex;
  matcher: Matcher;
}

/** Loads a JSON file shipped in the extension (`/kb/facts/<n>.json`). Injected so tests can feed it. */
export type JsonLoader = (path: string) => Promise<unknown>;
/** Loads the binary index (core/kb/kb-format.ts). Injected so tests can feed it. */
export type IndexLoader = () => Promise<Uint8Array>;

/** What a damaged index leaves: nothing to find, nothing to show. */
function emptyIndex(): KbIndex {
  return { version: 'unavailable', builtAt: '', entities: [], aliases: [], shardCount: 0, credits: [] };
}

const clock = () => performance.now();

/** Timings a bench reads from the worker (scripts/bench-worker.ts): User Timing, cheap and local. */
function measure(name: string, start: number, end: number): void {
  try {
    performance.measure(name, { start, end });
  } catch {
    // User Timing L3 missing (an old runtime): timings are optional.
  }
}

/** Most results a search returns: the popup shows a short list. */
const SEARCH_LIMIT = 10;

/**
 * The knowledge service, independent of the extension APIs so unit tests can drive it.
 * Everything is loaded on first use and memoized (a failed load is retried next time).
 */
export function createKbService(load: JsonLoader, loadIndex: IndexLoader) {
  let loaded: Promise<Loaded> | null = null;
  const shards = new Map<number, Promise<KbFactShard>>();
  let names: NameSearch | null = null;
  let measuredFirst = false;

  function kb(): Promise<Loaded> {
    if (!loaded) {
      loaded = (async () => {
        const t0 = clock();
        let index: KbIndex;
        let t1: number;
        try {
          const bytes = await loadIndex();
          t1 = clock();
          index = readIndex(bytes);
          // The known-names hints (issue 12) are optional: without them the matcher still runs.
          const namesFile = (await (load('/kb/names.json') as Promise<KnownNamesFile>).catch(() => null));
          if (namesFile?.hashes) index.knownNames = KnownNames.fromFile(namesFile);
        } catch (err) {
          // A damaged file fails the same way every time: say so once and mark nothing (a read
          // that failed for another reason is tried again by the next request).
          if (!(err instanceof KbFormatError)) throw err;
          console.warn(`${err.message}. Backstory marks nothing until the extension is reinstalled or updated.`);
          t1 = clock();
          index = emptyIndex();
        }
        const t2 = clock();
        const matcher = createMatcher(index);
        measure('backstory:index-read', t0, t1);
        measure('backstory:index-decode', t1, t2);
        measure('backstory:matcher-ready', t2, clock());
        return { index, matcher };
      })();
      loaded.catch(() => {
        loaded = null;
      });
    }
    return loaded;
  }

  function shard(n: number): Promise<KbFactShard> {
    let p = shards.get(n);
    if (!p) {
      p = (load(`/kb/facts/${n}.json`) as Promise<KbFactShard>).catch(() => {
        shards.delete(n);
        return {} as KbFactShard;
      });
      shards.set(n, p);
    }
    return p;
  }

  async function detail(id: string): Promise<KbFactShard[string] | undefined> {
    const { index } = await kb();
    if (!index.shardCount) return undefined;
    return (await shard(shardOf(id, index.shardCount)))[id];
  }

  async function card(id: string, published: PartialDate | null, articleIds: Iterable<string>): Promise<CardModel | null> {
    const { matcher } = await kb();
    const entity = matcher.entity(id);
    if (!entity) return null;
    return buildCard(entity, await detail(id), {
      asOf: published ?? todayPartial(),
      asOfIsToday: !published,
      articleIds: new Set(articleIds),
      nameOf: (other) => matcher.entity(other)?.name,
    });
  }

  async function annotate(text: string, published: PartialDate | null, lang?: string | null, inArticle = true): Promise<AnnotateReply> {
    const { index, matcher } = await kb();
    const t0 = clock();
    const mentions = matcher.find(text, { lang });
    const t1 = clock();
    const ids = [...new Set(mentions.map((m) => m.id))];
    const cards: Record<string, CardModel> = {};
    const built = await Promise.all(ids.map((id) => card(id, published, ids).catch(() => null)));
    // The first answer only: a long-lived page must not collect an entry per article.
    if (!measuredFirst) {
      measuredFirst = true;
      measure('backstory:find', t0, t1);
      measure('backstory:cards', t1, clock());
    }
    ids.forEach((id, i) => {
      const c = built[i];
      if (c) cards[id] = c;
    });
    // A mention without a card would open nothing: drop it rather than mark it.
    const linked = mentions.filter((m) => cards[m.id]);
    // The article's own words about a known entity ("the 32-year-old"): one line on its card.
    const byId = new Map<string, Mention[]>();
    for (const m of linked) byId.get(m.id)?.push(m) ?? byId.set(m.id, [m]);
    for (const [id, ms] of byId) {
      // People only: an appositive after a place or an organization too often describes something else.
      if (cards[id].type !== 'person') continue;
      const note = articleDescription(text, ms);
      if (note) cards[id] = { ...cards[id], articleNote: note };
    }
    // Without a knowledge base (a damaged index) nothing is marked: the in-article finder needs the
    // linked names around it, or it would take "Soviet Union" for an organization.
    if (!inArticle || index.entities.length === 0) return { mentions: linked, cards };
    // Names no KB holds, from the article itself (issue 17): around the linked ones, never over them.
    const own = findInArticle(text, mentions);
    const extra = own.flatMap(inArticleMentions);
    for (const e of own) cards[e.id] = inArticleCard(e, published ?? todayPartial(), !published);
    return { mentions: linked.concat(extra).sort((a, b) => a.start - b.start), cards };
  }

  async function search(query: string): Promise<SearchReply> {
    const q = query.trim();
    if (!q) return { results: [] };
    const { index } = await kb();
    // Built on the first search only: annotating never pays for it.
    names ??= createNameSearch(index);
    const hits = names.search(q, SEARCH_LIMIT);
    // Descriptions live with the facts: one small shard per result, cached like a card's.
    const details = await Promise.all(hits.map((h) => detail(index.entities[h.entity].id).catch(() => undefined)));
    return { results: hits.map((h, k) => toResult(index.entities[h.entity], details[k]?.description)) };
  }

  return { kb, annotate, card, search, detail };
}

function toResult(e: CompiledEntity, description = e.description): SearchResult {
  return { id: e.id, name: e.name, type: e.type, ...(description ? { description } : {}) };
}

export type KbService = ReturnType<typeof createKbService>;

/** Answers one message; `undefined` leaves it to another listener. */
export function handleMessage(service: KbService, msg: unknown): Promise<unknown> | undefined {
  if (!msg || typeof msg !== 'object') return undefined;
  const m = msg as BackgroundRequest;
  switch (m.type) {
    case 'annotate':
      if (typeof m.text !== 'string') return undefined;
      return service.annotate(m.text, m.published ?? null, typeof m.lang === 'string' ? m.lang : null, m.inArticle !== false);
    case 'card':
      if (typeof m.id !== 'string') return undefined;
      return service.card(m.id, m.published ?? null, Array.isArray(m.articleIds) ? m.articleIds : []);
    case 'search':
      if (typeof m.query !== 'string') return undefined;
      return service.search(m.query);
    default:
      return undefined;
  }
}

async function fetchExtensionJson(path: string): Promise<unknown> {
  // An extension URL (chrome-extension://…/kb/…): read from the package, not the network.
  const url = (browser.runtime.getURL as (p: string) => string)(path);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`Backstory: cannot read ${path} (${res.status})`);
  return res.json();
}

/** Where a message came from: a content script in a frame has a tab and a non-zero frameId. */
interface Sender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
  documentId?: string;
}

/**
 * Built by `wxt build`; the frame gate (entrypoints/frame-gate.ts) asks for them in a same-origin
 * article frame. The top page gets the same two files from the manifest.
 */
export const APP_FILES = { js: '/content-scripts/content.js', css: '/content-scripts/content.css' } as const;

/**
 * Claims the frame for the app in the extension's isolated world, once per document: true the first
 * time. Serialized into the frame by scripting.executeScript, so it must use nothing from outside.
 */
function claimFrame(): boolean {
  const g = globalThis as { __backstoryApp?: boolean };
  if (g.__backstoryApp) return false;
  g.__backstoryApp = true;
  return true;
}

/**
 * The app into one frame of a tab, on the gate's word: the marks stylesheet, then the script. The
 * document the gate ran in (Chromium's documentId) and not whatever the frame holds by now; a second
 * request for the same document injects nothing. Chromium MV3: `scripting`; Firefox MV2 also has
 * `scripting` (102+), with `tabs.executeScript` as the fallback.
 */
export async function injectIntoFrame(sender: Sender): Promise<void> {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (typeof tabId !== 'number' || typeof frameId !== 'number' || frameId === 0) return;
  const scripting = (browser as { scripting?: typeof browser.scripting }).scripting;
  if (scripting) {
    const target = sender.documentId ? { tabId, documentIds: [sender.documentId] } : { tabId, frameIds: [frameId] };
    const [claim] = await scripting.executeScript({ target, func: claimFrame });
    if (claim?.result !== true) return;
    await scripting.insertCSS({ target, files: [APP_FILES.css] });
    await scripting.executeScript({ target, files: [APP_FILES.js] });
    return;
  }
  const claimed = await browser.tabs.executeScript(tabId, { frameId, code: `(${claimFrame})()`, matchAboutBlank: true });
  if (claimed?.[0] !== true) return;
  await browser.tabs.insertCSS(tabId, { frameId, file: APP_FILES.css, matchAboutBlank: true });
  await browser.tabs.executeScript(tabId, { frameId, file: APP_FILES.js, matchAboutBlank: true });
}

/**
 * After an install or update, tabs that were open keep the page they had: Chromium runs no content
 * script in them, and an update leaves the old copy there cut off from the extension. Give each
 * one the app again (top frame, as the manifest does); the new copy stops the old one (see
 * entrypoints/content/index.ts). Pages we may not script (the browser's own, the store) refuse:
 * that is expected. Firefox already runs the manifest's content scripts in open tabs on install
 * and unloads an old copy itself, so this is for Chromium.
 */
export async function reinjectOpenTabs(): Promise<number> {
  const scripting = (browser as { scripting?: typeof browser.scripting }).scripting;
  if (!scripting || import.meta.env.BROWSER === 'firefox') return 0;
  let injected = 0;
  for (const tab of await browser.tabs.query({})) {
    if (typeof tab.id !== 'number' || tab.discarded) continue;
    const target = { tabId: tab.id };
    try {
      await scripting.insertCSS({ target, files: [APP_FILES.css] });
      await scripting.executeScript({ target, files: [APP_FILES.js] });
      injected++;
    } catch {
      // Not a page we may script.
    }
  }
  return injected;
}

export default defineBackground(() => {
  const service = createKbService(fetchExtensionJson, fetchIndexBytes);
  browser.runtime.onInstalled.addListener((details: { reason?: string }) => {
    if (details.reason !== 'install' && details.reason !== 'update') return;
    reinjectOpenTabs().catch((err: unknown) => console.debug('Backstory background: open tabs', err));
  });
  browser.runtime.onMessage.addListener((msg: unknown, sender: Sender) => {
    // Only our own content scripts, popup and options page: never other extensions or pages.
    if (sender.id !== browser.runtime.id) return undefined;
    if ((msg as Message | null)?.type === FRAME_READY) {
      injectIntoFrame(sender).catch((err: unknown) => console.debug('Backstory background: frame', err));
      return undefined;
    }
    const reply = handleMessage(service, msg);
    return reply?.catch((err: unknown) => {
      console.warn('Backstory background:', err);
      return null;
    });
  });
  // Start loading as soon as the worker starts (browser start, install, wake-up): the first
  // article's answer then waits less. A failed load is retried by the first message.
  service.kb().catch(() => {});
});
