/**
 * The hover card's states, as a pure reducer (after MediaWiki Popups' src/reducers/preview.js):
 *
 *   idle ──pointer on a mark──▶ pending ──dwell elapsed──▶ open ──pointer leaves──▶ closing
 *     ▲                            │ pointer leaves          ▲ back on the mark        │ grace
 *     └────────────────────────────┘                         └──── or on the card ─────┘ elapsed ▶ idle
 *
 * A mark can be pending while another card is closing (the reader moved on to the next name).
 * No timers and no DOM here: the reducer returns the next state and the effects to run (start or
 * cancel a timer, open or close the card); HoverIntent (hover-intent.ts) runs them.
 */

export type PointerAt<T> = { kind: 'mark'; target: T } | { kind: 'card' } | { kind: 'none' };

export interface HoverState<T> {
  /** The mark the pointer is dwelling on (its dwell timer runs). */
  pending: T | null;
  /** The mark whose card is open. */
  open: T | null;
  /** The open card's grace timer runs: it closes unless the pointer comes back. */
  closing: boolean;
}

export type HoverPhase = 'idle' | 'pending' | 'open' | 'closing';

export type HoverEvent<T> =
  | { type: 'pointer'; at: PointerAt<T> }
  | { type: 'dwell-elapsed' }
  | { type: 'grace-elapsed' }
  /** A card opened some other way (keyboard, a click, "All mentions"). */
  | { type: 'opened'; target: T }
  /** The card closed on its own (Escape, close button, scrolled away). */
  | { type: 'closed' }
  /** Cancel everything and close now. */
  | { type: 'reset' };

export type HoverEffect<T> =
  | { type: 'start-dwell' }
  | { type: 'cancel-dwell' }
  | { type: 'start-grace' }
  | { type: 'cancel-grace' }
  | { type: 'open'; target: T }
  | { type: 'close' };

export const IDLE: HoverState<never> = { pending: null, open: null, closing: false };

export function phaseOf<T>(s: HoverState<T>): HoverPhase {
  if (s.open !== null) return s.closing ? 'closing' : 'open';
  return s.pending !== null ? 'pending' : 'idle';
}

const CANCEL_BOTH = [{ type: 'cancel-dwell' }, { type: 'cancel-grace' }] as const;

/** The next state and what to do about it. `same` says whether two targets are the same mention. */
export function hoverReducer<T>(
  s: HoverState<T>,
  e: HoverEvent<T>,
  same: (a: T, b: T) => boolean,
): { state: HoverState<T>; effects: HoverEffect<T>[] } {
  /** Leaving the open card (if any): its grace starts, once. */
  const leave = (pending: T | null, effects: HoverEffect<T>[]) => {
    if (s.open !== null && !s.closing) effects.push({ type: 'start-grace' });
    return { state: { pending, open: s.open, closing: s.open !== null }, effects };
  };
  switch (e.type) {
    case 'pointer': {
      const at = e.at;
      if (at.kind === 'card' || (at.kind === 'mark' && s.open !== null && same(at.target, s.open))) {
        return { state: { pending: null, open: s.open, closing: false }, effects: [...CANCEL_BOTH] };
      }
      if (at.kind === 'mark') {
        if (s.pending !== null && same(at.target, s.pending)) return { state: s, effects: [] }; // dwelling
        // A card open for another mention keeps closing on its grace while we dwell here.
        return leave(at.target, [{ type: 'cancel-dwell' }, { type: 'start-dwell' }]);
      }
      return leave(null, [{ type: 'cancel-dwell' }]);
    }
    case 'dwell-elapsed':
      if (s.pending === null) return { state: s, effects: [] };
      return { state: { pending: null, open: s.pending, closing: false }, effects: [{ type: 'cancel-grace' }, { type: 'open', target: s.pending }] };
    case 'grace-elapsed':
      return { state: { pending: s.pending, open: null, closing: false }, effects: s.open !== null ? [{ type: 'close' }] : [] };
    case 'opened':
      return { state: { pending: null, open: e.target, closing: false }, effects: [...CANCEL_BOTH] };
    case 'closed':
      return { state: IDLE, effects: [...CANCEL_BOTH] };
    case 'reset':
      return { state: IDLE, effects: s.open !== null ? [...CANCEL_BOTH, { type: 'close' }] : [...CANCEL_BOTH] };
  }
}
