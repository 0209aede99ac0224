import fs from 'node:fs';
import { tokenize } from './core/tokenize';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const dirs = fs.readdirSync('../shared/corpus/news-pages').filter(d=>d.startsWith('aeb')).sort();
let c = dirs.map(d=>JSON.parse(fs.readFileSync(`../shared/corpus/news-pages/${d}/ground-truth.json`,'utf8')).articleBody??'').join('\n');
c = (c + '\n' + c).slice(0, 1_000_000);
for (const size of [10_000, 100_000, 1_000_000, 10_000, 100_000, 1_000_000]) {
  const t = c.slice(0, size);
  const reps = Math.max(3, 3_000_000 / size | 0);
  tokenize(t);
  const t0 = cpu(); for (let k = 0; k < reps; k++) tokenize(t); const ms = (cpu() - t0) / reps;
  // plain loop for comparison
  const t1 = cpu(); let x = 0; for (let k = 0; k < reps; k++) for (let i = 0; i < t.length; i++) x += t.charCodeAt(i); const ms2 = (cpu() - t1) / reps;
  console.log(size, (ms / size * 1e6).toFixed(1), 'ns/char tokenize;', (ms2 / size * 1e6).toFixed(2), 'ns/char loop');
}
