// Kinds of wrong marks found on ELEVANT's public tuning sets (issue 12; scripts/devset/elevant.ts:
// Reuters-128, ACE-2004, Spotlight, KORE50). One block per kind, each with cases that keep their mark.
// The sentences are made up here, after the kind; no benchmark text.
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../core/linking/matcher';
import { AliasFlag, type CompiledEntity } from '../../core/types';
import { smallIndex } from './match-kb';

const PR = AliasFlag.Primary;
const CS = AliasFlag.CaseSensitive;
const extra: [CompiledEntity, [string, number][]][] = [
  [{ id: 'x:zeb', type: 'person', subtype: 'religious-figure', name: 'Zebedeus', prominence: 0.85 }, [['Zebedeus', PR]]],
  [{ id: 'x:acme', type: 'organization', subtype: 'company', name: 'Acme Corp', prominence: 0.7, country: 'US' }, [['Acme Corp', PR], ['Acme', 0]]],
  [{ id: 'Q30', type: 'place', subtype: 'country', name: 'United States', prominence: 0.95, country: 'US' }, [['United States', PR], ['U.S.', CS], ['US', CS]]],
  [{ id: 'Q23436', type: 'place', subtype: 'city', name: 'Bristol', prominence: 0.69, country: 'GB' }, [['Bristol', PR]]],
  [{ id: 'Q16555', type: 'place', subtype: 'city', name: 'Houston', prominence: 0.66, country: 'US', related: ['Q30'] }, [['Houston', PR]]],
  [{ id: 'Q1490', type: 'place', subtype: 'city', name: 'Tokyo', prominence: 1, country: 'JP' }, [['Tokyo', PR]]],
  [{ id: 'Q17', type: 'place', subtype: 'country', name: 'Japan', prominence: 0.9, country: 'JP' }, [['Japan', PR], ['Japanese', 0]]],
  [{ id: 'Q649', type: 'place', subtype: 'city', name: 'Moscow', prominence: 1, country: 'RU' }, [['Moscow', PR]]],
  [{ id: 'Q956', type: 'place', subtype: 'city', name: 'Beijing', prominence: 1, country: 'CN' }, [['Beijing', PR]]],
  [{ id: 'Q159', type: 'place', subtype: 'country', name: 'Russia', prominence: 0.95, country: 'RU' }, [['Russia', PR], ['Russian', 0]]],
  [{ id: 'Q340', type: 'place', subtype: 'city', name: 'Montréal', prominence: 0.63, country: 'CA' }, [['Montreal', PR]]],
  [{ id: 'Q45761', type: 'place', subtype: 'province', name: 'Qinghai', prominence: 0.45, country: 'CN' }, [['Qinghai', PR]]],
  [{ id: 'Q17252', type: 'place', subtype: 'region', name: 'Tibet', prominence: 0.45, country: 'CN' }, [['Tibet', PR]]],
  [{ id: 'Q1456', type: 'place', subtype: 'state', name: 'South Carolina', prominence: 0.45, country: 'US', related: ['Q30'] }, [['South Carolina', PR], ['S.C.', CS]]],
  [{ id: 'Q812', type: 'place', subtype: 'state', name: 'Florida', prominence: 0.6, country: 'US', related: ['Q30'] }, [['Florida', PR]]],
  [{ id: 'Q90', type: 'place', subtype: 'city', name: 'Paris', prominence: 0.9, country: 'FR', related: ['Q142'] }, [['Paris', PR]]],
  // Argentina's provinces and their namesake cities; a world city that is a region too.
  [{ id: 'Q414', type: 'place', subtype: 'country', name: 'Argentina', prominence: 0.85, country: 'AR' }, [['Argentina', PR]]],
  [{ id: 'ar:cba', type: 'place', subtype: 'city', name: 'Córdoba', prominence: 0.62, country: 'AR' }, [['Cordoba', PR]]],
  [{ id: 'ar:cba-p', type: 'place', subtype: 'region', name: 'Cordoba', prominence: 0.3, country: 'AR' }, [['Cordoba', PR]]],
  [{ id: 'ar:sf', type: 'place', subtype: 'city', name: 'Santa Fe', prominence: 0.52, country: 'AR' }, [['Santa Fe', PR]]],
  [{ id: 'ar:sf-p', type: 'place', subtype: 'region', name: 'Santa Fe', prominence: 0.3, country: 'AR' }, [['Santa Fe', PR]]],
  [{ id: 'ar:er', type: 'place', subtype: 'region', name: 'Entre Rios', prominence: 0.3, country: 'AR' }, [['Entre Rios', PR]]],
  [{ id: 'ar:ch', type: 'place', subtype: 'region', name: 'Chaco', prominence: 0.3, country: 'AR' }, [['Chaco', PR]]],
  [{ id: 'ar:ba', type: 'place', subtype: 'city', name: 'Buenos Aires', prominence: 1, country: 'AR' }, [['Buenos Aires', PR]]],
  [{ id: 'ar:ba-p', type: 'place', subtype: 'region', name: 'Buenos Aires Province', prominence: 0.45, country: 'AR' }, [['Buenos Aires', PR], ['Buenos Aires province', 0]]],
  [{ id: 'br:sp', type: 'place', subtype: 'city', name: 'São Paulo', prominence: 0.95, country: 'BR' }, [['Sao Paulo', PR]]],
  [{ id: 'br:sp-s', type: 'place', subtype: 'state', name: 'São Paulo', prominence: 0.45, country: 'BR' }, [['Sao Paulo', PR]]],
  [{ id: 'br:rs', type: 'place', subtype: 'state', name: 'Rio Grande do Sul', prominence: 0.45, country: 'BR' }, [['Rio Grande do Sul', PR]]],
  [{ id: 'cn:bj-r', type: 'place', subtype: 'region', name: 'Beijing', prominence: 0.45, country: 'CN' }, [['Beijing', PR]]],
  [{ id: 'cn:im', type: 'place', subtype: 'region', name: 'Inner Mongolia', prominence: 0.45, country: 'CN' }, [['Inner Mongolia', PR]]],
  [{ id: 'ca:bur', type: 'place', subtype: 'city', name: 'Burlington', prominence: 0.41, country: 'CA' }, [['Burlington', PR]]],
  [{ id: 'us:mid', type: 'place', subtype: 'city', name: 'Midland', prominence: 0.6, country: 'US', related: ['Q30'] }, [['Midland', PR]]],
  [{ id: 'Q1439', type: 'place', subtype: 'state', name: 'Texas', prominence: 0.75, country: 'US', related: ['Q30'] }, [['Texas', PR]]],
  [{ id: 'us:dal', type: 'place', subtype: 'city', name: 'Dallas', prominence: 0.7, country: 'US', related: ['Q30'] }, [['Dallas', PR]]],
  [{ id: 'Q21', type: 'place', subtype: 'country', name: 'England', prominence: 0.8, country: 'GB' }, [['England', PR]]],
  [{ id: 'bs:eng', type: 'organization', subtype: 'national-team', name: 'England national football team', prominence: 0.3, country: 'GB' }, [['England national football team', PR], ['England', 0]]],
  [{ id: 'Q100', type: 'place', subtype: 'city', name: 'Boston', prominence: 0.85, country: 'US', related: ['Q30'] }, [['Boston', PR]]],
  [{ id: 'of:bos', type: 'organization', subtype: 'sports-team', name: 'Boston United FC', prominence: 0.25, country: 'GB' }, [['Boston United FC', PR], ['Boston', 0]]],
  [{ id: 'Q9616', type: 'organization', subtype: 'sports-team', name: 'Chelsea F.C.', prominence: 0.7, country: 'GB' }, [['Chelsea F.C.', PR], ['Chelsea', 0]]],
  [{ id: 'Q9616x', type: 'place', subtype: 'district', name: 'Chelsea', prominence: 0.2, country: 'GB' }, [['Chelsea', PR]]],
  [{ id: 'Q34006', type: 'place', subtype: 'district', name: 'Hollywood', prominence: 0.7, country: 'US', related: ['Q30'] }, [['Hollywood', PR]]],
  [{ id: 'Q142', type: 'place', subtype: 'country', name: 'France', prominence: 0.9, country: 'FR' }, [['France', PR]]],
  [{ id: 'Q8678', type: 'place', subtype: 'city', name: 'Rio de Janeiro', prominence: 0.9, country: 'BR' }, [['Rio de Janeiro', PR]]],
  [{ id: 'Q189', type: 'place', subtype: 'country', name: 'Iceland', prominence: 0.9, country: 'IS' }, [['Iceland', PR], ['Island', CS]]],
  [{ id: 'Q24639', type: 'place', subtype: 'city', name: 'Vancouver', prominence: 0.7, country: 'CA' }, [['Vancouver', PR]]],
  [{ id: 'Q127962', type: 'organization', subtype: 'company', name: 'Levi Strauss & Co.', prominence: 0.59, country: 'US' }, [['Levi Strauss & Co.', PR], ["Levi's", 0]]],
  [{ id: 'Q312', type: 'organization', subtype: 'company', name: 'Apple', prominence: 0.8, country: 'US' }, [['Apple', PR]]],
  [{ id: 'p:giu', type: 'person', name: 'Giuseppe Verdi', prominence: 0.8, country: 'IT' }, [['Giuseppe Verdi', PR]]],
  [{ id: 'p:tim', type: 'person', name: 'Tim Cook', prominence: 0.65, country: 'US' }, [['Tim Cook', PR]]],
  [{ id: 'p:will', type: 'person', name: 'Will Smith', prominence: 0.8, country: 'US' }, [['Will Smith', PR]]],
  [{ id: 'Q60', type: 'place', subtype: 'city', name: 'New York City', prominence: 0.93, country: 'US', related: ['Q30'] }, [['New York City', PR], ['New York', 0]]],
  [{ id: 'Q1384', type: 'place', subtype: 'state', name: 'New York', prominence: 0.3, country: 'US', related: ['Q30'] }, [['New York', PR]]],
  [{ id: 'Q1297', type: 'place', subtype: 'city', name: 'Chicago', prominence: 0.83, country: 'US', related: ['Q30'] }, [['Chicago', PR]]],
  [{ id: 'p:ms', type: 'person', subtype: 'chemist', name: 'Michael Smith', prominence: 0.7, country: 'CA' }, [['Michael Smith', PR]]],
  [{ id: 'p:js', type: 'person', subtype: 'actor', name: 'Jimmy Stewart', prominence: 0.85, country: 'US' }, [['Jimmy Stewart', PR]]],
  [{ id: 'Q3315422', type: 'organization', subtype: 'company', name: 'Ministry of Transport', prominence: 0.25, country: 'CO' }, [['Ministry of Transport', PR]]],
  [{ id: 'Q739', type: 'place', subtype: 'country', name: 'Colombia', prominence: 0.8, country: 'CO' }, [['Colombia', PR]]],
  [{ id: 'Q54173', type: 'organization', subtype: 'company', name: 'General Electric', prominence: 0.8, country: 'US' }, [['General Electric', PR]]],
  [{ id: 'Q212900', type: 'organization', subtype: 'bank', name: 'Lehman Brothers', prominence: 0.7, country: 'US' }, [['Lehman Brothers', PR]]],
  [{ id: 'Q84', type: 'place', subtype: 'city', name: 'London', prominence: 1, country: 'GB' }, [['London', PR]]],
  [{ id: 'im:german', type: 'place', subtype: 'region', name: 'German', prominence: 0.3, country: 'IM' }, [['German', PR]]],
  [{ id: 'Q41', type: 'place', subtype: 'country', name: 'Greece', prominence: 0.9, country: 'GR' }, [['Greece', PR]]],
  [{ id: 'Q220', type: 'place', subtype: 'city', name: 'Rome', prominence: 0.95, country: 'IT' }, [['Rome', PR]]],
  [{ id: 'Q1017', type: 'place', subtype: 'city', name: 'Aachen', prominence: 0.55, country: 'DE' }, [['Aachen', PR]]],
  [{ id: 'of:aachen', type: 'organization', subtype: 'sports-team', name: 'Alemannia Aachen', prominence: 0.3, country: 'DE' }, [['Alemannia Aachen', PR], ['Aachen', 0]]],
  [{ id: 'Q1295', type: 'place', subtype: 'city', name: 'Dortmund', prominence: 0.6, country: 'DE' }, [['Dortmund', PR]]],
  [{ id: 'Q41420', type: 'organization', subtype: 'sports-team', name: 'Borussia Dortmund', prominence: 0.84, country: 'DE' }, [['Borussia Dortmund', PR], ['Dortmund', 0]]],
  [{ id: 'p:david', type: 'person', subtype: 'monarch', name: 'David', prominence: 0.85 }, [['David', PR]]],
  [{ id: 'Q9439', type: 'person', subtype: 'monarch', name: 'Victoria', prominence: 0.77, country: 'GB' }, [['Victoria', PR], ['Queen Victoria', 0]]],
  [{ id: 'p:miriam', type: 'person', subtype: 'religious-figure', name: 'Miriam', prominence: 0.84 }, [['Miriam', PR]]],
  [{ id: 'p:vic2', type: 'person', name: 'Victoria Beckham', prominence: 0.7, country: 'GB' }, [['Victoria Beckham', PR]]],
  [{ id: 'p:david2', type: 'person', name: 'David Beckham', prominence: 0.8, country: 'GB' }, [['David Beckham', PR]]],
  [{ id: 'p:miriam2', type: 'person', name: 'Miriam Adelson', prominence: 0.5, country: 'US' }, [['Miriam Adelson', PR]]],
  [{ id: 'p:kim', type: 'person', name: 'Kim Kardashian', prominence: 0.7, country: 'US' }, [['Kim Kardashian', PR]]],
  [{ id: 'p:paris', type: 'person', name: 'Paris Hilton', prominence: 0.7, country: 'US' }, [['Paris Hilton', PR]]],
  [{ id: 'Q1370', type: 'place', subtype: 'state', name: 'Virginia', prominence: 0.6, country: 'US', related: ['Q30'] }, [['Virginia', PR]]],
  [{ id: 'bs:rt-news', type: 'organization', subtype: 'news-outlet', name: 'RT', prominence: 0.5, country: 'RU' }, [['RT', CS]]],
  [{ id: 'p:mary', type: 'person', subtype: 'religious-figure', name: 'Mary', prominence: 0.85 }, [['Mary', PR]]],
  [{ id: 'p:bono', type: 'person', subtype: 'singer', name: 'Bono', prominence: 0.85, country: 'IE' }, [['Bono', PR]]],
  [{ id: 'p:adele', type: 'person', subtype: 'singer', name: 'Adele', prominence: 0.8, country: 'GB' }, [['Adele', PR]]],
  [{ id: 'p:adele2', type: 'person', name: 'Adele Goldberg', prominence: 0.5, country: 'US' }, [['Adele Goldberg', PR]]],
  [{ id: 'p:mary2', type: 'person', name: 'Mary Barra', prominence: 0.6, country: 'US' }, [['Mary Barra', PR]]],
  [{ id: 'ph:rod', type: 'place', subtype: 'town', name: 'Rodriguez', prominence: 0.35, country: 'PH' }, [['Rodriguez', PR]]],
  [{ id: 'Q1021', type: 'place', subtype: 'country', name: 'Philippines', prominence: 0.85, country: 'PH' }, [['Philippines', PR]]],
  [{ id: 'ps:gz', type: 'place', subtype: 'territory', name: 'Gaza Strip', prominence: 0.75, country: 'PS' }, [['Gaza Strip', PR], ['Gaza', 0]]],
  [{ id: 'ps:gaza', type: 'place', subtype: 'city', name: 'Gaza', prominence: 0.5, country: 'PS' }, [['Gaza', PR]]],
  [{ id: 'Q96', type: 'place', subtype: 'country', name: 'Mexico', prominence: 0.9, country: 'MX' }, [['Mexico', PR]]],
  [{ id: 'bs:mex', type: 'organization', subtype: 'national-team', name: 'Mexico national football team', prominence: 0.3, country: 'MX' }, [['Mexico national football team', PR], ['Mexico', 0]]],
  [{ id: 'Q180432', type: 'organization', subtype: 'airline', name: 'Emirates', prominence: 0.7, country: 'AE' }, [['Emirates', PR]]],
];

const matcher = createMatcher(smallIndex(extra));
const ids = (text: string) => matcher.find(text).map((m) => `${m.text}=${m.id}`);
const marks = (text: string) => matcher.find(text).map((m) => `${m.text}→${matcher.entity(m.id)!.name}`);

describe('a fragment of a longer name: hyphens, institutions, dotted abbreviations', () => {
  it('leaves a place joined by a hyphen to a name word unmarked', () => {
    expect(marks('The company agreed to a merger with Bristol-Myers Co. on Tuesday.')).toEqual([]);
    expect(marks('Shares of Hewlett-Houston Inc rose.')).toEqual([]);
  });

  it('keeps places joined to places, demonyms, lower-case words and combining forms', () => {
    expect(marks('A Montreal-based firm made the offer.')).toEqual(['Montreal→Montréal']);
    expect(marks('The Moscow-Beijing talks and the U.S.-Japanese pact went on.')).toEqual(['Moscow→Moscow', 'Beijing→Beijing', 'U.S→United States', 'Japanese→Japan']);
    expect(marks('Remote regions like the Qinghai-Tibet plateau are far from Beijing.')).toEqual(['Qinghai→Qinghai', 'Tibet→Tibet', 'Beijing→Beijing']);
  });

  it('leaves a place before a run of names that ends in an institution unmarked', () => {
    expect(marks('Tickets for the Houston Grand Opera sold out.')).toEqual([]);
    expect(marks("Japan's Tokyo Mitsubishi Bank lent the money.")).toEqual(['Japan→Japan']);
    expect(marks("The Florida Supreme Court ruled on Friday.")).toEqual([]);
  });

  it('keeps the place before a lower-case word or a name that is no institution', () => {
    expect(marks('The Houston police said the Tokyo bank was closed.')).toEqual(['Houston→Houston', 'Tokyo→Tokyo']);
    expect(marks('Voters in Florida went to the polls, and the Paris police were out.')).toEqual(['Florida→Florida', 'Paris→Paris']);
  });

  it('leaves letters inside a longer dotted abbreviation unmarked, keeps the abbreviation alone', () => {
    expect(marks('It bought C.S.C. Security Service last year.')).toEqual([]);
    expect(marks('The firm is based in Columbia, S.C. and in the U.S.')).toContain('S.C→South Carolina');
  });
});

describe('the right level: a report about provinces, "the states of …"', () => {
  const crops = 'Rains hit parts of Buenos Aires province in Argentina. Fields in Entre Rios and Chaco flooded. Harvest is near completion in Cordoba and Santa Fe, and will start in Buenos Aires in May.';

  it('reads a name that is a city and a province as the province in an article about provinces', () => {
    const m = marks(crops);
    expect(m).toContain('Cordoba→Cordoba');
    expect(m).toContain('Santa Fe→Santa Fe');
    expect(m.filter((x) => x.startsWith('Buenos Aires'))).toEqual(['Buenos Aires province→Buenos Aires Province', 'Buenos Aires→Buenos Aires Province']);
    expect(m).not.toContain('Cordoba→Córdoba');
  });

  it('keeps the city where the words say city, or the article is not about provinces', () => {
    expect(marks(crops.replace('completion in Cordoba', 'completion in the city of Cordoba'))).toContain('Cordoba→Córdoba');
    expect(marks('Fans in Argentina cheered as the team landed in Cordoba and Santa Fe.').filter((x) => x.includes('Córdoba') || x.includes('Cordoba→'))).not.toContain('Cordoba→Cordoba');
  });

  it('keeps a world city that is also a region', () => {
    const m = ids('A Beijing resident caught the plague in Inner Mongolia. Officials in the province of Inner Mongolia and in Qinghai province said.');
    expect(m).toContain('Beijing=Q956');
    expect(m).toContain('Qinghai=Q45761');
  });

  it('reads "the states of X, Y and Z" as states, never the city', () => {
    const m = ids('Storage was short in Brazil. The states of Sao Paulo and Rio Grande do Sul had most of it.');
    expect(m).not.toContain('Sao Paulo=br:sp');
    expect(m).toContain('Rio Grande do Sul=br:rs');
    expect(ids('Traffic in Sao Paulo was heavy.')).toContain('Sao Paulo=br:sp');
  });
});

describe('the short name of a company the index does not hold, named in full with a suffix', () => {
  it('reads the short name as the company, not a namesake town', () => {
    expect(marks('Burlington Industries Inc may be a takeover target. Burlington rose 4-7/8 on the news, and analysts said Burlington sold assets.')).toEqual([]);
    expect(marks('American Midland Corp will spin off a property. American Midland shareholders will own 85 pct.')).toEqual([]);
  });

  it('keeps the place where the words say place, a name that is not the short one, and a well-known place', () => {
    expect(marks('American Midland Corp said so. Officials in Midland said no.')).toContain('Midland→Midland');
    expect(marks('Texas Industries Inc said demand in Texas grew.')).toContain('Texas→Texas');
    expect(marks('Dallas Semiconductor Corp opened an office. Dallas is its home.')).toContain('Dallas→Dallas');
  });
});

describe('a team named after a place: "<place> captain/coach/manager <Name>"', () => {
  it('does not read the place, nor guess which sport’s national team or which little-known club', () => {
    expect(marks('The texts mocked England captain Andrew Strauss, who plays his 100th test.')).toEqual([]);
    expect(marks('"Kelly was fine," Boston manager Bobby Valentine said simply.')).toEqual([]);
  });

  it('links a famous club, and keeps the place where no team role follows', () => {
    expect(marks('Fans said Chelsea captain John Terry is free to play.')).toEqual(['Chelsea→Chelsea F.C.']);
    expect(marks('Hollywood star Tom Hanks flew to Boston and then to England.')).toEqual(['Hollywood→Hollywood', 'Boston→Boston', 'England→England']);
    expect(marks('A captain of industry from Boston said the coach was late.')).toEqual(['Boston→Boston']);
  });

  it('reads a player\'s position before a name as a team role, in words or as a code', () => {
    expect(marks('The fight led to a suspension for Boston center Maurice Pounce on Monday.')).toEqual([]);
    expect(marks('Boston DL Larry Ogun also received a one-game suspension.')).toEqual([]);
    expect(marks('A shopping center in Boston and the Boston guard house were closed.')).toEqual(['Boston→Boston', 'Boston→Boston']);
    expect(marks('Boston forward planning starts today; Boston CEO Anna Lee agreed.')).toEqual(['Boston→Boston', 'Boston→Boston']);
  });
});

describe('a fragment of a longer name: "<Name> de X", "U.S. <Body>"', () => {
  it('leaves a place after "<Name> de" unmarked', () => {
    expect(marks('The former Tour de France winner returned.')).toEqual([]);
    expect(marks('He became professor at the Collège de France.')).toEqual([]);
  });

  it('keeps the place where no name comes before the particle, and names the index holds whole', () => {
    expect(marks('He flew to Rio de Janeiro, then to France.')).toEqual(['Rio de Janeiro→Rio de Janeiro', 'France→France']);
    expect(marks('Wine from the south de France was sold in Paris.')).toContain('Paris→Paris');
  });

  it('leaves "U." + "S." before a government body’s name unmarked, keeps it before a title or a word', () => {
    expect(marks('A spokeswoman for the U.S. Chemical Safety Board said so.')).toEqual([]);
    expect(marks('He applied to U.S. Citizenship and Immigration Services.')).toEqual([]);
    expect(marks('The U.S. Trade Representative said the U.S. economy grew.')).toEqual(['U.S→United States', 'U.S→United States']);
  });
});

describe('a fragment of a longer name: a feature’s head, a first name before a brand', () => {
  it('links neither word of "<Name> Island" when the index lacks the whole', () => {
    expect(marks('They married on Vancouver Island in 1960.')).toEqual([]);
  });

  it('keeps the place and the country elsewhere', () => {
    expect(marks('They flew from Vancouver to Iceland.')).toEqual(['Vancouver→Vancouver', 'Iceland→Iceland']);
  });

  it('reads a brand after a first name as a surname: "Giuseppe Levi’s assistant"', () => {
    expect(marks("She went to work as Giuseppe Levi's assistant.")).toEqual([]);
  });

  it('keeps the brand after a person’s full name and alone', () => {
    expect(marks("Tim Cook's Apple grew. She bought Levi's jeans.")).toEqual(['Tim Cook→Tim Cook', 'Apple→Apple', "Levi's→Levi Strauss & Co."]);
  });
});

describe('a namesake the words settle: "<town>, New York" is the state', () => {
  it('reads a state-and-city name after a town and a comma as the state', () => {
    expect(ids('He graduated in Poughkeepsie, New York, in 1933.')).toEqual(['New York=Q1384']);
    expect(ids('A native of Houston, New York, he studied.')).toContain('New York=Q1384');
  });

  it('keeps the city in a list, after a sentence opener, and alone', () => {
    expect(ids('Stores in Boston, New York and Chicago closed.')).toContain('New York=Q60');
    expect(ids('However, New York is big.')).toEqual(['New York=Q60']);
    expect(ids('He flew to New York.')).toEqual(['New York=Q60']);
  });
});

describe('a role at the name the index’s namesake never had', () => {
  it('reads a role before a comma, and an appositive with a possessive', () => {
    expect(marks('He meets the Deputy Trade Representative, Michael Smith, on Monday.')).toEqual([]);
    expect(marks("Jimmy Stewart, the White House's spokesman, said so.")).toEqual([]);
  });

  it('keeps the mark where the role fits or none is given', () => {
    expect(marks('The Nobel laureate and chemist, Michael Smith, spoke.')).toEqual(['Michael Smith→Michael Smith']);
    expect(marks('Yesterday, Michael Smith spoke.')).toEqual(['Michael Smith→Michael Smith']);
    expect(marks("Jimmy Stewart, the film's star, said so.")).toEqual(['Jimmy Stewart→Jimmy Stewart']);
  });
});

describe('an organization another country’s body or firm shares its name with', () => {
  it('leaves a generic body name of a country the article is not about unmarked', () => {
    expect(marks('In Paris, a Ministry of Transport report says the crash killed 520.')).toEqual(['Paris→Paris']);
  });

  it('keeps it where the article is about its country', () => {
    expect(marks('In Colombia, a Ministry of Transport report says the road is closed.')).toEqual(['Colombia→Colombia', 'Ministry of Transport→Ministry of Transport']);
  });

  it('reads a country’s legal suffix: "Plc" is no American firm', () => {
    expect(marks('General Electric Co Plc declined comment.')).toEqual([]);
    expect(marks('General Electric Co said profits rose.')).toEqual(['General Electric Co→General Electric']);
  });
});

describe('a fragment of a longer name: a shared plural head, a name word before a firm', () => {
  it('leaves "Tokyo" in "the Tokyo and London Stock Exchanges" unmarked', () => {
    expect(marks('They reached agreement with the Tokyo and London Stock Exchanges.')).toEqual([]);
  });

  it('keeps two places joined by "and"', () => {
    expect(marks('Flights between Tokyo and London were cut.')).toEqual(['Tokyo→Tokyo', 'London→London']);
  });

  it('leaves a firm with its suffix after an unknown name word unmarked, keeps it after a sentence start or alone', () => {
    expect(marks('A syndicate managed by Shearson Lehman Brothers Inc will underwrite it.')).toEqual([]);
    expect(marks('Lehman Brothers Inc will underwrite it, and a unit of Lehman Brothers Inc too.')).toEqual(['Lehman Brothers Inc→Lehman Brothers', 'Lehman Brothers Inc→Lehman Brothers']);
  });
});

describe('words and times that are not the place', () => {
  it('does not read a nationality as a little-known place of that name', () => {
    expect(marks('It is miles from the German capital’s grand boulevard.')).toEqual([]);
  });

  it('does not read "ancient Greece" as today’s country; keeps Greece and Rome otherwise', () => {
    expect(marks('They looked back to ancient Greece and ancient Rome.')).toEqual([]);
    expect(marks('They flew from Greece to Rome.')).toEqual(['Greece→Greece', 'Rome→Rome']);
  });
});

describe('a team named after a place: verbs of play', () => {
  it('never reads the place after "plays for", "won against"', () => {
    expect(marks('Yabo plays for Aachen.')).toEqual([]);
    expect(marks('Hertha won against Dortmund.')).toEqual(['Dortmund→Borussia Dortmund']);
    expect(marks('Quintanilla went deep, and Boston beat the Twins 6-4 on Tuesday.')).toEqual([]);
    // A verb whose object is only ever a team.
    expect(marks('Kehl captained Dortmund for years.')).toEqual(['Dortmund→Borussia Dortmund']);
    expect(marks('He coached Aachen.')).toEqual([]);
  });

  it('keeps the place after other verbs', () => {
    expect(marks('He drove to Aachen and then to Dortmund.')).toEqual(['Aachen→Aachen', 'Dortmund→Dortmund']);
    expect(marks('The storm that hit Boston beat records.')).toEqual(['Boston→Boston']);
    expect(marks('Voters there argued against Dortmund’s plan.')).not.toContain('Dortmund→Borussia Dortmund');
  });
});

describe('a first name for someone the article knows, not a one-name figure', () => {
  it('does not link a first name after a family word, or paired with another first name', () => {
    expect(marks("She took Adelson's wife, Miriam, shopping.")).toEqual([]);
    expect(marks('David and Victoria named their children.')).toEqual([]);
    expect(marks('Paris and Kim are both wealthy.')).toEqual([]);
  });

  it('keeps a title’s figure, a place paired with a place, and the name alone', () => {
    expect(marks('Queen Victoria reigned long.')).toEqual(['Victoria→Victoria']);
    expect(marks('Paris and London talked.')).toEqual(['Paris→Paris', 'London→London']);
    expect(marks('Flights to Paris and Virginia resumed.')).toEqual(['Paris→Paris', 'Virginia→Virginia']);
    // A little-known place named like a first name is still a place: "Bologna and Florence".
    expect(marks('He studied at Paris and Midland.')).toEqual(['Paris→Paris', 'Midland→Midland']);
    expect(marks('Victoria reigned for 63 years.')).toEqual(['Victoria→Victoria']);
    // Named before with a title: the same figure later, even beside another first name.
    expect(marks('Queen Victoria married in 1840. Victoria and Albert had nine children.').filter((m) => m.startsWith('Victoria'))).toEqual(['Victoria→Victoria', 'Victoria→Victoria']);
  });
});

describe('markers and saints’ possessives', () => {
  it('does not read a retweet marker before a handle as an outlet', () => {
    expect(marks('RT @therbertson : Just saw the worst movie in years.')).toEqual([]);
  });

  it('does not read "St. Mary’s" as the saint', () => {
    expect(marks("Musicians played at the Limelight on St. Mary's.")).toEqual([]);
  });

  it('keeps the outlet and the saint elsewhere', () => {
    expect(marks('Russian state outlet RT reported it.')).toContain('RT→RT');
    expect(marks('St. Mary was his mother.')).toEqual(['Mary→Mary']);
  });
});

describe('a one-name person before a name word: a longer name', () => {
  it('leaves "Rep. Bono Mack" unmarked', () => {
    expect(marks('Rep. Bono Mack criticized the plan.')).toEqual([]);
  });

  it('keeps the one-name person before a lower-case word, a sentence start or a known name', () => {
    expect(marks('Bono sang in Paris.')).toEqual(['Bono→Bono', 'Paris→Paris']);
    expect(marks('They met Bono. Paris was sunny.')).toEqual(['Bono→Bono', 'Paris→Paris']);
  });
});

describe('a one-name figure whose name is a common first name, named once', () => {
  it('is someone the index does not hold', () => {
    expect(marks('Fast forward to today, Mary lives in the United States.')).toEqual(['United States→United States']);
  });

  it('keeps the figure with a title, near words of its walk of life, or named again', () => {
    expect(marks('The best night was seeing Adele live in concert.')).toEqual(['Adele→Adele']);
    expect(marks('St. Mary was his mother.')).toEqual(['Mary→Mary']);
    expect(marks('Mary prayed in the church.')).toEqual(['Mary→Mary']);
  });
});

describe('a little-known town of a country the article is not about', () => {
  it('is not read in an article whose anchors are elsewhere', () => {
    expect(marks('The Yankees in New York City gauge the interest from Rodriguez, a shortstop.')).toEqual(['New York City→New York City']);
  });

  it('keeps it where the article is about its country', () => {
    expect(marks('In the Philippines, floods hit Rodriguez on Monday.')).toEqual(['Philippines→Philippines', 'Rodriguez→Rodriguez']);
  });
});

describe('a dateline names a city', () => {
  it('reads "Gaza 11-15 (AFP) -" as the city', () => {
    expect(ids('Gaza 11-15 (AFP) - A medical source reported a death.')).toEqual(['Gaza=ps:gaza']);
  });

  it('keeps the territory in running text', () => {
    expect(ids('Aid reached Gaza on Monday, AFP reported.')).toEqual(['Gaza=ps:gz']);
  });
});

describe('the host is a place, not its team; "in the X" is a place', () => {
  it('reads "hosted by Mexico" in a football story as the country', () => {
    expect(ids('The coach led the squad to a 2-1 win over Japan in the football championship hosted by Mexico in July.')).toContain('Mexico=Q96');
  });

  it('does not read "in the Emirates" as the airline; keeps the airline elsewhere', () => {
    expect(ids('He won the title in the Emirates in 1996.')).toEqual([]);
    expect(ids('He flew Emirates to Dubai.')).toEqual(['Emirates=Q180432']);
  });
});

describe('a name after "St." and a firm with an age', () => {
  it('does not read a one-name figure inside a saint\'s place or church name', () => {
    expect(marks('ST. ZEBEDEUS, Mich. (AP) — Officials said the fair goes on.')).toEqual([]);
    expect(marks('She moved to St. Zebedeus, Florida, and runs St. Zebedeus\'s Hospital.')).toEqual(['Florida→Florida']);
    expect(marks('Zebedeus wrote the fourth gospel, early Christians held.')).toEqual(['Zebedeus→Zebedeus']);
  });

  it('reads a name with an age in commas as no firm, and keeps places with numbers', () => {
    expect(marks('His label, Acme, 38, who runs the tour, said so.')).toEqual([]);
    expect(marks('Acme said sales rose 3%.')).toEqual(['Acme→Acme Corp']);
    expect(marks('Boston, 12, and Houston, 9, voted.')).toEqual(['Boston→Boston', 'Houston→Houston']);
  });
});

describe('an acronym in a heading set in capitals', () => {
  it('is a word there unless the article names the body elsewhere', () => {
    expect(marks('Seven questions before the debate:\n\nWHO IS THE FRONT-RUNNER?\n\nPolls are murky.')).toEqual([]);
    expect(marks('The WHO said the virus spreads.\n\nWHO IS TO BLAME?')).toEqual(['WHO→World Health Organization', 'WHO→World Health Organization']);
    expect(marks('The WHO said the virus spreads.')).toEqual(['WHO→World Health Organization']);
  });
});

