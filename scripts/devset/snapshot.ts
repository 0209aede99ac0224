/**
 * npx tsx scripts/devset/snapshot.ts --save FILE | --check FILE
 *
 * The matcher's output on every text we have (every corpus page's article body with the page's
 * language, News-Fair's documents, the demo article, and the bench's 100 KB concatenation), written
 * to FILE (--save) or compared with it (--check: exit 1 and the first differences when any mention's
 * start, end, id, score or via changed). For speed work that must not change a single mark (issue 13):
 * save before, check after every change. FILE holds offsets and ids only, no article text (keep it
 * out of the repo all the same: it belongs to one built index).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createMatcher } from '../../core/linking/matcher';
import { loadKb } from '../lib/load-kb';
import { articleBody, PAGES_DIR } from './corpus';
import { newsFairDocs } from './newsfair';

type Row = [start: number, end: number, id: string, score: number, via: string];

/** Every text with its language (null = none given), keyed by a stable name. */
function texts(): [name: string, text: string, lang: string | null][] {
  const out: [string, string, string | null][] = [];
  const lang = new Map(
    fs.readFileSync(path.join(PAGES_DIR, 'manifest.tsv'), 'utf8').trim().split('\n').slice(1)
      .map((l) => l.split('\t')).map((f) => [f[0], f[3]] as const),
  );
  const pages = fs.readdirSync(PAGES_DIR).filter((d) => fs.existsSync(path.join(PAGES_DIR, d, 'ground-truth.json'))).sort();
  const bodies: string[] = [];
  for (const p of pages) {
    const body = articleBody(p);
    if (!body) continue;
    bodies.push(body);
    out.push([p, body, lang.get(p) ?? null]);
    // The same text with no language given (the English rules with a page's own words).
    if (lang.get(p) !== 'en') out.push([`${p}#nolang`, body, null]);
  }
  for (const d of newsFairDocs()) out.push([`news-fair-${d.id}`, d.text, 'en']);
  out.push(['demo', fs.readFileSync(path.join(PAGES_DIR, '../../fixtures/panjshir-2021-08.txt'), 'utf8'), 'en']);
  // Long text: names recur across articles, context from one article reaches the next.
  out.push(['bench-100k', bodies.join('\n').slice(0, 100_000), null]);
  return out;
}

function snapshot(): Record<string, Row[]> {
  const { index } = loadKb('public/kb');
  const m = createMatcher(index);
  const out: Record<string, Row[]> = {};
  // As the bench runs it: no known longer names (public/kb/names.json) loaded.
  const bare = loadKb('public/kb').index;
  delete bare.knownNames;
  const mb = createMatcher(bare);
  for (const [name, text, lang] of texts()) {
    out[name] = m.find(text, { lang }).map((x) => [x.start, x.end, x.id, x.score, x.via]);
    if (name === 'bench-100k') out[`${name}#no-names`] = mb.find(text, { lang }).map((x) => [x.start, x.end, x.id, x.score, x.via]);
  }
  return out;
}

function main(): void {
  const [mode, file] = process.argv.slice(2);
  if ((mode !== '--save' && mode !== '--check') || !file) {
    console.error('usage: tsx scripts/devset/snapshot.ts --save FILE | --check FILE');
    process.exit(2);
  }
  const now = snapshot();
  const count = Object.values(now).reduce((n, r) => n + r.length, 0);
  if (mode === '--save') {
    fs.writeFileSync(file, JSON.stringify(now));
    console.log(`saved ${Object.keys(now).length} texts, ${count} mentions to ${file}`);
    return;
  }
  const before = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, Row[]>;
  const diffs: string[] = [];
  for (const name of new Set([...Object.keys(before), ...Object.keys(now)])) {
    const a = (before[name] ?? []).map((r) => JSON.stringify(r));
    const b = (now[name] ?? []).map((r) => JSON.stringify(r));
    if (a.join('\n') === b.join('\n')) continue;
    const sa = new Set(a);
    const sb = new Set(b);
    diffs.push(`${name}: ${a.length} → ${b.length} mentions; gone ${a.filter((x) => !sb.has(x)).slice(0, 5).join(' ')}; new ${b.filter((x) => !sa.has(x)).slice(0, 5).join(' ')}`);
  }
  if (diffs.length) {
    console.log(`DIFFERENT on ${diffs.length} texts:\n${diffs.slice(0, Number(process.env.SNAP_SHOW ?? 20)).join('\n')}`);
    process.exit(1);
  }
  console.log(`identical: ${Object.keys(now).length} texts, ${count} mentions`);
}

main();
