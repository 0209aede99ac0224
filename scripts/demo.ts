/**
 * `npm run demo`: build the extension, serve the demo news page on 127.0.0.1 and open it in
 * Chromium with Backstory loaded.
 *
 *   npm run demo                     headed (when a display exists): browse, hover names; Ctrl-C to quit
 *   npm run demo -- --headless       wait for the marks, hover "Ahmad Shah Massoud", save
 *                                    demo-output/panjshir.png and print what was annotated
 *   --no-build                       use the existing .output/chrome-mv3
 *   --out <file.png>                 screenshot path (headless)
 *
 * Exits non-zero with a message when nothing gets marked.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from 'playwright-core';
import type { CastReply } from '../core/messages';
import { startDemoServer, DEMO_PATH, ROOT } from './demo-server';
import { launchWithExtension, CHROME_BUILD } from '../test/e2e/harness';
import { readMarks, uniqueMarks, waitForMarks, hoverMark, readShadowText } from '../test/e2e/pages/inspect';

const HOVER_TARGET = 'Ahmad Shah Massoud';

function parseArgs(argv: string[]) {
  const has = (f: string) => argv.includes(f);
  const outAt = argv.indexOf('--out');
  const hasDisplay = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  return {
    build: !has('--no-build'),
    headless: has('--headless') || !hasDisplay,
    askedHeadless: has('--headless'),
    out: outAt >= 0 && argv[outAt + 1] ? path.resolve(argv[outAt + 1]!) : path.join(ROOT, 'demo-output/panjshir.png'),
  };
}

/** A failure the user can act on: printed without a stack trace. */
class DemoError extends Error {}
function fail(message: string): never {
  throw new DemoError(message);
}

/** Ask the content script in the active tab for its cast (entity → mention count), from the service worker. */
async function askCast(worker: Worker): Promise<CastReply | null> {
  try {
    return (await worker.evaluate(`(async () => {
      const api = globalThis.browser ?? globalThis.chrome;
      const tabs = await api.tabs.query({ active: true });
      for (const tab of tabs) {
        try {
          const reply = await api.tabs.sendMessage(tab.id, { type: 'cast' });
          if (reply && Array.isArray(reply.cast)) return reply;
        } catch {}
      }
      return null;
    })()`)) as CastReply | null;
  } catch {
    return null;
  }
}

async function annotateHeadless(page: Page, worker: Worker, out: string): Promise<void> {
  const count = await waitForMarks(page, { timeout: 20_000 });
  if (count === 0) {
    fail(
      'Nothing was marked on the demo page within 20 s. Is the extension built (npm run build) and does ' +
        'public/kb hold the entities (npm run data:build)? Open the page headed (npm run demo) and check the console.',
    );
  }
  const marks = uniqueMarks(await readMarks(page, { article: 'article', body: '.story-body' }));
  const outside = marks.filter((m) => !m.inside.includes('article'));

  // The card fades in over 120 ms; with reduced motion it is drawn at once, so the screenshot never
  // catches it half transparent.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const hovered = await hoverMark(page, HOVER_TARGET);
  let card: string[] = [];
  if (hovered) {
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline && card.length === 0) {
      await page.waitForTimeout(150);
      card = await readShadowText(page);
    }
  }
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await page.screenshot({ path: out });

  const cast = await askCast(worker);
  console.log(`\nBackstory on the demo page: ${marks.length} marks (${outside.length} outside the article).`);
  // Why this differs from the fixture test's gold count (README, "Quality and speed, measured").
  console.log('(The page shows the article\'s last line, "Also Read | WHO, UNICEF call for…", as a read-more box, which Backstory leaves unmarked; the fixture test reads the plain article text, that line included.)');
  if (cast?.cast?.length) {
    console.log(`Published date seen: ${cast.published ?? 'none'}\n\nEntity → mentions`);
    for (const c of [...cast.cast].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))) {
      console.log(`  ${c.name.padEnd(28)} ${c.type.padEnd(13)} ×${c.count}   (${c.id})`);
    }
  }
  const bySurface = new Map<string, number>();
  for (const m of marks) bySurface.set(m.text, (bySurface.get(m.text) ?? 0) + 1);
  console.log('\nMarked text → times');
  for (const [text, n] of [...bySurface].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    console.log(`  ${JSON.stringify(text).padEnd(30)} ×${n}`);
  }
  if (outside.length) console.log(`\nMarked outside the article: ${outside.map((m) => JSON.stringify(m.text)).join(', ')}`);
  if (!hovered) console.log(`\n"${HOVER_TARGET}" is not marked, so no card was hovered.`);
  else if (card.length === 0) console.log(`\nHovered "${HOVER_TARGET}" but no card appeared within 5 s.`);
  else console.log(`\nCard shown on hovering "${HOVER_TARGET}":\n  ${card.join('\n  ')}`);
  console.log(`\nScreenshot: ${path.relative(process.cwd(), out) || out}`);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.build) {
    console.log('Building the extension (npm run build)…');
    const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) fail('npm run build failed (see above).');
  } else if (!fs.existsSync(path.join(CHROME_BUILD, 'manifest.json'))) {
    fail(`No built extension at ${CHROME_BUILD}: run without --no-build, or npm run build first.`);
  }
  if (!args.askedHeadless && args.headless) console.log('No display found: running headless.');

  const server = await startDemoServer();
  const pageUrl = `${server.url}${DEMO_PATH}`;
  const browser = await launchWithExtension({ headless: args.headless });
  const shutdown = async () => {
    await browser.close().catch(() => {});
    await server.close().catch(() => {});
  };
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(pageUrl);
    if (args.headless) {
      await annotateHeadless(page, browser.serviceWorker, args.out);
      await shutdown();
      return;
    }
    console.log(`Demo page open: ${pageUrl}\nHover the underlined names. Close the browser or press Ctrl-C to quit.`);
    process.once('SIGINT', () => void shutdown().then(() => process.exit(0)));
    await new Promise<void>((resolve) => browser.context.once('close', () => resolve()));
    await server.close().catch(() => {});
  } catch (err) {
    await shutdown();
    throw err;
  }
}

main().catch((err) => {
  console.error(err instanceof DemoError ? `\n✗ ${err.message}` : err);
  process.exit(1);
});
