import { describe, expect, it, beforeAll } from 'vitest';
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { Card } from '../../components/card/Card';
import { cardStyles } from '../../components/card/cardStyles';
import { formatDate } from '../../core/dates';
import { sourceHref, sourceTitle } from '../../components/card/format';
import type { CardModel } from '../../core/types';

const model: CardModel = {
  id: 'Q193144',
  name: 'Ahmad Shah Massoud',
  type: 'person',
  subtype: 'military-leader',
  description: 'Afghan commander of the anti-Soviet and anti-Taliban resistance',
  asOf: '2021-08-22',
  asOfIsToday: false,
  lines: [
    { kind: 'died', text: 'Assassinated on 9 September 2001, two days before the September 11 attacks', date: '2001-09-09', source: { source: 'wikidata', url: 'https://www.wikidata.org/wiki/Q193144' }, relevant: true },
    { kind: 'stance', text: '<img src=x onerror=alert(1)> stays text', date: '1996', source: { source: 'javascript:alert(1)' }, asOf: true },
  ],
};

let doc: Document;
beforeAll(() => {
  doc = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>').document as unknown as Document;
  (globalThis as { document?: Document }).document = doc;
});

describe('Card', () => {
  it('shows name, type, description, dated sourced lines and the as-of note', () => {
    const root = doc.getElementById('root')!;
    render(h(Card, { model, mentionCount: 2, mentionIndex: 1, onAllMentions() {}, onReport() {}, onClose() {} }), root);
    const card = root.querySelector('.card')!;
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.getAttribute('aria-label')).toBe('Backstory: Ahmad Shah Massoud');
    expect(root.querySelector('.name')!.textContent).toBe('Ahmad Shah Massoud');
    expect(root.querySelector('.badge')!.textContent).toBe('Person');
    const lines = [...root.querySelectorAll('.line')];
    expect(lines).toHaveLength(2);
    // The date once: the text says "9 September 2001", so no second date beside it.
    expect(lines[0].textContent).not.toContain('9 Sep 2001');
    expect(lines[0].querySelector('.when')).toBeNull();
    // Each line keeps a quiet numbered reference; a real URL makes it a link.
    expect(lines[0].querySelector('a.ref')!.getAttribute('href')).toBe('https://www.wikidata.org/wiki/Q193144');
    expect(lines[0].querySelector('a.ref')!.textContent).toBe('1');
    expect(lines[1].querySelector('.when')!.textContent).toBe('as of 1996');
    expect(lines[1].querySelector('a.ref')).toBeNull();
    // Sources listed once at the bottom; only the one with a URL is a link.
    const foot = root.querySelector('.sources')!;
    expect(foot.querySelector('a.source')!.textContent).toBe('Wikidata');
    expect(foot.querySelector('a.source')!.getAttribute('href')).toBe('https://www.wikidata.org/wiki/Q193144');
    expect(foot.querySelector('span.source.plain')!.textContent).toBe('Javascript:alert(1)');
    expect(root.querySelector('.asof-note')!.textContent).toContain('22 August 2021');
    expect(root.textContent).toContain('Next mention (1 of 2)');
    render(null, root);
  });

  it('renders page-like strings as text, never as HTML, and never links a non-http source', () => {
    const root = doc.getElementById('root')!;
    render(h(Card, { model }), root);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)> stays text');
    // The line's reference and the source list: both the one http link, nothing else.
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://www.wikidata.org/wiki/Q193144', 'https://www.wikidata.org/wiki/Q193144']);
    render(null, root);
  });

  it('says when facts are as of today because the page has no date', () => {
    const root = doc.getElementById('root')!;
    render(h(Card, { model: { ...model, asOf: '2026-11-25', asOfIsToday: true } }), root);
    expect(root.querySelector('.asof-note')!.textContent).toMatch(/as of today.*no publish date/i);
    render(null, root);
  });

  it('shows three lines, a "More" button for the rest, each source once, and the Wikipedia link', () => {
    const root = doc.getElementById('root')!;
    const line = (i: number) => ({ kind: 'event' as const, text: `Fact number ${i}`, date: `200${i}`, source: { source: 'curated', url: `https://example.org/${i}` } });
    let expanded = 0;
    render(h(Card, {
      model: { ...model, wikipedia: 'https://en.wikipedia.org/wiki/Ahmad_Shah_Massoud', lines: [1, 2, 3, 4, 5].map(line) },
      onExpand: () => expanded++,
    }), root);
    expect(root.querySelectorAll('.line')).toHaveLength(3);
    expect(root.querySelectorAll('.source-entry')).toHaveLength(1); // "Backstory editors", once
    expect(root.querySelector('.sources')!.textContent).toBe('Sources: 1Backstory editors');
    expect(root.querySelector('.sources a')).toBeNull(); // three different URLs: the entry is no link
    const wiki = root.querySelector('a.wiki')!;
    expect(wiki.textContent).toBe('Read on Wikipedia');
    expect(wiki.getAttribute('target')).toBe('_blank');
    const more = [...root.querySelectorAll('button')].find((b) => /^More/.test(b.textContent ?? ''))!;
    expect(more.textContent).toBe('More (2)');
    act(() => {
      // linkedom's own Event (Node's has a read-only eventPhase linkedom sets).
      more.dispatchEvent(new (parseHTML('').window as unknown as { Event: typeof Event }).Event('click'));
    });
    expect(root.querySelectorAll('.line')).toHaveLength(5);
    expect(root.querySelector('.card')!.getAttribute('class')).toContain('expanded');
    expect(expanded).toBe(1);
    render(null, root);
  });

  it('styles use px, never rem or em sizes', () => {
    expect(cardStyles).not.toMatch(/\d(rem|em)\b/);
  });
});

describe('card text helpers', () => {
  it('keeps date precision', () => {
    expect(formatDate('2001-09-09', 'short')).toBe('9 Sep 2001');
    expect(formatDate('2001-09', 'short')).toBe('Sep 2001');
    expect(formatDate('2001', 'short')).toBe('2001');
    expect(formatDate('2021-08-22')).toBe('22 August 2021');
    expect(formatDate('-0044', 'short')).toBe('44 BC');
  });
  it('names sources and links only http(s)', () => {
    expect(sourceTitle({ source: 'factbook' })).toBe('CIA World Factbook');
    expect(sourceTitle({ source: 'https://www.example.org/x' })).toBe('example.org');
    expect(sourceHref({ source: 'curated', url: 'javascript:alert(1)' })).toBeUndefined();
    expect(sourceHref({ source: 'https://example.org/a' })).toBe('https://example.org/a');
  });
});
