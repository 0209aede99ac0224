import fs from 'node:fs';
import { createMatcher } from './core/kb';
import { tokenize } from './core/tokenize';
import { findCandidates } from './core/match';
import { resolveCandidates } from './core/resolve';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const dirs = fs.readdirSync('../shared/corpus/news-pages').filter(d=>d.startsWith('aeb')).sort();
let c = dirs.map(d=>JSON.parse(fs.readFileSync(`../shared/corpus/news-pages/${d}/ground-truth.json`,'utf8')).articleBody??'').join('\n').slice(0, 100_000);
const m = createMatcher(JSON.parse(fs.readFileSync('public/kb/index.json','utf8')));
m.find(c);
const tk=tokenize(c);
const cands=findCandidates(m.lexicon,c,tk);
for (let r=0;r<3;r++){ const t0=cpu(); for(let k=0;k<50;k++) resolveCandidates(m.lexicon,c,tk,cands); console.log('resolve', ((cpu()-t0)/50).toFixed(2), cands.length);
const t1=cpu(); for(let k=0;k<50;k++) { const t=tokenize(c); } console.log('tok', ((cpu()-t1)/50).toFixed(2));
const t2=cpu(); for(let k=0;k<50;k++) { const t=tokenize(c); resolveCandidates(m.lexicon,c,t,findCandidates(m.lexicon,c,t)); } console.log('tok+cand+resolve fresh', ((cpu()-t2)/50).toFixed(2));
const t3=cpu(); for(let k=0;k<50;k++) { m.find(c) } console.log('find', ((cpu()-t3)/50).toFixed(2));
}
