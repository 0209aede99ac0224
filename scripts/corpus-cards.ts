/**
 * Card truth on the shared corpus (../shared/corpus/news-pages): every entity marked on every dated
 * page gets its card as of the page's date, and the card is checked against issue 10's rules:
 *   - a description or a line naming a year after the article (unless labelled "after this article");
 *   - an age for someone whose death is dated before the article;
 *   - an age for someone not known to be alive then (core/card/card-model.ts knownAlive);
 *   - a population figure from after the article without the label.
 *
 *   npx tsx scripts/corpus-cards.ts [--module path/to/card-model.ts] [--show N]
 *
 * `--module` runs another version of the card model (e.g. main's core/card/card-model.ts copied to /tmp with
 * its imports pointed back at core/) on the same pages, for a before/after report.
 * Needs `npm run data:build` first.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadCorpus, readPageHtml } from './corpus-article';
import { annotateScan, scanHtml } from './annotate';
import { loadKb } from './lib/load-kb';
import { buildCard as currentBuildCard, knownAlive } from '../core/card/card-model';
import { isAfter, isBefore, yearOf } from '../core/dates';
import type { CardModel, CompiledEntity, Fact, KbFactShard } from '../core/types';

type Build = (e: CompiledEntity, d: KbFactShard[string] | undefined, ctx: { asOf: string; asOfIsToday: boolean; articleIds: Set<string>; nameOf: (id: string) => string | undefined }) => CardModel;

const AGE = /\b\d+(?:[–-]\d+| or \d+)? at the time of this article/;
const later = (t: string, y: number) => [...t.matchAll(/\b(1\d{3}|2\d{3})\b/g)].some((m) => Number(m[1]) > y);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = (f: string) => (args.includes(f) ? args[args.indexOf(f) + 1] : undefined);
  const mod = at('--module');
  const show = Number(at('--show') ?? 8);
  // The current model is imported statically (a moved module fails the type check, not this run).
  const buildCard = mod ? ((await import(pathToFileURL(resolve(mod)).href)) as { buildCard: Build }).buildCard : (currentBuildCard as unknown as Build);
  const kb = loadKb();
  const byId = new Map(kb.index.entities.map((e) => [e.id, e]));
  const nameOf = (id: string) => byId.get(id)?.name;
  const n = { pages: 0, cards: 0, people: 0, descLater: 0, lineLater: 0, ageDead: 0, ageUnknown: 0, popLater: 0, heights: [] as number[] };
  const examples: string[] = [];
  const note = (s: string) => examples.length < show && examples.push(s);
  for (const page of loadCorpus()) {
    const scan = scanHtml(readPageHtml(page));
    const date = scan.published.date;
    if (!date) continue;
    const { mentions } = annotateScan(scan, kb.index);
    if (!mentions.length) continue;
    n.pages++;
    const ids = new Set(mentions.map((m) => m.id));
    const year = yearOf(date);
    for (const id of ids) {
      const e = byId.get(id);
      if (!e) continue;
      const detail = kb.detail(id);
      const card = buildCard(e, detail, { asOf: date, asOfIsToday: false, articleIds: ids, nameOf });
      n.cards++;
      n.heights.push(Math.min(3, card.lines.length));
      const facts: Fact[] = detail?.facts ?? [];
      if (card.description && later(card.description, year) && !/after this article/.test(card.description)) {
        n.descLater++;
        note(`${page.dir} ${date} ${e.name}: description "${card.description}"`);
      }
      for (const l of card.lines) {
        if (l.kind === 'population' && l.date && isAfter(l.date, date) && !/after this article/.test(l.text)) {
          n.popLater++;
          note(`${page.dir} ${date} ${e.name}: "${l.text}"`);
        } else if (!/after this article/.test(l.text) && later(l.text, year) && l.kind !== 'born' && l.kind !== 'died') {
          n.lineLater++;
          note(`${page.dir} ${date} ${e.name}: line "${l.text}"`);
        }
      }
      if (e.type !== 'person') continue;
      n.people++;
      const aged = card.lines.some((l) => AGE.test(l.text));
      const died = facts.find((f) => f.kind === 'died' && f.date && isBefore(f.date, date));
      if (aged && died) {
        n.ageDead++;
        note(`${page.dir} ${date} ${e.name}: aged though died ${died.date}`);
      } else if (aged && !knownAlive(facts, date)) {
        n.ageUnknown++;
        note(`${page.dir} ${date} ${e.name}: aged without evidence of being alive`);
      }
    }
  }
  const { heights, ...counts } = n;
  console.log(JSON.stringify(counts));
  for (const x of examples) console.log(`  ${x}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
