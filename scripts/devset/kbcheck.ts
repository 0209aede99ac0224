// Annotator's audit: for every distinct gold entity, is its id in the KB, and which KB entities of the
// same type carry its name or one of its surfaces? Prints only entities that need a decision.
// Usage: npx tsx scripts/devset/kbcheck.ts [--all]
import { loadKb } from '../lib/load-kb';
import { goldPages, loadGold } from './corpus';

const { index } = loadKb('public/kb');
const ids = new Set(index.entities.map((e) => e.id));
const byAlias = new Map<string, number[]>();
for (const [a, i] of index.aliases) {
  const k = a.toLowerCase();
  byAlias.set(k, [...(byAlias.get(k) ?? []), i]);
}
const ents = new Map<string, { type: string; id: string | null; alt: string[]; name: string; surfaces: Set<string>; pages: Set<string> }>();
for (const page of goldPages()) {
  for (const m of loadGold(page).mentions) {
    if (m.optional) continue;
    const k = `${m.type}|${m.id ?? m.name}`;
    const e = ents.get(k) ?? { type: m.type, id: m.id, alt: m.alt ?? [], name: m.name, surfaces: new Set(), pages: new Set() };
    e.surfaces.add(m.surface);
    e.pages.add(page.slice(4, 8));
    ents.set(k, e);
  }
}
for (const e of ents.values()) {
  const inKb = [e.id, ...e.alt].filter((x): x is string => !!x && ids.has(x));
  const cands = new Set<number>();
  for (const s of [e.name.replace(/\s*\(.*\)$/, ''), ...e.surfaces]) for (const i of byAlias.get(s.toLowerCase()) ?? []) if (index.entities[i].type === e.type) cands.add(i);
  const other = [...cands].map((i) => index.entities[i]).filter((x) => !inKb.includes(x.id));
  if (!process.argv.includes('--all') && inKb.length && !other.length) continue;
  console.log(`${e.type.slice(0, 3)} ${e.id ?? '-'}${inKb.length ? ' [in KB]' : ''} "${e.name}" {${[...e.surfaces].join(' / ')}} (${[...e.pages].join(' ')})`);
  for (const x of other.slice(0, 6)) console.log(`      KB ${x.id} "${x.name}" ${x.country ?? ''} p=${x.prominence} — ${x.description ?? ''}`);
}
