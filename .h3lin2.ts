import fs from 'node:fs';
import { tokenize } from './core/tokenize';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const dirs = fs.readdirSync('../shared/corpus/news-pages').filter(d=>d.startsWith('aeb')).sort();
let c = dirs.map(d=>JSON.parse(fs.readFileSync(`../shared/corpus/news-pages/${d}/ground-truth.json`,'utf8')).articleBody??'').join('\n');
c = (c + '\n' + c).slice(0, 1_000_000);
const t = process.argv[2] ? Buffer.from(c.slice(0, 100_000)).toString() : c.slice(0, 100_000);
for (let r=0;r<3;r++){
const t0 = cpu(); for (let k = 0; k < 100; k++) tokenize(t); console.log('tok', ((cpu() - t0) / 100).toFixed(2));
const t1 = cpu(); for (let k = 0; k < 100; k++) { const a = new Int32Array(20000); const b = new Int32Array(20000); const cc = new Int32Array(20000); const d = new Uint8Array(20000); const e = new Uint8Array(20000);} console.log('alloc', ((cpu() - t1) / 100).toFixed(2));
}
