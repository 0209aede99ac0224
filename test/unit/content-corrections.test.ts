import { describe, expect, it } from 'vitest';
import { correctionFor, hiddenOn, MAX_CORRECTIONS, MAX_CORRECTIONS_CHARS, pageKey, withCorrection, type StoredCorrection } from '../../core/corrections';

describe('"Not this one" corrections (issue 16)', () => {
  it('keep the page as origin + path: no query, no fragment', () => {
    expect(pageKey('https://news.example/world/story?utm=1&token=abc#c2')).toBe('https://news.example/world/story');
    expect(pageKey('about:srcdoc')).toBe('about:srcdoc');
    expect(pageKey('not a url')).toBe('');
    expect(correctionFor('https://a.example/p?q=1', 'x'.repeat(5000), 'Q1').text).toHaveLength(200);
  });

  it('are stored once per page and entity', () => {
    const first = withCorrection(undefined, correctionFor('https://a.example/p?x=1', 'Kabul', 'Q5838'))!;
    expect(first).toHaveLength(1);
    expect(withCorrection(first, correctionFor('https://a.example/p?x=2#y', 'Kabul', 'Q5838'))).toBeNull();
    expect(withCorrection(first, correctionFor('https://a.example/other', 'Kabul', 'Q5838'))).toHaveLength(2);
  });

  it('are capped in count and size, the oldest dropped, older full URLs normalized', () => {
    let list: StoredCorrection[] = [{ url: 'https://old.example/a?secret=1', text: 'Old', id: 'Q0', at: 0 }];
    for (let i = 1; i <= MAX_CORRECTIONS + 50; i++) list = withCorrection(list, correctionFor(`https://a.example/p${i}`, 'Kabul', `Q${i}`))!;
    expect(list).toHaveLength(MAX_CORRECTIONS);
    expect(list.at(-1)!.id).toBe(`Q${MAX_CORRECTIONS + 50}`);
    expect(list.some((c) => c.id === 'Q0')).toBe(false);
    let big: StoredCorrection[] = [{ url: 'https://old.example/a?secret=1', text: 'Old', id: 'Q0', at: 0 }];
    for (let i = 0; i < 400; i++) big = withCorrection(big, correctionFor(`https://a.example/${'p'.repeat(400)}${i}`, 'y'.repeat(300), `Q${i}`))!;
    expect(JSON.stringify(big).length).toBeLessThanOrEqual(MAX_CORRECTIONS_CHARS);
    expect(big.at(-1)!.id).toBe('Q399');
    expect(big.every((c) => !c.url.includes('?'))).toBe(true);
  });

  it('hide ids on the same page whatever its query', () => {
    const stored = [{ url: 'https://a.example/p?x=1', text: 'Kabul', id: 'Q1', at: 'x' }, { url: 'https://a.example/q', text: 'T', id: 'Q2', at: 1 }, null, 7];
    expect(hiddenOn(stored, 'https://a.example/p#frag')).toEqual(['Q1']);
  });
});
