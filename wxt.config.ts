import path from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { noInnerHtml } from './scripts/lib/no-inner-html';
import { foldingLogger } from './scripts/lib/wxt-logger';

// ---- Security (issue 16; README "Permissions"): one block, kept apart from the manifest fields. ----
// An explicit extension CSP: our own scripts only, and no connection anywhere but the package itself
// (the worker reads /kb/ from it). Enforced by the browser for the worker and the extension pages;
// WXT writes it as MV3's `extension_pages` and as MV2's string. Not in `wxt` dev mode, whose reload
// socket talks to localhost.
const EXTENSION_CSP = "script-src 'self'; object-src 'self'; connect-src 'self'";
// `backstory:*` performance marks (the e2e tests and the browser bench read them) only in a build
// made with BACKSTORY_PERF_MARKS=1 (`npm run build:test`): a shipped build leaves the page's
// performance timeline alone.
const PERF_MARKS = process.env.BACKSTORY_PERF_MARKS === '1';
// ---- end security ----

// See README "Permissions" for why each entry is here.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  // noInnerHtml: Preact's dangerouslySetInnerHTML path removed (unused; `web-ext lint` warns on it).
  vite: () => ({ plugins: [preact(), noInnerHtml()], define: { __PERF_MARKS__: JSON.stringify(PERF_MARKS) } }),
  webExt: { disabled: true },
  // One line per build instead of a line per file (BACKSTORY_VERBOSE=1 for the full listing).
  logger: foldingLogger(),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      // The code's licence and the data's credits travel with the package (privacy.html is an entrypoint).
      files.push({ absoluteSrc: path.resolve('LICENSE'), relativeDest: 'LICENSE.txt' }, { absoluteSrc: path.resolve('ATTRIBUTION.md'), relativeDest: 'ATTRIBUTION.md' });
    },
  },
  // The sources zip (AMO review) holds what a reviewer needs to rebuild: code, data/ and configs;
  // not generated data (public/kb/, rebuilt by `npm run build`), screenshots or local output.
  zip: {
    excludeSources: ['public/kb/**', 'docs/screenshots/**', 'docs/store/screenshots/**', 'demo-output/**', 'test-results/**', '**/*.log'],
  },
  manifest: ({ browser, command }) => ({
    name: 'Backstory',
    description: 'Hover the people, places and organizations in a news article to see the background you are missing.',
    // storage: settings and "Not this one" corrections. scripting: the background injects the app
    // into a same-origin article frame when the frame gate asks. The popup talks to its tab by id,
    // and no host is ever fetched.
    permissions: ['storage', 'scripting'],
    // scripting.executeScript needs host access to the frame; content-script matches do not grant
    // it. The same hosts the content scripts already match (the same install warning), never fetched.
    // (For Firefox MV2, WXT moves this into `permissions`.)
    host_permissions: ['<all_urls>'],
    // The frame gate (entrypoints/frame-gate.ts, an unlisted script so it stays a few KB): in every
    // frame; the app's own content script (entrypoints/content/) runs in the top page only.
    content_scripts: [
      { matches: ['<all_urls>'], js: ['frame-gate.js'], run_at: 'document_idle', all_frames: true, match_about_blank: true },
    ],
    ...(command === 'build' ? { content_security_policy: { extension_pages: EXTENSION_CSP } } : {}),
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    // Store requirements: minimum versions and Firefox's add-on id and data declaration.
    ...storeManifest(browser),
  }),
});

/** Per-browser manifest keys the stores read. */
function storeManifest(browser: string) {
  if (browser !== 'firefox') {
    // The marks are CSS Custom Highlights (CSS.highlights, ::highlight()): Chrome 105 and later.
    return { minimum_chrome_version: '105' };
  }
  return {
    browser_specific_settings: {
      gecko: {
        // The add-on id on addons.mozilla.org. It can never change once listed (AMO and Firefox
        // key the listing, updates and the user's storage by it), so this is the final one.
        id: 'backstory@backstory.reader',
        // CSS Custom Highlight API: Firefox 140 and later (also the first to read data_collection_permissions).
        strict_min_version: '140.0',
        // Backstory collects and transmits nothing (PRIVACY.md); Firefox shows this at install.
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}
