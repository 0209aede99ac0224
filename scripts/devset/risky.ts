// Risky marks on the corpus pages we may read (issue 12): a second tuning set, judged by hand, for
// namesake errors (a name the KB does not hold linked to a KB entity that shares it). Runs the linker
// as the product does (page language from the page's own HTML) on every corpus page with ground
// truth except the dev set's held-out pages, and lists each distinct (page, entity) mark that is
//  - a person with prominence < 0.7, an organization with prominence < 0.6,
//  - a name whose alias has more than one KB option for that surface (namesakes), or
//  - an entity only a bulk import vouches for (every source in BULK_SOURCES).
//   npx tsx scripts/devset/risky.ts [--kb public/kb] [--page aeb-<id>] [--json]
//   npx tsx scripts/devset/risky.ts --judged test/devset/judged-marks.jsonl [--list-unjudged]
// --judged scores the current marks against the judged file: right marks still present / all right,
// wrong marks still present / all wrong, and the marks present that nobody judged yet (to judge later);
// then the mention verdicts (scope 'mention', one mention each, matched by exact span) and the mentions
// no verdict names by span (--list-unjudged lists them with their context, to judge and append).
// Only offsets, surfaces, ids and short notes are printed to files; article text stays in ../shared.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { pageLang } from '../../core/page/scan';
import { createMatcher, inLanguage, tokenize } from '../../core/linking/matcher';
import { findCandidates } from '../../core/linking/match';
import type { CompiledEntity, Mention } from '../../core/types';
import { loadKb, type LoadedKb } from '../lib/load-kb';
import { articleBody, PAGES_DIR } from './corpus';
import { splitPages } from './split';
import { readRedirects } from '../data/lib/redirects';

/** Sources that import whole registries (every legislator, every brand): an entity only they hold is a
 *  likely namesake of whoever the news means. */
export const BULK_SOURCES = new Set(['peppercat', 'nsi', 'us-congress', 'us-newspapers', 'openfootball', 'partyfacts', 'ucdp', 'phoenix', 'supraverden']);
export const RISKY_PERSON = 0.7;
export const RISKY_ORG = 0.6;

export interface RiskyMark {
  page: string;
  lang: string;
  start: number;
  end: number;
  surface: string;
  id: string;
  name: string;
  type: string;
  subtype: string;
  description: string;
  country: string;
  prominence: number;
  /** Distinct KB entities the matched span's aliases point to. */
  options: number;
  sources: string[];
  reasons: string[];
  /** How the first mention was found (alias, fuzzy near miss, coreference...). */
  via: string;
  count: number;
  context: string;
}

/** One judged mark. Without `scope` it judges the card a reader sees: the (page, entity) pair, matched by
 *  page and id whatever the offsets. `scope: 'mention'` judges one mention: matched by page, start, end and
 *  id (a later mention of an entity whose first mention was judged, e.g. "Hong Kong dollars" after "Hong Kong").
 *  `by` names who judged it. */
export interface Judged { page: string; start: number; end: number; surface: string; id: string; type?: string; listed?: boolean; verdict: 'right' | 'wrong' | 'unsure'; kind?: string; note?: string; scope?: 'mention'; by?: string }

/** Corpus pages with ground truth, minus the dev set's held-out pages (never read while tuning). */
export function readablePages(): string[] {
  const held = new Set(splitPages().heldOut);
  return readdirSync(PAGES_DIR)
    .filter((p) => existsSync(join(PAGES_DIR, p, 'ground-truth.json')) && !held.has(p))
    .sort();
}

/** The page's language as the extension reads it (`<html lang>`, else Content-Language). */
export function langOf(page: string): string {
  const file = join(PAGES_DIR, page, 'source.html');
  if (!existsSync(file)) return '';
  // Only the head matters; linkedom on the whole page is slow.
  const html = readFileSync(file, 'utf8');
  const head = html.slice(0, Math.max(html.search(/<body[\s>]/i), 4000));
  const { document } = parseHTML(/<\/head>/i.test(head) ? `${head}<body></body></html>` : `${head}</head><body></body></html>`);
  return pageLang(document as unknown as Document);
}

export function riskyMarks(kb: LoadedKb, pages = readablePages(), all = false): { marks: RiskyMark[]; totalMarks: number } {
  const matcher = createMatcher(kb.index);
  const lex = matcher.lexicon;
  const out: RiskyMark[] = [];
  let totalMarks = 0;
  for (const page of pages) {
    const text = articleBody(page);
    const lang = langOf(page);
    const found: Mention[] = matcher.find(text, { lang });
    const cands = inLanguage(lex, findCandidates(lex, text, tokenize(text)), lang);
    const byId = new Map<string, Mention[]>();
    for (const m of found) byId.get(m.id)?.push(m) ?? byId.set(m.id, [m]);
    totalMarks += byId.size;
    for (const [id, ms] of byId) {
      const e = matcher.entity(id) as CompiledEntity;
      const first = ms[0];
      // Options of the matched span: the candidate covering the first mention.
      let options = 0;
      for (const m of ms) {
        const c = cands.find((x) => x.start <= m.start && m.end <= x.end + 10 && x.end > m.start);
        if (!c) continue;
        options = Math.max(options, new Set(c.aliases.map((a) => lex.aliasEntity[a])).size);
      }
      const sources = [...new Set((kb.detail(id)?.sources ?? []).map((s) => s.source))].sort();
      const reasons: string[] = [];
      if (e.type === 'person' && e.prominence < RISKY_PERSON) reasons.push('obscure-person');
      if (e.type === 'organization' && e.prominence < RISKY_ORG) reasons.push('obscure-org');
      if (options > 1) reasons.push(`namesakes:${options}`);
      if (sources.length && sources.every((s) => BULK_SOURCES.has(s))) reasons.push('bulk');
      if (!reasons.length && !all) continue;
      const ctx = `${text.slice(Math.max(0, first.start - 50), first.start)}[[${text.slice(first.start, first.end)}]]${text.slice(first.end, first.end + 50)}`.replace(/\s+/g, ' ');
      out.push({
        page, lang, start: first.start, end: first.end, surface: first.text, id, name: e.name, type: e.type, subtype: e.subtype ?? '', description: kb.detail(id)?.description ?? '',
        country: e.country ?? '', prominence: e.prominence, options, sources, reasons, via: first.via, count: ms.length, context: ctx,
      });
    }
  }
  return { marks: out, totalMarks };
}

/** Judged marks; an id written before its place gained a QID is read as the QID (data/imported/redirects.json). */
export function readJudged(file: string, redirects: ReadonlyMap<string, string> = readRedirects()): Judged[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
    const j = JSON.parse(l) as Judged;
    return { ...j, id: redirects.get(j.id) ?? j.id };
  });
}

export interface JudgedScore { right: number; rightKept: number; wrong: number; wrongKept: number; unsure: number; unsureKept: number; unjudged: RiskyMark[]; keptWrong: Judged[]; lostRight: Judged[] }

/** Judged marks are matched to current marks by (page, entity id): the card a reader sees. Mention-scoped
 *  verdicts are left out here (see scoreMentions). */
export function scoreJudged(all: Judged[], marks: RiskyMark[], present: Set<string>): JudgedScore {
  const judged = all.filter((j) => j.scope !== 'mention');
  const key = (p: string, id: string) => `${p}|${id}`;
  const seen = new Set(judged.map((j) => key(j.page, j.id)));
  const s: JudgedScore = { right: 0, rightKept: 0, wrong: 0, wrongKept: 0, unsure: 0, unsureKept: 0, unjudged: [], keptWrong: [], lostRight: [] };
  for (const j of judged) {
    const kept = present.has(key(j.page, j.id));
    if (j.verdict === 'right') { s.right++; if (kept) s.rightKept++; else s.lostRight.push(j); }
    else if (j.verdict === 'wrong') { s.wrong++; if (kept) { s.wrongKept++; s.keptWrong.push(j); } }
    else { s.unsure++; if (kept) s.unsureKept++; }
  }
  s.unjudged = marks.filter((m) => !seen.has(key(m.page, m.id)));
  return s;
}

/** A mention's key for mention-scoped verdicts. */
export const mentionKey = (m: { page: string; start: number; end: number; id: string }) => `${m.page}|${m.start}|${m.end}|${m.id}`;

export interface MentionScore { right: number; rightKept: number; wrong: number; wrongKept: number; keptWrong: Judged[]; lostRight: Judged[]; kinds: Map<string, [number, number]> }

/** Mention-scoped verdicts against the mentions the linker makes now (keys from mentionKey). */
export function scoreMentions(all: Judged[], present: Set<string>): MentionScore {
  const s: MentionScore = { right: 0, rightKept: 0, wrong: 0, wrongKept: 0, keptWrong: [], lostRight: [], kinds: new Map() };
  for (const j of all) {
    if (j.scope !== 'mention') continue;
    const kept = present.has(mentionKey(j));
    if (j.verdict === 'right') { s.right++; if (kept) s.rightKept++; else s.lostRight.push(j); }
    else if (j.verdict === 'wrong') {
      s.wrong++;
      const k = s.kinds.get(j.kind ?? 'other') ?? [0, 0];
      k[1]++;
      if (kept) { s.wrongKept++; s.keptWrong.push(j); k[0]++; }
      s.kinds.set(j.kind ?? 'other', k);
    }
  }
  return s;
}

export interface PresentMention { page: string; start: number; end: number; surface: string; id: string; context: string }

/** Every mention the linker makes on the pages, by mentionKey (as the product runs it: page language). */
export function presentMentions(kb: LoadedKb, pages = readablePages()): Map<string, PresentMention> {
  const matcher = createMatcher(kb.index);
  const out = new Map<string, PresentMention>();
  for (const page of pages) {
    const text = articleBody(page);
    for (const m of matcher.find(text, { lang: langOf(page) })) {
      const context = `${text.slice(Math.max(0, m.start - 60), m.start)}[[${m.text}]]${text.slice(m.end, m.end + 50)}`.replace(/\s+/g, ' ');
      out.set(mentionKey({ page, start: m.start, end: m.end, id: m.id }), { page, start: m.start, end: m.end, surface: m.text, id: m.id, context });
    }
  }
  return out;
}

/** Mentions no verdict names by span: neither a (page, entity) verdict's first mention nor a mention verdict. */
export function unjudgedMentions(judged: Judged[], present: Map<string, PresentMention>): PresentMention[] {
  const spans = new Set(judged.map(mentionKey));
  return [...present].filter(([k]) => !spans.has(k)).map(([, m]) => m);
}

function line(m: RiskyMark): string {
  return [m.page, m.lang || '-', m.start, JSON.stringify(m.surface), m.id, JSON.stringify(m.name), m.type, m.subtype || '-', m.country || '-', JSON.stringify(m.description.slice(0, 60)),
    m.prominence.toFixed(2), `opt=${m.options}`, `×${m.count}`, m.reasons.join(','), m.sources.join('+'), m.context].join('\t');
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
  const kb = loadKb(opt('--kb') ?? 'public/kb');
  const pages = opt('--page') ? [opt('--page')!] : readablePages();
  if (opt('--page') && splitPages().heldOut.includes(opt('--page')!)) throw new Error('held-out dev page: not listed');
  const judgedFile = opt('--judged');
  // With --judged every mark counts (a judged mark may have stopped being risky and still be shown).
  const { marks, totalMarks } = riskyMarks(kb, pages, !!judgedFile);
  if (judgedFile) {
    const judged = readJudged(judgedFile);
    const present = new Set(marks.map((m) => `${m.page}|${m.id}`));
    const risky = marks.filter((m) => m.reasons.length);
    // Every current mark nobody judged is listed (the file judges all marks of today's linker, risky or not).
    const s = scoreJudged(judged, marks, present);
    const kinds = new Map<string, [number, number]>();
    for (const j of judged.filter((x) => x.verdict === 'wrong' && x.scope !== 'mention')) {
      const k = kinds.get(j.kind ?? 'other') ?? [0, 0];
      k[1]++;
      if (present.has(`${j.page}|${j.id}`)) k[0]++;
      kinds.set(j.kind ?? 'other', k);
    }
    console.log(`KB ${kb.index.version}; ${pages.length} pages; ${totalMarks} (page, entity) marks, ${risky.length} risky`);
    console.log(`right marks still present: ${s.rightKept}/${s.right}`);
    const byType = (v: string) => ['person', 'organization', 'place'].map((t) => {
      const js = judged.filter((j) => j.verdict === v && j.type === t && j.scope !== 'mention');
      return `${t} ${js.filter((j) => present.has(`${j.page}|${j.id}`)).length}/${js.length}`;
    }).join(', ');
    console.log(`  by type: right ${byType('right')}; wrong ${byType('wrong')}`);
    console.log(`wrong marks still present: ${s.wrongKept}/${s.wrong}   (${[...kinds].map(([k, [a, b]]) => `${k} ${a}/${b}`).join(', ')})`);
    console.log(`unsure marks still present: ${s.unsureKept}/${s.unsure}`);
    console.log(`precision on the judged marks shown: ${(s.rightKept / Math.max(1, s.rightKept + s.wrongKept)).toFixed(3)} (unjudged marks left out)`);
    console.log(`marks present, not judged: ${s.unjudged.length} (risky ${s.unjudged.filter((m) => m.reasons.length).length})`);
    const mentions = presentMentions(kb, pages);
    const ms = scoreMentions(judged, new Set(mentions.keys()));
    console.log(`mention verdicts (scope mention): right kept ${ms.rightKept}/${ms.right}, wrong kept ${ms.wrongKept}/${ms.wrong}   (${[...ms.kinds].map(([k, [a, b]]) => `${k} ${a}/${b}`).join(', ')})`);
    // Every verdict by its own span: a (page, entity) verdict on a first mention the linker no longer makes
    // counts as gone even where a later mention of the entity keeps the card.
    const spanRight = judged.filter((j) => j.verdict === 'right'), spanWrong = judged.filter((j) => j.verdict === 'wrong');
    const rk = spanRight.filter((j) => mentions.has(mentionKey(j))).length, wk = spanWrong.filter((j) => mentions.has(mentionKey(j))).length;
    console.log(`every verdict by its own span: right kept ${rk}/${spanRight.length}, wrong kept ${wk}/${spanWrong.length}, precision ${(rk / Math.max(1, rk + wk)).toFixed(4)}`);
    const loose = unjudgedMentions(judged, mentions);
    console.log(`mentions present, no verdict on their span: ${loose.length} (of ${mentions.size})`);
    if (args.includes('--list-unjudged')) {
      for (const m of s.unjudged) console.log('  ' + line(m));
      for (const m of loose) console.log(`  mention\t${m.page}\t${m.start}\t${m.end}\t${JSON.stringify(m.surface)}\t${m.id}\t${m.context}`);
    }
    if (args.includes('--verbose')) {
      for (const j of s.lostRight) console.log(`  lost right: ${j.page} ${j.start} "${j.surface}" ${j.id}`);
      for (const j of s.keptWrong) console.log(`  kept wrong: ${j.page} ${j.start} "${j.surface}" ${j.id} ${j.kind ?? ''}`);
      for (const j of ms.lostRight) console.log(`  lost right mention: ${j.page} ${j.start} "${j.surface}" ${j.id}`);
      for (const j of ms.keptWrong) console.log(`  kept wrong mention: ${j.page} ${j.start} "${j.surface}" ${j.id} ${j.kind ?? ''}`);
    }
    return;
  }
  if (args.includes('--json')) { for (const m of marks) console.log(JSON.stringify(m)); return; }
  console.log(`KB ${kb.index.version}; ${pages.length} pages; ${totalMarks} (page, entity) marks, ${marks.length} risky`);
  console.log(['page', 'lang', 'start', 'surface', 'id', 'name', 'type', 'subtype', 'country', 'description', 'prom', 'options', 'count', 'reasons', 'sources', 'context'].join('\t'));
  for (const m of marks) console.log(line(m));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
