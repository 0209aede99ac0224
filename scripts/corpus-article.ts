/**
 * Article-body measurement on the shared corpus (../shared/corpus/news-pages).
 *
 *   npx tsx scripts/corpus-article.ts [--pages N] [--worst K] [--readability]
 *
 * For every page: parse once with linkedom, run the extension's own scan (core/page/scan.ts), and
 * compare the article text with ground-truth.json's articleBody the way the scrapinghub
 * article-extraction-benchmark scores (evaluate.py): \w+ tokens, 4-token shingles, per-page
 * precision/recall normalized, mean P and mean R over pages, F1 = harmonic mean of the means.
 * Also printed: the same on lowercase single tokens (bag of words), and for the non-news pages how
 * many we call an article. `--readability` scores Readability's own textContent as a reference.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { scanDocument } from '../core/page/scan';

/** ../shared/corpus/news-pages relative to the repo root (this file is in <root>/scripts). */
export const CORPUS_DIR = resolve(import.meta.dirname, '../../shared/corpus/news-pages');

export interface CorpusPage {
  dir: string;
  category: 'news' | 'non-news';
  lang: string;
  site: string;
  truth: string;
}

export function loadCorpus(dir = CORPUS_DIR): CorpusPage[] {
  const rows = readFileSync(join(dir, 'manifest.tsv'), 'utf8').trim().split('\n').slice(1);
  return rows.map((line) => {
    const [d, , category, lang, site] = line.split('\t');
    const truth = JSON.parse(readFileSync(join(dir, d, 'ground-truth.json'), 'utf8')).articleBody ?? '';
    return { dir: d, category: category as CorpusPage['category'], lang, site, truth };
  });
}

export function readPageHtml(page: CorpusPage, dir = CORPUS_DIR): string {
  return readFileSync(join(dir, page.dir, 'source.html'), 'utf8');
}

/** Python's \w under re.UNICODE: letters, digits (all numeric), underscore. */
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

export type TpFpFn = [number, number, number];

function overlap(trueItems: string[], predItems: string[]): TpFpFn {
  const t = new Map<string, number>();
  for (const x of trueItems) t.set(x, (t.get(x) ?? 0) + 1);
  const p = new Map<string, number>();
  for (const x of predItems) p.set(x, (p.get(x) ?? 0) + 1);
  let tp = 0, fp = 0, fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

function shingles(text: string, n = 4): string[] {
  const tokens = tokenize(text);
  const out: string[] = [];
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const sh = tokens.slice(i, i + n);
    if (sh.length) out.push(sh.join('\u0001'));
  }
  return out;
}

/** The benchmark's own score: 4-token shingles, case kept. */
export function shingleMatch(truth: string, pred: string): TpFpFn {
  return overlap(shingles(truth), shingles(pred));
}

/** Bag of lowercase word tokens. */
export function tokenMatch(truth: string, pred: string): TpFpFn {
  return overlap(tokenize(truth.toLowerCase()), tokenize(pred.toLowerCase()));
}

function precision([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}
function recall([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

export interface Metrics { precision: number; recall: number; f1: number; meanPageF1: number }

/** As evaluate.py: mean precision over pages with tp+fp>0, mean recall over pages with tp+fn>0. */
export function metrics(rows: TpFpFn[]): Metrics {
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const p = mean(rows.filter(([tp, fp]) => tp + fp > 0).map(precision));
  const r = mean(rows.filter(([tp, , fn]) => tp + fn > 0).map(recall));
  const f1 = p + r > 0 ? (2 * p * r) / (p + r) : 0;
  const pageF1 = mean(rows.map((x) => {
    const pp = precision(x), rr = recall(x);
    return pp + rr > 0 ? (2 * pp * rr) / (pp + rr) : 0;
  }));
  return { precision: p, recall: r, f1, meanPageF1: pageF1 };
}

export interface PageResult {
  page: CorpusPage;
  isArticle: boolean;
  text: string;
  published: string | null;
  shingle: TpFpFn;
  token: TpFpFn;
}

/** Scan one page as the extension does; the text is what we would mark in (empty when not an article). */
export function measurePage(page: CorpusPage, html: string, opts: { readability?: boolean } = {}): PageResult {
  const { document } = parseHTML(html);
  let text: string;
  let isArticle: boolean;
  let published: string | null = null;
  if (opts.readability) {
    const parsed = new Readability(document as unknown as Document).parse();
    text = parsed?.textContent ?? '';
    isArticle = !!parsed;
  } else {
    const scan = scanDocument(document as unknown as Document);
    // The benchmark scores the body we found, whether or not we go on to call it an article.
    text = scan.root ? scan.text : '';
    isArticle = scan.isArticle;
    published = scan.published.date;
  }
  return { page, isArticle, text, published, shingle: shingleMatch(page.truth, text), token: tokenMatch(page.truth, text) };
}

export interface CorpusReport {
  all: Metrics;
  news: Metrics;
  newsTokens: Metrics;
  newsArticles: number;
  newsPages: number;
  nonNewsArticles: number;
  nonNewsPages: number;
  newsDated: number;
  results: PageResult[];
}

export function measureCorpus(opts: { readability?: boolean; limit?: number } = {}): CorpusReport {
  const pages = loadCorpus().slice(0, opts.limit ?? Infinity);
  const results = pages.map((p) => measurePage(p, readPageHtml(p), opts));
  const news = results.filter((r) => r.page.category === 'news');
  const nonNews = results.filter((r) => r.page.category !== 'news');
  return {
    all: metrics(results.map((r) => r.shingle)),
    news: metrics(news.map((r) => r.shingle)),
    newsTokens: metrics(news.map((r) => r.token)),
    newsArticles: news.filter((r) => r.isArticle).length,
    newsPages: news.length,
    nonNewsArticles: nonNews.filter((r) => r.isArticle).length,
    nonNewsPages: nonNews.length,
    newsDated: news.filter((r) => r.published).length,
    results,
  };
}

function fmt(m: Metrics): string {
  return `F1 ${m.f1.toFixed(3)}  P ${m.precision.toFixed(3)}  R ${m.recall.toFixed(3)}  (mean per-page F1 ${m.meanPageF1.toFixed(3)})`;
}

function main() {
  const args = process.argv.slice(2);
  const arg = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  if (!existsSync(CORPUS_DIR)) {
    console.error(`corpus not found at ${CORPUS_DIR} (run from the repo root)`);
    process.exit(2);
  }
  const t0 = performance.now();
  const report = measureCorpus({ readability: args.includes('--readability'), limit: arg('--pages') ? Number(arg('--pages')) : undefined });
  const ms = performance.now() - t0;
  console.log(`pages: ${report.results.length} in ${(ms / 1000).toFixed(1)} s`);
  console.log(`all pages, benchmark score (4-token shingles): ${fmt(report.all)}`);
  console.log(`news pages, benchmark score:                  ${fmt(report.news)}`);
  console.log(`news pages, lowercase token bag:              ${fmt(report.newsTokens)}`);
  console.log(`news pages called article: ${report.newsArticles}/${report.newsPages}`);
  console.log(`non-news pages called article: ${report.nonNewsArticles}/${report.nonNewsPages}`);
  console.log(`news pages with a publish date: ${report.newsDated}/${report.newsPages}`);
  const worst = Number(arg('--worst') ?? 10);
  const scored = report.results.map((r) => {
    const [tp, fp, fn] = r.shingle;
    return { r, p: tp / (tp + fp || 1), rec: tp / (tp + fn || 1) };
  });
  scored.sort((a, b) => a.p + a.rec - (b.p + b.rec));
  console.log(`\nworst ${worst}:`);
  for (const { r, p, rec } of scored.slice(0, worst)) {
    console.log(`  ${r.page.dir} ${r.page.category.padEnd(8)} ${r.page.site.padEnd(28)} P ${p.toFixed(2)} R ${rec.toFixed(2)} article=${r.isArticle} chars=${r.text.length}/${r.page.truth.length}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('corpus-article.ts')) main();
