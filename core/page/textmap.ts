/**
 * Text map: the visible text of an article as one string, and a way back from string offsets to
 * the page's own Text nodes.
 *
 * Why one string: names are split by inline markup ("<a>Ahmad Shah</a> Massoud"), so the matcher
 * must see the text as a reader does. Why a map: marks are Custom Highlights over the page's own
 * Text nodes, so every offset must lead back to (Text node, offset) without touching the DOM.
 *
 * Rules, close to how a browser renders text:
 * - runs of whitespace collapse to one space; whitespace next to a block boundary disappears;
 * - block boundaries and <br> become one '\n' (never two in a row, never at the start or end);
 * - skipped subtrees (script/style/pre/code/svg/forms/hidden/contenteditable, plus the caller's
 *   `skip` predicate) contribute nothing.
 *
 * Bounded: the walk is iterative (firstChild/nextSibling/parentNode, no recursion, no stack), it
 * stops after `maxNodes` visited nodes or `maxChars` characters read, and it never throws: odd
 * nodes (shadow hosts, iframes, foreign elements) are either walked as plain light DOM or skipped.
 */
import { drain } from './steps';

export interface TextMapOptions {
  /** Skip an element and everything inside it (boilerplate inside the article, excluded parts). */
  skip?: (el: Element) => boolean;
  /** Text filter: only Text nodes it accepts contribute (the article's kept text). */
  keepText?: (t: Text) => boolean;
  /** Visibility check. Default: attributes only (hidden, aria-hidden, inline display:none), which
   *  works in Node. The content script can pass one that also asks getComputedStyle. */
  isHidden?: (el: Element) => boolean;
  /** Whether an element starts a new line. Default: by tag name (Node has no layout); the content
   *  script may ask computed style (display: block/flex/grid/list-item/table-*). */
  isBlock?: (el: Element) => boolean;
  /** Most nodes (elements + text) visited before the walk stops. */
  maxNodes?: number;
  /** Most characters of text read before the walk stops (default 2 MB worth of UTF-16 units). */
  maxChars?: number;
}

export interface TextPiece {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

export interface TextMap {
  /** The visible text, blocks separated by '\n'. */
  text: string;
  /** Pieces of DOM text covering text[start, end), one per Text node touched, in document order.
   *  '\n' boundaries map to nothing; out-of-range offsets are clamped. */
  rangeAt(start: number, end: number): TextPiece[];
  /** Nodes visited (elements + text): the work done, for budgets and tests. */
  work: number;
  /** True when a bound stopped the walk before the end of `root`. */
  truncated: boolean;
  /** Number of Text nodes that contributed text. */
  textNodes: number;
}

export const DEFAULT_MAX_NODES = 200_000;
export const DEFAULT_MAX_CHARS = 2_000_000;

/** Elements whose content is never article prose (or must never be marked). */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'PRE', 'CODE', 'KBD', 'SAMP', 'SVG', 'MATH', 'IFRAME',
  'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'SELECT', 'OPTION', 'TEXTAREA',
  'INPUT', 'BUTTON', 'FORM', 'NAV', 'ASIDE', 'HEAD', 'TITLE', 'META', 'LINK', 'IMG', 'PICTURE',
  'SOURCE', 'TRACK', 'MAP', 'AREA', 'DIALOG', 'DATALIST', 'OUTPUT', 'PROGRESS', 'METER',
]);

/** Elements that start a new line when rendered (display: block, list-item, table parts...). */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG',
  'DIR', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

/** Attribute-only visibility: works the same in Node (linkedom) and the browser. */
export function isHiddenByAttributes(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  return false;
}

/**
 * Visibility as the browser renders it: attributes, then computed style. For the content script
 * (`buildTextMap(root, { isHidden: isHiddenRendered })`); uses the element's own window, no globals.
 */
export function isHiddenRendered(el: Element): boolean {
  if (isHiddenByAttributes(el)) return true;
  const view = el.ownerDocument?.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return false;
  const cs = view.getComputedStyle(el);
  return cs.display === 'none' || cs.visibility === 'hidden' || cs.visibility === 'collapse';
}

/** Block-ness as rendered (display other than inline*, contents, none), for the content script. */
export function isBlockRendered(el: Element): boolean {
  const view = el.ownerDocument?.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return BLOCK_TAGS.has(tagOf(el));
  const d = view.getComputedStyle(el).display;
  return !!d && !d.startsWith('inline') && d !== 'contents' && d !== 'none' && d !== 'ruby';
}

function isEditable(el: Element): boolean {
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce.toLowerCase() !== 'false';
}

/** Tag name in upper case; foreign (SVG/MathML) elements keep their case in some DOMs. */
function tagOf(el: Element): string {
  const t = el.tagName;
  return typeof t === 'string' ? t.toUpperCase() : '';
}

function isSpace(c: number): boolean {
  // The whitespace HTML collapses: space, tab, LF, FF, CR. (NBSP is not collapsed: it is text.)
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
}

/**
 * Runs map output offsets to source offsets. Parallel typed-ish arrays keep memory small on big pages:
 * run i covers text[outStart[i], outStart[i] + outLen[i]) and node[i].data[srcStart[i], srcStart[i] + srcLen[i]).
 * outLen === srcLen for ordinary text (1:1); a collapsed whitespace run has outLen 1, srcLen >= 1.
 */
class Runs {
  outStart: number[] = [];
  outLen: number[] = [];
  srcStart: number[] = [];
  srcLen: number[] = [];
  node: Text[] = [];

  push(out: number, node: Text, src: number, outLen: number, srcLen: number): void {
    const n = this.node.length - 1;
    // Extend the previous run when it is a 1:1 run in the same node that ends exactly here.
    if (
      n >= 0 && this.node[n] === node && outLen === srcLen &&
      this.outLen[n] === this.srcLen[n] &&
      this.outStart[n] + this.outLen[n] === out && this.srcStart[n] + this.srcLen[n] === src
    ) {
      this.outLen[n] += outLen;
      this.srcLen[n] += srcLen;
      return;
    }
    this.outStart.push(out);
    this.outLen.push(outLen);
    this.srcStart.push(src);
    this.srcLen.push(srcLen);
    this.node.push(node);
  }

  /** Index of the last run whose outStart <= offset, or -1. */
  find(offset: number): number {
    let lo = 0;
    let hi = this.outStart.length - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.outStart[mid] <= offset) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  }
}

/** One token of a Text node: a run of collapsible whitespace, or words separated by single spaces
 *  (those spaces are kept as they are, so the words map 1:1 to the source). Sticky: read in place. */
const TOKEN = /[ \t\n\f\r]+|[^ \t\n\f\r]+(?: [^ \t\n\f\r]+)*/y;

/** Nodes walked between two checkpoints of `buildTextMapSteps` (a few hundred µs of work). */
const NODES_PER_STEP = 64;
/** Characters of one Text node read between two checkpoints (a 1 MB text node is many steps). */
const CHARS_PER_STEP = 16_384;

export function buildTextMap(root: Node, opts: TextMapOptions = {}): TextMap {
  return drain(buildTextMapSteps(root, opts));
}

/**
 * The same walk as `buildTextMap`, as a generator that stops at checkpoints (`yield`) so a caller
 * can give the main thread back between slices and resume. Run to the end it returns exactly what
 * `buildTextMap` returns (that one is this, drained).
 */
export function* buildTextMapSteps(root: Node, opts: TextMapOptions = {}): Generator<void, TextMap, void> {
  const skip = opts.skip;
  const keepText = opts.keepText;
  const isHidden = opts.isHidden ?? isHiddenByAttributes;
  // With the attribute-only rules, an element without attributes is neither hidden nor editable:
  // one DOM call instead of four for most elements of an article (<p>, <a>, <em>...).
  const attributesOnly = isHidden === isHiddenByAttributes;
  const isBlock = opts.isBlock ?? ((el: Element) => BLOCK_TAGS.has(tagOf(el)));
  const maxNodes = opts.maxNodes ?? DEFAULT_MAX_NODES;
  const maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;

  const parts: string[] = [];
  let outLen = 0;
  const runs = new Runs();
  let work = 0;
  let charsRead = 0;
  let truncated = false;
  let textNodes = 0;

  // State between text nodes: a pending break ('\n') or a pending collapsed space.
  let pendingBreak = false;
  let pendingSpace: { node: Text; offset: number; len: number } | null = null;
  let lastChar = 10; // treat the start as "after a break": no leading space or '\n'

  const emitBreak = () => {
    if (outLen > 0 && lastChar !== 10) pendingBreak = true;
    pendingSpace = null;
  };

  const flushPending = () => {
    if (pendingBreak) {
      parts.push('\n');
      outLen += 1;
      lastChar = 10;
      pendingBreak = false;
      pendingSpace = null;
    } else if (pendingSpace) {
      if (lastChar !== 32 && lastChar !== 10) {
        parts.push(' ');
        runs.push(outLen, pendingSpace.node, pendingSpace.offset, 1, pendingSpace.len);
        outLen += 1;
        lastChar = 32;
      }
      pendingSpace = null;
    }
  };

  /** Reads data[from, to) of a Text node; `to` never ends inside a whitespace run. One regex step
   *  per token (a whitespace run, or words joined by single spaces, which map 1:1 and so are one
   *  run and one part): no per-character JS loop, which cold (interpreted) code pays dearly. */
  const addRange = (node: Text, data: string, from: number, to: number): boolean => {
    const s = from === 0 && to === data.length ? data : data.slice(from, to);
    const n = s.length;
    let contributed = false;
    let i = 0;
    TOKEN.lastIndex = 0;
    while (i < n && TOKEN.test(s)) {
      const j = TOKEN.lastIndex;
      if (isSpace(s.charCodeAt(i))) {
        // Remember the first collapsible whitespace run; it becomes a space only if text follows.
        if (!pendingBreak && !pendingSpace) pendingSpace = { node, offset: from + i, len: j - i };
      } else {
        flushPending();
        parts.push(i === 0 && j === n ? s : s.slice(i, j));
        runs.push(outLen, node, from + i, j - i, j - i);
        outLen += j - i;
        lastChar = s.charCodeAt(j - 1);
        contributed = true;
      }
      i = j;
    }
    return contributed;
  };

  /** The node's text to read (null: none), counted against maxChars. */
  const textOf = (node: Text): { data: string; len: number } | null => {
    if (keepText && !keepText(node)) return null;
    let data: string;
    try {
      data = node.data;
    } catch {
      return null;
    }
    if (!data) return null;
    let len = data.length;
    if (charsRead + len > maxChars) {
      len = Math.max(0, maxChars - charsRead);
      truncated = true;
    }
    charsRead += len;
    return { data, len };
  };

  /** A whole Text node, in steps of CHARS_PER_STEP characters (split words join up again in `runs`). */
  function* addText(node: Text, t = textOf(node)): Generator<void, void, void> {
    if (!t) return;
    const { data, len } = t;
    if (len <= CHARS_PER_STEP) {
      if (addRange(node, data, 0, len)) textNodes++;
      return;
    }
    let contributed = false;
    for (let from = 0; from < len; ) {
      let to = Math.min(len, from + CHARS_PER_STEP);
      while (to < len && isSpace(data.charCodeAt(to))) to++;
      contributed = addRange(node, data, from, to) || contributed;
      from = to;
      if (from < len) yield;
    }
    if (contributed) textNodes++;
  }

  /** Decide whether to enter an element; emits breaks for blocks. */
  const enter = (el: Element, isRoot = false): boolean => {
    const tag = tagOf(el);
    if (tag === 'BR') {
      // A <br> is a line break; two in a row still make one '\n' (no empty lines in our text).
      emitBreak();
      return false;
    }
    let skipIt = false;
    try {
      // The root is the caller's choice (a whole-page <form> wrapper can hold the article): only
      // hidden or editable roots are refused.
      const plain = attributesOnly && !el.hasAttributes();
      skipIt = isRoot
        ? !plain && (isEditable(el) || isHidden(el))
        : SKIP_TAGS.has(tag) || (!plain && (isEditable(el) || isHidden(el))) || (skip ? skip(el) : false);
    } catch {
      skipIt = true; // an odd element that throws on inspection is not worth the risk
    }
    if (blockSafe(el)) emitBreak();
    return !skipIt;
  };

  const blockSafe = (el: Element): boolean => {
    try {
      return isBlock(el);
    } catch {
      return BLOCK_TAGS.has(tagOf(el));
    }
  };

  const leave = (el: Element) => {
    if (blockSafe(el)) emitBreak();
  };

  // Iterative pre-order walk restricted to root's subtree.
  let node: Node | null = root;
  if (root.nodeType === ELEMENT_NODE && !enter(root as Element, true)) node = null;
  else if (root.nodeType === TEXT_NODE || root.nodeType === CDATA_NODE) {
    yield* addText(root as Text);
    node = null;
    work = 1;
  }
  let cur: Node | null = node ? (node.firstChild as Node | null) : null;
  if (node) work = 1;
  while (cur) {
    if (work % NODES_PER_STEP === 0) yield;
    if (++work > maxNodes || charsRead >= maxChars) {
      truncated = true;
      break;
    }
    let descend = false;
    const type = cur.nodeType;
    if (type === ELEMENT_NODE) {
      descend = enter(cur as Element) && cur.firstChild !== null;
      if (!descend && tagOf(cur as Element) !== 'BR') {
        // Entered nothing: still close the block if it was one.
        if (blockSafe(cur as Element)) emitBreak();
      }
    } else if (type === TEXT_NODE || type === CDATA_NODE) {
      const t = textOf(cur as Text);
      if (t && t.len > CHARS_PER_STEP) yield* addText(cur as Text, t);
      else if (t && addRange(cur as Text, t.data, 0, t.len)) textNodes++;
    }
    if (descend) {
      cur = cur.firstChild;
      continue;
    }
    // Move to the next node: next sibling, or climb until a parent has one.
    while (cur && cur !== root) {
      const next: Node | null = cur.nextSibling;
      if (next) {
        cur = next;
        break;
      }
      const parent: Node | null = cur.parentNode;
      if (!parent || parent === root) {
        cur = null;
        break;
      }
      if (parent.nodeType === ELEMENT_NODE) leave(parent as Element);
      cur = parent;
    }
    if (cur === root) cur = null;
  }

  const text = parts.join('');

  const rangeAt = (start: number, end: number): TextPiece[] => {
    const pieces: TextPiece[] = [];
    if (!(end > start)) return pieces;
    start = Math.max(0, Math.floor(start));
    end = Math.min(text.length, Math.ceil(end));
    if (end <= start) return pieces;
    let i = runs.find(start);
    if (i < 0) i = 0;
    for (; i < runs.node.length; i++) {
      const os = runs.outStart[i];
      const ol = runs.outLen[i];
      if (os >= end) break;
      if (os + ol <= start) continue;
      const from = Math.max(start, os);
      const to = Math.min(end, os + ol);
      const oneToOne = ol === runs.srcLen[i];
      const s = runs.srcStart[i] + (oneToOne ? from - os : 0);
      const e = oneToOne ? runs.srcStart[i] + (to - os) : runs.srcStart[i] + runs.srcLen[i];
      const nd = runs.node[i];
      const last = pieces[pieces.length - 1];
      if (last && last.startContainer === nd && last.endOffset <= s) {
        last.endOffset = e; // same Text node: one piece (collapsed whitespace between stays inside)
      } else {
        pieces.push({ startContainer: nd, startOffset: s, endContainer: nd, endOffset: e });
      }
    }
    return pieces;
  };

  return { text, rangeAt, work, truncated, textNodes };
}
