import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { dateFromUrl, findPublished, parseDate } from '../../core/page/published';
import { renderDemoPage } from '../../scripts/demo-server';

function doc(head: string, body = '<p>text</p>'): Document {
  return parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
}

const ld = (obj: unknown) => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;

describe('findPublished', () => {
  it('reads NewsArticle JSON-LD datePublished as the publisher wrote the day', () => {
    const d = doc(ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', datePublished: '2021-08-22T23:30:00-04:00' }));
    expect(findPublished(d)).toEqual({ date: '2021-08-22', source: 'json-ld' });
  });

  it('finds the article inside @graph, next to other objects', () => {
    const d = doc(ld({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', name: 'Paper', foundingDate: '1901-01-01' },
        { '@type': 'WebPage', datePublished: '2020-01-01' },
        { '@type': ['Article', 'ReportageNewsArticle'], datePublished: '2019-11-19T10:00:00Z' },
      ],
    }));
    expect(findPublished(d)).toEqual({ date: '2019-11-19', source: 'json-ld' });
  });

  it('reads a JSON-LD array and skips broken JSON-LD blocks', () => {
    const d = doc('<script type="application/ld+json">{broken</script>' + ld([{ '@type': 'BreadcrumbList' }, { '@type': 'Article', datePublished: '2018-03-04' }]));
    expect(findPublished(d).date).toBe('2018-03-04');
  });

  it('reads datePublished from hand-templated JSON-LD that JSON.parse rejects', () => {
    const d = doc('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "a\nb", "datePublished": "2019-11-18T16:06:51-05:00",}</script>');
    expect(findPublished(d)).toEqual({ date: '2019-11-18', source: 'json-ld' });
  });

  it('falls back to a fact check\'s datePublished when no article object has one', () => {
    const d = doc(ld({ '@type': 'ClaimReview', datePublished: '2019-11-18T10:15:00+00:00' }));
    expect(findPublished(d).date).toBe('2019-11-18');
  });

  it('prefers JSON-LD over meta tags', () => {
    const d = doc('<meta property="article:published_time" content="2001-01-01T00:00:00Z">' + ld({ '@type': 'NewsArticle', datePublished: '2002-02-02' }));
    expect(findPublished(d)).toEqual({ date: '2002-02-02', source: 'json-ld' });
  });

  it.each([
    ['<meta property="article:published_time" content="2021-08-22T07:15:00+00:00">', 'meta:article:published_time'],
    ['<meta property="og:published_time" content="2021-08-22">', 'meta:og:published_time'],
    ['<meta name="parsely-pub-date" content="2021-08-22T07:15:00Z">', 'meta:parsely-pub-date'],
    ['<meta name="parsely-page" content=\'{"title":"x","pub_date":"2021-08-22T07:15:00Z"}\'>', 'meta:parsely-page'],
    ['<meta name="sailthru.date" content="2021-08-22 07:15:00">', 'meta:sailthru.date'],
    ['<meta name="dc.date" content="2021-08-22">', 'meta:dc.date'],
    ['<meta name="DC.date.issued" content="2021-08-22">', 'meta:dc.date.issued'],
  ])('reads %s', (head, source) => {
    expect(findPublished(doc(head))).toEqual({ date: '2021-08-22', source });
  });

  it('reads <time datetime> in the article header', () => {
    const d = doc('', '<header>Site <time datetime="1999-01-01">logo</time></header><article><header><h1>T</h1><time datetime="2021-08-22T07:15:00Z">22 Aug</time></header><p>x</p></article>');
    expect(findPublished(d)).toEqual({ date: '2021-08-22', source: 'time' });
  });

  it('reads a <time> marked itemprop=datePublished first', () => {
    const d = doc('', '<article><time datetime="2020-05-05">updated</time><time itemprop="datePublished" datetime="2020-04-04">x</time></article>');
    expect(findPublished(d).date).toBe('2020-04-04');
  });

  it('returns null when the page declares nothing or nonsense', () => {
    expect(findPublished(doc(''))).toEqual({ date: null, source: null });
    expect(findPublished(doc('<meta property="article:published_time" content="yesterday">'))).toEqual({ date: null, source: null });
    expect(findPublished(doc(ld({ '@type': 'NewsArticle', datePublished: '2021-02-30' })))).toEqual({ date: null, source: null });
  });

  it('gives the demo page its date, 2021-08-22', () => {
    const d = parseHTML(renderDemoPage()).document as unknown as Document;
    expect(findPublished(d).date).toBe('2021-08-22');
  });
});

describe('findPublished beyond JSON-LD and meta (issue 10, point 7)', () => {
  it('reads the first <time> after the headline, skipping related-story rails', () => {
    const d = doc('', '<div class="related"><time datetime="2001-01-01">x</time></div><h1>T</h1><div class="byline"><time datetime="2019-11-19T11:45:59.000Z">1 day ago</time></div><p>x</p>');
    expect(findPublished(d)).toEqual({ date: '2019-11-19', source: 'time' });
  });

  it('prefers a <time> inside the article body the pipeline found', () => {
    const d = doc('', '<h1>T</h1><time datetime="2010-01-01">x</time><main><div id="body"><time datetime="2016-05-12">12 May</time><p>x</p></div></main>');
    expect(findPublished(d, { root: d.getElementById('body') }).date).toBe('2016-05-12');
  });

  it.each([
    ['<div class="publish-date">Published 11:11 PM EST Nov 19, 2019</div>', '2019-11-19'],
    ['<p>Published: Monday, November 18th, 2019 at 11:08 a.m.</p>', '2019-11-18'],
    ['<span class="storyDate">Posted: <span>Fri 6:45 PM, Feb 16, 2018</span></span>', '2018-02-16'],
    ['<div class="article_date">November 20, 2019 - 11:28 AMT</div>', '2019-11-20'],
    ['<p>Posted 12 May 2016</p>', '2016-05-12'],
  ])('reads a dated byline: %s', (body, want) => {
    expect(findPublished(doc('', `<h1>T</h1>${body}<p>Story text.</p>`))).toEqual({ date: want, source: 'byline' });
  });

  it('ignores dates in tweet boxes, comments and statement metadata', () => {
    const body = '<div class="aptf-tweet-date"><p class="aptf-timestamp">November 20, 2019</p></div><p class="statement__meta">on Sunday, October 13th, 2019</p><div class="comment"><span class="date">May 1, 2020</span></div>';
    expect(findPublished(doc('', `<h1>T</h1>${body}<p>x</p>`)).date).toBeNull();
  });

  it('uses og:updated_time only when nothing declares the publication', () => {
    expect(findPublished(doc('<meta property="og:updated_time" content="2016-05-13T10:00:00Z">'))).toEqual({ date: '2016-05-13', source: 'modified' });
    const both = doc('<meta property="og:updated_time" content="2016-05-13T10:00:00Z">', '<h1>T</h1><p>Published 12 May 2016</p>');
    expect(findPublished(both)).toEqual({ date: '2016-05-12', source: 'byline' });
  });

  it('falls back to a date in the URL', () => {
    expect(findPublished(doc(''), { url: 'https://example.com/news/2016/05/12/story/' })).toEqual({ date: '2016-05-12', source: 'url' });
    expect(findPublished(doc('<meta property="article:published_time" content="2016-05-11">'), { url: 'https://example.com/2016/05/12/x' }).date).toBe('2016-05-11');
  });

  it.each([
    ['https://www.usatoday.com/story/news/nation/2019/11/19/meth-campaign/4236383002/', '2019-11-19'],
    ['https://www.politifact.com/truth-o-meter/article/2019/nov/18/guide-tariffs/', '2019-11-18'],
    ['https://www.quantamagazine.org/tuft-cells-set-off-immune-responses-20191115/', '2019-11-15'],
    ['https://example.com/2019-11-18/story.html', '2019-11-18'],
    ['https://example.com/story/123456789/', null],
    ['https://example.com/2019/13/40/', null],
    ['not a url', null],
  ])('dateFromUrl(%s) → %s', (url, want) => {
    expect(dateFromUrl(url)).toBe(want);
  });
});

describe('parseDate', () => {
  it.each([
    ['2021-08-22', '2021-08-22'],
    ['2021-08-22T07:15:00.000Z', '2021-08-22'],
    ['2021/8/2 10:00', '2021-08-02'],
    ['20210822', '2021-08-22'],
    ['August 22, 2021', '2021-08-22'],
    ['22 Aug 2021', '2021-08-22'],
    ['Sun, 22 Aug 2021 07:15:00 GMT', '2021-08-22'],
    ['Sept. 9, 2001', '2001-09-09'],
    ['1629616500', '2021-08-22'],
    ['2021', null],
    ['13/13/2021', null],
    ['Mayday 3, 2021', null],
    ['', null],
  ])('%s → %s', (raw, want) => {
    expect(parseDate(raw)).toBe(want);
  });
});
