/**
 * Which frames get the app (entrypoints/content/frame.ts, used by the frame gate): the pure decision,
 * and the reading of a frame's ancestry against fake window objects (linkedom has no frames). Then
 * the background's side (entrypoints/background.ts `injectIntoFrame`): the app goes into the one
 * frame that asked, once per document, never into the top frame or for a sender without a tab.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { APP_FILES, injectIntoFrame } from '../../entrypoints/background';
import { frameVerdict, readFrameInfo, siteHostOf, type FrameBox } from '../../entrypoints/content/frame';

const big: FrameBox = { width: 800, height: 600, hidden: false };

describe('frameVerdict', () => {
  it('runs in the top frame and in a visible same-origin frame of readable size', () => {
    expect(frameVerdict({ levels: [], inheritedTextLength: null })).toBe('run');
    expect(frameVerdict({ levels: [big], inheritedTextLength: null })).toBe('run');
    expect(frameVerdict({ levels: [big, big], inheritedTextLength: null })).toBe('run');
  });

  it('leaves a frame alone when any ancestor is another origin (a same-origin grandchild of an embed too)', () => {
    expect(frameVerdict({ levels: [null], inheritedTextLength: null })).toBe('cross-origin');
    expect(frameVerdict({ levels: [big, null], inheritedTextLength: null })).toBe('cross-origin');
    expect(frameVerdict({ levels: [null, big], inheritedTextLength: null })).toBe('cross-origin');
  });

  it('leaves tiny and hidden frames alone, at any level', () => {
    expect(frameVerdict({ levels: [{ width: 728, height: 90, hidden: false }], inheritedTextLength: null })).toBe('small');
    expect(frameVerdict({ levels: [{ width: 160, height: 600, hidden: false }], inheritedTextLength: null })).toBe('small');
    expect(frameVerdict({ levels: [{ width: 1, height: 1, hidden: false }], inheritedTextLength: null })).toBe('small');
    expect(frameVerdict({ levels: [big, { width: 100, height: 50, hidden: false }], inheritedTextLength: null })).toBe('small');
    expect(frameVerdict({ levels: [{ ...big, hidden: true }], inheritedTextLength: null })).toBe('hidden');
    expect(frameVerdict({ levels: [{ width: 200, height: 100, hidden: false }], inheritedTextLength: null })).toBe('run');
  });

  it('runs in an about:blank/srcdoc frame only when it holds an article-sized text', () => {
    expect(frameVerdict({ levels: [big], inheritedTextLength: 120 })).toBe('little-text');
    expect(frameVerdict({ levels: [big], inheritedTextLength: 5000 })).toBe('run');
  });

  it('leaves absurdly deep nesting alone', () => {
    expect(frameVerdict({ levels: Array(40).fill(big), inheritedTextLength: null })).toBe('cross-origin');
  });
});

/** A fake element whose layout box and computed style the test chooses. */
function frameEl(box: { width: number; height: number; display?: string; visibility?: string; opacity?: string }): Element {
  const view = { getComputedStyle: () => ({ visibility: box.visibility ?? 'visible', opacity: box.opacity ?? '1' }) };
  return {
    ownerDocument: { defaultView: view },
    getBoundingClientRect: () => ({ width: box.width, height: box.height }),
    getClientRects: () => (box.display === 'none' ? [] : [{}]),
  } as unknown as Element;
}

interface FakeWin {
  top: FakeWin;
  parent: FakeWin;
  frameElement: Element | null;
  location: { protocol: string; hostname: string };
  document: { body: { textContent: string } | null };
}

/** A chain of windows, top first; `frames[i]` is the element holding window i (null: cross-origin). */
function chain(frames: (Element | null)[], opts: { protocol?: string; text?: string; topCrossOrigin?: boolean } = {}): Window {
  const top = { frameElement: null, location: { protocol: 'https:', hostname: 'news.example' }, document: { body: null } } as unknown as FakeWin;
  top.top = top;
  top.parent = top;
  let w = top;
  for (let i = 0; i < frames.length; i++) {
    const last = i === frames.length - 1;
    const child = {
      top,
      parent: w,
      frameElement: frames[i],
      location: { protocol: last ? (opts.protocol ?? 'https:') : 'https:', hostname: last && opts.protocol === 'about:' ? '' : 'news.example' },
      document: { body: { textContent: opts.text ?? '' } },
    } as FakeWin;
    w = child;
  }
  if (opts.topCrossOrigin) {
    Object.defineProperty(top, 'location', { get: () => { throw new DOMException('Blocked a frame', 'SecurityError'); } });
  }
  return w as unknown as Window;
}

describe('readFrameInfo', () => {
  const article = frameEl({ width: 760, height: 2400 });

  it('reads nothing in the top frame', () => {
    expect(readFrameInfo(chain([]))).toEqual({ levels: [], inheritedTextLength: null });
  });

  it('a same-origin article frame runs', () => {
    const info = readFrameInfo(chain([article]));
    expect(info.levels).toEqual([{ width: 760, height: 2400, hidden: false }]);
    expect(frameVerdict(info)).toBe('run');
  });

  it('a cross-origin frame and its same-origin grandchild are left alone', () => {
    expect(frameVerdict(readFrameInfo(chain([null])))).toBe('cross-origin');
    // top (A) > embed (B, frameElement unreadable from A') > A' (same origin as the top)
    const info = readFrameInfo(chain([null, article]));
    expect(info.levels).toEqual([{ width: 760, height: 2400, hidden: false }, null]);
    expect(frameVerdict(info)).toBe('cross-origin');
  });

  it('display:none, visibility:hidden and transparent frames are hidden', () => {
    expect(frameVerdict(readFrameInfo(chain([frameEl({ width: 760, height: 600, display: 'none' })])))).toBe('hidden');
    expect(frameVerdict(readFrameInfo(chain([frameEl({ width: 760, height: 600, visibility: 'hidden' })])))).toBe('hidden');
    expect(frameVerdict(readFrameInfo(chain([frameEl({ width: 760, height: 600, opacity: '0' })])))).toBe('hidden');
  });

  it('an about:blank frame is measured by its text', () => {
    expect(readFrameInfo(chain([article], { protocol: 'about:', text: 'Buy now' })).inheritedTextLength).toBe(7);
    expect(frameVerdict(readFrameInfo(chain([article], { protocol: 'about:', text: 'x'.repeat(3000) })))).toBe('run');
  });

  it('an element that throws when read counts as unreadable', () => {
    const broken = { getBoundingClientRect: () => { throw new Error('gone'); } } as unknown as Element;
    expect(frameVerdict(readFrameInfo(chain([broken])))).toBe('cross-origin');
  });

  it('the site host is the top page’s, also in a srcdoc frame', () => {
    expect(siteHostOf(chain([article], { protocol: 'about:' }))).toBe('news.example');
    expect(siteHostOf(chain([]))).toBe('news.example');
    // Never throws: a top that cannot be read falls back to the frame's own host.
    expect(siteHostOf(chain([null], { topCrossOrigin: true }))).toBe('news.example');
  });
});

describe('injectIntoFrame (background)', () => {
  // The claim runs for real, against this process's globalThis standing in for the frame's isolated world.
  const world = globalThis as { __backstoryApp?: boolean };
  afterEach(() => {
    delete world.__backstoryApp;
    vi.restoreAllMocks();
  });

  function fakeScripting() {
    const calls: string[] = [];
    const exec = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (inj: { func?: () => unknown; files?: string[]; target: unknown }) => {
      calls.push(inj.func ? 'claim' : `js ${inj.files}`);
      return [{ frameId: 3, documentId: 'D', result: inj.func ? inj.func() : undefined }];
    }) as never);
    const css = vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockImplementation((async (inj: { files?: string[] }) => {
      calls.push(`css ${inj.files}`);
    }) as never);
    return { calls, exec, css };
  }

  it('injects the stylesheet and the app into the document that asked, once', async () => {
    const { calls, exec, css } = fakeScripting();
    await injectIntoFrame({ tab: { id: 7 }, frameId: 3, documentId: 'D' });
    expect(calls).toEqual(['claim', `css ${APP_FILES.css}`, `js ${APP_FILES.js}`]);
    expect(exec.mock.calls[0][0]).toMatchObject({ target: { tabId: 7, documentIds: ['D'] } });
    expect(css.mock.calls[0][0]).toMatchObject({ target: { tabId: 7, documentIds: ['D'] } });
    // The same document asks again (or two requests race): the claim is taken, nothing is injected.
    await injectIntoFrame({ tab: { id: 7 }, frameId: 3, documentId: 'D' });
    expect(calls).toEqual(['claim', `css ${APP_FILES.css}`, `js ${APP_FILES.js}`, 'claim']);
  });

  it('targets the frame id where the browser gives no document id (Firefox)', async () => {
    const { exec } = fakeScripting();
    await injectIntoFrame({ tab: { id: 7 }, frameId: 3 });
    expect(exec.mock.calls.map((c) => (c[0] as { target: unknown }).target)).toEqual([
      { tabId: 7, frameIds: [3] },
      { tabId: 7, frameIds: [3] },
    ]);
  });

  it('never injects into the top frame or for a sender without a tab (the popup, the options page)', async () => {
    const { calls } = fakeScripting();
    await injectIntoFrame({ tab: { id: 7 }, frameId: 0 });
    await injectIntoFrame({ frameId: 3 });
    await injectIntoFrame({ tab: { id: 7 } });
    expect(calls).toEqual([]);
  });

  it('falls back to tabs.executeScript where there is no scripting API (older Firefox)', async () => {
    const calls: string[] = [];
    const scripting = fakeBrowser.scripting;
    delete (fakeBrowser as { scripting?: unknown }).scripting;
    try {
      vi.spyOn(fakeBrowser.tabs, 'executeScript').mockImplementation((async (_tab: number, d: { code?: string; file?: string; frameId?: number }) => {
        calls.push(d.code ? `claim ${d.frameId}` : `js ${d.file}`);
        return [d.code ? (0, eval)(d.code) : undefined];
      }) as never);
      vi.spyOn(fakeBrowser.tabs, 'insertCSS').mockImplementation((async (_tab: number, d: { file?: string }) => {
        calls.push(`css ${d.file}`);
      }) as never);
      await injectIntoFrame({ tab: { id: 7 }, frameId: 3 });
      await injectIntoFrame({ tab: { id: 7 }, frameId: 3 });
    } finally {
      (fakeBrowser as { scripting?: unknown }).scripting = scripting;
    }
    expect(calls).toEqual(['claim 3', `css ${APP_FILES.css}`, `js ${APP_FILES.js}`, 'claim 3']);
  });
});
