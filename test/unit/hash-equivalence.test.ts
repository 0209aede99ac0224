// The matcher's shortcuts hash words without making strings (issue 13): each must give what the
// string path gives, on any input, or a name would be skipped. Random strings over a hostile alphabet.
import { describe, expect, it } from 'vitest';
import { tokenize, wordHashes } from '../../core/linking/tokenize';
import { runSkeletonHash, skeletonHash } from '../../core/linking/fuzzy';
import { skeleton } from '../../core/linking/normalize';

const ALPHABET = ['a', 'B', 'q', 'h', 'y', 'w', 'Q', 'H', ' ', '-', '.', "'", '&', 'é', '\u00ad', '\u200b', '1', 'Ä', 'ß', 'İ', '\u0301', '\ud83d\ude00', 'x', 'Z', ',', '  ', 'ﬁ', 'Σ', 'ς'];

function* randomStrings(n: number): Generator<string> {
  let seed = 12345;
  const rnd = (k: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % k);
  for (let i = 0; i < n; i++) {
    let s = '';
    for (let j = 1 + rnd(14); j > 0; j--) s += ALPHABET[rnd(ALPHABET.length)];
    yield s;
  }
}

describe('string-free hashes', () => {
  it('wordHashes gives the hashes tokenize gives', () => {
    for (const s of randomStrings(20_000)) {
      const tk = tokenize(s);
      expect(wordHashes(s), JSON.stringify(s)).toEqual(Array.from(tk.hash.slice(0, tk.count)));
    }
  });

  it("runSkeletonHash gives the skeleton hash of the run's words, or -1 (maybe) off ASCII", () => {
    for (const s of randomStrings(20_000)) {
      const tk = tokenize(s);
      if (tk.count < 2) continue;
      const h = runSkeletonHash(s, tk.start, tk.end, 0, tk.count);
      const want = skeletonHash(Array.from({ length: tk.count }, (_, t) => skeleton(tk.key(t))).join(' '));
      if (h !== -1) expect(h, JSON.stringify(s)).toBe(want);
      if (/^[\x00-\x7f]*$/.test(s)) expect(h, JSON.stringify(s)).toBe(want);
    }
  });
});
