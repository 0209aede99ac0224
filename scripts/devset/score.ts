// Scores the matcher against the dev-set gold (test/devset/*.json): exact span + entity id.
// Used by test/unit/devset.test.ts (floors) and as a CLI that prints the table and the worst errors:
//   npx tsx scripts/devset/score.ts [--kb public/kb] [--page aeb-<id>] [--top 30] [--context] [--audit] [--json]
// It prints the tuning part (with its errors), the held-out part and News-Fair v1 (figures only).
import { fileURLToPath } from 'node:url';
import { ENTITY_TYPES, type EntityType, type KbIndex, type Matcher, type Mention } from '../../core/types';
import { articleBody, goldPages, loadGold, sha1, type GoldMention } from './corpus';
import { readRedirects } from '../data/lib/redirects';
import { splitPages } from './split';
import { idsAlone, scoreNewsFair, type NewsFairReport } from './newsfair';

export interface Counts { tp: number; fp: number; fn: number; gold: number; predicted: number }
export interface Prf { precision: number; recall: number; f1: number; tp: number; predicted: number; gold: number }
export interface ErrorRow { page: string; kind: 'wrong-id' | 'spurious' | 'boundary' | 'miss'; start: number; end: number; text: string; predicted?: string; gold?: string; inKb?: boolean }
export interface DevsetReport {
  pages: number;
  overall: Prf;
  byType: Record<EntityType, Prf>;
  /** Recall restricted to gold mentions whose entity the KB holds (precision is the overall one). */
  kb: Prf;
  kbByType: Record<EntityType, Prf>;
  errors: ErrorRow[];
  /** Gold mentions whose id was filled in from the KB by name (audit these). */
  resolvedByName: { page: string; surface: string; name: string; id: string }[];
  /** Gold mentions whose id the KB lacks while the KB has an entity of that name: one of the two ids is wrong. */
  idConflicts: { page: string; surface: string; goldId: string; kbId: string }[];
}

const TYPES = ENTITY_TYPES;

/** Spans compare after dropping a leading "the ", a trailing possessive and a trailing period
 *  ("U.S." at a sentence end): these are style, not errors. */
export function normSpan(text: string, start: number, end: number): [number, number] {
  const lead = /^the\s+/i.exec(text.slice(start, end));
  if (lead && end - start > lead[0].length) start += lead[0].length;
  if (/['’]s$/.test(text.slice(start, end)) && end - start > 2) end -= 2;
  if (text[end - 1] === '.' && end - start > 1) end -= 1;
  return [start, end];
}

/** KB ids of a gold mention: its id and alternates that the KB holds; failing those, for a null id, the
 *  unique KB entity of the same type whose name is the gold name (parenthesized qualifier dropped). */
export function goldResolver(index: KbIndex, redirects: ReadonlyMap<string, string> = readRedirects()) {
  const ids = new Set(index.entities.map((e) => e.id));
  const byName = new Map<string, string[]>();
  for (const e of index.entities) {
    const k = `${e.type}|${e.name.toLowerCase()}`;
    byName.set(k, [...(byName.get(k) ?? []), e.id]);
  }
  return (m: GoldMention): { ids: string[]; byName: boolean; conflict?: string } => {
    // Gold written before a place gained its QID names the old id (data/imported/redirects.json).
    const known = [m.id, ...(m.alt ?? [])].map((x) => (x && redirects.get(x)) || x).filter((x): x is string => !!x && ids.has(x));
    if (known.length) return { ids: known, byName: false };
    if (m.notInKb) return { ids: [], byName: false };
    const hit = byName.get(`${m.type}|${m.name.replace(/\s*\(.*\)$/, '').toLowerCase()}`);
    if (hit && hit.length === 1) return m.id ? { ids: [], byName: false, conflict: hit[0] } : { ids: hit, byName: true };
    return { ids: [], byName: false };
  };
}

function prf(tp: number, predicted: number, gold: number): Prf {
  const precision = predicted ? tp / predicted : 1;
  const recall = gold ? tp / gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, predicted, gold };
}

export function scoreDevset(index: KbIndex, matcher: Matcher, pages = goldPages()): DevsetReport {
  const resolve = goldResolver(index);
  const typeOf = (id: string) => matcher.entity(id)?.type;
  const t = () => ({ tp: 0, predicted: 0, gold: 0 });
  const all = t(), kb = t();
  const byType = Object.fromEntries(TYPES.map((x) => [x, t()])) as Record<EntityType, ReturnType<typeof t>>;
  const kbByType = Object.fromEntries(TYPES.map((x) => [x, t()])) as Record<EntityType, ReturnType<typeof t>>;
  const errors: ErrorRow[] = [];
  const resolvedByName: DevsetReport['resolvedByName'] = [];
  const idConflicts: DevsetReport['idConflicts'] = [];
  const label = (id: string) => `${matcher.entity(id)?.name ?? '?'} (${id})`;

  for (const page of pages) {
    const gold = loadGold(page);
    const text = articleBody(page);
    if (sha1(text) !== gold.textSha1) throw new Error(`${page}: article text changed (sha1 mismatch)`);
    const key = (s: number, e: number) => normSpan(text, s, e).join(':');
    const required = new Map<string, GoldMention & { kbIds: string[]; found?: boolean }>();
    const optional = new Map<string, string[]>();
    for (const m of gold.mentions) {
      const r = resolve(m);
      if (r.byName) resolvedByName.push({ page, surface: m.surface, name: m.name, id: r.ids[0] });
      if (r.conflict) idConflicts.push({ page, surface: m.surface, goldId: m.id!, kbId: r.conflict });
      if (m.optional) optional.set(key(m.start, m.end), r.ids);
      else required.set(key(m.start, m.end), { ...m, kbIds: r.ids });
    }
    const predicted: Mention[] = matcher.find(text);
    for (const p of predicted) {
      const k = key(p.start, p.end);
      const g = required.get(k);
      if (!g && optional.get(k)?.includes(p.id)) continue; // a nested name, fine either way
      const ptype = typeOf(p.id);
      all.predicted++;
      if (ptype) byType[ptype].predicted++;
      if (g && g.kbIds.includes(p.id)) {
        g.found = true;
        all.tp++;
        kb.tp++;
        if (ptype) byType[ptype].tp++;
        kbByType[g.type].tp++;
        continue;
      }
      const overlapsGold = [...required.values()].some((m) => p.start < m.end && m.start < p.end);
      errors.push({
        page, kind: g ? 'wrong-id' : overlapsGold ? 'boundary' : 'spurious', start: p.start, end: p.end,
        text: text.slice(p.start, p.end), predicted: label(p.id), gold: g ? `${g.name} (${g.kbIds.length ? g.kbIds.join('|') : `${g.id ?? '-'}, not in KB`})` : undefined,
      });
    }
    for (const g of required.values()) {
      all.gold++;
      byType[g.type].gold++;
      if (g.kbIds.length) { kb.gold++; kbByType[g.type].gold++; }
      if (!g.found) errors.push({ page, kind: 'miss', start: g.start, end: g.end, text: g.surface, gold: `${g.name} (${g.kbIds[0] ?? g.id ?? '-'})`, inKb: g.kbIds.length > 0 });
    }
  }
  const mk = (c: ReturnType<typeof t>) => prf(c.tp, c.predicted, c.gold);
  return {
    pages: pages.length,
    overall: mk(all),
    byType: Object.fromEntries(TYPES.map((x) => [x, mk(byType[x])])) as Record<EntityType, Prf>,
    kb: prf(kb.tp, all.predicted, kb.gold),
    kbByType: Object.fromEntries(TYPES.map((x) => [x, prf(kbByType[x].tp, byType[x].predicted, kbByType[x].gold)])) as Record<EntityType, Prf>,
    errors,
    resolvedByName,
    idConflicts,
  };
}

function table(r: DevsetReport): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
  const row = (name: string, p: Prf, k?: Prf) =>
    `${name.padEnd(14)} ${pct(p.precision)} ${pct(p.recall)} ${pct(p.f1)} ${String(p.tp).padStart(5)} ${String(p.predicted).padStart(5)} ${String(p.gold).padStart(5)}` +
    (k ? `   ${pct(k.recall)} ${String(k.tp).padStart(5)}/${String(k.gold).padEnd(5)}` : '');
  return [
    `dev set: ${r.pages} articles`,
    `${'type'.padEnd(14)} ${'P%'.padStart(6)} ${'R%'.padStart(6)} ${'F1%'.padStart(6)} ${'TP'.padStart(5)} ${'pred'.padStart(5)} ${'gold'.padStart(5)}   ${'R-KB%'.padStart(6)} TP/gold-in-KB`,
    row('all', r.overall, r.kb),
    ...TYPES.map((x) => row(x, r.byType[x], r.kbByType[x])),
  ].join('\n');
}

function grouped(rows: ErrorRow[], keyOf: (e: ErrorRow) => string, top: number): string[] {
  const m = new Map<string, { n: number; pages: Set<string> }>();
  for (const e of rows) {
    const k = keyOf(e);
    const v = m.get(k) ?? { n: 0, pages: new Set<string>() };
    v.n++;
    v.pages.add(e.page);
    m.set(k, v);
  }
  return [...m].sort((a, b) => b[1].n - a[1].n).slice(0, top)
    .map(([k, v]) => `  ${String(v.n).padStart(3)}× ${k}  [${[...v.pages].slice(0, 3).join(' ')}${v.pages.size > 3 ? ' …' : ''}]`);
}

function newsFairTable(r: NewsFairReport): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
  const kb = (t: EntityType | 'all') => `${pct(r.inKb[t].gold ? r.inKb[t].held / r.inKb[t].gold : 1)}`;
  return [
    `News-Fair v1 (held out, by QID): ${r.docs} articles, evaluation spans only`,
    `${'type'.padEnd(14)} ${'P%'.padStart(6)} ${'R%'.padStart(6)} ${'right'.padStart(5)} ${'marks'.padStart(5)} ${'gold'.padStart(5)}   ${'inKB%'.padStart(6)}`,
    `${'all (strict)'.padEnd(14)} ${pct(r.strict.precision)} ${pct(r.strict.recall)} ${String(r.strict.tp).padStart(5)} ${String(r.strict.predicted).padStart(5)} ${String(r.strict.gold).padStart(5)}   ${kb('all')}`,
    `${'all labelled'.padEnd(14)} ${pct(r.labelled.precision)} ${pct(r.labelled.recall)} ${String(r.labelled.tp).padStart(5)} ${String(r.labelled.predicted).padStart(5)} ${String(r.labelled.gold).padStart(5)}   (${r.unlabelled} marks on spans the gold leaves unlabelled)`,
    ...ENTITY_TYPES.map(
      (t) => `${t.padEnd(14)} ${pct(r.byType[t].precision)} ${pct(r.byType[t].recall)} ${String(r.byType[t].tp).padStart(5)} ${String(r.byType[t].predicted).padStart(5)} ${String(r.byType[t].gold).padStart(5)}   ${kb(t)}`,
    ),
    `recall on gold entities the KB holds: ${pct(r.kbRecall.recall)} (${r.kbRecall.tp}/${r.kbRecall.gold})`,
    idsAlone(r),
  ].join('\n');
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
  const { loadKb } = await import('../lib/load-kb');
  const { createMatcher } = await import('../../core/linking/matcher');
  const { index } = loadKb(opt('--kb') ?? 'public/kb');
  const matcher = createMatcher(index);
  const split = splitPages();
  // Errors are listed for tuning pages only (issue 12): the held-out pages and News-Fair are scored,
  // never listed, unless asked for by name (--page, --held-out-errors, --newsfair-errors).
  const pages = opt('--page') ? [opt('--page')!] : split.tuning;
  const r = scoreDevset(index, matcher, pages);
  if (args.includes('--json')) { console.log(JSON.stringify(r, null, 1)); return; }
  const top = Number(opt('--top') ?? 25);
  console.log(`KB ${index.version}: ${index.entities.length} entities, ${index.aliases.length} aliases`);
  console.log(table(r).replace('dev set:', opt('--page') ? 'dev set page:' : 'dev set, tuning part:'));
  if (!opt('--page')) {
    const h = scoreDevset(index, matcher, split.heldOut);
    console.log('\n' + table(h).replace('dev set:', 'dev set, HELD OUT:'));
    if (args.includes('--held-out-errors')) r.errors.push(...h.errors);
    const nf = scoreNewsFair(index, matcher);
    if (nf.docs) {
      console.log('\n' + newsFairTable(nf));
      const kinds = ['wrong-id', 'nil', 'non-ppo', 'unlabelled'] as const;
      console.log(`  wrong marks by kind: ${kinds.map((k) => `${k} ${nf.errors.filter((e) => e.kind === k).length}`).join(', ')}`);
      if (args.includes('--newsfair-errors')) {
        for (const e of nf.errors.filter((x) => x.kind !== 'miss' || x.inKb)) console.log(`  ${e.doc} ${e.kind.padEnd(10)} "${e.text}" → ${e.predicted ?? '(none)'}${e.gold ? ` | gold ${e.gold}` : ''}`);
      }
    }
  }
  const fp = r.errors.filter((e) => e.kind !== 'miss');
  const missKb = r.errors.filter((e) => e.kind === 'miss' && e.inKb);
  console.log(`\nfalse positives (${fp.length}): wrong-id ${fp.filter((e) => e.kind === 'wrong-id').length}, boundary ${fp.filter((e) => e.kind === 'boundary').length}, spurious ${fp.filter((e) => e.kind === 'spurious').length}`);
  console.log(grouped(fp, (e) => `${e.kind} "${e.text}" → ${e.predicted}${e.gold ? `, gold ${e.gold}` : ''}`, top).join('\n'));
  console.log(`\nmisses of KB entities (${missKb.length}):`);
  console.log(grouped(missKb, (e) => `"${e.text}" = ${e.gold}`, top).join('\n'));
  if (args.includes('--context')) {
    // every error with its surroundings, page by page, for whoever tunes the matcher
    console.log('\nall errors in context:');
    for (const e of r.errors.filter((x) => x.kind !== 'miss' || x.inKb)) {
      const t = articleBody(e.page);
      const ctx = `${t.slice(Math.max(0, e.start - 40), e.start)}[[${t.slice(e.start, e.end)}]]${t.slice(e.end, e.end + 40)}`.replace(/\s+/g, ' ');
      console.log(`  ${e.page} ${e.kind.padEnd(8)} ${ctx}  → ${e.predicted ?? '(none)'}${e.gold ? ` | gold ${e.gold}` : ''}`);
    }
  }
  if (r.idConflicts.length) {
    console.log(`\ngold ids the KB lacks although it has that name (${r.idConflicts.length}): check gold or KB`);
    console.log(grouped(r.idConflicts.map((x) => ({ page: x.page, kind: 'miss', start: 0, end: 0, text: x.surface, gold: `gold ${x.goldId} vs KB ${x.kbId}` })), (e) => `"${e.text}" ${e.gold}`, 200).join('\n'));
  }
  if (args.includes('--audit')) {
    console.log(`\ngold ids filled in from the KB by name (${r.resolvedByName.length}):`);
    console.log(grouped(r.resolvedByName.map((x) => ({ page: x.page, kind: 'miss', start: 0, end: 0, text: x.surface, gold: `${x.name} → ${x.id}` })), (e) => `"${e.text}" ${e.gold}`, 200).join('\n'));
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
