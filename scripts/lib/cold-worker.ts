/**
 * The benches' way to a cold service worker: every worker is stopped through a CDP session that is
 * then closed, and the question is asked from an extension page opened after the stop. A page open
 * while DevTools stopped the worker finds no listener for any later message (a harness artefact: a
 * worker Chrome stops when idle wakes for the next message). The page is the static privacy page,
 * which sends nothing on load, so the first question is what wakes the worker.
 */
import type { Page } from 'playwright-core';
import type { Launched } from '../../test/e2e/harness';

/** A page to hold the CDP session that stops the workers (open it once, before the runs). */
export async function workerControlPage(ext: Launched): Promise<Page> {
  const control = await ext.context.newPage();
  await control.goto(`chrome-extension://${ext.extensionId}/privacy.html`);
  return control;
}

/** Stops every worker, then opens a quiet extension page to ask from (the caller closes it). */
export async function pageAfterStop(ext: Launched, control: Page): Promise<Page> {
  const cdp = await ext.context.newCDPSession(control);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/privacy.html`);
  return page;
}
