/**
 * The one element Backstory adds to a page: a plain `<div>` appended to <html> (outside <body>, so
 * the page's body text and layout are untouched), created only when a card or announcement is first
 * needed. Its closed shadow root holds the card's styles, the Preact-rendered card and a visually
 * hidden live region for screen readers.
 *
 * Isolation from a hostile page (issue 16):
 * - A `div`, not a custom element: a page can define a custom element under any tag name we might
 *   use and reach its shadow root (`attachInternals().shadowRoot`); a built-in element it cannot.
 * - The closed shadow root is attached before the host enters the page, so the page never sees it
 *   without one (it cannot attach its own first), and we keep both by reference: nothing is looked
 *   up in the page. The content script's isolated world has its own prototypes, so a page's patches
 *   of attachShadow, createElement or appendChild do not reach it.
 * - Before each use the host is checked to be ours: a page's attributes on it are dropped, its box is
 *   reset with inline `!important` declarations (which beat any page stylesheet rule) and a host the
 *   page removed is put back. If anything of that fails, no card shows and the app keeps working.
 * - Clicks, keys and pointer events inside the card that a script made (`isTrusted` false) are
 *   stopped before any handler of the card sees them: only the reader acts on the card.
 */
import { h, render } from 'preact';
import { Card, cardStyles, type CardProps } from '../../components/card/Card';
import { inViewport, place, type Box } from './placement';
import { report, safe } from './safe';

/** A built-in element: no page-defined custom element can stand in for it. */
const HOST_TAG = 'div';

/** Events inside the card that only the reader may cause: script-made ones are stopped. */
const READER_EVENTS = ['click', 'auxclick', 'dblclick', 'keydown', 'keyup', 'keypress', 'pointerdown', 'pointerup', 'mousedown', 'mouseup', 'touchstart', 'touchend', 'submit', 'input', 'change'];

const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  top: '0px',
  left: '0px',
  width: '0px',
  height: '0px',
  margin: '0px',
  padding: '0px',
  border: '0px',
  overflow: 'visible',
  'z-index': '2147483647',
  visibility: 'visible',
  opacity: '1',
  transform: 'none',
  filter: 'none',
  contain: 'none',
  'pointer-events': 'auto',
};

/** A folded card is at most this tall, and no card is ever taller than half the viewport. */
const FOLDED_MAX_HEIGHT = 320;

const SHADOW_CSS = `
${cardStyles}
.wrap { position: fixed; left: 0px; top: 0px; display: flex; flex-direction: column; pointer-events: auto; }
.wrap[hidden] { display: none; }
.wrap > .card { max-height: inherit; }
`;

export class CardHost {
  private host: HTMLElement | null = null;
  private wrap: HTMLDivElement | null = null;
  private live: HTMLDivElement | null = null;
  private anchor: (() => Box | null) | null = null;
  private returnFocus: Element | null = null;
  /** "More" was pressed on the card shown: it may grow, up to half the viewport. */
  private expanded = false;
  open = false;

  constructor(private doc: Document) {}

  /** True when `target` is our host (events from inside the shadow root are retargeted to it). */
  isHost(target: EventTarget | null): boolean {
    return !!target && target === this.host;
  }

  /** Focus is inside the card. */
  hasFocus(): boolean {
    return !!this.host && this.doc.activeElement === this.host;
  }

  /** The card's parts, in the page and checked to be ours; null when the page keeps us out. */
  private ensure(): { wrap: HTMLDivElement; live: HTMLDivElement } | null {
    try {
      if (!this.host || !this.wrap || !this.live) this.create();
      const host = this.host;
      if (!host || !this.wrap || !this.live) return null;
      // Only our inline style on the host: a page's `hidden`, `inert`, `popover` or `dir` goes.
      for (const name of host.getAttributeNames()) if (name !== 'style') host.removeAttribute(name);
      this.applyHostStyle(host);
      const root = this.doc.documentElement;
      if (host.parentNode !== root) root.appendChild(host);
      if (host.parentNode !== root) return null;
      return { wrap: this.wrap, live: this.live };
    } catch (e) {
      report('card-host', e);
      return null;
    }
  }

  /** Builds host and shadow root outside the page, then checks them before the host goes in. */
  private create(): void {
    const host = this.doc.createElement(HOST_TAG);
    const shadow = host.attachShadow({ mode: 'closed' });
    // What we made is what we hold: a plain div whose (closed) root the page cannot read.
    if (host.localName !== HOST_TAG || host.shadowRoot !== null || shadow.host !== host || shadow.mode !== 'closed') return;
    for (const type of READER_EVENTS) shadow.addEventListener(type, stopUntrusted, { capture: true });
    const style = this.doc.createElement('style');
    style.textContent = SHADOW_CSS;
    const wrap = this.doc.createElement('div');
    wrap.className = 'wrap';
    wrap.hidden = true;
    const live = this.doc.createElement('div');
    live.className = 'sr-only';
    live.setAttribute('aria-live', 'polite');
    live.setAttribute('role', 'status');
    shadow.append(style, wrap, live);
    this.host = host;
    this.wrap = wrap;
    this.live = live;
  }

  private applyHostStyle(host: HTMLElement): void {
    for (const [k, v] of Object.entries(HOST_STYLE)) host.style.setProperty(k, v, 'important');
  }

  /**
   * Renders the card and places it by `anchor` (the line it is about, in viewport coordinates;
   * called again on scroll). `focus` moves keyboard focus into the card (opened from the keyboard).
   */
  show(props: CardProps, anchor: () => Box | null, opts: { focus?: boolean } = {}): void {
    const parts = this.ensure();
    if (!parts) return; // the page keeps us out: no card
    const { wrap } = parts;
    this.anchor = anchor;
    wrap.style.visibility = 'hidden';
    wrap.style.maxHeight = 'none';
    delete wrap.dataset.side; // a new card picks its side afresh
    wrap.hidden = false;
    this.expanded = false;
    const onExpand = () => {
      this.expanded = true;
      this.reposition();
      props.onExpand?.();
    };
    render(h(Card, { ...props, onExpand }), wrap);
    this.open = true;
    if (!this.reposition()) {
      this.hide();
      return;
    }
    wrap.style.visibility = 'visible';
    if (opts.focus) {
      const active = this.doc.activeElement;
      if (active !== this.host) this.returnFocus = active;
      (wrap.querySelector('.card') as HTMLElement | null)?.focus({ preventScroll: true });
    }
  }

  /** Places the card by its anchor again. False when the anchor left the viewport (caller closes). */
  reposition(): boolean {
    if (!this.open || !this.wrap || !this.anchor) return false;
    const line = this.anchor();
    const view = this.viewport();
    if (!line || !inViewport(line, view)) return false;
    const card = this.wrap.firstElementChild as HTMLElement | null;
    // Measure the card's natural size (the previous side's height limit lifted).
    this.wrap.style.maxHeight = 'none';
    const size = card ? card.getBoundingClientRect() : { width: 360, height: 200 };
    const keep = this.wrap.dataset.side as 'below' | 'above' | undefined;
    const p = place(line, { width: size.width, height: size.height }, view, keep || undefined);
    this.wrap.style.left = `${p.left}px`;
    this.wrap.style.top = `${p.top}px`;
    const cap = Math.min(Math.floor(view.height / 2), this.expanded ? Infinity : FOLDED_MAX_HEIGHT);
    this.wrap.style.maxHeight = `${Math.min(p.maxHeight, cap)}px`;
    this.wrap.dataset.side = p.side;
    return true;
  }

  private viewport(): { width: number; height: number } {
    const de = this.doc.documentElement;
    const win = this.doc.defaultView;
    // clientWidth excludes the page's scrollbar; innerWidth is the fallback for odd roots.
    return { width: de.clientWidth || win?.innerWidth || 0, height: win?.innerHeight || de.clientHeight || 0 };
  }

  /** Closes the card; returns focus to where it was when the keyboard opened it. */
  hide(): void {
    if (!this.wrap) return;
    const hadFocus = this.hasFocus();
    render(null, this.wrap);
    this.wrap.hidden = true;
    this.open = false;
    this.anchor = null;
    if (hadFocus) {
      const back = this.returnFocus as HTMLElement | null;
      if (back && back.isConnected && typeof back.focus === 'function' && back !== this.doc.body) back.focus({ preventScroll: true });
      else (this.doc.activeElement as HTMLElement | null)?.blur?.();
    }
    this.returnFocus = null;
  }

  /** Tells screen readers something (the mention walked to, a hidden mark). */
  announce(text: string): void {
    const parts = this.ensure();
    if (!parts) return;
    const { live } = parts;
    // Clear then set on the next frame, so the same text twice is announced twice.
    live.textContent = '';
    setTimeout(
      safe('announce', () => {
        live.textContent = text;
      }),
      30,
    );
  }

  dispose(): void {
    if (this.wrap) render(null, this.wrap);
    this.host?.remove();
    this.host = this.wrap = this.live = null;
    this.open = false;
  }
}

/** Capture listener on the card's shadow root: a script-made event never reaches the card. */
function stopUntrusted(e: Event): void {
  if (e.isTrusted) return;
  e.stopImmediatePropagation();
  e.preventDefault();
}
