/**
 * Never throw into the page. Every handler the content script registers on the page's objects goes
 * through `safe`: an error of ours is logged once per kind and swallowed, so the page's own code
 * (and its error reporting) never sees an exception that is not theirs.
 */
const reported = new Set<string>();

export function report(where: string, err: unknown): void {
  const key = `${where}:${err instanceof Error ? err.message : String(err)}`;
  if (reported.has(key)) return;
  reported.add(key);
  try {
    console.debug(`Backstory (${where}):`, err);
  } catch {
    /* a page may have replaced console */
  }
}

export function safe<A extends unknown[]>(where: string, fn: (...args: A) => unknown): (...args: A) => void {
  return (...args: A) => {
    try {
      const r = fn(...args);
      if (r && typeof (r as Promise<unknown>).then === 'function') (r as Promise<unknown>).then(undefined, (e) => report(where, e));
    } catch (e) {
      report(where, e);
    }
  };
}

/** Give the main thread back between chunks of work (no long task over 50 ms). */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A budget for one chunk of main-thread work: long enough to batch, short enough to stay well under 50 ms. */
export const CHUNK_BUDGET_MS = 8;
