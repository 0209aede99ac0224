// Words in capitals that are no person's name (issue 12): an acronym amid lower-case words ("lots of
// NAS"), a first name in capitals before a surname in capitals ("By DAVID FIRESTONE"). Sentences made up here.
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../core/linking/matcher';
import { AliasFlag, type CompiledEntity } from '../../core/types';
import { smallIndex } from './match-kb';

const { Primary: PR, CaseSensitive: CS } = AliasFlag;
const extra: [CompiledEntity, [string, number][]][] = [
  [{ id: 'x:nas', type: 'person', subtype: 'singer', name: 'Nas', prominence: 0.7, country: 'US' }, [['Nas', PR]]],
  [{ id: 'x:david', type: 'person', subtype: 'politician', name: 'David', prominence: 0.85 }, [['David', PR]]],
  [{ id: 'x:dm', type: 'person', name: 'David Miller', prominence: 0.4 }, [['David Miller', PR]]],
  // A town and a surname of that name too, as in the real index (David, Panama; Larry David).
  [{ id: 'x:david-pa', type: 'place', subtype: 'city', name: 'David', prominence: 0.4, country: 'PA' }, [['David', PR]]],
  [{ id: 'x:ld', type: 'person', name: 'Larry David', prominence: 0.6, country: 'US' }, [['Larry David', PR], ['David', AliasFlag.Partial]]],
  [{ id: 'x:obama', type: 'person', subtype: 'politician', name: 'Barack Obama', prominence: 0.95, country: 'US' }, [['Barack Obama', PR], ['Obama', 0]]],
  [{ id: 'x:aoc', type: 'person', subtype: 'politician', name: 'Alexandria Ocasio-Cortez', prominence: 0.7, country: 'US' }, [['Alexandria Ocasio-Cortez', PR], ['AOC', CS]]],
];
const matcher = createMatcher(smallIndex(extra));
const marks = (text: string) => matcher.find(text).map((m) => `${m.text}→${m.id}`);

describe('a word in capitals amid lower-case words', () => {
  it('is an acronym, not a person whose name is not written so ("lots of NAS")', () => {
    expect(marks('The router is fine unless you run lots of NAS at home.')).toEqual([]);
    expect(marks('NAS boxes are cheap now.')).toEqual([]);
  });

  it('keeps the name in a heading in capitals, in its own case, and an alias its bearer writes in capitals', () => {
    expect(marks('NAS RELEASES NEW ALBUM')).toEqual(['NAS→x:nas']);
    expect(marks('The rapper Nas released an album.')).toEqual(['Nas→x:nas']);
    expect(marks('Nancy Pelosi praised AOC on Tuesday.')).toContain('AOC→x:aoc');
  });
});

describe('a first name in capitals before another word in capitals', () => {
  it('is someone\'s full name, not the one-name figure ("By DAVID FIRESTONE")', () => {
    expect(marks('By DAVID FIRESTONE\nThe vote was close.')).toEqual([]);
  });

  it('keeps a surname in a heading ("HOW WILL OBAMA PLAY?") and the one-name figure in its own case', () => {
    expect(marks('HOW WILL OBAMA PLAY?')).toEqual(['OBAMA→x:obama']);
    expect(marks('The psalms of King David are old.')).toContain('David→x:david');
  });
});
