/**
 * One page scan, the same in the content script and in Node (annotate CLI, corpus test, bench):
 * find the article, read its visible text with a map back to DOM text, find its publish date
 * (only when there is an article body: a page without one gets no date).
 * Pure: everything comes from the `Document` passed in.
 *
 * Two drivers of the same steps: `scanDocument` runs them in one go (Node); `scanDocumentAsync`
 * gives the main thread back whenever a slice has run `yieldEvery` ms (the content script: no long
 * task, issue 6). Same steps, same result (test/unit/article-async.test.ts).
 */
import type { PartialDate } from '../types';
import { findArticleSteps } from './article';
import { buildTextMapSteps, type TextMapOptions, type TextPiece } from './textmap';
import { findPublished } from './published';
import { drain } from './steps';

export interface PageScan {
  isArticle: boolean;
  /** The page's language (`<html lang>`, else a Content-Language meta), lower case, or '' when unstated. */
  lang: string;
  root: Element | null;
  text: string;
  published: { date: PartialDate | null; source: string | null };
  rangeAt(start: number, end: number): TextPiece[];
}

export interface ScanOptions {
  /** Visibility check for the text map (the content script adds computed style; Node uses attributes). */
  isHidden?: TextMapOptions['isHidden'];
  /** Block check for the text map (the content script may pass isBlockRendered; Node uses tag names). */
  isBlock?: TextMapOptions['isBlock'];
  maxNodes?: number;
  maxChars?: number;
}

export interface AsyncScanOptions extends ScanOptions {
  /** Most milliseconds of work before giving the main thread back (default 10). */
  yieldEvery?: number;
  /** Stops the scan (the promise rejects with the signal's reason) at the next checkpoint. */
  signal?: AbortSignal;
  /** How to give the main thread back; default: scheduler.yield when there is one, else a macrotask. */
  yieldToMain?: () => Promise<void>;
  /** Clock (default performance.now). */
  now?: () => number;
  /** Called with the duration of every slice of work, for budgets (the longest block). */
  onSlice?: (ms: number) => void;
}

/** The whole scan. Synchronous: for Node (annotate CLI, corpus test, bench). */
export function scanDocument(doc: Document, opts: ScanOptions = {}): PageScan {
  return drain(scanSteps(doc, opts));
}

/**
 * The same scan, cooperative: the work runs in slices of about `yieldEvery` ms with the main
 * thread given back between them (the content script). Both run the same steps, so both give the
 * same result.
 */
export async function scanDocumentAsync(doc: Document, opts: AsyncScanOptions = {}): Promise<PageScan> {
  return runSliced(scanSteps(doc, opts), opts);
}

/** Runs a generator of work, yielding to the main thread whenever a slice has run `yieldEvery` ms. */
export async function runSliced<T>(steps: Generator<void, T, void>, opts: AsyncScanOptions = {}): Promise<T> {
  const now = opts.now ?? (() => globalThis.performance.now());
  const budget = opts.yieldEvery ?? 10;
  const giveBack = opts.yieldToMain ?? defaultYield;
  let sliceStart = now();
  for (;;) {
    opts.signal?.throwIfAborted();
    const r = steps.next();
    const t = now();
    if (r.done) {
      opts.onSlice?.(t - sliceStart);
      return r.value;
    }
    if (t - sliceStart >= budget) {
      opts.onSlice?.(t - sliceStart);
      await giveBack();
      sliceStart = now();
    }
  }
}

function defaultYield(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

const NO_DATE: PageScan['published'] = { date: null, source: null };

function* scanSteps(doc: Document, opts: ScanOptions): Generator<void, PageScan, void> {
  const article = yield* findArticleSteps(doc);
  // No article body, nothing to annotate: the date would go unused (most pages a reader visits).
  if (!article.root) {
    return { isArticle: false, lang: pageLang(doc), root: null, text: '', published: { ...NO_DATE }, rangeAt: () => [] };
  }
  yield;
  const published = findPublished(doc, { root: article.root });
  yield;
  const map = yield* buildTextMapSteps(article.root, {
    skip: article.skip,
    keepText: article.keepText,
    isHidden: opts.isHidden,
    isBlock: opts.isBlock,
    maxNodes: opts.maxNodes,
    maxChars: opts.maxChars,
  });
  return { isArticle: article.isArticle, lang: pageLang(doc), root: article.root, text: map.text, published, rangeAt: map.rangeAt };
}

/** The page's language: `<html lang>` (or xml:lang), else `<meta http-equiv="content-language">`.
 *  The matcher applies English capitalization rules only to English (or unstated) pages. */
export function pageLang(doc: Document): string {
  const html = doc.documentElement;
  const attr = html?.getAttribute('lang') || html?.getAttribute('xml:lang') || '';
  if (attr.trim()) return attr.trim().toLowerCase();
  for (const m of Array.from(doc.querySelectorAll('meta[http-equiv]'))) {
    if ((m.getAttribute('http-equiv') ?? '').toLowerCase() === 'content-language') {
      // "de, en" lists several: the first is the main one.
      return (m.getAttribute('content') ?? '').split(',')[0].trim().toLowerCase();
    }
  }
  return '';
}
