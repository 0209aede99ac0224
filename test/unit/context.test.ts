// Issue 12: a name that belongs to something else gets no mark; what is right keeps its mark.
// One block per kind of error, each with the cases that must stay as they are.
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../core/linking/matcher';
import { AliasFlag, type CompiledEntity, type KbIndex } from '../../core/types';
import { sportsSignal } from '../../core/linking/sports';
import { tokenize } from '../../core/linking/tokenize';
import { isEnglish } from '../../core/linking/resolve';
import { smallIndex } from './match-kb';
import { KnownNames, nameHash } from '../../core/linking/known-names';
import { pageLang } from '../../core/page/scan';
import { parseHTML } from 'linkedom';

const PR = AliasFlag.Primary;
const P = AliasFlag.Partial;
const extra: [CompiledEntity, [string, number][]][] = [
  [{ id: 'Q90', type: 'place', subtype: 'city', name: 'Paris', prominence: 0.9, country: 'FR', related: ['Q142'] }, [['Paris', PR]]],
  [{ id: 'Q1726', type: 'place', subtype: 'city', name: 'Munich', prominence: 0.7, country: 'DE' }, [['Munich', PR]]],
  [{ id: 'Q1166', type: 'place', subtype: 'state', name: 'Michigan', prominence: 0.6, country: 'US', related: ['Q30'] }, [['Michigan', PR]]],
  [{ id: 'Q812', type: 'place', subtype: 'state', name: 'Florida', prominence: 0.6, country: 'US', related: ['Q30'] }, [['Florida', PR]]],
  [{ id: 'Q11268', type: 'organization', subtype: 'legislature', name: 'United States Congress', prominence: 0.8, country: 'US' }, [['United States Congress', PR], ['Congress', 0]]],
  [{ id: 'Q350', type: 'place', subtype: 'city', name: 'Cambridge', prominence: 0.56, country: 'GB', related: ['Q21', 'Q145'] }, [['Cambridge', PR]]],
  [{ id: 'Q21', type: 'place', subtype: 'country', name: 'England', prominence: 0.9, country: 'GB', related: ['Q145'] }, [['England', PR]]],
  [{ id: 'Q145', type: 'place', subtype: 'country', name: 'United Kingdom', prominence: 0.95, country: 'GB' }, [['United Kingdom', PR], ['UK', AliasFlag.CaseSensitive]]],
  [{ id: 'Q771', type: 'place', subtype: 'state', name: 'Massachusetts', prominence: 0.6, country: 'US', related: ['Q30'] }, [['Massachusetts', PR]]],
  [{ id: 'Q1400', type: 'place', subtype: 'state', name: 'Ohio', prominence: 0.6, country: 'US', related: ['Q30'] }, [['Ohio', PR]]],
  [{ id: 'Q1415', type: 'place', subtype: 'state', name: 'Indiana', prominence: 0.6, country: 'US', related: ['Q30'] }, [['Indiana', PR]]],
  [{ id: 'Q16567', type: 'place', subtype: 'city', name: 'Columbus', prominence: 0.57, country: 'US', related: ['Q1400', 'Q30'] }, [['Columbus', PR]]],
  [{ id: 'Q7320', type: 'place', subtype: 'region', name: "Smith's", prominence: 0.2, country: 'BM' }, [["Smith's", PR], ['Smith', 0]]],
  [{ id: 'Q83150', type: 'place', subtype: 'city', name: 'Batman', prominence: 0.55, country: 'TR' }, [['Batman', PR]]],
  [{ id: 'Q17', type: 'place', subtype: 'country', name: 'Japan', prominence: 0.9, country: 'JP' }, [['Japan', PR]]],
  [{ id: 'Q858', type: 'place', subtype: 'country', name: 'Syria', prominence: 0.85, country: 'SY' }, [['Syria', PR]]],
  [{ id: 'Q1492', type: 'place', subtype: 'city', name: 'Barcelona', prominence: 0.8, country: 'ES' }, [['Barcelona', PR]]],
  [{ id: 'Q7156', type: 'organization', subtype: 'sports-team', name: 'FC Barcelona', prominence: 0.8, country: 'ES' }, [['FC Barcelona', PR], ['Barcelona', 0]]],
  [{ id: 'Q9617', type: 'organization', subtype: 'sports-team', name: 'Arsenal F.C.', prominence: 0.8, country: 'GB' }, [['Arsenal F.C.', PR], ['Arsenal', 0]]],
  [{ id: 'Q173985', type: 'place', subtype: 'city', name: 'Kandahar', prominence: 0.6, country: 'AF', related: ['Q889'] }, [['Kandahar', PR]]],
  [{ id: 'Q20', type: 'place', subtype: 'country', name: 'Norway', prominence: 0.9, country: 'NO' }, [['Norway', PR]]],
  [{ id: 'Q211', type: 'organization', subtype: 'party', name: 'Norwegian Labour Party', prominence: 0.6, country: 'NO' }, [['Norwegian Labour Party', PR], ['DNA', AliasFlag.CaseSensitive]]],
  [{ id: 'Q183x', type: 'person', subtype: 'actor', name: 'Edward Norton', prominence: 0.7, country: 'US' }, [['Edward Norton', PR], ['Norton', P]]],
  [{ id: 'Q613883', type: 'organization', subtype: 'company', name: 'Mercury', prominence: 0.5, country: 'US' }, [['Mercury', PR | AliasFlag.CommonWord]]],
  [{ id: 'Q692400', type: 'organization', subtype: 'company', name: 'Uber', prominence: 0.55, country: 'US' }, [['Uber', PR]]],
  [{ id: 'Q23548', type: 'organization', subtype: 'government-agency', name: 'NASA', prominence: 0.8, country: 'US' }, [['NASA', AliasFlag.CaseSensitive | PR]]],
  [{ id: 'Q61', type: 'place', subtype: 'city', name: 'Washington, D.C.', prominence: 0.85, country: 'US', related: ['Q30'] }, [['Washington, D.C.', PR], ['Washington', 0]]],
  [{ id: 'Q1223', type: 'place', subtype: 'region', name: 'Washington', prominence: 0.3, country: 'US', related: ['Q30'] }, [['Washington', PR]]],
  [{ id: 'Q824', type: 'place', subtype: 'region', name: 'Oregon', prominence: 0.45, country: 'US', related: ['Q30'] }, [['Oregon', PR]]],
  [{ id: 'Q1221', type: 'place', subtype: 'region', name: 'Idaho', prominence: 0.45, country: 'US', related: ['Q30'] }, [['Idaho', PR]]],
  [{ id: 'bs:us-hhs', type: 'organization', subtype: 'government-agency', name: 'United States Department of Health and Human Services', prominence: 0.6, country: 'US' }, [['United States Department of Health and Human Services', PR], ['Department of Health and Human Services', 0]]],
  [{ id: 'Q1060x', type: 'organization', subtype: 'news-outlet', name: 'The Mercury News', prominence: 0.5, country: 'US' }, [['The Mercury News', PR], ['Mercury News', 0]]],
  [{ id: 'Q35919x', type: 'organization', subtype: 'company', name: 'Lexus', prominence: 0.7, country: 'JP' }, [['Lexus', PR]]],
  [{ id: 'Q928', type: 'place', subtype: 'country', name: 'Philippines', prominence: 0.85, country: 'PH' }, [['Philippines', PR]]],
  [{ id: 'Q8704', type: 'person', subtype: 'film-producer', name: 'Walt Disney', prominence: 0.85, country: 'US' }, [['Walt Disney', PR], ['Disney', P]]],
];

const index = (): KbIndex => smallIndex(extra);
const matcher = createMatcher(index());
const marks = (text: string, lang?: string) => matcher.find(text, { lang }).map((m) => `${m.text}→${matcher.entity(m.id)!.name}`);
const ids = (text: string) => matcher.find(text).map((m) => m.id);

describe('a fragment of a longer name', () => {
  it('abstains inside a longer capitalized name the index does not hold', () => {
    expect(marks('Shares of Georgia Power rose in Atlanta.')).toEqual(['Atlanta→Atlanta']);
    expect(marks('The insurer Munich Re said losses in France grew.')).toEqual(['France→France']);
    expect(marks('Edward Norton Lorenz founded chaos theory.')).toEqual([]);
    expect(marks("A painting by Georgia O'Keeffe sold in Paris.")).toEqual(['Paris→Paris']);
  });

  it('abstains in "<Institution> of X"', () => {
    expect(marks('She teaches at the University of Michigan.')).toEqual([]);
    expect(marks('The Library of Congress holds the papers.')).toEqual([]);
    expect(marks('Lawmakers in Congress passed it.')).toEqual(['Congress→United States Congress']);
  });

  it('abstains inside a title in quotes or a work named by its kind', () => {
    expect(marks('Critics loved "The Florida Project" this year.')).toEqual([]);
    expect(marks('He starred in the film Batman in 1989.')).toEqual([]);
    expect(marks('Her novel "Paris" was a hit in France.')).toEqual(['France→France']);
  });

  it('keeps the place before a lower-case word or a generic head', () => {
    expect(marks('The Paris police said the march was calm.')).toEqual(['Paris→Paris']);
    expect(marks('Talks on the Paris agreement resumed.')).toEqual(['Paris→Paris']);
    expect(marks('The Kabul Government said so.')).toEqual(['Kabul→Kabul']);
    expect(marks('Paris Hilton arrived in Kabul.')).toEqual(['Kabul→Kabul']);
    expect(marks('Officials in Michigan said the vote was close.')).toEqual(['Michigan→Michigan']);
  });

  it('reads a run of capitals inside a sentence as a name, whatever its length ("the Paris Movie Academy Award")', () => {
    expect(marks('In 2008 she won the Paris Movie Academy Award for Best Actress in a Leading Role.')).toEqual([]);
    expect(marks('She won a prize in Paris for Best Actress in a Leading Role.')).toEqual(['Paris→Paris']);
  });

  it('abstains where a place is part of a paper’s name or a company’s national arm', () => {
    expect(marks('The Munich Mercury News reported it.')).toEqual(['Mercury News→The Mercury News']);
    expect(marks('Lexus Philippines sells every model.')).toEqual(['Lexus→Lexus']);
    expect(marks('Lexus sells cars in the Philippines.')).toEqual(['Lexus→Lexus', 'Philippines→Philippines']);
  });

  it('abstains before a venue head, even in a tour list whose every word is capitalized', () => {
    const tour = 'June 26 -- Munich Arts Center, Allentown, PA June 27 -- Paris Casino Amphitheatre, Camden, NJ June 29 -- Florida Music Theatre, Holmdel, NJ';
    expect(marks(tour).filter((m) => /Munich|Paris|Florida/.test(m))).toEqual([]);
    expect(marks('They played the Munich Arena before a tour of France.')).toEqual(['France→France']);
  });

  it('keeps a place followed by a person named after it ("envoy to Ukraine Kurt Volker")', () => {
    expect(marks('A trip to France Ursula von der Leyen made last year.')).toContain('France→France');
  });
});

describe('things and words named like firms', () => {
  it('reads "the planet Mercury" as the planet, and a firm as itself elsewhere', () => {
    expect(marks('Titan is larger than the planet Mercury.')).toEqual([]);
    expect(marks('The insurer Mercury said profits rose.')).toEqual(['Mercury→Mercury']);
    expect(marks('It is a rover NASA plans to fly in 2022.')).toEqual(['NASA→NASA']);
  });

  it('does not read a Reuters instrument code as a name (".DJI")', () => {
    expect(marks('The Dow Jones Industrial Average .NASA fell 102 points.')).toEqual([]);
    expect(marks('It fell. NASA said so.')).toEqual(['NASA→NASA']);
  });

  it('does not read a word with a diacritic as a firm without one ("Über die Daten")', () => {
    expect(marks('Über die Daten hinaus kann der Patient zugreifen.', 'de')).toEqual([]);
    expect(marks('Drivers for Uber earn less.')).toEqual(['Uber→Uber']);
  });
});

describe('a country named like a region of another', () => {
  // As in the index: the country far better known than the US state.
  const georgia = createMatcher(
    smallIndex([
      [{ id: 'Q230', type: 'place', subtype: 'country', name: 'Georgia', prominence: 0.9, country: 'GE' }, [['Georgia', PR]]],
      [{ id: 'Q1428', type: 'place', subtype: 'region', name: 'Georgia', prominence: 0.45, country: 'US', related: ['Q30', 'Q23556'] }, [['Georgia', PR]]],
      [{ id: 'Q23556', type: 'place', subtype: 'city', name: 'Atlanta', prominence: 0.66, country: 'US', related: ['Q1428', 'Q30'] }, [['Atlanta', PR]]],
      [{ id: 'Q399', type: 'place', subtype: 'country', name: 'Armenia', prominence: 0.9, country: 'AM', related: ['Q230'] }, [['Armenia', PR]]],
      [{ id: 'geonames:3689560', type: 'place', subtype: 'city', name: 'Armenia', prominence: 0.63, country: 'CO' }, [['Armenia', PR]]],
      [{ id: 'Q810', type: 'place', subtype: 'country', name: 'Jordan', prominence: 0.75, country: 'JO' }, [['Jordan', PR]]],
      [{ id: 'Q57x', type: 'person', subtype: 'monarch', name: 'Abdullah Ahmed', prominence: 0.3, country: 'JO' }, [['Abdullah Ahmed', PR]]],
    ]),
  );
  const ids = (text: string) => georgia.find(text).map((m) => `${m.text}=${m.id}`);

  it('is the state where a city of the state is named ("Georgia … in Atlanta")', () => {
    expect(ids('Georgia passed a law in Atlanta.')).toEqual(['Georgia=Q1428', 'Atlanta=Q23556']);
  });

  it('stays the country elsewhere, and still lends its ties to its neighbours', () => {
    expect(ids('Georgia and Armenia signed a deal.')).toEqual(['Georgia=Q230', 'Armenia=Q399']);
    expect(ids('King Abdullah of Jordan met the envoy.')).toEqual(['Jordan=Q810']);
    expect(ids("Georgia's president visited Tbilisi.")).toContain('Georgia=Q230');
    expect(ids('Georgia is a country in the Caucasus.')).toEqual(['Georgia=Q230']);
  });
});

describe('a namesake that the names around it settle', () => {
  it('reads an item of a list of states as the state ("Washington, Oregon and Idaho")', () => {
    expect(marks('Washington, Oregon and Idaho sued the agency.')).toEqual(['Washington→Washington', 'Oregon→Oregon', 'Idaho→Idaho']);
    expect(marks('Officials in Washington met the press.')).toEqual(['Washington→Washington, D.C.']);
  });

  it('reads "<State> Department of …" as the state’s own body', () => {
    expect(marks('Officials of the Ohio Department of Health and Human Services said so.')).not.toContain('Department of Health and Human Services→United States Department of Health and Human Services');
    expect(marks('The Department of Health and Human Services said so.')).toEqual(['Department of Health and Human Services→United States Department of Health and Human Services']);
  });

  it('reads a person’s name with a legal suffix as the company ("Walt Disney Co.")', () => {
    expect(marks('Walt Disney Co. said profits rose.')).toEqual([]);
    expect(marks('Walt Disney drew the mouse.')).toEqual(['Walt Disney→Walt Disney']);
  });
});

describe('namesakes by the words around them', () => {
  it('"City, State" chooses the namesake that lies there, or none', () => {
    expect(ids('The plant in Columbus, Ohio, will close.')).toEqual(['Q16567', 'Q1400']);
    expect(marks('The plant in Columbus, Indiana, will close.')).toEqual(['Indiana→Indiana']);
    expect(marks('Researchers in Cambridge, Massachusetts, found it.')).toEqual(['Massachusetts→Massachusetts']);
    expect(marks('He studied in Cambridge, England.')).toEqual(['Cambridge→Cambridge', 'England→England']);
  });

  it('reads a US state abbreviation after a city: chooses the namesake and marks the state', () => {
    // The index keys US states by their QIDs (Georgia is Q1428); an older index by GeoNames admin1 codes.
    const m = (t: string) => matcher.find(t).map((x) => `${x.text}→${x.id}`);
    expect(m('COLUMBUS, Ga. (AP) — A plant closed.')).toEqual(['Ga.→Q1428']);
    const old = createMatcher({ ...index(), entities: [...index().entities, { id: 'geonames-admin1:US.AL', type: 'place', subtype: 'region', name: 'Alabama', prominence: 0.45, country: 'US', related: ['Q30'] }] });
    expect(old.find('MOBILE, Ala. (AP) — A plant closed.').map((x) => `${x.text}→${x.id}`)).toEqual(['Ala.→geonames-admin1:US.AL']);
    expect(marks('COLUMBUS, Ohio (AP) — A plant closed.')).toEqual(['COLUMBUS→Columbus', 'Ohio→Ohio']);
    // Two-letter codes only in capitals: "in" after a comma is a word.
    expect(m('He lived in Atlanta, in a small flat.')).toEqual(['Atlanta→Q23556']);
  });

  it('does not read a list of places as "City, State"', () => {
    expect(marks('Fighting spread to Kabul, Kandahar and Paris.')).toEqual(['Kabul→Kabul', 'Kandahar→Kandahar', 'Paris→Paris']);
  });

  it('reads "X-based" as a place, most likely a city', () => {
    expect(ids('A Washington-based trade expert said so.')).toEqual(['Q61']);
  });

  it("reads a possessive as a person's, not an obscure place's", () => {
    expect(marks("Smith's lawyer declined to comment.")).toEqual([]);
    expect(marks("Paris's mayor spoke.")).toEqual(['Paris→Paris']);
  });

  it('reads a little-known place that speaks as a person, unless the words say place', () => {
    expect(marks('“It is a different muscle,” Columbus said.')).toEqual([]);
    expect(marks('Protesters in Tbilisi said Georgia would not bow.')[0]).toBe('Tbilisi→Tbilisi');
  });

  it('does not link the acronym of a foreign party without its country, nor an acronym after "a"/"an"', () => {
    expect(marks('The INC won seats in India.')).toEqual(['INC→Indian National Congress']);
    expect(marks('The song has classic country DNA in it.')).toEqual([]);
    expect(marks('In Norway the DNA won the election.')).toEqual(['Norway→Norway', 'DNA→Norwegian Labour Party']);
    expect(marks('They released an EU single.')).toEqual([]);
  });

  it('does not read a name that opens an "of" name as itself', () => {
    expect(marks('The Kabul of the 1970s is gone.')).toEqual(['Kabul→Kabul']);
    expect(marks('The Panjshir Valley of Afghanistan is green.')).toEqual(['Afghanistan→Afghanistan']);
  });

  it('does not read a name used as a word ("21 Trump cards") as the person', () => {
    expect(marks('The deck had 21 Trump cards in it.')).toEqual([]);
    expect(marks('Donald Trump spoke. Later Trump said more.')).toEqual(['Donald Trump→Donald Trump', 'Trump→Donald Trump']);
  });
});

describe('sports: teams named after places', () => {
  const report = 'Japan beat Syria 2-1 in the World Cup qualifier, the striker scoring twice before halftime; the coach praised the squad.';

  it('recognizes a match report', () => {
    expect(sportsSignal(report, tokenize(report)).sports).toBe(true);
    const politics = 'Voters gave Democrats a victory; the party won the race and the title of majority.';
    expect(sportsSignal(politics, tokenize(politics)).sports).toBe(false);
  });

  it('never marks the country or city for a team; marks the team when the index holds it', () => {
    expect(marks(report)).toEqual([]);
    expect(marks('Barcelona drew 1-1 with the league leaders, the striker said after the match; the coach and squad were calm.')).toEqual([
      'Barcelona→FC Barcelona',
    ]);
  });

  it('keeps a place the words name as a place in a match report', () => {
    expect(marks('The match in Barcelona ended 2-1; the striker and the coach thanked the squad.')).toEqual(['Barcelona→Barcelona']);
  });

  it('outside sports never picks a team for a bare place name', () => {
    expect(marks('Tourists flocked to Barcelona this summer.')).toEqual(['Barcelona→Barcelona']);
    // A team not named after a place keeps its mark anywhere.
    expect(marks('Arsenal sold its stadium naming rights.')).toEqual(['Arsenal→Arsenal F.C.']);
  });
});

describe('the right level of place', () => {
  it('does not give the city for "X province"', () => {
    expect(marks('Fighting in Kandahar province went on.')).toEqual([]);
    expect(marks('Fighting in Kandahar went on.')).toEqual(['Kandahar→Kandahar']);
  });

  it('reads a plural kind word after a list: "Kandahar and Zabul provinces"', () => {
    expect(marks('Fighting in Kandahar and Zabul provinces went on.')).toEqual([]);
    expect(marks('Fighting in Kabul, Kandahar and Zabul went on.')).toEqual(['Kabul→Kabul', 'Kandahar→Kandahar']);
  });

  it('keeps England as England', () => {
    expect(marks('Rain fell across England on Monday.')).toEqual(['England→England']);
  });
});

describe('page language', () => {
  it('reads English from the lang attribute, defaulting to English', () => {
    expect(isEnglish(undefined)).toBe(true);
    expect(isEnglish('en-GB')).toBe(true);
    expect(isEnglish('de')).toBe(false);
  });

  it('on a German page, a one-word name needs a known entity; capital-letter rules of English do not apply', () => {
    // German capitalizes nouns: "Paris Polizei" is not a longer name, and Paris is well known.
    expect(marks('Die Paris Polizei meldet Ruhe.', 'de')).toEqual(['Paris→Paris']);
    // An obscure place by a one-word name is not linked on a German page.
    expect(marks('Columbus Bürger wählen.', 'de')).toEqual([]);
    expect(marks('Donald Trump sprach in Paris.', 'de')).toEqual(['Donald Trump→Donald Trump', 'Paris→Paris']);
  });
});

describe('known longer names (hashes from Wikilinker, built at data:build)', () => {
  const names = KnownNames.fromNames(['georgia power', 'georgia o keeffe', 'paris police', 'library of congress', 'paris police prefecture']);
  const withNames = createMatcher({ ...index(), knownNames: names });
  const m = (text: string) => withNames.find(text).map((x) => `${x.text}→${withNames.entity(x.id)!.name}`);

  it('round-trips through its file form', () => {
    const back = KnownNames.fromFile(names.toFile());
    expect(back.size).toBe(5);
    expect(back.has(nameHash('georgia power'))).toBe(true);
    expect(back.has(nameHash('georgia'))).toBe(false);
  });

  it('abstains inside a known longer name written in capitals', () => {
    expect(m("Georgia O'Keeffe painted in Paris.")).toEqual(['Paris→Paris']);
    // "Police" is a generic head, so only the list knows this longer name.
    expect(marks('The Paris Police Prefecture said so.')).toEqual(['Paris→Paris']);
    expect(m('The Paris Police Prefecture said so.')).toEqual([]);
  });

  it('keeps the name when the words around are not capitalized ("Paris police")', () => {
    expect(m('The Paris police said so.')).toEqual(['Paris→Paris']);
  });
});

describe('the page language reaches the matcher through the page scan', () => {
  it('reads <html lang>, then Content-Language', () => {
    const de = parseHTML('<html lang="de-DE"><body><p>x</p></body></html>').document as unknown as Document;
    const meta = parseHTML('<html><head><meta http-equiv="Content-Language" content="fr, en"></head><body></body></html>').document as unknown as Document;
    const none = parseHTML('<html><body></body></html>').document as unknown as Document;
    expect(pageLang(de)).toBe('de-de');
    expect(pageLang(meta)).toBe('fr');
    expect(pageLang(none)).toBe('');
  });
});

describe('quotedSpan (issue 13: the gap-only scan)', () => {
  it('answers as quoted() does for every token span of up to three words', async () => {
    const { quoted, quotedSpan } = await import('../../core/linking/context');
    const text =
      'He said: "Kabul is calm." Then "The Florida Project" won, and a\n"Panjshir" line break.\n' +
      '«Paris» and „Berlin“ and “Rome” ended; ' + 'x '.repeat(50) + '"far away ' + 'y '.repeat(45) + 'Lagos"' + ' the end "Oslo';
    const tk = tokenize(text);
    let inQuotes = 0;
    for (let t0 = 0; t0 < tk.count; t0++) {
      for (let t1 = t0 + 1; t1 <= Math.min(tk.count, t0 + 3); t1++) {
        const want = quoted(text, tk.start[t0], tk.end[t1 - 1]);
        expect(quotedSpan(text, tk, t0, t1), `${t0}-${t1}`).toEqual(want);
        if (want) inQuotes++;
      }
    }
    expect(inQuotes).toBeGreaterThan(10);
  });

  it('answers as quoted() does on texts made of quotes, line breaks and separators', async () => {
    const { quoted, quotedSpan } = await import('../../core/linking/context');
    const parts = ['Kabul', 'Lagos', 'of', ' ', ' ', '\n', '"', '“', '”', '«', '»', '„', '.', ', ', '-', "'", '&', '(', '\r\n', '. '];
    let seed = 7;
    const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
    for (let round = 0; round < 200; round++) {
      let text = '';
      for (let j = 0; j < 40; j++) text += parts[rand(parts.length)];
      const tk = tokenize(text);
      for (let t0 = 0; t0 < tk.count; t0++) {
        for (let t1 = t0 + 1; t1 <= Math.min(tk.count, t0 + 2); t1++) {
          expect(quotedSpan(text, tk, t0, t1), JSON.stringify(text)).toEqual(quoted(text, tk.start[t0], tk.end[t1 - 1]));
        }
      }
    }
  });
});

describe('a first name shaped like an adjective', () => {
  // "Ian", "Brian", "Ali" end like "Afghan", "Iraqi": still first names before a surname.
  const m = createMatcher(
    smallIndex([
      [{ id: 'geonames:5969782', type: 'place', subtype: 'city', name: 'Hamilton', prominence: 0.52, country: 'CA', related: ['Q16'] }, [['Hamilton', PR]]],
      [{ id: 'Q16', type: 'place', subtype: 'country', name: 'Canada', prominence: 0.9, country: 'CA' }, [['Canada', PR]]],
      [{ id: 'Q1x', type: 'person', subtype: 'politician', name: 'Ian Smith', prominence: 0.6, country: 'ZW' }, [['Ian Smith', PR]]],
    ]),
  );
  const names = (text: string) => m.find(text, { lang: 'en' }).map((x) => x.text);

  it('reads "Ian Hamilton, an expert" as a person, and his bare surname later too, not the city', () => {
    const text = 'Ian Hamilton, an expert in drug use, said so. Canada legalized it. Hamilton urged caution.';
    expect(names(text)).toEqual(['Canada']);
  });

  it('keeps the city where the words say place', () => {
    expect(names('Officials in Hamilton, Canada, said so.')).toEqual(['Hamilton', 'Canada']);
  });
});

describe('a one-name figure named like a common first name', () => {
  const m = createMatcher(
    smallIndex([
      [{ id: 'Q36766', type: 'person', subtype: 'religious-leader', name: 'Mark', prominence: 0.65 }, [['Mark', PR]]],
      [{ id: 'Q8312', type: 'person', subtype: 'monarch', name: 'Umar', prominence: 0.85 }, [['Umar', PR]]],
      [{ id: 'Q1514', type: 'person', subtype: 'singer', name: 'Adele', prominence: 0.85 }, [['Adele', PR]]],
      [{ id: 'Qm', type: 'person', subtype: 'politician', name: 'Mark Smith', prominence: 0.4 }, [['Mark Smith', PR]]],
      [{ id: 'Qu', type: 'person', subtype: 'politician', name: 'Umar Khan', prominence: 0.4 }, [['Umar Khan', PR]]],
      [{ id: 'Qa', type: 'person', subtype: 'politician', name: 'Adele Jones', prominence: 0.4 }, [['Adele Jones', PR]]],
    ]),
  );
  const names = (text: string) => m.find(text, { lang: 'en' }).map((x) => x.text);

  it('is someone the story knows, even named twice, when nothing says the saint or the king', () => {
    expect(names('Mark, 34, runs a bakery in town. Mark said business was good.')).toEqual([]);
  });

  it('keeps a stage name used again, a patronymic, and a title', () => {
    expect(names('Adele sold out the arena. Adele thanked the crowd.')).toEqual(['Adele', 'Adele']);
    expect(names('Umar bin Al-Khattab said so. He left, and Umar added more.')).toEqual(['Umar', 'Umar']);
    expect(names('Saint Mark wrote it down.')).toEqual(['Mark']);
  });
});
