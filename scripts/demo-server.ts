/**
 * The demo news page, served on 127.0.0.1. `demo/panjshir.html` is the site template; the article
 * paragraphs come from the shared fixture (../shared/fixtures/panjshir-2021-08.txt), read at request
 * time so the page always shows the text the gold annotations describe. A few names get the inline
 * markup a real newsroom CMS adds (a link around an outlet's name, italics for a newspaper), so the
 * extension's text map is exercised across element boundaries.
 *
 * Run alone: `npx tsx scripts/demo-server.ts [port]` prints the page URL and serves until Ctrl-C.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const DEMO_DIR = path.join(ROOT, 'demo');
export const FIXTURE = path.resolve(ROOT, '../shared/fixtures/panjshir-2021-08.txt');
export const DEMO_PATH = '/demo/panjshir.html';
const PLACEHOLDER = '<!-- backstory:article-body -->';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Inline markup a CMS would add, applied to the escaped text (first occurrence only; skipped when absent). */
const INLINE: [find: string, replace: string][] = [
  ['told Al Arabiya.', 'told <a href="https://english.alarabiya.net/">Al Arabiya</a>.'],
  ['In a Washington Post editorial', 'In a <a href="https://www.washingtonpost.com/opinions/"><em>Washington Post</em> editorial</a>'],
  ['its Arabic Twitter account', 'its Arabic <a href="https://twitter.com/">Twitter account</a>'],
  ['September 11, 2001 attacks', '<a href="/topics/september-11">September 11, 2001 attacks</a>'],
  ['President Ursula von der Leyen', 'President <a href="/topics/ursula-von-der-leyen">Ursula von der Leyen</a>'],
  ['there is no recognition of the Taliban.', 'there is <strong>no recognition of the Taliban</strong>.'],
];

/** A block of the article: a paragraph, a subhead, or the "Also Read" box. */
export type DemoBlock = { kind: 'p' | 'h2' | 'read-more'; text: string };

/** The fixture's lines as article blocks (the plain text each block shows). */
export function demoBlocks(fixture = fs.readFileSync(FIXTURE, 'utf8')): DemoBlock[] {
  return fixture
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line): DemoBlock => {
      const readMore = /^Also Read\s*\|\s*(.+)$/i.exec(line);
      if (readMore) return { kind: 'read-more', text: readMore[1]! };
      // A short line without closing punctuation is a subhead in the original story.
      if (line.length < 90 && !/[.!?"'”’:]$/.test(line)) return { kind: 'h2', text: line };
      return { kind: 'p', text: line };
    });
}

function blockHtml(b: DemoBlock): string {
  let html = escapeHtml(b.text);
  if (b.kind === 'read-more') {
    return `<aside class="read-more" aria-label="Also read"><span class="read-more-label">Also Read</span> <a href="/world/2021/08/22/who-unicef-airbridge">${html}</a></aside>`;
  }
  for (const [find, replace] of INLINE) {
    const f = escapeHtml(find);
    const at = html.indexOf(f);
    if (at >= 0) html = html.slice(0, at) + replace + html.slice(at + f.length);
  }
  return b.kind === 'h2' ? `<h2>${html}</h2>` : `<p>${html}</p>`;
}

/** The full demo page HTML (template + fixture), as served. */
export function renderDemoPage(): string {
  const template = fs.readFileSync(path.join(DEMO_DIR, 'panjshir.html'), 'utf8');
  const body = demoBlocks().map(blockHtml).join('\n          ');
  return template.replace(PLACEHOLDER, body);
}

export async function startDemoServer(port = 0): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const p = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    try {
      if (p === '/' || p === '/demo' || p === '/demo/') {
        res.writeHead(302, { location: DEMO_PATH }).end();
        return;
      }
      if (p === DEMO_PATH) {
        res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' });
        res.end(renderDemoPage());
        return;
      }
      if (p.startsWith('/demo/')) {
        const file = path.join(DEMO_DIR, path.normalize(p.slice('/demo/'.length)).replace(/^(\.\.[/\\])+/, ''));
        if (file.startsWith(DEMO_DIR + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) {
          res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
          fs.createReadStream(file).pipe(res);
          return;
        }
      }
      if (p === '/favicon.ico') {
        res.writeHead(204).end();
        return;
      }
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    } catch (err) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(err));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const port = Number(process.argv[2] ?? 8787);
  const { url } = await startDemoServer(port);
  console.log(`Demo page: ${url}${DEMO_PATH}  (Ctrl-C to stop)`);
}
