// A hostile page gets bounded work and no exception: shapes of text that made the linker's rules
// quadratic (a scan back to the text's start per candidate, a regex backtracking over a run of spaces,
// every candidate scanned per question). Each text is 200 KB; before the fix the worst took minutes.
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../core/linking/matcher';
import { loadKb } from '../../scripts/lib/load-kb';

const matcher = createMatcher(loadKb('public/kb').index);
const SIZE = 200_000;
const rep = (s: string) => s.repeat(Math.ceil(SIZE / s.length)).slice(0, SIZE);

const SHAPES: Record<string, string> = {
  'a list with no line break': rep('Paris, London, Berlin, Madrid, '),
  'datelines': rep('Gaza 11-15 (AFP) -'),
  'title-case names': rep('The Queen Victoria '),
  'shared heads': rep('the Tokyo and London Stock Exchanges '),
  'first names in pairs': rep('David and Victoria and '),
  'company short names': rep('Burlington Industries Inc. '),
  'a kin word, then spaces': 'his wife' + ' '.repeat(SIZE) + '. Miriam',
  'a list separator of spaces': 'Paris' + ' '.repeat(SIZE) + '. Counties',
  'bodies named in full and short': rep('The UN Security Council met. The Security Council said. '),
  'firms and their first words': rep('Ford Motor Co said. Ford said. Rolls Royce Plc said. Rolls rose. '),
  'middle initials': rep('Timothy F. Geithner and John M. Ford met. '),
};

describe('hostile text', () => {
  for (const [name, text] of Object.entries(SHAPES)) {
    it(`links ${name} without an exception, at most one mark per word`, () => {
      const marks = matcher.find(text);
      expect(marks.length).toBeLessThanOrEqual(text.split(/\s+/).length);
      for (const m of marks) expect(m.end).toBeGreaterThan(m.start);
    });
  }
});
