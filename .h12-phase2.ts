import fs from 'node:fs';
import path from 'node:path';
import { buildLexicon, findCandidates } from './core/match';
import { resolveCandidates, PH } from './core/resolve';
import { tokenize } from './core/tokenize';
import { decodeIndex } from './core/kb-format';
const CORPUS = '../shared/corpus/news-pages';
const dirs = fs.readdirSync(CORPUS).filter((d) => fs.existsSync(path.join(CORPUS, d, 'ground-truth.json'))).sort();
const bodies: string[] = [];
for (const d of dirs) { const gt = JSON.parse(fs.readFileSync(path.join(CORPUS, d, 'ground-truth.json'), 'utf8')); if (gt.articleBody) bodies.push(gt.articleBody); }
const corpus = bodies.join('\n');
const lex = buildLexicon(decodeIndex(JSON.parse(fs.readFileSync('public/kb/index.json', 'utf8'))));
for (const size of [10000, 100000]) {
  const text = corpus.slice(0, size);
  const reps = Math.max(3, Math.round(2e6 / size));
  const tk = tokenize(text); const c = findCandidates(lex, text, tk);
  for (let i = 0; i < 5; i++) resolveCandidates(lex, text, tk, c);
  for (const k in PH) (PH as any)[k] = 0;
  for (let i = 0; i < reps; i++) resolveCandidates(lex, text, tk, c);
  console.log(size, Object.entries(PH).map(([k, v]) => k + ' ' + (v / reps).toFixed(3)).join('  '));
}
