/**
 * The card and how the reader reaches it: hover (hover-intent.ts runs the states of hover-state.ts:
 * idle → pending → open → closing), click, the keyboard walk over the marks (focused mark), "All
 * mentions", "Not this one", and the popup's "reveal". A card opened by keyboard, click or a card
 * action is pinned: pointer moves don't close it.
 */
import { browser } from 'wxt/browser';
import { correctionFor, CORRECTIONS_KEY, withCorrection } from '../../core/corrections';
import { extensionAlive } from '../../components/messaging';
import { hitTest, markRects } from './hit-test';
import { HoverIntent } from './hover-intent';
import { keyAction } from './keyboard';
import type { Mark } from './mark';
import type { Page } from './page';
import type { Box } from './placement';
import { report, safe } from './safe';

/** Quiet time after a scroll before a long page's painted window of marks follows the viewport. */
const FOLLOW_DELAY_MS = 120;

interface HoverTarget {
  mark: Mark;
  rectIndex: number;
}

export class CardController {
  readonly hover: HoverIntent<HoverTarget>;
  /** The mark the keyboard walk is on (null: not walking). */
  private focused: Mark | null = null;
  private openMark: Mark | null = null;
  private pinned = false;
  private moveFrame = 0;
  private lastMove: { target: EventTarget | null; x: number; y: number } | null = null;
  private scrollFrame = 0;
  private followTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private page: Page, dwellMs: number) {
    this.hover = new HoverIntent<HoverTarget>({
      dwellMs,
      open: (t) => this.open(t.mark, t.rectIndex, { focus: false }),
      close: () => this.close(false),
      same: (a, b) => a.mark === b.mark,
    });
  }

  /** Settings changed: close what may no longer show. */
  settingsChanged(dwellMs: number): void {
    this.hover.dwellMs = dwellMs;
    if (!this.page.enabled) {
      this.close(false);
      this.stopWalk();
    } else if (this.openMark && !this.page.layer.isVisible(this.openMark)) this.close(false);
  }

  /** Marks went stale and were dropped: so does a card or focus on one of them. */
  marksDropped(): void {
    const all = this.page.layer.all();
    if (this.openMark && !all.includes(this.openMark)) this.close(false);
    if (this.focused && !all.includes(this.focused)) this.stopWalk();
  }

  /** A new page in the same document. */
  reset(): void {
    this.close(false);
    this.stopWalk();
  }

  dispose(): void {
    clearTimeout(this.followTimer);
  }

  // ---- page events (registered by app.ts, trusted events only) ----

  onPointerMove(e: PointerEvent): void {
    const { page } = this;
    if (!page.enabled || e.pointerType === 'touch') return;
    if (e.buttons !== 0) {
      // Selecting text or dragging: not a hover. Cancel a pending dwell, keep an open card's grace.
      if (!this.pinned) this.hover.pointer({ kind: 'none' });
      return;
    }
    if (!page.layer.size && !page.host.open) return;
    this.lastMove = { target: e.target, x: e.clientX, y: e.clientY };
    if (this.moveFrame) return;
    // One hit test per frame, however fast the pointer events come.
    this.moveFrame = requestAnimationFrame(
      safe('hover', () => {
        this.moveFrame = 0;
        const m = this.lastMove;
        if (!m || this.pinned) return;
        if (page.host.isHost(m.target)) return this.hover.pointer({ kind: 'card' });
        const hit = hitTest(page.layer, m.target, m.x, m.y, page.doc);
        this.hover.pointer(hit ? { kind: 'mark', target: { mark: hit.mark, rectIndex: hit.rectIndex } } : { kind: 'none' });
      }) as FrameRequestCallback,
    );
  }

  /** The pointer left the window. */
  onPointerOut(e: MouseEvent): void {
    if (!e.relatedTarget && !this.pinned) this.hover.pointer({ kind: 'none' });
  }

  onPointerDown(e: PointerEvent): void {
    const { host } = this.page;
    if (host.isHost(e.target)) {
      if (host.open) {
        this.pinned = true; // a click in the card says "I am reading this": keep it
        if (this.openMark) this.hover.markOpen({ mark: this.openMark, rectIndex: 0 });
      }
      return;
    }
    if (this.focused) this.stopWalk();
    if (host.open) this.close(false);
  }

  onViewportChange(): void {
    const { layer, host } = this.page;
    // A page too long to paint whole paints the marks around the viewport: move them once the
    // scrolling settles. (Other pages pay nothing per scroll event.)
    if (layer.windowed) {
      clearTimeout(this.followTimer);
      this.followTimer = setTimeout(safe('scroll', () => layer.follow()), FOLLOW_DELAY_MS);
    }
    if (!host.open || this.scrollFrame) return;
    this.scrollFrame = requestAnimationFrame(
      safe('scroll', () => {
        this.scrollFrame = 0;
        if (host.open && !host.reposition()) this.close(false);
      }) as FrameRequestCallback,
    );
  }

  onKeyDown(e: KeyboardEvent): void {
    const { page } = this;
    if (!page.enabled || !page.layer.size) return;
    const action = keyAction(e, { walking: this.focused !== null, cardOpen: page.host.open, focusInCard: page.host.hasFocus() });
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
        this.open(this.focused, 0, { focus: true, pin: true });
        break;
      case 'escape':
        if (page.host.open) this.close(true);
        else this.stopWalk();
        break;
      case 'leave':
        this.stopWalk();
        break;
    }
  }

  // ---- the card ----

  /**
   * The box the card keeps clear of: horizontally the line the pointer is on, vertically every line
   * of the mention (a name wrapped over two lines is never half covered by its own card).
   */
  private lineOf(mark: Mark, rectIndex: number): Box | null {
    const rects = markRects(mark, this.page.doc);
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

  private open(mark: Mark, rectIndex: number, opts: { focus: boolean; pin?: boolean }): void {
    const { page } = this;
    const model = page.cards[mark.mention.id];
    if (!model || !page.enabled) return;
    const same = page.layer.visible().filter((m) => m.mention.id === mark.mention.id);
    const index = same.indexOf(mark);
    this.openMark = mark;
    this.pinned = !!opts.pin;
    const focus = opts.focus || page.host.hasFocus();
    page.host.show(
      {
        model,
        mentionCount: same.length,
        mentionIndex: index >= 0 ? index + 1 : undefined,
        onClose: safe('close', () => this.close(true)),
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
    if (page.host.open) this.hover.markOpen({ mark, rectIndex });
    else this.openMark = null;
  }

  close(returnFocus: boolean): void {
    const { host, doc } = this.page;
    this.hover.closed();
    this.pinned = false;
    this.openMark = null;
    if (!host.open) return;
    if (!returnFocus && host.hasFocus()) (doc.activeElement as HTMLElement | null)?.blur?.();
    host.hide();
  }

  /** "All mentions": the card moves to this entity's next mention, scrolled into view. */
  private nextMentionOf(mark: Mark, step: 1 | -1 | 'first' = 1): void {
    const { layer, host } = this.page;
    const same = layer.visible().filter((m) => m.mention.id === mark.mention.id);
    if (same.length < 2) return;
    const next = step === 'first' ? same[0] : same[(same.indexOf(mark) + step + same.length) % same.length];
    this.scrollToMark(next);
    this.focused = next;
    layer.setFocus(next);
    this.open(next, 0, { focus: host.hasFocus(), pin: true });
  }

  /**
   * "Not this one": hide this entity's marks on this page and note it for the maintainers (locally).
   * Only from the reader's own click (the card host also stops script-made events before the card
   * sees them); an orphan whose extension is gone removes its marks instead of claiming anything.
   */
  private async notThisOne(mark: Mark, e?: unknown): Promise<void> {
    const { page } = this;
    if ((e as Event | undefined)?.isTrusted === false) return;
    if (!extensionAlive()) return page.dispose();
    const id = mark.mention.id;
    const name = page.cards[id]?.name ?? mark.mention.text;
    page.layer.hiddenIds.add(id);
    this.close(true);
    if (this.focused?.mention.id === id) this.stopWalk();
    page.layer.render();
    let saved = true;
    try {
      const stored = (await browser.storage.local.get(CORRECTIONS_KEY))[CORRECTIONS_KEY];
      const list = withCorrection(stored, correctionFor(page.doc.location?.href ?? '', mark.mention.text, id));
      if (list) await browser.storage.local.set({ [CORRECTIONS_KEY]: list });
    } catch (err) {
      report('corrections', err);
      if (!extensionAlive()) return page.dispose();
      saved = false;
    }
    page.host.announce(saved ? `Marks for ${name} hidden on this page.` : `Marks for ${name} hidden on this page; the correction could not be saved.`);
  }

  // ---- keyboard walk ----

  private walk(dir: 1 | -1): void {
    const { layer, host, cards } = this.page;
    const list = layer.visible();
    if (!list.length) {
      host.announce('No marked names on this page.');
      return;
    }
    let i = this.focused ? list.indexOf(this.focused) : -1;
    if (i < 0) {
      // Start at the first name on screen, not at the top of a long article.
      const first = list.findIndex((m) => (this.lineOf(m, 0)?.bottom ?? -1) > 0);
      i = first >= 0 ? first : dir > 0 ? 0 : list.length - 1;
    } else i = (i + dir + list.length) % list.length;
    const mark = list[i];
    if (host.open) this.close(false);
    this.focused = mark;
    layer.setFocus(mark);
    this.scrollToMark(mark);
    const model = cards[mark.mention.id];
    const kind = model ? ` (${model.type})` : '';
    host.announce(`${model?.name ?? mark.mention.text}${kind}, name ${i + 1} of ${list.length}. Enter opens the background card.`);
  }

  stopWalk(): void {
    this.focused = null;
    this.page.layer.setFocus(null);
  }

  private scrollToMark(mark: Mark): void {
    const win = this.page.doc.defaultView;
    const r = this.lineOf(mark, 0);
    if (!win || !r) return;
    const vh = win.innerHeight;
    if (r.top < 48 || r.bottom > vh - 48) win.scrollBy({ top: r.top - vh * 0.35, behavior: 'instant' as ScrollBehavior });
  }

  /** Scrolls to the entity's first mention and flashes it (the popup's cast list). */
  reveal(id: string): boolean {
    const { page } = this;
    if (!page.enabled) return false; // paused or off here: nothing registered in the page
    const mark = page.layer.all().find((m) => m.mention.id === id && !page.layer.hiddenIds.has(id));
    if (!mark) return false;
    const win = page.doc.defaultView;
    const r = this.lineOf(mark, 0);
    if (win && r) win.scrollBy({ top: r.top - win.innerHeight * 0.35, behavior: 'instant' as ScrollBehavior });
    page.layer.flash(mark);
    const model = page.cards[id];
    if (model) page.host.announce(`${model.name}, first mention.`);
    return true;
  }
}
