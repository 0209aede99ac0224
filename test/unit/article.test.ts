import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { findArticle, isBoilerplate } from '../../core/page/article';
import { scanDocument } from '../../core/page/scan';
import { renderDemoPage } from '../../scripts/demo-server';

function page(head: string, body: string): Document {
  return parseHTML(`<!doctype html><html><head><title>T</title>${head}</head><body>${body}</body></html>`).document as unknown as Document;
}

/** Prose paragraphs written for the test (never page text). */
function prose(n: number, topic = 'valley'): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(`<p>Paragraph ${i} says that the ${topic} council met on day ${i}, and that the members, after a long debate about roads, schools and water, agreed to publish a plan for the coming year before the winter closes the passes.</p>`);
  }
  return out.join('\n');
}

const NEWS_LD = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"H","datePublished":"2021-08-22"}</script>';

const NEWS_BODY = `
  <header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
  <main>
    <article>
      <header>
        <h1>Council agrees on a plan</h1>
        <p class="byline">By Test Writer</p>
        <p class="dateline">Published 22 August 2021</p>
        <div class="share-bar"><a href="/s/tw">Twitter</a> <a href="/s/fb">Facebook</a></div>
      </header>
      <div class="article-body">
        ${prose(3)}
        <figure><svg><text>svg words</text></svg><figcaption>A caption line. <span class="credit">Photo: Somebody</span></figcaption></figure>
        <p>Inline <a href="/x">Ahmad Shah</a> Massoud is named here, with <code>code words</code> and a <button>Button words</button>.</p>
        <div class="related-stories"><h3>Related</h3><ul><li><a href="/a">Other story one</a></li><li><a href="/b">Other story two</a></li></ul></div>
        ${prose(2, 'river')}
        <div class="newsletter-signup"><p>Sign up for our newsletter</p><form><input placeholder="email"><button>Go</button></form></div>
        <div contenteditable="true">Editable words</div>
        <textarea>Typed words</textarea>
        <p hidden>Hidden words</p>
        <p aria-hidden="true">Aria hidden words</p>
        <pre>Preformatted words</pre>
        <div class="ad-slot">Advertisement words</div>
        ${prose(2, 'mountain')}
        <p><a href="/more">Read more: another story entirely</a></p>
      </div>
      <footer class="article-footer"><a href="/tags/x">Tag words</a></footer>
    </article>
    <section class="comments"><h2>Comments</h2><p>A reader comment that goes on for a while about the council and the plan and many other things.</p></section>
  </main>
  <aside class="rail"><h2>Most read</h2><ul><li><a href="/c">Popular story</a></li></ul></aside>
  <footer class="site-footer"><p>Copyright words</p></footer>`;

describe('findArticle', () => {
  it('finds a news article and its body, and only its body', () => {
    const doc = page(NEWS_LD + '<meta property="og:type" content="article">', NEWS_BODY);
    const a = findArticle(doc);
    expect(a.isArticle).toBe(true);
    expect(a.signals.jsonLdArticle).toBe(true);
    expect(a.signals.ogArticle).toBe(true);
    expect(a.root).not.toBeNull();
    expect(doc.querySelector('article')!.contains(a.root!)).toBe(true);

    const scan = scanDocument(doc);
    expect(scan.isArticle).toBe(true);
    for (const topic of ['valley', 'river', 'mountain']) expect(scan.text).toContain(`the ${topic} council met on day 1`);
    expect(scan.text).toContain('Inline Ahmad Shah Massoud is named here');
    for (const unwanted of [
      'By Test Writer', 'Published 22 August', 'Twitter', 'svg words', 'Photo: Somebody', 'code words', 'Button words',
      'Other story', 'newsletter', 'Editable words', 'Typed words', 'Hidden words', 'Aria hidden words',
      'Preformatted words', 'Advertisement words', 'Read more', 'Tag words', 'reader comment', 'Popular story',
      'Copyright words', 'World',
    ]) {
      expect(scan.text, unwanted).not.toContain(unwanted);
    }
  });

  it('maps the body text back to the live page nodes', () => {
    const doc = page(NEWS_LD, NEWS_BODY);
    const scan = scanDocument(doc);
    const at = scan.text.indexOf('Ahmad Shah Massoud');
    const pieces = scan.rangeAt(at, at + 'Ahmad Shah Massoud'.length);
    expect(pieces.map((p) => p.startContainer.data.slice(p.startOffset, p.endOffset)).join('')).toBe('Ahmad Shah Massoud');
    for (const p of pieces) expect(doc.body.contains(p.startContainer)).toBe(true);
  });

  it('does not change the live DOM', () => {
    const doc = page(NEWS_LD, NEWS_BODY);
    const before = doc.documentElement.outerHTML;
    scanDocument(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('does not call a section front (lists of links) an article', () => {
    const items = Array.from({ length: 40 }, (_, i) => `<li><a href="/story/${i}">Story number ${i} about the council</a> <span>2h ago</span></li>`).join('');
    const doc = page('<meta property="og:type" content="website">', `<nav><a href="/">Home</a></nav><main><h1>World</h1><ul>${items}</ul></main>`);
    const a = findArticle(doc);
    expect(a.isArticle).toBe(false);
  });

  it('does not call a declared article that is mostly links an article', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<p><a href="/s/${i}">A long linked teaser headline number ${i} about the council, the valley and the roads ahead</a></p>`).join('');
    const a = findArticle(page('<meta property="og:type" content="article">', `<article>${links}</article>`));
    expect(a.isArticle).toBe(false);
  });

  it('does not call a declared article with almost no prose an article', () => {
    const doc = page(NEWS_LD, '<article><h1>Gallery</h1><p>Short caption.</p><img src="x.jpg"></article>');
    expect(findArticle(doc).isArticle).toBe(false);
  });

  it('calls a long undeclared page of dense prose an article', () => {
    const doc = page('', `<div id="wrap"><div class="menu"><a href="/">Home</a></div><div class="text">${prose(8)}</div></div>`);
    const a = findArticle(doc);
    expect(a.isArticle).toBe(true);
    expect(a.signals.jsonLdArticle || a.signals.ogArticle || a.signals.articleElements > 0).toBe(false);
  });

  it('never throws on odd documents', () => {
    expect(findArticle(page('', '')).isArticle).toBe(false);
    const bare = parseHTML('<html></html>').document as unknown as Document;
    expect(() => scanDocument(bare)).not.toThrow();
    const deep = page('', '<div id="d"></div>');
    let el = deep.getElementById('d')!;
    for (let i = 0; i < 5000; i++) {
      const c = deep.createElement('div');
      el.appendChild(c);
      el = c;
    }
    el.innerHTML = prose(6);
    expect(() => scanDocument(deep)).not.toThrow();
  });

  it('on the demo page: the story body, its date, and none of the page around it', () => {
    const doc = parseHTML(renderDemoPage()).document as unknown as Document;
    const scan = scanDocument(doc);
    expect(scan.isArticle).toBe(true);
    expect(scan.published.date).toBe('2021-08-22');
    expect(scan.root?.classList.contains('story-body')).toBe(true);
    const fixture = readFileSync('../shared/fixtures/panjshir-2021-08.txt', 'utf8');
    for (const line of fixture.split('\n').map((l) => l.trim()).filter(Boolean)) {
      if (/^Also Read/i.test(line)) expect(scan.text).not.toContain(line.replace(/^Also Read\s*\|\s*/i, ''));
      else expect(scan.text).toContain(line);
    }
    for (const unwanted of ['Related stories', 'Comments', 'kabul_reader', 'Advertisement', 'Lina Haddad', 'Share', 'Topics:', 'Most read']) {
      expect(scan.text, unwanted).not.toContain(unwanted);
    }
  });
});

describe('isBoilerplate', () => {
  const el = (html: string) => (parseHTML(`<div>${html}</div>`).document as unknown as Document).querySelector('div > *')!;

  it.each([
    '<div class="c-byline__name">Name</div>',
    '<div class="share-tools">x</div>',
    '<div id="newsletter">x</div>',
    '<p class="ad_slot">x</p>',
    '<div class="related-links">x</div>',
    '<div role="navigation">x</div>',
    '<span itemprop="author">x</span>',
    '<p>By Jane Roe</p>',
    '<p>Updated at 10:04 a.m.</p>',
    '<p>READ MORE: something else</p>',
    '<p>The harbour at dusk (Image: Getty)</p>',
    '<p><a href="/x">A linked teaser headline</a></p>',
  ])('drops %s', (html) => {
    expect(isBoilerplate(el(html))).toBe(true);
  });

  it('drops a long list of links named like boilerplate, keeps a story container with such a name', () => {
    const items = Array.from({ length: 150 }, (_, i) => `<li><a href="/s/${i}">Story ${i}</a></li>`).join('');
    expect(isBoilerplate(el(`<div class="related-links"><ul>${items}</ul></div>`))).toBe(true);
    expect(isBoilerplate(el(`<div class="related-story">${prose(12)}</div>`))).toBe(false);
  });

  it('reads dates and bylines in other Latin and Cyrillic scripts', () => {
    expect(isBoilerplate(el('<p>By Émile Zola</p>'))).toBe(true);
    expect(isBoilerplate(el('<p>12 Março 2021</p>'))).toBe(true);
    expect(isBoilerplate(el('<p>Ноября 12, 2021</p>'))).toBe(true);
  });

  it('keeps a linked phrase inside a sentence, drops a lone linked line', () => {
    const d = parseHTML('<div><p>The court <span><a href="/x">ruled on Monday</a></span> that it may go on.</p><p><span><a href="/y">Other story</a></span></p></div>').document as unknown as Document;
    const [inSentence, alone] = Array.from(d.querySelectorAll('span'));
    expect(isBoilerplate(inSentence)).toBe(false);
    expect(isBoilerplate(alone)).toBe(true);
  });

  it.each([
    '<div class="entry-content-read-more">body</div>',
    '<div class="article-body">body</div>',
    '<p>By the time the council met, the roads were closed.</p>',
    '<p>A sentence with <a href="/x">a link</a> inside ordinary prose that goes on.</p>',
    '<h2>A subhead</h2>',
    '<blockquote>A pull quote.</blockquote>',
  ])('keeps %s', (html) => {
    expect(isBoilerplate(el(html))).toBe(false);
  });
});
