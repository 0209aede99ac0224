/**
 * The article's publish date, from what the page itself declares. Cards state facts "as of" this
 * date, so a wrong date is worse than none: only explicit, machine-readable declarations count,
 * in order of how reliably publishers fill them in:
 *   1. schema.org JSON-LD of an article type: datePublished (also inside @graph and arrays);
 *   2. <meta>: article:published_time, og:published_time, parsely-pub-date / parsely-page,
 *      sailthru.date, dc.date / dc.date.issued / dcterms.created, and a few common variants;
 *   3. <time datetime> marked as the publish time (itemprop/pubdate), or the first one in the
 *      article header.
 * The date is the calendar day as the publisher wrote it (no time-zone shifting of '2021-08-22T23:30-04:00').
 */

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
  // Month names: "August 22, 2021", "22 August 2021", "Sun, 22 Aug 2021 10:00:00 GMT"
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(s);
  if (m && MONTHS[m[2].slice(0, 3).toLowerCase()] && monthOk(m[2])) return valid(+m[3], MONTHS[m[2].slice(0, 3).toLowerCase()], +m[1]);
  m = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m && MONTHS[m[1].slice(0, 3).toLowerCase()] && monthOk(m[1])) return valid(+m[3], MONTHS[m[1].slice(0, 3).toLowerCase()], +m[2]);
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

function fromTime(doc: Document): string | null {
  const marked = doc.querySelector('time[itemprop~="datePublished"][datetime], time[pubdate][datetime], [itemprop~="datePublished"][datetime], [itemprop~="datePublished"][content]');
  if (marked) {
    const d = parseDate(marked.getAttribute('datetime') ?? marked.getAttribute('content'));
    if (d) return d;
  }
  // The first <time datetime> in the article's header (or at the top of the article).
  const candidates = [
    'article header time[datetime]',
    'header time[datetime]',
    'article time[datetime]',
  ];
  for (const sel of candidates) {
    const t = doc.querySelector(sel);
    const d = parseDate(t?.getAttribute('datetime'));
    if (d) return d;
  }
  return null;
}

export function findPublished(doc: Document): Published {
  try {
    const ld = fromJsonLd(doc);
    if (ld) return { date: ld, source: 'json-ld' };
    const meta = fromMeta(doc);
    if (meta) return meta;
    const time = fromTime(doc);
    if (time) return { date: time, source: 'time' };
  } catch {
    /* a DOM we cannot read has no date we trust */
  }
  return { date: null, source: null };
}
