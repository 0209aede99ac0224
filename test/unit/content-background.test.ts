/**
 * The background's knowledge service against the built knowledge base (public/kb): annotate builds
 * a card per entity found, cards are as of the publish date (or today), search tolerates typos,
 * and messages that are not ours are left alone.
 */
import { describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { todayPartial } from '../../core/dates';
import { createKbService, handleMessage } from '../../entrypoints/background';
import { readIndexBytes } from '../../scripts/lib/load-kb';

const KB = path.resolve(import.meta.dirname, '../../public/kb');
let loads: string[] = [];
const readJson = (p: string) => JSON.parse(fs.readFileSync(path.join(KB, p.replace(/^\/kb\//, '')), 'utf8'));
const readBytes = async () => readIndexBytes(KB);
const service = createKbService(
  async (p) => {
    loads.push(p);
    return readJson(p);
  },
  async () => {
    loads.push('index');
    return readBytes();
  },
);
const FIXTURE = fs.readFileSync(path.resolve(import.meta.dirname, '../../../shared/fixtures/panjshir-2021-08.txt'), 'utf8');

describe('background knowledge service', () => {
  it('annotates the demo article with mentions and one card per entity, as of the publish date', async () => {
    const reply = await service.annotate(FIXTURE, '2021-08-22');
    expect(reply.mentions.length).toBeGreaterThan(20);
    const ids = new Set(reply.mentions.map((m) => m.id));
    expect(Object.keys(reply.cards).sort()).toEqual([...ids].sort());
    const byName = (n: string) => Object.values(reply.cards).find((c) => c.name === n);
    expect(byName('Ahmad Massoud')?.lines.map((l) => l.text).join(' ')).toMatch(/\b32\b/);
    expect(byName('Ahmad Shah Massoud')?.lines.map((l) => l.text).join(' ')).toMatch(/assassinat/i);
    expect(byName('European Union')?.lines.map((l) => l.text).join(' ')).toMatch(/recogni/i);
    expect(byName('Ahmad Massoud')?.asOf).toBe('2021-08-22');
    // Descriptions ship with the facts, not the index: the card still has one.
    expect(byName('Ahmad Shah Massoud')?.description).toBeTruthy();
  });

  it('adds names no KB holds as in-article mentions and cards (issue 17), unless asked not to', async () => {
    const text =
      'Amrullah Saleh met the Taliban in Kabul on Friday. The talks were arranged by Tobias Wendlinger, a Jesuit priest, who knows both sides well. Wendlinger said the talks would go on for days.';
    const reply = await service.annotate(text, '2021-08-22');
    const own = reply.mentions.filter((m) => m.via === 'article');
    expect(own.map((m) => m.text)).toEqual(['Tobias Wendlinger', 'Wendlinger']);
    const card = reply.cards[own[0].id];
    expect(card).toMatchObject({ name: 'Tobias Wendlinger', type: 'person', lines: [], fromArticle: { descriptions: ['a Jesuit priest'], mentions: 2 } });
    expect(card.description).toBeUndefined();
    // The KB's own names are still linked, in text order with the rest.
    expect(reply.mentions.some((m) => m.text === 'Amrullah Saleh' && m.via !== 'article')).toBe(true);
    expect(reply.mentions.map((m) => m.start)).toEqual([...reply.mentions.map((m) => m.start)].sort((a, b) => a - b));
    const off = (await handleMessage(service, { type: 'annotate', text, published: '2021-08-22', url: '', inArticle: false })) as typeof reply;
    expect(off.mentions.some((m) => m.via === 'article')).toBe(false);
  });

  it("a linked person's card carries the article's own description of them", async () => {
    const text = 'Amrullah Saleh, the first vice president, said on Friday that the valley would hold out against the Taliban.';
    const reply = await service.annotate(text, '2021-08-22');
    const saleh = Object.values(reply.cards).find((c) => c.name === 'Amrullah Saleh');
    expect(saleh?.articleNote).toBe('the first vice president');
  });

  it('loads the index once and each fact shard at most once', async () => {
    loads = [];
    await service.annotate(FIXTURE, '2021-08-22');
    await service.annotate('Kabul and the Taliban.', null);
    expect(loads.filter((p) => p === 'index')).toHaveLength(0); // already loaded by the first test
    expect(new Set(loads).size).toBe(loads.length);
  });

  it('without a publish date, cards are as of today and say so', async () => {
    const reply = await service.annotate('The Taliban took Kabul.', null);
    const card = Object.values(reply.cards)[0];
    expect(card.asOfIsToday).toBe(true);
    expect(card.asOf).toBe(todayPartial());
  });

  it('answers a card request for one entity', async () => {
    const { results } = await service.search('Ahmad Massoud');
    const card = await service.card(results[0].id, '2021-08-22', []);
    expect(card?.name).toBe('Ahmad Massoud');
    expect(await service.card('no-such-id', null, [])).toBeNull();
  });

  it('search tolerates typos: "Massud" finds Ahmad Shah Massoud', async () => {
    const { results } = await service.search('Massud');
    expect(results.map((r) => r.name)).toContain('Ahmad Shah Massoud');
    expect(results.find((r) => r.name === 'Ahmad Shah Massoud')?.description).toBeTruthy();
    expect((await service.search('  ')).results).toEqual([]);
    expect((await service.search('qqxqzzj')).results).toEqual([]);
  });

  it('handleMessage answers our message types only', async () => {
    expect(handleMessage(service, { type: 'cast' })).toBeUndefined();
    expect(handleMessage(service, 'annotate')).toBeUndefined();
    expect(handleMessage(service, { type: 'annotate', text: 42 })).toBeUndefined();
    const r = (await handleMessage(service, { type: 'search', query: 'Kabul' })) as { results: { name: string }[] };
    expect(r.results[0].name).toBe('Kabul');
  });

  it('a failed index load is retried by the next request', async () => {
    let fail = true;
    const flaky = createKbService(async (p) => readJson(p), async () => {
      if (fail) throw new Error('not yet');
      return readBytes();
    });
    await expect(flaky.search('Kabul')).rejects.toThrow('not yet');
    fail = false;
    expect((await flaky.search('Kabul')).results.length).toBeGreaterThan(0);
  });

  it.each([
    ['truncated', (b: Uint8Array) => b.slice(0, b.length >> 1)],
    ['one byte changed', (b: Uint8Array) => { const c = b.slice(); c[c.length >> 1] ^= 0x40; return c; }],
    ['not an index', () => new TextEncoder().encode('{"format":2}')],
  ])('a damaged index (%s) gives no marks and one console warning, never an exception', async (_, damage) => {
    const warnings: unknown[][] = [];
    const warn = vi.spyOn(console, 'warn').mockImplementation((...a: unknown[]) => void warnings.push(a));
    try {
      const good = await readBytes();
      let loadsOfIndex = 0;
      const broken = createKbService(async (p) => readJson(p), async () => {
        loadsOfIndex++;
        return damage(good);
      });
      for (let k = 0; k < 3; k++) {
        expect(await broken.annotate(FIXTURE, '2021-08-22')).toEqual({ mentions: [], cards: {} });
        expect((await broken.search('Kabul')).results).toEqual([]);
        expect(await broken.card('Q1', null, [])).toBeNull();
      }
      expect(loadsOfIndex).toBe(1);
      expect(warnings).toHaveLength(1);
      expect(String(warnings[0][0])).toMatch(/^Backstory index: .*(truncated|checksum|too short)/);
    } finally {
      warn.mockRestore();
    }
  });
});
