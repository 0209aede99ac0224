/**
 * The content script's life on one page: settings → scan → annotate (background) → marks → hover,
 * keyboard and card; kept in sync with dynamic pages and with settings changed in the popup.
 *
 * Privacy: the article text goes to our own background only (extension messaging); nothing here
 * makes a network request. Safety: every handler on the page's objects goes through `safe`, page
 * text is only ever rendered as text (Preact text nodes), and the only node we add is the card host.
 * Only the reader drives it (issue 16): events a script made (`isTrusted` false) never open, move
 * or act on a card, and a correction is written only from the reader's own click.
 */
import { browser } from 'wxt/browser';
import { scanDocumentAsync, type PageScan } from '../../core/pipeline';
import type { TextPiece } from '../../core/textmap';
import { DEFAULT_SETTINGS, isEnabledOn, type Settings } from '../../core/settings';
import { loadSettings, watchSettings } from '../../components/settings-store';
import { correctionFor, CORRECTIONS_KEY, hiddenOn, withCorrection } from '../../core/corrections';
import type { AnnotateReply, CastEntry, CastReply, ContentRequest } from '../../core/messages';
import type { CardModel, Mention, PartialDate } from '../../core/types';
import { askBackground, extensionAlive } from '../../components/messaging';
import { CardHost } from './card-host';
import { hitTest, markRects } from './hit-test';
import { HoverIntent } from './hover-intent';
import { keyAction } from './keyboard';
import { MarkLayer, markOf, type Mark } from './marks';
import { PageWatcher } from './observer';
import type { Box } from './placement';
import { PERF_MARKS, perfMark, perfMeasure } from './perf';
import { CHUNK_BUDGET_MS, report, safe, yieldToMain } from './safe';

/** A full rescan at most this often, whatever the page does (scans are a few ms, but pages can churn). */
const MIN_RESCAN_INTERVAL_MS = 1500;
const MAX_RESCAN_INTERVAL_MS = 30_000;

interface HoverTarget {
  mark: Mark;
  rectIndex: number;
}

/** After a scan whose question got no answer, the next try waits this long, doubling up to the cap. */
const RETRY_FIRST_MS = 2000;
const RETRY_MAX_MS = 30_000;
/** Tries after that many failures in a row stop until the page changes (a worker that never answers). */
const RETRY_LIMIT = 12;

/** Resolves when the browser is idle, or after `timeout` ms at the latest. */
function idle(win: Window | null, timeout: number): Promise<void> {
  return new Promise((resolve) => {
    if (win && typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 0);
  });
}

/** Quiet time after a scroll before a long page's painted window of marks follows the viewport. */
const FOLLOW_DELAY_MS = 120;

/** Articles with fewer mentions than this are marked in text order (one or two chunks anyway). */
const VIEWPORT_FIRST_MIN = 64;

/**
 * Mentions in marking order: from the first one at or below the top of the viewport down to the
 * end (text order), then the ones above going up (reverse text order). Every batch of marks taken
 * in this order sits at one end of the marks already there, so the layer never re-sorts (each DOM
 * position check can walk thousands of siblings on a long page). Found by binary search over the
 * mentions (text order is layout order in an article): a few layout reads, not one per mention.
 */
export function viewportFirst(mentions: Mention[], scan: Pick<PageScan, 'rangeAt'>, win: Window | null): Mention[][] {
  if (mentions.length < VIEWPORT_FIRST_MIN || !win) return [mentions];
  const bottomOf = (m: Mention): number => {
    const p = scan.rangeAt(m.start, m.end)[0];
    const el = p?.startContainer.parentElement;
    return el ? el.getBoundingClientRect().bottom : Infinity;
  };
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bottomOf(mentions[mid]) < 0) lo = mid + 1;
    else hi = mid;
  }
  return [mentions.slice(lo), mentions.slice(0, lo).reverse()];
}

export interface AppOptions {
  /** Host for the per-site switch (default: this document's). An article frame passes the top page's. */
  siteHost?: string;
  /** Answer the popup's questions (cast, reveal). Only the top frame does: default true. */
  answersPopup?: boolean;
}

export class Backstory {
  private settings: Settings = structuredClone(DEFAULT_SETTINGS) as Settings;
  private enabled = false;
  readonly layer = new MarkLayer();
  private host: CardHost;
  private hover: HoverIntent<HoverTarget>;
  private watcher: PageWatcher;
  private cards: Record<string, CardModel> = {};
  private published: PartialDate | null = null;
  private root: Element | null = null;
  /** Last text annotated and its mentions: a re-render with the same text needs no new answer. */
  private last: { text: string; mentions: Mention[] } | null = null;
  private generation = 0;
  private scanning = false;
  private scanAgain = false;
  private lastScanAt = 0;
  private scanTimer: ReturnType<typeof setTimeout> | null = null;
  /** Stops the scan in progress (its slices) on SPA navigation and teardown. */
  private scanAbort: AbortController | null = null;
  private url: string;
  private focused: Mark | null = null;
  private walking = false;
  private openMark: Mark | null = null;
  /** A card opened by keyboard, click or card action stays until closed (pointer moves don't close it). */
  private pinned = false;
  private moveFrame = 0;
  private lastMove: { target: EventTarget | null; x: number; y: number } | null = null;
  private scrollFrame = 0;
  private followTimer: ReturnType<typeof setTimeout> | undefined;
  private cleanups: (() => void)[] = [];
  private started = false;
  private noArticleStreak = 0;
  /** New text appeared while the site was switched off: rescan when it is switched on. */
  private missedChanges = false;
  /** Scans in a row whose question to the background got no answer (retried with backoff). */
  private failures = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private disposed = false;

  /** The host the per-site switch and the popup go by: the top page's, also in an article frame. */
  private siteHost: string;

  constructor(
    private doc: Document,
    private opts: AppOptions = {},
  ) {
    this.siteHost = opts.siteHost ?? doc.location?.hostname ?? '';
    this.host = new CardHost(doc);
    this.hover = new HoverIntent<HoverTarget>({
      dwellMs: this.settings.hoverDelayMs,
      open: (t) => this.openCard(t.mark, t.rectIndex, { focus: false }),
      close: () => this.closeCard(false),
      same: (a, b) => a.mark === b.mark,
    });
    this.watcher = new PageWatcher(doc, {
      ours: (n) => this.host.isHost(n),
      root: () => this.root,
      onBatch: safe('mutations', (b: { validate: boolean; rescan: boolean }) => this.onMutations(b)),
    });
    this.url = doc.location?.href ?? '';
  }

  async start(): Promise<void> {
    if (this.opts.answersPopup !== false) this.listenMessages();
    let settings: Settings;
    try {
      settings = await loadSettings();
    } catch (e) {
      report('settings', e);
      settings = structuredClone(DEFAULT_SETTINGS) as Settings;
    }
    // Stopped while waiting (a newer copy of this script took over, or the extension went away).
    if (this.disposed) return;
    this.applySettings(settings);
    this.cleanups.push(watchSettings(safe('settings', (s: Settings) => this.applySettings(s))));
    await this.loadCorrections();
    if (this.disposed) return;
    this.listenPage();
    this.watcher.start();
    // A tab opened in the background is scanned when the reader first looks at it, not before.
    if (this.doc.visibilityState === 'hidden') await this.untilVisible();
    // Let the page finish its own start-up work (hydration, layout) before ours.
    await idle(this.doc.defaultView, 1000);
    if (this.disposed) return;
    this.started = true;
    if (this.enabled) await this.scan();
  }

  private untilVisible(): Promise<void> {
    return new Promise((resolve) => {
      const onChange = safe('visibility', () => {
        if (this.doc.visibilityState === 'hidden') return;
        this.doc.removeEventListener('visibilitychange', onChange);
        resolve();
      });
      this.doc.addEventListener('visibilitychange', onChange);
      this.cleanups.push(() => this.doc.removeEventListener('visibilitychange', onChange));
    });
  }

  // ---- settings ----

  private applySettings(s: Settings): void {
    this.settings = s;
    const enabled = isEnabledOn(s, this.siteHost);
    this.hover.dwellMs = s.hoverDelayMs;
    this.layer.style = s.markStyle;
    this.layer.types = { ...s.types };
    this.layer.inArticle = s.inArticle;
    this.layer.shown = enabled;
    const wasEnabled = this.enabled;
    this.enabled = enabled;
    if (!enabled) {
      this.closeCard(false);
      this.stopWalk();
    } else if (this.openMark && !this.layer.isVisible(this.openMark)) this.closeCard(false);
    // While off, mutations were not followed: drop what went stale before painting again.
    if (enabled && !wasEnabled && this.started) this.layer.validate();
    this.layer.render();
    // Switched on live (popup): scan now (with unchanged text the last answer is reused, no message).
    // At start-up, start() scans once everything is listening.
    if (enabled && !wasEnabled && this.started && !this.scanning && (this.missedChanges || !this.last)) {
      this.missedChanges = false;
      this.requestScan(0);
    }
  }

  // ---- scanning ----

  private requestScan(delay: number): void {
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
    if (!this.enabled) return;
    if (this.scanning) {
      this.scanAgain = true;
      return;
    }
    this.scanning = true;
    try {
      do {
        this.scanAgain = false;
        await this.scanOnce();
      } while (this.scanAgain && this.enabled);
    } finally {
      this.scanning = false;
      this.lastScanAt = Date.now();
    }
  }

  private async scanOnce(): Promise<void> {
    const gen = this.generation;
    perfMark('backstory:start');
    // Main-thread time is counted per slice (the page runs between slices): scanMs and markMs are
    // the sums, maxSliceMs the longest single block of ours (the long-task budget).
    let maxSliceMs = 0;
    let scanMs = 0;
    const ac = new AbortController();
    this.scanAbort = ac;
    let scan: PageScan;
    try {
      // No computed-style visibility here: the same attribute rules as in Node (annotate CLI, bench)
      // give the same mentions everywhere, and a style lookup per element costs main-thread time.
      scan = await scanDocumentAsync(this.doc, {
        yieldEvery: CHUNK_BUDGET_MS,
        yieldToMain,
        signal: ac.signal,
        onSlice: (ms) => {
          scanMs += ms;
          if (ms > maxSliceMs) maxSliceMs = ms;
        },
      });
    } catch (e) {
      if (ac.signal.aborted) return; // a new page or the extension went away: this scan is moot
      throw e;
    } finally {
      if (this.scanAbort === ac) this.scanAbort = null;
    }
    if (gen !== this.generation) return;
    if (!scan.isArticle || !scan.root || !scan.text.trim()) {
      this.root = null;
      this.noArticleStreak++;
      this.markDone({ mentions: this.layer.size, article: false, scanMs, markMs: 0, maxSliceMs });
      return;
    }
    this.root = scan.root;
    this.noArticleStreak = 0;
    this.published = scan.published.date;
    let mentions: Mention[];
    if (this.last && this.last.text === scan.text) {
      mentions = this.last.mentions;
    } else {
      let reply: AnnotateReply;
      try {
        reply = await askBackground({ type: 'annotate', text: scan.text, published: this.published, url: this.doc.location?.href ?? '', lang: scan.lang });
      } catch (e) {
        if (gen === this.generation) this.answerFailed(e);
        return;
      }
      this.failures = 0;
      if (gen !== this.generation || !this.enabled) return;
      Object.assign(this.cards, reply.cards ?? {});
      mentions = reply.mentions.filter((m) => this.cards[m.id]);
      this.last = { text: scan.text, mentions };
    }
    // Marks, in chunks that stay well under a long task; the page keeps running between them.
    // What the reader sees first is marked first: from the first mention on screen down, then above.
    const maxScanSliceMs = maxSliceMs;
    let chunkStart = performance.now();
    const runs = viewportFirst(mentions, scan, this.doc.defaultView);
    const orderMs = performance.now() - chunkStart;
    let markMs = orderMs;
    let maxMarkSliceMs = 0;
    // Painted twice at most: the first chunk (what is on screen) as soon as it is made, the rest
    // at the end. Each paint makes Chromium re-validate every highlight range in the next frame.
    this.layer.hold();
    let firstPaint = true;
    try {
      for (let r = 0; r < runs.length; r++) {
        const run = runs[r];
        // The first run is in text order, the second in reverse: its batches are reversed, so every
        // batch is in document order (add(…, true)).
        const flush = (batch: Mark[]) => this.layer.add(r === 0 ? batch : batch.reverse(), true);
        let batch: Mark[] = [];
        for (let i = 0; i < run.length; i++) {
          const m = run[i];
          const mark = this.toMark(m, scan.rangeAt(m.start, m.end));
          if (mark && !this.layer.has(mark.key)) batch.push(mark);
          if ((i & 7) === 7 && performance.now() - chunkStart > CHUNK_BUDGET_MS) {
            flush(batch);
            batch = [];
            if (firstPaint) {
              firstPaint = false;
              this.layer.release();
              this.layer.hold();
            }
            const ms = performance.now() - chunkStart;
            markMs += ms;
            if (ms > maxMarkSliceMs) maxMarkSliceMs = ms;
            await yieldToMain();
            if (gen !== this.generation || !this.enabled) return;
            chunkStart = performance.now();
          }
        }
        flush(batch);
      }
    } finally {
      // Also when the scan is moot (navigation, switched off): the layer never stays on hold.
      this.layer.release();
    }
    const ms = performance.now() - chunkStart;
    markMs += ms;
    if (ms > maxMarkSliceMs) maxMarkSliceMs = ms;
    maxSliceMs = Math.max(maxScanSliceMs, maxMarkSliceMs);
    this.markDone({ mentions: this.layer.visible().length, article: true, scanMs, markMs, maxSliceMs, maxScanSliceMs, maxMarkSliceMs, orderMs });
  }

  /**
   * The background gave no answer, even after askBackground's retries (worker stopped again and
   * again, or failing): try the scan again later, waiting longer each time. An orphan whose
   * extension is gone stops instead.
   */
  private answerFailed(e: unknown): void {
    report('annotate', e);
    if (!extensionAlive()) return this.dispose();
    if (++this.failures > RETRY_LIMIT || this.retryTimer) return;
    const wait = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** (this.failures - 1));
    this.retryTimer = setTimeout(
      safe('retry', () => {
        this.retryTimer = null;
        if (this.enabled) return this.scan();
      }),
      wait,
    );
  }

  private toMark(mention: Mention, pieces: TextPiece[]): Mark | null {
    const card = this.cards[mention.id];
    if (!card || !pieces.length) return null;
    return markOf(mention, card.type, pieces);
  }

  /** Performance marks for the browser bench (H8) and the e2e tests, in test builds only (perf.ts). */
  private markDone(detail: {
    mentions: number;
    article: boolean;
    scanMs: number;
    markMs: number;
    /** Longest single slice of our main-thread work (scan or marking): the long-task budget. */
    maxSliceMs: number;
    maxScanSliceMs?: number;
    maxMarkSliceMs?: number;
    /** Time to find where the viewport is in the mentions (a few layout reads). */
    orderMs?: number;
  }): void {
    if (!PERF_MARKS) return;
    const r = (n: number) => Math.round(n * 100) / 100;
    const full: Record<string, unknown> = { ...detail, mainThreadMs: r(detail.scanMs + detail.markMs) };
    for (const [k, v] of Object.entries(detail)) if (typeof v === 'number') full[k] = r(v);
    perfMark('backstory:marked', full);
    perfMeasure('backstory:start-to-marked', 'backstory:start', 'backstory:marked');
  }

  private onMutations(b: { validate: boolean; rescan: boolean }): void {
    if (!this.enabled) {
      this.missedChanges ||= b.rescan;
      return;
    }
    if (b.validate && this.layer.validate()) {
      if (this.openMark && !this.layer.all().includes(this.openMark)) this.closeCard(false);
      if (this.focused && !this.layer.all().includes(this.focused)) this.stopWalk();
    }
    if (b.rescan && this.started) this.requestScan(0);
  }

  /** SPA navigation: a new page in the same document. Start over. */
  private onNavigate(): void {
    const href = this.doc.location?.href ?? '';
    if (href === this.url) return;
    this.url = href;
    this.generation++;
    this.scanAbort?.abort();
    this.closeCard(false);
    this.stopWalk();
    this.layer.clear();
    this.layer.hiddenIds.clear();
    this.cards = {};
    this.last = null;
    this.root = null;
    this.noArticleStreak = 0;
    this.failures = 0;
    void this.loadCorrections();
    if (this.enabled) this.requestScan(300);
  }

  // ---- page events ----

  /**
   * A listener on the page's objects: inside `safe`; only for events the browser made (`isTrusted`:
   * a page's script-made pointer, key or scroll events never open, move or act on a card); and an
   * orphan (its extension reloaded or updated, nothing to answer it) removes itself on the first one.
   */
  private on(target: Window | Document, type: string, fn: (e: never) => unknown, opts: AddEventListenerOptions): void {
    const handler = safe(type, (e: Event) => {
      if (!e.isTrusted) return;
      if (!extensionAlive()) return this.dispose();
      return (fn as (e: Event) => unknown)(e);
    }) as EventListener;
    target.addEventListener(type, handler, opts);
    this.cleanups.push(() => target.removeEventListener(type, handler, opts));
  }

  private listenPage(): void {
    const win = this.doc.defaultView;
    if (!win) return;
    this.on(this.doc, 'pointermove', (e: PointerEvent) => this.onPointerMove(e), { capture: true, passive: true });
    this.on(this.doc, 'mouseout', (e: MouseEvent) => {
      if (!e.relatedTarget && !this.pinned) this.hover.pointer({ kind: 'none' }); // pointer left the window
    }, { capture: true, passive: true });
    this.on(this.doc, 'pointerdown', (e: PointerEvent) => this.onPointerDown(e), { capture: true, passive: true });
    this.on(win, 'keydown', (e: KeyboardEvent) => this.onKeyDown(e), { capture: true });
    this.on(win, 'scroll', () => this.onViewportChange(), { capture: true, passive: true });
    this.on(win, 'resize', () => this.onViewportChange(), { passive: true });
    this.on(win, 'popstate', () => this.onNavigate(), {});
    this.watchLocation();
  }

  /**
   * Single-page-app navigation (pushState, replaceState): the Navigation API's entry change where
   * there is one (Chromium), else a look at the address once a second (as WXT's watcher does).
   * Our own watcher, not WXT's context: that one stops for good on an event the page can dispatch.
   * Either way onNavigate only acts when the address really changed.
   */
  private watchLocation(): void {
    const check = safe('navigate', () => this.onNavigate());
    const nav = (globalThis as { navigation?: EventTarget }).navigation;
    if (nav && typeof nav.addEventListener === 'function') {
      nav.addEventListener('currententrychange', check);
      this.cleanups.push(() => nav.removeEventListener('currententrychange', check));
      return;
    }
    const id = setInterval(check, 1000);
    this.cleanups.push(() => clearInterval(id));
  }

  private onPointerMove(e: PointerEvent): void {
    if (!this.enabled || e.pointerType === 'touch') return;
    if (e.buttons !== 0) {
      // Selecting text or dragging: not a hover. Cancel a pending dwell, keep an open card's grace.
      if (!this.pinned) this.hover.pointer({ kind: 'none' });
      return;
    }
    if (!this.layer.size && !this.host.open) return;
    this.lastMove = { target: e.target, x: e.clientX, y: e.clientY };
    if (this.moveFrame) return;
    // One hit test per frame, however fast the pointer events come.
    this.moveFrame = requestAnimationFrame(
      safe('hover', () => {
        this.moveFrame = 0;
        const m = this.lastMove;
        if (!m || this.pinned) return;
        if (this.host.isHost(m.target)) return this.hover.pointer({ kind: 'card' });
        const hit = hitTest(this.layer, m.target, m.x, m.y, this.doc);
        this.hover.pointer(hit ? { kind: 'mark', target: { mark: hit.mark, rectIndex: hit.rectIndex } } : { kind: 'none' });
      }) as FrameRequestCallback,
    );
  }

  private onPointerDown(e: PointerEvent): void {
    if (this.host.isHost(e.target)) {
      if (this.host.open) {
        this.pinned = true; // a click in the card says "I am reading this": keep it
        if (this.openMark) this.hover.markOpen({ mark: this.openMark, rectIndex: 0 });
      }
      return;
    }
    if (this.walking) this.stopWalk();
    if (this.host.open) this.closeCard(false);
  }

  private onViewportChange(): void {
    // A page too long to paint whole paints the marks around the viewport: move them once the
    // scrolling settles. (Other pages pay nothing per scroll event.)
    if (this.layer.windowed) {
      clearTimeout(this.followTimer);
      this.followTimer = setTimeout(safe('scroll', () => this.layer.follow()), FOLLOW_DELAY_MS);
    }
    if (!this.host.open || this.scrollFrame) return;
    this.scrollFrame = requestAnimationFrame(
      safe('scroll', () => {
        this.scrollFrame = 0;
        if (this.host.open && !this.host.reposition()) this.closeCard(false);
      }) as FrameRequestCallback,
    );
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (!this.enabled || !this.layer.size) return;
    const action = keyAction(e, { walking: this.walking, cardOpen: this.host.open, focusInCard: this.host.hasFocus() });
    if (!action) return;
    switch (action) {
      case 'next':
      case 'prev':
        e.preventDefault();
        this.walk(action === 'next' ? 1 : -1);
        break;
      case 'open':
        if (!this.focused) return;
        e.preventDefault();
        this.openCard(this.focused, 0, { focus: true, pin: true });
        break;
      case 'escape':
        if (this.host.open) this.closeCard(true);
        else this.stopWalk();
        break;
      case 'leave':
        this.stopWalk();
        break;
    }
  }

  // ---- card ----

  /**
   * The box the card keeps clear of: horizontally the line the pointer is on, vertically every line
   * of the mention (a name wrapped over two lines is never half covered by its own card).
   */
  private lineOf(mark: Mark, rectIndex: number): Box | null {
    const rects = markRects(mark, this.doc);
    const hit = rects[Math.min(rectIndex, rects.length - 1)];
    if (!hit) return null;
    let top = hit.top;
    let bottom = hit.bottom;
    for (const r of rects) {
      top = Math.min(top, r.top);
      bottom = Math.max(bottom, r.bottom);
    }
    return { left: hit.left, right: hit.right, top, bottom };
  }

  private openCard(mark: Mark, rectIndex: number, opts: { focus: boolean; pin?: boolean }): void {
    const model = this.cards[mark.mention.id];
    if (!model || !this.enabled) return;
    const same = this.layer.visible().filter((m) => m.mention.id === mark.mention.id);
    const index = same.indexOf(mark);
    this.openMark = mark;
    this.pinned = !!opts.pin;
    const focus = opts.focus || this.host.hasFocus();
    this.host.show(
      {
        model,
        mentionCount: same.length,
        mentionIndex: index >= 0 ? index + 1 : undefined,
        onClose: safe('close', () => this.closeCard(true)),
        onAllMentions: safe('mentions', () => this.nextMentionOf(mark)),
        ...(model.fromArticle
          ? {
              onPrevMention: safe('mentions', () => this.nextMentionOf(mark, -1)),
              onFirstMention: safe('mentions', () => this.nextMentionOf(mark, 'first')),
            }
          : {}),
        onReport: safe('report', (e?: unknown) => this.notThisOne(mark, e)),
      },
      () => this.lineOf(mark, rectIndex),
      { focus },
    );
    if (this.host.open) this.hover.markOpen({ mark, rectIndex });
    else this.openMark = null;
  }

  private closeCard(returnFocus: boolean): void {
    this.hover.closed();
    this.pinned = false;
    this.openMark = null;
    if (!this.host.open) return;
    if (!returnFocus && this.host.hasFocus()) (this.doc.activeElement as HTMLElement | null)?.blur?.();
    this.host.hide();
  }

  /** "All mentions": the card moves to this entity's next mention, scrolled into view. */
  private nextMentionOf(mark: Mark, step: 1 | -1 | 'first' = 1): void {
    const same = this.layer.visible().filter((m) => m.mention.id === mark.mention.id);
    if (same.length < 2) return;
    const next = step === 'first' ? same[0] : same[(same.indexOf(mark) + step + same.length) % same.length];
    this.scrollToMark(next);
    this.focused = next;
    this.walking = true;
    this.layer.setFocus(next);
    this.openCard(next, 0, { focus: this.host.hasFocus(), pin: true });
  }

  /**
   * "Not this one": hide this entity's marks on this page and note it for the maintainers (locally).
   * Only from the reader's own click (the card host also stops script-made events before the card
   * sees them); an orphan whose extension is gone removes its marks instead of claiming anything.
   */
  private async notThisOne(mark: Mark, e?: unknown): Promise<void> {
    if ((e as Event | undefined)?.isTrusted === false) return;
    if (!extensionAlive()) return this.dispose();
    const id = mark.mention.id;
    const name = this.cards[id]?.name ?? mark.mention.text;
    this.layer.hiddenIds.add(id);
    this.closeCard(true);
    if (this.focused?.mention.id === id) this.stopWalk();
    this.layer.render();
    let saved = true;
    try {
      const stored = (await browser.storage.local.get(CORRECTIONS_KEY))[CORRECTIONS_KEY];
      const list = withCorrection(stored, correctionFor(this.doc.location?.href ?? '', mark.mention.text, id));
      if (list) await browser.storage.local.set({ [CORRECTIONS_KEY]: list });
    } catch (err) {
      report('corrections', err);
      if (!extensionAlive()) return this.dispose();
      saved = false;
    }
    this.host.announce(saved ? `Marks for ${name} hidden on this page.` : `Marks for ${name} hidden on this page; the correction could not be saved.`);
  }

  private async loadCorrections(): Promise<void> {
    try {
      const stored = (await browser.storage.local.get(CORRECTIONS_KEY))[CORRECTIONS_KEY];
      for (const id of hiddenOn(stored, this.doc.location?.href ?? '')) this.layer.hiddenIds.add(id);
    } catch (e) {
      report('corrections', e);
    }
  }

  // ---- keyboard walk ----

  private walk(dir: 1 | -1): void {
    const list = this.layer.visible();
    if (!list.length) {
      this.host.announce('No marked names on this page.');
      return;
    }
    let i = this.focused ? list.indexOf(this.focused) : -1;
    if (i < 0) {
      // Start at the first name on screen, not at the top of a long article.
      const first = list.findIndex((m) => (this.lineOf(m, 0)?.bottom ?? -1) > 0);
      i = first >= 0 ? first : dir > 0 ? 0 : list.length - 1;
    } else i = (i + dir + list.length) % list.length;
    const mark = list[i];
    if (this.host.open) this.closeCard(false);
    this.focused = mark;
    this.walking = true;
    this.layer.setFocus(mark);
    this.scrollToMark(mark);
    const model = this.cards[mark.mention.id];
    const kind = model ? ` (${model.type})` : '';
    this.host.announce(`${model?.name ?? mark.mention.text}${kind}, name ${i + 1} of ${list.length}. Enter opens the background card.`);
  }

  private stopWalk(): void {
    this.walking = false;
    this.focused = null;
    this.layer.setFocus(null);
  }

  private scrollToMark(mark: Mark): void {
    const win = this.doc.defaultView;
    const r = this.lineOf(mark, 0);
    if (!win || !r) return;
    const vh = win.innerHeight;
    if (r.top < 48 || r.bottom > vh - 48) win.scrollBy({ top: r.top - vh * 0.35, behavior: 'instant' as ScrollBehavior });
  }

  // ---- popup messages ----

  private listenMessages(): void {
    const listener = (msg: unknown, sender: { id?: string }): Promise<unknown> | undefined => {
      if (sender.id !== browser.runtime.id || !msg || typeof msg !== 'object') return undefined;
      const m = msg as Partial<ContentRequest> & { id?: unknown };
      try {
        if (m.type === 'cast') return Promise.resolve(this.cast());
        if (m.type === 'reveal' && typeof m.id === 'string') return Promise.resolve({ ok: this.reveal(m.id) });
      } catch (e) {
        report('message', e);
        return Promise.resolve(null);
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    this.cleanups.push(() => browser.runtime.onMessage.removeListener(listener));
  }

  cast(): CastReply {
    const counts = new Map<string, number>();
    for (const m of this.layer.all()) {
      if (this.layer.hiddenIds.has(m.mention.id) || (!this.layer.inArticle && m.mention.via === 'article')) continue;
      counts.set(m.mention.id, (counts.get(m.mention.id) ?? 0) + 1);
    }
    const cast: CastEntry[] = [];
    for (const [id, count] of counts) {
      const c = this.cards[id];
      if (c) cast.push({ id, name: c.name, type: c.type, count, ...(c.fromArticle ? { fromArticle: true } : {}) });
    }
    cast.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    return { host: this.siteHost, enabled: this.enabled, published: this.published, cast };
  }

  /** Scrolls to the entity's first mention and flashes it (the popup's cast list). */
  reveal(id: string): boolean {
    if (!this.enabled) return false; // paused or off here: nothing registered in the page
    const mark = this.layer.all().find((m) => m.mention.id === id && !this.layer.hiddenIds.has(id));
    if (!mark) return false;
    const win = this.doc.defaultView;
    const r = this.lineOf(mark, 0);
    if (win && r) win.scrollBy({ top: r.top - win.innerHeight * 0.35, behavior: 'instant' as ScrollBehavior });
    this.layer.flash(mark);
    const model = this.cards[id];
    if (model) this.host.announce(`${model.name}, first mention.`);
    return true;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.enabled = false;
    this.generation++;
    this.scanAbort?.abort();
    if (this.scanTimer) clearTimeout(this.scanTimer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    clearTimeout(this.followTimer);
    this.watcher.stop();
    for (const c of this.cleanups.splice(0)) {
      try {
        c();
      } catch {
        /* already gone */
      }
    }
    this.layer.dispose();
    this.host.dispose();
  }
}
