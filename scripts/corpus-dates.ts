/**
 * Publish dates on the shared corpus (../shared/corpus/news-pages): how many of the 181 pages get a
 * date from core/page/published.ts, by source, and a sample to check by hand against the page.
 *
 *   npx tsx scripts/corpus-dates.ts [--module path/to/published.ts] [--sample N] [--list]
 *
 * `--module` runs another version of findPublished (e.g. `git show main:core/page/published.ts >
 * /tmp/published-main.ts`) so a change can be reported as before/after on the same pages.
 * Each page is parsed with linkedom; the page URL comes from its ground-truth.json.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { CORPUS_DIR, loadCorpus, readPageHtml } from './corpus-article';
import { findArticle } from '../core/page/article';
import { findPublished } from '../core/page/published';

type Find = (doc: Document, opts?: { url?: string; root?: Element | null }) => { date: string | null; source: string | null };

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const modulePath = at('--module');
  const sample = Number(at('--sample') ?? 12);
  // The current finder is imported statically (a moved module fails the type check, not this run).
  const mod = modulePath ? ((await import(pathToFileURL(resolve(modulePath)).href)) as { findPublished: Find }) : { findPublished: findPublished as unknown as Find };
  const pages = loadCorpus();
  const bySource = new Map<string, number>();
  const rows: { dir: string; category: string; url: string; date: string | null; source: string | null }[] = [];
  for (const page of pages) {
    const { document } = parseHTML(readPageHtml(page));
    const doc = document as unknown as Document;
    const url: string = JSON.parse(readFileSync(join(CORPUS_DIR, page.dir, 'ground-truth.json'), 'utf8')).url ?? '';
    let root: Element | null = null;
    try {
      root = findArticle(doc).root;
    } catch {
      root = null;
    }
    const found = mod.findPublished(doc, { url, root });
    const key = found.source ? found.source.replace(/^meta:.*/, 'meta') : 'none';
    bySource.set(key, (bySource.get(key) ?? 0) + 1);
    rows.push({ dir: page.dir, category: page.category, url, ...found });
  }
  const dated = rows.filter((r) => r.date);
  const news = rows.filter((r) => r.category === 'news');
  console.log(`pages: ${rows.length}; with a date: ${dated.length}; without: ${rows.length - dated.length}`);
  console.log(`news pages: ${news.length}; with a date: ${news.filter((r) => r.date).length}`);
  console.log(`by source: ${[...bySource].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  if (args.includes('--list')) for (const r of rows) console.log(`${r.dir}\t${r.category}\t${r.date ?? '-'}\t${r.source ?? '-'}\t${r.url}`);
  else {
    // A spread-out sample of dated pages (every k-th), to check by hand against the page.
    const step = Math.max(1, Math.floor(dated.length / sample));
    for (let i = 0; i < dated.length && i / step < sample; i += step) {
      const r = dated[i];
      console.log(`${r.dir}\t${r.date}\t${r.source}\t${r.url}`);
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
