/**
 * The binary index (core/kb/kb-format.ts) against the index in object form it is written from: the
 * matcher must give the same mentions on every corpus article (181 pages, the dev set's among them)
 * and the demo article; a damaged file must be refused with a KbFormatError.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../core/linking/matcher';
import { KbFormatError, readIndex } from '../../core/kb/kb-format';
import { compile } from '../../scripts/data/lib/compile';
import { loadAndValidate } from '../../scripts/data/lib/pipeline';
import { indexBytes } from '../../scripts/data/lib/write-kb';
import { PAGES_DIR, articleBody } from '../../scripts/devset/corpus';
import { readDemoText } from '../demo-gold';

const pages = fs.readdirSync(PAGES_DIR).filter((d) => fs.existsSync(path.join(PAGES_DIR, d, 'ground-truth.json'))).sort();

describe('binary index', () => {
  const { merged, sources } = loadAndValidate();
  const { index } = compile(merged, sources);
  const bytes = indexBytes(index);
  const fromObjects = createMatcher(index);
  const fromFile = createMatcher(readIndex(bytes));

  it('finds exactly what the index in object form finds, on all 181 corpus articles and the demo', { timeout: 120_000 }, () => {
    expect(pages).toHaveLength(181);
    let mentions = 0;
    for (const p of pages) {
      const text = articleBody(p);
      const want = fromObjects.find(text);
      expect(fromFile.find(text), p).toEqual(want);
      mentions += want.length;
    }
    expect(mentions).toBeGreaterThan(2000);
    expect(fromFile.find(readDemoText())).toEqual(fromObjects.find(readDemoText()));
  });

  it('gives back the same entities, made on first read', () => {
    for (const e of index.entities.slice(0, 2000)) {
      const { description: _, ...want } = e;
      expect(fromFile.entity(e.id)).toEqual(want);
    }
    expect(fromFile.entity('no-such-id')).toBeUndefined();
  });

  it('refuses a truncated, damaged or foreign file', () => {
    const flip = (at: number) => {
      const c = bytes.slice();
      c[at] ^= 1;
      return c;
    };
    expect(() => readIndex(bytes.slice(0, bytes.length - 8))).toThrow(/truncated/);
    expect(() => readIndex(bytes.slice(0, 10))).toThrow(/too short/);
    expect(() => readIndex(flip(bytes.length - 3))).toThrow(/checksum/);
    expect(() => readIndex(flip(bytes.length >> 1))).toThrow(KbFormatError);
    expect(() => readIndex(flip(0))).toThrow(/magic/);
    expect(() => readIndex(flip(4))).toThrow(/version/);
    // A count in the header is covered by the checksum too.
    expect(() => readIndex(flip(16))).toThrow(/checksum/);
  });

  it('is deterministic', { timeout: 120_000 }, () => {
    expect(Buffer.from(indexBytes(compile(merged, sources).index)).equals(Buffer.from(bytes))).toBe(true);
  });
});
