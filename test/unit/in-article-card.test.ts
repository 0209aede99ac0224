import { beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { Card } from '../../components/card/Card';
import { cardText } from '../../components/card/card-text';
import { findInArticle, inArticleCard, inArticleMentions } from '../../core/linking/in-article';
import type { CardModel } from '../../core/types';

const TEXT =
  'Talks went on in the capital on Friday. Fidelis Mukonori, a Catholic priest, is acting as a middle-man between the two sides. Mukonori said the talks would go on.';

let doc: Document;
beforeAll(() => {
  doc = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>').document as unknown as Document;
  (globalThis as { document?: Document }).document = doc;
});

describe('in-article card', () => {
  const [e] = findInArticle(TEXT);
  const model = inArticleCard(e, '2017-11-17', false);

  it('holds only what the article says', () => {
    expect(model).toMatchObject({ name: 'Fidelis Mukonori', type: 'person', lines: [], fromArticle: { descriptions: ['a Catholic priest'], mentions: 2 } });
    expect(model.description).toBeUndefined();
    expect(model.wikipedia).toBeUndefined();
    expect(inArticleMentions(e).map((m) => [m.text, m.via, m.id])).toEqual([
      ['Fidelis Mukonori', 'article', e.id],
      ['Mukonori', 'article', e.id],
    ]);
  });

  it('renders the origin line, the descriptions, the count and the first sentence, as text', () => {
    const root = doc.getElementById('root')!;
    const evil: CardModel = { ...model, fromArticle: { ...model.fromArticle!, descriptions: ['<img src=x onerror=alert(1)>'] } };
    render(h(Card, { model: evil, mentionCount: 2, mentionIndex: 1, onAllMentions() {}, onReport() {}, onClose() {} }), root);
    expect(root.querySelector('.card.from-article')).not.toBeNull();
    expect(root.querySelector('.origin')!.textContent).toBe("Not in Backstory's knowledge · from this article");
    expect(root.querySelector('.own-desc li')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.count-line')!.textContent).toBe('Mentioned 2 times in this article');
    expect(root.querySelector('.first-sentence')!.textContent).toContain('Fidelis Mukonori, a Catholic priest, is acting');
    expect(root.querySelector('.lines, .sources, .wiki')).toBeNull();
    const buttons = [...root.querySelectorAll('button')].map((b) => b.textContent);
    expect(buttons).toContain('Next mention (1 of 2)');
    expect(buttons).toContain('Not this one');
    render(null, root);
  });

  it('from a later mention, the quoted sentence jumps to the first one; previous and next mention', () => {
    const root = doc.getElementById('root')!;
    const calls: string[] = [];
    render(
      h(Card, { model, mentionCount: 2, mentionIndex: 2, onAllMentions: () => calls.push('next'), onPrevMention: () => calls.push('prev'), onFirstMention: () => calls.push('first') }),
      root,
    );
    const jump = root.querySelector('button.first-sentence.jump') as HTMLButtonElement;
    expect(jump.textContent).toContain('Fidelis Mukonori, a Catholic priest');
    jump.click();
    (root.querySelector('button[aria-label="Previous mention"]') as HTMLButtonElement).click();
    expect(calls).toEqual(['first', 'prev']);
    render(null, root);
  });

  it('reads as text for the CLI', () => {
    expect(cardText(model)).toEqual([
      'Fidelis Mukonori [Person]',
      "Not in Backstory's knowledge · from this article",
      '- a Catholic priest',
      'Mentioned 2 times in this article',
      expect.stringContaining('“Fidelis Mukonori, a Catholic priest'),
    ]);
  });

  it('a linked card shows the article note', () => {
    const root = doc.getElementById('root')!;
    const linked: CardModel = { id: 'Q1', name: 'Amrullah Saleh', type: 'person', lines: [], asOf: '2021-08-22', asOfIsToday: false, articleNote: 'the Vice President of Afghanistan' };
    render(h(Card, { model: linked }), root);
    expect(root.querySelector('.article-note')!.textContent).toBe('In this article: the Vice President of Afghanistan');
    render(null, root);
  });
});
