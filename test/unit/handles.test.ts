// A name inside a social-media handle or an e-mail address is part of an identifier, not a mention
// (issue 12, judged marks). Sentences made up here.
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../core/linking/matcher';
import { inHandle } from '../../core/linking/handles';
import { AliasFlag, type CompiledEntity } from '../../core/types';
import { smallIndex } from './match-kb';

const PR = AliasFlag.Primary;
const extra: [CompiledEntity, [string, number][]][] = [
  [{ id: 'x:browns', type: 'organization', subtype: 'sports-team', name: 'Cleveland Browns', prominence: 0.7, country: 'US' }, [['Cleveland Browns', PR], ['Browns', 0]]],
  [{ id: 'x:spurs', type: 'organization', subtype: 'sports-team', name: 'Tottenham Hotspur', prominence: 0.7, country: 'GB' }, [['Tottenham Hotspur', PR], ['Spurs', 0]]],
];
const matcher = createMatcher(smallIndex(extra));
const marks = (text: string) => matcher.find(text).map((m) => `${m.text}@${m.start}`);

describe('a name inside a handle', () => {
  it('is not marked in "@Stats_Browns" or after "@", nor in an e-mail address', () => {
    const text = 'The Cleveland Browns won again. — Stats Desk (@Stats_Browns) November 3, 2019. Mail tips to browns@example.com or @Spurs_fan.';
    expect(marks(text)).toEqual(['Cleveland Browns@4']);
  });

  it('keeps the name in plain words, in a hashtag and next to a dash or a dot', () => {
    expect(marks('The Browns beat the Steelers. #Browns fans cheered; Spurs-Browns? Spurs.').map((m) => m.split('@')[0])).toEqual(['Browns', 'Browns', 'Spurs', 'Browns', 'Spurs']);
  });
});

describe('inHandle', () => {
  it('reads the characters around the span', () => {
    const t = '(@PFF_Browns) and @Browns and Browns_fan and browns@x.org and Browns.com and #Browns';
    const at = (w: string, from = 0) => { const s = t.indexOf(w, from); return inHandle(t, s, s + w.length); };
    expect(at('Browns')).toBe(true);
    expect(at('Browns', t.indexOf('@Browns'))).toBe(true);
    expect(at('Browns_fan'.slice(0, 6), t.indexOf('Browns_fan'))).toBe(true);
    expect(at('browns')).toBe(true);
    expect(at('Browns', t.indexOf('Browns.com'))).toBe(false);
    expect(at('Browns', t.indexOf('#Browns'))).toBe(false);
  });

  it('keeps a name before a reply to a handle (".@Cubs" after a sentence)', () => {
    const t = 'Great night in Browns.@Cubs win!';
    expect(inHandle(t, t.indexOf('Browns'), t.indexOf('Browns') + 6)).toBe(false);
  });
});
