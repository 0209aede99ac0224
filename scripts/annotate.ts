/**
 * Run the extension's own pipeline on a saved page, in Node:
 *
 *   npm run annotate -- PAGE.html [--json] [--kb public/kb]
 *
 * PAGE is a path or a file:// URL. The page is parsed with linkedom, scanned by core/pipeline.ts
 * (article detection, text map, publish date) and matched by core/kb.ts against the built knowledge
 * base (public/kb, from `npm run data:build`). Prints the mentions grouped by entity, or with --json
 * exactly {"published": "YYYY-MM-DD" | null, "mentions": [{text, start, end, id, name, type}]}
 * where start/end are offsets in the article's visible text.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { scanDocument, type PageScan } from '../core/pipeline';
import { createMatcher } from '../core/kb';
import { loadKb } from './lib/load-kb';
import type { KbIndex, Mention } from '../core/types';

export interface AnnotatedMention {
  text: string;
  start: number;
  end: number;
  id: string;
  name: string;
  type: string;
}

export interface Annotation {
  published: string | null;
  mentions: AnnotatedMention[];
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

/** The same steps the extension takes: scan, then match the article text (nothing when not an article). */
export function annotateHtml(html: string, index: KbIndex): Annotation {
  return annotateScan(scanHtml(html), index);
}

export function annotateScan(scan: PageScan, index: KbIndex): Annotation {
  const published = scan.published.date;
  if (!scan.isArticle || !scan.text) return { published, mentions: [] };
  const matcher = createMatcher(index);
  const mentions: Mention[] = matcher.find(scan.text, { lang: scan.lang });
  return {
    published,
    mentions: mentions.map((m) => {
      const e = matcher.entity(m.id);
      return { text: m.text, start: m.start, end: m.end, id: m.id, name: e?.name ?? m.id, type: e?.type ?? 'unknown' };
    }),
  };
}

function printGrouped(a: Annotation, scan: { isArticle: boolean; textLength: number }): void {
  console.log(`published: ${a.published ?? 'unknown'}`);
  console.log(`article: ${scan.isArticle ? 'yes' : 'no'} (${scan.textLength} characters of article text)`);
  const groups = new Map<string, AnnotatedMention[]>();
  for (const m of a.mentions) {
    const g = groups.get(m.id);
    if (g) g.push(m);
    else groups.set(m.id, [m]);
  }
  const sorted = [...groups.values()].sort((x, y) => y.length - x.length || x[0].start - y[0].start);
  console.log(`${a.mentions.length} mentions of ${groups.size} entities`);
  for (const g of sorted) {
    const { id, name, type } = g[0];
    const forms = [...new Set(g.map((m) => m.text))].join(', ');
    console.log(`  ${name} (${type}, ${id}) ×${g.length}: ${forms}`);
    console.log(`      at ${g.map((m) => `${m.start}-${m.end}`).join(' ')}`);
  }
}

function main(argv: string[]): number {
  const args = argv.filter((a) => !a.startsWith('--'));
  const json = argv.includes('--json');
  const kbAt = argv.indexOf('--kb');
  const kbDir = kbAt >= 0 ? argv[kbAt + 1] : 'public/kb';
  const page = args.find((a) => a !== kbDir);
  if (!page) {
    console.error('usage: npm run annotate -- PAGE.html [--json] [--kb DIR]   (PAGE: a path or a file:// URL)');
    return 2;
  }
  let html: string;
  try {
    html = readFileSync(pagePath(page), 'utf8');
  } catch (e) {
    console.error(`cannot read ${page}: ${(e as Error).message}`);
    return 2;
  }
  const kb = loadKb(kbDir);
  const scan = scanHtml(html);
  const annotation = annotateScan(scan, kb.index);
  if (json) process.stdout.write(JSON.stringify(annotation) + '\n');
  else printGrouped(annotation, { isArticle: scan.isArticle, textLength: scan.text.length });
  return 0;
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
