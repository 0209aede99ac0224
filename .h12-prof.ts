import fs from 'node:fs';
import path from 'node:path';
import { createMatcher } from './core/kb';
import { tokenize } from './core/tokenize';
import { decodeIndex } from './core/kb-format';
const CORPUS = '../shared/corpus/news-pages';
const dirs = fs.readdirSync(CORPUS).filter((d) => fs.existsSync(path.join(CORPUS, d, 'ground-truth.json'))).sort();
const bodies: string[] = [];
for (const d of dirs) { const gt = JSON.parse(fs.readFileSync(path.join(CORPUS, d, 'ground-truth.json'), 'utf8')); if (gt.articleBody) bodies.push(gt.articleBody); }
const corpus = bodies.join('\n');
function sized(bytes: number) { let s = corpus; while (s.length < bytes) s += '\n' + corpus; const cut = s.lastIndexOf(' ', bytes); return s.slice(0, cut > bytes * 0.9 ? cut : bytes); }
const t0 = performance.now();
const index = decodeIndex(JSON.parse(fs.readFileSync('public/kb/index.json', 'utf8')));
const t1 = performance.now();
const m = createMatcher(index);
const t2 = performance.now();
m.find(sized(10000));
const t3 = performance.now();
console.log('load', (t1-t0).toFixed(1), 'create', (t2-t1).toFixed(1), 'first', (t3-t2).toFixed(1));
for (const size of [10000, 100000, 1000000]) {
  const text = sized(size);
  const reps = size >= 1e6 ? 5 : size >= 1e5 ? 30 : 200;
  for (let i = 0; i < 3; i++) { tokenize(text); m.find(text); }
  let a = performance.now(); for (let i = 0; i < reps; i++) tokenize(text); const tok = (performance.now() - a) / reps;
  a = performance.now(); for (let i = 0; i < reps; i++) m.find(text); const mt = (performance.now() - a) / reps;
  console.log(size, 'tok', tok.toFixed(2), 'match', mt.toFixed(2), 'ratio', (mt / tok).toFixed(2), 'mentions', m.find(text).length);
}
