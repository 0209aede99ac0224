import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { highlightName } from '../../components/highlights/names';
import { isIntact, markOf, pieceKey, type Mark, type Piece } from '../../entrypoints/content/mark';
import { MarkLayer, PAINT_ALL_MAX } from '../../entrypoints/content/marks';
import type { EntityType } from '../../core/types';

// A stand-in for the CSS Custom Highlight API (Node has none): a registry of Set-like highlights.
class FakeHighlight extends Set<unknown> {
  priority = 0;
  constructor(...ranges: unknown[]) {
    super(ranges);
  }
}
const registry = new Map<string, FakeHighlight>();
// StaticRange as the browser has it: a snapshot of the four fields of its init.
class FakeStaticRange {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
  constructor(init: { startContainer: Node; startOffset: number; endContainer: Node; endOffset: number }) {
    this.startContainer = init.startContainer;
    this.startOffset = init.startOffset;
    this.endContainer = init.endContainer;
    this.endOffset = init.endOffset;
  }
}
const saved = { CSS: (globalThis as any).CSS, Highlight: (globalThis as any).Highlight, Node: (globalThis as any).Node, StaticRange: (globalThis as any).StaticRange };

let doc: Document;
beforeAll(() => {
  (globalThis as any).CSS = { highlights: registry };
  (globalThis as any).Highlight = FakeHighlight;
  (globalThis as any).StaticRange = FakeStaticRange;
  const w = parseHTML('<html><body><article><p id="a">Ahmad Massoud met the EU in Kabul.</p><p id="b"><a>Ahmad Shah</a> Massoud</p></article></body></html>');
  doc = w.document as unknown as Document;
  (globalThis as any).Node = w.Node;
});
afterAll(() => Object.assign(globalThis, saved));

function mark(node: Text, start: number, end: number, id: string, type: EntityType): Mark {
  const pieces: Piece[] = [{ node, start, end, text: node.data.slice(start, end) }];
  return { key: pieceKey(pieces), mention: { start, end, text: pieces[0].text, id, score: 1, via: 'alias' }, type, pieces, ranges: [{ node, start, end } as unknown as StaticRange] };
}
const size = (name: string) => registry.get(name)?.size ?? 0;

describe('mark layer', () => {
  it('quiet (the default): each entity\'s first mention clear, its later ones faint, also across batches and holds', () => {
    registry.clear();
    const p = doc.createElement('p');
    p.textContent = 'Taliban Kabul Taliban Taliban Kabul';
    doc.body.appendChild(p);
    const t = p.firstChild as Text;
    const layer = new MarkLayer();
    expect(layer.style).toBe('quiet');
    layer.hold();
    layer.add([mark(t, 0, 7, 'T', 'organization'), mark(t, 8, 13, 'K', 'place')], true);
    layer.add([mark(t, 14, 21, 'T', 'organization'), mark(t, 22, 29, 'T', 'organization')], true);
    layer.release();
    expect(size('mk-organization')).toBe(1);
    expect(size('mk-organization-faint')).toBe(2);
    expect(size('mk-place')).toBe(1);
    layer.add([mark(t, 30, 35, 'K', 'place')]);
    expect(size('mk-place')).toBe(1);
    expect(size('mk-place-faint')).toBe(1);
    // Hiding the first mention's type and back, or a repaint, keeps the same split.
    layer.render();
    expect([size('mk-organization'), size('mk-organization-faint')]).toEqual([1, 2]);
    layer.clear();
    p.remove();
    registry.clear();
  });

  it('in-article names (issue 17): their own quiet highlight in every style, hidden when the option is off', () => {
    registry.clear();
    const p = doc.createElement('p');
    p.textContent = 'Fidelis Mukonori met Taliban envoys; Mukonori spoke.';
    doc.body.appendChild(p);
    const t = p.firstChild as Text;
    const own = (start: number, end: number): Mark => {
      const m = mark(t, start, end, 'article:person:fidelis mukonori', 'person');
      return { ...m, mention: { ...m.mention, via: 'article' } };
    };
    const layer = new MarkLayer();
    layer.add([own(0, 16), mark(t, 21, 28, 'T', 'organization'), own(37, 45)]);
    expect(size('mk-person-article')).toBe(2);
    expect(size('mk-person')).toBe(0);
    expect(size('mk-organization')).toBe(1);
    layer.style = 'background';
    layer.render();
    expect(size('mk-person-article')).toBe(2);
    layer.inArticle = false;
    layer.render();
    expect(size('mk-person-article')).toBe(0);
    expect(layer.visible().map((m) => m.mention.id)).toEqual(['T']);
    layer.dispose();
    p.remove();
    registry.clear();
  });

  it('registers one highlight per type, named for the mark style, and never marks the same text twice', () => {
    const text = doc.getElementById('a')!.firstChild as Text;
    const layer = new MarkLayer();
    const marks = [mark(text, 0, 13, 'Q1', 'person'), mark(text, 22, 24, 'Q458', 'organization'), mark(text, 28, 33, 'K', 'place')];
    expect(layer.add(marks)).toHaveLength(3);
    expect(layer.add([mark(text, 0, 13, 'Q1', 'person')])).toHaveLength(0);
    expect(size('mk-person')).toBe(1);
    expect(size('mk-organization')).toBe(1);
    expect(size('mk-place')).toBe(1);

    layer.style = 'dotted';
    layer.render();
    expect(registry.has('mk-person')).toBe(false);
    expect(size(highlightName('person', 'dotted'))).toBe(1);

    layer.types = { person: true, place: false, organization: true };
    layer.render();
    expect(size('mk-place-dotted')).toBe(0);

    layer.hiddenIds.add('Q458');
    layer.render();
    expect(size('mk-organization-dotted')).toBe(0);
    expect(layer.visible().map((m) => m.mention.id)).toEqual(['Q1']);

    layer.shown = false;
    layer.render();
    expect([...registry.values()].reduce((n, h) => n + h.size, 0)).toBe(0);
    layer.dispose();
    expect(registry.size).toBe(0);
  });

  it('finds hover candidates by the element that holds the text', () => {
    const b = doc.getElementById('b')!;
    const inLink = b.firstChild!.firstChild as Text;
    const after = b.lastChild as Text;
    const layer = new MarkLayer();
    const m: Mark = {
      ...mark(inLink, 0, 10, 'Q2', 'person'),
      pieces: [
        { node: inLink, start: 0, end: 10, text: 'Ahmad Shah' },
        { node: after, start: 1, end: 8, text: 'Massoud' },
      ],
    };
    m.key = pieceKey(m.pieces);
    layer.add([m]);
    expect(layer.candidatesAt(b.firstChild as Element)).toEqual([m]);
    expect(layer.candidatesAt(b)).toEqual([m]);
    expect(layer.candidatesAt(doc.getElementById('a')!)).toEqual([]);
    layer.dispose();
  });

  it('drops marks whose text changed or left the page', () => {
    const p = doc.createElement('p');
    p.textContent = 'The Taliban took Kabul.';
    doc.body.appendChild(p);
    const text = p.firstChild as Text;
    const layer = new MarkLayer();
    const t = mark(text, 4, 11, 'T', 'organization');
    const k = mark(text, 17, 22, 'K', 'place');
    layer.add([t, k]);
    expect(isIntact(t)).toBe(true);
    text.data = 'The Taliban took Herat.';
    expect(layer.validate()).toBe(1);
    expect(layer.all()).toEqual([t]);
    p.remove();
    expect(layer.validate()).toBe(1);
    expect(layer.size).toBe(0);
    layer.dispose();
  });

  it('builds a mark from text-map pieces: one range per piece, keyed by nodes and offsets', () => {
    const b = doc.getElementById('b')!;
    const inLink = b.firstChild!.firstChild as Text;
    const after = b.lastChild as Text;
    const mention = { start: 0, end: 18, text: 'Ahmad Shah Massoud', id: 'Q2', score: 1, via: 'alias' } as never;
    const piece = (node: Text, s: number, e: number) => ({ startContainer: node, startOffset: s, endContainer: node, endOffset: e });
    const m = markOf(mention, 'person', [piece(inLink, 0, 10), piece(after, 1, 8)])!;
    expect(m.pieces.map((p) => p.text)).toEqual(['Ahmad Shah', 'Massoud']);
    expect(m.ranges.map((r) => [r.startContainer, r.startOffset, r.endOffset])).toEqual([[inLink, 0, 10], [after, 1, 8]]);
    expect(m.key).toBe(pieceKey(m.pieces));
    expect(m.key).toMatch(/^\d+:0:10\|\d+:1:8$/);
    // Empty pieces are left out; a piece past its node's end (the text changed) gives no mark.
    expect(markOf(mention, 'person', [piece(inLink, 3, 3), piece(after, 1, 8)])!.pieces).toHaveLength(1);
    expect(markOf(mention, 'person', [piece(after, 1, 99)])).toBeNull();
    expect(markOf(mention, 'person', [])).toBeNull();
  });

  it('on hold, keeps added marks without painting them until release', () => {
    const p = doc.createElement('p');
    p.textContent = 'Kabul, Herat and Kandahar; the EU and NATO; Ahmad Massoud.';
    doc.body.appendChild(p);
    const text = p.firstChild as Text;
    const layer = new MarkLayer();
    layer.hold();
    const k = mark(text, 0, 5, 'K', 'place');
    const h = mark(text, 7, 12, 'H', 'place');
    expect(layer.add([k, h])).toHaveLength(2);
    expect(layer.size).toBe(2);
    expect(layer.candidatesAt(p)).toEqual([k, h]);
    expect(size('mk-place')).toBe(0);
    layer.remove((m) => m === h); // dropped while on hold: never painted
    layer.hold();
    layer.add([mark(text, 31, 33, 'EU', 'organization')]);
    expect(size('mk-place')).toBe(1); // remove() repaints what the layer holds
    expect(size('mk-organization')).toBe(0);
    layer.release();
    expect(size('mk-organization')).toBe(1);
    // Released: marks paint as they come again.
    layer.add([mark(text, 17, 25, 'KD', 'place')]);
    expect(size('mk-place')).toBe(2);
    // Many at once: painted together at release.
    layer.hold();
    const many = Array.from({ length: 100 }, (_, i) => mark(text, 44 + (i % 13), 45 + (i % 13) + Math.floor(i / 13), `P${i}`, 'person'));
    layer.add(many);
    expect(size('mk-person')).toBe(0);
    layer.release();
    expect(size('mk-person')).toBe(100);
    expect(size('mk-place')).toBe(2);
    expect(size('mk-organization')).toBe(1);
    layer.dispose();
    p.remove();
  });

  it('on a page too long to paint whole, paints the marks around the viewport and follows the reader', () => {
    // 3,000 paragraphs of 20 px; the viewport's top is at paragraph `top` (the stubbed layout).
    const n = 2 * PAINT_ALL_MAX;
    const article = doc.createElement('article');
    doc.body.appendChild(article);
    let top = 0;
    const marks: Mark[] = [];
    for (let i = 0; i < n; i++) {
      const p = doc.createElement('p');
      p.textContent = 'Kabul';
      (p as any).getBoundingClientRect = () => ({ top: (i - top) * 20, bottom: (i - top) * 20 + 20 });
      article.appendChild(p);
      marks.push(mark(p.firstChild as Text, 0, 5, 'K', 'place'));
    }
    const painted = () => marks.filter((m) => registry.get('mk-place')?.has(m.ranges[0]));
    const layer = new MarkLayer();
    layer.style = 'underline'; // every mark in one highlight (under 'quiet' the repeats are faint)
    // A scan: held, then swapped in once.
    layer.hold();
    layer.add(marks, true);
    expect(size('mk-place')).toBe(0);
    layer.release();
    expect(layer.size).toBe(n);
    const first = painted();
    expect(first.length).toBeLessThanOrEqual(PAINT_ALL_MAX);
    expect(first[0]).toBe(marks[0]);
    expect(first).toContain(marks[900]);
    expect(first).not.toContain(marks[n - 1]);
    // A small scroll stays in the window: nothing repainted.
    const before = registry.get('mk-place');
    top = 100;
    layer.follow();
    expect(registry.get('mk-place')).toBe(before);
    // Far down the page: the window moves to the viewport.
    top = n - 50;
    layer.follow();
    const later = painted();
    expect(later).toContain(marks[n - 50]);
    expect(later).toContain(marks[n - 1]);
    expect(later).not.toContain(marks[0]);
    expect(later.length).toBeLessThanOrEqual(PAINT_ALL_MAX);
    // Below the threshold again (marks removed), everything is painted.
    layer.remove((m) => marks.indexOf(m) >= PAINT_ALL_MAX / 2);
    expect(size('mk-place')).toBe(PAINT_ALL_MAX / 2);
    layer.dispose();
    article.remove();
  });
});
