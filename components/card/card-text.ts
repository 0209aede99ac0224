/**
 * A card as plain text lines, in the order the hover card (Card.tsx) shows it: kind, name,
 * description, fact lines with their date and source, the "as of" note. For `npm run annotate -- --cards`.
 */
import type { CardLine, CardModel } from '../../core/types';
import { MAX_CARD_LINES } from '../../core/card/card-limits';
import { formatDate } from '../../core/dates';
import { lineDate, sourceTitle, subtypeLabel, TYPE_LABELS } from './format';

export function asOfNote(model: CardModel): string {
  return model.asOfIsToday
    ? `As of today, ${formatDate(model.asOf)}: this page gives no publish date.`
    : `As of this article's date, ${formatDate(model.asOf)}.`;
}

/** "as of 2019 · Peppercat", "9 Sep 2001 · Backstory editors", "Wikidata". */
export function lineMeta(line: CardLine): string {
  return [lineDate(line), sourceTitle(line.source)].filter(Boolean).join(' · ');
}

export function cardText(model: CardModel): string[] {
  const kind = [TYPE_LABELS[model.type] ?? model.type, model.subtype ? subtypeLabel(model.subtype) : ''].filter(Boolean).join(' · ');
  const out = [`${model.name} [${kind}]`];
  if (model.fromArticle) {
    const own = model.fromArticle;
    out.push("Not in Backstory's knowledge · from this article", ...own.descriptions.map((d) => `- ${d}`));
    out.push(own.mentions === 1 ? 'Mentioned once in this article' : `Mentioned ${own.mentions} times in this article`, `“${own.sentence}”`);
    return out;
  }
  if (model.description) out.push(model.description);
  if (model.articleNote) out.push(`In this article: ${model.articleNote}`);
  const lines = model.lines.slice(0, MAX_CARD_LINES);
  if (!lines.length) out.push("No dated facts for this article's time.");
  // "»" marks a line about another entity the article mentions (ranked first by core/card/card-model.ts).
  for (const l of lines) out.push(`${l.relevant ? '»' : '-'} ${l.text}  (${lineMeta(l)})`);
  out.push(asOfNote(model));
  return out;
}
