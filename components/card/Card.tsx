/**
 * The hover card: who or what this is, and the background that matters for this article, as of
 * its publish date. Every line carries its date and source. Text only: model strings are rendered
 * as text nodes by Preact, never as HTML.
 *
 * Rendered inside the content script's shadow root (see entrypoints/content/card-host.ts) with
 * `cardStyles`; also renderable anywhere else (popup search) since it holds no page state.
 */
import type { CardLine, CardModel } from '../../core/types';
import { asOfNote, CARD_MAX_LINES } from './card-text';
import { formatDate, sourceHref, sourceTitle, subtypeLabel, TYPE_LABELS } from './format';

export { cardStyles } from './cardStyles';

export interface CardProps {
  model: CardModel;
  onClose?(): void;
  onAllMentions?(): void;
  onReport?(): void;
  /** Mentions of this entity in the article; "All mentions" shows only when there is more than one. */
  mentionCount?: number;
  /** Which mention (1-based) the card is anchored to, for "2 of 4". */
  mentionIndex?: number;
}

function Line({ line }: { line: CardLine }) {
  const href = sourceHref(line.source);
  const title = sourceTitle(line.source);
  const date = line.date ? formatDate(line.date) : '';
  return (
    <li class={line.relevant ? 'line relevant' : 'line'}>
      <p class="text">
        {line.relevant ? <span class="rel" aria-hidden="true" title="About something else this article mentions" /> : null}
        {line.text}
      </p>
      <p class="meta">
        {line.asOf && date ? <span class="asof">as of {date}</span> : date ? <span class="date">{date}</span> : null}
        {date ? <span class="sep" aria-hidden="true">·</span> : null}
        {href ? (
          <a class="source" href={href} target="_blank" rel="noopener noreferrer nofollow" title={href}>
            {title}
          </a>
        ) : (
          <span class="source">{title}</span>
        )}
      </p>
    </li>
  );
}

export function Card({ model, onClose, onAllMentions, onReport, mentionCount, mentionIndex }: CardProps) {
  const lines = model.lines.slice(0, CARD_MAX_LINES);
  const asOfText = asOfNote(model);
  const many = (mentionCount ?? 0) > 1;
  return (
    <div class="card" data-type={model.type} role="dialog" aria-modal="false" aria-label={`Backstory: ${model.name}`} tabIndex={-1}>
      <header class="head">
        <div class="kind">
          <span class={`badge badge-${model.type}`}>{TYPE_LABELS[model.type] ?? model.type}</span>
          {model.subtype ? <span class="subtype">{subtypeLabel(model.subtype)}</span> : null}
        </div>
        {onClose ? (
          <button type="button" class="close" aria-label="Close" title="Close (Esc)" onClick={onClose}>
            <span aria-hidden="true">×</span>
          </button>
        ) : null}
        <h2 class="name">
          {model.name}
        </h2>
        {model.description ? <p class="desc">{model.description}</p> : null}
      </header>
      {lines.length ? (
        <ul class="lines">
          {lines.map((line, i) => (
            <Line key={i} line={line} />
          ))}
        </ul>
      ) : (
        <p class="empty">No dated facts for this article's time.</p>
      )}
      <footer class="foot">
        <p class="asof-note">{asOfText}</p>
        {onAllMentions || onReport ? (
          <div class="actions">
            {onAllMentions && many ? (
              <button type="button" class="action" onClick={onAllMentions} title="Jump to the next mention">
                {mentionIndex ? `Next mention (${mentionIndex} of ${mentionCount})` : `All mentions (${mentionCount})`}
              </button>
            ) : null}
            {onReport ? (
              <button type="button" class="action quiet" onClick={onReport} title="Hide this link on this page and note it for the maintainers">
                Not this one
              </button>
            ) : null}
          </div>
        ) : null}
      </footer>
    </div>
  );
}
