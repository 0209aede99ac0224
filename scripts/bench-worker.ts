/**
 * Service-worker cold start, question by question (issue 4, loading the index): the worker is
 * stopped, then an extension page asks it one question and times the reply; then the same
 * question again (warm). Questions: `annotate` on the demo article (what a reader's first page
 * waits for) and `search` (the popup). Needs the built extension (`npx wxt build`).
 *
 *   npx tsx scripts/bench-worker.ts [--runs N] [--ext DIR]   (DIR: another build to compare)
 *
 * Prints the median of N runs (default 3). The machine is shared: compare runs made together.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, SHARED } from '../test/e2e/harness';
import { pageAfterStop, workerControlPage } from './lib/cold-worker';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const extArg = process.argv.indexOf('--ext');
const EXT_DIR = extArg > 0 ? path.resolve(process.argv[extArg + 1]) : undefined;
const TEXT = fs.readFileSync(path.join(SHARED, 'fixtures/panjshir-2021-08.txt'), 'utf8');

const QUESTIONS: Record<string, unknown> = {
  annotate: { type: 'annotate', text: TEXT, published: '2021-08-22', url: 'https://example.org/panjshir' },
  search: { type: 'search', query: 'Massud' },
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];

async function main() {
  const ext = await launchWithExtension({ extensionDir: EXT_DIR });
  try {
    const control = await workerControlPage(ext);
    const ask = (page: Page, msg: unknown) =>
      page.evaluate(async (m) => {
        const t0 = performance.now();
        // The page's own `chrome` (an extension page), not a Node global.
        const rt = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
        const reply = await rt.sendMessage(m);
        return { ms: performance.now() - t0, ok: !!reply };
      }, msg);
    for (const [name, msg] of Object.entries(QUESTIONS)) {
      const cold: number[] = [];
      const warm: number[] = [];
      for (let r = 0; r < RUNS; r++) {
        const page = await pageAfterStop(ext, control);
        // An older build may drop the first question while it loads: count that as a failed run.
        const c = await ask(page, msg).catch((e: unknown) => ({ ms: NaN, ok: false, err: String(e).split('\n')[0] }));
        const w = await ask(page, msg).catch(() => ({ ms: NaN, ok: false }));
        await page.close();
        if (!c.ok) console.log(`${name}: cold question got no answer (${'err' in c ? c.err : 'empty reply'})`);
        cold.push(c.ms);
        warm.push(w.ms);
      }
      // Where the last cold answer's time went, as the worker measured it (entrypoints/background.ts).
      const sw = ext.context.serviceWorkers().at(-1);
      const parts = sw
        ? await sw.evaluate(() => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('backstory:')).map((m) => `${m.name.slice(10)} ${m.duration.toFixed(0)}`))
        : [];
      console.log(`${name.padEnd(9)} worker: ${parts.join(', ')} ms`);
      console.log(`${name.padEnd(9)} cold start to answer ${median(cold).toFixed(0).padStart(6)} ms   warm ${median(warm).toFixed(1).padStart(7)} ms   (median of ${RUNS}; cold runs ${cold.map((x) => x.toFixed(0)).join(', ')})`);
    }
  } finally {
    await ext.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
