import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { findPublished } from '../core/published';
const dir = '../shared/corpus/news-pages';
const rows = readFileSync(`${dir}/manifest.tsv`, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
let found = 0, n = 0; const src: Record<string, number> = {};
for (const [d, , cat, , site] of rows) {
  if (cat !== 'news') continue; n++;
  const html = readFileSync(`${dir}/${d}/source.html`, 'utf8');
  const r = findPublished(parseHTML(html).document as any);
  if (r.date) { found++; src[r.source!] = (src[r.source!] ?? 0) + 1; if (r.date < '2019-01-01' || r.date > '2019-12-31') console.log('ODD', d, site, r); }
  else { const hints = html.match(/(?:datePublished|pubdate|publish[a-z_-]*|date[a-z_.-]*)["']?\s*[:=]\s*["'][^"']{6,40}/gi)?.slice(0, 4); console.log('NONE', d, site, hints); }
}
console.log(found, '/', n, src);
