/**
 * Article body scoring on the live DOM, in small steps: after Mozilla Readability's scoring
 * (Apache-2.0, https://github.com/mozilla/readability), rewritten to read the page without copying
 * or changing it, so the content script can run it in slices (issue 6: no long task).
 *
 * Readability rewrites a copy of the page and then scores it. Here one walk over the live tree
 * models the same rewrite in records ("boxes"): subtrees Readability would delete (unlikely
 * candidates by class/id, hidden, chrome roles, the headline) are left out; a <div> holding only
 * inline content is a paragraph; inline runs inside a <div> (or after a <br><br>) are paragraphs of
 * their own; a <div> wrapping a single paragraph is see-through. Every box adds up, bottom-up, the
 * counts the later steps need (text length, link text, commas, paragraphs, images...), so no
 * element's textContent is read twice. Then, as Readability does:
 * - every paragraph of 25+ characters scores 1 + (commas + 1) + 1 per 100 characters (at most 3)
 *   for its parent in full, its grandparent half, and three more levels up at 1/(3 × level);
 * - a candidate starts from a score for its tag and ±25 per good/bad word in its class and id, and
 *   its total is discounted by its share of link text;
 * - the best candidate may give way to a common ancestor of close runners-up, to a better-scoring
 *   parent, or to a parent it is the only child of;
 * - its siblings join when they score well enough or are prose paragraphs with few links;
 * - "conditional cleaning" (lists, tables, divs with many links, few paragraphs, many images or
 *   inputs, no text...) becomes a set of dropped elements rather than deletions;
 * - with under 500 characters found, it tries again with fewer rules (as Readability's retries).
 *
 * Pure: everything comes from the Document passed in; bounded: iterative walk, `maxNodes`, and a
 * checkpoint (`yield`) every NODES_PER_STEP nodes and every PARAS_PER_STEP paragraphs.
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Nodes walked between two checkpoints. */
const NODES_PER_STEP = 64;
/** Paragraphs / candidates scored between two checkpoints. */
const PARAS_PER_STEP = 256;

// Class/id words (Readability's lists).
const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE_CANDIDATE = /and|article|body|column|content|main|shadow/i;
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
const BYLINE = /byline|author|dateline|writtenby|p-author/i;
const SHARE = /(?:\b|_)(?:share|sharedaddy)(?:\b|_)/i;
/** Blocks that say only "advertisement" or "loading" (a Set: a regex of these scripts is slow to build). */
const AD_OR_LOADING = new Set(['ad', 'advertising', 'advertisement', 'pub', 'publicité', 'werb', 'werbung', '广告', 'реклама', 'anuncio', 'loading', '正在加载', 'загрузка', 'chargement', 'cargando']);
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);
/** Page chrome never walked (its text never read): as if the page did not have it. */
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const SPACES = /\s+/g;
const COMMAS = /[,\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/g;
const HASH_URL = /^#./;

/** Subtrees never walked: no prose (scripts, media), or page chrome the text map never reads. */
const JUNK = new Set(['SCRIPT', 'STYLE', 'LINK', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'NAV', 'ASIDE', 'FOOTER', 'HEAD', 'META']);
/** Tags scored as paragraphs. */
const PARAGRAPH_TAGS = new Set(['SECTION', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'TD', 'PRE']);
/** A <div> holding none of these (at any depth) is a paragraph. */
const BLOCK_TAGS = new Set(['BLOCKQUOTE', 'DL', 'DIV', 'IMG', 'OL', 'P', 'PRE', 'TABLE', 'UL']);
const PHRASING = new Set([
  'ABBR', 'AUDIO', 'B', 'BDO', 'BR', 'BUTTON', 'CITE', 'CODE', 'DATA', 'DATALIST', 'DFN', 'EM', 'EMBED', 'I', 'IMG',
  'INPUT', 'KBD', 'LABEL', 'MARK', 'MATH', 'math', 'METER', 'NOSCRIPT', 'OBJECT', 'OUTPUT', 'PROGRESS', 'Q', 'RUBY',
  'SAMP', 'SCRIPT', 'SELECT', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TEXTAREA', 'TIME', 'VAR', 'WBR', 'FONT',
]);
/** Phrasing when everything inside is. */
const PHRASING_IF_INLINE = new Set(['A', 'DEL', 'INS']);
/** Text in these counts as "text" for the cleaning rule "no useful content". */
const TEXTISH = new Set(['SPAN', 'LI', 'TD', 'BLOCKQUOTE', 'DL', 'DIV', 'IMG', 'OL', 'P', 'PRE', 'TABLE', 'UL']);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Removed when empty (no text, nothing but <br>/<hr>). */
const DROP_IF_EMPTY = new Set(['DIV', 'SECTION', 'HEADER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Conditionally cleaned tags. */
const CLEANED_TAGS = new Set(['DIV', 'TABLE', 'UL', 'FORM', 'FIELDSET']);

function tagScore(tag: string): number {
  switch (tag) {
    case 'DIV': return 5;
    case 'PRE': case 'TD': case 'BLOCKQUOTE': return 3;
    case 'ADDRESS': case 'OL': case 'UL': case 'DL': case 'DD': case 'DT': case 'LI': case 'FORM': return -3;
    case 'H1': case 'H2': case 'H3': case 'H4': case 'H5': case 'H6': case 'TH': return -5;
    default: return 0;
  }
}

function classWeight(cls: string, id: string): number {
  let w = 0;
  if (cls) {
    if (NEGATIVE.test(cls)) w -= 25;
    if (POSITIVE.test(cls)) w += 25;
  }
  if (id) {
    if (NEGATIVE.test(id)) w -= 25;
    if (POSITIVE.test(id)) w += 25;
  }
  return w;
}

/** Rule sets of Readability's attempts, strictest first. */
interface Flags { stripUnlikely: boolean; weightClasses: boolean; cleanConditionally: boolean }

/**
 * One element (or one inline run turned paragraph) as Readability's rewritten tree would hold it,
 * with counts over its subtree. `c*` counts leave out subtrees the conditional cleaning drops.
 */
class Box {
  kids: Box[] = [];
  /** Text length (whitespace runs count 1), link text (hash links at 0.3), commas of all scripts. */
  chars = 0;
  links = 0;
  commas = 0;
  cChars = 0;
  cLinks = 0;
  /** ASCII commas. */
  cCommas = 0;
  /** Descendants: paragraphs, paragraphs of 80+ characters, images, list items, inputs. */
  p = 0;
  p80 = 0;
  img = 0;
  li = 0;
  input = 0;
  /** Text inside headings, "textish" elements, and lists. */
  heading = 0;
  textish = 0;
  list = 0;
  /** Holds a BLOCK_TAGS element somewhere below. */
  blocks = false;
  /** Holds a data table somewhere below. */
  dataTables = false;
  /** Every child is phrasing content. */
  inline = true;
  /** Is a <p> in the rewritten tree (a <p>, a div turned paragraph, an inline run). */
  isPara = false;
  /** A div wrapping one paragraph: it stands for that paragraph (kids[0]). */
  seeThrough = false;
  cleaned = false;
  candidate = false;
  score = 0;
  weight = 0;
  dataTable = false;
  // Inline runs among this box's children.
  run: Box | null = null;
  wrapRuns = false;
  brPending = false;
  brbr = false;
  /** For runs: the first and last child nodes of the run. */
  first: Node | null = null;
  last: Node | null = null;

  constructor(
    public el: Element | null,
    public tag: string,
    public parent: Box | null,
    public depth: number,
    /** Multiplier for text in links (0 outside links). */
    public linkCoef: number,
    /** Depth of the nearest <table>, <figure>, <code> ancestor-or-self (-99: none), and inside a data table. */
    public tableAt: number,
    public figureAt: number,
    public codeAt: number,
    public inDataTable: boolean,
    public className: string,
  ) {
    this.wrapRuns = tag === 'DIV';
  }
}

/** The parent in the rewritten tree (see-through divs are gone there). */
function up(b: Box): Box | null {
  let p = b.parent;
  while (p && p.seeThrough) p = p.parent;
  return p;
}

/** What stands in a parent's child list for this box. */
function face(b: Box): Box {
  return b.seeThrough ? b.kids[0] : b;
}

function absorb(into: Box, from: Box): void {
  into.chars += from.chars;
  into.links += from.links;
  into.commas += from.commas;
  if (from.cleaned) return;
  into.cChars += from.cChars;
  into.cLinks += from.cLinks;
  into.cCommas += from.cCommas;
  into.p += from.p + (from.isPara ? 1 : 0);
  into.p80 += from.p80 + (from.isPara && from.cChars >= 80 ? 1 : 0);
  into.img += from.img + (from.tag === 'IMG' ? 1 : 0);
  into.li += from.li + (from.tag === 'LI' ? 1 : 0);
  into.input += from.input + (from.tag === 'INPUT' ? 1 : 0);
  into.heading += HEADINGS.has(from.tag) ? from.cChars : from.heading;
  into.textish += TEXTISH.has(from.tag) || from.isPara ? from.cChars : from.textish;
  into.list += from.tag === 'UL' || from.tag === 'OL' ? from.cChars : from.list;
  into.dataTables ||= from.dataTables || from.dataTable;
}

const linkDensity = (chars: number, links: number) => (chars > 0 ? links / chars : 0);

/** The body found: what the text map reads. */
export interface ScoredBody {
  /** Lowest element holding the whole body. */
  root: Element;
  /** Elements under `root` that are not body (with their subtrees): Readability would delete them. */
  dropped: (el: Element) => boolean;
  /** When the body is some of root's children (the best candidate and siblings that joined it):
   *  true for those child nodes (elements and Text); null when all of root is body. */
  keepChild: ((n: Node) => boolean) | null;
  /** Characters of body text, share of it in links, paragraphs of 80+ characters. */
  chars: number;
  linkDensity: number;
  paragraphs: number;
}

export interface ScoreOptions {
  /** Score only this subtree (as if it were the page's only content). Default: the body. */
  scope?: Element | null;
  /** Most nodes walked per attempt; beyond it the page is not scored (null). */
  maxNodes?: number;
  /** Deepest nesting walked; a deeper page is not scored (null): no real article is. */
  maxDepth?: number;
}

/** Readability's "enough text": fewer characters than this and it tries again with fewer rules. */
const CHAR_THRESHOLD = 500;

const ATTEMPTS: Flags[] = [
  { stripUnlikely: true, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: false },
];

/** Finds the article body of `doc`, in steps (`yield` = checkpoint). Null: no body found. */
export function* scoreArticle(doc: Document, opts: ScoreOptions = {}): Generator<void, ScoredBody | null, void> {
  const body = doc.body ?? doc.getElementsByTagName('body')[0];
  if (!body) return null;
  const scope = opts.scope ?? body;
  const titles = pageTitles(doc);
  yield;
  let best: ScoredBody | null = null;
  for (const flags of ATTEMPTS) {
    const found = yield* attempt(body, scope, flags, titles, opts.maxNodes ?? 200_000, opts.maxDepth ?? 400);
    if (found === undefined) return null; // over the bounds
    if (found && found.chars >= CHAR_THRESHOLD) return found;
    if (found && (!best || found.chars > best.chars)) best = found;
  }
  return best && best.chars > 0 ? best : null;
}

/** Headline candidates: a heading that repeats one of them is the title, not body. */
function pageTitles(doc: Document): string[] {
  const out: string[] = [];
  for (const key of ['og:title', 'twitter:title']) {
    const v = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
    if (v) out.push(v);
  }
  if (doc.title) out.push(doc.title);
  return out;
}

const tokens = (s: string) => s.toLowerCase().split(/\W+/).filter(Boolean);

/** Share of the heading's words (by length) also in the title (Readability's text similarity). */
function similarity(title: string, heading: string): number {
  const a = new Set(tokens(title));
  const b = tokens(heading);
  if (!a.size || !b.length) return 0;
  const uniq = b.filter((t) => !a.has(t));
  return 1 - uniq.join(' ').length / b.join(' ').length;
}

/** The author line (Readability takes the first one out of the text). */
function isByline(el: Element, cls: string, id: string): boolean {
  if (el.getAttribute('rel') !== 'author' && !(el.getAttribute('itemprop') ?? '').includes('author') && !((cls || id) && BYLINE.test(cls + ' ' + id))) return false;
  const len = (el.textContent ?? '').trim().length;
  return len > 0 && len < 100;
}

function countAscii(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

/**
 * One of Readability's attempts: the walk (model of the rewrite + counts), the scores, the best
 * candidate and its siblings. undefined: the page is over the bounds.
 */
function* attempt(body: Element, scope: Element, flags: Flags, titles: string[], maxNodes: number, maxDepth: number): Generator<void, ScoredBody | null | undefined, void> {
  /** Elements Readability would delete before scoring (their subtrees are not walked). */
  const removed = new Set<Element>();
  /** Elements the conditional cleaning, share-box and header rules drop from the body. */
  const cleaned = new Set<Element>();
  const shares: Box[] = [];
  const paras: Box[] = [];
  let titleFound = titles.length === 0;
  let bylineFound = false;
  /** The text read last ended in whitespace (runs across Text nodes count once). */
  let afterSpace = true;

  const bodyBox = new Box(scope === body ? body : null, 'BODY', null, 0, 0, -99, -99, -99, false, '');
  const stack: Box[] = [bodyBox];
  // (A checkpoint before the walk: the first run of this code is its slowest part.)
  yield;
  let node: Node | null = scope === body ? body.firstChild : scope;
  let walked = 0;

  /** A child that takes no part (deleted): it still breaks an inline run unless it is inline. */
  const removedChild = (parent: Box, tag: string) => {
    if (PHRASING.has(tag) || PHRASING_IF_INLINE.has(tag)) return;
    closeRun(parent);
    parent.brPending = false;
    parent.inline = false;
    if (BLOCK_TAGS.has(tag)) parent.blocks = true;
  };

  /** Ends the open inline run of `b`: it becomes a paragraph (a kid) where Readability makes one. */
  const closeRun = (b: Box) => {
    const r = b.run;
    if (!r) return;
    b.run = null;
    b.kids.push(r);
    paras.push(r);
    // Counted in b as the <p> it becomes (its text is already in b through its nodes).
    b.p++;
    if (r.cChars >= 80) b.p80++;
    b.textish += r.cChars;
  };

  const openRun = (b: Box, first: Node): Box => {
    const r = new Box(null, 'P', b, b.depth + 1, b.linkCoef, b.tableAt, b.figureAt, b.codeAt, b.inDataTable, '');
    r.isPara = true;
    r.first = first;
    r.last = first;
    b.run = r;
    return r;
  };

  /** Two <br> in a row: what follows is a new paragraph (a <p> holding a <br><br> becomes a div). */
  const doubleBreak = (b: Box, br: Element) => {
    b.brPending = false;
    if (b.tag === 'P' && !b.brbr && b.el?.firstChild && b.chars > 0) {
      // The <p> becomes a <div>: what it held so far is its first paragraph.
      const r = openRun(b, b.el.firstChild);
      r.last = br.previousSibling ?? r.first;
      r.chars = b.chars; r.links = b.links; r.commas = b.commas;
      r.cChars = b.cChars; r.cLinks = b.cLinks; r.cCommas = b.cCommas;
      r.img = b.img;
      b.wrapRuns = true;
    }
    b.brbr = true;
    closeRun(b);
  };

  const addText = (b: Box, t: Text) => {
    const data = t.data;
    if (!data) return;
    const collapsed = data.replace(SPACES, ' ');
    if (collapsed === ' ') {
      // Whitespace between elements: one space in Readability's text length, where the text
      // before it did not end in one.
      if (!afterSpace) {
        b.chars++;
        b.cChars++;
        afterSpace = true;
      }
      if (b.run) b.run.last = t;
      return;
    }
    let len = collapsed.length;
    if (afterSpace && collapsed.charCodeAt(0) === 32) len--;
    afterSpace = collapsed.charCodeAt(collapsed.length - 1) === 32;
    const m = data.match(COMMAS);
    const commas = m ? m.length : 0;
    const ascii = commas ? countAscii(data, ',') : 0;
    const links = len * b.linkCoef;
    b.chars += len; b.links += links; b.commas += commas;
    b.cChars += len; b.cLinks += links; b.cCommas += ascii;
    b.brPending = false;
    if (b.wrapRuns || b.brbr) {
      const r = b.run ?? openRun(b, t);
      r.last = t;
      r.chars += len; r.links += links; r.commas += commas;
      r.cChars += len; r.cLinks += links; r.cCommas += ascii;
    }
  };

  // XHTML documents name their elements in lower case.
  const lowerCaseTags = body.tagName !== 'BODY';

  /** A new box for `el`, or null when Readability would delete it (or never sees it). */
  const enter = (el: Element, parent: Box): Box | null => {
    const tag = lowerCaseTags ? el.tagName.toUpperCase() : el.tagName;
    if (JUNK.has(tag)) return null;
    // Most elements carry no attribute at all: one call instead of six.
    const attrs = el.hasAttributes();
    const role = attrs ? el.getAttribute('role') : null;
    if (role && CHROME_ROLES.has(role)) return null;
    const cls = (attrs && el.getAttribute('class')) || '';
    const id = (attrs && el.getAttribute('id')) || '';
    const ariaHidden = attrs ? el.getAttribute('aria-hidden') : null;
    const style = attrs ? el.getAttribute('style') : null;
    let drop =
      (attrs && el.hasAttribute('hidden')) ||
      (ariaHidden === 'true' && !cls.includes('fallback-image')) ||
      (!!style && HIDDEN_STYLE.test(style)) ||
      (role === 'dialog' && el.getAttribute('aria-modal') === 'true');
    const depth = parent.depth + 1;
    if (!drop && flags.stripUnlikely) {
      if (role && UNLIKELY_ROLES.has(role)) drop = true;
      else if ((cls || id) && tag !== 'A' && tag !== 'BODY') {
        const names = cls + ' ' + id;
        drop = UNLIKELY.test(names) && !MAYBE_CANDIDATE.test(names) && depth - parent.tableAt > 3 && depth - parent.codeAt > 3;
      }
    }
    if (!drop && !bylineFound && isByline(el, cls, id)) {
      drop = true;
      bylineFound = true;
    }
    if (!drop && !titleFound && (tag === 'H1' || tag === 'H2')) {
      const heading = (el.textContent ?? '').trim();
      if (titles.some((t) => similarity(t, heading) > 0.75)) {
        drop = true;
        titleFound = true;
      }
    }
    if (drop) {
      removed.add(el);
      removedChild(parent, tag);
      return null;
    }
    let linkCoef = parent.linkCoef;
    if (tag === 'A') {
      const href = el.getAttribute('href');
      linkCoef = href && HASH_URL.test(href) ? 0.3 : 1;
    }
    const b = new Box(
      el, tag, parent, depth, linkCoef,
      tag === 'TABLE' ? depth : parent.tableAt,
      tag === 'FIGURE' ? depth : parent.figureAt,
      tag === 'CODE' ? depth : parent.codeAt,
      parent.inDataTable,
      cls,
    );
    if (cls || id) b.weight = classWeight(cls, id);
    if (tag === 'TABLE' && flags.cleanConditionally) {
      b.dataTable = isDataTable(el, role);
      if (b.dataTable) b.inDataTable = true;
    }
    return b;
  };

  /** All children of `b` seen: settle what it is in the rewritten tree and add it to its parent. */
  const leave = (b: Box, parent: Box) => {
    closeRun(b);
    let tag = b.tag;
    if (tag === 'P' && b.brbr) tag = b.tag = 'DIV';
    let converted = false;
    if (tag === 'DIV') {
      if (b.kids.length === 1 && b.kids[0].isPara && linkDensity(b.chars, b.links) < 0.25) b.seeThrough = true;
      else if (!b.blocks && !b.kids.some((k) => k.el === null)) {
        converted = true;
        b.isPara = true;
      }
    } else if (tag === 'P') b.isPara = true;
    // Readability deletes empty divs, sections, headers and headings.
    const empty = DROP_IF_EMPTY.has(b.tag) && b.chars === 0 && b.img === 0 && b.kids.every((k) => k.tag === 'HR');
    if (empty) b.isPara = false;
    else if (converted || PARAGRAPH_TAGS.has(tag)) paras.push(b);

    if (!b.seeThrough && !converted && b.el) {
      if (flags.cleanConditionally && CLEANED_TAGS.has(tag) && cleanConditionally(b, flags)) {
        b.cleaned = true;
        cleaned.add(b.el);
      } else if (flags.weightClasses && (tag === 'H1' || tag === 'H2') && b.weight < 0) {
        cleaned.add(b.el);
      } else if (b.className && b.cChars < 500 && SHARE.test(b.className + ' ' + (b.el.getAttribute('id') ?? ''))) {
        shares.push(b);
      }
    }

    absorb(parent, b);
    if (BLOCK_TAGS.has(b.tag) || b.blocks) parent.blocks = true;
    const phrasing = PHRASING.has(b.tag) || (PHRASING_IF_INLINE.has(b.tag) && b.inline);
    if (!phrasing) parent.inline = false;
    if (phrasing) {
      if (b.tag === 'BR') {
        if (parent.brPending) doubleBreak(parent, b.el!);
        else {
          parent.brPending = true;
          if (parent.run) parent.run.last = b.el;
        }
        return;
      }
      parent.brPending = false;
      if (parent.wrapRuns || parent.brbr) {
        const r = parent.run ?? openRun(parent, b.el!);
        r.last = b.el;
        absorb(r, b);
      }
      return;
    }
    closeRun(parent);
    parent.brPending = false;
    if (!parent.wrapRuns) parent.brbr = false; // after a block, inline content is plain again
    if (!empty) parent.kids.push(b);
  };

  /** Readability's conditional cleaning of lists, tables and divs, on the counts of `b`. */
  const cleanConditionally = (b: Box, f: Flags): boolean => {
    const weight = f.weightClasses ? b.weight : 0;
    if (weight < 0) return true;
    if (b.dataTable || b.inDataTable || b.dataTables) return false;
    if (b.depth - b.codeAt <= 3) return false;
    if (b.cCommas >= 10) return false;
    const chars = b.cChars;
    const isList = b.tag === 'UL' || b.tag === 'OL' || (chars > 0 && b.list / chars > 0.9);
    const p = b.p;
    const img = b.img;
    const li = b.li - 100;
    // Readability deletes inputs before it cleans tables, lists and divs: they count in forms only.
    const input = b.tag === 'FORM' || b.tag === 'FIELDSET' ? b.input : 0;
    const headingDensity = chars > 0 ? b.heading / chars : 0;
    const ld = linkDensity(chars, b.cLinks);
    const inFigure = b.depth - b.figureAt <= 3;
    if (chars > 0 && chars < 30 && b.el && AD_OR_LOADING.has((b.el.textContent ?? '').trim().toLowerCase().replace(/(?:…|\.\.\.)$/, ''))) return true;
    const remove =
      (!inFigure && img > 1 && p / img < 0.5) ||
      (!isList && li > p) ||
      input > Math.floor(p / 3) ||
      (!isList && !inFigure && headingDensity < 0.9 && chars < 25 && (img === 0 || img > 2) && ld > 0) ||
      (!isList && weight < 25 && ld > 0.2) ||
      (weight >= 25 && ld > 0.5) ||
      (img === 0 && b.textish === 0);
    if (remove && isList) {
      // A list of images stays.
      for (const k of b.kids) if (k.kids.length > 1) return true;
      if (img === b.li) return false;
    }
    return remove;
  };

  // The walk: children first down, then `leave` on the way up (the stack, not parentNode, leads
  // back up, so a page changing between slices cannot send it astray).
  for (;;) {
    if (node) {
      if (++walked % NODES_PER_STEP === 0) yield;
      if (walked > maxNodes) return undefined;
      const parent = stack[stack.length - 1];
      const type = node.nodeType;
      if (type === TEXT_NODE) {
        addText(parent, node as Text);
        node = node.nextSibling;
        continue;
      }
      if (type === ELEMENT_NODE) {
        const b = enter(node as Element, parent);
        if (b) {
          if (stack.length > maxDepth) return undefined;
          stack.push(b);
          node = node.firstChild;
          continue;
        }
      }
      node = node === scope ? null : node.nextSibling;
      continue;
    }
    const done = stack.pop()!;
    if (done === bodyBox) break;
    leave(done, stack[stack.length - 1]);
    node = done.el === scope ? null : done.el!.nextSibling;
  }
  closeRun(bodyBox);
  yield;

  // Scores: every paragraph for its ancestors.
  const candidates: Box[] = [];
  for (let i = 0; i < paras.length; i++) {
    if (i % PARAS_PER_STEP === PARAS_PER_STEP - 1) yield;
    const para = paras[i];
    if (para.chars < 25) continue;
    const score = 1 + (para.commas + 1) + Math.min(Math.floor(para.chars / 100), 3);
    let a = up(para);
    for (let level = 0; a && level < 5; level++, a = up(a)) {
      if (!a.candidate) {
        a.candidate = true;
        a.score = tagScore(a.tag) + (flags.weightClasses ? a.weight : 0);
        candidates.push(a);
      }
      a.score += score / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
    }
  }
  yield;

  // The five best, each discounted by its link text.
  const top: Box[] = [];
  for (let i = 0; i < candidates.length; i++) {
    if (i % PARAS_PER_STEP === PARAS_PER_STEP - 1) yield;
    const c = candidates[i];
    c.score *= 1 - linkDensity(c.chars, c.links);
    let at = top.length;
    while (at > 0 && c.score > top[at - 1].score) at--;
    if (at < 5) {
      top.splice(at, 0, c);
      if (top.length > 5) top.pop();
    }
  }
  yield;

  let best: Box = top[0] ?? bodyBox;
  if (best !== bodyBox) {
    // Close runners-up (three or more within 75%) under one ancestor: that ancestor is the body.
    const close: Set<Box>[] = [];
    for (let i = 1; i < top.length; i++) {
      if (top[i].score / best.score >= 0.75) {
        const anc = new Set<Box>();
        for (let a = up(top[i]); a; a = up(a)) anc.add(a);
        close.push(anc);
      }
    }
    if (close.length >= 3) {
      for (let a = up(best); a && a !== bodyBox; a = up(a)) {
        if (close.filter((s) => s.has(a!)).length >= 3) {
          best = a;
          break;
        }
      }
    }
    if (!best.candidate) initCandidate(best, flags);
    // A parent scoring higher than the child it was reached through gathers more of the story.
    let lastScore = best.score;
    const threshold = lastScore / 3;
    for (let a = up(best); a && a !== bodyBox; a = up(a)) {
      if (!a.candidate) continue;
      if (a.score < threshold) break;
      if (a.score > lastScore) {
        best = a;
        break;
      }
      lastScore = a.score;
    }
    // An only child: its parent, so that siblings of the parent can join.
    for (let a = up(best); a && a !== bodyBox && a.kids.length === 1; a = up(a)) best = a;
    if (!best.candidate) initCandidate(best, flags);
  }
  yield;

  // The body: the best box and siblings that join it.
  const parts: Box[] = [];
  const parent = best === bodyBox ? null : up(best);
  if (!parent) parts.push(bodyBox);
  else {
    const threshold = Math.max(10, best.score * 0.2);
    for (const kid of parent.kids) {
      const sib = face(kid);
      if (sib === best || kid === best) {
        parts.push(kid);
        continue;
      }
      const bonus = best.className && sib.className === best.className ? best.score * 0.2 : 0;
      if (sib.candidate && sib.score + bonus >= threshold) parts.push(kid);
      else if (sib.isPara) {
        const ld = linkDensity(sib.chars, sib.links);
        if (sib.chars > 80 && ld < 0.25) parts.push(kid);
        else if (sib.chars > 0 && sib.chars < 80 && ld === 0 && /\.(?: |$)/.test(boxText(sib))) parts.push(kid);
      }
    }
  }
  yield;

  // Parts the cleaning dropped are gone; siblings that are mostly links (a site header, a menu)
  // would pull the root up to <body>: the biggest part stays, others only when they read like prose.
  let kept = parts.filter((k) => !face(k).cleaned && !k.cleaned);
  if (kept.length > 1) {
    const main = kept.reduce((a, b) => (face(b).cChars > face(a).cChars ? b : a));
    kept = kept.filter((k) => k === main || (face(k).cChars >= 40 && linkDensity(face(k).cChars, face(k).cLinks) < 0.35));
  }
  if (kept.length === 0) return null;

  let chars = 0;
  let links = 0;
  let paragraphs = 0;
  for (const k of kept) {
    const f = face(k);
    chars += f.cChars;
    links += f.cLinks;
    paragraphs += f.p80 + (f.isPara && f.cChars >= 80 ? 1 : 0);
  }
  // Share boxes go, but never a part itself.
  for (const s of shares) if (!kept.includes(s) && !kept.some((k) => face(k) === s)) cleaned.add(s.el!);

  const single = kept.length === 1 && kept[0].el ? kept[0] : null;
  if (single || !parent) {
    const root = single ? single.el! : (bodyBox.el ?? scope);
    return scoredBody(root, removed, cleaned, null, chars, links, paragraphs);
  }
  // Some of the parent's children: elements (a see-through div stands for its paragraph) and the
  // nodes of inline runs.
  const keepNodes = new Set<Node>();
  for (const k of kept) {
    if (k.el) keepNodes.add(k.el);
    else for (let n: Node | null = k.first; n; n = n.nextSibling) {
      keepNodes.add(n);
      if (n === k.last) break;
    }
  }
  return scoredBody(parent.el ?? scope, removed, cleaned, keepNodes, chars, links, paragraphs);
}

/** The result, with closures over only what they need (not the scorer's records of the page). */
function scoredBody(root: Element, removed: Set<Element>, cleaned: Set<Element>, keep: Set<Node> | null, chars: number, links: number, paragraphs: number): ScoredBody {
  return {
    root,
    dropped: (el) => removed.has(el) || cleaned.has(el),
    keepChild: keep ? (n) => keep.has(n) : null,
    chars,
    linkDensity: linkDensity(chars, links),
    paragraphs,
  };
}

function initCandidate(b: Box, flags: Flags): void {
  b.candidate = true;
  b.score = tagScore(b.tag) + (flags.weightClasses ? b.weight : 0);
}

/** Text of a short paragraph box (an element or an inline run). */
function boxText(b: Box): string {
  if (b.el) return b.el.textContent ?? '';
  let s = '';
  for (let n: Node | null = b.first; n; n = n.nextSibling) {
    s += n.textContent ?? '';
    if (n === b.last) break;
  }
  return s;
}

/** Readability's test for data tables (kept whole) versus layout tables. */
function isDataTable(table: Element, role: string | null): boolean {
  if (role === 'presentation') return false;
  if (table.getAttribute('datatable') === '0') return false;
  if (table.hasAttribute('summary')) return true;
  const caption = table.getElementsByTagName('caption')[0];
  if (caption && caption.childNodes.length > 0) return true;
  if (table.querySelector('col, colgroup, tfoot, thead, th')) return true;
  if (table.getElementsByTagName('table')[0]) return false;
  const rows = table.getElementsByTagName('tr');
  const firstRow = rows[0];
  const columns = firstRow ? firstRow.children.length : 0;
  if (rows.length >= 10 || columns > 4) return true;
  return rows.length * columns > 10;
}

/**
 * Readability's quick "is this worth scoring" test (isProbablyReaderable), in steps: visible <p>,
 * <pre>, <article> and <br>-holding divs, not in lists and not unlikely by class/id, each of 140+
 * characters adding √(length − 140), must add up to more than 20.
 */
export function* probablyReadable(doc: Document, minContentLength = 140, minScore = 20): Generator<void, boolean, void> {
  const found = doc.querySelectorAll('p, pre, article');
  const nodes = new Set<Element>();
  for (let i = 0; i < found.length; i++) nodes.add(found[i]);
  const brs = doc.querySelectorAll('div > br');
  for (let i = 0; i < brs.length; i++) {
    const p = brs[i].parentElement;
    if (p) nodes.add(p);
  }
  let score = 0;
  let n = 0;
  for (const node of nodes) {
    if (++n % 64 === 0) yield;
    const style = node.getAttribute('style');
    if (style && /display\s*:\s*none/i.test(style)) continue;
    if (node.hasAttribute('hidden')) continue;
    const cls = node.getAttribute('class') ?? '';
    if (node.getAttribute('aria-hidden') === 'true' && !cls.includes('fallback-image')) continue;
    const names = cls + ' ' + (node.getAttribute('id') ?? '');
    if (UNLIKELY.test(names) && !MAYBE_CANDIDATE.test(names)) continue;
    if (node.tagName === 'P' && node.closest('li')) continue;
    const len = (node.textContent ?? '').trim().length;
    if (len < minContentLength) continue;
    score += Math.sqrt(len - minContentLength);
    if (score > minScore) return true;
  }
  return false;
}
