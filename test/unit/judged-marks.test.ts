// The judged marks (issue 12): a hand-judged verdict for every mark the linker made on the corpus pages we
// may read (scripts/devset/risky.ts). The file must stay judgeable: no held-out dev page, spans that fit
// their surface in the article, the known verdicts and kinds, and short notes of our own (no article text).
import { describe, expect, it } from 'vitest';
import { articleBody } from '../../scripts/devset/corpus';
import { splitPages } from '../../scripts/devset/split';
import { readJudged } from '../../scripts/devset/risky';

const judged = readJudged('test/devset/judged-marks.jsonl');
const KINDS = new Set(['nil-person', 'nil-org', 'wrong-place', 'team-for-place', 'fragment', 'word', 'title', 'other']);

describe('judged marks', () => {
  it('holds one verdict per (page, entity), none on a held-out dev page', () => {
    expect(judged.length).toBeGreaterThan(1000);
    const keys = judged.map((j) => `${j.page}|${j.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    const heldOut = new Set(splitPages().heldOut);
    expect(heldOut.size).toBeGreaterThan(0);
    expect(judged.filter((j) => heldOut.has(j.page)).map((j) => j.page)).toEqual([]);
  });

  it('gives each span its surface in the article, a known verdict, and a kind for each wrong mark', () => {
    const bad = judged.filter((j) => {
      const text = articleBody(j.page);
      return (
        text.slice(j.start, j.end) !== j.surface ||
        !['right', 'wrong', 'unsure'].includes(j.verdict) ||
        (j.verdict === 'wrong' && !KINDS.has(j.kind ?? '')) ||
        (j.note ?? '').length > 110
      );
    });
    expect(bad).toEqual([]);
  });
});
