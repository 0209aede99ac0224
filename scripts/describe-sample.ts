/**
 * The first card line of famous people, for auditing what the sources make of them:
 *
 *   npx tsx scripts/describe-sample.ts [DATE] [--same-as OLD.tsv] > /tmp/lines.tsv
 *
 * `--same-as` takes the samples from an earlier run's output, so a change is measured on the same people.
 * Samples: the 300 most prominent people, 200 Pantheon people drawn with a fixed seed, and every
 * person whose Pantheon and Wikitrivia lines open with different kinds. One row each:
 * sample, id, name, Pantheon's line, Wikitrivia's line, the card's line on DATE (default 2024-01-01).
 */
import fs from 'node:fs';
import { loadKb } from './lib/load-kb';
import { buildCard } from '../core/card/card-model';

const args = process.argv.slice(2);
const sameAs = args.includes('--same-as') ? args[args.indexOf('--same-as') + 1] : undefined;
const date = args.find((a) => /^\d{4}-\d{2}-\d{2}$/.test(a)) ?? '2024-01-01';
const kb = loadKb();
const byId = new Map(kb.index.entities.map((e) => [e.id, e]));
const readLines = (file: string) => new Map(fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; type: string; description?: string }).filter((r) => r.type === 'person').map((r) => [r.id, r.description ?? '']));
const pantheon = readLines('data/imported/pantheon.jsonl');
const trivia = readLines('data/imported/wikitrivia.jsonl');
const kind = (d: string) => /^[^,(]+?(?= from |, | \(|$)/.exec(d)?.[0] ?? '';

const top = kb.index.entities.filter((e) => e.type === 'person').sort((a, b) => b.prominence - a.prominence).slice(0, 300).map((e) => e.id);
// A fixed-seed draw (mulberry32) so the sample is the same before and after a change.
let seed = 20261208;
const rand = () => { seed |= 0; seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const pool = [...pantheon.keys()].sort();
const random: string[] = [];
while (random.length < 200) { const id = pool[Math.floor(rand() * pool.length)]; if (!random.includes(id)) random.push(id); }
const disagree = [...pantheon.keys()].filter((id) => trivia.has(id) && kind(trivia.get(id)!) !== kind(pantheon.get(id)!)).sort();

const samples: [string, string[]][] = sameAs
  ? ['top', 'random', 'disagree'].map((k) => [k, fs.readFileSync(sameAs, 'utf8').trim().split('\n').map((l) => l.split('\t')).filter((f) => f[0] === k).map((f) => f[1])])
  : [['top', top], ['random', random], ['disagree', disagree]];
for (const [sample, ids] of samples) {
  for (const id of ids) {
    const e = byId.get(id);
    if (!e) continue;
    const card = buildCard(e, kb.detail(id), { asOf: date, asOfIsToday: false, articleIds: new Set([id]), nameOf: (x) => byId.get(x)?.name });
    console.log([sample, id, e.name, pantheon.get(id) ?? '', trivia.get(id) ?? '', card.description ?? ''].join('\t'));
  }
}
