/**
 * A damaged index in the package (truncated, as a broken download or disk would leave it): the
 * extension marks nothing and keeps answering; it never throws at the page or loops on the error.
 * The one console warning is asserted by test/unit/content-background.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROME_BUILD, SHARED, launchWithExtension, type Launched } from './harness';
import { startDemoServer, DEMO_PATH } from '../../scripts/demo-server';
import { markCount, waitForScan } from './pages/inspect';

const TEXT = fs.readFileSync(path.join(SHARED, 'fixtures/panjshir-2021-08.txt'), 'utf8');

describe('a damaged index', () => {
  let ext: Launched;
  let server: { url: string; close(): Promise<void> };
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'backstory-damaged-'));
    fs.cpSync(CHROME_BUILD, dir, { recursive: true });
    const file = path.join(dir, 'kb/index.bin');
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, bytes.length >> 1));
    ext = await launchWithExtension({ extensionDir: dir });
    server = await startDemoServer();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers every request with nothing, and the demo page gets no marks', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    const replies = await page.evaluate(async (text) => {
      const rt = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
      const out: unknown[] = [];
      for (let k = 0; k < 3; k++) out.push(await rt.sendMessage({ type: 'annotate', text, published: '2021-08-22', url: 'https://example.org/x' }));
      out.push(await rt.sendMessage({ type: 'search', query: 'Kabul' }));
      return out;
    }, TEXT);
    expect(replies.slice(0, 3)).toEqual([{ mentions: [], cards: {} }, { mentions: [], cards: {} }, { mentions: [], cards: {} }]);
    expect(replies[3]).toEqual({ results: [] });
    const demo = await ext.context.newPage();
    const errors: string[] = [];
    demo.on('pageerror', (e) => errors.push(String(e)));
    await demo.goto(`${server.url}${DEMO_PATH}`);
    expect(await waitForScan(demo)).toBe(true);
    expect(await markCount(demo)).toBe(0);
    expect(errors).toEqual([]);
  });
});
