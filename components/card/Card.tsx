/**
 * The hover card: who or what this is, and the background that matters for this article, as of
 * its publish date. Read at a glance: name, type, a one-line description true on that date, the
 * first CARD_LINES_SHOWN lines (core/card/card-model.ts ranks the role that matters first) and "More" for the
 * rest. Each line writes its date once and carries a quiet numbered reference; the sources are
 * listed once at the bottom. Only real links look like links. Text only: model strings are
 * rendered as text nodes by Preact, never as HTML.
 *
 * Rendered inside the content script's shadow root (see entrypoints/content/card-host.ts) with
 * `cardStyles`; also renderable anywhere else (popup search) since it holds no page state.
 */
import { useEffect, useState } from 'preact/hooks';
import type { CardLine, CardModel } from '../../core/types';
import { CARD_LINES_SHOWN, MAX_CARD_LINES } from '../../core/card/card-limits';
import { asOfNote } from './card-text';
import { lineDate, sourceHref, sourceTitle, subtypeLabel, TYPE_LABELS } from './format';

export { cardStyles } from './cardStyles';


export interface CardProps {
  model: CardModel;
  onClose?(): void;
  onAllMentions?(): void;
  /** In-article card: the mention before this one, and the first mention (the quoted sentence). */
  onPrevMention?(): void;
  onFirstMention?(): void;
  onReport?(): void;
  /** Called after "More" opened the rest of the lines (the host re-places the taller card). */
  onExpand?(): void;
  /** Mentions of this entity in the article; "All mentions" shows only when there is more than one. */
  mentionCount?: number;
  /** Which mention (1-based) the card is anchored to, for "2 of 4". */
  mentionIndex?: number;
}

interface SourceEntry {
  n: number;
  title: string;
  urls: Set<string>;
}

/** Sources of the shown lines, one entry per title, numbered in order of first use. */
function CloseButton({ onClose }: { onClose: () => void }) {
  return (
    <button type="button" class="close" aria-label="Close" title="Close (Esc)" onClick={onClose}>
      <span aria-hidden="true">×</span>
    </button>
  );
}

/** The buttons both cards end with: previous/next mention (when there are several) and "Not this one". */
function MentionActions(p: { count: number; mentionIndex?: number; onPrev?: () => void; onNext?: () => void; onReport?: () => void; reportTitle: string }) {
  const several = p.count > 1;
  return (
    <>
      {p.onPrev && several ? (
        <button type="button" class="action" onClick={p.onPrev} title="Jump to the previous mention" aria-label="Previous mention">
          ‹
        </button>
      ) : null}
      {p.onNext && several ? (
        <button type="button" class="action" onClick={p.onNext} title="Jump to the next mention">
          {p.mentionIndex ? `Next mention (${p.mentionIndex} of ${p.count})` : `All mentions (${p.count})`}
        </button>
      ) : null}
      {p.onReport ? (
        <button type="button" class="action quiet" onClick={p.onReport} title={p.reportTitle}>
          Not this one
        </button>
      ) : null}
    </>
  );
}

function sourcesOf(lines: CardLine[]): { entries: SourceEntry[]; numberOf: (l: CardLine) => number } {
  const byTitle = new Map<string, SourceEntry>();
  for (const l of lines) {
    const title = sourceTitle(l.source);
    const e = byTitle.get(title) ?? { n: byTitle.size + 1, title, urls: new Set<string>() };
    const href = sourceHref(l.source);
    if (href) e.urls.add(href);
    byTitle.set(title, e);
  }
  return { entries: [...byTitle.values()], numberOf: (l) => byTitle.get(sourceTitle(l.source))!.n };
}

function Line({ line, n }: { line: CardLine; n: number }) {
  const href = sourceHref(line.source);
  const title = sourceTitle(line.source);
  const when = lineDate(line);
  return (
    <li class={line.relevant ? 'line relevant' : 'line'}>
      <p class="text" title={line.text}>
        {line.text}
      </p>
      {/* Beside the text, never folded away: its date (when the text does not say it) and its source. */}
      <p class="meta">
        {when ? <span class="when">{when}</span> : null}
        {href ? (
          <a class="ref" href={href} target="_blank" rel="noopener noreferrer nofollow" title={`${title}: ${href}`} aria-label={`Source ${n}, ${title}`}>
            {n}
          </a>
        ) : (
          <span class="ref" title={title} aria-label={`Source ${n}, ${title}`}>{n}</span>
        )}
      </p>
    </li>
  );
}

/** "Mentioned 3 times in this article". */
export function mentionsText(n: number): string {
  return n === 1 ? 'Mentioned once in this article' : `Mentioned ${n} times in this article`;
}

/**
 * The in-article card (issue 17): a name no knowledge base holds, described only by the article's
 * own words. Says so plainly, shows no outside fact and makes no guess about who this is.
 */
function ArticleCard({ model, onClose, onAllMentions, onPrevMention, onFirstMention, onReport, mentionCount, mentionIndex }: CardProps) {
  const own = model.fromArticle!;
  const count = mentionCount ?? own.mentions;
  return (
    <div class="card from-article" data-type={model.type} role="dialog" aria-modal="false" aria-label={`Backstory: ${model.name}, from this article`} tabIndex={-1}>
      <header class="head">
        <div class="kind">
          <span class={`badge badge-${model.type}`}>{TYPE_LABELS[model.type] ?? model.type}</span>
        </div>
        {onClose ? <CloseButton onClose={onClose} /> : null}
        <h2 class="name">{model.name}</h2>
        <p class="origin">Not in Backstory's knowledge · from this article</p>
      </header>
      <div class="article-body">
        {own.descriptions.length ? (
          <ul class="own-desc" aria-label="How the article describes it">
            {own.descriptions.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        ) : null}
        <p class="count-line">{mentionsText(count)}</p>
        {own.sentence ? (
          onFirstMention && mentionIndex && mentionIndex > 1 ? (
            <button type="button" class="first-sentence jump" onClick={onFirstMention} title="Jump to its first mention">
              “{own.sentence}”
            </button>
          ) : (
            <blockquote class="first-sentence" title="The sentence of its first mention">
              “{own.sentence}”
            </blockquote>
          )
        ) : null}
      </div>
      <footer class="foot">
        <div class="actions">
          <MentionActions count={count} mentionIndex={mentionIndex} onPrev={onPrevMention} onNext={onAllMentions} onReport={onReport} reportTitle="Hide this name's marks on this page" />
        </div>
      </footer>
    </div>
  );
}

export function Card(props: CardProps) {
  return props.model.fromArticle ? <ArticleCard {...props} /> : <KbCard {...props} />;
}

function KbCard({ model, onClose, onAllMentions, onReport, onExpand, mentionCount, mentionIndex }: CardProps) {
  // Unfolded for one entity only: the next card shown in the same host starts folded again.
  const [expandedFor, setExpandedFor] = useState<string | null>(null);
  const expanded = expandedFor === model.id;
  useEffect(() => {
    if (expanded) onExpand?.();
  }, [expanded]);
  const all = model.lines.slice(0, MAX_CARD_LINES);
  const lines = expanded ? all : all.slice(0, CARD_LINES_SHOWN);
  const hidden = all.length - lines.length;
  const { entries, numberOf } = sourcesOf(lines);
  const asOfText = asOfNote(model);
  return (
    <div class={expanded ? 'card expanded' : 'card'} data-type={model.type} role="dialog" aria-modal="false" aria-label={`Backstory: ${model.name}`} tabIndex={-1}>
      <header class="head">
        <div class="kind">
          <span class={`badge badge-${model.type}`}>{TYPE_LABELS[model.type] ?? model.type}</span>
          {model.subtype && !model.descriptionTimeless ? <span class="subtype">{subtypeLabel(model.subtype)}</span> : null}
          {model.wikipedia ? (
            <a class="wiki" href={model.wikipedia} target="_blank" rel="noopener noreferrer nofollow" title={model.wikipedia}>
              Read on Wikipedia
            </a>
          ) : null}
        </div>
        {onClose ? <CloseButton onClose={onClose} /> : null}
        <h2 class="name">{model.name}</h2>
        {model.description ? <p class="desc" title={model.description}>{model.description}</p> : null}
        {model.articleNote ? (
          <p class="article-note" title="How this article describes it">
            In this article: {model.articleNote}
          </p>
        ) : null}
      </header>
      {lines.length ? (
        <ul class="lines">
          {lines.map((line, i) => (
            <Line key={i} line={line} n={numberOf(line)} />
          ))}
        </ul>
      ) : (
        <p class="empty">No dated facts for this article's time.</p>
      )}
      <footer class="foot">
        <p class="asof-note">{asOfText}</p>
        {entries.length ? (
          <p class="sources">
            <span class="sources-label">Sources: </span>
            {entries.map((e, i) => {
              const only = e.urls.size === 1 ? [...e.urls][0] : undefined;
              return (
                <span key={e.n} class="source-entry">
                  {i ? <span class="sep" aria-hidden="true"> · </span> : null}
                  <span class="num">{e.n}</span>
                  {only ? (
                    <a class="source" href={only} target="_blank" rel="noopener noreferrer nofollow" title={only}>{e.title}</a>
                  ) : (
                    <span class="source plain">{e.title}</span>
                  )}
                </span>
              );
            })}
          </p>
        ) : null}
        <div class="actions">
          {hidden > 0 ? (
            <button type="button" class="action" aria-expanded="false" onClick={() => setExpandedFor(model.id)} title="Show the other facts">
              More ({hidden})
            </button>
          ) : null}
          <MentionActions count={mentionCount ?? 0} mentionIndex={mentionIndex} onNext={onAllMentions} onReport={onReport} reportTitle="Hide this link on this page and note it for the maintainers" />
        </div>
      </footer>
    </div>
  );
}
