/**
 * npm run bench [-- --no-browser] [--quick]
 *
 * Text section: how fast Backstory finds mentions, next to (a) a bare tokenize pass and (c)
 * compromise's people()/places()/organizations(), on 10 KB, 100 KB and 1 MB of real news text
 * (the corpus' ground-truth article bodies, read at run time). Also the cost of loading the
 * full index (public/kb/index.json: read, JSON.parse, decode the columns) and building the matcher.
 * Prints whether each target is met. Service-worker cold start per question: scripts/bench-worker.ts.
 * Then runs the browser section (scripts/bench-browser.ts) when it exists, unless --no-browser.
 */
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { createMatcher } from '../core/kb';
import { tokenize } from '../core/tokenize';
import { decodeIndex } from '../core/kb-format';
import type { KbIndex } from '../core/types';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.resolve(ROOT, '../shared/corpus/news-pages');
const KB_DIR = path.join(ROOT, 'public/kb');
const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');

/** Targets from issue 4. */
const TARGET = {
  vsCompromise: 20, // matcher throughput ≥ 20× compromise
  vsTokenize: 3, // matcher time ≤ 3× a bare tokenize pass
  loadMs: 50,
  loadHeapMB: 30,
  /** Cost per byte at 1 MB within this factor of the cost at 100 KB counts as linear. */
  linear: 1.5,
};

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

function corpusText(): string {
  const dirs = fs.readdirSync(CORPUS).filter((d) => fs.existsSync(path.join(CORPUS, d, 'ground-truth.json'))).sort();
  const bodies: string[] = [];
  for (const d of dirs) {
    const gt = JSON.parse(fs.readFileSync(path.join(CORPUS, d, 'ground-truth.json'), 'utf8')) as { articleBody?: string };
    if (gt.articleBody) bodies.push(gt.articleBody);
  }
  return bodies.join('\n');
}

/** `bytes` of text (UTF-16 length), cut at a space, the corpus repeated as needed. */
function sized(corpus: string, bytes: number): string {
  let s = corpus;
  while (s.length < bytes) s += '\n' + corpus;
  const cut = s.lastIndexOf(' ', bytes);
  return s.slice(0, cut > bytes * 0.9 ? cut : bytes);
}

/** CPU milliseconds of this process (user + system): steadier than wall time on a shared machine. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Median CPU ms of fn over enough runs to fill ~minMs (at least `min` runs). */
function time(fn: () => unknown, minMs: number, min = 3, max = 300): number {
  // Warm-up, so the JIT has optimized the code before we measure (about a fifth of the budget).
  const w0 = cpuMs();
  for (let i = 0; i < max / 4 && (i === 0 || cpuMs() - w0 < minMs / 5); i++) fn();
  const runs: number[] = [];
  const t0 = cpuMs();
  while (runs.length < min || (cpuMs() - t0 < minMs && runs.length < max)) {
    const a = cpuMs();
    fn();
    runs.push(cpuMs() - a);
  }
  runs.sort((x, y) => x - y);
  return runs[runs.length >> 1];
}

function heapMB(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1048576;
}

/** Until public/kb exists: a stand-in index from the shared GeoNames cities (for timing only). */
function stubIndex(): KbIndex {
  const file = path.resolve(ROOT, '../shared/data-sources/geonames-cities/cities1000.tsv');
  const entities: KbIndex['entities'] = [];
  const aliases: KbIndex['aliases'] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n').slice(1)) {
    const [id, name, , country, , , pop] = line.split('\t');
    if (!name || Number(pop) < 15000) continue;
    aliases.push([name, entities.length, 8]);
    entities.push({ id: `geonames:${id}`, type: 'place', name, prominence: Math.min(1, Math.log10(Number(pop)) / 8), country });
  }
  return { version: 'stub', builtAt: '', entities, aliases, shardCount: 1, credits: [] };
}

const fmt = (n: number, d = 1) => n.toFixed(d);
const ok = (b: boolean) => (b ? 'MET' : 'NOT MET');

function main() {
  const corpus = corpusText();
  console.log(`Backstory bench: text section (node ${process.version})`);
  console.log('times are CPU time of this process (user+system), median of repeated runs; the machine is shared');
  console.log(`input: ${corpus.length} chars of corpus article bodies (../shared/corpus/news-pages/*/ground-truth.json), repeated to size\n`);

  // Index load + matcher build.
  const haveKb = fs.existsSync(path.join(KB_DIR, 'index.json'));
  const h0 = heapMB();
  const l0 = cpuMs();
  const index: KbIndex = haveKb ? decodeIndex(JSON.parse(fs.readFileSync(path.join(KB_DIR, 'index.json'), 'utf8'))) : stubIndex();
  const l1 = cpuMs();
  const hParsed = heapMB();
  const l1b = cpuMs();
  const matcher = createMatcher(index);
  const l2 = cpuMs() - (l1b - l1);
  const heap = heapMB() - h0;
  const fileKB = haveKb ? fs.statSync(path.join(KB_DIR, 'index.json')).size / 1024 : 0;
  const gzFile = path.join(KB_DIR, 'index.json.gz');
  const gzKB = fs.existsSync(gzFile) ? fs.statSync(gzFile).size / 1024 : NaN;
  console.log(
    haveKb
      ? `index: public/kb/index.json ${fmt(fileKB, 0)} KB (gzip, what the extension reads: ${fmt(gzKB, 0)} KB), ${index.entities.length} entities, ${index.aliases.length} aliases (version ${index.version})`
      : `index: public/kb missing (run npm run data:build); using a stand-in GeoNames index: ${index.entities.length} entities`,
  );
  const loadMs = l2 - l0;
  console.log(
    `load: read+parse+decode ${fmt(l1 - l0)} ms + createMatcher ${fmt(l2 - l1)} ms = ${fmt(loadMs)} ms; ` +
      `heap +${fmt(heap)} MB (parsed index ${fmt(hParsed - h0)} MB, matcher tables ${fmt(heap - (hParsed - h0))} MB)`,
  );

  // Cold first find (lazy alias compilation, fuzzy skeleton index).
  const first = sized(corpus, 10_000);
  const c0 = cpuMs();
  matcher.find(first);
  const coldMs = cpuMs() - c0;
  console.log(`first find on 10 KB (cold: lazy alias compile + fuzzy index): ${fmt(coldMs)} ms\n`);

  const sizes = QUICK ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
  const rows: { size: number; words: number; tok: number; match: number; comp: number; mentions: number }[] = [];
  for (const size of sizes) {
    const text = sized(corpus, size);
    const words = tokenize(text).count;
    const budget = size >= 1_000_000 ? 1500 : 600;
    const tok = time(() => tokenize(text), budget);
    const match = time(() => matcher.find(text), budget);
    const mentions = matcher.find(text).length;
    // compromise is slow: fewer runs, one on 1 MB.
    const comp = time(
      () => {
        const doc = nlp(text);
        doc.people().out('array');
        doc.places().out('array');
        doc.organizations().out('array');
      },
      size >= 1_000_000 ? 0 : 1500,
      1,
      size >= 1_000_000 ? 1 : 5,
    );
    rows.push({ size, words, tok, match, comp, mentions });
  }

  const mbps = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000);
  const wps = (words: number, ms: number) => words / (ms / 1000);
  console.log('size      words    (a) tokenize            (b) matcher               (c) compromise          b/c speed  b/a time  mentions');
  for (const r of rows) {
    const cell = (ms: number) => `${fmt(ms, 2).padStart(8)} ms ${fmt(mbps(r.size, ms), 2).padStart(7)} MB/s`;
    console.log(
      `${(r.size / 1000 + ' KB').padEnd(9)} ${String(r.words).padStart(7)}  ${cell(r.tok)}  ${cell(r.match)} ${(fmt(wps(r.words, r.match) / 1e6, 2) + 'M w/s').padStart(10)}  ${cell(r.comp)}  ${(fmt(r.comp / r.match, 0) + '×').padStart(8)}  ${(fmt(r.match / r.tok, 2) + '×').padStart(8)}  ${r.mentions}`,
    );
  }
  const worstVsComp = Math.min(...rows.map((r) => r.comp / r.match));
  const worstVsTok = Math.max(...rows.map((r) => r.match / r.tok));
  const perByte = rows.map((r) => r.match / r.size);
  const linear = perByte[perByte.length - 1] / perByte[1 < perByte.length ? perByte.length - 2 : 0];
  console.log('\ntargets:');
  console.log(`  matcher ≥ ${TARGET.vsCompromise}× compromise throughput: worst ${fmt(worstVsComp, 0)}×  ${ok(worstVsComp >= TARGET.vsCompromise)}`);
  console.log(`  matcher ≤ ${TARGET.vsTokenize}× bare tokenize time: worst ${fmt(worstVsTok, 2)}×  ${ok(worstVsTok <= TARGET.vsTokenize)}`);
  console.log(`  index load + createMatcher < ${TARGET.loadMs} ms: ${fmt(loadMs)} ms  ${ok(loadMs < TARGET.loadMs)}${haveKb ? '' : ' (stand-in index)'}`);
  console.log(`  index heap < ${TARGET.loadHeapMB} MB: ${fmt(heap)} MB  ${ok(heap < TARGET.loadHeapMB)}${haveKb ? '' : ' (stand-in index)'}`);
  console.log(
    `  linear in text length: ms/MB ${perByte.map((p) => fmt(p * 1e6, 1)).join(' / ')} at ${sizes.map((s) => s / 1000 + ' KB').join(' / ')}; ` +
      `last/previous ${fmt(linear, 2)}  ${ok(linear <= TARGET.linear)}`,
  );

  const browser = path.join(ROOT, 'scripts/bench-browser.ts');
  if (!args.has('--no-browser') && fs.existsSync(browser)) {
    console.log('\n--- browser section (scripts/bench-browser.ts) ---');
    const tsx = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
    const r = spawnSync(process.execPath, [tsx, browser, ...process.argv.slice(2)], { stdio: 'inherit', cwd: ROOT });
    if (r.status !== 0) process.exitCode = r.status ?? 1;
  }
}

main();
