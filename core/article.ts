/**
 * Is this page an article, and which live elements are its body?
 *
 * Body finding is delegated to @mozilla/readability, the well-kept scorer Firefox Reader View uses.
 * Readability rewrites the document it is given, so it runs on a clone. Walking the live tree and
 * the clone in step pairs every clone Text node with its live twin and tags every clone element
 * with its index among the live elements. Readability mostly moves Text nodes, so the ones left in
 * its result name the live text it kept; when it re-parses (its retry pass resets innerHTML), the
 * index attribute of the nearest tagged ancestor and the text itself find the live twin. The
 * page's own DOM is never touched.
 *
 * What the text map then reads: under the lowest common ancestor of the kept text (the root), only
 * the kept Text nodes and the elements leading to them, minus the boilerplate Readability leaves
 * in (bylines, share bars, "read more", newsletter boxes, credits): see `isBoilerplate`.
 *
 * Article or not: Readability must find a body of real prose, and the page must say it is an
 * article (JSON-LD / og:type / <article>) or the body must be long and dense enough on its own.
 *
 * Main-thread time (issue 6): `findArticleSteps` is the same work as a generator with checkpoints,
 * so the content script runs it in slices. The copy is made node by node (page chrome and junk are
 * never copied); Readability's `parse()` is the one step that cannot be cut, so on very long pages
 * (over HUGE_TEXT_CHARS of text, beyond every corpus page) a paragraph scorer in steps replaces it.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';

export interface ArticleSignals {
  /** A JSON-LD object of an article type (NewsArticle, Article, BlogPosting, ReportageNewsArticle...). */
  jsonLdArticle: boolean;
  /** <meta property="og:type" content="article">. */
  ogArticle: boolean;
  /** Number of <article> elements. */
  articleElements: number;
  /** Characters of prose in the body Readability found. */
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
const IDX = 'data-backstory-idx';
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
const BYLINE = /^(?:by|written by|words by|reporting by)\s+\p{Lu}/iu;
const DATELINE = /^(?:published|updated|posted|last updated|first published|last modified)\b/i;
/** A block that is only a date ("November 20, 2019 / 1:07 AM / Network"). */
const DATE_ONLY = /^(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})\b/u;
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

export function boilerplateText(el: Element, tag: string): boolean {
  const inline = INLINEISH.has(tag);
  if (!inline && !BLOCKISH.has(tag)) return false;
  const raw = el.textContent ?? '';
  if (raw.length > 400) return false;
  const text = squash(raw);
  if (!text) return false;
  if (inline) {
    const parentText = el.parentElement ? squash(el.parentElement.textContent ?? '') : '';
    if (parentText !== text) return false;
  }
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
    return (el.textContent ?? '').length < 1500;
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

/** Nodes copied between two checkpoints of the copy (well under a millisecond each). */
const CLONE_NODES_PER_STEP = 128;
/** Nodes walked between two checkpoints elsewhere (bounds, kept text). */
const NODES_PER_STEP = 256;

/** Subtrees never copied for Readability: ones it would drop anyway (the browser never parses
 *  their CSS or builds their SVG), and page chrome whose text the text map never reads (NAV and
 *  ASIDE are skipped there, FOOTER is boilerplate). Less to score: Readability's one long call is
 *  shorter (same corpus F1 with and without them). */
const CLONE_JUNK = new Set(['SCRIPT', 'STYLE', 'LINK', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'NAV', 'ASIDE', 'FOOTER']);

/**
 * A copy of the page for Readability: a new empty document of the same kind with the page's title
 * and a deep copy of its body, stripped of CLONE_JUNK. Walking the live body and the copy in step
 * (iteratively: deep pages must not overflow the stack) pairs every copied Text node with its live
 * twin and tags every copied element with its index among the live elements.
 */
function* pairedClone(doc: Document, maxElements: number, subtree: Element | null = null): Generator<void, { clone: Document; twin: Map<Node, Text>; live: Element[] } | null, void> {
  const liveBody = doc.body;
  if (!liveBody) return null;
  const clone = doc.cloneNode(false) as Document;
  const html = clone.createElement('html');
  const head = clone.createElement('head');
  const title = clone.createElement('title');
  title.textContent = doc.title ?? '';
  head.appendChild(title);
  html.appendChild(head);
  // Node by node rather than one deep importNode: the copy is built in slices (checkpoints), and
  // CLONE_JUNK subtrees are never copied at all.
  const body = clone.importNode(liveBody, false) as HTMLElement;
  html.appendChild(body);

  const twin = new Map<Node, Text>();
  const live: Element[] = [liveBody];
  body.setAttribute(IDX, '0');
  // With a subtree, only it is copied (into an otherwise empty body).
  const top: Node = subtree ?? liveBody;
  let a: Node = top;
  let pb: Node | null = subtree ? body : html; // the copy of a's parent
  let b: Node | null = body; // the copy of a (null for junk)
  if (subtree) {
    b = body.appendChild(clone.importNode(subtree, false));
    (b as Element).setAttribute(IDX, '1');
    live.push(subtree);
  }
  let steps = 0;
  for (;;) {
    if (++steps % CLONE_NODES_PER_STEP === 0) yield;
    const first: Node | null = b && a.nodeType === ELEMENT_NODE ? a.firstChild : null;
    if (first) {
      pb = b;
      a = first;
    } else {
      // (The page may change between slices: a node taken out under us ends the copy early.)
      while (a && a !== top && !a.nextSibling) {
        a = a.parentNode as Node;
        pb = pb ? pb.parentNode : null;
      }
      if (!a || a === top || !pb) break;
      a = a.nextSibling as Node;
    }
    const type = a.nodeType;
    if (type === ELEMENT_NODE && isCloneJunk(a as Element)) {
      b = null;
      continue;
    }
    b = pb!.appendChild(clone.importNode(a, false));
    if (type === TEXT_NODE) twin.set(b, a as Text);
    else if (type === ELEMENT_NODE) {
      if (live.length >= maxElements) return null;
      (b as Element).setAttribute(IDX, String(live.length));
      live.push(a as Element);
    }
  }
  clone.appendChild(html);
  return { clone, twin, live };
}

/**
 * The one <article> element that holds (nearly) all of the page's prose, if there is one: then
 * Readability scores only it (less to score, and its one long call is shorter). Prose = paragraphs
 * of 80+ characters; "nearly all" = 90% of their characters.
 */
function articleSubtree(doc: Document): Element | null {
  const articles = doc.getElementsByTagName('article');
  if (articles.length !== 1 || !doc.body) return null;
  const article = articles[0];
  let inside = 0;
  let all = 0;
  const ps = doc.body.getElementsByTagName('p');
  for (let i = 0; i < ps.length && i < 5000; i++) {
    const n = (ps[i].textContent ?? '').length;
    if (n < 80) continue;
    all += n;
    if (article.contains(ps[i])) inside += n;
  }
  return all >= 500 && inside >= 0.9 * all ? article : null;
}

/** Roles of page chrome: `isBoilerplate` drops them from the text anyway (BOILERPLATE_ROLES). */
const CHROME_ROLES = /^(?:navigation|banner|contentinfo|complementary|search)$/;

function isCloneJunk(el: Element): boolean {
  if (CLONE_JUNK.has(el.tagName.toUpperCase())) return true;
  const role = el.getAttribute('role');
  return !!role && CHROME_ROLES.test(role);
}

/** Finds the live twin of a clone Text node, also for text Readability re-parsed. */
function twinFinder(twin: Map<Node, Text>, live: Element[]): (t: Node) => Text | undefined {
  const used = new Set<Text>();
  return (t) => {
    const direct = twin.get(t);
    if (direct) return direct;
    let p = t.parentNode as Element | null;
    while (p && p.nodeType === ELEMENT_NODE && !p.hasAttribute(IDX)) p = p.parentNode as Element | null;
    const liveEl = p && p.nodeType === ELEMENT_NODE ? live[Number(p.getAttribute(IDX))] : undefined;
    if (!liveEl) return undefined;
    const data = (t as Text).data;
    for (let c = liveEl.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === TEXT_NODE && (c as Text).data === data && !used.has(c as Text)) {
        used.add(c as Text);
        return c as Text;
      }
    }
    return undefined;
  };
}

/** Live Text nodes (with visible characters) under a clone subtree. */
function* liveTexts(node: Node, twinOf: (t: Node) => Text | undefined): Generator<void, Text[], void> {
  const out: Text[] = [];
  let cur: Node | null = node;
  let steps = 0;
  while (cur) {
    if (++steps % NODES_PER_STEP === 0) yield;
    if (cur.nodeType === TEXT_NODE) {
      const t = twinOf(cur);
      if (t && /\S/.test(t.data)) out.push(t);
    }
    if (cur.firstChild) {
      cur = cur.firstChild;
      continue;
    }
    while (cur && cur !== node && !cur.nextSibling) cur = cur.parentNode;
    if (!cur || cur === node) break;
    cur = cur.nextSibling;
  }
  return out;
}

function lowestCommonAncestor(nodes: Node[]): Element | null {
  if (nodes.length === 0) return null;
  let anc: Element | null = nodes[0].nodeType === ELEMENT_NODE ? (nodes[0] as Element) : nodes[0].parentElement;
  for (let i = 1; i < nodes.length && anc; i++) {
    const n = nodes[i];
    while (anc && !anc.contains(n)) anc = anc.parentElement;
  }
  return anc;
}

/** Link text share of an element's text: navigation is mostly links, prose is mostly not. */
function linkDensity(el: Element): number {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  if (!text) return 1;
  let links = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) links += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  return links / text;
}

interface Part { el: Node; texts: Text[]; chars: number }

/**
 * Readability's result is its best candidate plus "siblings" it appended. Siblings that are mostly
 * links (a site header, a menu) would pull the root up to <body>: keep the biggest part, and other
 * parts only when they read like prose.
 */
function mainParts(parts: Part[]): Part[] {
  if (parts.length <= 1) return parts;
  const main = parts.reduce((a, b) => (b.chars > a.chars ? b : a));
  return parts.filter((p) => p === main || (p.chars >= 40 && (p.el.nodeType !== ELEMENT_NODE || linkDensity(p.el as Element) < 0.35)));
}

/** Element count within the limit (one native call), then nesting depth (a walk, in steps). */
function* withinBounds(doc: Document, maxElements: number, maxDepth: number): Generator<void, boolean, void> {
  const top = doc.documentElement;
  if (!top) return false;
  if (doc.getElementsByTagName('*').length > maxElements) return false;
  let depth = 0;
  let steps = 0;
  let cur: Node | null = top;
  while (cur) {
    if (++steps % NODES_PER_STEP === 0) yield;
    const first: Node | null = cur.nodeType === ELEMENT_NODE ? cur.firstChild : null;
    if (first) {
      if (++depth > maxDepth) return false;
      cur = first;
      continue;
    }
    while (cur && cur !== top && !cur.nextSibling) {
      cur = cur.parentNode;
      depth--;
    }
    if (!cur || cur === top) break;
    cur = cur.nextSibling;
  }
  return true;
}

/** Text in the page (scripts, styles and the like left out) above which `findLongArticle` scores
 *  instead of Readability. Above every page of the corpus (the largest has ~90k characters). */
const HUGE_TEXT_CHARS = 150_000;

/**
 * Readability's core idea, in steps, for very long pages: every paragraph of 25+ characters scores
 * 1 + its commas + 1 per 100 characters (at most 3), for its parent in full, its grandparent half,
 * and higher ancestors less; the best-scoring element, discounted by its share of link text, is the
 * body. The text map then reads all of it except boilerplate.
 */
function* findLongArticle(doc: Document, signals: ArticleSignals, declared: boolean): Generator<void, ArticleResult, void> {
  const scores = new Map<Element, number>();
  /** Paragraph text under each scored ancestor: its size without reading its textContent again. */
  const lengths = new Map<Element, number>();
  const paras = doc.body ? doc.body.querySelectorAll('p, pre, td') : [];
  for (let i = 0; i < paras.length; i++) {
    if (i % 64 === 63) yield;
    const el = paras[i];
    const text = el.textContent ?? '';
    const len = text.trim().length;
    if (len < 25) continue;
    const score = 1 + text.split(',').length - 1 + Math.min(Math.floor(text.length / 100), 3);
    let anc = el.parentElement;
    for (let level = 0; anc && level < 5; level++, anc = anc.parentElement) {
      const share = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(anc, (scores.get(anc) ?? 0) + score / share);
      lengths.set(anc, (lengths.get(anc) ?? 0) + len);
    }
  }
  const top = [...scores.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5);
  let root: Element | null = null;
  let best = -Infinity;
  for (const [el, score] of top) {
    yield;
    const adjusted = score * (1 - linkShare(el, lengths.get(el) ?? 0));
    if (adjusted > best) {
      best = adjusted;
      root = el;
    }
  }
  if (!root) return { isArticle: false, root: null, skip: () => true, keepText: () => false, signals };
  yield;
  const body = root;
  // Raw lengths, no whitespace squashing: on a text this long a regex pass is itself a long task,
  // and the thresholds below are orders of magnitude smaller.
  signals.bodyChars = lengths.get(body) ?? 0;
  yield;
  const ps = body.getElementsByTagName('p');
  for (let i = 0; i < ps.length; i++) {
    if (i % 256 === 255) yield;
    if ((ps[i].textContent ?? '').trim().length >= 80) signals.paragraphs++;
  }
  yield;
  signals.linkDensity = linkShare(body, signals.bodyChars);
  const isArticle =
    signals.linkDensity < 0.5 &&
    (declared ? signals.bodyChars >= 300 && signals.paragraphs >= 2 : signals.bodyChars >= 1500 && signals.paragraphs >= 4);
  return { isArticle, root: body, skip: (el) => el !== body && isBoilerplate(el), keepText: () => true, signals };
}

/** Link text share for long texts: link characters over the paragraph characters counted while scoring. */
function linkShare(el: Element, total: number): number {
  if (!total) return 1;
  let links = 0;
  const anchors = el.getElementsByTagName('a');
  for (let i = 0; i < anchors.length; i++) links += (anchors[i].textContent ?? '').trim().length;
  return Math.min(1, links / total);
}

/** Characters of text in the page outside scripts, styles and the like (a walk, in steps; stops early once over the limit). */
function* pageTextChars(doc: Document): Generator<void, number, void> {
  const top = doc.body;
  if (!top) return 0;
  let chars = 0;
  let steps = 0;
  let cur: Node | null = top;
  while (cur) {
    if (++steps % NODES_PER_STEP === 0) yield;
    if (cur.nodeType === TEXT_NODE) chars += (cur as Text).data.length;
    const first: Node | null =
      cur.nodeType === ELEMENT_NODE && !CLONE_JUNK.has((cur as Element).tagName.toUpperCase()) ? cur.firstChild : null;
    if (first) {
      cur = first;
      continue;
    }
    if (chars > HUGE_TEXT_CHARS) return chars;
    while (cur && cur !== top && !cur.nextSibling) cur = cur.parentNode;
    if (!cur || cur === top) break;
    cur = cur.nextSibling;
  }
  return chars;
}

const EMPTY_SIGNALS: ArticleSignals = { jsonLdArticle: false, ogArticle: false, articleElements: 0, bodyChars: 0, paragraphs: 0, linkDensity: 0 };

export function findArticle(doc: Document, opts: FindArticleOptions = {}): ArticleResult {
  const steps = findArticleSteps(doc, opts);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * `findArticle` as a generator that stops at checkpoints (`yield`), so the content script can give
 * the main thread back between slices. Drained, it is `findArticle`. Readability's own scoring is
 * one call (one slice); everything around it (bounds, the copy, mapping back) is in steps.
 */
export function* findArticleSteps(doc: Document, opts: FindArticleOptions = {}): Generator<void, ArticleResult, void> {
  const none: ArticleResult = { isArticle: false, root: null, skip: () => true, keepText: () => false, signals: { ...EMPTY_SIGNALS } };
  try {
    if (!(yield* withinBounds(doc, opts.maxElements ?? 30_000, opts.maxDepth ?? 400))) return none;
    return (yield* findArticleUnsafe(doc, opts.maxElements ?? 30_000)) ?? none;
  } catch {
    return none; // never break the page: a DOM we cannot read is "no article"
  }
}

function* findArticleUnsafe(doc: Document, maxElements: number): Generator<void, ArticleResult | null, void> {
  const signals: ArticleSignals = {
    jsonLdArticle: jsonLdTypes(doc).some((t) => ARTICLE_TYPES.test(t)),
    ogArticle: (metaContent(doc, 'og:type') ?? '').trim().toLowerCase() === 'article',
    articleElements: doc.getElementsByTagName('article').length,
    bodyChars: 0,
    paragraphs: 0,
    linkDensity: 0,
  };
  // Scoring clones the page: on pages that neither declare an article nor look like one (web apps,
  // section fronts, search results) skip it. Readability's own quick test reads the live DOM only.
  const declared = signals.jsonLdArticle || signals.ogArticle || signals.articleElements > 0;
  if (!declared && !isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 })) return null;
  yield;
  // Readability's scoring is one call that cannot be sliced, and on a very long story it alone is a
  // long task (~100 ms per 300 KB of text): there the simpler paragraph scorer below, in steps.
  if ((yield* pageTextChars(doc)) > HUGE_TEXT_CHARS) return yield* findLongArticle(doc, signals, declared);
  const paired = yield* pairedClone(doc, maxElements, articleSubtree(doc));
  if (!paired) return null;
  yield;
  const { clone, twin, live } = paired;
  const twinOf = twinFinder(twin, live);
  const reader = new Readability<Node>(clone, { serializer: (n) => n, maxElemsToParse: maxElements });
  const parsed = reader.parse();
  yield;
  const noBody: ArticleResult = { isArticle: false, root: null, skip: () => true, keepText: () => false, signals };
  let content = parsed?.content as Element | null | undefined;
  if (!content) return noBody;
  // Readability wraps its result in <div id="readability-page-1">: the parts are that div's children.
  while (content.childNodes.length === 1 && content.firstElementChild && /^readability-/.test(content.firstElementChild.id)) {
    content = content.firstElementChild;
  }
  const parts: Part[] = [];
  for (const child of Array.from(content.childNodes)) {
    const texts = yield* liveTexts(child, twinOf);
    if (texts.length) parts.push({ el: child, texts, chars: texts.reduce((n, t) => n + t.data.length, 0) });
  }
  const chosen = mainParts(parts);
  const kept = new Set<Text>();
  for (const p of chosen) for (const t of p.texts) kept.add(t);
  const root = lowestCommonAncestor([...kept]);
  if (!root || kept.size === 0) return noBody;
  // The elements leading from the root to kept text: the only ones the text map enters.
  const path = new Set<Element>([root]);
  let steps = 0;
  for (const t of kept) {
    if (++steps % NODES_PER_STEP === 0) yield;
    let p = t.parentElement;
    while (p && !path.has(p)) {
      path.add(p);
      p = p.parentElement;
    }
  }

  const bodyText = (parsed?.textContent ?? '').replace(/\s+/g, ' ').trim();
  signals.bodyChars = bodyText.length;
  yield;
  signals.paragraphs = Array.from(content.querySelectorAll('p')).filter((p) => (p.textContent ?? '').trim().length >= 80).length;
  yield;

  let chars = 0;
  let linked = 0;
  for (const t of kept) {
    if (++steps % NODES_PER_STEP === 0) yield;
    chars += t.data.length;
    if (t.parentElement?.closest('a')) linked += t.data.length;
  }
  signals.linkDensity = chars ? linked / chars : 1;

  // Text density: a body of real prose (long enough, in paragraphs, mostly not links). Pages that
  // declare an article need less of it (short news items, paywalled teasers).
  const isArticle =
    signals.linkDensity < 0.5 &&
    (declared ? signals.bodyChars >= 300 && signals.paragraphs >= 2 : signals.bodyChars >= 1500 && signals.paragraphs >= 4);

  const skip = (el: Element): boolean => !path.has(el) || (el !== root && isBoilerplate(el));
  const keepText = (t: Text): boolean => kept.has(t);
  return { isArticle, root, skip, keepText, signals };
}
