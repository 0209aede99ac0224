// Wrong marks a bigger knowledge base brings (128k entities: every legislator, NSI brands and agencies,
// outlets, football clubs): little-known namesakes taking a name the article means otherwise.
// One block per kind, each with the cases that must keep their mark.
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../core/linking/matcher';
import { AliasFlag, type CompiledEntity } from '../../core/types';
import { sportsSignal } from '../../core/linking/sports';
import { tokenize } from '../../core/linking/tokenize';
import { smallIndex } from './match-kb';

const PR = AliasFlag.Primary;
const P = AliasFlag.Partial;
const extra: [CompiledEntity, [string, number][]][] = [
  [{ id: 'Q145', type: 'place', subtype: 'country', name: 'United Kingdom', prominence: 0.95, country: 'GB' }, [['United Kingdom', PR], ['Britain', 0]]],
  [{ id: 'Q84', type: 'place', subtype: 'city', name: 'London', prominence: 0.9, country: 'GB', related: ['Q145'] }, [['London', PR]]],
  [{ id: 'Q212', type: 'place', subtype: 'country', name: 'Ukraine', prominence: 0.85, country: 'UA' }, [['Ukraine', PR]]],
  [{ id: 'Q25999601', type: 'person', subtype: 'politician', name: 'Fiona Hill', prominence: 0.21, country: 'GB' }, [['Fiona Hill', PR], ['Hill', P]]],
  [{ id: 'Q3601035', type: 'person', subtype: 'politician', name: 'Jim Bridenstine', prominence: 0.2, country: 'US' }, [['Jim Bridenstine', PR], ['Bridenstine', P]]],
  [{ id: 'Q1527', type: 'place', subtype: 'state', name: 'Minnesota', prominence: 0.6, country: 'US', related: ['Q30'] }, [['Minnesota', PR]]],
  [{ id: 'Q1297', type: 'place', subtype: 'city', name: 'Chicago', prominence: 0.9, country: 'US', related: ['Q30'] }, [['Chicago', PR]]],
  [{ id: 'of:mn', type: 'organization', subtype: 'sports-team', name: 'Minnesota United FC', prominence: 0.6, country: 'US' }, [['Minnesota United FC', PR], ['Minnesota', 0]]],
  [{ id: 'of:chi', type: 'organization', subtype: 'sports-team', name: 'Chicago Fire', prominence: 0.6, country: 'US' }, [['Chicago Fire', PR], ['Chicago', 0]]],
  [{ id: 'Q208652', type: 'organization', subtype: 'sports-team', name: 'Dallas Stars', prominence: 0.72, country: 'US' }, [['Dallas Stars', PR], ['Stars', AliasFlag.CommonWord]]],
  [{ id: 'Q191477', type: 'organization', subtype: 'sports-team', name: 'Pittsburgh Steelers', prominence: 0.72, country: 'US' }, [['Pittsburgh Steelers', PR], ['Steelers', 0]]],
  [{ id: 'Q223527', type: 'organization', subtype: 'sports-team', name: 'Cleveland Browns', prominence: 0.72, country: 'US' }, [['Cleveland Browns', PR], ['Browns', AliasFlag.CommonWord]]],
  [{ id: 'Q28', type: 'place', subtype: 'country', name: 'Hungary', prominence: 0.85, country: 'HU' }, [['Hungary', PR]]],
  [{ id: 'bs:hungary', type: 'organization', subtype: 'national-team', name: 'Hungary national football team', prominence: 0.3, country: 'HU' }, [['Hungary national football team', PR], ['Hungary', 0]]],
  [{ id: 'Q156490', type: 'organization', subtype: 'company', name: 'Smart', prominence: 0.6 }, [['Smart', PR | AliasFlag.CommonWord]]],
  [{ id: 'Q634298', type: 'organization', subtype: 'bank', name: 'National Bank of Canada', prominence: 0.4, country: 'CA' }, [['National Bank of Canada', PR], ['NBC', AliasFlag.CaseSensitive]]],
  [{ id: 'Q16', type: 'place', subtype: 'country', name: 'Canada', prominence: 0.9, country: 'CA' }, [['Canada', PR]]],
  [{ id: 'Q108618', type: 'organization', subtype: 'government-agency', name: 'Orange County', prominence: 0.25, country: 'US' }, [['Orange County', PR]]],
  [{ id: 'Q682520', type: 'organization', subtype: 'transit-operator', name: 'Transport for London', prominence: 0.5, country: 'GB' }, [['Transport for London', PR], ['TfL', 0]]],
  [{ id: 'Q11118258', type: 'person', subtype: 'politician', name: 'Andrew Yang', prominence: 0.56, country: 'TW' }, [['Andrew Yang', PR], ['Yang', P]]],
  [{ id: 'Q865', type: 'place', subtype: 'country', name: 'Taiwan', prominence: 0.8, country: 'TW' }, [['Taiwan', PR]]],
  [{ id: 'pantheon:30657971', type: 'person', subtype: 'soccer-player', name: 'Thibaut Courtois', prominence: 0.53, country: 'BE' }, [['Thibaut Courtois', PR]]],
  [{ id: 'geonames:4501018', type: 'place', subtype: 'city', name: 'Camden', prominence: 0.35, country: 'US', related: ['Q30'] }, [['Camden', PR]]],
  [{ id: 'Q5025803', type: 'organization', subtype: 'company', name: 'Camden Property Trust', prominence: 0.3, country: 'US' }, [['Camden Property Trust', PR], ['Camden', 0]]],
  [{ id: 'Q38022x', type: 'organization', subtype: 'news-outlet', name: 'St. Louis', prominence: 0.3, country: 'US' }, [['St. Louis', PR]]],
  [{ id: 'geonames:4407066', type: 'place', subtype: 'city', name: 'St. Louis', prominence: 0.48, country: 'US', related: ['Q30'] }, [['St. Louis', PR]]],
  [{ id: 'Q7766365', type: 'organization', subtype: 'news-outlet', name: 'The State', prominence: 0.3, country: 'US' }, [['The State', PR]]],
  [{ id: 'Q30597915', type: 'organization', subtype: 'news-outlet', name: 'The Conservative', prominence: 0.3, country: 'US' }, [['The Conservative', PR]]],
  [{ id: 'Q9626', type: 'organization', subtype: 'party', name: 'Conservative Party (UK)', prominence: 0.8, country: 'GB' }, [['Conservative Party', PR]]],
  [{ id: 'Q864407', type: 'organization', subtype: 'company', name: 'The Home Depot', prominence: 0.6, country: 'US' }, [['The Home Depot', PR], ['Home Depot', 0]]],
  [{ id: 'Q30', type: 'place', subtype: 'country', name: 'United States', prominence: 0.95, country: 'US' }, [['United States', PR], ['U.S.', AliasFlag.CaseSensitive]]],
  [{ id: 'Q71223298', type: 'person', subtype: 'politician', name: 'John P. Roth', prominence: 0.31, country: 'US', related: ['Q30'] }, [['John Roth', PR], ['Roth', P]]],
  [{ id: 'roth:2', type: 'person', subtype: 'politician', name: 'Claudia Roth', prominence: 0.4, country: 'DE' }, [['Claudia Roth', PR], ['Roth', P]]],
  [{ id: 'roth:3', type: 'person', subtype: 'writer', name: 'Philip Roth', prominence: 0.7, country: 'US' }, [['Philip Roth', PR], ['Roth', P]]],
  [{ id: 'Q16187204', type: 'person', subtype: 'politician', name: 'Kevin Meyer', prominence: 0.31, country: 'US', related: ['Q30'] }, [['Kevin Meyer', PR], ['Meyer', P]]],
  [{ id: 'Q60783215', type: 'organization', subtype: 'armed-group', name: 'Patriot Front', prominence: 0.5, country: 'US' }, [['Patriot Front', PR]]],
  [{ id: 'Q8294074', type: 'person', subtype: 'politician', name: 'Liu He', prominence: 0.21, country: 'CN' }, [['Liu He', PR], ['Liu', P]]],
  [{ id: 'Q148', type: 'place', subtype: 'country', name: 'China', prominence: 0.95, country: 'CN' }, [['China', PR]]],
  [{ id: 'Q38076', type: 'organization', subtype: 'company', name: "McDonald's", prominence: 0.8, country: 'US' }, [["McDonald's", PR]]],
  [{ id: 'Q631220', type: 'organization', subtype: 'company', name: 'Braun', prominence: 0.53, country: 'DE' }, [['Braun', PR]]],
  [{ id: 'pantheon:154554', type: 'person', subtype: 'composer', name: 'John Williams', prominence: 0.85, country: 'US' }, [['John Williams', PR], ['Williams', P]]],
  [{ id: 'geonames:5503766', type: 'place', subtype: 'city', name: 'Enterprise', prominence: 0.37, country: 'US', related: ['Q30'] }, [['Enterprise', PR | AliasFlag.CommonWord]]],
  [{ id: 'geonames:5059163', type: 'place', subtype: 'city', name: 'Fargo', prominence: 0.38, country: 'US', related: ['Q30'] }, [['Fargo', PR]]],
];

const matcher = createMatcher(smallIndex(extra));
const marks = (text: string) => matcher.find(text).map((m) => `${m.text}→${matcher.entity(m.id)!.name}`);

describe('a little-known person from a country the article is not about', () => {
  it('leaves the British namesake of a Washington adviser unmarked, surname too', () => {
    expect(marks('In Washington, former White House Russia adviser Fiona Hill testified. Hill said Donald Trump knew.')).toEqual(['Washington→Washington, D.C.', 'Donald Trump→Donald Trump']);
  });

  it('keeps the mark where the article is about the person’s country, or the words say person', () => {
    expect(marks('In London, Fiona Hill, the former aide, spoke about Britain.')).toContain('Fiona Hill→Fiona Hill');
    expect(marks('In Washington, Mrs Fiona Hill spoke.')).toContain('Fiona Hill→Fiona Hill');
  });

  it('reaches higher for office holders: a campaign’s "Andrew Yang" is not the Taiwanese minister', () => {
    expect(marks('In Washington, Democratic hopeful Andrew Yang spoke.')).toEqual(['Washington→Washington, D.C.']);
    expect(marks('In Taiwan, Andrew Yang spoke.')).toEqual(['Taiwan→Taiwan', 'Andrew Yang→Andrew Yang']);
    // Athletes travel: no gate at that prominence.
    expect(marks('In Washington, Thibaut Courtois signed.')).toContain('Thibaut Courtois→Thibaut Courtois');
  });

  it('keeps a little-known person of the article’s own country', () => {
    expect(marks('In Washington, Jim Bridenstine said the U.S. would return to the Moon.')).toContain('Jim Bridenstine→Jim Bridenstine');
  });
});

describe('a little-known office holder in a story that is not about government', () => {
  const business = 'SNC builds its own satellite systems for the U.S. market, said John Roth, vice president of business development. Roth said the company would grow.';

  it('leaves a common name unmarked: most likely someone the index does not hold', () => {
    expect(marks(business).filter((m) => m.includes('Roth'))).toEqual([]);
  });

  it('keeps it where the story is about government, or a title says office', () => {
    expect(marks('In the United States, Senate Republicans backed the bill and Democrats opposed it. John Roth voted no.')).toContain('John Roth→John P. Roth');
    expect(marks('Rep. John Roth toured the plant in the United States.')).toContain('John Roth→John P. Roth');
  });

  it('keeps it where a party or armed group of the person’s country is in the story', () => {
    expect(marks('John Roth met Patriot Front members near the plant in the United States.')).toContain('John Roth→John P. Roth');
  });

  it('keeps a rare name: the index’s bearer is the likely one', () => {
    expect(marks('In Washington, Jim Bridenstine said the U.S. would return to the Moon.')).toContain('Jim Bridenstine→Jim Bridenstine');
  });

  it('finds no little-known office holder by near miss outside politics ("Kevin Mayer" is not "Kevin Meyer")', () => {
    expect(marks('Disney executive Kevin Mayer said demand for the streaming service was strong.')).toEqual([]);
    expect(marks('The Senate vote in the United States split the Republicans; Democrats blamed Kevin Mayer.')).toContain('Kevin Mayer→Kevin Meyer');
  });
});

describe('the surname of someone the article names in full and the index does not hold', () => {
  it('is that person, not the company: "Michael McDonald … McDonald’s cameo", "Braun said"', () => {
    expect(marks('Singer Michael McDonald joined the band on stage. McDonald’s cameo drew cheers.')).toEqual([]);
    expect(marks('The deal made manager Michael Braun richer. Braun said he was pleased.')).toEqual([]);
    // At a sentence start, when a verb of speech follows the name.
    expect(marks('Michael Braun said the deal was done. Braun added that he was pleased.')).toEqual([]);
  });

  it('keeps the company where no such person is named, or the name starts a sentence or a run', () => {
    expect(marks('McDonald’s cut prices. Braun shavers sold well.')).toEqual(['McDonald’s→McDonald\'s', 'Braun→Braun']);
    expect(marks('Michael Jordan ate at McDonald’s.')).toContain('McDonald’s→McDonald\'s');
    expect(marks('Black Michael Braun Records grew. Braun sold shavers.')).toContain('Braun→Braun');
  });
});

describe('a surname that starts another name', () => {
  it('is not the person named before ("He Jianxiong" after "Liu He")', () => {
    const text = 'In China, Vice Premier Liu He met ministers of the government. He Jianxiong, a scholar, said the talks went well. Liu said so too.';
    expect(marks(text)).toEqual(['China→China', 'Liu He→Liu He', 'Liu→Liu He']);
  });
});

describe('a role at the name that the index’s namesake never had', () => {
  it('is someone else: the Fed’s John Williams is not the composer, nor is an executive', () => {
    expect(marks('“Growth is slowing,” John Williams, the president of the Federal Reserve Bank of New York, said.')).toEqual([]);
    expect(marks('Disney executive John Williams said demand was strong. Williams added more.')).toEqual([]);
    // Everyday work: "a nurse", "a local teacher" is no composer.
    expect(marks('John Williams, a nurse from Ohio, was injured.')).not.toContain('John Williams→John Williams');
    expect(marks('John Williams, a local teacher, won the lottery.')).toEqual([]);
    // An age and a home town: how a local story names a private person.
    expect(marks('Police arrested John Williams, 34, of Dayton, on Friday.')).not.toContain('John Williams→John Williams');
    expect(marks('John Williams, 90, conducted the orchestra.')).toContain('John Williams→John Williams');
  });

  it('keeps the person where the role fits, or no role is given', () => {
    expect(marks('The composer John Williams wrote the score.')).toContain('John Williams→John Williams');
    expect(marks('John Williams, the composer of the Star Wars music, turned 90.')).toContain('John Williams→John Williams');
    expect(marks('John Williams conducted the orchestra.')).toContain('John Williams→John Williams');
  });

  it('never rules out an office holder: they had careers before ("former executive John Roth")', () => {
    expect(marks('In the United States, Senate Democrats met former executive John Roth.')).toContain('John Roth→John P. Roth');
  });
});

describe('a town named like a work or a word', () => {
  it('is not the town in a title followed by a work noun, or a word-town after "the"', () => {
    expect(marks('Noah Hawley, who made the Fargo TV series for FX in the United States, will direct.')).not.toContain('Fargo→Fargo');
    expect(marks('In the United States, the actor is back on board the Enterprise.')).not.toContain('Enterprise→Enterprise');
  });

  it('keeps the town where the words say place', () => {
    expect(marks('In the United States, she grew up in Fargo and later worked in Enterprise, Alabama.')).toContain('Fargo→Fargo');
    expect(marks('Police in Fargo said a series of thefts in the United States was over.')).toContain('Fargo→Fargo');
  });
});

describe('a place-named football team in another sport’s story', () => {
  const hockey = 'Alex Stalock made 30 saves and Minnesota beat Chicago 3-2 in overtime. The NHL hockey season goes on; the puck dropped late.';
  const soccer = 'Minnesota beat Chicago 2-1 in MLS play. The striker scored twice and the goalkeeper made saves in the soccer match.';

  it('reads the story’s sport', () => {
    expect(sportsSignal(hockey, tokenize(hockey)).otherSport).toBe(true);
    expect(sportsSignal(soccer, tokenize(soccer)).otherSport).toBe(false);
  });

  it('links no football club in a hockey story, and no place either', () => {
    expect(marks(hockey)).toEqual([]);
  });

  it('reads a place before a position as the team ("Chicago center X") in a story about a sport', () => {
    const nfl = 'The NFL suspended Chicago center Jim Doe and Minnesota DL John Roe after the quarterback was hit.';
    expect(marks(nfl)).toEqual([]);
    expect(marks('Officials in Chicago opened a new center for the homeless.')).toEqual(['Chicago→Chicago']);
  });

  it('keeps the football club in a football story', () => {
    expect(marks(soccer)).toEqual(['Minnesota→Minnesota United FC', 'Chicago→Chicago Fire']);
  });
});

describe('a team’s nickname that is a word', () => {
  it('is no team outside sports', () => {
    expect(marks('She was eliminated from Dancing With the Stars on Monday.')).toEqual([]);
  });

  it('keeps the team in a sports story, or beside another team', () => {
    expect(marks('The Stars beat the Wild 3-2 in overtime; the goalie and the coach of the NHL side were happy.')).toContain('Stars→Dallas Stars');
    expect(marks('The Steelers and Browns were in the news for a different reason.')).toEqual(['Steelers→Pittsburgh Steelers', 'Browns→Cleveland Browns']);
  });
});

describe('a country name for a national team in a football story', () => {
  it('is as sure a reading as the country would be', () => {
    expect(marks('Wales beat Hungary 2-0 to qualify; the striker scored twice in the UEFA qualifier.')).toEqual(['Hungary→Hungary national football team']);
  });

  it('stays the country outside sports', () => {
    expect(marks('Trade with Hungary grew last year.')).toEqual(['Hungary→Hungary']);
  });
});

describe('a brand that is a word, inside a product’s name', () => {
  it('is part of the product’s name', () => {
    expect(marks('The 65-inch LG Smart HDTV is on sale now.')).toEqual([]);
  });

  it('keeps the brand standing alone', () => {
    expect(marks('The carmaker Smart said sales fell.')).toEqual(['Smart→Smart']);
  });
});

describe('a foreign company’s acronym', () => {
  it('needs the article to be about its country', () => {
    expect(marks('In Washington, NBC reported the arrest.')).toEqual(['Washington→Washington, D.C.']);
    expect(marks('In Canada, NBC raised its dividend.')).toEqual(['Canada→Canada', 'NBC→National Bank of Canada']);
  });
});

describe('a short acronym in mixed case ("TfL")', () => {
  it('matches only as written: "TFL" (tackles for loss) is another acronym', () => {
    expect(marks('Garrett had 1 sack, 2 TFL and 2 QH.')).toEqual([]);
    expect(marks('In London, TfL cut fares.')).toEqual(['London→London', 'TfL→Transport for London']);
  });
});

describe('a little-known company, agency or outlet named like a place', () => {
  it('reads the place in "Camden, NJ" and "a St. Louis native"', () => {
    expect(marks('The tour stops at the BB&T Pavilion in Camden on June 27.')).toEqual(['Camden→Camden']);
    expect(marks('Maroon, a St. Louis native, came back.')).toEqual(['St. Louis→St. Louis']);
    // No place of that name in the index: "City, ST" still says place.
    expect(marks('The price used by the Orange County, Calif., sheriff’s office.')).toEqual([]);
    expect(marks('Orange County said it would appeal.')).toEqual(['Orange County→Orange County']);
  });

  it('keeps the company where the article names it in full', () => {
    expect(marks('Camden Property Trust raised rents. Camden said demand was strong.')).toEqual([
      'Camden Property Trust→Camden Property Trust',
      'Camden→Camden Property Trust',
    ]);
  });
});

describe('"The <word>" names', () => {
  it('does not read "The state’s" as the newspaper The State', () => {
    expect(marks("The state's new slogan drew attention.")).toEqual([]);
    expect(marks('The State reported the slogan first.')).toEqual(['The State→The State']);
  });

  it('gives "The Conservative Party" to the party, not to a magazine called The Conservative', () => {
    expect(marks('The Conservative Party became embroiled in controversy.')).toEqual(['Conservative Party→Conservative Party (UK)']);
    expect(marks('He wrote for The Conservative last year.')).toEqual(['The Conservative→The Conservative']);
  });
});

describe('a company’s legal suffix', () => {
  it('belongs to the company’s mark', () => {
    expect(marks('Investors sold The Home Depot Inc. on Monday.')).toEqual(['The Home Depot Inc.→The Home Depot']);
    expect(marks('THE HOME DEPOT INC. 225.86')).toEqual(['THE HOME DEPOT INC.→The Home Depot']);
    expect(marks('Home Depot said sales rose.')).toEqual(['Home Depot→The Home Depot']);
  });

  it('is no company of a place: a place before "Inc." is part of an unknown company’s name', () => {
    expect(marks('Investors sold Atlanta Inc. on Monday.')).toEqual([]);
  });
});
