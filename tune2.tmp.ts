import { readFileSync, existsSync } from 'node:fs';
import { loadKb } from './scripts/lib/load-kb';
import { createMatcher } from './core/kb';
import { goldPages } from './scripts/devset/corpus';
const dev = new Set(goldPages());
const { index } = loadKb('public/kb');
const m = createMatcher(index);
const dir = '../shared/corpus/news-pages';
const rows = readFileSync(`${dir}/manifest.tsv`, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
const seen = new Set<string>();
for (const r of rows) {
  if (dev.has(r[0]) || (r[2] === 'news' && r[3] === 'en')) continue;
  const f = `${dir}/${r[0]}/ground-truth.json`; if (!existsSync(f)) continue;
  const t: string = JSON.parse(readFileSync(f, 'utf8')).articleBody ?? '';
  for (const x of m.find(t, { lang: r[3] })) {
    const e = m.entity(x.id)!;
    const k = `${x.text}|${x.id}`; if (seen.has(k)) continue; seen.add(k);
    console.log(`${r[0].slice(4, 8)} ${r[2]}/${r[3]} ${(t.slice(Math.max(0, x.start - 35), x.start) + '[[' + x.text + ']]' + t.slice(x.end, x.end + 30)).replace(/\s+/g, ' ')} → ${e.name} (${e.type}/${e.subtype} ${e.prominence})`);
  }
}
