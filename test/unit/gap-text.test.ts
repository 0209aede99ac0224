import { describe, expect, it } from 'vitest';
import { listJoint, onlyComma } from '../../core/linking/gap-text';

// The char-code readers replace a slice and a regex per candidate in resolve.ts: they must give the
// regexes' answers exactly, for every gap.
const ALPHABET = [' ', ',', 'a', 'n', 'd', 'o', 'r', '\n', '\u00a0', '\u2003', 'x', '\ufeff', '\u200b', '\u0085'];

function expected(s: string): number {
  return /^\s*,?\s+(?:and|or)\s+$/.test(s) ? 2 : /^\s*,\s*$/.test(s) ? 1 : 0;
}

function* strings(prefix: string, depth: number): Generator<string> {
  yield prefix;
  if (depth === 0) return;
  for (const c of ALPHABET) yield* strings(prefix + c, depth - 1);
}

describe('gap-text', () => {
  it('reads a list joint as /^\\s*,?\\s+(?:and|or)\\s+$/ and /^\\s*,\\s*$/ do, and a lone comma as trim() does', () => {
    let wrong = 0;
    for (const s of strings('', 4)) {
      const text = `Kabul${s}Herat`;
      const a = 5;
      const b = 5 + s.length;
      if (listJoint(text, a, b) !== expected(s) || onlyComma(text, a, b) !== (s.trim() === ',')) wrong++;
    }
    expect(wrong).toBe(0);
  });

  it('tells the usual gaps apart', () => {
    const at = (s: string) => listJoint(`A${s}B`, 1, 1 + s.length);
    expect(at(', ')).toBe(1);
    expect(at(' and ')).toBe(2);
    expect(at(', or ')).toBe(2);
    expect(at(',and ')).toBe(0);
    expect(at(' andor ')).toBe(0);
    expect(at(' ')).toBe(0);
  });
});
