import fs from 'node:fs';
import path from 'node:path';
import { createMatcher } from './core/kb';
import { decodeIndex } from './core/kb-format';
const CORPUS = '../shared/corpus/news-pages';
const dirs = fs.readdirSync(CORPUS).filter((d) => fs.existsSync(path.join(CORPUS, d, 'ground-truth.json'))).sort();
const bodies: string[] = [];
for (const d of dirs) { const gt = JSON.parse(fs.readFileSync(path.join(CORPUS, d, 'ground-truth.json'), 'utf8')); if (gt.articleBody) bodies.push(gt.articleBody); }
const corpus = bodies.join('\n');
const text = corpus.slice(0, 100000);
const m = createMatcher(decodeIndex(JSON.parse(fs.readFileSync('public/kb/index.json', 'utf8'))));
for (let i = 0; i < 150; i++) m.find(text);
