/**
 * Painting: turns the background's mentions into marks on the mark layer, in slices that stay
 * under a long task (the page keeps running between them), what the reader sees first marked first.
 */
import type { PageScan } from '../../core/page/scan';
import type { CardModel, Mention } from '../../core/types';
import { markOf, type Mark } from './mark';
import type { MarkLayer } from './marks';
import { PERF_MARKS, perfMark, perfMeasure } from './perf';
import { CHUNK_BUDGET_MS, yieldToMain } from './safe';

/** Articles with fewer mentions than this are marked in text order (one or two chunks anyway). */
const VIEWPORT_FIRST_MIN = 64;

/**
 * Mentions in marking order: from the first one at or below the top of the viewport down to the
 * end (text order), then the ones above going up (reverse text order). Every batch of marks taken
 * in this order sits at one end of the marks already there, so the layer never re-sorts (each DOM
 * position check can walk thousands of siblings on a long page). Found by binary search over the
 * mentions (text order is layout order in an article): a few layout reads, not one per mention.
 */
export function viewportFirst(mentions: Mention[], scan: Pick<PageScan, 'rangeAt'>, win: Window | null): Mention[][] {
  if (mentions.length < VIEWPORT_FIRST_MIN || !win) return [mentions];
  const bottomOf = (m: Mention): number => {
    const p = scan.rangeAt(m.start, m.end)[0];
    const el = p?.startContainer.parentElement;
    return el ? el.getBoundingClientRect().bottom : Infinity;
  };
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bottomOf(mentions[mid]) < 0) lo = mid + 1;
    else hi = mid;
  }
  return [mentions.slice(lo), mentions.slice(0, lo).reverse()];
}

/** Main-thread time of one scan (ms), for the browser bench and the e2e tests (perf.ts). */
export interface ScanTimes {
  mentions: number;
  article: boolean;
  scanMs: number;
  markMs: number;
  /** Longest single slice of our main-thread work (scan or marking): the long-task budget. */
  maxSliceMs: number;
  maxScanSliceMs?: number;
  maxMarkSliceMs?: number;
  /** Time to find where the viewport is in the mentions (a few layout reads). */
  orderMs?: number;
}

/** Performance marks for the browser bench (H8) and the e2e tests, in test builds only (perf.ts). */
export function markDone(detail: ScanTimes): void {
  if (!PERF_MARKS) return;
  const r = (n: number) => Math.round(n * 100) / 100;
  const full: Record<string, unknown> = { ...detail, mainThreadMs: r(detail.scanMs + detail.markMs) };
  for (const [k, v] of Object.entries(detail)) if (typeof v === 'number') full[k] = r(v);
  perfMark('backstory:marked', full);
  perfMeasure('backstory:start-to-marked', 'backstory:start', 'backstory:marked');
}

/**
 * Marks `mentions` on `layer`. Stops between slices once `live()` is false (the page changed, the
 * site was switched off): returns the marking times, or null when it stopped.
 */
export async function paint(
  layer: MarkLayer,
  mentions: Mention[],
  scan: Pick<PageScan, 'rangeAt'>,
  cards: Record<string, CardModel>,
  win: Window | null,
  live: () => boolean,
): Promise<{ markMs: number; maxMarkSliceMs: number; orderMs: number } | null> {
  const toMark = (mention: Mention): Mark | null => {
    const card = cards[mention.id];
    const pieces = scan.rangeAt(mention.start, mention.end);
    if (!card || !pieces.length) return null;
    return markOf(mention, card.type, pieces);
  };
  let chunkStart = performance.now();
  const runs = viewportFirst(mentions, scan, win);
  const orderMs = performance.now() - chunkStart;
  let markMs = orderMs;
  let maxMarkSliceMs = 0;
  // Painted twice at most: the first chunk (what is on screen) as soon as it is made, the rest
  // at the end. Each paint makes Chromium re-validate every highlight range in the next frame.
  layer.hold();
  let firstPaint = true;
  try {
    for (let r = 0; r < runs.length; r++) {
      const run = runs[r];
      // The first run is in text order, the second in reverse: its batches are reversed, so every
      // batch is in document order (add(…, true)).
      const flush = (batch: Mark[]) => layer.add(r === 0 ? batch : batch.reverse(), true);
      let batch: Mark[] = [];
      for (let i = 0; i < run.length; i++) {
        const mark = toMark(run[i]);
        if (mark && !layer.has(mark.key)) batch.push(mark);
        if ((i & 7) === 7 && performance.now() - chunkStart > CHUNK_BUDGET_MS) {
          flush(batch);
          batch = [];
          if (firstPaint) {
            firstPaint = false;
            layer.release();
            layer.hold();
          }
          const ms = performance.now() - chunkStart;
          markMs += ms;
          if (ms > maxMarkSliceMs) maxMarkSliceMs = ms;
          await yieldToMain();
          if (!live()) return null;
          chunkStart = performance.now();
        }
      }
      flush(batch);
    }
  } finally {
    // Also when the scan is moot (navigation, switched off): the layer never stays on hold.
    layer.release();
  }
  const ms = performance.now() - chunkStart;
  markMs += ms;
  if (ms > maxMarkSliceMs) maxMarkSliceMs = ms;
  return { markMs, maxMarkSliceMs, orderMs };
}
