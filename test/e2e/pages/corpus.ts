/**
 * The shared corpus of real news pages (../shared/corpus/news-pages) for the browser tests and the
 * browser bench: which pages to use, and a server for them on 127.0.0.1.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { ROOT, SHARED } from '../harness';

export const CORPUS = path.join(SHARED, 'corpus/news-pages');

export interface Row {
  dir: string;
  category: string;
  lang: string;
  site: string;
  size: number;
}

/** ~15 pages: the 5 largest, 3 non-news, and news pages spread evenly over the rest (a fixed choice). */
export function samplePages(total = 15): Row[] {
  const rows: Row[] = fs
    .readFileSync(path.join(CORPUS, 'manifest.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'))
    .map(([dir, , category, lang, site]) => ({ dir: dir!, category: category!, lang: lang!, site: site!, size: fs.statSync(path.join(CORPUS, dir!, 'source.html')).size }));
  const largest = [...rows].sort((a, b) => b.size - a.size).slice(0, 5);
  const chosen = new Set(largest.map((r) => r.dir));
  const nonNews = rows.filter((r) => r.category === 'non-news' && !chosen.has(r.dir)).sort((a, b) => a.dir.localeCompare(b.dir));
  const pickedNonNews = [nonNews[0], nonNews[Math.floor(nonNews.length / 2)], nonNews[nonNews.length - 1]].filter(Boolean) as Row[];
  pickedNonNews.forEach((r) => chosen.add(r.dir));
  const news = rows.filter((r) => r.category === 'news' && r.lang === 'en' && !chosen.has(r.dir)).sort((a, b) => a.dir.localeCompare(b.dir));
  const rest = total - largest.length - pickedNonNews.length;
  const spread = Array.from({ length: rest }, (_, i) => news[Math.floor((i * news.length) / rest)]!);
  return [...largest, ...pickedNonNews, ...spread];
}

/** Executable scripts (JSON-LD and other data blocks stay: article detection reads them). */
const EXECUTABLE_SCRIPT = /<script\b(?![^>]*\btype\s*=\s*["']?application\/(?:ld\+)?json)[^>]*>[\s\S]*?<\/script\s*>/gi;

/**
 * Serves /<dir>/ as that corpus page; anything else is a quick 404. The pages' own scripts are
 * blocked with a CSP header (the DOM stays as saved), or, with `stripScripts`, removed from the
 * HTML (for the bench: a CSP would also block the long-task observer it injects).
 */
export async function serveCorpus(opts: { stripScripts?: boolean } = {}): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const m = /^\/(aeb-[0-9a-f]+)\/$/.exec(new URL(req.url ?? '/', 'http://x').pathname);
    const file = m ? path.join(CORPUS, m[1]!, 'source.html') : '';
    if (!file || !fs.existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (opts.stripScripts) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(fs.readFileSync(file, 'utf8').replace(EXECUTABLE_SCRIPT, ''));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'; frame-src 'none'" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))),
  };
}

/** The `n` largest pages by HTML size. */
export function largestPages(n = 5): Row[] {
  return samplePages().slice(0, n);
}

/** core/page/scan.ts bundled for a page (global `__backstoryPipeline`): the article detection the
 *  content script runs, to evaluate in a tab over CDP (which the page's CSP does not govern). */
export async function pipelineBundle(): Promise<string> {
  const out = await build({
    entryPoints: [path.join(ROOT, 'core/page/scan.ts')],
    bundle: true,
    format: 'iife',
    globalName: '__backstoryPipeline',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}
