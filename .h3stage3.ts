import fs from 'node:fs';
import { createMatcher } from './core/kb';
const dirs = fs.readdirSync('../shared/corpus/news-pages').filter(d=>d.startsWith('aeb')).sort();
let c = dirs.map(d=>JSON.parse(fs.readFileSync(`../shared/corpus/news-pages/${d}/ground-truth.json`,'utf8')).articleBody??'').join('\n').slice(0, 100_000);
const m = createMatcher(JSON.parse(fs.readFileSync('public/kb/index.json','utf8')));
for(let k=0;k<150;k++) { m.find(c); }
