// The linking dev set (issue 4, "Quality, measured"): gold annotations of 30+ English news articles
// from ../shared/corpus/news-pages, scored against the matcher with floors that fail when quality drops.
// Gold format and guidelines: test/devset/README.md. Scoring: scripts/devset/score.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../core/linking/matcher';
import { loadKb } from '../../scripts/lib/load-kb';
import { articleBody, goldPages, loadGold, PAGES_DIR, sha1 } from '../../scripts/devset/corpus';
import { scoreDevset } from '../../scripts/devset/score';
import { splitPages } from '../../scripts/devset/split';
import { isNameLabel, newsFairDocs, scoreNewsFair } from '../../scripts/devset/newsfair';

/** Floors just below the measured values (`npm run devset`). Whole set, 2026-11-25 12:11: P 0.992, R-KB 0.964.
 *  Issue 12 (KB 2026-11-25.1): tuning part P 1.000 R-KB 0.981; held-out part P 0.993 R-KB 0.934;
 *  News-Fair v1 P 0.722 (strict, by QID) R 0.286. Aims: held-out P ≥ 0.97 (met), News-Fair P ≥ 0.95 (not met).
 *  KB 2026-12-07.1 (128,723 entities; national teams now in the KB and in the gold): whole set P 0.996 R-KB 0.957;
 *  tuning P 0.999 R-KB 0.966; held out P 0.990 R-KB 0.934; News-Fair P 0.681 R 0.340.
 *  KB 2026-12-07.2 (+486 curated companies) and the judged-marks rules: tuning P 0.999 R-KB 0.968; held
 *  out P 0.990 R-KB 0.934; News-Fair P 0.685 R 0.347.
 *  The ELEVANT tuning-set rules (docs/quality.md): tuning P 0.999 R-KB 0.968; held out P 0.990 R-KB 0.934;
 *  News-Fair P 0.694 R 0.347.
 *  KB 2026-12-07.3 (regions ranked and with ids), wiki-fair rules, one-name figures named twice: tuning P 0.999
 *  R-KB 0.968; held out P 0.990 R-KB 0.940; News-Fair P 0.742 R 0.347.
 *  KB 2026-12-07.8, ELEVANT round 3 (docs/quality.md): tuning and held out the same; News-Fair P 0.794 R 0.354.
 *  Raise the floors as the matcher improves. */
const FLOORS = { precision: 0.99, kbRecall: 0.95 };
const HELD_OUT_FLOORS = { precision: 0.985, kbRecall: 0.935 };
const TUNING_FLOORS = { precision: 0.995, kbRecall: 0.96 };
const NEWS_FAIR_FLOORS = { precision: 0.79, recall: 0.36 };

const pages = goldPages();
const manifest = new Map(
  readFileSync(join(PAGES_DIR, 'manifest.tsv'), 'utf8').trim().split('\n').slice(1)
    .map((l) => l.split('\t')).map((f) => [f[0], { category: f[2], lang: f[3] }]),
);

describe('dev set gold', () => {
  it('covers at least 30 English news articles', () => {
    expect(pages.length).toBeGreaterThanOrEqual(30);
    for (const p of pages) expect(manifest.get(p), p).toEqual({ category: 'news', lang: 'en' });
  });

  it.each(pages)('%s: gold fits the article text', (page) => {
    const gold = loadGold(page);
    const text = articleBody(page);
    expect(gold.page).toBe(page);
    expect(sha1(text), 'article text changed since it was annotated').toBe(gold.textSha1);
    expect(gold.mentions.length).toBeGreaterThan(0);
    let lastEnd = -1;
    for (const m of gold.mentions) {
      const where = `${page} ${m.start}-${m.end} "${m.surface}"`;
      expect(text.slice(m.start, m.end), where).toBe(m.surface);
      expect(['person', 'place', 'organization'], where).toContain(m.type);
      for (const id of [m.id, ...(m.alt ?? [])]) expect(id === null || /^(Q\d+|[a-z][\w-]*:[\w.:-]+)$/.test(id), `${where} id ${id}`).toBe(true);
      expect(m.name.length, where).toBeGreaterThan(0);
      expect(m.surface, where).toBe(m.surface.trim());
      if (m.optional) continue;
      expect(m.start, `${where} overlaps the mention before it`).toBeGreaterThanOrEqual(lastEnd);
      lastEnd = m.end;
    }
  });
});

describe('linking quality on the dev set', () => {
  it('keeps precision and recall on KB entities above their floors', () => {
    const { index } = loadKb('public/kb');
    const r = scoreDevset(index, createMatcher(index), pages);
    const summary = `P=${r.overall.precision.toFixed(3)} R(KB)=${r.kb.recall.toFixed(3)} R(all)=${r.overall.recall.toFixed(3)}`;
    expect(r.kb.gold, 'gold mentions of KB entities').toBeGreaterThan(200);
    expect(r.overall.precision, summary).toBeGreaterThanOrEqual(FLOORS.precision);
    expect(r.kb.recall, summary).toBeGreaterThanOrEqual(FLOORS.kbRecall);
  }, 120_000);

  it('keeps the tuning and held-out parts above their floors (issue 12)', () => {
    const { index } = loadKb('public/kb');
    const m = createMatcher(index);
    const { tuning, heldOut } = splitPages(pages);
    expect(heldOut.length, 'about a third held out').toBeGreaterThanOrEqual(Math.floor(pages.length / 4));
    const t = scoreDevset(index, m, tuning);
    const h = scoreDevset(index, m, heldOut);
    const sum = (r: typeof t) => `P=${r.overall.precision.toFixed(3)} R(KB)=${r.kb.recall.toFixed(3)}`;
    expect(t.overall.precision, `tuning ${sum(t)}`).toBeGreaterThanOrEqual(TUNING_FLOORS.precision);
    expect(t.kb.recall, `tuning ${sum(t)}`).toBeGreaterThanOrEqual(TUNING_FLOORS.kbRecall);
    expect(h.overall.precision, `held out ${sum(h)}`).toBeGreaterThanOrEqual(HELD_OUT_FLOORS.precision);
    expect(h.kb.recall, `held out ${sum(h)}`).toBeGreaterThanOrEqual(HELD_OUT_FLOORS.kbRecall);
  }, 120_000);
});

describe('linking quality on News-Fair v1 (held out, by QID; issue 12)', () => {
  const docs = newsFairDocs();
  it.skipIf(docs.length === 0)('keeps precision and recall above their floors', () => {
    const { index } = loadKb('public/kb');
    const r = scoreNewsFair(index, createMatcher(index), docs);
    const summary = `P=${r.strict.precision.toFixed(3)} R=${r.strict.recall.toFixed(3)} (${r.strict.tp}/${r.strict.predicted} marks right)`;
    expect(docs.length).toBe(40);
    expect(r.strict.gold, 'gold name labels').toBeGreaterThan(100);
    expect(r.strict.precision, summary).toBeGreaterThanOrEqual(NEWS_FAIR_FLOORS.precision);
    expect(r.strict.recall, summary).toBeGreaterThanOrEqual(NEWS_FAIR_FLOORS.recall);
  }, 120_000);

  it('reads the gold as documented: names only, pronouns and descriptions left out', () => {
    expect(isNameLabel('Syria')).toBe(true);
    expect(isNameLabel('The Associated Press')).toBe(true);
    expect(isNameLabel('he')).toBe(false);
    expect(isNameLabel('The actress')).toBe(false);
    expect(isNameLabel('the Duchess')).toBe(false);
  });
});
