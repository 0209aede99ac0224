/**
 * The demo article against its gold file, with the real built knowledge base (public/kb).
 * Every gold entity must be found with exactly its mention count (57 mentions, 22 entities), no
 * mention may link anywhere the gold does not allow, and nothing in mustNotMark may be marked.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../core/linking/matcher';
import type { KbIndex, Mention } from '../../core/types';
import { loadKb } from '../../scripts/lib/load-kb';
import { readDemoGold, readDemoText } from '../demo-gold';

/** public/kb/index.bin (run `npm run data:build` first). */
function loadIndex(): KbIndex {
  return loadKb().index;
}

const stripPossessive = (s: string) => s.replace(/['’]s$/, '');

describe('demo article (panjshir-2021-08) with the built knowledge base', () => {
  const index = loadIndex();
  const matcher = createMatcher(index);
  const text = readDemoText();
  const gold = readDemoGold();
  const mentions = matcher.find(text);

  /** Gold name → entity id, through the knowledge base's names (then its aliases); among
   *  namesakes (a city and a province called Kabul) the most prominent. */
  const idOf = (name: string, type?: string): string | undefined => {
    const lower = name.toLowerCase();
    const fits = (i: number) => !type || index.entities[i].type === type;
    let pool = index.entities.map((_, i) => i).filter((i) => index.entities[i].name.toLowerCase() === lower && fits(i));
    if (pool.length === 0) pool = index.aliases.filter(([a, i]) => a.toLowerCase() === lower && fits(i)).map(([, i]) => i);
    pool.sort((a, b) => index.entities[b].prominence - index.entities[a].prominence || a - b);
    return pool.length ? index.entities[pool[0]].id : undefined;
  };

  const goldIds = gold.entities.map((g) => ({
    g,
    id: idOf(g.name, g.type),
    also: (g.also ?? []).map((n) => idOf(n)).filter((x): x is string => !!x),
  }));
  /** Names of optional entries ("Afghan (demonym of Afghanistan)" → "afghan"). */
  const optional = gold.optional.map((o) => o.replace(/\s*\(.*\)$/, '').toLowerCase());
  const isOptional = (m: Mention) => {
    const t = m.text.toLowerCase();
    const name = matcher.entity(m.id)?.name.toLowerCase() ?? '';
    return optional.some((o) => o === t || o.startsWith(t + ' ') || o === name);
  };

  it('the knowledge base holds every gold entity', () => {
    const missing = goldIds.filter((x) => !x.id).map((x) => x.g.name);
    expect(missing, `entities missing from public/kb (data/curated or importers)`).toEqual([]);
  });

  it('finds every gold entity with its mention count, and nothing the gold does not allow', () => {
    const counts = new Map<string, number>();
    const unexpected: string[] = [];
    for (const m of mentions) {
      const surface = stripPossessive(m.text).replace(/\s+/g, ' ');
      // A mention of an "also" entity may be longer than the listed surface: "EU Council" for the EU.
      const owner = goldIds.find(
        (x) =>
          (x.id === m.id && x.g.surfaces.some((s) => stripPossessive(s) === surface)) ||
          (x.also.includes(m.id) && x.g.surfaces.some((s) => surface === stripPossessive(s) || surface.startsWith(stripPossessive(s) + ' '))),
      );
      if (owner) counts.set(owner.g.name, (counts.get(owner.g.name) ?? 0) + 1);
      else if (!isOptional(m)) unexpected.push(`${m.text}@${m.start}→${matcher.entity(m.id)?.name}`);
    }
    const got = Object.fromEntries(gold.entities.map((g) => [g.name, counts.get(g.name) ?? 0]));
    const want = Object.fromEntries(gold.entities.map((g) => [g.name, g.mentions]));
    expect(got).toEqual(want);
    expect(unexpected).toEqual([]);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(57);
    expect(gold.entities.length).toBe(22);
  });

  it('links the bare "Massoud" to the son, never to the father', () => {
    const bare = mentions.filter((m) => m.text === 'Massoud');
    expect(bare.length).toBe(2);
    for (const m of bare) expect(matcher.entity(m.id)?.name).toBe('Ahmad Massoud');
  });

  it('marks nothing in mustNotMark', () => {
    const bad = mentions.filter((m) => {
      const name = matcher.entity(m.id)?.name ?? '';
      return (
        (m.text === 'Washington' || /^(Washington|Washington, D\.C\.|George Washington)$/.test(name)) ||
        m.text === 'Arabic' ||
        m.text === 'who' ||
        m.text === 'Sunday' ||
        m.text === 'Saturday' ||
        /Vice President/.test(m.text)
      );
    });
    expect(bad.map((m) => `${m.text}@${m.start}`)).toEqual([]);
    // And the list itself is what we check above (so a changed gold file is noticed).
    expect(gold.mustNotMark.map((s) => s.split(' ')[0])).toEqual(['Washington', 'Arabic', 'who', 'Sunday', 'Saturday', 'Vice']);
  });

  it('gives offsets that slice back to the mention text', () => {
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
