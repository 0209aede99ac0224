import fs from 'node:fs';
import path from 'node:path';
import { buildLexicon } from './core/match';
import { findMentions, KPH } from './core/kb';
import { decodeIndex } from './core/kb-format';
const CORPUS = '../shared/corpus/news-pages';
const dirs = fs.readdirSync(CORPUS).filter((d) => fs.existsSync(path.join(CORPUS, d, 'ground-truth.json'))).sort();
const bodies: string[] = [];
for (const d of dirs) { const gt = JSON.parse(fs.readFileSync(path.join(CORPUS, d, 'ground-truth.json'), 'utf8')); if (gt.articleBody) bodies.push(gt.articleBody); }
const corpus = bodies.join('\n');
const lex = buildLexicon(decodeIndex(JSON.parse(fs.readFileSync('public/kb/index.json', 'utf8'))));
for (const size of [10000, 100000, 800000]) {
  const text = corpus.slice(0, size);
  const reps = Math.max(4, Math.round(3e6 / size));
  for (let i = 0; i < 3; i++) findMentions(lex, text);
  for (const k in KPH) (KPH as any)[k] = 0;
  for (let i = 0; i < reps; i++) findMentions(lex, text);
  console.log(size, Object.entries(KPH).map(([k, v]) => k + ' ' + (v / reps).toFixed(3)).join('  '));
}
