// ELEVANT's public entity-linking benchmarks as TUNING sets (issue 12): scored by QID the way News-Fair
// is (scripts/devset/newsfair.ts), errors listed. ELEVANT: Bast, Hertel, Prange, "ELEVANT: A Fully
// Automatic Fine-Grained Entity Linking Evaluation and Analysis Tool", EMNLP 2022 demos, Apache-2.0,
// github.com/ad-freiburg/elevant. The benchmark texts stay their publishers': they are read at run time
// from a path (never copied into the repo), and no test depends on them.
//
//   npx tsx scripts/devset/elevant.ts [--dir /work/elevant] [--set reuters-128] [--errors] [--misses] [--kb public/kb]
//
// --dir (or $ELEVANT_DIR) holds <set>.jsonl files: ELEVANT's benchmarks/<set>.benchmark.jsonl, one doc a
// line {id,title,text,evaluation_span,labels:[{span,entity_id,name,type}]}. Get them with
// `git clone https://github.com/ad-freiburg/elevant` (benchmarks/*.benchmark.jsonl, renamed <set>.jsonl).
// NEVER score news-fair*, newscrawl*, msnbc* or aida-conll* here: they are held out or measure us.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENTITY_TYPES, type EntityType } from '../../core/types';
import { idsAlone, readBenchmarkDocs, scoreNewsFair, type NewsFairReport, type NfDoc } from './newsfair';

/** The tuning sets, in the order printed; rss-500 has 2 labels a sentence (recall only); wiki-fair = 80
 *  Wikipedia articles annotated like News-Fair (the nearest proxy for its kinds of error). */
export const TUNING_SETS = ['reuters-128', 'ace', 'spotlight', 'kore50', 'rss-500', 'oke-2015-train', 'oke-2015-eval', 'oke-2016-train', 'oke-2016-eval', 'derczynski', 'wiki-fair'];
/** Sets that must never be read as tuning data (held out, or used to measure the project). */
const FORBIDDEN = /news-?fair|newscrawl|msnbc|aida/i;

function table(name: string, r: NewsFairReport): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
  const row = (label: string, p: { precision: number; recall: number; tp: number; predicted: number; gold: number }) =>
    `${label.padEnd(14)} ${pct(p.precision)} ${pct(p.recall)} ${String(p.tp).padStart(5)} ${String(p.predicted).padStart(5)} ${String(p.gold).padStart(5)}`;
  const kb = (t: EntityType | 'all') => pct(r.inKb[t].gold ? r.inKb[t].held / r.inKb[t].gold : 1);
  const kinds = ['wrong-id', 'nil', 'non-ppo', 'unlabelled'] as const;
  return [
    `${name}: ${r.docs} docs, by QID`,
    `${'type'.padEnd(14)} ${'P%'.padStart(6)} ${'R%'.padStart(6)} ${'right'.padStart(5)} ${'marks'.padStart(5)} ${'gold'.padStart(5)}   ${'inKB%'.padStart(6)}`,
    `${row('all (strict)', r.strict)}   ${kb('all')}`,
    `${row('all labelled', r.labelled)}   (${r.unlabelled} marks on unlabelled spans)`,
    ...ENTITY_TYPES.map((t) => `${row(t, r.byType[t])}   ${kb(t)}`),
    `recall on gold entities the KB holds: ${pct(r.kbRecall.recall)} (${r.kbRecall.tp}/${r.kbRecall.gold})`,
    idsAlone(r),
    `wrong marks by kind: ${kinds.map((k) => `${k} ${r.errors.filter((e) => e.kind === k).length}`).join(', ')}`,
  ].join('\n');
}

function context(d: NfDoc, start: number, end: number): string {
  const t = d.text;
  return `${t.slice(Math.max(0, start - 50), start)}[[${t.slice(start, end)}]]${t.slice(end, end + 50)}`.replace(/\s+/g, ' ');
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
  const dir = opt('--dir') ?? process.env.ELEVANT_DIR ?? '/work/elevant';
  if (!existsSync(dir)) {
    console.error(`${dir} not found. Get ELEVANT's benchmarks: git clone https://github.com/ad-freiburg/elevant, then copy`
      + ` benchmarks/<set>.benchmark.jsonl to <dir>/<set>.jsonl and pass --dir <dir> (or ELEVANT_DIR).`);
    process.exit(1);
  }
  const present = new Set(readdirSync(dir).filter((f) => f.endsWith('.jsonl')).map((f) => f.replace(/(\.benchmark)?\.jsonl$/, '')));
  const sets = opt('--set') ? opt('--set')!.split(',') : TUNING_SETS.filter((s) => present.has(s));
  const { loadKb } = await import('../lib/load-kb');
  const { createMatcher } = await import('../../core/linking/matcher');
  const { index } = loadKb(opt('--kb') ?? 'public/kb');
  const matcher = createMatcher(index);
  const summary: string[] = [];
  for (const set of sets) {
    if (FORBIDDEN.test(set)) { console.error(`${set}: held out or used to measure the project; not scored here`); continue; }
    const file = [join(dir, `${set}.jsonl`), join(dir, `${set}.benchmark.jsonl`)].find(existsSync);
    if (!file) { console.error(`${set}: no ${set}.jsonl in ${dir}`); continue; }
    let docs = readBenchmarkDocs(file);
    // Some sets (ace) give every doc the id -1: number them by line then.
    if (new Set(docs.map((d) => d.id)).size < docs.length) docs = docs.map((d, i) => ({ ...d, id: i }));
    const r = scoreNewsFair(index, matcher, docs);
    console.log('\n' + table(set, r));
    summary.push(`${set.padEnd(15)} P ${r.strict.precision.toFixed(3)} (${r.strict.tp}/${r.strict.predicted})  labelled P ${r.labelled.precision.toFixed(3)}  R ${r.strict.recall.toFixed(3)}  R-KB ${r.kbRecall.recall.toFixed(3)}  right without a QID ${r.rightByName}`);
    const byId = new Map(docs.map((d) => [d.id, d]));
    const show = (kinds: string[]) => {
      for (const e of r.errors.filter((x) => kinds.includes(x.kind) && (x.kind !== 'miss' || x.inKb))) {
        console.log(`  ${String(e.doc).padStart(3)} ${e.kind.padEnd(10)} ${context(byId.get(e.doc)!, e.start, e.end)}  → ${e.predicted ?? '(none)'}${e.gold ? ` | gold ${e.gold}` : ''}`);
      }
    };
    if (args.includes('--errors')) show(['wrong-id', 'nil', 'non-ppo', 'unlabelled']);
    if (args.includes('--misses')) show(['miss']);
  }
  console.log('\n' + summary.join('\n'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
