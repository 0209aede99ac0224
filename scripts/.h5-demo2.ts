import { readFileSync } from 'node:fs';
import { scanHtml } from './annotate';
const s = scanHtml(readFileSync('/tmp/h5/demo.html', 'utf8'));
const fx = readFileSync('../shared/fixtures/panjshir-2021-08.txt', 'utf8');
for (const l of fx.split('\n')) if (l.trim() && !s.text.includes(l.trim())) console.log('MISSING', JSON.stringify(l.slice(0, 200)));
for (const l of s.text.split('\n')) if (!fx.includes(l)) console.log('EXTRA', JSON.stringify(l.slice(0, 200)));
console.log(s.isArticle, s.root?.tagName, s.root?.className, s.text.length);
