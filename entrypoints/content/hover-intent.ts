/**
 * Hover intent, after Wikipedia's Page Previews: a card opens only after the pointer has rested on
 * one mention for `dwellMs` (the reader's hover delay, 500 ms by default), and stays for `graceMs`
 * after the pointer leaves so it can travel across the gap into the card. Moving to another mention
 * restarts the dwell, so a cursor skimming across a paragraph never flashes a card.
 *
 * Pure state machine over an opaque target type; timers are injected so unit tests drive time.
 */
import { safe } from './safe';

/** 300 ms: Page Previews' grace. Enough to cross the 6 px gap into the card at a relaxed pace. */
export const GRACE_MS = 300;

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/** Real timers; the callback runs inside `safe` (an error of ours never reaches the page). */
export const realTimers: Timers = {
  set: (fn, ms) => setTimeout(safe('hover-timer', fn), ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export interface HoverIntentOptions<T> {
  dwellMs: number;
  graceMs?: number;
  open(target: T): void;
  close(): void;
  timers?: Timers;
  /** Same mention? (default: ===) */
  same?(a: T, b: T): boolean;
}

export type PointerAt<T> = { kind: 'mark'; target: T } | { kind: 'card' } | { kind: 'none' };

export class HoverIntent<T> {
  dwellMs: number;
  private graceMs: number;
  private timers: Timers;
  private pending: T | null = null;
  private dwell: unknown = null;
  private grace: unknown = null;
  private opened: T | null = null;

  constructor(private opts: HoverIntentOptions<T>) {
    this.dwellMs = opts.dwellMs;
    this.graceMs = opts.graceMs ?? GRACE_MS;
    this.timers = opts.timers ?? realTimers;
  }

  private same(a: T | null, b: T | null): boolean {
    if (a === null || b === null) return a === b;
    return this.opts.same ? this.opts.same(a, b) : a === b;
  }

  /** The mention a card is open for (by hover or by `opened()`), or null. */
  get current(): T | null {
    return this.opened;
  }

  /** Where the pointer is now. Call on every (throttled) pointer move. */
  pointer(at: PointerAt<T>): void {
    if (at.kind === 'card') {
      this.cancelDwell();
      this.cancelGrace();
      return;
    }
    if (at.kind === 'mark') {
      if (this.opened !== null && this.same(at.target, this.opened)) {
        this.cancelDwell();
        this.cancelGrace();
        return;
      }
      if (this.pending !== null && this.same(at.target, this.pending)) return; // dwelling
      this.cancelDwell();
      this.pending = at.target;
      const target = at.target;
      this.dwell = this.timers.set(() => {
        this.dwell = null;
        this.pending = null;
        this.cancelGrace();
        this.opened = target;
        this.opts.open(target);
      }, this.dwellMs);
      // A card open for another mention keeps closing on its grace while we dwell here.
      if (this.opened !== null) this.startGrace();
      return;
    }
    this.cancelDwell();
    if (this.opened !== null) this.startGrace();
  }

  /** A card opened some other way (keyboard, "All mentions"): hover now treats it as open. */
  markOpen(target: T): void {
    this.cancelDwell();
    this.cancelGrace();
    this.opened = target;
  }

  /** The card closed (Escape, close button, scrolled away): forget it without calling close(). */
  closed(): void {
    this.cancelDwell();
    this.cancelGrace();
    this.opened = null;
  }

  /** Cancel everything and close now. */
  reset(): void {
    const wasOpen = this.opened !== null;
    this.closed();
    if (wasOpen) this.opts.close();
  }

  private startGrace(): void {
    if (this.grace !== null) return;
    this.grace = this.timers.set(() => {
      this.grace = null;
      this.opened = null;
      this.opts.close();
    }, this.graceMs);
  }

  private cancelDwell(): void {
    if (this.dwell !== null) this.timers.clear(this.dwell);
    this.dwell = null;
    this.pending = null;
  }

  private cancelGrace(): void {
    if (this.grace !== null) this.timers.clear(this.grace);
    this.grace = null;
  }
}
