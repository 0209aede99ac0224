/**
 * Content script entrypoint: one `Backstory` per page, started when the page is idle, torn down
 * when the extension is reloaded or updated. The ::highlight rules (marks.css) are listed in the
 * manifest, so the browser injects them without any element in the page.
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
import { Backstory } from './app';
import { siteHostOf } from './frame';
import { report } from './safe';
import './marks.css';

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

function run(ctx: ContentScriptContext, top: boolean): void {
  // Popup messages reach every frame of the tab: only the top frame answers. The per-site switch
  // is the top page's (an about:blank or srcdoc frame has no host of its own).
  const app = new Backstory(document, ctx, { siteHost: siteHostOf(window), answersPopup: top });
  ctx.onInvalidated(() => app.dispose());
  app.start().catch((e) => report('start', e));
}
