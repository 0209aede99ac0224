/**
 * Article-body quality on the 181 real pages of ../shared/corpus/news-pages, scored as the
 * scrapinghub article-extraction-benchmark scores (see scripts/corpus-article.ts). Each page is
 * parsed once. Floors = measured − 0.01 (measured with `npx tsx scripts/corpus-article.ts`):
 * all pages F1 0.976 (P 0.967, R 0.985); news pages F1 0.980 (P 0.976, R 0.985), lowercase-token
 * F1 0.984; Readability's own textContent scores 0.947 on all pages (the benchmark's anchor).
 */
import { describe, expect, it } from 'vitest';
import { measureCorpus, type CorpusReport } from '../../scripts/corpus-article';

const FLOOR_ALL_F1 = 0.966;
const FLOOR_NEWS_F1 = 0.970;
const FLOOR_NEWS_TOKEN_F1 = 0.974;

describe('article body on the real-page corpus', () => {
  let report: CorpusReport;

  it('scans all 181 pages', { timeout: 240_000 }, () => {
    report = measureCorpus();
    expect(report.results).toHaveLength(181);
    expect(report.newsPages).toBe(144);
    expect(report.nonNewsPages).toBe(37);
  });

  it('keeps the benchmark F1 floor on all pages and on news pages', () => {
    expect(report.all.f1).toBeGreaterThanOrEqual(FLOOR_ALL_F1);
    expect(report.news.f1).toBeGreaterThanOrEqual(FLOOR_NEWS_F1);
    expect(report.newsTokens.f1).toBeGreaterThanOrEqual(FLOOR_NEWS_TOKEN_F1);
    // Precision matters most (marks outside the article are the worse error).
    expect(report.news.precision).toBeGreaterThanOrEqual(0.965);
  });

  it('calls (nearly) every news page an article', () => {
    expect(report.newsArticles).toBeGreaterThanOrEqual(142);
  });

  it('finds a publish date on most news pages, all of them plausible', () => {
    expect(report.newsDated).toBeGreaterThanOrEqual(120);
    for (const r of report.results) {
      if (r.published) expect(r.published >= '1995-01-01' && r.published <= '2020-12-31', `${r.page.dir}: ${r.published}`).toBe(true);
    }
  });

  it('never takes the whole page as the article on news pages', () => {
    // A body that is more than three times the ground truth would be a site-wide root.
    const bloated = report.results.filter((r) => r.page.category === 'news' && r.text.length > 3 * r.page.truth.length + 500);
    expect(bloated.map((r) => r.page.dir)).toEqual([]);
  });
});
