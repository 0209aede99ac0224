/**
 * Frames (issue 6): an article in a same-origin frame (src, srcdoc, or sized by its page later)
 * gets marks, a hover card and the keyboard walk inside the frame; a frame of another origin (an
 * ad, an embed), a same-origin frame inside it, and tiny frames are left exactly alone; the top
 * page's marks do not change because of an ad frame; the top frame alone answers the popup; the
 * per-site switch of the top page applies to its frames.
 *
 * Mechanism: only the small frame gate (frame-gate.js) runs in every frame; the app's bundle is
 * injected by the background into the frames the gate finds qualify. What ran in a frame is read
 * from the extension's own isolated world there (over CDP): the gate's bundle declares the global
 * `frameGate`, the app's `content`, and the background's once-per-document claim `__backstoryApp`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { CHROME_BUILD, FIREFOX_BUILD, launchWithExtension, serve, type Launched, type Server } from './harness';
import { MARK_BOX_JS, READ_MARKS_JS, readShadowText, waitForMarks, type MarkInfo } from './pages/inspect';
import { escapeHtml, newsPage, paragraphs, STORY_A } from './pages/news-page';
import { castOf, tabIdForHost } from './popup-helpers';

const EXTENSION_DIR = process.env.BACKSTORY_EXTENSION_DIR || undefined;
const POLL = { timeout: 30_000, interval: 100 };
const ARTICLE = () => newsPage({ title: 'Resistance gathers in the Panjshir Valley', body: paragraphs(STORY_A) });

/** A page that is not an article: a short intro and the given frames. */
function hostPage(frames: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Gazette</title>
<style>body{font:16px system-ui,sans-serif;margin:0;padding:8px} iframe{display:block;border:0;margin:8px 0}</style></head>
<body><header><a href="/">The Test Gazette</a></header><p>Today's story, below.</p>
${frames}
</body></html>`;
}

/** An ad-like page that also records every message posted to its window (ours must send none). */
const AD = () => `<!doctype html><html><head><meta charset="utf-8"><title>Ad</title>
<script>window.__messages = []; addEventListener('message', (e) => window.__messages.push(JSON.stringify(e.data)));</script></head>
<body><p>Fly to Kabul with the Taliban Airline Company. Ahmad Shah Massoud tours of the Panjshir Valley.</p></body></html>`;

let a: Server; // the site (127.0.0.1:portA)
let b: Server; // another origin (127.0.0.1:portB): ads and embeds
let l: Launched;
const errors: string[] = [];

const frameBox = (w: number, h: number) => `style="width:${w}px;height:${h}px"`;

beforeAll(async () => {
  b = await serve(import.meta.dirname, {
    '/article.html': ARTICLE,
    '/ad.html': AD,
    // An embed from another origin holding a frame of the site itself (a same-origin grandchild).
    '/embed.html': () => hostPage(`<iframe name="grandchild" src="${a.url}/article.html" ${frameBox(760, 1400)}></iframe>`),
  });
  a = await serve(import.meta.dirname, {
    '/article.html': ARTICLE,
    '/framed.html': () => hostPage(`<iframe name="story" src="/article.html" ${frameBox(780, 1600)}></iframe>`),
    '/srcdoc.html': () => hostPage(`<iframe name="story" srcdoc="${escapeHtml(ARTICLE())}" ${frameBox(780, 1600)}></iframe>`),
    '/mixed.html': () =>
      hostPage(`<iframe name="story" src="/article.html" ${frameBox(780, 1400)}></iframe>
<iframe name="foreign" src="${b.url}/article.html" ${frameBox(780, 1400)}></iframe>
<iframe name="embed" src="${b.url}/embed.html" ${frameBox(800, 1500)}></iframe>
<iframe name="tiny" src="/article.html" ${frameBox(150, 80)}></iframe>`),
    '/late.html': () =>
      hostPage(`<iframe name="story" src="/article.html" ${frameBox(780, 1400)}></iframe>
<iframe name="late" src="/article.html" ${frameBox(780, 0)}></iframe>`),
    '/plain.html': ARTICLE,
    '/with-ad.html': () =>
      newsPage({
        title: 'Resistance gathers in the Panjshir Valley',
        body: paragraphs(STORY_A),
        tail: `<aside><iframe name="ad" src="${b.url}/ad.html" width="300" height="250"></iframe></aside>`,
      }),
  });
  l = await launchWithExtension({ extensionDir: EXTENSION_DIR });
}, 180_000);

afterAll(async () => {
  await l?.close();
  await a?.close();
  await b?.close();
});

async function open(path: string): Promise<Page> {
  const p = await l.context.newPage();
  p.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
  p.on('console', (m) => {
    // The test server has no favicon: the browser's own request for it is not an error of ours.
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(`${path}: console: ${m.text()}`);
  });
  await p.goto(`${a.url}${path}`);
  return p;
}

const named = (p: Page, name: string): Frame => {
  const f = p.frame({ name });
  if (!f) throw new Error(`no frame named ${name}`);
  return f;
};
const marksIn = (f: Frame) => f.evaluate(`(${READ_MARKS_JS})({})`) as Promise<MarkInfo[]>;
const countIn = async (f: Frame) => (await marksIn(f)).length;
/** Did anything of ours happen in this document: a scan started, a highlight, a node of ours? */
const traceIn = (f: Frame) =>
  f.evaluate(`({
    scans: performance.getEntries().filter((e) => e.name.startsWith('backstory')).length,
    highlights: [...(globalThis.CSS && CSS.highlights ? CSS.highlights.keys() : [])].filter((n) => n.startsWith('mk-')).length,
    nodes: document.querySelectorAll(':root > div').length,
  })`) as Promise<{ scans: number; highlights: number; nodes: number }>;
const NOTHING = { scans: 0, highlights: 0, nodes: 0 };

interface FrameTreeNode {
  frame: { id: string; name?: string };
  childFrames?: FrameTreeNode[];
}

/**
 * Which of our scripts ran in the frame named `name`: evaluated in Backstory's isolated world there
 * (the page's own world cannot see it). null: no script of ours ever ran in that frame.
 */
async function oursIn(p: Page, name: string): Promise<{ gate: boolean; app: boolean; claimed: boolean } | null> {
  const s = await l.context.newCDPSession(p);
  try {
    const contexts: { id: number; name: string; auxData?: { frameId?: string; isDefault?: boolean } }[] = [];
    s.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
    await s.send('Runtime.enable'); // reports every existing context first
    const { frameTree } = (await s.send('Page.getFrameTree')) as unknown as { frameTree: FrameTreeNode };
    const find = (n: FrameTreeNode): string | undefined =>
      n.frame.name === name ? n.frame.id : n.childFrames?.map(find).find((id) => id !== undefined);
    const frameId = find(frameTree);
    if (!frameId) throw new Error(`no frame named ${name}`);
    const world = contexts.find((c) => c.auxData?.frameId === frameId && !c.auxData.isDefault && c.name === 'Backstory');
    if (!world) return null;
    const { result } = (await s.send('Runtime.evaluate', {
      contextId: world.id,
      returnByValue: true,
      // Each bundle declares its global with `var` (its value may be undefined): test the name.
      expression: `({ gate: 'frameGate' in globalThis, app: 'content' in globalThis, claimed: globalThis.__backstoryApp === true })`,
    })) as { result: { value: { gate: boolean; app: boolean; claimed: boolean } } };
    return result.value;
  } finally {
    await s.detach().catch(() => {});
  }
}
const GATE_ONLY = { gate: true, app: false, claimed: false };
const APP = { gate: true, app: true, claimed: true };

/** Point at the first mark with this text inside a frame (frame coordinates → page coordinates). */
async function hoverInFrame(p: Page, f: Frame, text: string): Promise<boolean> {
  const box = (await f.evaluate(`(${MARK_BOX_JS})(${JSON.stringify(text)})`)) as { x: number; y: number; width: number; height: number } | null;
  const frameEl = await (await f.frameElement()).boundingBox();
  if (!box || !frameEl) return false;
  const x = frameEl.x + box.x;
  const y = frameEl.y + box.y + box.height / 2;
  await p.mouse.move(Math.max(0, x - 20), y);
  await p.mouse.move(x + box.width / 3, y, { steps: 4 });
  await p.mouse.move(x + box.width / 2, y, { steps: 2 });
  return true;
}

describe('same-origin article frames', () => {
  it('a framed article gets marks, and its hover card opens inside the frame', async () => {
    const p = await open('/framed.html');
    const story = named(p, 'story');
    await expect.poll(() => countIn(story), POLL).toBeGreaterThanOrEqual(5);
    const texts = (await marksIn(story)).map((m) => m.text);
    expect(texts).toEqual(expect.arrayContaining(['Ahmad Shah Massoud', 'Taliban', 'Kabul']));
    // The gate asked, and the background injected the app into this frame once.
    expect(await oursIn(p, 'story')).toEqual(APP);
    // The host page itself is not an article: its scan finished with no marks (once, or twice when
    // the install-time re-injection into open tabs reached this tab too: the newer copy replaces the older).
    await expect
      .poll(async () => [...new Set(await p.evaluate(`performance.getEntriesByName('backstory:marked').map((e) => e.detail.article)`) as boolean[])], POLL)
      .toEqual([false]);
    expect(await countIn(p.mainFrame())).toBe(0);

    expect(await hoverInFrame(p, story, 'Ahmad Shah Massoud')).toBe(true);
    await expect.poll(async () => (await readShadowText(p)).join('\n'), POLL).toMatch(/assassinat|killed/i);
    // The card host is the frame's node; the top document gained nothing.
    expect(await story.evaluate(`[...document.documentElement.children].map((e) => e.localName).join(',')`)).toBe('head,body,div');
    expect(await p.evaluate(`[...document.documentElement.children].map((e) => e.localName).join(',')`)).toBe('head,body');

    // The keyboard walk works where the reader's focus is: in the frame.
    const focusSize = `CSS.highlights.get('mk-focus')?.size ?? 0`;
    await story.click('h1');
    await p.keyboard.press('Alt+Shift+KeyB');
    await expect.poll(() => story.evaluate(focusSize), POLL).toBe(1);
    expect(await p.evaluate(focusSize)).toBe(0);

    // The popup talks to the top frame: the site is the top page's, and the answer is the same every time.
    const tabId = await tabIdForHost(l, '127.0.0.1');
    for (let i = 0; i < 3; i++) {
      const reply = await castOf(l, tabId);
      expect(reply?.host).toBe('127.0.0.1');
      expect(reply?.cast).toEqual([]);
    }
    await p.close();
  });

  it('a srcdoc article frame gets marks and follows the top page’s per-site switch', async () => {
    const p = await open('/srcdoc.html');
    const story = named(p, 'story');
    await expect.poll(() => countIn(story), POLL).toBeGreaterThanOrEqual(5);
    const before = await countIn(story);
    const setSites = (sites: Record<string, boolean>) =>
      l.serviceWorker.evaluate(
        `(async (sites) => { const cur = (await chrome.storage.local.get('settings')).settings || {}; await chrome.storage.local.set({ settings: { version: 1, ...cur, sites } }); })(${JSON.stringify(sites)})`,
      );
    await setSites({ '127.0.0.1': false });
    await expect.poll(() => countIn(story), POLL).toBe(0);
    await setSites({});
    await expect.poll(() => countIn(story), POLL).toBe(before);
    await p.close();
  });

  it('a frame the page sizes later (auto-height embeds start at 0) is marked once it has a readable size', async () => {
    const p = await open('/late.html');
    await expect.poll(() => countIn(named(p, 'story')), POLL).toBeGreaterThanOrEqual(5);
    const late = named(p, 'late');
    expect(await traceIn(late)).toEqual(NOTHING);
    // Until then only the gate is there, waiting for a resize.
    expect(await oursIn(p, 'late')).toEqual(GATE_ONLY);
    await p.evaluate(`document.querySelector('iframe[name=late]').style.height = '1400px'`);
    await expect.poll(() => countIn(late), POLL).toBe(await countIn(named(p, 'story')));
    await p.close();
  });
});

describe('frames that are not ours to touch', () => {
  it('cross-origin frames, their same-origin grandchildren and tiny frames are left alone', async () => {
    const p = await open('/mixed.html');
    // The same-origin sibling is marked: by then every frame's content script has long run.
    await expect.poll(() => countIn(named(p, 'story')), POLL).toBeGreaterThanOrEqual(5);
    expect(await traceIn(named(p, 'foreign'))).toEqual(NOTHING);
    expect(await traceIn(named(p, 'grandchild'))).toEqual(NOTHING);
    expect(await traceIn(named(p, 'embed'))).toEqual(NOTHING);
    expect(await traceIn(named(p, 'tiny'))).toEqual(NOTHING);
    expect(await countIn(named(p, 'foreign'))).toBe(0);
    // Not a byte of the app was compiled there: only the gate ran, and it asked for nothing.
    for (const name of ['foreign', 'embed', 'grandchild', 'tiny']) expect({ name, ran: await oursIn(p, name) }).toEqual({ name, ran: GATE_ONLY });
    expect(await oursIn(p, 'story')).toEqual(APP);
    await p.close();
  });

  it('an ad-like cross-origin frame changes nothing on the top page and gets no message from us', async () => {
    const plain = await open('/plain.html');
    const expected = await waitForMarks(plain, { timeout: 60_000, min: 5 });
    expect(expected).toBeGreaterThanOrEqual(5);
    const plainTexts = (await marksIn(plain.mainFrame())).map((m) => m.text);
    await plain.close();

    const p = await open('/with-ad.html');
    expect(await waitForMarks(p, { timeout: 60_000, min: 5 })).toBe(expected);
    expect((await marksIn(p.mainFrame())).map((m) => m.text)).toEqual(plainTexts);
    const ad = named(p, 'ad');
    expect(await traceIn(ad)).toEqual(NOTHING);
    expect(await oursIn(p, 'ad')).toEqual(GATE_ONLY);
    expect(await ad.evaluate('window.__messages')).toEqual([]);
    await p.close();
  });

  it('the code every frame pays for is the small gate; the app is the top page’s alone', () => {
    for (const dir of [EXTENSION_DIR ?? CHROME_BUILD, FIREFOX_BUILD]) {
      if (dir === FIREFOX_BUILD && !fs.existsSync(dir)) continue;
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
        content_scripts: { js?: string[]; css?: string[]; all_frames?: boolean; match_about_blank?: boolean }[];
      };
      const everyFrame = manifest.content_scripts.filter((c) => c.all_frames);
      expect(everyFrame.map((c) => c.js)).toEqual([['frame-gate.js']]);
      expect(everyFrame[0].match_about_blank).toBe(true);
      // The files the background injects into article frames are the top page's app and stylesheet.
      const topOnly = manifest.content_scripts.filter((c) => !c.all_frames);
      expect(topOnly.map((c) => [c.js, c.css])).toEqual([[['content-scripts/content.js'], ['content-scripts/content.css']]]);
      const background = fs.readFileSync(path.join(dir, 'background.js'), 'utf8');
      for (const f of [...topOnly[0].js!, ...topOnly[0].css!]) expect(background).toContain(`/${f}`);
      const gate = fs.statSync(path.join(dir, 'frame-gate.js')).size;
      const app = fs.statSync(path.join(dir, 'content-scripts/content.js')).size;
      expect(gate).toBeLessThan(8 * 1024);
      expect(app).toBeGreaterThan(10 * gate); // what a frame would pay without the gate
    }
  });

  it('no page errors and no console errors', () => {
    expect(errors).toEqual([]);
  });
});
