/**
 * The content script on live pages (issues 2, 5 and 6): the page's text and DOM stay exactly as
 * they were; settings apply live; a dynamic page (content added, removed, SPA navigation) keeps its
 * marks in sync without rescanning for changes that cannot matter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, SHARED, launchWithExtension, serve, type Launched, type Server } from './harness';
import { startDemoServer, DEMO_PATH, escapeHtml } from '../../scripts/demo-server';
import { hoverMark, markCount, readMarks, waitForMarks } from './pages/inspect';
import { waitForCard, waitForNoCard } from './pages-card/card-probe';

const EXTENSION_DIR = process.env.BACKSTORY_EXTENSION_DIR || undefined;
const FIXTURE = fs.readFileSync(path.join(SHARED, 'fixtures/panjshir-2021-08.txt'), 'utf8');
const PARAS = FIXTURE.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 90);

/** A news page whose script can add, remove and replace article content (an SPA in miniature). */
function dynamicPage(): string {
  const body = PARAS.slice(0, 8).map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Panjshir holds out</title>
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Panjshir holds out","datePublished":"2021-08-22T10:00:00Z"}</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav><span id="clock">10:00:00</span></header>
<main><article><h1>Panjshir holds out</h1><div id="story">${body}</div></article></main>
<footer>Footer of the site</footer>
<script>
  window.addPara = (text) => { const p = document.createElement('p'); p.textContent = text; document.getElementById('story').appendChild(p); };
  window.removeFirst = () => document.querySelector('#story p').remove();
  window.tick = (s) => { document.getElementById('clock').textContent = s; };
  window.navigate = (paras) => {
    history.pushState({}, '', '/story-2.html');
    document.getElementById('story').replaceChildren(...paras.map((t) => { const p = document.createElement('p'); p.textContent = t; return p; }));
  };
</script>
</body></html>`;
}

const startCount = (p: Page) => p.evaluate(`performance.getEntriesByName('backstory:start').length`) as Promise<number>;
const markTexts = async (p: Page) => (await readMarks(p)).map((m) => m.text);

describe('the page stays the page', () => {
  let server: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    server = await startDemoServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('body text, body DOM and head are identical with and without the extension, even with a card open', async () => {
    const url = `${server.url}${DEMO_PATH}`;
    const plain = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    let without: { text: string; body: string; head: string; sheets: number };
    const read = `({ text: document.body.innerText, body: document.body.innerHTML, head: document.head.innerHTML, sheets: document.styleSheets.length })`;
    try {
      const p = await (await plain.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
      await p.goto(url);
      without = (await p.evaluate(read)) as typeof without;
    } finally {
      await plain.close();
    }
    const ext = await launchWithExtension({ extensionDir: EXTENSION_DIR });
    try {
      const p = await ext.context.newPage();
      await p.goto(url);
      expect(await waitForMarks(p, { timeout: 90_000, min: 20 })).toBeGreaterThanOrEqual(20);
      expect(await hoverMark(p, 'Ahmad Shah Massoud')).toBe(true);
      expect(await waitForCard(p, { match: /assassinat/i, timeout: 8000 })).not.toBeNull();
      const withExt = (await p.evaluate(read)) as typeof without;
      expect(withExt.text).toBe(without.text);
      expect(withExt.body).toBe(without.body);
      expect(withExt.head).toBe(without.head);
      // The mark styles come from the manifest: no stylesheet of ours shows in the page's CSSOM.
      expect(withExt.sheets).toBe(without.sheets);
      // The one node we add is the card host, outside <body>.
      expect(await p.evaluate(`[...document.documentElement.children].map((e) => e.localName).join(',')`)).toBe('head,body,div');
    } finally {
      await ext.close();
    }
  });
});

describe('settings and dynamic pages', () => {
  let server: Server;
  let ext: Launched;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await serve(path.join(import.meta.dirname, 'pages-card'), { '/story.html': dynamicPage });
    ext = await launchWithExtension({ extensionDir: EXTENSION_DIR });
    page = await ext.context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/story.html`);
    expect(await waitForMarks(page, { timeout: 90_000, min: 10 })).toBeGreaterThanOrEqual(10);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  const setSettings = (patch: Record<string, unknown>) =>
    ext.serviceWorker.evaluate(
      `(async (patch) => { const cur = (await chrome.storage.local.get('settings')).settings || {}; await chrome.storage.local.set({ settings: { version: 1, ...cur, ...patch } }); })(${JSON.stringify(patch)})`,
    );

  it('mark style and types apply live', async () => {
    await setSettings({ markStyle: 'dotted' });
    await expect.poll(async () => (await readMarks(page)).every((m) => m.highlight.endsWith('-dotted'))).toBe(true);
    await setSettings({ markStyle: 'underline', types: { person: true, place: false, organization: true } });
    await expect.poll(async () => (await readMarks(page)).some((m) => m.highlight === 'mk-place')).toBe(false);
    expect((await readMarks(page)).some((m) => m.highlight === 'mk-person')).toBe(true);
    await setSettings({ types: { person: true, place: true, organization: true } });
    await expect.poll(async () => (await readMarks(page)).some((m) => m.highlight === 'mk-place')).toBe(true);
  });

  it('the per-site switch turns marks off and on without a reload', async () => {
    const before = await markCount(page);
    await setSettings({ sites: { '127.0.0.1': false } });
    await expect.poll(() => markCount(page)).toBe(0);
    await setSettings({ sites: {} });
    await expect.poll(() => markCount(page)).toBe(before);
  });

  it('text outside the article changing (a clock) causes no rescan; new article text is marked once', async () => {
    const starts = await startCount(page);
    for (const s of ['10:00:01', '10:00:02', '10:00:03']) await page.evaluate(`tick(${JSON.stringify(s)})`);
    await page.evaluate(`addPara('Later on Sunday, UNICEF said it was still delivering aid across Afghanistan, including to families in the Panjshir Valley.')`);
    await expect.poll(() => markTexts(page), { timeout: 15_000 }).toContain('UNICEF');
    // One rescan for the whole batch (clock ticks included), none per tick.
    expect(await startCount(page)).toBe(starts + 1);
    const keys = (await readMarks(page)).map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('removed content drops its marks', async () => {
    const first = PARAS[0];
    expect(first).toMatch(/Panjshir valley/);
    await page.evaluate('removeFirst()');
    // Every remaining range sits on text that is still in the document.
    await expect.poll(async () => page.evaluate(`(() => {
      let stale = 0;
      for (const [name, h] of CSS.highlights) if (name.startsWith('mk-')) for (const r of h) if (!r.startContainer.isConnected) stale++;
      return stale;
    })()`)).toBe(0);
    expect(await markCount(page)).toBeGreaterThan(0);
  });

  it('SPA navigation starts over on the new article', async () => {
    const next = [
      'The European Union said on Saturday that it would not recognize the Taliban, and Charles Michel repeated the position in Madrid.',
      ...PARAS.slice(8, 14),
    ];
    await page.evaluate(`navigate(${JSON.stringify(next)})`);
    await expect.poll(() => markTexts(page), { timeout: 20_000 }).toContain('Charles Michel');
    const texts = await markTexts(page);
    expect(texts).not.toContain('UNICEF'); // marks of the old page are gone
  });

  it('a page that restyles or removes our host still gets a readable card', async () => {
    await page.addStyleTag({ content: 'html > div { display: none !important; opacity: 0 !important; } * { font-family: "Comic Sans MS", cursive !important; font-size: 30px !important; }' });
    expect(await hoverMark(page, 'Taliban')).toBe(true);
    const card = await waitForCard(page, { match: /Taliban/, timeout: 8000 });
    expect(card?.fontFamily).toMatch(/system-ui/);
    expect(card?.box.width).toBe(360);
    await page.mouse.move(2, 2);
    expect(await waitForNoCard(page)).toBe(true);
    await page.evaluate(`document.querySelector(':root > div').remove()`);
    expect(await hoverMark(page, 'Taliban')).toBe(true);
    expect(await waitForCard(page, { match: /Taliban/, timeout: 8000 })).not.toBeNull();
    await page.mouse.move(2, 2);
    expect(await waitForNoCard(page)).toBe(true);
  });

  it('survives the MV3 service worker being stopped: the next page load wakes it and gets marks', async () => {
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await page.goto(`${server.url}/story.html`);
    expect(await waitForMarks(page, { timeout: 90_000, min: 10 })).toBeGreaterThanOrEqual(10);
  });

  it('no page errors', () => {
    expect(errors).toEqual([]);
  });
});
