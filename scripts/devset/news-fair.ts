// News-Fair v1 (../shared/corpus/linking, ELEVANT): the matcher against an outside entity-linking
// gold with Wikidata ids. Prints, per type, the share of gold entities the KB holds, recall (same
// span, same QID) and precision (predictions inside the evaluation span that hit a gold mention's
// span and QID; a prediction on no gold mention, or on a NIL one, is wrong).
//   npx tsx scripts/devset/news-fair.ts [--kb public/kb] [--no-redirects (for a KB built elsewhere)]
import fs from 'node:fs';
import path from 'node:path';
import { createMatcher } from '../../core/linking/matcher';
import { ENTITY_TYPES, type EntityType } from '../../core/types';
import { loadKb } from '../lib/load-kb';
import { readRedirects } from '../data/lib/redirects';
import { SHARED_SOURCES_DIR } from '../data/lib/paths';

interface Label { span: [number, number]; entity_id: string; name: string; type: string }
interface Doc { id: number; text: string; evaluation_span: [number, number]; labels: Label[] }

const FILE = path.join(SHARED_SOURCES_DIR, '..', 'corpus', 'linking', 'news-fair-v1.jsonl');

function typeOf(t: string): EntityType | undefined {
  const c = t.split('|');
  if (c.includes('Q215627')) return 'person';
  if (c.includes('Q27096213')) return 'place';
  if (c.includes('Q43229')) return 'organization';
  return undefined;
}

export function scoreNewsFair(kbDir = 'public/kb', file = FILE, useRedirects = true) {
  const { index } = loadKb(kbDir);
  const m = createMatcher(index);
  const ids = new Set(index.entities.map((e) => e.id));
  // Another build (an older KB, for a before/after) did not make this import's redirects.
  const redirects = useRedirects ? readRedirects() : new Map<string, string>();
  const idOf = (id: string) => redirects.get(id) ?? id;
  const types = ENTITY_TYPES;
  const s = Object.fromEntries(types.map((t) => [t, { gold: 0, found: 0, ents: new Set<string>(), inKb: new Set<string>() }])) as Record<EntityType, { gold: number; found: number; ents: Set<string>; inKb: Set<string> }>;
  let pred = 0;
  let correct = 0;
  for (const line of fs.readFileSync(file, 'utf8').trim().split('\n')) {
    const d = JSON.parse(line) as Doc;
    const [e0, e1] = d.evaluation_span;
    const mentions = m.find(d.text).map((x) => ({ ...x, id: idOf(x.id) })).filter((x) => x.start >= e0 && x.end <= e1);
    // Names only: pronouns and lower-case descriptions are in the gold too, and no matcher marks them.
    const gold = d.labels.filter((l) => l.span[0] >= e0 && l.span[1] <= e1 && /^\p{Lu}/u.test(d.text.slice(l.span[0], l.span[1])));
    for (const l of gold) {
      const t = typeOf(l.type);
      if (!t || !/^Q\d+$/.test(l.entity_id)) continue;
      const st = s[t];
      st.gold++;
      st.ents.add(l.entity_id);
      if (ids.has(l.entity_id)) st.inKb.add(l.entity_id);
      if (mentions.some((x) => x.id === l.entity_id && x.start === l.span[0] && x.end === l.span[1])) st.found++;
    }
    for (const x of mentions) {
      pred++;
      if (gold.some((l) => l.entity_id === x.id && l.span[0] === x.start && l.span[1] === x.end)) correct++;
    }
  }
  return { precision: pred ? correct / pred : 1, predicted: pred, correct, byType: s };
}

if (process.argv[1] && /news-fair/.test(process.argv[1])) {
  const kb = process.argv.includes('--kb') ? process.argv[process.argv.indexOf('--kb') + 1] : 'public/kb';
  const r = scoreNewsFair(kb, FILE, !process.argv.includes('--no-redirects'));
  console.log(`News-Fair v1 (${kb}): precision ${(100 * r.precision).toFixed(1)}% (${r.correct}/${r.predicted})`);
  for (const [t, v] of Object.entries(r.byType)) {
    console.log(`  ${t.padEnd(13)} recall ${(100 * v.found / (v.gold || 1)).toFixed(1)}% (${v.found}/${v.gold})  gold entities in KB ${(100 * v.inKb.size / (v.ents.size || 1)).toFixed(0)}% (${v.inKb.size}/${v.ents.size})`);
  }
}
