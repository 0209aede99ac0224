/** The popup's cast section in each state, rendered with Preact into a linkedom document. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { CastSection } from '../../components/popup/Popup';
import type { CastReply } from '../../core/messages';

const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
const saved = (globalThis as { document?: unknown }).document;
beforeAll(() => {
  (globalThis as { document?: unknown }).document = document;
});
afterAll(() => {
  (globalThis as { document?: unknown }).document = saved;
});

const reply: CastReply = {
  host: '127.0.0.1',
  enabled: true,
  published: '2021-08-22',
  cast: [
    { id: 'Q42918', name: 'Taliban', type: 'organization', count: 17 },
    { id: 'Q200029', name: 'Ahmad Shah Massoud', type: 'person', count: 2 },
    { id: 'Q5838', name: 'Kabul', type: 'place', count: 3 },
  ],
};

function show(props: Parameters<typeof CastSection>[0]): Element {
  const root = document.getElementById('root')!;
  render(null, root);
  render(h(CastSection, props), root);
  return root;
}

const base = { active: true, siteOn: true, paused: false, tabId: 1 };

describe('CastSection', () => {
  it('lists the cast grouped, with counts and the article date', () => {
    const root = show({ ...base, state: { status: 'ready', reply } });
    expect([...root.querySelectorAll('.group-title')].map((e) => e.textContent)).toEqual(['People 1', 'Places 1', 'Organizations 1']);
    const taliban = root.querySelector('.cast-item[data-id="Q42918"]')!;
    expect(taliban.querySelector('.count')!.textContent).toBe('17');
    expect(taliban.getAttribute('aria-label')).toBe('Taliban, 17 mentions');
    expect(root.querySelector('.section-sub')!.textContent).toBe('published 22 Aug 2021');
  });

  it('explains each state where there is no cast to show', () => {
    expect(show({ ...base, state: { status: 'unavailable' } }).textContent).toContain("can't read this page");
    expect(show({ ...base, state: { status: 'loading' } }).textContent).toContain('Reading the page');
    expect(show({ ...base, active: false, paused: true, state: { status: 'ready', reply } }).textContent).toContain('paused everywhere');
    expect(show({ ...base, active: false, siteOn: false, state: { status: 'ready', reply } }).textContent).toContain('off for this site');
    const empty = show({ ...base, state: { status: 'ready', reply: { ...reply, cast: [] } } });
    expect(empty.textContent).toContain('No people, places or organizations');
    expect(empty.querySelectorAll('.cast-item')).toHaveLength(0);
  });
});
