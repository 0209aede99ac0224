/**
 * node --cpu-prof --cpu-prof-dir=DIR --import tsx scripts/profile-find.ts [KB] [SECONDS]
 *
 * (tsx reports every function at line 1; for line numbers bundle it first:
 *  npx esbuild scripts/profile-find.ts --bundle --platform=node --format=esm --outfile=/tmp/pf.mjs
 *  then run `node --cpu-prof /tmp/pf.mjs` from the repo root.)
 *
 * A driver to profile matcher.find (issue 13): loads the index as the bench does and runs find on
 * the bench's text of KB kilobytes (default 100) for SECONDS (default 5), then prints ms per find
 * and per bare tokenize pass. Open the .cpuprofile in Chrome DevTools, or summarize it with
 * `--summary FILE` (self time per function, top 40).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createMatcher } from '../core/linking/matcher';
import { tokenize } from '../core/linking/tokenize';
import { readIndex } from '../core/kb/kb-format';
import { readIndexBytes } from './lib/load-kb';

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
  // Median CPU time per run (user + system), as the bench measures: steadier on a shared machine.
  const median = (fn: () => unknown, ms: number): [number, number] => {
    const runs: number[] = [];
    const t0 = performance.now();
    while (performance.now() - t0 < ms) {
      const a = process.cpuUsage();
      fn();
      const d = process.cpuUsage(a);
      runs.push((d.user + d.system) / 1000);
    }
    runs.sort((x, y) => x - y);
    return [runs[runs.length >> 1], runs.length];
  };
  const [findMs, runs] = median(() => m.find(text), seconds * 1000);
  const [tokMs] = median(() => tokenize(text), 1000);
  console.log(`${kb} KB: find ${findMs.toFixed(2)} ms (${runs} runs), tokenize ${tokMs.toFixed(2)} ms, ratio ${(findMs / tokMs).toFixed(2)}×`);
}

main();
