/**
 * What the content script's parts share about the page they run on (app.ts owns it; scanner.ts,
 * card-controller.ts and popup-channel.ts read it). One object, no back-calls into the app beyond
 * `dispose` (an orphan whose extension went away stops itself).
 */
import type { CardModel, PartialDate } from '../../core/types';
import type { CardHost } from './card-host';
import type { MarkLayer } from './marks';

export interface Page {
  readonly doc: Document;
  readonly layer: MarkLayer;
  readonly host: CardHost;
  /** The host the per-site switch and the popup go by: the top page's, also in an article frame. */
  readonly siteHost: string;
  /** Backstory is on for this site (settings). */
  readonly enabled: boolean;
  /** Cards of the entities marked on this page, by id (a new page starts empty). */
  cards: Record<string, CardModel>;
  /** The article's date, from the last scan. */
  published: PartialDate | null;
  /** Aborted when this page is left (single-page-app navigation) or the app stops. */
  readonly signal: AbortSignal;
  /** Stops the app for good. */
  dispose(): void;
}

/** Runs `fn` once `signal` aborts (at once if it already has); a cleanup that fails stays quiet. */
export function onAbort(signal: AbortSignal, fn: () => void): void {
  const run = () => {
    try {
      fn();
    } catch {
      /* already gone */
    }
  };
  if (signal.aborted) run();
  else signal.addEventListener('abort', run, { once: true });
}
