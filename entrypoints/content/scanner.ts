/**
 * Scanning: when to scan (after changes, at most every MIN_RESCAN_INTERVAL_MS, less often on pages
 * that never become an article), one scan at a time, the question to the background (retried with
 * backoff when no answer comes), then painting (painter.ts). Every scan takes the page's signal:
 * a new page (SPA navigation) or the app stopping makes it moot between any two slices.
 */
import { scanDocumentAsync, type PageScan } from '../../core/page/scan';
import type { AnnotateReply } from '../../core/messages';
import type { Mention } from '../../core/types';
import { askBackground, extensionAlive } from '../../components/messaging';
import type { Page } from './page';
import { markDone, paint } from './painter';
import { perfMark } from './perf';
import { CHUNK_BUDGET_MS, report, safe, yieldToMain } from './safe';

/** A full rescan at most this often, whatever the page does (scans are a few ms, but pages can churn). */
const MIN_RESCAN_INTERVAL_MS = 1500;
const MAX_RESCAN_INTERVAL_MS = 30_000;

/** After a scan whose question got no answer, the next try waits this long, doubling up to the cap. */
const RETRY_FIRST_MS = 2000;
const RETRY_MAX_MS = 30_000;
/** Tries after that many failures in a row stop until the page changes (a worker that never answers). */
const RETRY_LIMIT = 12;

export class Scanner {
  /** Last text annotated and its mentions: a re-render with the same text needs no new answer. */
  private last: { text: string; mentions: Mention[] } | null = null;
  private scanning = false;
  private scanAgain = false;
  private lastScanAt = 0;
  private scanTimer: ReturnType<typeof setTimeout> | null = null;
  private noArticleStreak = 0;
  /** Scans in a row whose question to the background got no answer (retried with backoff). */
  private failures = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  /** The article element of the last scan (the page watcher follows changes inside it). */
  root: Element | null = null;

  constructor(private page: Page) {}

  /** A scan runs now, or this page already has an answer. */
  get busy(): boolean {
    return this.scanning;
  }
  get answered(): boolean {
    return this.last !== null;
  }

  request(delay: number): void {
    if (this.scanTimer) return;
    // Pages that keep changing without ever becoming an article are rescanned less and less often.
    const interval = Math.min(MAX_RESCAN_INTERVAL_MS, MIN_RESCAN_INTERVAL_MS * 2 ** this.noArticleStreak);
    const wait = Math.max(delay, this.lastScanAt + interval - Date.now(), 0);
    this.scanTimer = setTimeout(
      safe('scan', () => {
        this.scanTimer = null;
        return this.scan();
      }),
      this.last ? wait : delay,
    );
  }

  /** Finds the article, asks the background for mentions, marks them. One at a time. */
  async scan(): Promise<void> {
    if (!this.page.enabled) return;
    if (this.scanning) {
      this.scanAgain = true;
      return;
    }
    this.scanning = true;
    try {
      do {
        this.scanAgain = false;
        await this.scanOnce();
      } while (this.scanAgain && this.page.enabled);
    } finally {
      this.scanning = false;
      this.lastScanAt = Date.now();
    }
  }

  /** A new page in the same document: forget the last one's answer and backoff. */
  reset(): void {
    this.last = null;
    this.root = null;
    this.noArticleStreak = 0;
    this.failures = 0;
  }

  dispose(): void {
    if (this.scanTimer) clearTimeout(this.scanTimer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
  }

  private async scanOnce(): Promise<void> {
    const page = this.page;
    const signal = page.signal;
    perfMark('backstory:start');
    // Main-thread time is counted per slice (the page runs between slices): scanMs and markMs are
    // the sums, maxSliceMs the longest single block of ours (the long-task budget).
    let maxSliceMs = 0;
    let scanMs = 0;
    let scan: PageScan;
    try {
      // No computed-style visibility here: the same attribute rules as in Node (annotate CLI, bench)
      // give the same mentions everywhere, and a style lookup per element costs main-thread time.
      scan = await scanDocumentAsync(page.doc, {
        yieldEvery: CHUNK_BUDGET_MS,
        yieldToMain,
        signal,
        onSlice: (ms) => {
          scanMs += ms;
          if (ms > maxSliceMs) maxSliceMs = ms;
        },
      });
    } catch (e) {
      if (signal.aborted) return; // a new page or the extension went away: this scan is moot
      throw e;
    }
    if (signal.aborted) return;
    if (!scan.isArticle || !scan.root || !scan.text.trim()) {
      this.root = null;
      this.noArticleStreak++;
      markDone({ mentions: page.layer.size, article: false, scanMs, markMs: 0, maxSliceMs });
      return;
    }
    this.root = scan.root;
    this.noArticleStreak = 0;
    page.published = scan.published.date;
    let mentions: Mention[];
    if (this.last && this.last.text === scan.text) {
      mentions = this.last.mentions;
    } else {
      let reply: AnnotateReply;
      try {
        reply = await askBackground({ type: 'annotate', text: scan.text, published: page.published, lang: scan.lang });
      } catch (e) {
        if (!signal.aborted) this.answerFailed(e);
        return;
      }
      this.failures = 0;
      if (signal.aborted || !page.enabled) return;
      Object.assign(page.cards, reply.cards ?? {});
      // The background sends only mentions with a card (a mention without one is never painted anyway).
      mentions = reply.mentions;
      this.last = { text: scan.text, mentions };
    }
    // Marks, in chunks that stay well under a long task; the page keeps running between them.
    // What the reader sees first is marked first: from the first mention on screen down, then above.
    const marked = await paint(page.layer, mentions, scan, page.cards, page.doc.defaultView, () => !signal.aborted && page.enabled);
    if (!marked) return;
    const { markMs, maxMarkSliceMs, orderMs } = marked;
    const maxScanSliceMs = maxSliceMs;
    maxSliceMs = Math.max(maxScanSliceMs, maxMarkSliceMs);
    markDone({ mentions: page.layer.visible().length, article: true, scanMs, markMs, maxSliceMs, maxScanSliceMs, maxMarkSliceMs, orderMs });
  }

  /**
   * The background gave no answer, even after askBackground's retries (worker stopped again and
   * again, or failing): try the scan again later, waiting longer each time. An orphan whose
   * extension is gone stops instead.
   */
  private answerFailed(e: unknown): void {
    report('annotate', e);
    if (!extensionAlive()) return this.page.dispose();
    if (++this.failures > RETRY_LIMIT || this.retryTimer) return;
    const wait = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** (this.failures - 1));
    this.retryTimer = setTimeout(
      safe('retry', () => {
        this.retryTimer = null;
        if (this.page.enabled) return this.scan();
      }),
      wait,
    );
  }
}
