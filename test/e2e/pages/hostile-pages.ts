/**
 * Hostile pages for the security tests (issue 16), shared by the Chromium and Firefox tests: a spy
 * that collects whatever of our card the page can reach, a page that defines the old card host tag
 * as its own custom element, one that gives any element we add to <html> a shadow root first.
 */
import { newsPage, paragraphs, STORY_A } from './news-page';

/** In-page: every leak the page could get of our card (shadow roots, internals), and its own errors. */
export const SPY = `<script>
  window.__spy = { constructed: 0, roots: [], internals: [], planted: 0, clicked: 0, attachFailures: 0, errors: [] };
  window.addEventListener('error', (e) => window.__spy.errors.push(String(e.message)));
  // Anything the page can reach that holds a shadow root of ours.
  window.__leaks = () => {
    const s = window.__spy;
    const roots = s.roots.slice();
    for (const i of s.internals) if (i.shadowRoot) roots.push(i.shadowRoot);
    for (const el of document.documentElement.children) if (el.shadowRoot) roots.push(el.shadowRoot);
    return roots.filter((r) => r && r.querySelector && (r.querySelector('.card') || r.querySelector('[role=status]') || r.querySelector('.wrap')));
  };
  // With a leaked root: rewrite the card, plant a link, click every button ("Not this one").
  window.__abuse = () => {
    for (const r of window.__leaks()) {
      const name = r.querySelector('.name');
      if (name) { name.textContent = 'PLANTED NAME'; window.__spy.planted++; }
      for (const b of r.querySelectorAll('button')) { b.click(); window.__spy.clicked++; }
    }
  };
</script>`;

/** A page that defines the old host tag as its own custom element and watches every element added to <html>. */
export function predefinedHost(): string {
  return newsPage({
    title: 'A page that defines the card host itself',
    body: paragraphs(STORY_A),
    head: `${SPY}<script>
      class Trap extends HTMLElement {
        constructor() { super(); window.__spy.constructed++; try { window.__spy.internals.push(this.attachInternals()); } catch (e) {} }
        connectedCallback() { setTimeout(() => window.__abuse(), 50); }
      }
      customElements.define('backstory-card', Trap);
      // Patches the page might hope we use: ours run in another world and never see these.
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) { const r = attach.call(this, init); window.__spy.roots.push(r); return r; };
      const create = Document.prototype.createElement;
      Document.prototype.createElement = function (tag, o) { const el = create.call(this, tag, o); window.__spy.created = (window.__spy.created || 0) + 1; return el; };
      new MutationObserver(() => window.__abuse()).observe(document.documentElement, { childList: true, subtree: true });
    </script>`,
  });
}

/** A page that attaches a shadow root of its own to whatever element we might add to <html>, before we can. */
export function preattachedRoot(): string {
  return newsPage({
    title: 'A page that gives our host a shadow root first',
    body: paragraphs(STORY_A),
    head: `${SPY}<script>
      customElements.define('backstory-card', class extends HTMLElement {
        constructor() { super(); window.__spy.constructed++; window.__spy.roots.push(this.attachShadow({ mode: 'open' })); }
      });
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) {
          if (n.nodeType !== 1 || n.parentNode !== document.documentElement || n === document.body || n === document.head) continue;
          try { window.__spy.roots.push(n.attachShadow({ mode: 'open' })); } catch (e) { window.__spy.attachFailures++; }
        }
      }).observe(document.documentElement, { childList: true });
    </script>`,
  });
}

/** A plain article; the test drives the hostile script through page.evaluate. */
export function plain(title: string): string {
  return newsPage({ title, body: paragraphs(STORY_A), head: SPY });
}

/** In-page: center of the first visible text occurrence of `text` in the article, and its element. */
export const POINT_AT = `(text) => {
  const walker = document.createTreeWalker(document.querySelector('article'), NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.data.indexOf(text);
    if (i < 0) continue;
    const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + text.length);
    const b = r.getClientRects()[0];
    return { el: n.parentElement, x: b.x + b.width / 2, y: b.y + b.height / 2 };
  }
  return null;
}`;
