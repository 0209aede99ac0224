/**
 * node --cpu-prof --cpu-prof-dir=DIR --import tsx scripts/profile-find.ts [KB] [SECONDS]
 *
 * (tsx reports every function at line 1; for line numbers bundle it first:
 *  npx esbuild scripts/profile-find.ts --bundle --platform=node --format=esm --outfile=/tmp/pf.mjs
 *  then run `node --cpu-prof /tmp/pf.mjs` from the repo root.)
 *
 * A driver to profile matcher.find (issue 13): loads the index as the bench does and runs find on
 * the bench's text of KB kilobytes (default 100) for SECONDS (default 5), then times find against a
 * bare tokenize pass as the bench does (interleaved, CPU time, medians) and prints both and the ratio. Open the .cpuprofile in Chrome DevTools, or summarize it with
 * `--summary FILE` (self time per function, top 40).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createMatcher } from '../core/linking/matcher';
import { tokenize } from '../core/linking/tokenize';
import { readIndex } from '../core/kb/kb-format';
import { readIndexBytes } from './lib/load-kb';
import { pairedTime } from './lib/paired-time';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }

function summary(file: string): void {
  const p = JSON.parse(fs.readFileSync(file, 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const byFn = new Map<string, number>();
  let total = 0;
  for (const n of p.nodes) {
    const t = self.get(n.id) ?? 0;
    total += t;
    const f = n.callFrame;
    const k = `${f.functionName || '(anon)'} ${path.basename(f.url)}:${f.lineNumber + 1}`;
    byFn.set(k, (byFn.get(k) ?? 0) + t);
  }
  for (const [k, t] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}`);
}

/** Run from the repo root (a bundled copy cannot find it from its own path). */
const PAGES_DIR = path.resolve('../shared/corpus/news-pages');

function corpusText(bytes: number): string {
  const dirs = fs.readdirSync(PAGES_DIR).filter((d) => fs.existsSync(path.join(PAGES_DIR, d, 'ground-truth.json'))).sort();
  const bodies = dirs.map((d) => (JSON.parse(fs.readFileSync(path.join(PAGES_DIR, d, 'ground-truth.json'), 'utf8')) as { articleBody?: string }).articleBody).filter(Boolean);
  const corpus = bodies.join('\n');
  let s = corpus;
  while (s.length < bytes) s += '\n' + corpus;
  const cut = s.lastIndexOf(' ', bytes);
  return s.slice(0, cut > bytes * 0.9 ? cut : bytes);
}

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === '--summary') return summary(args[1]);
  const kb = Number(args[0] ?? 100);
  const seconds = Number(args[1] ?? 5);
  const text = corpusText(kb * 1000);
  const index = readIndex(readIndexBytes());
  const m = createMatcher(index);
  m.find(text);
  // Find alone for SECONDS (what a profile should show), then find against a bare tokenize pass,
  // interleaved in this process as the bench measures them (scripts/lib/paired-time.ts).
  let runs = 0;
  for (const t0 = performance.now(); performance.now() - t0 < seconds * 1000; runs++) m.find(text);
  const p = pairedTime(() => tokenize(text), () => m.find(text), { budgetMs: Math.max(2000, seconds * 400) });
  console.log(
    `${kb} KB: find ${p.bMs.toFixed(3)} ms, tokenize ${p.aMs.toFixed(3)} ms (CPU medians, ${p.rounds} interleaved rounds; ${runs} finds before), ` +
      `ratio ${p.ratio.toFixed(2)}× (quartiles ${p.ratioLow.toFixed(2)}–${p.ratioHigh.toFixed(2)})`,
  );
}

main();
