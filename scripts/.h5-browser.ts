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
  const r = await page.evaluate(`(() => {    const w = window ; const B = w.__bp;
    const lap = { clone: [], readability: [], findArticle: [], textmap: [], published: [], scan: [] };
    for (let i = 0; i < 7; i++) {
      let t = performance.now(); const c = document.cloneNode(true); lap.clone.push(performance.now() - t);
      t = performance.now(); new B.Readability(c).parse(); lap.readability.push(performance.now() - t);
      t = performance.now(); const a = B.findArticle(document); lap.findArticle.push(performance.now() - t);
      t = performance.now(); B.buildTextMap(a.root, { skip: a.skip, keepText: a.keepText }); lap.textmap.push(performance.now() - t);
      t = performance.now(); B.findPublished(document); lap.published.push(performance.now() - t);
      t = performance.now(); B.scanDocument(document); lap.scan.push(performance.now() - t);
    }
    const med = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1].toFixed(1);
    return Object.fromEntries(Object.entries(lap).map(([k, v]) => [k, med(v)]));
  })()`);
  console.log(name, JSON.stringify(r));
  await page.close();
}
await browser.close();
