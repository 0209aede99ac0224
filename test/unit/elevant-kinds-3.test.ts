// Kinds of wrong marks found on ELEVANT's tuning sets, round 3 (issue 12): one campus of a university
// system, a university's team, a quoted name that goes on outside its quotes. One block per kind, each
// with cases that keep their mark. The sentences are made up here, after the kind; no benchmark text.
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../core/linking/matcher';
import { AliasFlag, type CompiledEntity } from '../../core/types';
import { smallIndex } from './match-kb';

const PR = AliasFlag.Primary;
const extra: [CompiledEntity, [string, number][]][] = [
  [{ id: 'bs:uc', type: 'organization', subtype: 'university', name: 'University of California', prominence: 0.7, country: 'US' }, [['University of California', PR]]],
  [{ id: 'bs:ui', type: 'organization', subtype: 'university', name: 'University of Illinois', prominence: 0.6, country: 'US' }, [['University of Illinois', PR]]],
  [{ id: 'bs:lsu', type: 'organization', subtype: 'university', name: 'Louisiana State University', prominence: 0.55, country: 'US' }, [['Louisiana State University', PR], ['LSU', AliasFlag.CaseSensitive]]],
  [{ id: 'Q1297', type: 'place', subtype: 'city', name: 'Chicago', prominence: 0.83, country: 'US', related: ['Q30'] }, [['Chicago', PR]]],
  [{ id: 'Q16552', type: 'place', subtype: 'city', name: 'San Diego', prominence: 0.75, country: 'US', related: ['Q30'] }, [['San Diego', PR]]],
  [{ id: 'us:berkeley', type: 'place', subtype: 'city', name: 'Berkeley', prominence: 0.6, country: 'US', related: ['Q30'] }, [['Berkeley', PR]]],
  [{ id: 'bs:billboard', type: 'organization', subtype: 'news-outlet', name: 'Billboard', prominence: 0.6, country: 'US' }, [['Billboard', PR]]],
];

const matcher = createMatcher(smallIndex(extra));
const ids = (text: string) => matcher.find(text).map((m) => `${m.text}=${m.id}`);

describe('one campus of a university system is neither the system nor the town', () => {
  it('marks neither in "University of X at Y" nor in "University of X-Y"', () => {
    expect(ids('She became a professor of physics at the University of Illinois at Chicago in 1990.')).toEqual([]);
    expect(ids('He studied geology at the University of California at San Diego.')).toEqual([]);
    expect(ids('He studied paleontology at the University of California-Berkeley before the war.')).toEqual([]);
  });
  it('keeps the university before "at" and a lower-case word, and the town elsewhere', () => {
    expect(ids('She taught at the University of Illinois at the time, then moved to Chicago.')).toEqual(['University of Illinois=bs:ui', 'Chicago=Q1297']);
    expect(ids('He enrolled at the University of California at age 17.')).toEqual(['University of California=bs:uc']);
    expect(ids('The University of California said enrolment in San Diego rose.')).toEqual(['University of California=bs:uc', 'San Diego=Q16552']);
  });
});

describe("a university's team is not the university", () => {
  it('marks no university before a team role and a name', () => {
    expect(ids('"We have a long way to go," LSU coach Les Miles said on Tuesday.')).toEqual([]);
  });
  it('keeps the university elsewhere', () => {
    expect(ids('LSU researchers said the levees held.')).toEqual(['LSU=bs:lsu']);
    expect(ids('Louisiana State University raised its tuition.')).toEqual(['Louisiana State University=bs:lsu']);
  });
});

describe('a quoted name that goes on outside its quotes is the head of a longer name', () => {
  it('marks no "Billboard" before "Hot 100" or a number', () => {
    expect(ids('The song peaked at number 12 on the US "Billboard" Hot 100 in 1989.')).toEqual(['US=Q30']);
    expect(ids('The album entered the "Billboard" 200 at number five.')).toEqual([]);
  });
  it('keeps a quoted name followed by a lower-case word or a day, and the name unquoted', () => {
    expect(ids('The magazine "Billboard" said the single sold well.')).toEqual(['Billboard=bs:billboard']);
    expect(ids('The single topped a chart "Billboard" Monday published.')).toEqual(['Billboard=bs:billboard']);
    expect(ids('Billboard said the single sold well.')).toEqual(['Billboard=bs:billboard']);
  });
});
