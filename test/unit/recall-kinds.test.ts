// Kinds of missed names the index already holds (recall on KB-held entities, ELEVANT tuning sets and the
// dev set's tuning part): one block per kind, each with similar cases that must stay unmarked. The
// sentences are made up here, after the kind; no benchmark text.
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../core/linking/matcher';
import { AliasFlag, type CompiledEntity, type EntityRecord } from '../../core/types';
import { entityAliases } from '../../scripts/data/lib/aliases';
import { shortPersonNames } from '../../scripts/data/lib/short-person-names';
import { smallIndex } from './match-kb';

const PR = AliasFlag.Primary;
const SUR = AliasFlag.Partial;
const extra: [CompiledEntity, [string, number][]][] = [
  [{ id: 'Q311211', type: 'person', subtype: 'politician', name: 'Timothy Geithner', prominence: 0.6, country: 'US' }, [['Timothy Geithner', PR], ['Geithner', SUR]]],
  [{ id: 'Q233581', type: 'person', subtype: 'businessperson', name: 'Mikhail Prokhorov', prominence: 0.55, country: 'RU' }, [['Mikhail Prokhorov', PR], ['Prokhorov', SUR]]],
  [{ id: 'Q23505', type: 'person', subtype: 'head-of-state', name: 'George H. W. Bush', prominence: 0.9, country: 'US' }, [['George H. W. Bush', PR], ['George Bush', 0], ['Bush', SUR]]],
  [{ id: 'Q207', type: 'person', subtype: 'head-of-state', name: 'George W. Bush', prominence: 0.9, country: 'US' }, [['George W. Bush', PR], ['George Bush', 0], ['Bush', SUR]]],
  [{ id: 'Q9696', type: 'person', subtype: 'head-of-state', name: 'John F. Kennedy', prominence: 0.9, country: 'US' }, [['John F. Kennedy', PR], ['Kennedy', SUR]]],
  [{ id: 'Q37470', type: 'organization', subtype: 'un-body', name: 'United Nations Security Council', prominence: 0.75 }, [['United Nations Security Council', PR], ['UN Security Council', 0]]],
  [{ id: 'Q9212', type: 'organization', subtype: 'government-body', name: 'United States Army', prominence: 0.65, country: 'US' }, [['United States Army', PR], ['U.S. Army', 0]]],
  [{ id: 'Q66096', type: 'organization', subtype: 'legislature', name: 'United States Senate', prominence: 0.65, country: 'US' }, [['United States Senate', PR], ['U.S. Senate', 0]]],
  [{ id: 'Q427325', type: 'organization', subtype: 'party', name: 'Communist Party of Vietnam', prominence: 0.6, country: 'VN' }, [['Communist Party of Vietnam', PR]]],
  [{ id: 'Q95', type: 'organization', subtype: 'company', name: 'Google', prominence: 0.9, country: 'US' }, [['Google', PR], ['Google UK', 0]]],
  [{ id: 'Q44294', type: 'organization', subtype: 'company', name: 'Ford Motor Company', prominence: 0.85, country: 'US' }, [['Ford Motor Company', PR], ['Ford Motor Co', 0]]],
  [{ id: 'Q8768', type: 'person', subtype: 'businessperson', name: 'Henry Ford', prominence: 0.85, country: 'US' }, [['Henry Ford', PR], ['Ford', SUR]]],
  [{ id: 'Q243278', type: 'organization', subtype: 'company', name: 'Rolls-Royce Holdings', prominence: 0.7, country: 'GB' }, [['Rolls-Royce Holdings', PR], ['Rolls Royce Plc', 0]]],
  [{ id: 'Q81965', type: 'organization', subtype: 'company', name: 'General Motors', prominence: 0.85, country: 'US' }, [['General Motors', PR]]],
  [{ id: 'Q5547666', type: 'organization', subtype: 'utility', name: 'Georgia Power', prominence: 0.4, country: 'US' }, [['Georgia Power', PR]]],
  [{ id: 'Q1428', type: 'place', subtype: 'region', name: 'Georgia', prominence: 0.65, country: 'US' }, [['Georgia', PR]]],
  [{ id: 'Q649', type: 'place', subtype: 'city', name: 'Moscow', prominence: 0.9, country: 'RU' }, [['Moscow', PR]]],
  [{ id: 'Q155', type: 'place', subtype: 'country', name: 'Brazil', prominence: 0.9 }, [['Brazil', PR]]],
  [{ id: 'Q16555', type: 'place', subtype: 'city', name: 'Houston', prominence: 0.9, country: 'US' }, [['Houston', PR]]],
  [{ id: 'Q154950', type: 'organization', subtype: 'company', name: 'Shell plc', prominence: 0.8, country: 'GB' }, [['Shell plc', PR], ['Shell', AliasFlag.CommonWord]]],
  [{ id: 'Q110716465', type: 'organization', subtype: 'company', name: 'Shell', prominence: 0.6 }, [['Shell', PR | AliasFlag.CommonWord]]],
  [{ id: 'Q9630', type: 'organization', subtype: 'party', name: 'Labour Party', prominence: 0.75, country: 'GB' }, [['Labour Party', PR], ['Labour', AliasFlag.CommonWord]]],
  [{ id: 'Q1048192', type: 'organization', subtype: 'party', name: 'Labour Party', prominence: 0.6, country: 'NZ' }, [['Labour Party', PR], ['Labour', AliasFlag.CommonWord]]],
  [{ id: 'Q145', type: 'place', subtype: 'country', name: 'United Kingdom', prominence: 0.95, country: 'GB' }, [['United Kingdom', PR], ['Britain', 0]]],
  [{ id: 'Q53536', type: 'organization', subtype: 'central-bank', name: 'Federal Reserve', prominence: 0.65, country: 'US' }, [['Federal Reserve', PR], ['Fed', 0]]],
  [{ id: 'Q37979', type: 'person', subtype: 'monarch', name: 'Akihito', prominence: 0.85, country: 'JP' }, [['Akihito', PR]]],
  [{ id: 'Q9960', type: 'person', subtype: 'politician', name: 'Ronald Reagan', prominence: 0.85, country: 'US' }, [['Ronald Reagan', PR], ['Reagan', SUR]]],
  [{ id: 'Q193426', type: 'person', subtype: 'actor', name: 'Nancy Reagan', prominence: 0.85, country: 'US' }, [['Nancy Reagan', PR], ['Reagan', SUR]]],
  [{ id: 'Q25310', type: 'person', subtype: 'politician', name: 'Robert F. Kennedy', prominence: 0.8, country: 'US' }, [['Robert F. Kennedy', PR], ['Kennedy', SUR]]],
  [{ id: 'Q17', type: 'place', subtype: 'country', name: 'Japan', prominence: 0.9 }, [['Japan', PR | AliasFlag.CommonWord]]],
  [{ id: 'Q43', type: 'place', subtype: 'country', name: 'Turkey', prominence: 0.85 }, [['Turkey', PR | AliasFlag.CommonWord]]],
  [{ id: 'Q161491', type: 'place', subtype: 'city', name: 'Reading', prominence: 0.6, country: 'GB' }, [['Reading', PR | AliasFlag.CommonWord]]],
];
const matcher = createMatcher(smallIndex(extra));
const ids = (text: string) => matcher.find(text).map((m) => `${m.text}=${m.id}`);

describe('a full name written with middle initials the index leaves out', () => {
  it('marks "First X. Last" as the index\'s "First Last", and the bare surname after it', () => {
    expect(ids('Treasury Secretary Timothy F. Geithner urged his counterparts to act. Geithner said growth mattered most.')).toEqual(['Timothy F. Geithner=Q311211', 'Geithner=Q311211']);
    expect(ids('The team flew to Moscow to meet its owner, the billionaire Mikhail D. Prokhorov.')).toEqual(['Moscow=Q649', 'Mikhail D. Prokhorov=Q233581']);
  });
  it('keeps names the index holds with their initials, and marks no one whose initials tell namesakes apart', () => {
    expect(ids('John F. Kennedy flew to Moscow.')).toEqual(['John F. Kennedy=Q9696', 'Moscow=Q649']);
    expect(ids('George P. Bush won the race for land commissioner.')).toEqual([]);
    expect(ids('George W. Bush spoke in Moscow.')).toEqual(['George W. Bush=Q207', 'Moscow=Q649']);
  });
  it('marks nothing where the name goes on or the first word is an initial too', () => {
    expect(ids('He flew into the Timothy F. Geithner Center on Monday.')).toEqual([]);
    expect(ids('The fund hired T. F. Geithner as adviser.')).toEqual([]);
  });
});

describe('a public body named in full, then without its country', () => {
  it('marks the short form anywhere in an article that names the body in full', () => {
    expect(ids('The resolution breaks with Security Council votes. Diplomats called for a UN Security Council debate. Key Security Council powers objected.')).toEqual([
      'Security Council=Q37470',
      'UN Security Council=Q37470',
      'Security Council=Q37470',
    ]);
    expect(ids("The U.S. Senate voted 51-49 on Tuesday. The bill goes back to the Senate's floor next week.")).toEqual(['U.S. Senate=Q66096', 'Senate=Q66096']);
    expect(ids('The Communist Party of Vietnam met on Monday. The Communist Party named a new leader.')).toEqual(['Communist Party of Vietnam=Q427325', 'Communist Party=Q427325']);
  });
  it('marks nothing where another body of that name is named, inside a longer name, or without the full name', () => {
    expect(ids('The U.S. Army said it would help. Iraqi Army units moved north. The Army declined to comment.')).toEqual(['U.S. Army=Q9212']);
    expect(ids('The U.S. Senate voted. The state Senate and the Texas Senate wait; the Senate Bill 5 died.')).toEqual(['U.S. Senate=Q66096']);
    expect(ids('The U.S. Army said it would help the Army Corps of Engineers.')).toEqual(['U.S. Army=Q9212']);
    expect(ids('The Senate voted 51-49 on Tuesday. The Army declined to comment.')).toEqual([]);
  });
  it('leaves companies named after a country to their own names', () => {
    expect(ids('Google UK said the search results were wrong. UK regulators disagreed.')).toEqual(['Google UK=Q95']);
  });
});

describe('a firm named in full, then by its first word', () => {
  it('marks the first word after the full name', () => {
    expect(ids('Ford Motor Co said sales rose. Ford, which saw a 23 pct rise in truck sales, extended the program.')).toEqual(['Ford Motor Co=Q44294', 'Ford=Q44294']);
    expect(ids("Rolls Royce Plc said profit rose. In 1986, Rolls reported higher sales, and Rolls's shares gained.")).toEqual(['Rolls Royce Plc=Q243278', 'Rolls=Q243278', 'Rolls=Q243278']);
  });
  it('marks nothing for a generic first word, a place, a word, or where the word names something else', () => {
    expect(ids('General Motors said sales fell. General Electric and the General said nothing.')).toEqual(['General Motors=Q81965']);
    expect(ids('Georgia Power said rates would rise. Georgia regulators disagreed.')).toEqual(['Georgia Power=Q5547666', 'Georgia=Q1428']);
    expect(ids('Ford Motor Co said sales rose. Ford said the Ford Foundation was separate.')).toEqual(['Ford Motor Co=Q44294']);
    expect(ids('Ford Motor Co said sales rose. Ford said they would ford the river.')).toEqual(['Ford Motor Co=Q44294']);
    expect(ids('Ford said sales rose. Later, Ford Motor Co said more.')).toEqual(['Ford Motor Co=Q44294']);
  });
});

describe('the shorter full names of well-known people (build: scripts/data/lib/short-person-names.ts)', () => {
  const person = (id: string, name: string, prominence: number, country?: string, aliases: string[] = []): EntityRecord => ({ id, type: 'person', name, prominence, country, aliases, sources: [{ source: 'curated' }] });
  const build = (recs: EntityRecord[]) => {
    const aliases: [string, number, number][] = [];
    recs.forEach((r, i) => { for (const [t, f] of entityAliases(r)) aliases.push([t, i, f]); });
    const out = shortPersonNames(recs, aliases, () => 0);
    return recs.map((r, i) => `${r.name}: ${(out.get(i) ?? []).map(([t]) => t).join(', ')}`);
  };
  it('drops a generational suffix and, before a rare surname, the middle names', () => {
    expect(build([person('Q8027', 'Martin Luther King Jr.', 0.85, 'US'), person('Q35149', 'Wilhelm Conrad Röntgen', 0.76)])).toEqual([
      'Martin Luther King Jr.: Martin Luther King',
      'Wilhelm Conrad Röntgen: Wilhelm Röntgen',
    ]);
  });
  it('gives none before a common surname, for two surnames, for the little known, or where the name is taken', () => {
    const maxwells = ['Ann', 'Bob', 'Cy'].map((f, k) => person(`Q${k + 1}`, `${f} Maxwell`, 0.3, 'GB'));
    expect(build([person('Q9095', 'James Clerk Maxwell', 0.85, 'GB'), ...maxwells])[0]).toBe('James Clerk Maxwell: ');
    expect(build([person('Q41408', 'Federico García Lorca', 0.85, 'ES')])).toEqual(['Federico García Lorca: ']);
    expect(build([person('Q9', 'Albert Abraham Michelson', 0.4, 'US')])).toEqual(['Albert Abraham Michelson: ']);
    expect(build([person('Q10', 'Wilhelm Conrad Röntgen', 0.76), person('Q11', 'Wilhelm Röntgen', 0.3, 'DE')])[0]).toBe('Wilhelm Conrad Röntgen: ');
    expect(build([person('Q12', 'John Quincy Doe', 0.7, 'US'), person('Q13', 'John Peter Doe', 0.65, 'US')])).toEqual(['John Quincy Doe: ', 'John Peter Doe: ']);
  });
});

describe('a word that opens a sentence is no first name before a surname', () => {
  const m2 = createMatcher(smallIndex([
    [{ id: 'Q180589', type: 'person', subtype: 'politician', name: 'Boris Johnson', prominence: 0.8, country: 'GB' }, [['Boris Johnson', PR], ['Johnson', SUR]]],
    [{ id: 'x:both', type: 'person', subtype: 'politician', name: 'Both Gaya', prominence: 0.2, country: 'SN' }, [['Both Gaya', PR], ['Gaya', SUR]]],
    [{ id: 'x:will', type: 'person', subtype: 'politician', name: 'Will Smith', prominence: 0.2, country: 'US' }, [['Will Smith', PR], ['Smith', SUR]]],
  ]));
  const ids2 = (text: string) => m2.find(text).map((m) => `${m.text}=${m.id}`);
  it('links the surname after "Both", "Even" at a sentence start to the person named in full', () => {
    expect(ids2('Prime Minister Boris Johnson met voters. Both Johnson and his rival attacked each other. Even Johnson agreed.')).toEqual(['Boris Johnson=Q180589', 'Johnson=Q180589', 'Johnson=Q180589']);
  });
  it('still reads a real first name there as someone else', () => {
    expect(ids2('Prime Minister Boris Johnson met voters. Will Johnson, his cousin, stayed home.')).toEqual(['Boris Johnson=Q180589']);
  });
});

describe('a name after a word that opens the sentence', () => {
  it('marks the name after a preposition or a participle that opens a sentence', () => {
    expect(ids('Excluding Brazil, bad loans fell by a third.')).toEqual(['Brazil=Q155']);
    expect(ids('Outside Brazil, the bank has no branches.')).toEqual(['Brazil=Q155']);
    expect(ids('Visiting Brazil last week, he met farmers.')).toEqual(['Brazil=Q155']);
  });
  it('still reads a capitalized name word before it as part of a longer name', () => {
    expect(ids('Jorge Brazil said the loans were safe.')).toEqual([]);
  });
});

describe('a well-known name that is also a word, opening a sentence', () => {
  it('is the name before a possessive or a verb in the past tense', () => {
    expect(ids("Japan's economy grew last year.")).toEqual(['Japan=Q17']);
    expect(ids('Japan bought rapeseed from Canada.')).toEqual(['Japan=Q17']);
    expect(ids('Turkey rejected the plan.')).toEqual(['Turkey=Q43']);
  });
  it('stays a word where nothing says name, and for a lesser-known place', () => {
    expect(ids('Turkey sandwiches were served.')).toEqual([]);
    expect(ids('Reading helped the children.')).toEqual([]);
  });
});

describe('a place after a company\'s legal suffix and "of"', () => {
  it('is where the company is based, not part of its name', () => {
    expect(ids('said Tom Fisher, managing director of Pace Consultants Inc of Houston.')).toEqual(['Houston=Q16555']);
    expect(ids('The firm sold its stake to Acme Trading Co Ltd of Houston last week.')).toEqual(['Houston=Q16555']);
  });
  it('stays part of an institution\'s name after any other head', () => {
    expect(ids('She studied at the University of Houston.')).toEqual([]);
  });
});

describe('a title of office before a bare surname', () => {
  it('names the one well-known office holder of that surname', () => {
    expect(ids('President Reagan announced new tariffs.')).toEqual(['Reagan=Q9960']);
    expect(ids('President Reagan Tuesday announced new tariffs.')).toEqual(['Reagan=Q9960']);
  });
  it('reads a word that goes on with a name or an initial as a first name ("General Martin E. Dempsey")', () => {
    expect(ids('Army General Reagan E. Dempsey spoke.')).toEqual([]);
    expect(ids('President Reagan Smith of the college spoke.')).toEqual([]);
  });
  it('names no one where two office holders share it, or the title is no office', () => {
    expect(ids('President Kennedy spoke in Dallas.')).toEqual([]);
    expect(ids('Mrs Reagan spoke.')).toEqual([]);
  });
  it('leaves the surname to someone the article names in full', () => {
    expect(ids('Nancy Reagan spoke first. President Reagan agreed.')).toEqual(['Nancy Reagan=Q193426', 'Reagan=Q193426']);
    expect(ids('University President Robert Reagan said the fees would rise. President Reagan added that no one would lose a place.')).toEqual([]);
  });
});

describe('a royal title before a name', () => {
  it('is a title, not the first word of a longer name', () => {
    expect(ids('Emperor Akihito addressed the nation.')).toEqual(['Akihito=Q37979']);
  });
});

describe('"<town>, <state>-based"', () => {
  it('reads the state, not the namesake city "-based" alone suggests', () => {
    expect(ids('The Redmond, Washington-based company beat estimates.')).toEqual(['Washington=Q1223']);
    expect(ids('A Washington-based think tank said the plan would fail.')).toEqual(['Washington=Q61']);
  });
});

describe('a brand and the firm that owns it', () => {
  it('are one to a reader: the firm is marked, though neither is far better known', () => {
    expect(ids("Shell's profits rose last year.")).toEqual(['Shell=Q154950']);
    expect(ids('Analysts said Shell would cut its dividend.')).toEqual(['Shell=Q154950']);
  });
});

describe('an adverb of time opening a sentence', () => {
  it('is no part of the name after it', () => {
    expect(ids('Yesterday Brazil lifted the ban.')).toEqual(['Brazil=Q155']);
    expect(ids('Earlier Houston had lifted its curfew.')).toEqual(['Houston=Q16555']);
  });
});

describe('"Labour", the party of the article\'s country', () => {
  it('is the British party in a story about Britain', () => {
    expect(ids('He said Labour would win the election in Britain.')).toEqual(['Labour=Q9630', 'Britain=Q145']);
  });
  it('is no party where the country is not said, nor the word at a sentence\'s start', () => {
    expect(ids('He said Labour would win the election.')).toEqual([]);
    expect(ids('Labour costs rose in Britain.')).toEqual(['Britain=Q145']);
  });
});

describe('"the Atlanta Fed"', () => {
  it('is a regional reserve bank: neither the city nor the Federal Reserve', () => {
    expect(ids('Atlanta Fed President Jane Doe said inflation was easing.')).toEqual([]);
    expect(ids('The Fed raised rates, and markets in Houston fell.')).toEqual(['Fed=Q53536', 'Houston=Q16555']);
  });
});
