/**
 * Reading what Backstory did to a page, from the outside (Playwright, main world): the CSS Custom
 * Highlights it registered (names starting with `mk-`, HIGHLIGHT_PREFIX), where their ranges sit, the
 * performance marks it set, and the text of its card (inside a shadow root, open or closed, read
 * through CDP). Used by the demo script, the e2e tests and the browser bench.
 */
import type { Page } from 'playwright-core';

export interface MarkInfo {
  /** Highlight name in `CSS.highlights`. */
  highlight: string;
  text: string;
  /** Labels of the `regions` (label → CSS selector) whose element contains the range. */
  inside: string[];
  /** Both ends of the range are in the document (not in nodes the page has removed). */
  connected: boolean;
  /** Is the range inside an element that is editable or a form field? */
  editable: boolean;
  /** A key for the range's position, to count a range once when it is in several highlights. */
  key: string;
  rect: { x: number; y: number; width: number; height: number } | null;
}

/** Every range of every `mk-*` highlight, with the page regions it lies in. */
/**
 * In-page source, kept as plain JavaScript text: functions passed to `page.evaluate` get helpers
 * injected by esbuild's keepNames under tsx (`__name`), which do not exist in the page.
 */
export const READ_MARKS_JS = `(regions) => {
  const out = [];
  const reg = globalThis.CSS && CSS.highlights;
  if (!reg) return out;
  const ids = new WeakMap();
  let next = 0;
  const idOf = (n) => { if (!ids.has(n)) ids.set(n, next++); return ids.get(n); };
  const regionEls = Object.entries(regions).map(([label, sel]) => [label, [...document.querySelectorAll(sel)]]);
  for (const [name, hl] of reg) {
    if (!name.startsWith('mk-')) continue;
    for (const r of hl) {
      const range = document.createRange();
      let text = '', rect = null;
      try {
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        text = range.toString();
        const rr = range.getClientRects()[0];
        if (rr) rect = { x: rr.x, y: rr.y, width: rr.width, height: rr.height };
      } catch { text = '<invalid range>'; }
      const node = r.startContainer;
      const el = node.nodeType === 1 ? node : node.parentElement;
      const inside = regionEls.filter(([, els]) => els.some((e) => e.contains(node))).map(([label]) => label);
      const editable = !!el && (!!el.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') || el.isContentEditable === true);
      out.push({ highlight: name, text, inside, editable, rect,
        connected: r.startContainer.isConnected && r.endContainer.isConnected,
        key: idOf(r.startContainer) + ':' + r.startOffset + '-' + idOf(r.endContainer) + ':' + r.endOffset });
    }
  }
  return out;
}`;

/** Every range of every `mk-*` highlight, with the page regions it lies in. */
export async function readMarks(page: Page, regions: Record<string, string> = {}): Promise<MarkInfo[]> {
  return page.evaluate(`(${READ_MARKS_JS})(${JSON.stringify(regions)})`) as Promise<MarkInfo[]>;
}

/** Marks counted once per position (a range may sit in a style highlight and an "active" one). */
export function uniqueMarks(marks: MarkInfo[]): MarkInfo[] {
  const seen = new Map<string, MarkInfo>();
  for (const m of marks) if (!seen.has(m.key)) seen.set(m.key, m);
  return [...seen.values()];
}

/** Number of ranges in `mk-*` highlights right now. */
export async function markCount(page: Page): Promise<number> {
  return page.evaluate(`(() => {
    let n = 0;
    const reg = globalThis.CSS && CSS.highlights;
    if (reg) for (const [name, hl] of reg) if (name.startsWith('mk-')) n += hl.size;
    return n;
  })()`) as Promise<number>;
}

/**
 * Wait until the page has marks and their number has stopped changing for `settleMs`
 * (a condition, polled; not a sleep). Returns the count, or 0 when none appeared within `timeout`.
 */
export async function waitForMarks(page: Page, opts: { timeout?: number; settleMs?: number; min?: number } = {}): Promise<number> {
  const timeout = opts.timeout ?? 15_000;
  const settleMs = opts.settleMs ?? 400;
  const min = opts.min ?? 1;
  const deadline = Date.now() + timeout;
  let last = -1;
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    const n = await markCount(page);
    if (n !== last) {
      last = n;
      stableSince = Date.now();
    } else if (n >= min && Date.now() - stableSince >= settleMs) {
      return n;
    }
    await page.waitForTimeout(100);
  }
  return last >= min ? last : 0;
}

/** Performance entries named `backstory:*` (marks and measures the content script sets). */
export interface PerfEntry {
  name: string;
  entryType: string;
  startTime: number;
  duration: number;
  /** `detail` of the mark (the content script puts its own timings there). */
  detail?: any;
}

export async function readPerfMarks(page: Page): Promise<PerfEntry[]> {
  return page.evaluate(`performance.getEntries()
    .filter((e) => e.name.startsWith('backstory'))
    .map((e) => ({ name: e.name, entryType: e.entryType, startTime: e.startTime, duration: e.duration,
      detail: e.detail ?? undefined }))`) as Promise<PerfEntry[]>;
}

/**
 * Text inside every shadow root of the page (open or closed), read through CDP with `pierce`.
 * Chromium only. The demo pages have no shadow roots of their own, so this is the card's text.
 */
export async function readShadowText(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const texts: string[] = [];
    const collect = (n: CdpNode, acc: string[]) => {
      if (n.nodeType === 3 && n.nodeValue) acc.push(n.nodeValue);
      if (n.nodeName === 'STYLE' || n.nodeName === 'SCRIPT') return;
      for (const c of n.children ?? []) collect(c, acc);
      for (const s of n.shadowRoots ?? []) collect(s, acc);
    };
    const walk = (n: CdpNode) => {
      for (const s of n.shadowRoots ?? []) {
        const acc: string[] = [];
        collect(s, acc);
        const t = acc.join(' ').replace(/\s+/g, ' ').trim();
        if (t) texts.push(t);
      }
      for (const c of n.children ?? []) walk(c);
      if (n.contentDocument) walk(n.contentDocument);
    };
    walk(root);
    return texts;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

interface CdpNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

/** The client rect of the first mark whose text is `text` (scrolled to the middle of the viewport first). */
export async function markBox(page: Page, text: string): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return page.evaluate(`(${MARK_BOX_JS})(${JSON.stringify(text)})`) as Promise<any>;
}

/** In-page source: scroll the first mark with this text to the middle of the viewport and return its rect. */
export const MARK_BOX_JS = `(text) => {
    const reg = globalThis.CSS && CSS.highlights;
    if (!reg) return null;
    for (const [name, hl] of reg) {
      if (!name.startsWith('mk-')) continue;
      for (const r of hl) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        if (range.toString() !== text) continue;
        (r.startContainer.parentElement || document.body).scrollIntoView({ block: 'center' });
        const b = range.getClientRects()[0];
        return b ? { x: b.x, y: b.y, width: b.width, height: b.height } : null;
      }
    }
    return null;
  }`;

/** Move the pointer onto the first mark whose text is `text` and keep it there; false when there is none. */
export async function hoverMark(page: Page, text: string): Promise<boolean> {
  const box = await markBox(page, text);
  if (!box) return false;
  // Enter from the left and settle in the middle, as a reader's pointer would.
  await page.mouse.move(Math.max(0, box.x - 20), box.y + box.height / 2);
  await page.mouse.move(box.x + box.width / 3, box.y + box.height / 2, { steps: 4 });
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 2 });
  return true;
}

/**
 * Wait until the content script has finished a scan (its `backstory:marked` performance mark).
 * Polls with `page.evaluate` rather than `waitForFunction`, which pages with a strict CSP refuse.
 */
export async function waitForScan(page: Page, timeout = 60_000): Promise<boolean> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await page.evaluate(`performance.getEntriesByName('backstory:marked').length > 0`)) return true;
    await page.waitForTimeout(100);
  }
  return false;
}
