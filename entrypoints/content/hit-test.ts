/**
 * Which mark is under the pointer. Browsers do not all have `highlightsFromPoint` yet, so, like
 * Word Hunter, we look only at the marks whose text sits directly in the element the pointer is
 * over (`event.target`: over a text node, the target is that node's parent element), and check
 * their client rects. A handful of rects per move, no index to keep fresh on scroll or resize.
 */
import type { Mark } from './mark';
import type { MarkLayer } from './marks';

export interface Hit {
  mark: Mark;
  /** The line box of the mark under the pointer (a mark that wraps has one rect per line). */
  rect: DOMRect;
  /** Index of that rect among the mark's rects, to follow the same line on scroll. */
  rectIndex: number;
}

/** Slack around a rect, in px, so the underline's few pixels below the text still count. */
const SLOP = 2;

export function markRects(m: Mark, doc: Document): DOMRect[] {
  const out: DOMRect[] = [];
  for (const r of m.ranges) {
    const range = doc.createRange();
    try {
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
    } catch {
      continue; // the node changed under us: validate() will drop the mark
    }
    for (const rect of range.getClientRects()) if (rect.width > 0 && rect.height > 0) out.push(rect);
  }
  return out;
}

export function hitTest(layer: MarkLayer, target: EventTarget | null, x: number, y: number, doc: Document): Hit | null {
  if (!target || (target as Node).nodeType !== 1) return null;
  const candidates = layer.candidatesAt(target as Element);
  for (const mark of candidates) {
    const rects = markRects(mark, doc);
    for (let i = 0; i < rects.length; i++) {
      const r = rects[i];
      if (x >= r.left - SLOP && x <= r.right + SLOP && y >= r.top - SLOP && y <= r.bottom + SLOP) return { mark, rect: r, rectIndex: i };
    }
  }
  return null;
}
