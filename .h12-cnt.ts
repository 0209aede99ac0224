import fs from 'node:fs';
import path from 'node:path';
import { buildLexicon } from './core/match';
import { findMentions } from './core/kb';
import { decodeIndex } from './core/kb-format';
const CORPUS = '../shared/corpus/news-pages';
const dirs = fs.readdirSync(CORPUS).filter((d) => fs.existsSync(path.join(CORPUS, d, 'ground-truth.json'))).sort();
const bodies: string[] = [];
for (const d of dirs) { const gt = JSON.parse(fs.readFileSync(path.join(CORPUS, d, 'ground-truth.json'), 'utf8')); if (gt.articleBody) bodies.push(gt.articleBody); }
const text = bodies.join('\n').slice(0, 100000);
const lex = buildLexicon(decodeIndex(JSON.parse(fs.readFileSync('public/kb/index.json', 'utf8'))));
findMentions(lex, text);
const n1 = lex.compiled.filter(Boolean).length;
const orig = lex.compiled;
let sets = 0;
lex.compiled = new Proxy(orig, { set(t, k, v) { sets++; (t as any)[k] = v; return true; } });
findMentions(lex, text); findMentions(lex, text);
console.log('compiled', n1, 'recompiles in 2 runs', sets);
