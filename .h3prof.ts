import fs from 'node:fs';
import { createMatcher } from './core/kb';
import { tokenize } from './core/tokenize';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const dirs = fs.readdirSync('../shared/corpus/news-pages').filter(d=>d.startsWith('aeb')).sort();
let c = dirs.map(d=>JSON.parse(fs.readFileSync(`../shared/corpus/news-pages/${d}/ground-truth.json`,'utf8')).articleBody??'').join('\n').slice(0, 100_000);
let t0=cpu();
const idx = JSON.parse(fs.readFileSync('public/kb/index.json','utf8'));
console.log('parse', cpu()-t0); t0=cpu();
const m = createMatcher(idx);
console.log('create', cpu()-t0); t0=cpu();
m.find(c.slice(0,10000)); console.log('first', cpu()-t0);
for (let k=0;k<3;k++){ t0=cpu(); m.find(c); console.log('find100k', cpu()-t0); t0=cpu(); tokenize(c); console.log('tok', cpu()-t0);}
t0=cpu(); for (let k=0;k<15;k++) m.find(c); console.log('15x find', cpu()-t0);
