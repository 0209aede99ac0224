/**
 * Viewport first (issue 6, "lazy work"): on a long article the marks on screen are made first, then
 * the ones below, then the ones above going up; every run is ordered so marks join the layer at one
 * end (no re-sorting by DOM position).
 */
import { describe, expect, it } from 'vitest';
import { viewportFirst } from '../../entrypoints/content/painter';
import type { Mention } from '../../core/types';

const mentions = (n: number) => Array.from({ length: n }, (_, i) => ({ start: i * 10, end: i * 10 + 5, id: `e${i}`, text: 'x' }) as unknown as Mention);

/** A page where mention i's line ends at i * 20 - 1000 px from the viewport top (scrolled 1000 px down). */
const scan = {
  rangeAt: (start: number) => [{ startContainer: { parentElement: { getBoundingClientRect: () => ({ bottom: (start / 10) * 20 - 1000 }) } }, startOffset: 0, endContainer: null, endOffset: 1 }],
} as never;
const win = {} as Window;

describe('viewportFirst', () => {
  it('starts at the first mention on screen, then goes down, then up from above the viewport', () => {
    const list = mentions(200);
    const [below, above] = viewportFirst(list, scan, win);
    expect(below[0].start).toBe(500); // mention 50: bottom = 0
    expect(below.map((m) => m.start)).toEqual(list.slice(50).map((m) => m.start));
    expect(above.map((m) => m.start)).toEqual(list.slice(0, 50).map((m) => m.start).reverse());
  });

  it('keeps a short list in text order (nothing to gain)', () => {
    const list = mentions(10);
    expect(viewportFirst(list, scan, win)).toEqual([list]);
  });

  it('at the top of the page, is text order', () => {
    const top = { rangeAt: () => [{ startContainer: { parentElement: { getBoundingClientRect: () => ({ bottom: 10 }) } } }] } as never;
    const list = mentions(100);
    const [below, above] = viewportFirst(list, top, win);
    expect(below).toEqual(list);
    expect(above).toEqual([]);
  });
});
