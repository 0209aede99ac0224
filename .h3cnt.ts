import fs from 'node:fs';
import { createMatcher } from './core/kb';
import { tokenize } from './core/tokenize';
import { findCandidates } from './core/match';
const dirs = fs.readdirSync('../shared/corpus/news-pages').filter(d=>d.startsWith('aeb')).sort();
let c = dirs.map(d=>JSON.parse(fs.readFileSync(`../shared/corpus/news-pages/${d}/ground-truth.json`,'utf8')).articleBody??'').join('\n').slice(0, 100_000);
const m = createMatcher(JSON.parse(fs.readFileSync('public/kb/index.json','utf8')));
const tk = tokenize(c); const cands = findCandidates(m.lexicon, c, tk);
const ms = m.find(c);
console.log('tokens', tk.count, 'cands', cands.length, 'aliases', cands.reduce((a,x)=>a+x.aliases.length,0), 'mentions', ms.length);
const freq = new Map<string, number>(); for (const x of cands) { const t = c.slice(x.start,x.end); freq.set(t,(freq.get(t)??0)+1); }
console.log([...freq].sort((a,b)=>b[1]-a[1]).slice(0,60).map(([k,v])=>k+':'+v).join(', '));
const mf = new Map<string, number>(); for (const x of ms) { const t = x.text+'→'+m.entity(x.id)!.name; mf.set(t,(mf.get(t)??0)+1); }
console.log([...mf].sort((a,b)=>b[1]-a[1]).map(([k,v])=>k+':'+v).join(', '));
