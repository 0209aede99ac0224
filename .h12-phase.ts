import fs from 'node:fs';
import path from 'node:path';
import { buildLexicon, findCandidates } from './core/match';
import { resolveCandidates } from './core/resolve';
import { tokenize } from './core/tokenize';
import { findMentions } from './core/kb';
import { decodeIndex } from './core/kb-format';
const CORPUS = '../shared/corpus/news-pages';
const dirs = fs.readdirSync(CORPUS).filter((d) => fs.existsSync(path.join(CORPUS, d, 'ground-truth.json'))).sort();
const bodies: string[] = [];
for (const d of dirs) { const gt = JSON.parse(fs.readFileSync(path.join(CORPUS, d, 'ground-truth.json'), 'utf8')); if (gt.articleBody) bodies.push(gt.articleBody); }
const corpus = bodies.join('\n');
const lex = buildLexicon(decodeIndex(JSON.parse(fs.readFileSync('public/kb/index.json', 'utf8'))));
for (const size of [10000, 100000, 800000]) {
  const text = corpus.slice(0, size);
  const reps = Math.max(3, Math.round(2e6 / size));
  for (let i = 0; i < 3; i++) findMentions(lex, text);
  const T = { tok: 0, cand: 0, res: 0, all: 0 };
  for (let i = 0; i < reps; i++) {
    let a = performance.now(); const tk = tokenize(text); T.tok += performance.now() - a;
    a = performance.now(); const c = findCandidates(lex, text, tk); T.cand += performance.now() - a;
    a = performance.now(); resolveCandidates(lex, text, tk, c); T.res += performance.now() - a;
    a = performance.now(); findMentions(lex, text); T.all += performance.now() - a;
  }
  const f = (x: number) => (x / reps).toFixed(2);
  console.log(size, 'tok', f(T.tok), 'cand', f(T.cand), 'res', f(T.res), 'all', f(T.all), 'rest(fuzzy+coref)', f(T.all - T.tok - T.cand - T.res));
}
