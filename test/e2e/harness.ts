/**
 * End-to-end harness: a static server on 127.0.0.1 and Debian Chromium (playwright-core) with the
 * built extension loaded. Shared by every e2e test; keep it small and dependable.
 */
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CHROME_BUILD = path.join(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = path.join(ROOT, '.output/firefox-mv2');
export const SHARED = path.resolve(ROOT, '../shared');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Server {
  url: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Serve files from `dir` on 127.0.0.1 (random port). `routes` may answer some paths with generated
 * HTML (for example the demo page, built from the shared fixture at request time).
 */
export async function serve(dir: string, routes: Record<string, () => string | Buffer> = {}): Promise<Server> {
  const server = http.createServer((req, res) => {
    const p = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const route = routes[p];
    if (route) {
      res.writeHead(200, { 'content-type': TYPES[path.extname(p) || '.html'] ?? 'text/html; charset=utf-8' });
      res.end(route());
      return;
    }
    const file = path.join(dir, path.normalize(p).replace(/^(\.\.[/\\])+/, ''));
    const target = fs.existsSync(file) && fs.statSync(file).isDirectory() ? path.join(file, 'index.html') : file;
    if (!target.startsWith(dir) || !fs.existsSync(target)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream' });
    fs.createReadStream(target).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  userDataDir: string;
  close(): Promise<void>;
}

/** Chromium flags that keep it quiet on a machine without internet (see README "Testing"). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * A build made with `npm run build:test` (BACKSTORY_PERF_MARKS=1): its content script sets the
 * `backstory:*` performance marks the tests and the bench wait on. A shipped build sets none.
 */
export function isTestBuild(extensionDir = CHROME_BUILD): boolean {
  try {
    return fs.readFileSync(path.join(extensionDir, 'content-scripts/content.js'), 'utf8').includes('backstory:marked');
  } catch {
    return false;
  }
}

let warned = false;

/**
 * Launch Chromium with the extension at `extensionDir`. Pass `userDataDir` to reuse a profile
 * (to test that settings survive a restart); otherwise a fresh one is made.
 */
export async function launchWithExtension(
  opts: { extensionDir?: string; userDataDir?: string; headless?: boolean; colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number } } = {},
): Promise<Launched> {
  const extensionDir = opts.extensionDir ?? CHROME_BUILD;
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  if (!warned && !isTestBuild(extensionDir)) {
    warned = true;
    console.warn(`${extensionDir} is a shipped build (no backstory:* performance marks): tests and benches that wait on them need \`npm run build:test\`.`);
  }
  const userDataDir = opts.userDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'backstory-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    colorScheme: opts.colorScheme ?? 'light',
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    userDataDir,
    close: () => context.close(),
  };
}
