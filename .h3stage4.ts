import fs from 'node:fs';
import { createMatcher } from './core/kb';
import { tokenize } from './core/tokenize';
import { findCandidates } from './core/match';
import { resolveCandidates } from './core/resolve';
import { linkWithinArticle } from './core/coref';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const dirs = fs.readdirSync('../shared/corpus/news-pages').filter(d=>d.startsWith('aeb')).sort();
let c = dirs.map(d=>JSON.parse(fs.readFileSync(`../shared/corpus/news-pages/${d}/ground-truth.json`,'utf8')).articleBody??'').join('\n').slice(0, 100_000);
const m = createMatcher(JSON.parse(fs.readFileSync('public/kb/index.json','utf8')));
m.find(c); m.find(c);
const acc = {tok:0,cand:0,res:0,link:0,find:0, bare:0};
for (let k=0;k<40;k++){
  let t=cpu(); const tk=tokenize(c); acc.tok+=cpu()-t;
  t=cpu(); const cands=findCandidates(m.lexicon,c,tk); acc.cand+=cpu()-t;
  t=cpu(); const r=resolveCandidates(m.lexicon,c,tk,cands); acc.res+=cpu()-t;
  t=cpu(); linkWithinArticle(m.lexicon,c,tk,cands.map((x,i)=>({t0:x.t0,t1:x.t1,mention:r.mentions[i],options:r.options[i]}))); acc.link+=cpu()-t;
  t=cpu(); m.find(c); acc.find+=cpu()-t;
  t=cpu(); tokenize(c); acc.bare+=cpu()-t;
}
for (const k in acc) (acc as any)[k] = ((acc as any)[k]/40).toFixed(2);
console.log(acc);
