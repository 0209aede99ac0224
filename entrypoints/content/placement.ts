/**
 * Where the card goes, after Page Previews: below the hovered line, or above it when the line is in
 * the lower half of the viewport; shifted left to stay inside the viewport; never over the line
 * being read (the card is confined to one side of it and scrolls inside when that side is short).
 * Pure: viewport coordinates in, position out.
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  /** The card's height limit on its side of the line (it scrolls inside beyond that). */
  maxHeight: number;
  side: 'below' | 'above';
}

/** Gap between the line and the card: close enough to read as "about this", far enough not to touch descenders. */
export const GAP = 6;
/** Distance kept from the viewport edges. */
export const MARGIN = 8;

/**
 * `keep`: the side the card is on already (on scroll). It stays there while it still fits, so a
 * card does not jump over the line just because the line crossed the middle of the viewport.
 */
export function place(
  line: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  keep?: 'below' | 'above',
): Placement {
  const roomBelow = viewport.height - line.bottom - GAP - MARGIN;
  const roomAbove = line.top - GAP - MARGIN;
  const lowerHalf = (line.top + line.bottom) / 2 > viewport.height / 2;
  let side: 'below' | 'above' = lowerHalf ? 'above' : 'below';
  if (keep && (keep === 'below' ? roomBelow : roomAbove) >= card.height) side = keep;
  // Flip when the preferred side cannot hold the card and the other side holds more of it.
  else if (side === 'below' && roomBelow < card.height && roomAbove > roomBelow) side = 'above';
  else if (side === 'above' && roomAbove < card.height && roomBelow > roomAbove) side = 'below';
  const room = Math.max(0, side === 'below' ? roomBelow : roomAbove);
  const height = Math.min(card.height, room);
  const top = side === 'below' ? line.bottom + GAP : line.top - GAP - height;
  const maxLeft = viewport.width - card.width - MARGIN;
  const left = Math.max(MARGIN, Math.min(line.left, maxLeft));
  return { left: Math.round(left), top: Math.round(top), maxHeight: Math.floor(room), side };
}

/** True when the line is at least partly inside the viewport (else the card closes). */
export function inViewport(line: Box, viewport: { width: number; height: number }): boolean {
  return line.bottom > 0 && line.top < viewport.height && line.right > 0 && line.left < viewport.width;
}
