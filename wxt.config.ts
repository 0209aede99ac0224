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
  manifest: {
    name: 'Backstory',
    description: 'Hover the people, places and organizations in a news article to see the background you are missing.',
    permissions: ['storage'],
  },
});
