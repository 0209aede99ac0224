/**
 * Run the extension's own pipeline on saved pages, in Node:
 *
 *   npm run annotate -- PAGE.html [PAGE2.html …] [--cards] [--json] [--kb public/kb]
 *
 * PAGE is a path or a file:// URL. Each page is parsed with linkedom, scanned by core/page/scan.ts
 * (article detection, text map, publish date) and matched by core/linking/matcher.ts against the built knowledge
 * base (public/kb, from `npm run data:build`), loaded once for all pages. `--cards` adds each
 * entity's card as the reader sees it at the page's date (core/card/card-model.ts, the background's own card
 * model). The output format is documented, and kept stable, in data/README.md ("annotate output").
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { cardText } from '../components/card/card-text';
import { buildCard, cardAsOf } from '../core/card/card-model';
import { createMatcher } from '../core/linking/matcher';
import { scanDocument, type PageScan } from '../core/page/scan';
import type { CardModel, KbIndex, Matcher, Mention } from '../core/types';
import { loadKb, type LoadedKb } from './lib/load-kb';

export interface AnnotatedMention {
  /** The mention as written in the article. */
  text: string;
  /** Offsets in the article's visible text (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  /** The entity id: a Wikidata QID ('Q889') or 'prefix:slug'. */
  id: string;
  /** The Wikidata QID when the entity has one, else null. */
  qid: string | null;
  name: string;
  type: string;
}

export interface Annotation {
  published: string | null;
  mentions: AnnotatedMention[];
}

/** One JSON line of `--json`: the page as given on the command line, then the annotation. */
export interface PageLine extends Annotation {
  page: string;
  /** Whether the page reads as an article (nothing is marked otherwise). */
  article: boolean;
  /** Length of the article text the offsets point into. */
  textLength: number;
  /** With --cards: id → the card a reader sees at the page's date. */
  cards?: Record<string, CardModel>;
}

/** A path or a file:// URL → file path. */
export function pagePath(arg: string): string {
  if (/^file:/i.test(arg)) return fileURLToPath(arg);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) throw new Error(`only local pages: ${arg} is not a path or a file:// URL`);
  return arg;
}

export function scanHtml(html: string): PageScan {
  const { document } = parseHTML(html);
  return scanDocument(document as unknown as Document);
}

// One matcher per index: building it is most of the load cost, and a batch of pages shares it.
const matchers = new WeakMap<KbIndex, Matcher>();
function matcherFor(index: KbIndex): Matcher {
  let m = matchers.get(index);
  if (!m) matchers.set(index, (m = createMatcher(index)));
  return m;
}

/** The same steps the extension takes: scan, then match the article text (nothing when not an article). */
export function annotateHtml(html: string, index: KbIndex): Annotation {
  return annotateScan(scanHtml(html), index);
}

export function annotateScan(scan: PageScan, index: KbIndex): Annotation {
  const published = scan.published.date;
  if (!scan.isArticle || !scan.text) return { published, mentions: [] };
  const matcher = matcherFor(index);
  const mentions: Mention[] = matcher.find(scan.text, { lang: scan.lang });
  return {
    published,
    mentions: mentions.map((m) => {
      const e = matcher.entity(m.id);
      return { text: m.text, start: m.start, end: m.end, id: m.id, qid: /^Q\d+$/.test(m.id) ? m.id : null, name: e?.name ?? m.id, type: e?.type ?? 'unknown' };
    }),
  };
}

/** The cards the background would send for this article: as of its date, facts about the article's other entities first. */
export function cardsFor(a: Annotation, kb: LoadedKb, now = new Date()): Record<string, CardModel> {
  const matcher = matcherFor(kb.index);
  const ids = [...new Set(a.mentions.map((m) => m.id))];
  const { asOf, asOfIsToday } = cardAsOf(a.published, now);
  const ctx = { asOf, asOfIsToday, articleIds: new Set(ids), nameOf: (id: string) => matcher.entity(id)?.name };
  const cards: Record<string, CardModel> = {};
  for (const id of ids) {
    const e = matcher.entity(id);
    if (e) cards[id] = buildCard(e, kb.detail(id), ctx);
  }
  return cards;
}

/** The page as `--json` prints it (one line per page). */
export function pageLine(page: string, html: string, kb: LoadedKb, withCards: boolean): PageLine {
  const scan = scanHtml(html);
  const a = annotateScan(scan, kb.index);
  const line: PageLine = { page, published: a.published, article: scan.isArticle, textLength: scan.text.length, mentions: a.mentions };
  if (withCards) line.cards = cardsFor(a, kb);
  return line;
}

/** The human-readable report of one page. */
export function formatPage(p: PageLine): string[] {
  const out = [`${p.page}`, `  published: ${p.published ?? 'unknown'}`, `  article: ${p.article ? 'yes' : 'no'} (${p.textLength} characters of article text)`];
  const groups = new Map<string, AnnotatedMention[]>();
  for (const m of p.mentions) {
    const g = groups.get(m.id);
    if (g) g.push(m);
    else groups.set(m.id, [m]);
  }
  const sorted = [...groups.values()].sort((x, y) => y.length - x.length || x[0].start - y[0].start);
  out.push(`  ${p.mentions.length} mentions of ${groups.size} entities`);
  for (const g of sorted) {
    const { id, name, type } = g[0];
    const forms = [...new Set(g.map((m) => m.text))].join(', ');
    out.push(`  ${name} (${type}, ${id}${/^Q\d+$/.test(id) ? "" : ", no QID"}) ×${g.length}: ${forms}`);
    out.push(`      at ${g.map((m) => `${m.start}-${m.end}`).join(' ')}`);
    const card = p.cards?.[id];
    if (card) for (const l of cardText(card)) out.push(`      | ${l}`);
  }
  return out;
}

const USAGE = 'usage: npm run annotate -- PAGE.html [PAGE2.html …] [--cards] [--json] [--kb DIR]   (PAGE: a path or a file:// URL)';

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const withCards = argv.includes('--cards');
  const kbAt = argv.indexOf('--kb');
  const kbDir = kbAt >= 0 ? argv[kbAt + 1] : 'public/kb';
  const pages = argv.filter((a, i) => !a.startsWith('--') && !(kbAt >= 0 && i === kbAt + 1));
  const unknown = argv.filter((a) => a.startsWith('--') && !['--json', '--cards', '--kb'].includes(a));
  if (!pages.length || unknown.length || !kbDir) {
    console.error(unknown.length ? `unknown option ${unknown.join(' ')}\n${USAGE}` : USAGE);
    return 2;
  }
  const kb = loadKb(kbDir);
  let failed = 0;
  pages.forEach((page, i) => {
    let html: string;
    try {
      html = readFileSync(pagePath(page), 'utf8');
    } catch (e) {
      failed++;
      const error = `cannot read ${page}: ${(e as Error).message}`;
      // The batch goes on: one line per page either way, so a script can pair lines with pages.
      if (json) process.stdout.write(JSON.stringify({ page, error }) + '\n');
      else console.error(error);
      return;
    }
    const line = pageLine(page, html, kb, withCards);
    if (json) process.stdout.write(JSON.stringify(line) + '\n');
    else process.stdout.write((i ? '\n' : '') + formatPage(line).join('\n') + '\n');
  });
  return failed ? 1 : 0;
}

const invoked = process.argv[1] ?? '';
if (invoked.endsWith('annotate.ts') || invoked.endsWith('annotate.js')) {
  // `npm run annotate -- page.html | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  process.exitCode = main(process.argv.slice(2));
}
