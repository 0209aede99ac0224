/**
 * The live-DOM article scorer (core/page/article-score.ts): finds the story and only the story, reads
 * the page without changing it, stays bounded on hostile pages, and stops at checkpoints often.
 */
import { describe, expect, it } from 'vitest';
import { DOMParser, parseHTML } from 'linkedom';
import { scoreArticle, probablyReadable, type ScoredBody } from '../../core/page/article-score';
import { buildTextMap } from '../../core/page/textmap';

const doc = (body: string, head = '<title>Council agrees on a plan for the valley</title>') =>
  parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;

function drain<T>(g: Generator<void, T, void>): { value: T; steps: number } {
  let steps = 0;
  for (;;) {
    const r = g.next();
    if (r.done) return { value: r.value, steps };
    steps++;
  }
}

const score = (d: Document, opts = {}) => drain(scoreArticle(d, opts)).value;

/** The body's text as the text map reads it with only the scorer's rules. */
function bodyText(found: ScoredBody | null): string {
  if (!found) return '';
  const { root, dropped, keepChild } = found;
  return buildTextMap(root, {
    skip: (el) => dropped(el) || (keepChild !== null && el.parentNode === root && !keepChild(el)),
    keepText: (t) => !keepChild || t.parentNode !== root || keepChild(t),
  }).text;
}

/** Sentences written for the test (never page text), with commas as prose has them. */
function sentences(n: number, topic: string): string[] {
  return Array.from({ length: n }, (_, i) =>
    `Sentence ${i} tells how the ${topic} council, after a long debate about roads, schools and water, agreed on day ${i} to publish a plan for the coming year.`);
}
const paras = (n: number, topic: string) => sentences(n, topic).map((s) => `<p>${s}</p>`).join('\n');

const links = (n: number, label: string) =>
  Array.from({ length: n }, (_, i) => `<li><a href="/${label}/${i}">${label} story number ${i} about something else entirely</a></li>`).join('');

describe('scoreArticle', () => {
  it('finds the story, not the nav, the related rail or the comments', () => {
    const d = doc(`
      <div id="page">
        <nav class="top"><ul>${links(8, 'section')}</ul></nav>
        <div class="layout">
          <div class="main-column">
            <h1>Council agrees on a plan for the valley</h1>
            <div class="story-text">${paras(6, 'valley')}</div>
            <div id="comments" class="comments"><h3>Comments</h3>
              <div class="comment"><p>A reader writes, at length and with feeling, that the plan is late, thin, and costly, and that nobody asked them.</p></div>
              <div class="comment"><p>Another reader answers that the plan, for all its faults, is better than nothing, and that roads matter most.</p></div>
            </div>
          </div>
          <div class="related-rail"><h3>Related</h3><ul>${links(10, 'related')}</ul></div>
        </div>
        <div class="site-footer">About us, contact, jobs, advertising</div>
      </div>`);
    const before = d.documentElement.outerHTML;
    const found = score(d);
    expect(found).not.toBeNull();
    const text = bodyText(found);
    for (const s of sentences(6, 'valley')) expect(text).toContain(s);
    for (const unwanted of ['section story', 'related story', 'A reader writes', 'Another reader', 'About us', 'Council agrees on a plan']) {
      expect(text, unwanted).not.toContain(unwanted);
    }
    expect(found!.paragraphs).toBe(6);
    expect(found!.linkDensity).toBeLessThan(0.05);
    // Read only: the page is exactly as it was.
    expect(d.documentElement.outerHTML).toBe(before);
  });

  it('finds a story written in divs and <br><br> (no <p>)', () => {
    const lines = sentences(6, 'river');
    const d = doc(`
      <div class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>
      <div id="wrap">
        <div class="intro">${lines[0]}</div>
        <div class="intro">${lines[1]}</div>
        <div class="content">${lines[2]}<br><br>${lines[3]}<br><br>${lines[4]}<br><br>${lines[5]}</div>
      </div>`);
    const found = score(d);
    const text = bodyText(found);
    for (const s of lines) expect(text).toContain(s);
    expect(text).not.toContain('Sport');
    expect(found!.paragraphs).toBeGreaterThanOrEqual(4);
  });

  it('of two columns, takes the one with the prose', () => {
    const teasers = Array.from({ length: 12 }, (_, i) => `<div class="teaser"><a href="/t/${i}">Teaser headline ${i}, short</a><span>2h ago</span></div>`).join('');
    const d = doc(`
      <div class="row">
        <div class="col col-a">${teasers}</div>
        <div class="col col-b">${paras(5, 'mountain')}</div>
      </div>`);
    const found = score(d);
    expect(found!.root.classList.contains('col-b')).toBe(true);
    const text = bodyText(found);
    expect(text).toContain(sentences(5, 'mountain')[4]);
    expect(text).not.toContain('Teaser headline');
  });

  it('joins prose siblings of the best candidate and leaves link lists out', () => {
    const d = doc(`
      <div id="outer">
        <div class="lede"><p>${sentences(1, 'harbour')[0]}</p></div>
        <div class="body">${paras(6, 'harbour')}</div>
        <div class="tags"><a href="/a">Harbour</a>, <a href="/b">Council</a>, <a href="/c">Roads</a></div>
      </div>`);
    const found = score(d);
    const text = bodyText(found);
    expect(text.match(/Sentence 0 tells how the harbour/g)).toHaveLength(2);
    expect(text).not.toContain('Roads');
  });

  it('scores only the scope when given one', () => {
    const d = doc(`<div class="other">${paras(8, 'desert')}</div><article id="a">${paras(3, 'forest')}</article>`);
    const found = score(d, { scope: d.getElementById('a') });
    expect(bodyText(found)).toContain('forest council');
    expect(bodyText(found)).not.toContain('desert');
  });

  it('finds nothing on an empty page, and only links on a link list', () => {
    // As Readability: a page without paragraphs is all one body; its link density says what it is.
    expect(score(doc(`<ul>${links(30, 'x')}</ul>`))!.linkDensity).toBeGreaterThan(0.9);
    expect(score(doc(''))).toBeNull();
    const bare = parseHTML('<html></html>').document as unknown as Document;
    expect(score(bare)).toBeNull();
  });

  it('stays bounded on a 5k-deep chain: no throw, no stack overflow', () => {
    const d = doc('<div id="d"></div>');
    let el = d.getElementById('d')!;
    for (let i = 0; i < 5000; i++) {
      const c = d.createElement('div');
      el.appendChild(c);
      el = c;
    }
    el.innerHTML = paras(6, 'canyon');
    // Over the default depth bound: not scored.
    expect(score(d)).toBeNull();
    // With the bound lifted, the iterative walk still copes.
    const found = score(d, { maxDepth: 10_000 });
    expect(bodyText(found)).toContain('canyon council');
  });

  it('stays bounded on a 100k-node page: a node limit, and every walk in steps', () => {
    const cells = Array.from({ length: 50_000 }, (_, i) => `<span>w${i}</span>`).join('');
    const d = doc(`<div>${cells}</div><div class="story">${paras(5, 'lake')}</div>`);
    expect(drain(scoreArticle(d, { maxNodes: 20_000 })).value).toBeNull();
    const { value, steps } = drain(scoreArticle(d));
    expect(value).not.toBeNull();
    // ~100k nodes walked: a checkpoint at least every 256 of them.
    expect(steps).toBeGreaterThan(100_000 / 256);
  });

  it('stops at a checkpoint at least every few hundred nodes on a big article page', () => {
    const blocks = Array.from({ length: 1000 }, (_, i) => `<div class="block"><h2>Part ${i}</h2>${paras(3, `part ${i}`)}<ul>${links(3, `more${i}`)}</ul></div>`).join('');
    const d = doc(`<div id="story">${blocks}</div>`);
    let nodes = 0;
    const count = (n: Node) => {
      const stack: Node[] = [n];
      while (stack.length) {
        const x = stack.pop()!;
        nodes++;
        for (let c = x.firstChild; c; c = c.nextSibling) stack.push(c);
      }
    };
    count(d.body);
    const { value, steps } = drain(scoreArticle(d));
    expect(value).not.toBeNull();
    expect(nodes).toBeGreaterThan(20_000);
    expect(steps).toBeGreaterThan(nodes / 256);
  });

  it('never throws on odd documents', () => {
    const weird = doc('<svg><text>svg words</text></svg><math><mi>x</mi></math><table><tr><td>cell</td></tr></table><template><p>t</p></template>');
    expect(() => score(weird)).not.toThrow();
  });
});

describe('probablyReadable', () => {
  it('says yes to a page of long paragraphs and no to a link list', () => {
    const long = (topic: string) => Array.from({ length: 3 }, () => `<p>${sentences(3, topic).join(' ')}</p>`).join('');
    expect(drain(probablyReadable(doc(long('valley')))).value).toBe(true);
    expect(drain(probablyReadable(doc(`<ul>${links(40, 'x')}</ul>`))).value).toBe(false);
    // Paragraphs inside list items, or named like page furniture, do not count.
    expect(drain(probablyReadable(doc(`<ul><li>${long('valley')}</li></ul>${long('hill').replaceAll('<p>', '<p class="sidebar-note">')}`))).value).toBe(false);
  });
});

describe('scoreArticle on XHTML', () => {
  it('finds the story when tag names are lower case', () => {
    const xhtml = `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>T</title></head><body><div class="top"><p><a href="/o">Other story on the front page</a></p></div><div class="story">${paras(6, 'plain')}</div></body></html>`;
    const d = new DOMParser().parseFromString(xhtml, 'text/xml') as unknown as Document;
    expect(d.getElementsByTagName('body')[0].tagName).toBe('body');
    const found = score(d);
    expect(bodyText(found)).toContain(sentences(6, 'plain')[5]);
    expect(bodyText(found)).not.toContain('Other story');
  });
});
