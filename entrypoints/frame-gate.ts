/**
 * The frame gate: the only Backstory code that runs in every frame (listed in the manifest by
 * wxt.config.ts with `all_frames` and `match_about_blank`). A news page holds 10–30 ad and embed
 * frames; compiling the whole app in each one just to learn it has nothing to do there cost about
 * 10 ms per frame. This script is a few KB: it decides (frame.ts) and, in a same-origin article
 * frame only, asks the background to inject the app into this one frame. Anywhere else it returns
 * having added nothing: no listener, no style, no message.
 *
 * Plain unlisted script, not a WXT content script: WXT's content-script wrapper brings the
 * webextension-polyfill and its context class (about 14 KB). The native `browser` (Firefox) or
 * `chrome` (Chromium) runtime is all it needs; both return a promise from sendMessage.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { FRAME_READY, type FrameReadyMessage } from '../core/messages';
import { frameVerdict, readFrameInfo } from './content/frame';

interface NativeRuntime {
  id?: string;
  sendMessage(message: unknown): Promise<unknown> | undefined;
}

export default defineUnlistedScript(() => {
  // The top page has the app from its own content script.
  if (window === window.top) return;
  // The frame check first: in a cross-origin frame it reads one property (frameElement, null) and
  // returns. Touching `document` first would cost more than the rest of the gate (its wrappers are
  // made on first use in our isolated world: about 2 ms per frame).
  const verdict = frameVerdict(readFrameInfo(window));
  if (verdict !== 'run' && verdict !== 'small' && verdict !== 'hidden') return;
  // Only documents with a body of text: not XML viewers, not PDF or image viewers.
  if (!(document.documentElement instanceof HTMLElement) || !document.body) return;
  if (verdict === 'run') return ready();
  // A same-origin frame the page sizes or shows later (auto-height article embeds start at 0):
  // its viewport resizes then; ask once it is visible at a readable size.
  const onResize = () => {
    try {
      if (frameVerdict(readFrameInfo(window)) !== 'run') return;
      removeEventListener('resize', onResize);
      ready();
    } catch {
      // Never throw into the page.
    }
  };
  addEventListener('resize', onResize, { passive: true });
});

/** Ask the background for the app, in this frame. Never throws into the page. */
function ready(): void {
  const g = globalThis as { browser?: { runtime?: NativeRuntime }; chrome?: { runtime?: NativeRuntime } };
  const runtime = g.browser?.runtime ?? g.chrome?.runtime;
  // No id: the extension was reloaded or removed since this page loaded.
  if (!runtime?.id) return;
  try {
    runtime.sendMessage({ type: FRAME_READY } satisfies FrameReadyMessage)?.catch(() => {});
  } catch {
    // The extension context went away between the check and the call.
  }
}
