import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See README "Permissions" for why each entry is here.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  vite: () => ({ plugins: [preact()] }),
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
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
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    // Firefox keys extension storage by add-on id: a fixed id keeps settings across reinstalls.
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'backstory@backstory.example' } } } : {}),
  }),
});
