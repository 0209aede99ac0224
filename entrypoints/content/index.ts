/**
 * Content script entrypoint: one `Backstory` per page, started when the page is idle, torn down
 * when the extension is reloaded, updated or removed. The ::highlight rules (components/highlights/marks.css) are listed
 * in the manifest, so the browser injects them without any element in the page.
 *
 * Lifetime (issue 16): the app stops only when the extension context really goes away, or when a
 * newer copy of this script starts in the same document (the background injects one into open tabs
 * after an install or update). WXT's context also aborts on its start-up signal, a DOM event that
 * the page can dispatch too: on that, the app checks that the extension is really gone before it
 * stops. A newer copy in the same isolated world (which the page cannot reach) stops the older one
 * through a function left on the world's global object.
 *
 * Frames: the manifest runs this script in the top page only. A same-origin article frame gets it
 * from the background (scripting.executeScript into that one frame, with the stylesheet), when the
 * small frame gate (entrypoints/frame-gate.ts, in every frame) finds the frame qualifies; ad and
 * embed frames never compile this bundle. In a frame the app works on the frame's own document
 * (marks, card host, keyboard); the popup's questions (cast, reveal) are answered by the top frame
 * alone, and the per-site switch is the top page's.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extensionAlive } from '../../components/messaging';
import { Backstory } from './app';
import { siteHostOf } from './frame';
import { report } from './safe';
import '../../components/highlights/marks.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // The top page only: frames get this bundle on demand (see above).
  allFrames: false,
  // WXT's own start-up signal goes through a DOM event; no window.postMessage the page (or its
  // frames' scripts) would receive.
  noScriptStartedPostMessage: true,
  cssInjectionMode: 'manifest',
  main(ctx) {
    // Only documents with a body of text: not XML viewers, not PDF or image viewers.
    if (!(document.documentElement instanceof HTMLElement) || !document.body) return leave(ctx);
    // In a frame, the gate has already found it a same-origin article frame of readable size.
    run(ctx, window === window.top);
  },
});

/** Leave this document exactly as it is. */
function leave(ctx: ContentScriptContext): void {
  ctx.abort('not a document for Backstory'); // also drops WXT's own start-up listener
}

/** In the content script's isolated world: stops the copy of the app running in this document. */
const STOP_KEY = '__backstoryStop';

function run(ctx: ContentScriptContext, top: boolean): void {
  const world = globalThis as { [STOP_KEY]?: () => void };
  try {
    world[STOP_KEY]?.(); // an older copy (before an update, or injected twice): ours replaces it
  } catch (e) {
    report('replace', e);
  }
  // Popup messages reach every frame of the tab: only the top frame answers. The per-site switch
  // is the top page's (an about:blank or srcdoc frame has no host of its own).
  const app = new Backstory(document, { siteHost: siteHostOf(window), answersPopup: top });
  const stop = () => {
    app.dispose();
    if (world[STOP_KEY] === stop) delete world[STOP_KEY];
  };
  world[STOP_KEY] = stop;
  ctx.onInvalidated(() => {
    if (!extensionAlive()) stop();
  });
  app.start().catch((e) => report('start', e));
}
