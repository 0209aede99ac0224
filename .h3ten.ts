import fs from 'node:fs';
import { createMatcher } from './core/kb';
import { tokenize } from './core/tokenize';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const dirs = fs.readdirSync('../shared/corpus/news-pages').filter(d=>d.startsWith('aeb')).sort();
let c = dirs.map(d=>JSON.parse(fs.readFileSync(`../shared/corpus/news-pages/${d}/ground-truth.json`,'utf8')).articleBody??'').join('\n').slice(0, 10_000);
const m = createMatcher(JSON.parse(fs.readFileSync('public/kb/index.json','utf8')));
for (let r=0;r<4;r++){
let t=cpu(); for(let k=0;k<300;k++) m.find(c); const f=(cpu()-t)/300;
t=cpu(); for(let k=0;k<300;k++) tokenize(c); const b=(cpu()-t)/300;
console.log('find', f.toFixed(3), 'tok', b.toFixed(3), (f/b).toFixed(2));}
