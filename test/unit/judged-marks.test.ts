// The judged marks (issue 12): a hand-judged verdict for every mark the linker made on the corpus pages we
// may read (scripts/devset/risky.ts). The file must stay judgeable: no held-out dev page, spans that fit
// their surface in the article, the known verdicts and kinds, and short notes of our own (no article text).
import { describe, expect, it } from 'vitest';
import { articleBody } from '../../scripts/devset/corpus';
import { splitPages } from '../../scripts/devset/split';
import { mentionKey, presentMentions, readJudged, readablePages, riskyMarks, scoreJudged, scoreMentions, unjudgedMentions } from '../../scripts/devset/risky';
import { loadKb } from '../../scripts/lib/load-kb';

const judged = readJudged('test/devset/judged-marks.jsonl');
const KINDS = new Set(['nil-person', 'nil-org', 'wrong-place', 'team-for-place', 'fragment', 'word', 'title', 'other']);

describe('judged marks', () => {
  it('holds one verdict per (page, entity) and per judged mention, none on a held-out dev page', () => {
    expect(judged.length).toBeGreaterThan(1000);
    const keys = judged.filter((j) => j.scope !== 'mention').map((j) => `${j.page}|${j.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    const spans = judged.filter((j) => j.scope === 'mention').map(mentionKey);
    expect(spans.length).toBeGreaterThan(1000);
    expect(new Set(spans).size).toBe(spans.length);
    expect(judged.filter((j) => j.scope !== undefined && j.scope !== 'mention')).toEqual([]);
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

/** Floors on today's linker (`npx tsx scripts/devset/risky.ts --judged test/devset/judged-marks.jsonl`):
 *  judged at f3d42cf, right 1,032 / wrong 69; after the issue-12 rules of 2026-12-07 right kept 1,031,
 *  wrong kept 34 (precision on the judged marks shown 0.968, from 0.937); after the ELEVANT tuning-set
 *  rules right kept 1,079 / 1,080, wrong kept 30 / 71 (precision 0.973); after ELEVANT round 3 (44 state
 *  abbreviations and one city judged since) right kept 1,128 / 1,129, wrong kept 25 / 74 (precision 0.978);
 *  after the lead's round (KB 2026-12-07.9) wrong kept 24 / 74 (precision 0.979); the recall round (KB
 *  2026-12-07.10) judged one more wrong mark ("John M. Ford", not kept): wrong kept 24 / 75; things named
 *  after a place ("1 Fresno chile", KB 2026-12-07.17): wrong kept 22 / 75 (precision 0.981); ELEVANT round 5
 *  ("Ascom North America" is a firm's arm): wrong kept 21 / 75 (precision 0.982); a region named by generic
 *  words alone needs its country ("the National Capital" in a Delhi story): wrong kept 20 / 75 (0.983); "BPA-free"
 *  names a substance: wrong kept 19 / 75 (0.984); judge7's rules (masthead, lede subject): wrong kept 16 / 75. */
describe('the linker on the judged marks', () => {
  it('keeps the right marks and leaves the wrong ones', { timeout: 120_000 }, () => {
    const { marks } = riskyMarks(loadKb(), readablePages(), true);
    const s = scoreJudged(judged, marks, new Set(marks.map((m) => `${m.page}|${m.id}`)));
    expect(s.rightKept / s.right).toBeGreaterThanOrEqual(0.995);
    expect(s.wrongKept).toBeLessThanOrEqual(16);
    expect(s.rightKept / (s.rightKept + s.wrongKept)).toBeGreaterThanOrEqual(0.98);
  });
});

/** Floors on the mention verdicts (judge7, 2026-12-08: every later mention on the 166 pages judged, 1,642
 *  right and 16 wrong): the handle, firm-arm, masthead, lede-subject, currency and single-quote rules leave 4 wrong
 *  kept ("Mavic Mini", "ICICI Securities", a college's "Eagles", Columbus, Indiana), every right one kept. */
describe('the linker on the judged mentions', () => {
  it('keeps the right mentions, leaves the wrong ones, and makes none nobody judged', { timeout: 120_000 }, () => {
    const mentions = presentMentions(loadKb(), readablePages());
    const s = scoreMentions(judged, new Set(mentions.keys()));
    expect(s.right).toBeGreaterThan(1600);
    expect(s.rightKept / s.right).toBeGreaterThanOrEqual(0.999);
    expect(s.wrongKept).toBeLessThanOrEqual(4);
    expect(unjudgedMentions(judged, mentions).length).toBeLessThanOrEqual(10);
  });
});
