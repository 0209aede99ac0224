/**
 * A card as plain text lines, in the order the hover card (Card.tsx) shows it: kind, name,
 * description, fact lines with their date and source, the "as of" note. For `npm run annotate -- --cards`.
 */
import type { CardLine, CardModel } from '../../core/types';
import { formatDate, sourceTitle, subtypeLabel, TYPE_LABELS } from './format';

/** Lines beyond this are dropped: a card is a glance, not an article (facts.ts ranks the best first). */
export const CARD_MAX_LINES = 6;

export function asOfNote(model: CardModel): string {
  return model.asOfIsToday
    ? `Facts as of today, ${formatDate(model.asOf, true)}: this page gives no publish date.`
    : `Facts as of this article's date, ${formatDate(model.asOf, true)}.`;
}

/** "as of 2019 · Peppercat", "9 Sep 2001 · Backstory editors", "Wikidata". */
export function lineMeta(line: CardLine): string {
  const date = line.date ? formatDate(line.date) : '';
  const when = line.asOf && date ? `as of ${date}` : date;
  return [when, sourceTitle(line.source)].filter(Boolean).join(' · ');
}

export function cardText(model: CardModel): string[] {
  const kind = [TYPE_LABELS[model.type] ?? model.type, model.subtype ? subtypeLabel(model.subtype) : ''].filter(Boolean).join(' · ');
  const out = [`${model.name} [${kind}]`];
  if (model.description) out.push(model.description);
  const lines = model.lines.slice(0, CARD_MAX_LINES);
  if (!lines.length) out.push("No dated facts for this article's time.");
  // "»" marks a line about another entity the article mentions (the card's blue dot).
  for (const l of lines) out.push(`${l.relevant ? '»' : '-'} ${l.text}  (${lineMeta(l)})`);
  out.push(asOfNote(model));
  return out;
}
