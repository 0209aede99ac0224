/**
 * The article's publish date, from what the page itself declares. Cards state facts "as of" this
 * date, so a wrong date is worse than none: only explicit, machine-readable declarations count,
 * in order of how reliably publishers fill them in:
 *   1. schema.org JSON-LD of an article type: datePublished (also inside @graph and arrays);
 *   2. <meta>: article:published_time, og:published_time, parsely-pub-date / parsely-page,
 *      sailthru.date, dc.date / dc.date.issued / dcterms.created, and a few common variants;
 *   3. <time datetime> (or an itemprop=datePublished element) marked as the publish time, then the
 *      first <time datetime> inside the article or its header (after the headline);
 *   4. a dated byline: a short element classed as a date/byline ("publish-date", "storyDate",
 *      "datetime") or starting "Published"/"Posted", read as a date ("Published 12 May 2016");
 *   5. only then the modification date (og:updated_time, article:modified_time, dateModified):
 *      an update is usually close to, but after, the publication;
 *   6. a date in the URL ('/2016/05/12/', '/2019/nov/18/', '-20191115/').
 * The date is the calendar day as the publisher wrote it (no time-zone shifting of '2021-08-22T23:30-04:00').
 */

export interface FindPublishedOptions {
  /** The page URL (defaults to the document's), for step 6. */
  url?: string;
  /** The article body the pipeline found: <time> inside it or its header comes first. */
  root?: Element | null;
}

export interface Published {
  date: string | null;
  /** Where it came from: 'json-ld', 'meta:<name>', 'time', or null. */
  source: string | null;
}

const ARTICLE_TYPE = /(?:Article|BlogPosting|LiveBlogPosting|Report)$/;

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

function valid(y: number, m: number, d: number): string | null {
  if (!(y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** A date string as publishers write it → 'YYYY-MM-DD', or null when it is not a full, valid date. */
export function parseDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = String(raw).trim();
  if (!s) return null;
  // ISO 8601 and its friends: 2021-08-22, 2021-08-22T10:00:00Z, 2021/08/22 10:00, 2021.08.22
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s,])/.exec(s);
  if (m) return valid(+m[1], +m[2], +m[3]);
  // Compact: 20210822 or 20210822T100000
  m = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(s);
  if (m) return valid(+m[1], +m[2], +m[3]);
  // Month names: "August 22, 2021", "22 August 2021", "Sun, 22 Aug 2021 10:00:00 GMT",
  // "Published 11:11 PM EST Nov 19, 2019" (every candidate tried, not just the first).
  for (const m of s.matchAll(/\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/g)) {
    if (MONTHS[m[2].slice(0, 3).toLowerCase()] && monthOk(m[2])) return valid(+m[3], MONTHS[m[2].slice(0, 3).toLowerCase()], +m[1]);
  }
  for (const m of s.matchAll(/\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/g)) {
    if (MONTHS[m[1].slice(0, 3).toLowerCase()] && monthOk(m[1])) return valid(+m[3], MONTHS[m[1].slice(0, 3).toLowerCase()], +m[2]);
  }
  // Epoch milliseconds or seconds (some parsely/sailthru setups).
  m = /^(\d{10}|\d{13})$/.exec(s);
  if (m) {
    const ms = m[1].length === 10 ? +m[1] * 1000 : +m[1];
    const d = new Date(ms);
    return valid(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  return null;
}

function monthOk(word: string): boolean {
  const w = word.toLowerCase();
  return Object.keys(MONTHS).some((k) => w.startsWith(k)) &&
    /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/.test(w);
}

function typesOf(o: Record<string, unknown>): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

/** datePublished of the first article-typed JSON-LD object (walks arrays, @graph, mainEntity). */
function fromJsonLd(doc: Document): string | null {
  let fallback: string | null = null;
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = s.textContent ?? '';
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      // Hand-templated JSON-LD often has a raw newline or a stray comma; an article type and a
      // datePublished in it are still a clear declaration.
      if (/"@type"\s*:\s*"[A-Za-z]*(?:Article|BlogPosting)"/.test(raw)) {
        const d = parseDate(/"datePublished"\s*:\s*"([^"]{6,40})"/.exec(raw)?.[1]);
        if (d) return d;
      }
      continue;
    }
    const queue: unknown[] = [data];
    let guard = 0;
    while (queue.length && guard++ < 2000) {
      const item = queue.shift();
      if (Array.isArray(item)) {
        queue.push(...item);
        continue;
      }
      if (!item || typeof item !== 'object') continue;
      const o = item as Record<string, unknown>;
      const dp = typeof o.datePublished === 'string' ? parseDate(o.datePublished) : null;
      if (dp && typesOf(o).some((t) => ARTICLE_TYPE.test(t))) return dp;
      // A WebPage's or fact check's datePublished is a weaker signal: kept only if no article object has one.
      if (dp && !fallback && typesOf(o).some((t) => /(?:WebPage|ClaimReview)$/.test(t))) fallback = dp;
      for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement']) {
        if (o[key] && typeof o[key] === 'object') queue.push(o[key]);
      }
    }
  }
  return fallback;
}

/** Meta names/properties in order of trust. */
const META_KEYS = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dc.date',
  'dcterms.issued',
  'dcterms.created',
  'dcterms.date',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'article.published',
  'citation_publication_date',
  'date',
];

function fromMeta(doc: Document): Published | null {
  const metas = Array.from(doc.querySelectorAll('meta'));
  const byKey = new Map<string, string>();
  for (const m of metas) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = m.getAttribute('content');
    if (key && content && !byKey.has(key)) byKey.set(key, content);
  }
  for (const key of META_KEYS) {
    const d = parseDate(byKey.get(key));
    if (d) return { date: d, source: `meta:${key}` };
    if (key === 'parsely-pub-date') {
      // parsely-page holds JSON with pub_date.
      const page = byKey.get('parsely-page');
      if (page) {
        try {
          const pd = parseDate(JSON.parse(page).pub_date);
          if (pd) return { date: pd, source: 'meta:parsely-page' };
        } catch {
          /* not JSON: ignore */
        }
      }
    }
  }
  return null;
}

/** Containers whose dates are about something else: related stories, comments, calendars, footers. */
const ELSEWHERE = /(tweet|twitter|social|related|recommend|more-stories|most-popular|trending|comment|footer|sidebar|widget-?area|calendar|weather|newsletter|promo|teaser|breadcrumb|nav)/i;

function elsewhere(el: Element): boolean {
  for (let e: Element | null = el, depth = 0; e && depth < 12; e = e.parentElement, depth++) {
    const tag = e.localName;
    if (tag === 'nav' || tag === 'footer' || tag === 'aside') return true;
    const name = `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`;
    if (name.trim() && ELSEWHERE.test(name)) return true;
  }
  return false;
}

function timeValue(el: Element): string | null {
  return parseDate(el.getAttribute('datetime') ?? el.getAttribute('content')) ?? (el.localName === 'time' ? parseDate(el.textContent) : null);
}

function fromTime(doc: Document, root: Element | null | undefined): string | null {
  // Marked as the publish time: datetime/content, or the text of an itemprop=datePublished element.
  for (const el of Array.from(doc.querySelectorAll('time[itemprop~="datePublished"], time[pubdate], [itemprop~="datePublished"]')).slice(0, 20)) {
    const d = parseDate(el.getAttribute('datetime') ?? el.getAttribute('content')) ?? (el.localName === 'meta' ? null : parseDate(el.textContent?.trim().slice(0, 120)));
    if (d) return d;
  }
  // Inside the article, or the <article> that holds it, or its header.
  const scopes = [root, root?.closest('article'), doc.querySelector('article header'), doc.querySelector('header')];
  for (const scope of scopes) {
    if (!scope) continue;
    for (const t of Array.from(scope.querySelectorAll('time')).slice(0, 20)) {
      const d = timeValue(t);
      if (d && !elsewhere(t)) return d;
    }
  }
  for (const sel of ['article time[datetime]']) {
    const t = doc.querySelector(sel);
    const d = t ? timeValue(t) : null;
    if (d) return d;
  }
  // The article's header often sits outside the body the pipeline found: the first <time> after
  // the headline, outside related-story rails (querySelectorAll lists in document order).
  let afterHeadline = !doc.querySelector('h1');
  let seen = 0;
  for (const el of Array.from(doc.querySelectorAll('h1, time'))) {
    if (el.localName === 'h1') {
      afterHeadline = true;
      continue;
    }
    if (!afterHeadline || elsewhere(el)) continue;
    if (++seen > 20) break;
    const d = timeValue(el);
    if (d) return d;
  }
  return null;
}

/** Classes and ids of elements that hold a story's date or byline. */
const DATED = /(^|[\s_-])(date|dates|dateline|datetime|time|timestamp|byline|published|publish|pubdate|posted|storydate|article-?date|post-?date|entry-?date|publish-?date)([\s_-]|$)|storyDate|publishDate|PublishDate|pubDate/;
const PUBLISHED_WORD = /^\s*(published|posted|first published|publication date)\b[\s:]*/i;
const UPDATED_WORD = /^\s*(updated|last updated|modified)\b/i;

/** A dated byline: "Published 11:11 PM EST Nov 19, 2019", <span class="storyDate">Feb 16, 2018</span>. */
function fromByline(doc: Document): string | null {
  const els = Array.from(doc.querySelectorAll('body *')).slice(0, 6000);
  let classed: string | null = null;
  // "Published: …" in a side box ("About this statement") is still the page's own date, after the others.
  let aside: string | null = null;
  for (const el of els) {
    const tag = el.localName;
    if (tag === 'script' || tag === 'style' || tag === 'noscript' || tag === 'option') continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || text.length > 160) continue;
    if (PUBLISHED_WORD.test(text)) {
      const d = parseDate(text.replace(PUBLISHED_WORD, ''));
      if (d && !elsewhere(el)) return d;
      if (d && !aside && !/related|recommend|comment/i.test(ancestry(el))) aside = d;
    }
    if (classed) continue;
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!DATED.test(name) || UPDATED_WORD.test(text) || elsewhere(el)) continue;
    const d = parseDate(text);
    if (d) classed = d;
  }
  return classed ?? aside;
}

function ancestry(el: Element): string {
  let out = '';
  for (let e: Element | null = el, depth = 0; e && depth < 12; e = e.parentElement, depth++) out += ` ${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`;
  return out;
}

const MODIFIED_META = ['og:updated_time', 'article:modified_time', 'og:article:modified_time', 'last-modified', 'datemodified', 'dcterms.modified'];

/** The modification date, only when nothing declares the publication (usually the same day or soon after). */
function fromModified(doc: Document): string | null {
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').trim().toLowerCase();
    if (MODIFIED_META.includes(key)) {
      const d = parseDate(m.getAttribute('content'));
      if (d) return d;
    }
  }
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const d = parseDate(/"dateModified"\s*:\s*"([^"]{6,40})"/.exec(s.textContent ?? '')?.[1]);
    if (d) return d;
  }
  return null;
}

const MONTH_WORD = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*';

/** '/2016/05/12/', '/2016-05-12/', '/2019/nov/18/', '-20191115/' in the URL's path. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  let m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/._-]|$)/.exec(path);
  if (m) return valid(+m[1], +m[2], +m[3]);
  m = new RegExp(`/((?:19|20)\\d{2})/${MONTH_WORD}/(\\d{1,2})(?:[/._-]|$)`, 'i').exec(path);
  if (m) return valid(+m[1], MONTHS[m[2].toLowerCase().slice(0, 3)], +m[3]);
  m = /[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[/._-]|$)/.exec(path);
  if (m) return valid(+m[1], +m[2], +m[3]);
  return null;
}

function fromHiddenField(doc: Document): string | null {
  // Some CMSs declare it in a form field: <input type="hidden" id="published_date" value="2019-11-18 ...">.
  const el = doc.querySelector('input[type="hidden"][id*="publish"], input[type="hidden"][name*="publish"], input[type="hidden"][id*="Publish"], input[type="hidden"][name*="Publish"], input[type="hidden"][class*="publish"]');
  return el ? parseDate(el.getAttribute('value')) : null;
}

export function findPublished(doc: Document, opts: FindPublishedOptions = {}): Published {
  try {
    const ld = fromJsonLd(doc);
    if (ld) return { date: ld, source: 'json-ld' };
    const meta = fromMeta(doc);
    if (meta) return meta;
    const time = fromTime(doc, opts.root);
    if (time) return { date: time, source: 'time' };
    const hidden = fromHiddenField(doc);
    if (hidden) return { date: hidden, source: 'field' };
    const byline = fromByline(doc);
    if (byline) return { date: byline, source: 'byline' };
    const modified = fromModified(doc);
    if (modified) return { date: modified, source: 'modified' };
    const url = dateFromUrl(opts.url ?? doc.URL ?? (doc as { location?: { href?: string } }).location?.href);
    if (url) return { date: url, source: 'url' };
  } catch {
    /* a DOM we cannot read has no date we trust */
  }
  return { date: null, source: null };
}
