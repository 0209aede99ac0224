/**
 * Hover intent, after Wikipedia's Page Previews: a card opens only after the pointer has rested on
 * one mention for `dwellMs` (the reader's hover delay, 500 ms by default), and stays for `graceMs`
 * after the pointer leaves so it can travel across the gap into the card. Moving to another mention
 * restarts the dwell, so a cursor skimming across a paragraph never flashes a card.
 *
 * The states and their transitions are a pure reducer (hover-state.ts); this class owns the two
 * timers, injected so unit tests drive time.
 */
import { hoverReducer, IDLE, type HoverEffect, type HoverEvent, type HoverState, type PointerAt } from './hover-state';
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

export type { PointerAt };

/** Runs hover-state.ts's reducer: keeps the state, the two timers, and calls open/close. */
export class HoverIntent<T> {
  dwellMs: number;
  private graceMs: number;
  private timers: Timers;
  private state: HoverState<T> = IDLE;
  /** The two timers' handles (null: not running). */
  private timer: { dwell: unknown; grace: unknown } = { dwell: null, grace: null };

  constructor(private opts: HoverIntentOptions<T>) {
    this.dwellMs = opts.dwellMs;
    this.graceMs = opts.graceMs ?? GRACE_MS;
    this.timers = opts.timers ?? realTimers;
  }

  private readonly same = (a: T, b: T): boolean => (this.opts.same ? this.opts.same(a, b) : a === b);

  /** The mention a card is open for (by hover or by `markOpen()`), or null. */
  get current(): T | null {
    return this.state.open;
  }

  /** Where the pointer is now. Call on every (throttled) pointer move. */
  pointer(at: PointerAt<T>): void {
    this.dispatch({ type: 'pointer', at });
  }

  /** A card opened some other way (keyboard, "All mentions"): hover now treats it as open. */
  markOpen(target: T): void {
    this.dispatch({ type: 'opened', target });
  }

  /** The card closed (Escape, close button, scrolled away): forget it without calling close(). */
  closed(): void {
    this.dispatch({ type: 'closed' });
  }

  /** Cancel everything and close now. */
  reset(): void {
    this.dispatch({ type: 'reset' });
  }

  /** The state is committed before the effects run: open() and close() may dispatch again. */
  private dispatch(event: HoverEvent<T>): void {
    const { state, effects } = hoverReducer(this.state, event, this.same);
    this.state = state;
    for (const fx of effects) this.run(fx);
  }

  private run(fx: HoverEffect<T>): void {
    switch (fx.type) {
      case 'start-dwell':
        return this.start('dwell', this.dwellMs, 'dwell-elapsed');
      case 'cancel-dwell':
        return this.cancel('dwell');
      case 'start-grace':
        if (this.timer.grace === null) this.start('grace', this.graceMs, 'grace-elapsed');
        return;
      case 'cancel-grace':
        return this.cancel('grace');
      case 'open':
        return this.opts.open(fx.target);
      case 'close':
        return this.opts.close();
    }
  }

  private start(which: 'dwell' | 'grace', ms: number, elapsed: 'dwell-elapsed' | 'grace-elapsed'): void {
    this.timer[which] = this.timers.set(() => {
      this.timer[which] = null;
      this.dispatch({ type: elapsed });
    }, ms);
  }

  private cancel(which: 'dwell' | 'grace'): void {
    if (this.timer[which] !== null) this.timers.clear(this.timer[which]);
    this.timer[which] = null;
  }
}
