/**
 * Content script entrypoint: one `Backstory` per page (top frame only), started when the page is
 * idle, torn down when the extension is reloaded or updated. The ::highlight rules (marks.css) are
 * listed in the manifest, so the browser injects them without any element in the page.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Backstory } from './app';
import { report } from './safe';
import './marks.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  main(ctx) {
    // Only documents with a body of text: not XML viewers, not PDF or image viewers.
    if (!(document.documentElement instanceof HTMLElement) || !document.body) return;
    const app = new Backstory(document, ctx);
    ctx.onInvalidated(() => app.dispose());
    app.start().catch((e) => report('start', e));
  },
});
