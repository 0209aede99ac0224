import { describe, expect, it } from 'vitest';
import { articleDescription, findInArticle, MAX_ENTITIES } from '../../core/linking/in-article';

const names = (text: string, linked: { start: number; end: number }[] = []) => findInArticle(text, linked).map((e) => `${e.type}:${e.name}`);

describe('findInArticle: people', () => {
  it('finds a full name after a title', () => {
    const text = 'Sen. Mark Warner said on Tuesday that the bill would pass the committee vote soon.';
    expect(names(text)).toEqual(['person:Mark Warner']);
  });

  it('finds a full name with an appositive after it, with the description and the sentence', () => {
    const text =
      'Talks continued in the capital on Friday. Fidelis Mukonori, a Catholic priest, is acting as a middle-man between the two sides. Mukonori said the talks would go on for days.';
    const [e] = findInArticle(text);
    expect(e.name).toBe('Fidelis Mukonori');
    expect(e.type).toBe('person');
    expect(e.descriptions).toEqual(['a Catholic priest']);
    expect(e.mentions.map((m) => m.text)).toEqual(['Fidelis Mukonori', 'Mukonori']);
    expect(e.sentence).toBe('Fidelis Mukonori, a Catholic priest, is acting as a middle-man between the two sides.');
  });

  it('finds a full name after a role phrase and a comma', () => {
    const text = "The company's plans were outlined on Monday by Yahoo's chief executive, Marissa Mayer, at a meeting in California.";
    const [e] = findInArticle(text);
    expect(e.name).toBe('Marissa Mayer');
    expect(e.descriptions).toEqual(["Yahoo's chief executive"]);
  });

  it('finds a full name right after a role word', () => {
    const text = 'The decision was confirmed by spokesman John Hollister in a statement issued late on Thursday night.';
    expect(names(text)).toEqual(['person:John Hollister']);
  });

  it('finds a full name after an office written as a title, and an appositive without an article', () => {
    const text =
      'Emirates President Tim Clark told reporters the order was firm. "We are going," said Steve Clarke, deputy associate administrator for exploration, on Monday in the capital.';
    const es = findInArticle(text);
    expect(es.map((e) => e.name)).toEqual(['Tim Clark', 'Steve Clarke']);
    expect(es[1].descriptions).toEqual(['deputy associate administrator for exploration']);
  });

  it('an appositive naming a kind of organization makes it one', () => {
    const text = 'Funding for the grants this year comes from Good Ventures, a large foundation, the group said.';
    expect(names(text)).toEqual(['organization:Good Ventures']);
  });

  it('joins the surname to the full name but not when two people share it', () => {
    const text =
      'The plan was backed by Sen. Mark Warner in the morning session of the panel. Later Sen. Anna Warner said it would fail in the end. Warner declined to comment on the vote that followed.';
    const es = findInArticle(text);
    expect(es.map((e) => e.name)).toEqual(['Mark Warner', 'Anna Warner']);
    expect(es.every((e) => e.mentions.length === 1)).toBe(true);
  });
});

describe('findInArticle: organizations', () => {
  it('finds a name ending in an organizational head word', () => {
    const text = 'The fishery was certified by the Marine Stewardship Council after a review that lasted two years.';
    expect(names(text)).toEqual(['organization:Marine Stewardship Council']);
  });

  it('finds an organization whose acronym the text defines, and joins the acronym', () => {
    const text =
      'The Congressional Budget Office (CBO) said the bill would cost $1 trillion over the decade. The CBO estimate was released on Monday afternoon.';
    const [e] = findInArticle(text);
    expect(e.name).toBe('Congressional Budget Office');
    expect(e.mentions.map((m) => m.text)).toEqual(['Congressional Budget Office', 'CBO', 'CBO']);
  });

  it('finds a defined acronym without a head word', () => {
    const text = 'The report was written by Human Rights Watch (HRW) and published on its site this week in full.';
    expect(names(text)).toEqual(['organization:Human Rights Watch']);
  });
});

describe('findInArticle: never', () => {
  it('no sentence-initial common word, day, month or demonym', () => {
    const text =
      'However Smith, a lawyer, was not there on the day of the hearing. On Monday, a spokesman said nothing new. In March American officials, the ministers, met in the city for talks.';
    expect(names(text)).toEqual([]);
  });

  it('no fictional character, no name after a possessive title, no truncated list of a name', () => {
    expect(names('He returns to the franchise to reprise his role as George Kirk, the father of the captain, next year.')).toEqual([]);
    expect(names("The California Governor's Office of Emergency Services said in a letter that power would return soon.")).toEqual([]);
    expect(names("South Korea's Ministry of Trade, Industry and Energy has unveiled a plan to cut the price of power.")).toEqual([]);
    // A second complement: where the name ends is unclear, so nothing ("… Office for the Western District of …").
    expect(names("The case was filed by the Attorney's Office for the Western District of New York on Monday.")).toEqual([]);
    expect(names('The researchers at the National Institute of Environmental Health Sciences said the risk was low.')).toEqual(['organization:National Institute of Environmental Health Sciences']);
  });

  it('no name without a cue', () => {
    expect(names('John Smith went to the shop and bought some bread and milk for the family.')).toEqual([]);
  });

  it('no byline and no heading fragment', () => {
    expect(names('By John Smith, a reporter\nMarine Stewardship Council Criticised\nThe story begins here and goes on for a while.')).toEqual([]);
  });

  it('nothing overlapping a linked name, nor a name the KB linked elsewhere', () => {
    const text = 'The bill was opposed by Sen. Mark Warner of Virginia on the floor of the Senate this week. Mark Warner, a Democrat, spoke for an hour.';
    const at = text.indexOf('Mark Warner');
    const again = text.lastIndexOf('Mark Warner');
    expect(names(text, [{ start: at, end: at + 11 }])).toEqual([]);
    expect(names(text, [{ start: again, end: again + 11 }])).toEqual([]);
    const org = 'The fishery was certified by the Marine Stewardship Council after a long review of the stocks.';
    const m = org.indexOf('Stewardship');
    expect(names(org, [{ start: m, end: m + 11 }])).toEqual([]);
  });

  it('bounded work on a hostile page', () => {
    const many = Array.from({ length: 500 }, (_, i) => `Sen. Zed Q${'a'.repeat(i % 7)}ab${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + ((i / 26) | 0) % 26)} spoke at length today.`).join(' ');
    expect(findInArticle(many).length).toBeLessThanOrEqual(MAX_ENTITIES);
    expect(findInArticle('A'.repeat(1_000_000))).toEqual([]);
  });
});

describe('articleDescription', () => {
  it('reads the appositive after a known name', () => {
    const text = 'Amrullah Saleh, the Vice President of Afghanistan, said the valley would hold out.';
    expect(articleDescription(text, [{ start: 0, end: 14 }])).toBe('the Vice President of Afghanistan');
  });
  it('null when the article gives none', () => {
    expect(articleDescription('Amrullah Saleh said the valley would hold out.', [{ start: 0, end: 14 }])).toBeNull();
  });
});
