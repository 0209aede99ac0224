/**
 * One card from the built knowledge base, as of a date: what the hover card would say.
 *
 *   npx tsx scripts/card.ts "Robert Mugabe" 2017-11-16 [--with "Ukraine" --with NATO]
 *
 * The name is matched to the most prominent entity of that exact name (or an id: Q8325);
 * `--with` names other entities the article mentions (facts tying to them rank higher).
 * Needs `npm run data:build` first.
 */
import { loadKb } from './lib/load-kb';
import { buildCard } from '../core/card/card-model';
import type { CompiledEntity } from '../core/types';

const args = process.argv.slice(2);
const withNames: string[] = [];
const rest: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--with') withNames.push(args[++i]);
  else rest.push(args[i]);
}
const [name, date] = rest;
if (!name || !date) {
  console.error('usage: npx tsx scripts/card.ts NAME|ID YYYY-MM-DD [--with NAME ...]');
  process.exit(2);
}
const kb = loadKb();
const byId = new Map(kb.index.entities.map((e) => [e.id, e]));
const find = (n: string): CompiledEntity | undefined =>
  byId.get(n) ?? kb.index.entities.filter((e) => e.name.toLowerCase() === n.toLowerCase()).sort((a, b) => b.prominence - a.prominence)[0];
const entity = find(name);
if (!entity) {
  console.error(`no entity named ${name}`);
  process.exit(1);
}
const others = withNames.map(find).filter((e): e is CompiledEntity => !!e);
const card = buildCard(entity, kb.detail(entity.id), {
  asOf: date,
  asOfIsToday: false,
  articleIds: new Set([entity.id, ...others.map((e) => e.id)]),
  nameOf: (id) => byId.get(id)?.name,
});
console.log(`${card.name} (${card.id}, ${card.type}${card.subtype ? `, ${card.subtype}` : ''}) as of ${card.asOf}`);
console.log(`  ${card.description ?? ''}${card.descriptionTimeless ? '   [timeless fallback]' : ''}`);
card.lines.forEach((l, i) => console.log(`${i < 3 ? '  ' : '  (More) '}${l.text}${l.date ? `   [${l.date}${l.asOf ? ', as of' : ''}]` : ''}   <${l.source.source}>`));
if (card.wikipedia) console.log(`  Read on Wikipedia: ${card.wikipedia}`);
