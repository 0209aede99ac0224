// "Toyota of Canada president": a firm's name, "of" and a place before one of its officers name the
// firm's national arm; the place is part of that name (issue 12). Sentences made up here.
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../core/linking/matcher';
import { AliasFlag, type CompiledEntity } from '../../core/types';
import { smallIndex } from './match-kb';

const PR = AliasFlag.Primary;
const extra: [CompiledEntity, [string, number][]][] = [
  [{ id: 'x:ca', type: 'place', subtype: 'country', name: 'Canada', prominence: 0.9, country: 'CA' }, [['Canada', PR]]],
  [{ id: 'x:toyota', type: 'organization', subtype: 'company', name: 'Toyota', prominence: 0.9, country: 'JP' }, [['Toyota', PR]]],
  [{ id: 'x:ceo', type: 'organization', subtype: 'utility', name: 'Compañía Energética de Occidente', prominence: 0.46, country: 'CO' }, [['CEO', AliasFlag.CaseSensitive]]],
];
const matcher = createMatcher(smallIndex(extra));
const marks = (text: string) => matcher.find(text).map((m) => `${m.text}→${m.id}`);

describe("a firm's national arm", () => {
  it('leaves the place unmarked before one of its officers', () => {
    expect(marks('Toyota of Canada president Larry Hutchinson said sales rose.')).not.toContain('Canada→x:ca');
    expect(marks('We will keep moving forward, said GM of Canada spokeswoman Adria MacKenzie.')).not.toContain('Canada→x:ca');
  });

  it('marks the place where it says where a firm is, or after an office', () => {
    expect(marks('Toyota Co of Canada said sales rose, and Toyota opened a plant in Canada.')).toContain('Canada→x:ca');
    expect(marks('The CEO of Canada spokesman said no.')).toEqual(['Canada→x:ca']);
    expect(marks('Toyota said its Canada president would retire.')).toEqual(['Toyota→x:toyota', 'Canada→x:ca']);
  });
});
