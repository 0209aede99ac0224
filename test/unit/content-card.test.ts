import { describe, expect, it, beforeAll } from 'vitest';
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { Card } from '../../components/card/Card';
import { cardStyles } from '../../components/card/cardStyles';
import { formatDate, sourceHref, sourceTitle } from '../../components/card/format';
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
    expect(lines[0].textContent).toContain('9 Sep 2001');
    expect(lines[0].querySelector('a.source')!.getAttribute('href')).toBe('https://www.wikidata.org/wiki/Q193144');
    expect(lines[0].querySelector('a.source')!.textContent).toBe('Wikidata');
    expect(lines[1].textContent).toContain('as of 1996');
    expect(root.querySelector('.asof-note')!.textContent).toContain('22 August 2021');
    expect(root.textContent).toContain('Next mention (1 of 2)');
    render(null, root);
  });

  it('renders page-like strings as text, never as HTML, and never links a non-http source', () => {
    const root = doc.getElementById('root')!;
    render(h(Card, { model }), root);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)> stays text');
    expect(root.querySelectorAll('a')).toHaveLength(1);
    render(null, root);
  });

  it('says when facts are as of today because the page has no date', () => {
    const root = doc.getElementById('root')!;
    render(h(Card, { model: { ...model, asOf: '2026-11-25', asOfIsToday: true } }), root);
    expect(root.querySelector('.asof-note')!.textContent).toMatch(/as of today.*no publish date/i);
    render(null, root);
  });

  it('styles use px, never rem or em sizes', () => {
    expect(cardStyles).not.toMatch(/\d(rem|em)\b/);
  });
});

describe('card text helpers', () => {
  it('keeps date precision', () => {
    expect(formatDate('2001-09-09')).toBe('9 Sep 2001');
    expect(formatDate('2001-09')).toBe('Sep 2001');
    expect(formatDate('2001')).toBe('2001');
    expect(formatDate('2021-08-22', true)).toBe('22 August 2021');
    expect(formatDate('-0044')).toBe('44 BC');
  });
  it('names sources and links only http(s)', () => {
    expect(sourceTitle({ source: 'factbook' })).toBe('CIA World Factbook');
    expect(sourceTitle({ source: 'https://www.example.org/x' })).toBe('example.org');
    expect(sourceHref({ source: 'curated', url: 'javascript:alert(1)' })).toBeUndefined();
    expect(sourceHref({ source: 'https://example.org/a' })).toBe('https://example.org/a');
  });
});
