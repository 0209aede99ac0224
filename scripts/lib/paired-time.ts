/**
 * Two functions timed against each other in one process (the bench's matcher-vs-tokenize ratio,
 * issue 13): warmed up first, then many rounds, each timing one batch of `a` and one batch of `b`
 * (which goes first alternates), so both see the same machine load, JIT state and heap. The time
 * is CPU time of the process (user + system): on a shared machine other jobs that take the CPU away
 * do not count, while the process's own garbage collection and compiler threads do (the product
 * pays for them too). A batch repeats the function until it has taken ~`batchMs`, so the clock's
 * resolution never matters; the answer is per call.
 */

export interface Paired {
  /** Median ms per call of a and of b. */
  aMs: number;
  bMs: number;
  /** Fastest batch's ms per call of a and of b (least disturbed by other jobs). */
  aMin: number;
  bMin: number;
  /** Median over rounds of (b per call) / (a per call): the paired ratio. */
  ratio: number;
  /** The ratio's 25th and 75th percentiles over rounds. */
  ratioLow: number;
  ratioHigh: number;
  rounds: number;
}

/** CPU time of this process (user + system), ms. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

const median = (xs: number[]) => quantile(xs, 0.5);

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

/** Calls of fn that take about ms of CPU (at least 1). */
function repsFor(fn: () => unknown, ms: number): number {
  const t0 = cpuMs();
  let n = 0;
  do {
    fn();
    n++;
  } while (cpuMs() - t0 < ms / 4);
  return Math.max(1, Math.round((n * ms) / Math.max(cpuMs() - t0, 0.001)));
}

function batch(fn: () => unknown, reps: number): number {
  const t0 = cpuMs();
  for (let i = 0; i < reps; i++) fn();
  return (cpuMs() - t0) / reps;
}

/**
 * Time a and b interleaved for about `budgetMs` of CPU after `warmMs` of warm-up (both run
 * alternately until then, so the optimizing compiler has settled before anything counts).
 */
export function pairedTime(a: () => unknown, b: () => unknown, { budgetMs = 2000, warmMs = 500, batchMs = 5, minRounds = 15 } = {}): Paired {
  const w0 = cpuMs();
  while (cpuMs() - w0 < warmMs) {
    a();
    b();
  }
  const ra = repsFor(a, batchMs);
  const rb = repsFor(b, batchMs);
  const as: number[] = [];
  const bs: number[] = [];
  const ratios: number[] = [];
  const t0 = cpuMs();
  for (let r = 0; r < minRounds || cpuMs() - t0 < budgetMs; r++) {
    let ta: number;
    let tb: number;
    if (r & 1) {
      tb = batch(b, rb);
      ta = batch(a, ra);
    } else {
      ta = batch(a, ra);
      tb = batch(b, rb);
    }
    as.push(ta);
    bs.push(tb);
    ratios.push(tb / ta);
  }
  return { aMs: median(as), bMs: median(bs), aMin: Math.min(...as), bMin: Math.min(...bs), ratio: median(ratios), ratioLow: quantile(ratios, 0.25), ratioHigh: quantile(ratios, 0.75), rounds: ratios.length };
}
