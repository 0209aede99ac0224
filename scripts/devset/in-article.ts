// Names the KB lacks, found in the article itself (core/linking/in-article.ts, issue 17): prints every
// detection with its context for judging by hand, and the share of gold people/organizations that
// get some card (a KB link or an in-article card) before and after.
//   npx tsx scripts/devset/in-article.ts [--kb public/kb] [--review] [--all-pages] [--no-kb] [--notes]
// --review prints the detections (dev gold pages; with --all-pages every page of ../shared/corpus/news-pages).
import fs from 'node:fs';
import path from 'node:path';
import { createMatcher } from '../../core/linking/matcher';
import { articleDescription, findInArticle, type InArticleEntity } from '../../core/linking/in-article';
import type { Matcher } from '../../core/types';
import { loadKb } from '../lib/load-kb';
import { articleBody, goldPages, loadGold, PAGES_DIR } from './corpus';
import { newsFairDocs } from './newsfair';

interface Gold { start: number; end: number; type: string }
interface Tally { gold: number; before: number; after: number }

let findMs = 0;
let worstMs = 0;
function detect(matcher: Matcher, text: string): { linked: { start: number; end: number }[]; found: InArticleEntity[] } {
  const linked = matcher.find(text);
  const t0 = performance.now();
  const found = findInArticle(text, linked);
  const ms = performance.now() - t0;
  findMs += ms;
  worstMs = Math.max(worstMs, ms);
  return { linked, found };
}

const hits = (spans: { start: number; end: number }[], g: Gold) => spans.some((s) => s.start < g.end && s.end > g.start);

function tally(t: Tally, gold: Gold[], linked: { start: number; end: number }[], found: InArticleEntity[]): void {
  const mine = found.flatMap((e) => e.mentions);
  for (const g of gold) {
    if (g.type !== 'person' && g.type !== 'organization') continue;
    t.gold++;
    const b = hits(linked, g);
    if (b) t.before++;
    if (b || hits(mine, g)) t.after++;
  }
}

function show(page: string, text: string, found: InArticleEntity[]): void {
  for (const e of found) {
    const m = e.mentions[0];
    const ctx = `${text.slice(Math.max(0, m.start - 50), m.start)}[[${m.text}]]${text.slice(m.end, m.end + 50)}`.replace(/\s+/g, ' ');
    console.log(`${page}\t${e.type}\t${e.name}\t×${e.mentions.length}\t${e.descriptions.join(' | ')}\t${ctx}`);
  }
}

function newsFairTypeOf(t: string): string | undefined {
  const c = t.split('|');
  if (c.includes('Q215627')) return 'person';
  if (c.includes('Q43229')) return 'organization';
  return undefined;
}

const args = process.argv.slice(2);
const kbDir = args.includes('--kb') ? args[args.indexOf('--kb') + 1] : 'public/kb';
const review = args.includes('--review');
// --no-kb: detections with no KB links to step around (to review the finder alone, before a KB build).
const matcher: Matcher = args.includes('--no-kb') ? { find: () => [], entity: () => undefined } : createMatcher(loadKb(kbDir).index);

let detections = 0;
let notes = 0;
const dev: Tally = { gold: 0, before: 0, after: 0 };
const pages = args.includes('--all-pages') ? fs.readdirSync(PAGES_DIR).filter((p) => fs.existsSync(path.join(PAGES_DIR, p, 'ground-truth.json'))).sort() : goldPages();
const gold = new Set(goldPages());
for (const page of pages) {
  const text = articleBody(page);
  const { linked, found } = detect(matcher, text);
  detections += found.length;
  if (review) show(page, text, found);
  if (gold.has(page)) tally(dev, loadGold(page).mentions, linked, found);
  if (args.includes('--notes')) {
    // The article's own description of each linked entity (the card's "In this article" line).
    const byId = new Map<string, { start: number; end: number; text: string }[]>();
    for (const m of linked as { id: string; start: number; end: number; text: string }[]) byId.get(m.id)?.push(m) ?? byId.set(m.id, [m]);
    for (const [id, ms] of byId) {
      if (matcher.entity(id)?.type !== 'person') continue;
      const note = articleDescription(text, ms);
      if (note) {
        notes++;
        console.log(`note\t${page}\t${id}\t${ms[0].text}\t${note}`);
      }
    }
  }
}

const nf: Tally = { gold: 0, before: 0, after: 0 };
let nfDetections = 0;
{
  for (const d of newsFairDocs()) {
    const { linked, found } = detect(matcher, d.text);
    const [e0, e1] = d.evaluation_span;
    const inSpan = found.filter((e) => e.mentions[0].start >= e0 && e.mentions[0].end <= e1);
    nfDetections += inSpan.length;
    if (review) show(`nf-${d.id}`, d.text, inSpan);
    // Names only (capitalized).
    const g = d.labels
      .filter((l) => l.span[0] >= e0 && l.span[1] <= e1 && /^\p{Lu}/u.test(d.text.slice(l.span[0], l.span[1])))
      .map((l) => ({ start: l.span[0], end: l.span[1], type: newsFairTypeOf(l.type) ?? '' }));
    tally(nf, g, linked, found);
  }
}

const pct = (a: number, b: number) => `${((100 * a) / (b || 1)).toFixed(1)}%`;
if (args.includes('--notes')) console.log(`article notes on linked cards: ${notes}`);
console.log(`findInArticle time (background, after the matcher): ${findMs.toFixed(0)} ms in all, worst page ${worstMs.toFixed(1)} ms`);
console.log(`in-article detections: ${detections} on ${pages.length} dev pages, ${nfDetections} on News-Fair v1`);
console.log(`dev gold people+orgs with some card: before ${pct(dev.before, dev.gold)} (${dev.before}/${dev.gold}), after ${pct(dev.after, dev.gold)} (${dev.after}/${dev.gold})`);
console.log(`News-Fair v1 people+orgs with some card: before ${pct(nf.before, nf.gold)} (${nf.before}/${nf.gold}), after ${pct(nf.after, nf.gold)} (${nf.after}/${nf.gold})`);
