/**
 * Content script entrypoint: one `Backstory` per page, started when the page is idle, torn down
 * when the extension is reloaded or updated. The ::highlight rules (marks.css) are listed in the
 * manifest, so the browser injects them without any element in the page (in every frame; they
 * only match highlights we register, so they change nothing where we do not run).
 *
 * Frames: injected into every frame, but the app runs only in the top frame and in same-origin
 * article frames (frame.ts); any other frame returns at once, before a listener or a scan exists
 * (a same-origin frame that is tiny or hidden for now keeps one resize listener, to start later).
 * In a frame the app works on the frame's own document (marks, card host, keyboard); the popup's
 * questions (cast, reveal) are answered by the top frame alone, and the per-site switch is the
 * top page's.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isEnabledOn, loadSettings, watchSettings, type Settings } from '../../core/settings';
import { Backstory } from './app';
import { frameVerdict, readFrameInfo, siteHostOf } from './frame';
import { report, safe } from './safe';
import './marks.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  allFrames: true,
  // srcdoc and about:blank article frames (the check below leaves ad "friendly iframes" alone).
  matchAboutBlank: true,
  // WXT's own start-up signal goes through a DOM event; no window.postMessage the page (or an ad
  // frame's scripts) would receive.
  noScriptStartedPostMessage: true,
  cssInjectionMode: 'manifest',
  main(ctx) {
    // Only documents with a body of text: not XML viewers, not PDF or image viewers.
    if (!(document.documentElement instanceof HTMLElement) || !document.body) return leave(ctx);
    const top = window === window.top;
    const verdict = top ? 'run' : frameVerdict(readFrameInfo(window));
    if (verdict === 'run') return run(ctx, top);
    if (verdict !== 'small' && verdict !== 'hidden') return leave(ctx);
    // A same-origin frame the page sizes or shows later (auto-height article embeds start at 0):
    // its viewport resizes then; start once it is visible at a readable size.
    const onResize = safe('frame', () => {
      if (frameVerdict(readFrameInfo(window)) !== 'run') return;
      window.removeEventListener('resize', onResize);
      run(ctx, false);
    });
    ctx.addEventListener(window, 'resize', onResize, { passive: true });
  },
});

/** Leave this document exactly as it is. */
function leave(ctx: ContentScriptContext): void {
  ctx.abort('not a document for Backstory'); // also drops WXT's own start-up listener
}

function run(ctx: ContentScriptContext, top: boolean): void {
  const siteHost = siteHostOf(window);
  if (top || siteHost === location.hostname) {
    const app = startApp(ctx, top);
    ctx.onInvalidated(() => app.dispose());
  } else followSiteSwitch(ctx, siteHost);
}

function startApp(ctx: ContentScriptContext, top: boolean): Backstory {
  const app = new Backstory(document, ctx);
  // Popup messages reach every frame of the tab and the first answer wins: only the top frame
  // answers. (Hook until app.ts takes this as an option: shadows its private listenMessages.)
  if (!top) Object.defineProperty(app, 'listenMessages', { value: () => {} });
  app.start().catch((e) => report('start', e));
  return app;
}

/**
 * An about:blank or srcdoc frame has no host of its own (the app would read ''): the top page's
 * switch decides whether the app runs here, and switching it starts or stops the app live.
 */
function followSiteSwitch(ctx: ContentScriptContext, siteHost: string): void {
  let app: Backstory | null = null;
  const apply = (s: Settings) => {
    if (ctx.isInvalid) return;
    const on = isEnabledOn(s, siteHost);
    if (on && !app) app = startApp(ctx, false);
    else if (!on && app) {
      app.dispose();
      app = null;
    }
  };
  const unwatch = watchSettings(safe('settings', apply));
  ctx.onInvalidated(() => {
    unwatch();
    app?.dispose();
  });
  loadSettings().then(apply, (e) => report('settings', e));
}
