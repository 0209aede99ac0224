import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { askCast, fetchCard, resolveTabId, reveal, searchKb } from '../../components/popup/api';
import { groupCast, mentionsLabel } from '../../components/popup/cast';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('resolveTabId', () => {
  it('uses ?tab=<id> when given (tests open the popup as a page)', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query');
    expect(await resolveTabId('?tab=42')).toBe(42);
    expect(query).not.toHaveBeenCalled();
  });

  it('otherwise asks for the active tab of the current window', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 } as never]);
    expect(await resolveTabId('')).toBe(7);
    expect(await resolveTabId('?tab=abc')).toBe(7);
  });

  it('is null when there is no tab or the query fails', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValueOnce([]).mockRejectedValueOnce(new Error('no'));
    expect(await resolveTabId('')).toBeNull();
    expect(await resolveTabId('')).toBeNull();
  });
});

describe('askCast', () => {
  const reply = {
    host: 'news.example',
    enabled: true,
    published: '2021-08-22',
    cast: [
      { id: 'Q1', name: 'Taliban', type: 'organization', count: 17 },
      { id: 'Q2', name: 'Kabul', type: 'place', count: 5 },
    ],
  };

  it('returns the content script answer', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(reply as never);
    expect(await askCast(3)).toEqual(reply);
    expect(send).toHaveBeenCalledWith(3, { type: 'cast' }, { frameId: 0 });
  });

  it('is null when no content script listens (chrome:// pages) or the answer is malformed', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValueOnce(undefined as never)
      .mockResolvedValueOnce({ host: 1 } as never);
    expect(await askCast(3)).toBeNull();
    expect(await askCast(3)).toBeNull();
    expect(await askCast(3)).toBeNull();
  });

  it('drops malformed cast entries', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ...reply, cast: [...reply.cast, null, { id: 'x' }] } as never);
    expect((await askCast(3))?.cast).toHaveLength(2);
  });
});

describe('messages to tab and background', () => {
  it('reveal sends the entity id to the tab and survives a missing content script', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValueOnce(undefined as never).mockRejectedValueOnce(new Error('gone'));
    expect(await reveal(9, 'Q123')).toBe(true);
    expect(send).toHaveBeenCalledWith(9, { type: 'reveal', id: 'Q123' }, { frameId: 0 });
    expect(await reveal(9, 'Q123')).toBe(false);
  });

  it('search asks the background and tolerates bad answers', async () => {
    const results = [{ id: 'Q1', name: 'Ahmad Shah Massoud', type: 'person', description: 'Afghan commander' }];
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValueOnce({ results }).mockResolvedValueOnce(undefined).mockRejectedValueOnce(new Error('x'));
    expect(await searchKb('Massud')).toEqual(results);
    expect(send).toHaveBeenCalledWith({ type: 'search', query: 'Massud' });
    expect(await searchKb('Massud')).toEqual([]);
    expect(await searchKb('Massud')).toEqual([]);
    expect(await searchKb('   ')).toEqual([]);
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('card asks for the entity with no article context', async () => {
    const model = { id: 'Q1', name: 'X', type: 'person', lines: [], asOf: '2026-11-25', asOfIsToday: true };
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValueOnce(model).mockResolvedValueOnce({ error: 'unknown' });
    expect(await fetchCard('Q1')).toEqual(model);
    expect(send).toHaveBeenCalledWith({ type: 'card', id: 'Q1', published: null, articleIds: [] });
    expect(await fetchCard('Q1')).toBeNull();
  });
});

describe('groupCast', () => {
  it('groups people, places, organizations in that order, most mentioned first', () => {
    const groups = groupCast([
      { id: 'o1', name: 'Taliban', type: 'organization', count: 17 },
      { id: 'p1', name: 'Ahmad Massoud', type: 'person', count: 6 },
      { id: 'l1', name: 'Kabul', type: 'place', count: 4 },
      { id: 'p2', name: 'Ahmad Shah Massoud', type: 'person', count: 6 },
      { id: 'p3', name: 'Amrullah Saleh', type: 'person', count: 9 },
    ]);
    expect(groups.map((g) => g.title)).toEqual(['People', 'Places', 'Organizations']);
    expect(groups[0].entries.map((e) => e.name)).toEqual(['Amrullah Saleh', 'Ahmad Massoud', 'Ahmad Shah Massoud']);
  });

  it('leaves out empty groups', () => {
    expect(groupCast([{ id: 'l', name: 'Kabul', type: 'place', count: 1 }]).map((g) => g.type)).toEqual(['place']);
    expect(groupCast([])).toEqual([]);
  });

  it('labels counts', () => {
    expect(mentionsLabel(1)).toBe('1 mention');
    expect(mentionsLabel(17)).toBe('17 mentions');
  });
});

describe('card for a search result in the open article', () => {
  it('asks with the article date and cast', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ id: 'Q1', name: 'X', type: 'person', lines: [], asOf: '2021-08-22', asOfIsToday: false });
    await fetchCard('Q1', { published: '2021-08-22', articleIds: ['Q1', 'Q2'] });
    expect(send).toHaveBeenCalledWith({ type: 'card', id: 'Q1', published: '2021-08-22', articleIds: ['Q1', 'Q2'] });
  });
});
