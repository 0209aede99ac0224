/**
 * Every message between the extension's parts, defined once: who asks whom, what they send and
 * what comes back, and a check for each reply (a worker stopped mid-answer or a page without our
 * content script answers nothing, or something else). Pure types and validators: the sending side
 * lives in components/messaging.ts (`askBackground`, `askTab`).
 *
 * Directions (after hypothesis/client's per-direction port calls):
 *   content script → background   annotate
 *   popup          → background   search, card
 *   popup          → content      cast, reveal   (top frame only)
 *   frame gate     → background   frame-ready    (no reply)
 * Every receiver checks `sender.id === browser.runtime.id` before reading a message.
 */
import type { CardModel, EntityType, Mention, PartialDate } from './types';

/** One name in the popup's cast list: the content script counts the marks of each entity. */
export interface CastEntry {
  id: string;
  name: string;
  type: EntityType;
  count: number;
  /** A name from the article itself, not the knowledge base (issue 17). */
  fromArticle?: boolean;
}

/** One hit of the popup's search. */
export interface SearchResult {
  id: string;
  name: string;
  type: EntityType;
  description?: string;
}

// ---- content script → background ----

export interface AnnotateRequest {
  type: 'annotate';
  text: string;
  published: PartialDate | null;
  lang?: string | null;
  inArticle?: boolean;
}
export interface AnnotateReply {
  mentions: Mention[];
  cards: Record<string, CardModel>;
}

// ---- popup → background ----

export interface SearchRequest {
  type: 'search';
  query: string;
}
export interface SearchReply {
  results: SearchResult[];
}
export interface CardRequest {
  type: 'card';
  id: string;
  published: PartialDate | null;
  articleIds: string[];
}
export type CardReply = CardModel | null;

// ---- popup → content script ----

export interface CastRequest {
  type: 'cast';
}
export interface CastReply {
  host: string;
  enabled: boolean;
  published: PartialDate | null;
  cast: CastEntry[];
}
export interface RevealRequest {
  type: 'reveal';
  id: string;
}
export interface RevealReply {
  ok: boolean;
}

// ---- frame gate → background ----

/** The gate's message: this frame is a same-origin article frame; inject the app. */
export const FRAME_READY = 'frame-ready';
export interface FrameReadyMessage {
  type: typeof FRAME_READY;
}

/** Calls the background answers, by type: request and reply. */
export interface BackgroundCalls {
  annotate: { request: AnnotateRequest; reply: AnnotateReply };
  search: { request: SearchRequest; reply: SearchReply };
  card: { request: CardRequest; reply: CardReply };
}

/** Calls the top frame's content script answers, by type. */
export interface ContentCalls {
  cast: { request: CastRequest; reply: CastReply };
  reveal: { request: RevealRequest; reply: RevealReply };
}

export type BackgroundRequest = BackgroundCalls[keyof BackgroundCalls]['request'];
export type ContentRequest = ContentCalls[keyof ContentCalls]['request'];
/** Every message any part sends. */
export type Message = BackgroundRequest | ContentRequest | FrameReadyMessage;

const isObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object';

/**
 * Reply checks per call: the reply as the caller may use it, or undefined when it is not one
 * (nothing came back, or something else did). Entries of a list are kept only when well formed.
 */
export const BACKGROUND_REPLIES: { [K in keyof BackgroundCalls]: (x: unknown) => BackgroundCalls[K]['reply'] | undefined } = {
  annotate: (x) => (isObject(x) && Array.isArray(x.mentions) ? (x as unknown as AnnotateReply) : undefined),
  search: (x) => ({ results: isObject(x) && Array.isArray(x.results) ? (x.results as SearchResult[]) : [] }),
  card: (x) => (isObject(x) && Array.isArray(x.lines) ? (x as unknown as CardModel) : null),
};

export const CONTENT_REPLIES: { [K in keyof ContentCalls]: (x: unknown) => ContentCalls[K]['reply'] | undefined } = {
  cast: (x) => {
    if (!isObject(x) || typeof x.host !== 'string' || !Array.isArray(x.cast)) return undefined;
    const cast = (x.cast as CastEntry[]).filter(
      (e) => e && typeof e.id === 'string' && typeof e.name === 'string' && typeof e.count === 'number',
    );
    return { ...(x as unknown as CastReply), cast };
  },
  reveal: (x) => (isObject(x) && typeof x.ok === 'boolean' ? (x as unknown as RevealReply) : undefined),
};
