/**
 * Small generated news pages for the dynamic, re-render and hostile-page tests: a NewsArticle
 * JSON-LD, a site header and footer, and an <article> holding whatever body the test needs.
 * Every sentence here is written for these tests (no text from real pages).
 */

/** Paragraphs about the demo story's people, places and organizations (entities the bundled data has). */
export const STORY_A = [
  'Fighters loyal to the resistance gathered in the Panjshir Valley on Sunday, days after the Taliban entered Kabul and took control of most of Afghanistan.',
  'Amrullah Saleh, who says he is the caretaker president, joined Ahmad Massoud in the valley. Both men said they would not surrender to the Taliban.',
  'Ahmad Shah Massoud, the father of the young commander, led the fight against the Soviet Union in the 1980s and was killed in 2001.',
  'Diplomats in Kabul said the talks with the Taliban had stalled, while aid groups warned that food was running short across Afghanistan.',
];

export const STORY_B = [
  'Ursula von der Leyen visited a reception centre near Madrid on Saturday, where Spain is hosting people flown out of the region.',
  'Charles Michel travelled with her. The European Commission said money for aid would depend on how the new rulers treat women and girls.',
  'Officials of the European Union repeated that speaking with the new authorities did not amount to recognition.',
  'Spain has offered to act as a hub for evacuees bound for other member states of the European Union.',
];

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function paragraphs(ps: string[]): string {
  return ps.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
}

export interface NewsPageOptions {
  title: string;
  /** HTML inside <article> after the headline. */
  body: string;
  /** Extra HTML for <head> (scripts, styles, import maps). */
  head?: string;
  /** Extra HTML at the end of <body> (scripts). */
  tail?: string;
  /** Put the article inside this element instead of a plain <article> (the body is used as is). */
  bare?: boolean;
  published?: string;
}

export function newsPage(o: NewsPageOptions): string {
  const published = o.published ?? '2021-08-22T08:00:00+00:00';
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: o.title, datePublished: published });
  const article = o.bare ? o.body : `<article><h1>${escapeHtml(o.title)}</h1>\n${o.body}\n</article>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(o.title)}</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="${published}">
<script type="application/ld+json">${ld}</script>
<style>body{font:18px/1.6 Georgia,serif;max-width:760px;margin:0 auto;padding:0 16px} header,footer{font:14px system-ui,sans-serif;color:#555}</style>
${o.head ?? ''}
</head><body>
<header><a href="/">The Test Gazette</a> · <nav><a href="/world">World</a> <a href="/topics/taliban">Taliban</a> <a href="/topics/kabul">Kabul</a></nav></header>
<main id="main">
${article}
</main>
<footer>© The Test Gazette · <a href="/topics/afghanistan">Afghanistan</a></footer>
${o.tail ?? ''}
</body></html>`;
}
