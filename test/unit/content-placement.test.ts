import { describe, expect, it } from 'vitest';
import { GAP, MARGIN, place } from '../../entrypoints/content/placement';

const view = { width: 1280, height: 900 };
const card = { width: 360, height: 300 };
const line = (top: number, left = 200, width = 140, height = 22) => ({ top, left, right: left + width, bottom: top + height });
const overlaps = (a: { top: number; bottom: number }, b: { top: number; bottom: number }) => a.top < b.bottom && b.top < a.bottom;

describe('card placement', () => {
  it('goes below a line in the upper half, just under it', () => {
    const l = line(100);
    const p = place(l, card, view);
    expect(p.side).toBe('below');
    expect(p.top).toBe(l.bottom + GAP);
    expect(p.left).toBe(200);
  });

  it('flips above a line in the lower half', () => {
    const l = line(700);
    const p = place(l, card, view);
    expect(p.side).toBe('above');
    expect(p.top + Math.min(card.height, p.maxHeight)).toBeLessThanOrEqual(l.top - GAP);
  });

  it('stays inside the viewport at the right edge', () => {
    const l = line(100, 1200, 70);
    const p = place(l, card, view);
    expect(p.left + card.width).toBeLessThanOrEqual(view.width - MARGIN);
    expect(p.left).toBeGreaterThanOrEqual(MARGIN);
  });

  it('never covers the line, even when neither side fits the card', () => {
    const small = { width: 1280, height: 260 };
    for (let top = 0; top < small.height - 22; top += 7) {
      const l = line(top);
      const p = place(l, card, small);
      const h = Math.min(card.height, p.maxHeight);
      expect(overlaps({ top: p.top, bottom: p.top + h }, l)).toBe(false);
      expect(p.top).toBeGreaterThanOrEqual(0);
      expect(p.top + h).toBeLessThanOrEqual(small.height);
    }
  });

  it('keeps its side on scroll while it fits, so it does not jump over the line', () => {
    const p = place(line(500), card, view, 'below');
    expect(p.side).toBe('below');
    const q = place(line(800), card, view, 'below'); // no room below any more: flips
    expect(q.side).toBe('above');
  });

  it('prefers the side with room near the bottom of a short viewport', () => {
    const p = place(line(20), { width: 360, height: 500 }, { width: 800, height: 600 });
    expect(p.side).toBe('below');
    expect(p.maxHeight).toBe(600 - 42 - GAP - MARGIN);
  });
});
