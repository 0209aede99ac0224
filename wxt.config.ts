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
    // storage: settings and "Not this one" corrections. Nothing else: content scripts get the page
    // through `content_scripts.matches`, the popup talks to its tab by id, and no host is ever fetched.
    permissions: ['storage'],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    // Firefox keys extension storage by add-on id: a fixed id keeps settings across reinstalls.
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'backstory@backstory.example' } } } : {}),
  }),
});
