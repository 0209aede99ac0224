/**
 * Fuzz: random DOMs (nesting, inline/block/skipped tags, hidden and editable parts, whitespace,
 * right-to-left text, entity names split across tags, huge text nodes, deep chains), built with
 * linkedom from a seeded generator so a failure is reproducible from its seed.
 * Checks: nothing throws; work (nodes visited) is bounded by the tree size and the budget, not by
 * wall-clock; every piece rangeAt returns lies in a real Text node of the tree with offsets in
 * bounds; the pieces' text equals the mapped text (modulo whitespace); split names come out whole.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { buildTextMap, type TextMap } from '../../core/page/textmap';
import { scanDocument } from '../../core/page/scan';
import { rng } from '../../scripts/lib/synthetic-kb';

const mulberry32 = rng;

const BLOCK = ['div', 'p', 'section', 'h2', 'li', 'ul', 'blockquote', 'td', 'tr', 'table', 'article', 'header', 'figure'];
const INLINE = ['span', 'a', 'b', 'i', 'em', 'strong', 'small', 'sup', 'mark', 'abbr', 'q', 'time', 'font', 'x-custom'];
const SKIPPY = ['script', 'style', 'pre', 'code', 'button', 'textarea', 'noscript', 'template', 'svg', 'select', 'iframe', 'nav', 'aside'];
const WORDS = [
  'the', 'council', 'met', 'in', 'Kabul', 'on', 'Sunday', 'Taliban', '’s', 'EU', 'WHO', 'who', 'al-Qaeda',
  'وادی', 'پنجشیر', 'در', 'شمال', 'שלום', 'עולם', 'naïve', 'Zürich', '😀', '\u00a0', '\u200b', ',', '.', '—',
];
const SPACES = [' ', '  ', '\n', '\t', ' \n  ', '\r\n', ''];
const NAMES = ['Ahmad Shah Massoud', 'Ahmad Massoud', 'European Union', 'Ursula von der Leyen', 'Panjshir Valley', 'Charles Michel'];

type Rand = () => number;
const pick = <T,>(r: Rand, xs: T[]): T => xs[Math.floor(r() * xs.length)];

function randomText(r: Rand): string {
  const n = 1 + Math.floor(r() * 8);
  let s = r() < 0.3 ? pick(r, SPACES) : '';
  for (let i = 0; i < n; i++) s += pick(r, WORDS) + pick(r, SPACES);
  return s;
}

/** A name split across inline elements at random points (inside words too), with optional whitespace nodes. */
function splitName(doc: Document, r: Rand, name: string): Node[] {
  const cuts = new Set<number>();
  const k = Math.floor(r() * 4);
  for (let i = 0; i < k; i++) cuts.add(1 + Math.floor(r() * (name.length - 1)));
  const points = [0, ...[...cuts].sort((a, b) => a - b), name.length];
  const nodes: Node[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const part = name.slice(points[i], points[i + 1]);
    const t = doc.createTextNode(part);
    if (r() < 0.6) {
      let wrap = doc.createElement(pick(r, INLINE));
      wrap.appendChild(t);
      if (r() < 0.3) {
        const outer = doc.createElement(pick(r, INLINE));
        outer.appendChild(wrap);
        wrap = outer;
      }
      nodes.push(wrap);
    } else nodes.push(t);
  }
  return nodes;
}

function randomTree(doc: Document, r: Rand, parent: Element, depth: number, budget: { nodes: number }): void {
  const children = Math.floor(r() * 6);
  for (let i = 0; i < children && budget.nodes > 0; i++) {
    budget.nodes--;
    const roll = r();
    if (roll < 0.35 || depth > 12) {
      parent.appendChild(doc.createTextNode(randomText(r)));
    } else if (roll < 0.4) {
      parent.appendChild(doc.createComment('c ' + randomText(r)));
    } else if (roll < 0.45) {
      parent.appendChild(doc.createElement('br'));
    } else {
      const tag = roll < 0.65 ? pick(r, BLOCK) : roll < 0.92 ? pick(r, INLINE) : pick(r, SKIPPY);
      const el = doc.createElement(tag);
      const attr = r();
      if (attr < 0.03) el.setAttribute('hidden', '');
      else if (attr < 0.06) el.setAttribute('aria-hidden', 'true');
      else if (attr < 0.08) el.setAttribute('contenteditable', 'true');
      else if (attr < 0.1) el.setAttribute('style', 'display:none');
      else if (attr < 0.12) el.setAttribute('dir', 'rtl');
      else if (attr < 0.14) el.setAttribute('class', 'byline share ad');
      parent.appendChild(el);
      randomTree(doc, r, el, depth + 1, budget);
    }
  }
}

/** Every node under root, in document order, without recursion (the fuzz builds 5k-deep trees). */
function* walk(root: Node): Generator<Node> {
  let cur: Node | null = root;
  while (cur) {
    yield cur;
    if (cur.firstChild) {
      cur = cur.firstChild;
      continue;
    }
    while (cur && cur !== root && !cur.nextSibling) cur = cur.parentNode;
    if (!cur || cur === root) break;
    cur = cur.nextSibling;
  }
}

function countNodes(root: Node): number {
  let n = 0;
  for (const _ of walk(root)) n++;
  return n;
}

const noSpace = (s: string) => s.replace(/\s+/g, '');

/** Document order of the Text nodes under root (linkedom's compareDocumentPosition ignores text). */
const orderCache = new WeakMap<Node, Map<Node, number>>();
function textOrder(root: Node): Map<Node, number> {
  let order = orderCache.get(root);
  if (order) return order;
  order = new Map();
  for (const node of walk(root)) if (node.nodeType === 3) order.set(node, order.size);
  orderCache.set(root, order);
  return order;
}

/** Every piece is in a real Text node under root, offsets in bounds, text equal modulo whitespace. */
function checkRange(map: TextMap, root: Node, start: number, end: number): void {
  const pieces = map.rangeAt(start, end);
  const order = textOrder(root);
  let joined = '';
  let prev = -1;
  for (const p of pieces) {
    expect(p.startContainer).toBe(p.endContainer);
    expect(p.startContainer.nodeType).toBe(3);
    expect(order.has(p.startContainer)).toBe(true); // a Text node of this tree
    expect(p.startOffset).toBeGreaterThanOrEqual(0);
    expect(p.endOffset).toBeGreaterThan(p.startOffset);
    expect(p.endOffset).toBeLessThanOrEqual(p.startContainer.data.length);
    // Pieces come in document order, one per node.
    expect(order.get(p.startContainer)!).toBeGreaterThan(prev);
    prev = order.get(p.startContainer)!;
    joined += p.startContainer.data.slice(p.startOffset, p.endOffset);
  }
  expect(noSpace(joined)).toBe(noSpace(map.text.slice(Math.max(0, start), Math.min(map.text.length, end))));
}

describe('fuzz: buildTextMap on random DOMs', () => {
  it('never throws, stays within its work bound, and maps every range to real text', () => {
    for (let seed = 1; seed <= 120; seed++) {
      const r = mulberry32(seed);
      const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
      const doc = document as unknown as Document;
      const root = doc.body;
      randomTree(doc, r, root, 0, { nodes: 50 + Math.floor(r() * 400) });

      // Names split across inline markup, in a plain paragraph: they must come out whole.
      const names: string[] = [];
      for (let i = 0; i < 3; i++) {
        const p = doc.createElement('p');
        const name = pick(r, NAMES);
        p.appendChild(doc.createTextNode(randomText(r) + ' '));
        for (const n of splitName(doc, r, name)) p.appendChild(n);
        p.appendChild(doc.createTextNode(' ' + randomText(r)));
        root.insertBefore(p, r() < 0.5 ? root.firstChild : null);
        names.push(name);
      }
      if (seed % 10 === 0) {
        // A huge single text node.
        const big = doc.createElement('p');
        big.appendChild(doc.createTextNode((randomText(r) + ' Kabul ').repeat(20_000)));
        root.appendChild(big);
      }

      const total = countNodes(root);
      const maxNodes = seed % 7 === 0 ? 100 : 200_000;
      let map!: TextMap;
      expect(() => (map = buildTextMap(root, { maxNodes, maxChars: 300_000 })), `seed ${seed}`).not.toThrow();
      // Bounded work: at most every node once, and never past the budget.
      expect(map.work, `seed ${seed}`).toBeLessThanOrEqual(Math.min(total, maxNodes + 1));
      expect(map.text.length).toBeLessThanOrEqual(300_000);
      // Collapsed like rendered text (no-break spaces are text and stay).
      expect(map.text).not.toMatch(/^[ \n]|[ \n]$|\n\n| {2}| \n|\n |[\t\r\f]/);

      if (!map.truncated) for (const name of names) expect(map.text, `seed ${seed}`).toContain(name);
      for (const name of names) {
        let at = map.text.indexOf(name);
        while (at >= 0) {
          checkRange(map, root, at, at + name.length);
          at = map.text.indexOf(name, at + 1);
        }
      }
      for (let k = 0; k < 25; k++) {
        const a = Math.floor(r() * (map.text.length + 4)) - 2;
        const b = a + Math.floor(r() * 60);
        checkRange(map, root, a, b);
      }
      checkRange(map, root, 0, map.text.length);
    }
  });

  it('a 5k-deep chain and a 100k-node flat page stay within the work bound', () => {
    const { document } = parseHTML('<!doctype html><html><body><div id="x"></div><div id="y"></div></body></html>');
    const doc = document as unknown as Document;
    let el = doc.getElementById('x')!;
    for (let i = 0; i < 5000; i++) {
      const c = doc.createElement(i % 3 ? 'span' : 'div');
      c.appendChild(doc.createTextNode(i % 50 ? '' : `level ${i} `));
      el.appendChild(c);
      el = c;
    }
    const flat = doc.getElementById('y')!;
    for (let i = 0; i < 100_000; i++) flat.appendChild(doc.createTextNode(`w${i} `));
    const map = buildTextMap(doc.body, { maxNodes: 50_000 });
    expect(map.truncated).toBe(true);
    expect(map.work).toBeLessThanOrEqual(50_001);
    expect(map.text).toContain('level 4950');
    const full = buildTextMap(doc.body);
    expect(full.truncated).toBe(false);
    expect(full.textNodes).toBeGreaterThan(100_000);
    checkRange(full, doc.body, full.text.length - 50, full.text.length);
  });
});

describe('fuzz: the whole scan on random pages', () => {
  it('never throws and only maps into the live tree', () => {
    for (let seed = 1000; seed < 1012; seed++) {
      const r = mulberry32(seed);
      const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
      const doc = document as unknown as Document;
      randomTree(doc, r, doc.body, 0, { nodes: 300 });
      const art = doc.createElement('article');
      for (let i = 0; i < 6; i++) {
        const p = doc.createElement('p');
        p.appendChild(doc.createTextNode(Array.from({ length: 30 }, () => pick(r, WORDS)).join(' ') + ', and so on. '));
        for (const n of splitName(doc, r, pick(r, NAMES))) p.appendChild(n);
        art.appendChild(p);
      }
      doc.body.appendChild(art);
      const before = doc.body.outerHTML;
      let scan!: ReturnType<typeof scanDocument>;
      expect(() => (scan = scanDocument(doc)), `seed ${seed}`).not.toThrow();
      expect(doc.body.outerHTML).toBe(before);
      if (!scan.root) continue;
      const map = { text: scan.text, rangeAt: scan.rangeAt } as TextMap;
      for (let k = 0; k < 20; k++) {
        const a = Math.floor(r() * scan.text.length);
        checkRange(map, doc.body, a, a + Math.floor(r() * 40));
      }
    }
  });
});
