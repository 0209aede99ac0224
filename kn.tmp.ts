import { loadKb } from './scripts/lib/load-kb';
import { buildKnownNames } from './scripts/data/lib/known-names';
const { index } = loadKb('public/kb');
const t = Date.now();
const r = buildKnownNames(index)!;
console.log(r.names.size, JSON.stringify(r.names.toFile()).length, Date.now() - t, 'ms');
console.log(r.kept.filter((_, i) => i % 997 === 0).slice(0, 60).join(' | '));
