/**
 * Reading the card from outside (Playwright, Chromium): the card lives in a closed shadow root, so
 * its text, boxes and styles are read through CDP with `pierce`, as assistive tech would see them.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

interface CdpNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CardProbe {
  text: string;
  name: string;
  box: Box;
  /** Buttons inside the card, by their visible text. */
  buttons: { text: string; box: Box }[];
  role: string | null;
  label: string | null;
  background: string;
  fontFamily: string;
  animationName: string;
}

const attr = (n: CdpNode, name: string): string | null => {
  const a = n.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return null;
};
const hasClass = (n: CdpNode, c: string) => (attr(n, 'class') ?? '').split(/\s+/).includes(c);

function textOf(n: CdpNode): string {
  if (n.nodeType === 3) return n.nodeValue ?? '';
  if (n.nodeName === 'STYLE') return '';
  return (n.children ?? []).map(textOf).join(' ');
}

function find(n: CdpNode, pred: (n: CdpNode) => boolean, inShadow = false, out: CdpNode[] = []): CdpNode[] {
  if (inShadow && n.nodeType === 1 && pred(n)) out.push(n);
  for (const c of n.children ?? []) find(c, pred, inShadow, out);
  for (const s of n.shadowRoots ?? []) find(s, pred, true, out);
  return out;
}

/** The open card (text, box, buttons, role, colors), or null when no card shows. */
export async function probeCard(page: Page): Promise<CardProbe | null> {
  // The card may close between two CDP calls ("Could not find node"): read again, a few times.
  for (let attempt = 0; ; attempt++) {
    try {
      return await probeOnce(page);
    } catch (e) {
      if (attempt >= 3 || !/Could not find node|No node with given id/i.test(String(e))) throw e;
    }
  }
}

async function probeOnce(page: Page): Promise<CardProbe | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const card = find(root, (n) => n.localName === 'div' && hasClass(n, 'card'))[0];
    if (!card) return null;
    const boxOf = async (n: CdpNode): Promise<Box> => {
      const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: n.nodeId })) as { model: { border: number[] } };
      const q = model.border;
      return { x: q[0], y: q[1], width: q[2] - q[0], height: q[5] - q[1] };
    };
    const box = await boxOf(card);
    const buttons = await Promise.all(
      find(card, (n) => n.localName === 'button', true).map(async (b) => ({ text: textOf(b).replace(/\s+/g, ' ').trim(), box: await boxOf(b) })),
    );
    const name = find(card, (n) => hasClass(n, 'name'), true)[0];
    const { computedStyle } = (await cdp.send('CSS.enable').then(() => cdp.send('CSS.getComputedStyleForNode', { nodeId: card.nodeId }))) as {
      computedStyle: { name: string; value: string }[];
    };
    const style = (p: string) => computedStyle.find((s) => s.name === p)?.value ?? '';
    return {
      text: textOf(card).replace(/\s+/g, ' ').trim(),
      name: name ? textOf(name).trim() : '',
      box,
      buttons,
      role: attr(card, 'role'),
      label: attr(card, 'aria-label'),
      background: style('background-color'),
      fontFamily: style('font-family'),
      animationName: style('animation-name'),
    };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Polls until a card shows (optionally one whose text matches), or null after `timeout`. */
export async function waitForCard(page: Page, opts: { match?: RegExp; timeout?: number } = {}): Promise<CardProbe | null> {
  const deadline = Date.now() + (opts.timeout ?? 5000);
  while (Date.now() < deadline) {
    const c = await probeCard(page);
    if (c && (!opts.match || opts.match.test(c.text))) return c;
    await page.waitForTimeout(50);
  }
  return null;
}

/** Polls until no card shows; true when it closed within `timeout`. */
export async function waitForNoCard(page: Page, timeout = 5000): Promise<boolean> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (!(await probeCard(page))) return true;
    await page.waitForTimeout(50);
  }
  return false;
}

/** Size of a highlight (the keyboard focus ring is `mk-focus`). */
export async function highlightSize(page: Page, name: string): Promise<number> {
  return page.evaluate(`(globalThis.CSS && CSS.highlights && CSS.highlights.get(${JSON.stringify(name)})?.size) || 0`) as Promise<number>;
}

/** Text of the ranges in one highlight. */
export async function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate(`(() => {
    const h = globalThis.CSS && CSS.highlights && CSS.highlights.get(${JSON.stringify(name)});
    if (!h) return [];
    return [...h].map((r) => { const x = document.createRange(); x.setStart(r.startContainer, r.startOffset); x.setEnd(r.endContainer, r.endOffset); return x.toString(); });
  })()`) as Promise<string[]>;
}

export const overlapsVertically = (a: Box, b: Box) => a.y < b.y + b.height && b.y < a.y + a.height;

/** The box of the marked text `text` (any mark but the focus ring), or null. */
export async function markBox(p: Page, text: string): Promise<Box | null> {
  return p.evaluate(`(() => {
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('mk-') || name === 'mk-focus') continue;
      for (const r of h) {
        const x = document.createRange(); x.setStart(r.startContainer, r.startOffset); x.setEnd(r.endContainer, r.endOffset);
        if (x.toString() === ${JSON.stringify(text)}) { const b = x.getClientRects()[0]; if (b) return { x: b.x, y: b.y, width: b.width, height: b.height }; }
      }
    }
    return null;
  })()`) as Promise<Box | null>;
}

/** Scrolls a mention near the top and hovers it as a reader does: the card opens below, whole. */
export async function hoverMark(page: Page, text: string, match: RegExp): Promise<{ card: CardProbe; line: Box }> {
  await page.mouse.move(2, 2);
  expect(await waitForNoCard(page)).toBe(true);
  const first = await markBox(page, text);
  expect(first, `a mark "${text}"`).not.toBeNull();
  await page.evaluate(`window.scrollBy(0, ${Math.round(first!.y - 120)})`);
  await expect.poll(async () => Math.round((await markBox(page, text))?.y ?? -1)).toBeGreaterThanOrEqual(100);
  const line = (await markBox(page, text))!;
  await page.mouse.move(line.x - 12, line.y + line.height / 2);
  await page.mouse.move(line.x + Math.min(line.width / 2, 20), line.y + line.height / 2, { steps: 3 });
  const card = await waitForCard(page, { match, timeout: 8000 });
  expect(card, `card for ${text} matching ${match}`).not.toBeNull();
  return { card: card!, line };
}

/** A screenshot of the region around some boxes (a card and the line it belongs to), `mx`/`my`
 *  pixels wider on each side, clamped to the viewport. */
export async function shootAround(page: Page, boxes: Box[], file: string, mx: number, my: number): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const vp = page.viewportSize()!;
  const x0 = Math.max(0, Math.min(...boxes.map((b) => b.x)) - mx);
  const y0 = Math.max(0, Math.min(...boxes.map((b) => b.y)) - my);
  const x1 = Math.min(vp.width, Math.max(...boxes.map((b) => b.x + b.width)) + mx);
  const y1 = Math.min(vp.height, Math.max(...boxes.map((b) => b.y + b.height)) + my);
  await page.screenshot({ path: file, clip: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } });
}
