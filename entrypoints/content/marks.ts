/**
 * Marks: CSS Custom Highlights over the page's own Text nodes. Nothing is inserted into or wrapped
 * around the page's text, so React/Vue reconciliation never meets a node it did not create.
 *
 * - Ranges are StaticRanges: a live Range would be updated by the browser on every DOM mutation of
 *   the page (a cost on every React commit); instead `validate()` drops marks whose text changed.
 * - One Highlight per entity type, named for the mark style: `mk-person` (underline, the
 *   default), `mk-person-dotted`, `mk-person-background`, same for place and organization. The
 *   registry is shared with the page (the platform's design): the names do not spell the product,
 *   and nothing is registered while Backstory is paused or off for the site. The ::highlight rules are static (marks.css, injected by the browser from the
 *   manifest: no <style> element, nothing in document.styleSheets), so switching style re-registers
 *   the ranges under another name instead of editing a stylesheet.
 * - `quiet` (the default): an entity's first mention gets the clear underline (`mk-person`),
 *   its later mentions a faint one (`mk-person-faint`), so a story naming the Taliban 17
 *   times does not look striped.
 * - `mk-focus` draws the keyboard focus ring, `mk-flash` the popup's "reveal".
 */
import type { MarkStyle } from '../../core/settings';
import { ALL_NAMES, FLASH_HIGHLIGHT, FOCUS_HIGHLIGHT, highlightOf } from '../../components/highlights/names';
import type { EntityType } from '../../core/types';
import { byDocumentOrder, isIntact, mergeInOrder, type Mark } from './mark';
import { safe } from './safe';

function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && !!(CSS as { highlights?: unknown }).highlights && typeof Highlight === 'function';
}

/**
 * Up to this many marks, all are painted. A longer page (a 1 MB story has 20,000) paints only a
 * window of marks around the viewport, moved as the reader scrolls (`follow`): Chromium re-validates
 * every registered range in the frame after any change of the page or of the registry, so 20,000
 * painted marks cost a 60+ ms frame, and ~1,300 add ~20 ms to every frame after a DOM change.
 */
export const PAINT_ALL_MAX = 1500;
/** The window: marks before and after the first mark at the top of the viewport (several screens). */
const PAINT_BEFORE = 500;
const PAINT_AFTER = 1000;

export class MarkLayer {
  private marks: Mark[] = [];
  private keys = new Set<string>();
  /** Parent element of each piece → marks: hover checks only the marks under the pointer's element. */
  private byParent = new Map<Element, Mark[]>();
  private registered = new Set<string>();
  readonly supported = highlightsSupported();
  /** Between `hold()` and `release()`: new highlights, not registered yet, that hold every visible
   *  mark (made on the first add after `hold()`, from the marks painted so far). */
  private holding = false;
  private fresh: Record<string, Highlight> | null = null;
  /** Entities whose first mention is painted (under `quiet` their later ones are faint). */
  private firstSeen = new Set<string>();
  /** Marks were added on hold to a layer too long to paint whole: `release()` repaints the window. */
  private stale = false;
  /** Index of the mark at the top of the viewport when the window was painted (long layers only). */
  private paintedAt = -1;

  style: MarkStyle = 'quiet';
  types: Record<EntityType, boolean> = { person: true, place: true, organization: true };
  /** Entities the reader said "Not this one" to on this page. */
  hiddenIds = new Set<string>();
  /** False while the site is switched off: marks are kept, just not registered. */
  shown = true;

  get size(): number {
    return this.marks.length;
  }

  has(key: string): boolean {
    return this.keys.has(key);
  }

  /** False when the reader turned in-article names off (their marks are kept, not shown). */
  inArticle = true;

  isVisible(m: Mark): boolean {
    return this.shown && this.types[m.type] !== false && !this.hiddenIds.has(m.mention.id) && (this.inArticle || m.mention.via !== 'article');
  }

  /** Every mark, visible or not, in document order. */
  all(): readonly Mark[] {
    return this.marks;
  }

  visible(): Mark[] {
    return this.marks.filter((m) => this.isVisible(m));
  }

  /** Visible marks with a piece directly inside `el` (the element a pointer event targets). */
  candidatesAt(el: Element): Mark[] {
    const list = this.byParent.get(el);
    return list ? list.filter((m) => this.isVisible(m)) : [];
  }

  /** Adds marks not already present (same key = same text already marked) and paints them (on
   *  hold: at `release()`). `inDocumentOrder`: `list` is known to be in document order (skips sorting it). */
  add(list: Mark[], inDocumentOrder = false): Mark[] {
    const added: Mark[] = [];
    const before = this.marks;
    // A layer too long to paint whole repaints its window once the batch is in (below).
    const windowed = before.length + list.length > PAINT_ALL_MAX;
    // On hold, build the fresh highlights first: building them recounts first mentions.
    if (this.holding && !windowed && !this.fresh && this.supported && list.length) this.fresh = this.build();
    // One highlight lookup per highlight name and batch, not per mark.
    const hs: Record<string, Highlight | undefined> = {};
    for (let k = 0; k < list.length; k++) {
      const m = list[k];
      if (this.keys.has(m.key)) continue;
      this.keys.add(m.key);
      added.push(m);
      for (let i = 0; i < m.pieces.length; i++) {
        const parent = m.pieces[i].node.parentElement;
        if (!parent) continue;
        const at = this.byParent.get(parent);
        // m is new here: it can only be in `at` already from its own previous piece (the last entry).
        if (!at) this.byParent.set(parent, [m]);
        else if (at[at.length - 1] !== m) at.push(m);
      }
      if (!windowed && this.isVisible(m)) {
        const name = this.nameOf(m);
        const h = name in hs ? hs[name] : (hs[name] = this.holding ? this.freshFor(name) : this.highlightFor(name));
        if (h) for (let i = 0; i < m.ranges.length; i++) h.add(m.ranges[i]);
      }
    }
    // Sorted once per batch and merged: marks come in chunks, and re-sorting everything per chunk
    // costs n log n DOM position checks each time (tens of ms on a long story).
    // `inDocumentOrder`: the caller's batch is sorted already (a scan's mentions in text order):
    // each DOM position check can walk thousands of siblings on a long page.
    if (added.length) this.marks = mergeInOrder(before, inDocumentOrder ? added : added.sort(byDocumentOrder));
    if (windowed && added.length) {
      if (this.holding) this.stale = true;
      else this.render();
    }
    return added;
  }

  /** Drops marks for which `drop` says so (removed or changed text, a new page). Returns how many. */
  remove(drop: (m: Mark) => boolean): number {
    const gone = this.marks.filter(drop);
    if (!gone.length) return 0;
    const goneSet = new Set(gone);
    this.marks = this.marks.filter((m) => !goneSet.has(m));
    for (const m of gone) this.keys.delete(m.key);
    for (const [el, list] of this.byParent) {
      const keep = list.filter((m) => !goneSet.has(m));
      if (keep.length) this.byParent.set(el, keep);
      else this.byParent.delete(el);
    }
    this.render();
    return gone.length;
  }

  /** Drops every mark whose text is no longer in the page as it was marked. */
  validate(): number {
    return this.remove((m) => !isIntact(m));
  }

  clear(): void {
    this.marks = [];
    this.firstSeen.clear();
    this.keys.clear();
    this.byParent.clear();
    this.render();
  }

  /**
   * Until `release()`, marks that `add` takes are kept (hover, keyboard) and go into highlights that
   * are not registered yet; `release()` swaps them in. In Chromium every change to a registered
   * highlight makes the next frame re-validate every range of every highlight (O(all marks), tens
   * of ms on a long story), and an add to a registered highlight schedules a repaint each time: a
   * scan that swaps in once or twice does one full pass per swap, and the cheap kind of add.
   */
  hold(): void {
    this.holding = true;
    this.fresh = null;
  }

  /** Paints everything added since `hold()` (one registry update per type). */
  release(): void {
    this.holding = false;
    const fresh = this.fresh;
    this.fresh = null;
    if (this.stale) {
      this.stale = false;
      this.render();
    } else if (fresh) this.register(fresh);
  }

  /** After the reader scrolls: on a layer too long to paint whole, repaint once the viewport has
   *  moved far from the painted window (a few layout reads when it has not). */
  follow(): void {
    if (!this.supported || this.holding || !this.windowed) return;
    if (Math.abs(this.viewportIndex() - this.paintedAt) > PAINT_BEFORE / 2) this.render();
  }

  /** Too many marks to paint whole: only a window around the viewport is painted. */
  get windowed(): boolean {
    return this.marks.length > PAINT_ALL_MAX;
  }

  /** The marks painted now: all of them, or on a long layer the window around the viewport. */
  private paintRange(): [from: number, to: number] {
    const n = this.marks.length;
    if (!this.windowed) {
      this.paintedAt = -1;
      return [0, n];
    }
    const at = (this.paintedAt = this.viewportIndex());
    return [Math.max(0, at - PAINT_BEFORE), Math.min(n, at + PAINT_AFTER)];
  }

  /** Index of the first mark at or below the top of the viewport: marks are in document order,
   *  which is layout order in an article, so a binary search does a few layout reads, not n. */
  private viewportIndex(): number {
    const marks = this.marks;
    let lo = 0;
    let hi = marks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const el = marks[mid].pieces[0]?.node.parentElement;
      if (el && el.getBoundingClientRect().bottom < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Rebuilds the registered highlights from scratch (style, type or visibility changed). */
  render(): void {
    // On hold, the next add starts new unregistered highlights from what is painted here.
    this.fresh = null;
    if (!this.supported) return;
    this.register(this.build());
    if (!this.shown) this.setFocus(null);
  }

  /** The highlight name for a mark; the first visible mark of an entity claims "first". */
  private nameOf(m: Mark): string {
    const first = this.style === 'quiet' && !this.firstSeen.has(m.mention.id);
    if (first) this.firstSeen.add(m.mention.id);
    return highlightOf(m, this.style, first);
  }

  /** Highlights holding every visible mark, by name, not registered. Filled before they are
   *  registered: an add to a registered highlight costs more. */
  private build(): Record<string, Highlight> {
    const out: Record<string, Highlight> = {};
    if (!this.shown) return out;
    const [from, to] = this.paintRange();
    // First mentions are first in the document, whichever window is painted.
    this.firstSeen.clear();
    const firsts = new Set<Mark>();
    if (this.style === 'quiet') {
      for (const m of this.marks) {
        if (!this.isVisible(m) || this.firstSeen.has(m.mention.id)) continue;
        this.firstSeen.add(m.mention.id);
        firsts.add(m);
      }
    }
    for (let k = from; k < to; k++) {
      const m = this.marks[k];
      if (!this.isVisible(m)) continue;
      const name = highlightOf(m, this.style, firsts.has(m));
      const h = out[name] ?? (out[name] = new Highlight());
      for (let i = 0; i < m.ranges.length; i++) h.add(m.ranges[i]);
    }
    return out;
  }

  /** Replaces the registered mark highlights with `hs` (focus and flash stay). */
  private register(hs: Record<string, Highlight>): void {
    if (!this.supported) return;
    for (const name of [...this.registered]) {
      if (name === FOCUS_HIGHLIGHT || name === FLASH_HIGHLIGHT) continue;
      CSS.highlights.delete(name);
      this.registered.delete(name);
    }
    for (const name of Object.keys(hs).sort()) {
      CSS.highlights.set(name, hs[name]);
      this.registered.add(name);
    }
  }

  private freshFor(name: string): Highlight | undefined {
    if (!this.supported) return undefined;
    const fresh = this.fresh ?? (this.fresh = this.build());
    return fresh[name] ?? (fresh[name] = new Highlight());
  }

  private highlightFor(name: string): Highlight | undefined {
    if (!this.supported) return undefined;
    let h = CSS.highlights.get(name);
    if (!h || !this.registered.has(name)) {
      h = new Highlight();
      CSS.highlights.set(name, h);
      this.registered.add(name);
    }
    return h;
  }

  /** The keyboard focus ring (null removes it). */
  setFocus(m: Mark | null): void {
    this.setSpecial(FOCUS_HIGHLIGHT, m, 2);
  }

  /** Flashes a mark for `ms` (the popup's "reveal"). */
  flash(m: Mark, ms = 1600): void {
    this.setSpecial(FLASH_HIGHLIGHT, m, 3);
    setTimeout(
      safe('flash', () => {
        if (CSS.highlights.get(FLASH_HIGHLIGHT)?.has(m.ranges[0])) this.setSpecial(FLASH_HIGHLIGHT, null, 3);
      }),
      ms,
    );
  }

  private setSpecial(name: string, m: Mark | null, priority: number): void {
    if (!this.supported) return;
    if (!m) {
      CSS.highlights.delete(name);
      this.registered.delete(name);
      return;
    }
    const h = new Highlight(...m.ranges);
    h.priority = priority;
    CSS.highlights.set(name, h);
    this.registered.add(name);
  }

  /** Unregisters everything (extension disabled or reloaded). */
  dispose(): void {
    this.clear();
    if (!this.supported) return;
    for (const name of ALL_NAMES) CSS.highlights.delete(name);
    this.registered.clear();
  }
}
