import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { findArticle } from '../core/article';
const dir = '../shared/corpus/news-pages';
const rows = readFileSync(`${dir}/manifest.tsv`, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
for (const [d, , cat, , site, url] of rows) {
  if (cat !== process.argv[2]) continue;
  const t0 = performance.now();
  const a = findArticle(parseHTML(readFileSync(`${dir}/${d}/source.html`, 'utf8')).document as any);
  const ms = performance.now() - t0;
  const s = a.signals;
  console.log(a.isArticle ? 'ART' : '---', `${ms.toFixed(0)}ms`.padStart(6), `ld=${+s.jsonLdArticle} og=${+s.ogArticle} art=${s.articleElements} chars=${s.bodyChars} p=${s.paragraphs}`.padEnd(44), site, url.slice(0, 70));
}
