/**
 * Is this page an article, and which live elements are its body?
 *
 * Body finding: `scoreArticle` (core/page/article-score.ts), Readability's scoring rewritten to read the
 * live page in small steps, without copying or changing it. It names the body's root, the elements
 * under it Readability would delete (and, when the body is some of the root's children, which).
 *
 * What the text map then reads: the root, minus those elements and minus the boilerplate
 * Readability leaves in (bylines, share bars, "read more", newsletter boxes, credits): see
 * `isBoilerplate`.
 *
 * Article or not: the scorer must find a body of real prose, and the page must say it is an
 * article (JSON-LD / og:type / <article>) or the body must be long and dense enough on its own.
 *
 * Main-thread time (issue 6): `findArticleSteps` is a generator with checkpoints, so the content
 * script runs it in slices; every step between two checkpoints is bounded (a few hundred nodes).
 */
import { probablyReadable, scoreArticle } from './article-score';
import { drain } from './steps';

export interface ArticleSignals {
  /** A JSON-LD object of an article type (NewsArticle, Article, BlogPosting, ReportageNewsArticle...). */
  jsonLdArticle: boolean;
  /** <meta property="og:type" content="article">. */
  ogArticle: boolean;
  /** Number of <article> elements. */
  articleElements: number;
  /** Characters of prose in the body found. */
  bodyChars: number;
  /** Paragraphs of 80+ characters in the body. */
  paragraphs: number;
  /** Share of the body's characters that are link text (prose is low, link lists are high). */
  linkDensity: number;
}

export interface ArticleResult {
  isArticle: boolean;
  /** Lowest element containing the whole body, or null when no body was found. */
  root: Element | null;
  /** Skip predicate for the text map: true for live elements under `root` that are not body. */
  skip: (el: Element) => boolean;
  /** Text filter for the text map: true for the live Text nodes that are body. */
  keepText: (t: Text) => boolean;
  signals: ArticleSignals;
}

export interface FindArticleOptions {
  /** Pages with more elements than this are not scored (bounded work on hostile pages). */
  maxElements?: number;
  /** Pages nested deeper than this are not scored: no real article is, and scoring deep trees
   *  costs time quadratic in depth. */
  maxDepth?: number;
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SatiricalArticle|AdvertiserContentArticle)$/;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Words in class/id names of boilerplate that sits inside article containers (matched per
 *  hyphen/underscore-separated part: "share-bar", "c-byline__name", "ad_slot"). */
const BOILERPLATE_WORDS = new Set([
  'byline', 'bylines', 'author', 'authors', 'dateline', 'timestamp', 'share', 'sharing', 'sharebar',
  'social', 'related', 'readmore', 'recirc', 'recirculation', 'newsletter', 'subscribe', 'subscription',
  'signup', 'promo', 'sponsor', 'sponsored', 'advert', 'advertisement', 'ad', 'ads', 'adslot',
  'adunit', 'dfp', 'outbrain', 'taboola', 'comment', 'comments', 'disqus', 'credit', 'credits',
  'copyright', 'tags', 'breadcrumb', 'breadcrumbs', 'pagination', 'paywall', 'toolbar', 'popup',
  'modal', 'cookie', 'consent', 'rollover', 'tooltip', 'popover', 'caption', 'captions', 'figcaption',
]);
/** Parts that mean "this is the story itself": a name like "entry-content-read-more" is body. */
const BODY_WORDS = /^(?:content|body|article|story|entry|text|main|post)$/;
const BOILERPLATE_ROLES = /^(?:navigation|complementary|banner|contentinfo|button|dialog|alertdialog|menu|menubar|toolbar|search|form|tablist)$/;

function boilerplateName(name: string): boolean {
  for (const token of name.split(/\s+/)) {
    if (!token) continue;
    const parts = token.toLowerCase().split(/[-_]+/);
    if (parts.some((p) => BODY_WORDS.test(p))) continue;
    if (parts.some((p) => BOILERPLATE_WORDS.has(p))) return true;
    // "read-more", "more-stories", "sign-up" are two parts.
    const joined = parts.join('');
    if (/readmore|morestories|signup|youmaylike|mostpopular|mostread|trending/.test(joined)) return true;
  }
  return false;
}

/** Short blocks whose words say what they are: bylines, datelines, credits, teasers. */
// ASCII-only regexes (no `u` flag, no \p{..}): V8 builds big Unicode classes on first use, and this
// code runs cold, once per page. Letters: Latin, Greek, Cyrillic.
const BYLINE = /^(?:by|written by|words by|reporting by)\s+[a-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/i;
const DATELINE = /^(?:published|updated|posted|last updated|first published|last modified)\b/i;
/** A block that is only a date ("November 20, 2019 / 1:07 AM / Network"; month names in Latin or Cyrillic letters). */
const DATE_ONLY = /^(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?(?:[A-Z\u00C0-\u00DE\u0410-\u042F][a-z\u00DF-\u00FF\u0430-\u044F]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z\u00C0-\u00DE\u0410-\u042F][a-z\u00DF-\u00FF\u0430-\u044F]{2,8}\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})\b/;
const TEASER = /^\[?(?:see more|see also|see it now|read more|read next|more:|also:|related:|related (?:stories|articles|news|coverage|links|content)|recommended|don'?t miss|advertisement|sponsored|you may also like|you might also like|most read|most popular|trending now|watch:|listen:|sign up|subscribe (?:to|now|for)|follow us|share this|like this story|want more|get the latest|click here|get the app|post comment|source:|copyright\b|©|disclosure:)/i;
/** Labels that stand alone on a line: "Comments", "Caption", "Close", "Loading content ...". */
const LABEL = /^(?:comments?|\d+ comments?|caption|close|highlights|loading(?: content)?|related|more|also|advertisement|share|print|email)\W*$/i;
const CREDIT = /(?:^|[\s(])(?:photo|image|picture|credit|illustration|video)s?\s*(?:by|:)\s*[^.]{0,80}\)?\s*$|\b(?:getty images|shutterstock|ap photo|afp via getty)\b[^.]{0,40}\)?\s*$/i;
/** "[Engadget]", "[CNBC]": a source tag on its own line. */
const SOURCE_TAG = /^\[[^\]]{1,40}\]$/;
const BLOCKISH = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'HEADER', 'FIGCAPTION', 'FIGURE', 'ADDRESS', 'TABLE', 'TR', 'TD']);
/** Inline elements are judged by their text only when they stand alone in their block: a linked
 *  phrase inside a sentence is prose, a lone "<span>By Jane Roe</span>" line is a byline. */
const INLINEISH = new Set(['SPAN', 'TIME', 'SMALL', 'STRONG', 'B', 'EM', 'I', 'CITE', 'A', 'FONT']);

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const NOT_SPACE = /\S/;

/**
 * The element's text when it has at most `max` characters, else null. Stops reading as soon as it
 * is over: the text map asks this of every block, and a story's container holds the whole story.
 * Bounded also in nodes visited (a subtree of empty elements is not "short" past `maxNodes`).
 */
function shortText(el: Element, max: number, maxNodes = 3 * max + 16): string | null {
  let out = '';
  let visited = 0;
  let cur: Node | null = el.firstChild;
  while (cur) {
    if (++visited > maxNodes) return null;
    if (cur.nodeType === TEXT_NODE) {
      out += (cur as Text).data;
      if (out.length > max) return null;
    }
    const first: Node | null = cur.nodeType === ELEMENT_NODE ? cur.firstChild : null;
    if (first) {
      cur = first;
      continue;
    }
    while (cur && cur !== el && !cur.nextSibling) cur = cur.parentNode;
    if (!cur || cur === el) break;
    cur = cur.nextSibling;
  }
  return out;
}

/** No other text in the element's parent: it stands alone on its line. */
function standsAlone(el: Element): boolean {
  const parent = el.parentNode;
  if (!parent) return true;
  for (let c = parent.firstChild; c; c = c.nextSibling) {
    if (c === el) continue;
    if (c.nodeType === TEXT_NODE ? NOT_SPACE.test((c as Text).data) : c.nodeType === ELEMENT_NODE && NOT_SPACE.test(c.textContent ?? '')) return false;
  }
  return true;
}

export function boilerplateText(el: Element, tag: string): boolean {
  const inline = INLINEISH.has(tag);
  if (!inline && !BLOCKISH.has(tag)) return false;
  const raw = shortText(el, 400);
  if (raw === null || !NOT_SPACE.test(raw)) return false;
  if (inline && !standsAlone(el)) return false;
  const text = squash(raw);
  if (text.length < 120 && BYLINE.test(text) && !/[.!?"”’]$/.test(text)) return true;
  if (text.length < 120 && DATELINE.test(text)) return true;
  if (text.length < 80 && DATE_ONLY.test(text)) return true;
  if (SOURCE_TAG.test(text)) return true;
  if (text.length < 200 && TEASER.test(text)) return true;
  if (text.length < 30 && LABEL.test(text)) return true;
  if (CREDIT.test(text)) return true;
  // A short block that is nothing but links: a related-stories item, a tag list, a menu.
  if (text.length < 160) {
    let links = 0;
    for (const a of Array.from(el.getElementsByTagName('a'))) links += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    if (links >= 0.9 * text.length) return true;
  }
  return false;
}

/** True for elements inside an article that are not article prose: bylines, share bars, credits... */
export function isBoilerplate(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'FOOTER' || tag === 'NAV' || tag === 'ASIDE' || tag === 'FORM') return true;
  if (tag === 'FIGCAPTION' || tag === 'FIGURE') return true;
  if (boilerplateText(el, tag)) return true;
  const role = el.getAttribute('role');
  if (role && BOILERPLATE_ROLES.test(role)) return true;
  const prop = el.getAttribute('itemprop');
  if (prop && /\b(?:author|datePublished|dateModified|publisher)\b/.test(prop)) return true;
  const names = (el.getAttribute('class') ?? '') + ' ' + (el.getAttribute('id') ?? '');
  if (names.length > 1 && boilerplateName(names)) {
    // A container holding a whole story is never dropped for one word in its name.
    return shortText(el, 1500) !== null;
  }
  return false;
}

/** Types named in JSON-LD scripts (including @graph arrays and type arrays). */
export function jsonLdTypes(doc: Document): string[] {
  const out: string[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (const s of Array.from(scripts)) {
    let data: unknown;
    try {
      data = JSON.parse(s.textContent ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    let guard = 0;
    while (queue.length && guard++ < 1000) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const o = item as Record<string, unknown>;
        const t = o['@type'];
        if (typeof t === 'string') out.push(t);
        else if (Array.isArray(t)) for (const x of t) if (typeof x === 'string') out.push(x);
        if (o['@graph']) queue.push(o['@graph']);
      }
    }
  }
  return out;
}

function metaContent(doc: Document, key: string): string | null {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return el?.getAttribute('content') ?? null;
}

/** Paragraphs read between two checkpoints of `articleSubtree`. */
const PARAGRAPHS_PER_STEP = 128;

/**
 * The one <article> element that holds (nearly) all of the page's prose, if there is one: then
 * only it is scored (less to walk, and nothing around it can win). Prose = paragraphs of 80+
 * characters; "nearly all" = 90% of their characters.
 */
function* articleSubtree(doc: Document): Generator<void, Element | null, void> {
  const articles = doc.getElementsByTagName('article');
  if (articles.length !== 1 || !doc.body) return null;
  const article = articles[0];
  let inside = 0;
  let all = 0;
  const ps = doc.body.getElementsByTagName('p');
  for (let i = 0; i < ps.length && i < 5000; i++) {
    if (i % PARAGRAPHS_PER_STEP === PARAGRAPHS_PER_STEP - 1) yield;
    const n = (ps[i].textContent ?? '').length;
    if (n < 80) continue;
    all += n;
    if (article.contains(ps[i])) inside += n;
  }
  return all >= 500 && inside >= 0.9 * all ? article : null;
}

/** No body: the text map reads nothing. */
const noArticle = (signals: ArticleSignals): ArticleResult => ({ isArticle: false, root: null, skip: () => true, keepText: () => false, signals });

const EMPTY_SIGNALS: ArticleSignals = { jsonLdArticle: false, ogArticle: false, articleElements: 0, bodyChars: 0, paragraphs: 0, linkDensity: 0 };

export function findArticle(doc: Document, opts: FindArticleOptions = {}): ArticleResult {
  return drain(findArticleSteps(doc, opts));
}

/**
 * `findArticle` as a generator that stops at checkpoints (`yield`), so the content script can give
 * the main thread back between slices. Drained, it is `findArticle`.
 */
export function* findArticleSteps(doc: Document, opts: FindArticleOptions = {}): Generator<void, ArticleResult, void> {
  const none = noArticle({ ...EMPTY_SIGNALS });
  try {
    // Element count in one native call; nesting depth is bounded in the scorer's walk.
    if (!doc.documentElement || doc.getElementsByTagName('*').length > (opts.maxElements ?? 30_000)) return none;
    return (yield* findArticleUnsafe(doc, opts.maxDepth ?? 400)) ?? none;
  } catch {
    return none; // never break the page: a DOM we cannot read is "no article"
  }
}

function* findArticleUnsafe(doc: Document, maxDepth: number): Generator<void, ArticleResult | null, void> {
  const signals: ArticleSignals = {
    jsonLdArticle: jsonLdTypes(doc).some((t) => ARTICLE_TYPES.test(t)),
    ogArticle: (metaContent(doc, 'og:type') ?? '').trim().toLowerCase() === 'article',
    articleElements: doc.getElementsByTagName('article').length,
    bodyChars: 0,
    paragraphs: 0,
    linkDensity: 0,
  };
  // On pages that neither declare an article nor look like one (web apps, section fronts, search
  // results) skip the scoring.
  const declared = signals.jsonLdArticle || signals.ogArticle || signals.articleElements > 0;
  if (!declared && !(yield* probablyReadable(doc))) return null;
  yield;
  const scope = yield* articleSubtree(doc);
  yield;
  const found = yield* scoreArticle(doc, { scope, maxDepth });
  if (!found) return noArticle(signals);
  const { root, dropped, keepChild } = found;
  signals.bodyChars = found.chars;
  signals.paragraphs = found.paragraphs;
  signals.linkDensity = found.linkDensity;

  // Text density: a body of real prose (long enough, in paragraphs, mostly not links). Pages that
  // declare an article need less of it (short news items, paywalled teasers).
  const isArticle =
    signals.linkDensity < 0.5 &&
    (declared ? signals.bodyChars >= 300 && signals.paragraphs >= 2 : signals.bodyChars >= 1500 && signals.paragraphs >= 4);

  const skip = (el: Element): boolean =>
    (keepChild !== null && el.parentNode === root && !keepChild(el)) || dropped(el) || isBoilerplate(el);
  const keepText = keepChild ? (t: Text): boolean => t.parentNode !== root || keepChild(t) : () => true;
  return { isArticle, root, skip, keepText, signals };
}
