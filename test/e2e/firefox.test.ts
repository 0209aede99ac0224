/**
 * Firefox smoke test (issue 2): Debian firefox-esr, headless, with the Firefox build
 * (.output/firefox-mv2) installed through WebDriver BiDi `webExtension.install`. The demo page
 * gets marks inside the article only, and hovering a name shows a card.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { FIREFOX_BUILD, ROOT, serve, type Server } from './harness';
import { launchFirefox, type FirefoxSession, type RemoteNode } from './firefox';
import { READ_MARKS_JS, MARK_BOX_JS, type MarkInfo } from './pages/inspect';
import { escapeHtml, newsPage, paragraphs, STORY_A } from './pages/news-page';
import { predefinedHost } from './pages/hostile-pages';
import { startDemoServer, DEMO_PATH } from '../../scripts/demo-server';

const REGIONS = { article: 'article', body: 'article .story-body' };

/** Poll `read` until `done` holds or `timeoutMs` passes; returns the last value read. */
async function pollUntil<T>(read: () => Promise<T>, done: (v: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let v = await read();
  while (!done(v) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    v = await read();
  }
  return v;
}

/** Text in the shadow roots (open or closed) of elements Backstory may have added: BiDi serializes them for us. */
async function shadowTexts(ff: FirefoxSession): Promise<string[]> {
  const list = await ff.evaluateRemote(`[...document.querySelectorAll('*')].filter((e) => e.localName.includes('-') || e.parentNode === document.documentElement && e !== document.head && e !== document.body)`);
  const roots: RemoteNode[] = (list.value ?? [])
    .map((n: RemoteNode) => n.value?.shadowRoot)
    .filter((r: RemoteNode | null | undefined): r is RemoteNode => !!r?.sharedId);
  if (!roots.length) return [];
  const texts = await ff.callWithNodes<string[]>(
    `(...roots) => roots.map((root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let text = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const tag = n.parentElement && n.parentElement.localName;
        if (tag !== 'style' && tag !== 'script') text += ' ' + n.data;
      }
      return text.replace(/\\s+/g, ' ').trim();
    })`,
    roots,
  );
  return texts.filter(Boolean);
}

describe('Firefox (firefox-esr, BiDi) with the Firefox build', () => {
  let ff: FirefoxSession;
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let extensionId = '';
  let site: Server | undefined;
  let other: Server | undefined;
  let hostile: Server | undefined;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(FIREFOX_BUILD, 'manifest.json'))) throw new Error(`No Firefox build at ${FIREFOX_BUILD}: run npm run build.`);
    server = await startDemoServer();
    ff = await launchFirefox();
    extensionId = await ff.installExtension(FIREFOX_BUILD);
    await ff.navigate(`${server.url}${DEMO_PATH}`);
  });

  afterAll(async () => {
    await ff?.close();
    await server?.close();
    await site?.close();
    await other?.close();
    await hostile?.close();
  });

  it('installs the extension as a temporary add-on', () => {
    expect(extensionId).toMatch(/\S/);
  });

  it('marks the demo article, and only the article', async () => {
    const read = () => ff.evaluate<MarkInfo[]>(`(${READ_MARKS_JS})(${JSON.stringify(REGIONS)})`);
    // Wait until the count is non-zero and stable over two reads.
    let prev = -1;
    const marks = await pollUntil(
      read,
      (m) => {
        const stable = m.length > 0 && m.length === prev;
        prev = m.length;
        return stable;
      },
      30_000,
    );
    const texts = marks.map((m) => m.text);
    expect(texts).toContain('Ahmad Shah Massoud');
    expect(texts).toContain('Taliban');
    expect(texts).toContain('Kabul');
    expect(marks.filter((m) => !m.inside.includes('article')).map((m) => m.text)).toEqual([]);
  });

  it('shows a card when a name is hovered', async () => {
    const box = await ff.evaluate<{ x: number; y: number; width: number; height: number } | null>(`(${MARK_BOX_JS})("Ahmad Shah Massoud")`);
    expect(box).not.toBeNull();
    await ff.moveMouse(Math.max(0, box!.x - 15), box!.y + box!.height / 2, 50);
    await ff.moveMouse(box!.x + box!.width / 2, box!.y + box!.height / 2, 150);
    const texts = await pollUntil(() => shadowTexts(ff), (t) => t.some((s) => /Massoud/.test(s)), 10_000);
    await ff.screenshot(path.join(ROOT, 'test-results/firefox-card.png'));
    const card = texts.find((s) => /Massoud/.test(s)) ?? '';
    expect(card, `no card text in any shadow root; saw ${JSON.stringify(texts)}`).toMatch(/Ahmad Shah Massoud/);
    expect(card).toMatch(/2001/);
  });

  it('marks a same-origin article frame (src and srcdoc), and leaves a cross-origin frame alone', async () => {
    const article = () => newsPage({ title: 'Resistance gathers in the Panjshir Valley', body: paragraphs(STORY_A) });
    other = await serve(import.meta.dirname, { '/article.html': article });
    site = await serve(import.meta.dirname, {
      '/article.html': article,
      '/framed.html': () => `<!doctype html><html><head><meta charset="utf-8"><title>Gazette</title></head><body><p>Today's story.</p>
<iframe name="story" src="/article.html" style="width:780px;height:1400px"></iframe>
<iframe name="srcdoc" srcdoc="${escapeHtml(article())}" style="width:780px;height:1400px"></iframe>
<iframe name="foreign" src="${other!.url}/article.html" style="width:780px;height:1400px"></iframe></body></html>`,
    });
    await ff.navigate(`${site.url}/framed.html`);
    const tree = await ff.bidi.send<{ contexts: { context: string; children?: { context: string; url: string }[] }[] }>('browsingContext.getTree', { root: ff.context });
    const frames = tree.contexts[0]?.children ?? [];
    const byUrl = (re: RegExp) => frames.find((f) => re.test(f.url))?.context;
    const story = byUrl(new RegExp(`^${site.url}/article`));
    const srcdoc = byUrl(/^about:srcdoc/);
    const foreign = byUrl(new RegExp(`^${other.url}/article`));
    expect([story, srcdoc, foreign].every(Boolean), JSON.stringify(frames)).toBe(true);
    const marksIn = (ctx: string) => ff.evaluate<MarkInfo[]>(`(${READ_MARKS_JS})({})`, ctx).then((m) => m.map((x) => x.text));
    const storyMarks = await pollUntil(() => marksIn(story!), (t) => t.length >= 5, 30_000);
    expect(storyMarks).toEqual(expect.arrayContaining(['Ahmad Shah Massoud', 'Taliban', 'Kabul']));
    expect((await pollUntil(() => marksIn(srcdoc!), (t) => t.length >= 5, 30_000)).length).toBe(storyMarks.length);
    // By now every frame's gate has long run: the cross-origin one got nothing.
    expect(await marksIn(foreign!)).toEqual([]);
    expect(await ff.evaluate(`performance.getEntries().filter((e) => e.name.startsWith('backstory')).length`, foreign!)).toBe(0);
  });

  it('a hostile page (issue 16) reaches nothing of the card, and its own events and start-up signal do nothing', async () => {
    hostile = await serve(import.meta.dirname, { '/trap.html': predefinedHost });
    await ff.navigate(`${hostile.url}/trap.html`);
    const count = () => ff.evaluate<MarkInfo[]>(`(${READ_MARKS_JS})({})`).then((m) => m.length);
    let prev = -1;
    const marks = await pollUntil(count, (n) => {
      const stable = n > 0 && n === prev;
      prev = n;
      return stable;
    }, 30_000);
    expect(marks).toBeGreaterThan(0);
    // Script-made Alt+Shift+B and Enter: no focus ring (handled synchronously when real), no card.
    const keys = await ff.evaluate<number>(`(() => {
      const key = (code, key, o = {}) => window.dispatchEvent(new KeyboardEvent('keydown', { code, key, bubbles: true, cancelable: true, ...o }));
      key('KeyB', 'B', { altKey: true, shiftKey: true });
      key('Enter', 'Enter');
      return CSS.highlights.get('mk-focus')?.size ?? 0;
    })()`);
    expect(keys).toBe(0);
    // The page's copy of WXT's start-up event (the add-on id is public): marks stay.
    const after = await ff.evaluate<number>(`(() => {
      document.dispatchEvent(new CustomEvent(${JSON.stringify(extensionId)} + ':content:wxt:content-script-started', { detail: { contentScriptName: 'content', messageId: 'page' } }));
      let n = 0; for (const [name, h] of CSS.highlights) if (name.startsWith('mk-')) n += h.size;
      return n;
    })()`);
    expect(after).toBe(marks);
    // The reader's pointer opens a card; the page's trap got no root, constructed nothing, planted nothing.
    const box = await ff.evaluate<{ x: number; y: number; width: number; height: number } | null>(`(${MARK_BOX_JS})("Amrullah Saleh")`);
    expect(box).not.toBeNull();
    await ff.moveMouse(Math.max(0, box!.x - 15), box!.y + box!.height / 2, 50);
    await ff.moveMouse(box!.x + box!.width / 2, box!.y + box!.height / 2, 150);
    const texts = await pollUntil(() => shadowTexts(ff), (t) => t.some((x) => /Amrullah Saleh/.test(x)), 10_000);
    expect(texts.join(' ')).toMatch(/Amrullah Saleh/);
    await ff.evaluate(`window.__abuse()`);
    expect(await ff.evaluate(`({ constructed: __spy.constructed, leaks: __leaks().length, planted: __spy.planted, clicked: __spy.clicked })`)).toEqual({
      constructed: 0, leaks: 0, planted: 0, clicked: 0,
    });
    expect((await shadowTexts(ff)).join(' ')).not.toMatch(/PLANTED/);
  });
});
