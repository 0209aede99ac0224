/**
 * `backstory:*` performance marks for the e2e tests and the browser bench. The page shares the
 * performance timeline with content scripts, so a shipped build sets none (no product name, no
 * counts for a page to read): `__PERF_MARKS__` is true only in a build made with
 * BACKSTORY_PERF_MARKS=1 (`npm run build:test`, wxt.config.ts), and the minifier drops the calls.
 */
declare const __PERF_MARKS__: boolean | undefined;

export const PERF_MARKS = typeof __PERF_MARKS__ !== 'undefined' && __PERF_MARKS__ === true;

export function perfMark(name: string, detail?: unknown): void {
  if (!PERF_MARKS) return;
  try {
    performance.mark(name, detail === undefined ? undefined : { detail });
  } catch {
    /* a page may have replaced performance */
  }
}

export function perfMeasure(name: string, start: string, end: string): void {
  if (!PERF_MARKS) return;
  try {
    performance.measure(name, start, end);
  } catch {
    /* marks cleared by the page */
  }
}
