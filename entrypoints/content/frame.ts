/**
 * Which frames Backstory runs in. The app's content script runs in the top page only; a small gate
 * (entrypoints/frame-gate.ts) runs in every frame and uses this check to decide whether to ask the
 * background for the app in its frame. Only article frames of the same site get it. A frame from
 * another origin (an ad, an embed, a social widget), or one inside such a frame, is left exactly as
 * it is: the check reads a few properties and the gate returns. Tiny and hidden frames (tracking
 * pixels, pre-rendered slots) are left alone too. Keep this module free of imports: it is bundled
 * into the gate, whose size is the cost paid in every frame.
 */

/** The element a frame sits in, as its parent document lays it out. */
export interface FrameBox {
  width: number;
  height: number;
  /** display:none, visibility:hidden or fully transparent. */
  hidden: boolean;
}

export interface FrameInfo {
  /**
   * From this frame up to the top: the element holding each frame, or null where the document
   * holding it is not same-origin with this frame (it cannot be read). [] in the top frame.
   */
  levels: readonly (FrameBox | null)[];
  /**
   * Text length of an about:blank or srcdoc frame (its content was written by the parent, often an
   * ad script's "friendly iframe"); null for a frame with a URL of its own.
   */
  inheritedTextLength: number | null;
}

export type FrameVerdict = 'run' | 'cross-origin' | 'hidden' | 'small' | 'little-text';

/** Smaller than this is a widget, a pixel or a leaderboard ad, never a readable article. */
export const MIN_FRAME_WIDTH = 200;
export const MIN_FRAME_HEIGHT = 100;
/** An about:blank/srcdoc frame with less text than this is not an article (ad copy is a line or two). */
export const MIN_INHERITED_TEXT = 400;
/** Deeper nesting than this is not a page a reader reads: leave it alone. */
const MAX_DEPTH = 16;

/** The pure decision: run the app in this frame or leave it alone (and why). */
export function frameVerdict(info: FrameInfo): FrameVerdict {
  if (info.levels.length > MAX_DEPTH) return 'cross-origin';
  if (info.levels.some((box) => box === null)) return 'cross-origin';
  for (const box of info.levels as FrameBox[]) {
    if (box.hidden) return 'hidden';
    if (box.width < MIN_FRAME_WIDTH || box.height < MIN_FRAME_HEIGHT) return 'small';
  }
  if (info.inheritedTextLength !== null && info.inheritedTextLength < MIN_INHERITED_TEXT) return 'little-text';
  return 'run';
}

/**
 * Reads `FrameInfo` for `win` (the content script's own window). `frameElement` is null when the
 * document holding the frame is not same-origin with *this* frame's document (sandboxed frames
 * have an opaque origin, so theirs is always null), so walking it up to the top checks every
 * ancestor, a same-origin grandchild of a cross-origin embed included. Never throws.
 */
export function readFrameInfo(win: Window): FrameInfo {
  const levels: (FrameBox | null)[] = [];
  let w: Window = win;
  try {
    while (w !== w.top && levels.length <= MAX_DEPTH) {
      const el = w.frameElement;
      if (!el) {
        levels.push(null);
        break;
      }
      const box = boxOf(el);
      levels.push(box);
      if (!box) break;
      w = w.parent;
    }
  } catch {
    levels.push(null);
  }
  let inheritedTextLength: number | null = null;
  if (levels.length && !levels.includes(null)) {
    try {
      if (win.location.protocol === 'about:') inheritedTextLength = win.document.body?.textContent?.length ?? 0;
    } catch {
      inheritedTextLength = 0;
    }
  }
  return { levels, inheritedTextLength };
}

/** Layout box and visibility of a frame's element; null when it cannot be read. */
function boxOf(el: Element): FrameBox | null {
  try {
    const view = el.ownerDocument.defaultView;
    const rect = el.getBoundingClientRect();
    const style = view?.getComputedStyle(el);
    const hidden = el.getClientRects().length === 0 || (!!style && (style.visibility !== 'visible' || style.opacity === '0'));
    return { width: rect.width, height: rect.height, hidden };
  } catch {
    return null;
  }
}

/**
 * The host whose per-site switch applies here: the top page's (the popup shows the top page's
 * host). In the top frame and in frames that passed `frameVerdict`, top's location is readable.
 */
export function siteHostOf(win: Window): string {
  try {
    return win.top?.location.hostname ?? win.location.hostname;
  } catch {
    return win.location.hostname;
  }
}
