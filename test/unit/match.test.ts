import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../core/linking/matcher';
import { tokenize, Gap, TokFlag } from '../../core/linking/tokenize';
import { foldKey, skeleton } from '../../core/linking/normalize';
import { smallIndex } from './match-kb';

const matcher = createMatcher(smallIndex());
/** "surface→name" for every mention, in order. */
const marks = (text: string) => matcher.find(text).map((m) => `${m.text}→${matcher.entity(m.id)!.name}`);

describe('tokenize', () => {
  it('splits words, keeps UTF-16 offsets and classifies gaps', () => {
    const text = 'al-Qaeda’s “Taliban”. U.S. — 💥 São';
    const t = tokenize(text);
    const words = Array.from({ length: t.count }, (_, i) => text.slice(t.start[i], t.end[i]));
    expect(words).toEqual(['al', 'Qaeda', 's', 'Taliban', 'U', 'S', 'São']);
    expect(Array.from({ length: t.count }, (_, i) => t.key(i))).toEqual(['al', 'qaeda', 's', 'taliban', 'u', 's', 'sao']);
    expect(t.keyIs(1, 'qaeda') && !t.keyIs(1, 'qaida')).toBe(true);
    expect(Array.from(t.gap.slice(0, t.count))).toEqual([Gap.Break, Gap.Space, Gap.Apos, Gap.Break, Gap.Break, Gap.Period, Gap.Break]);
    expect(t.flags[3] & TokFlag.Cap).toBeTruthy();
    expect(t.flags[4] & TokFlag.SentStart).toBeTruthy();
  });

  it('keeps a single line break inside a name but not a paragraph break', () => {
    expect(tokenize('Ahmad\nMassoud').gap[1]).toBe(Gap.Space);
    expect(tokenize('Ahmad\n\nMassoud').gap[1]).toBe(Gap.Break);
  });

  it('folds diacritics and special letters', () => {
    expect(foldKey('Panjshēr')).toBe('panjsher');
    expect(foldKey('Łódź')).toBe('lodz');
    expect(foldKey('Straße')).toBe('strasse');
    expect(skeleton('massoud')).toBe(skeleton('masood'));
    expect(skeleton('massud')).toBe(skeleton('massoud'));
  });
});

describe('case and form', () => {
  it('links WHO and US only in capitals', () => {
    expect(marks('WHO said the US would help us, who knows.')).toEqual(['WHO→World Health Organization', 'US→United States']);
    expect(marks('Who is in charge? Us.')).toEqual([]);
  });

  it('excludes the possessive, straight or curly, from the mention', () => {
    const ms = matcher.find('The Taliban’s rise and the European Union’s answer; Afghanistan\'s future.');
    expect(ms.map((m) => m.text)).toEqual(['Taliban', 'European Union', 'Afghanistan']);
    for (const m of ms) expect(m.text).toBe('The Taliban’s rise and the European Union’s answer; Afghanistan\'s future.'.slice(m.start, m.end));
  });

  it('treats hyphens, dashes and spaces alike, and ignores diacritics', () => {
    expect(marks('al-Qaeda, al Qaeda, al–Qaeda, Al Qaida and Sao Paulo and São Paulo')).toEqual([
      'al-Qaeda→al-Qaeda',
      'al Qaeda→al-Qaeda',
      'al–Qaeda→al-Qaeda',
      'Al Qaida→al-Qaeda',
      'Sao Paulo→São Paulo',
      'São Paulo→São Paulo',
    ]);
  });

  it('matches a name broken over a line', () => {
    expect(marks('he met Ahmad Shah\nMassoud there')).toEqual(['Ahmad Shah\nMassoud→Ahmad Shah Massoud']);
  });

  it('needs capitals where the alias has them', () => {
    expect(marks('the kabul road and the afghanistan story')).toEqual([]);
    expect(marks('TALIBAN ENTER KABUL')).toEqual(['TALIBAN→Taliban', 'KABUL→Kabul']);
  });

  it('lets a common word link only where it reads as a name', () => {
    expect(marks('They had a nice day with chad.')).toEqual([]);
    expect(marks('Nice weather today.')).toEqual([]);
    expect(marks('The summit in Nice ended; troops from Chad arrived.')).toEqual(['Nice→Nice', 'Chad→Chad']);
  });

  it('never links weekdays or a bare title', () => {
    expect(marks('On Sunday the Vice President spoke.')).toEqual([]);
  });
});

describe('longest match and nesting', () => {
  it('prefers the newspaper to the city', () => {
    expect(marks('In a Washington Post editorial, he said')).toEqual(['Washington Post→The Washington Post']);
    expect(marks('The Washington Post reported')).toEqual(['The Washington Post→The Washington Post']);
  });

  it('reads "EU Council" as the European Council', () => {
    expect(marks('along with EU Council President Charles Michel')).toEqual(['EU Council→European Council', 'Charles Michel→Charles Michel']);
  });

  it('marks the country and the person inside a title, not the title', () => {
    expect(marks('Vice President of Afghanistan Amrullah Saleh')).toEqual(['Afghanistan→Afghanistan', 'Amrullah Saleh→Amrullah Saleh']);
  });

  it('does not join words across sentence punctuation', () => {
    expect(marks('He flew to Washington. Post office workers')).not.toContain('Washington. Post→The Washington Post');
  });

  it('gives UTF-16 offsets into the text', () => {
    const text = '💥 Kabul fell.';
    const [m] = matcher.find(text);
    expect(text.slice(m.start, m.end)).toBe('Kabul');
    expect(m.start).toBe(3);
  });
});
