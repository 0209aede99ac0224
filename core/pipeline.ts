/**
 * One page scan, the same in the content script and in Node (annotate CLI, corpus test, bench):
 * find the article, read its visible text with a map back to DOM text, find its publish date.
 * Pure: everything comes from the `Document` passed in.
 */
import type { PartialDate } from './types';
import { findArticle } from './article';
import { buildTextMap, type TextMapOptions, type TextPiece } from './textmap';
import { findPublished } from './published';

export interface PageScan {
  isArticle: boolean;
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

export function scanDocument(doc: Document, opts: ScanOptions = {}): PageScan {
  const published = findPublished(doc);
  const article = findArticle(doc);
  if (!article.root) {
    return { isArticle: false, root: null, text: '', published, rangeAt: () => [] };
  }
  const map = buildTextMap(article.root, {
    skip: article.skip,
    keepText: article.keepText,
    isHidden: opts.isHidden,
    isBlock: opts.isBlock,
    maxNodes: opts.maxNodes,
    maxChars: opts.maxChars,
  });
  return { isArticle: article.isArticle, root: article.root, text: map.text, published, rangeAt: map.rangeAt };
}
