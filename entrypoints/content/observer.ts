/**
 * Watches a dynamic page for what matters to marks, and batches it:
 * - text removed or changed → the marks there may be stale (`validate`);
 * - new text → a rescan may find new article content (`rescan`).
 * Mutations are only collected in the observer callback (cheap, no layout) and handled after the
 * page has been quiet for DEBOUNCE_MS (at most MAX_WAIT_MS after the first), so an infinite-scroll
 * batch or a framework re-render costs one rescan, not one per node.
 */
import { safe } from './safe';

/** Quiet time before handling a batch: one framework commit or one infinite-scroll load. */
export const DEBOUNCE_MS = 400;
/** A page that never stops mutating (tickers, ads) is still handled this often. */
export const MAX_WAIT_MS = 2000;
/** New text outside the article must be at least this long to be worth a rescan (not a clock, a counter). */
export const MIN_NEW_TEXT = 80;

export interface Batch {
  validate: boolean;
  rescan: boolean;
}

export interface PageWatcherOptions {
  /** Our own nodes (the card host): mutations of them are ignored. */
  ours(node: Node): boolean;
  /** The current article root, if any: any text change inside it counts. */
  root(): Element | null;
  onBatch(batch: Batch): void;
}

export class PageWatcher {
  private mo: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstAt = 0;
  private batch: Batch = { validate: false, rescan: false };

  constructor(private doc: Document, private opts: PageWatcherOptions) {}

  start(): void {
    // The content script's own MutationObserver; a DOM library's (tests) when there is none.
    const MO = globalThis.MutationObserver ?? (this.doc.defaultView as (Window & typeof globalThis) | null)?.MutationObserver;
    if (this.mo || !MO) return;
    this.mo = new MO(safe('observer', (records: MutationRecord[]) => this.collect(records)));
    this.mo.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.mo?.disconnect();
    this.mo = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.batch = { validate: false, rescan: false };
  }

  private collect(records: MutationRecord[]): void {
    try {
      const root = this.opts.root();
      let changed = false;
      for (const r of records) {
        if (this.opts.ours(r.target)) continue;
        if (r.type === 'characterData') {
          this.batch.validate = true;
          // Edited text inside the article; outside it (or with no article yet) a text edit is a
          // clock or a counter, never a new article.
          if (root && root.contains(r.target)) this.batch.rescan = true;
          changed = true;
          continue;
        }
        for (const n of r.removedNodes) {
          if (this.opts.ours(n)) continue;
          this.batch.validate = true;
          changed = true;
        }
        if (this.batch.rescan) continue;
        for (const n of r.addedNodes) {
          if (this.opts.ours(n)) continue;
          if (n.nodeType !== 1 && n.nodeType !== 3) continue;
          const inRoot = !!root && (root.contains(n) || n.contains(root));
          const len = inRoot ? 1 : (n.textContent?.length ?? 0);
          if (len >= (inRoot ? 1 : MIN_NEW_TEXT)) {
            this.batch.rescan = true;
            changed = true;
            break;
          }
        }
      }
      if (changed) this.schedule();
    } catch {
      /* never throw in the page's mutation path */
    }
  }

  private schedule(): void {
    const now = Date.now();
    if (!this.timer) this.firstAt = now;
    else clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, this.firstAt + MAX_WAIT_MS - now));
    this.timer = setTimeout(safe('observer', () => this.flush()), wait);
  }

  private flush(): void {
    this.timer = null;
    const b = this.batch;
    this.batch = { validate: false, rescan: false };
    if (b.validate || b.rescan) this.opts.onBatch(b);
  }
}
