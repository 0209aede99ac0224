/**
 * The content script's life on one page: settings → scan → annotate (background) → marks → hover,
 * keyboard and card; kept in sync with dynamic pages and with settings changed in the popup.
 *
 * The parts, and where each one's state lives:
 *   app.ts             lifecycle: start, settings, page changes, SPA navigation, stop. Owns two
 *                      AbortControllers: `life` (every listener and timer; aborted by dispose) and
 *                      `view` (the page shown: every scan takes its signal; renewed on navigation).
 *   scanner.ts         when to scan, one at a time; the annotate question with retry/backoff.
 *                      State: last answer, scanning/again, rescan and retry timers, article root.
 *   painter.ts         mentions → marks, in slices under a long task, what is on screen first.
 *   marks.ts, mark.ts  the mark layer (CSS Custom Highlights) and one mark's pieces.
 *   card-controller.ts hover, click, keyboard walk, the card and its actions. Hover states are a
 *                      pure reducer, hover-state.ts: idle → pending → open → closing → idle.
 *   card-host.ts       the one node we add: the card's plain-div host and its live region.
 *   popup-channel.ts   the popup's questions (cast, reveal); top frame only.
 *   observer.ts        DOM mutations → validate marks / rescan.
 *   index.ts, frame.ts which documents run the app (top page; same-origin article frames).
 *   Messages: core/messages.ts (every request and reply), sent by components/messaging.ts.
 *
 * Privacy: the article text goes to our own background only (extension messaging); nothing here
 * makes a network request. Safety: every handler on the page's objects goes through `safe`, page
 * text is only ever rendered as text (Preact text nodes), and the only node we add is the card host.
 * Only the reader drives it (issue 16): events a script made (`isTrusted` false) never open, move
 * or act on a card, and a correction is written only from the reader's own click.
 */
import { browser } from 'wxt/browser';
import { CORRECTIONS_KEY, hiddenOn } from '../../core/corrections';
import { DEFAULT_SETTINGS, isEnabledOn, type Settings } from '../../core/settings';
import type { CardModel, PartialDate } from '../../core/types';
import { extensionAlive } from '../../components/messaging';
import { loadSettings, watchSettings } from '../../components/settings-store';
import { CardController } from './card-controller';
import { CardHost } from './card-host';
import { MarkLayer } from './marks';
import { PageWatcher } from './observer';
import { onAbort, type Page } from './page';
import { answerPopup } from './popup-channel';
import { report, safe } from './safe';
import { Scanner } from './scanner';

/** Resolves when the browser is idle, or after `timeout` ms at the latest. */
function idle(win: Window | null, timeout: number): Promise<void> {
  return new Promise((resolve) => {
    if (win && typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 0);
  });
}

export interface AppOptions {
  /** Host for the per-site switch (default: this document's). An article frame passes the top page's. */
  siteHost?: string;
  /** Answer the popup's questions (cast, reveal). Only the top frame does: default true. */
  answersPopup?: boolean;
}

export class Backstory implements Page {
  readonly layer = new MarkLayer();
  readonly host: CardHost;
  readonly siteHost: string;
  enabled = false;
  cards: Record<string, CardModel> = {};
  published: PartialDate | null = null;
  /** Every listener and timer of the app: aborted once, by dispose(). */
  private life = new AbortController();
  /** The page shown: aborted on SPA navigation (a new one starts) and by dispose(). */
  private view = new AbortController();
  private scanner = new Scanner(this);
  private card: CardController;
  private watcher: PageWatcher;
  private url: string;
  private started = false;
  /** New text appeared while the site was switched off: rescan when it is switched on. */
  private missedChanges = false;

  constructor(
    readonly doc: Document,
    private opts: AppOptions = {},
  ) {
    this.siteHost = opts.siteHost ?? doc.location?.hostname ?? '';
    this.host = new CardHost(doc);
    this.card = new CardController(this, DEFAULT_SETTINGS.hoverDelayMs);
    this.watcher = new PageWatcher(doc, {
      ours: (n) => this.host.isHost(n),
      root: () => this.scanner.root,
      onBatch: safe('mutations', (b: { validate: boolean; rescan: boolean }) => this.onMutations(b)),
    });
    this.url = doc.location?.href ?? '';
  }

  get signal(): AbortSignal {
    return this.view.signal;
  }

  private get disposed(): boolean {
    return this.life.signal.aborted;
  }

  async start(): Promise<void> {
    if (this.opts.answersPopup !== false) answerPopup(this, (id) => this.card.reveal(id), this.life.signal);
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
    onAbort(this.life.signal, watchSettings(safe('settings', (s: Settings) => this.applySettings(s))));
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
    if (this.enabled) await this.scanner.scan();
  }

  /** Scans now (one at a time); the e2e harness and start() use it. */
  scan(): Promise<void> {
    return this.scanner.scan();
  }

  private untilVisible(): Promise<void> {
    return new Promise((resolve) => {
      const onChange = safe('visibility', () => {
        if (this.doc.visibilityState === 'hidden') return;
        this.doc.removeEventListener('visibilitychange', onChange);
        resolve();
      });
      this.doc.addEventListener('visibilitychange', onChange);
      onAbort(this.life.signal, () => this.doc.removeEventListener('visibilitychange', onChange));
    });
  }

  private applySettings(s: Settings): void {
    const enabled = isEnabledOn(s, this.siteHost);
    const { layer } = this;
    layer.style = s.markStyle;
    layer.types = { ...s.types };
    layer.inArticle = s.inArticle;
    layer.shown = enabled;
    const wasEnabled = this.enabled;
    this.enabled = enabled;
    this.card.settingsChanged(s.hoverDelayMs);
    // While off, mutations were not followed: drop what went stale before painting again.
    if (enabled && !wasEnabled && this.started) layer.validate();
    layer.render();
    // Switched on live (popup): scan now (with unchanged text the last answer is reused, no message).
    // At start-up, start() scans once everything is listening.
    if (enabled && !wasEnabled && this.started && !this.scanner.busy && (this.missedChanges || !this.scanner.answered)) {
      this.missedChanges = false;
      this.scanner.request(0);
    }
  }

  private onMutations(b: { validate: boolean; rescan: boolean }): void {
    if (!this.enabled) {
      this.missedChanges ||= b.rescan;
      return;
    }
    if (b.validate && this.layer.validate()) this.card.marksDropped();
    if (b.rescan && this.started) this.scanner.request(0);
  }

  /** SPA navigation: a new page in the same document. Start over. */
  private onNavigate(): void {
    const href = this.doc.location?.href ?? '';
    if (href === this.url) return;
    this.url = href;
    this.view.abort();
    this.view = new AbortController();
    this.card.reset();
    this.layer.clear();
    this.layer.hiddenIds.clear();
    this.cards = {};
    this.scanner.reset();
    void this.loadCorrections();
    if (this.enabled) this.scanner.request(300);
  }

  private async loadCorrections(): Promise<void> {
    try {
      const stored = (await browser.storage.local.get(CORRECTIONS_KEY))[CORRECTIONS_KEY];
      for (const id of hiddenOn(stored, this.doc.location?.href ?? '')) this.layer.hiddenIds.add(id);
    } catch (e) {
      report('corrections', e);
    }
  }

  // ---- page events ----

  /**
   * A listener on the page's objects, for the app's life: inside `safe`; only for events the browser
   * made (`isTrusted`: a page's script-made pointer, key or scroll events never open, move or act on
   * a card); and an orphan (its extension reloaded or updated, nothing to answer it) removes itself
   * on the first one.
   */
  private on<E extends Event>(target: Window | Document, type: string, fn: (e: E) => unknown, opts: AddEventListenerOptions): void {
    const handler = safe(type, (e: Event) => {
      if (!e.isTrusted) return;
      if (!extensionAlive()) return this.dispose();
      return fn(e as E);
    }) as EventListener;
    target.addEventListener(type, handler, opts);
    onAbort(this.life.signal, () => target.removeEventListener(type, handler, opts));
  }

  private listenPage(): void {
    const win = this.doc.defaultView;
    if (!win) return;
    const card = this.card;
    this.on<PointerEvent>(this.doc, 'pointermove', (e) => card.onPointerMove(e), { capture: true, passive: true });
    this.on<MouseEvent>(this.doc, 'mouseout', (e) => card.onPointerOut(e), { capture: true, passive: true });
    this.on<PointerEvent>(this.doc, 'pointerdown', (e) => card.onPointerDown(e), { capture: true, passive: true });
    this.on<KeyboardEvent>(win, 'keydown', (e) => card.onKeyDown(e), { capture: true });
    this.on(win, 'scroll', () => card.onViewportChange(), { capture: true, passive: true });
    this.on(win, 'resize', () => card.onViewportChange(), { passive: true });
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
      onAbort(this.life.signal, () => nav.removeEventListener('currententrychange', check));
      return;
    }
    const id = setInterval(check, 1000);
    onAbort(this.life.signal, () => clearInterval(id));
  }

  dispose(): void {
    if (this.disposed) return;
    // First, so a cleanup that calls back finds the app stopped: every listener and watcher
    // registered for the app's life goes now (onAbort: one failure stops no other).
    this.life.abort();
    this.enabled = false;
    this.view.abort();
    this.scanner.dispose();
    this.card.dispose();
    this.watcher.stop();
    this.layer.dispose();
    this.host.dispose();
  }
}
