/**
 * The content script scans in slices (`scanDocumentAsync`), Node scans in one go (`scanDocument`):
 * both must give the same article, text and map back to the page's Text nodes. Checked on real
 * corpus pages (the 5 largest and a spread of others) and on a page with one huge Text node.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { scanDocument, scanDocumentAsync, type PageScan } from '../../core/page/scan';
import { buildTextMap, buildTextMapSteps } from '../../core/page/textmap';
import { loadCorpus, readPageHtml, CORPUS_DIR } from '../../scripts/corpus-article';
import { statSync } from 'node:fs';
import { join } from 'node:path';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

/** Every mapped offset, as (node text, offsets) triples: equal maps give equal lists. */
function pieces(scan: PageScan): string[] {
  const out: string[] = [];
  const step = Math.max(1, Math.floor(scan.text.length / 400));
  for (let i = 0; i < scan.text.length; i += step) {
    for (const p of scan.rangeAt(i, Math.min(scan.text.length, i + 17))) {
      out.push(`${p.startContainer.data.slice(0, 20)}|${p.startOffset}|${p.endOffset}`);
    }
  }
  return out;
}

describe('scanDocumentAsync gives what scanDocument gives', () => {
  const pages = loadCorpus();
  const bySize = [...pages].sort((a, b) => statSync(join(CORPUS_DIR, b.dir, 'source.html')).size - statSync(join(CORPUS_DIR, a.dir, 'source.html')).size);
  const chosen = [...bySize.slice(0, 5), ...pages.filter((_, i) => i % 30 === 7)];

  it.each(chosen.map((p) => [p.dir, p] as const))('%s', { timeout: 30_000 }, async (_dir, page) => {
    const html = readPageHtml(page);
    const sync = scanDocument(doc(html));
    let slices = 0;
    // A zero budget yields at every checkpoint: the most interleaving there can be.
    const sliced = await scanDocumentAsync(doc(html), { yieldEvery: 0, onSlice: () => slices++ });
    expect(sliced.isArticle).toBe(sync.isArticle);
    expect(sliced.text).toBe(sync.text);
    expect(sliced.published).toEqual(sync.published);
    expect(sliced.root?.tagName).toBe(sync.root?.tagName);
    expect(pieces(sliced)).toEqual(pieces(sync));
    expect(slices).toBeGreaterThan(3);
  });

  it('reads a 1 MB text node in many steps, with the same result', () => {
    const words = Array.from({ length: 150_000 }, (_, i) => (i % 97 === 0 ? 'Kabul,   ' : 'word ')).join('');
    const d = doc(`<html><body><p id="huge">${words}</p><p>After.</p></body></html>`);
    const steps = buildTextMapSteps(d.body);
    let n = 0;
    let r = steps.next();
    while (!r.done) {
      n++;
      r = steps.next();
    }
    const whole = buildTextMap(d.body);
    expect(n).toBeGreaterThan(20);
    expect(r.value.text).toBe(whole.text);
    const at = whole.text.indexOf('Kabul', 500_000);
    expect(r.value.rangeAt(at, at + 7)).toEqual(whole.rangeAt(at, at + 7));
  });

  it('scores a very long story in steps and finds its body', async () => {
    const para = (i: number) => `<p>Paragraph ${i} of the long story, in which the council of Kabul met again, and spoke about roads, water and prices for a long while.</p>`;
    const html = `<html><head><meta property="og:type" content="article"><title>Long</title></head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <div class="story"><h1>A very long story</h1>${Array.from({ length: 1400 }, (_, i) => para(i)).join('')}
        <div class="share-bar">Share this story</div></div>
      <footer>About us, contact, jobs</footer></body></html>`;
    const sync = scanDocument(doc(html));
    expect(sync.isArticle).toBe(true);
    expect(sync.text.length).toBeGreaterThan(150_000);
    expect(sync.text).toContain('Paragraph 1399 of the long story');
    expect(sync.text).not.toContain('Home');
    expect(sync.text).not.toContain('Share this story');
    expect(sync.text).not.toContain('About us');
    let slices = 0;
    const sliced = await scanDocumentAsync(doc(html), { yieldEvery: 0, onSlice: () => slices++ });
    expect(sliced.text).toBe(sync.text);
    expect(pieces(sliced)).toEqual(pieces(sync));
    expect(slices).toBeGreaterThan(20);
  });

  it('stops when aborted', async () => {
    const ac = new AbortController();
    ac.abort(new Error('navigated'));
    await expect(scanDocumentAsync(doc('<html><body><p>Hi</p></body></html>'), { signal: ac.signal })).rejects.toThrow('navigated');
  });
});
