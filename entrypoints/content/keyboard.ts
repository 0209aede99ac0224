/**
 * Keyboard way in. Highlights are invisible to screen readers and not focusable, so:
 * - Alt+Shift+B walks to the next marked name, Alt+Shift+V to the previous one (V sits left of B).
 *   Neither is a Chrome or Firefox shortcut; matched by `code` so it works on any layout and on
 *   macOS, where Option+Shift+B types a character.
 * - While walking, Enter or Space opens the card for the focused name; Escape closes the card (focus
 *   goes back to where it was) or, with no card, stops walking; Tab stops walking and lets the page
 *   have its Tab.
 * Keys typed into form fields and editable regions are never taken.
 */
export type KeyAction = 'next' | 'prev' | 'open' | 'escape' | 'leave' | null;

export interface KeyState {
  /** A mention has the keyboard focus ring. */
  walking: boolean;
  /** A card is open. */
  cardOpen: boolean;
  /** Focus is inside the card (its buttons and links get their own Enter/Space). */
  focusInCard: boolean;
}

export function isEditable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || el.nodeType !== 1) return false;
  if (el.isContentEditable) return true;
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

type Key = Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'target' | 'isComposing'>;

export function keyAction(e: Key, s: KeyState): KeyAction {
  if (e.isComposing) return null;
  if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && (e.code === 'KeyB' || e.code === 'KeyV')) {
    return isEditable(e.target) ? null : e.code === 'KeyB' ? 'next' : 'prev';
  }
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  if (e.key === 'Escape' && (s.cardOpen || s.walking)) return 'escape';
  if (!s.walking || s.focusInCard || isEditable(e.target)) return null;
  if (e.key === 'Enter' || e.key === ' ' || e.key === 'Spacebar') return 'open';
  if (e.key === 'Tab') return 'leave';
  return null;
}
