/**
 * CSS for the card, put in the content script's shadow root (and the popup). Sizes in px only:
 * in a shadow root on someone else's page, rem would follow the page's root font size.
 * Light and dark follow prefers-color-scheme; motion is dropped under prefers-reduced-motion.
 */
export const cardStyles = /* css */ `
:host { all: initial; }
.card {
  --bg: #ffffff;
  --fg: #1d2126;
  --muted: #5b6470;
  --faint: #8a929c;
  --rule: #e6e8eb;
  --border: rgba(15, 23, 42, 0.14);
  --shadow: 0 1px 2px rgba(15, 23, 42, 0.08), 0 8px 24px rgba(15, 23, 42, 0.16);
  --link: #1f5fbf;
  --accent-person: #2457c5;
  --accent-place: #17794a;
  --accent-organization: #8a3fb8;
  --badge-person: #e8effc;
  --badge-place: #e3f4ea;
  --badge-organization: #f3e9fa;
  --button-bg: #f3f4f6;
  --button-hover: #e7e9ec;
  --scroll-shadow: rgba(15, 23, 42, 0.16);
  box-sizing: border-box;
  width: 360px;
  max-width: calc(100vw - 16px);
  max-height: inherit;
  /* Header and footer (with the actions) always show; only the fact list scrolls when room is short. */
  display: flex;
  flex-direction: column;
  overflow: hidden;
  padding: 12px 14px 10px;
  background: var(--bg);
  color: var(--fg);
  border: 1px solid var(--border);
  border-radius: 10px;
  box-shadow: var(--shadow);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "DejaVu Sans", sans-serif;
  font-size: 14px;
  font-weight: 400;
  line-height: 20px;
  letter-spacing: normal;
  text-align: left;
  direction: ltr;
  -webkit-font-smoothing: antialiased;
  animation: bs-in 120ms ease-out;
  outline: none;
}
.card:focus-visible { box-shadow: var(--shadow), 0 0 0 3px rgba(36, 87, 197, 0.45); }
@keyframes bs-in { from { opacity: 0; transform: translateY(4px); } to { opacity: 1; transform: none; } }
@media (prefers-reduced-motion: reduce) { .card { animation: none; } }
@media (prefers-color-scheme: dark) {
  .card {
    --bg: #1f2329;
    --fg: #e8eaed;
    --muted: #aab2bd;
    --faint: #88919c;
    --rule: #343a42;
    --border: rgba(255, 255, 255, 0.12);
    --shadow: 0 1px 2px rgba(0, 0, 0, 0.4), 0 10px 28px rgba(0, 0, 0, 0.55);
    --link: #8ab4f8;
    --accent-person: #9dbbff;
    --accent-place: #7fd3a5;
    --accent-organization: #d3a8f0;
    --badge-person: #263552;
    --badge-place: #1f3b2d;
    --badge-organization: #3a2a4a;
    --button-bg: #2b3038;
    --button-hover: #363c46;
    --scroll-shadow: rgba(0, 0, 0, 0.6);
  }
}
.card * { box-sizing: border-box; margin: 0; padding: 0; font: inherit; color: inherit; }
.head { position: relative; padding-right: 28px; flex: none; }
.kind { display: flex; align-items: center; gap: 8px; margin-bottom: 4px; }
.badge {
  display: inline-block;
  padding: 0 7px;
  border-radius: 999px;
  font-size: 10.5px;
  line-height: 16px;
  font-weight: 600;
  letter-spacing: 0.4px;
  text-transform: uppercase;
}
.badge-person { background: var(--badge-person); color: var(--accent-person); }
.badge-place { background: var(--badge-place); color: var(--accent-place); }
.badge-organization { background: var(--badge-organization); color: var(--accent-organization); }
.subtype { font-size: 12px; line-height: 16px; color: var(--faint); }
.close {
  position: absolute;
  top: -4px;
  right: -6px;
  width: 28px;
  height: 28px;
  border: 0;
  border-radius: 6px;
  background: transparent;
  color: var(--faint);
  font-size: 20px;
  line-height: 28px;
  text-align: center;
  cursor: pointer;
}
.close:hover { background: var(--button-hover); color: var(--fg); }
.close:focus-visible, .action:focus-visible, .source:focus-visible, .ref:focus-visible, .wiki:focus-visible { outline: 2px solid var(--link); outline-offset: 1px; }
.name { font-size: 17px; line-height: 22px; font-weight: 650; letter-spacing: -0.1px; }
/* The article's own words: an in-article card (issue 17) and a linked card's "In this article" line. */
.article-note { margin-top: 2px; color: var(--muted); font-size: 12px; line-height: 16px; font-style: italic; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.origin { margin-top: 2px; color: var(--faint); font-size: 12px; line-height: 16px; }
.article-body { margin-top: 6px; padding: 8px 0 2px; border-top: 1px solid var(--rule); }
.own-desc { margin: 0 0 6px; padding: 0; list-style: none; }
.own-desc li { font-size: 13px; line-height: 18px; color: var(--fg); }
.count-line { font-size: 12px; line-height: 16px; color: var(--muted); margin: 0 0 6px; }
.first-sentence.jump { display: block; width: 100%; text-align: left; background: none; border-top: 0; border-right: 0; border-bottom: 0; font-family: inherit; cursor: pointer; }
.first-sentence.jump:hover { color: var(--fg); border-left-color: var(--link); }
.first-sentence.jump:focus-visible { outline: 2px solid var(--link); outline-offset: 1px; }
.first-sentence { margin: 0 0 6px; padding: 2px 0 2px 10px; border-left: 3px solid var(--rule); color: var(--muted); font-size: 12.5px; line-height: 18px; font-style: italic; }
/* One line: the description as of the date; the full text is its title. */
.desc { margin-top: 1px; color: var(--muted); font-size: 13px; line-height: 18px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.lines {
  list-style: none;
  margin-top: 6px;
  border-top: 1px solid var(--rule);
  flex: 0 1 auto;
  min-height: 36px;
  overflow-y: auto;
  overscroll-behavior: contain;
  /* Scroll shadows: a soft edge shows there is more above or below, only when there is. */
  background:
    linear-gradient(var(--bg) 30%, transparent) top / 100% 20px no-repeat local,
    linear-gradient(transparent, var(--bg) 70%) bottom / 100% 20px no-repeat local,
    radial-gradient(farthest-side at 50% 0, var(--scroll-shadow), transparent) top / 100% 8px no-repeat scroll,
    radial-gradient(farthest-side at 50% 100%, var(--scroll-shadow), transparent) bottom / 100% 8px no-repeat scroll;
}
.line { display: flex; align-items: first baseline; gap: 6px; padding: 5px 0 4px; border-bottom: 1px solid var(--rule); }
.line:last-child { border-bottom: 0; }
.text { flex: 1 1 auto; min-width: 0; overflow-wrap: anywhere; line-height: 19px; }
/* Folded, a line takes at most two rows; "More" shows every line in full. */
.card:not(.expanded) .text { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }
.meta { flex: none; display: flex; align-items: first baseline; gap: 4px; font-size: 11px; line-height: 16px; color: var(--faint); white-space: nowrap; }
.ref {
  /* A quiet reference to the line's source, numbered as in the list at the bottom. */
  font-size: 10px;
  color: var(--faint);
  text-decoration: none;
}
a.ref { color: var(--link); }
a.ref:hover { text-decoration: underline; }
.empty { margin-top: 8px; color: var(--muted); font-style: italic; }
.foot { flex: none; margin-top: 4px; padding-top: 6px; border-top: 1px solid var(--rule); font-size: 12px; line-height: 16px; color: var(--faint); }
.sources { margin-top: 1px; }
.num { margin-right: 3px; font-size: 10px; vertical-align: super; line-height: 10px; }
.source { color: var(--faint); text-decoration: none; }
a.source { color: var(--link); }
a.source:hover { text-decoration: underline; }
.actions { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin-top: 6px; }
.action {
  padding: 3px 8px;
  border: 1px solid var(--border);
  border-radius: 6px;
  background: var(--button-bg);
  color: var(--fg);
  font-size: 12px;
  line-height: 16px;
  font-weight: 500;
  cursor: pointer;
}
.action:hover { background: var(--button-hover); }
.action.quiet { background: transparent; color: var(--muted); }
.wiki { margin-left: auto; color: var(--link); text-decoration: none; font-size: 12px; line-height: 16px; white-space: nowrap; }
.wiki:hover { text-decoration: underline; }
.sr-only {
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  clip-path: inset(50%);
  white-space: nowrap;
}
`;
