import { chromium } from 'playwright-core';
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { renderDemoPage } from './demo-server';
const bundle = (await build({ entryPoints: ['scripts/.h5-entry.ts'], bundle: true, format: 'iife', globalName: '__bp', platform: 'browser', write: false, logLevel: 'silent' })).outputFiles[0].text;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await browser.newContext({ javaScriptEnabled: true, offline: true });
const pages: [string, string][] = [['demo', renderDemoPage()]];
for (const d of process.argv.slice(2)) pages.push([d, readFileSync(`../shared/corpus/news-pages/${d}/source.html`, 'utf8').replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, (m) => /ld\+json/.test(m) ? m : '')]);
for (const [name, html] of pages) {
  const page = await ctx.newPage();
  await page.route('**/*', (r) => r.abort());
  await page.setContent(html, { waitUntil: 'domcontentloaded' }).catch(() => {});
  await page.addScriptTag({ content: bundle });
  const r = await page.evaluate(`(() => {
    const B = window.__bp; const lap = { findArticle: [], scan: [] };
    for (let i = 0; i < 7; i++) {
      let t = performance.now(); B.findArticle(document); lap.findArticle.push(performance.now() - t);
      t = performance.now(); const s = B.scanDocument(document); lap.scan.push(performance.now() - t); lap.chars = s.text.length;
    }
    const med = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1].toFixed(1);
    return { findArticle: med(lap.findArticle), scan: med(lap.scan), min: Math.min(...lap.scan).toFixed(1), chars: lap.chars };
  })()`);
  console.log(name, JSON.stringify(r));
  await page.close();
}
await browser.close();
