import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { findPublished, parseDate } from '../../core/published';
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
