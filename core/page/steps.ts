/**
 * Work written as a generator that stops at checkpoints (`yield`): the content script runs it in
 * slices with the main thread given back between them (`runSliced` in scan.ts); Node runs it
 * in one go with `drain`. Both give the same result.
 */
export function drain<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
