/**
 * The toolbar popup: this site on/off, pause everywhere, the article's cast (click to reveal a
 * mention), and a search over the whole bundled knowledge base that shows an entity's card.
 */
import type { JSX } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isEnabledOn, normalizeHost, type Settings } from '../../core/settings';
import { loadSettings, saveSettings, setSite, watchSettings } from '../settings-store';
import type { CardModel } from '../../core/types';
import { formatDate } from '../../core/dates';
import { TYPE_LABELS } from '../card/format';
import type { CastReply, SearchResult } from '../../core/messages';
import { askCast, fetchCard, resolveTabId, reveal, searchKb } from './api';
import { groupCast, mentionsLabel } from './cast';
import { ShadowCard } from './ShadowCard';
import { Switch } from './Switch';

/** The content script re-scans after a switch; ask again a few times until its new answer is in. */
const CAST_RETRY_MS = 250;
const CAST_RETRIES = 12;
/** Retries when nothing answers at all (a tab still loading its content script). */
const SILENT_RETRIES = 3;
/** Keystrokes closer than this make one search. */
const SEARCH_DEBOUNCE_MS = 120;

type CastState = { status: 'loading' } | { status: 'unavailable' } | { status: 'ready'; reply: CastReply };

export function Popup({ search }: { search: string }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const [castState, setCastState] = useState<CastState>({ status: 'loading' });
  const castToken = useRef(0);

  // Ask the tab for its cast. An empty cast (the page is still being scanned, or re-marks after a
  // switch) is asked again for a few seconds; no answer at all (no content script there) only
  // briefly, so chrome:// pages get their friendly line quickly.
  const refreshCast = useCallback((id: number | null | undefined) => {
    if (id == null) {
      if (id === null) setCastState({ status: 'unavailable' });
      return;
    }
    const token = ++castToken.current;
    const attempt = async (emptyLeft: number, silentLeft: number) => {
      const reply = await askCast(id);
      if (token !== castToken.current) return;
      if (!reply && silentLeft > 0) {
        setTimeout(() => void attempt(emptyLeft, silentLeft - 1), CAST_RETRY_MS);
        return;
      }
      setCastState(reply ? { status: 'ready', reply } : { status: 'unavailable' });
      if (reply?.enabled && reply.cast.length === 0 && emptyLeft > 0) {
        setTimeout(() => void attempt(emptyLeft - 1, silentLeft), CAST_RETRY_MS);
      }
    };
    void attempt(CAST_RETRIES, SILENT_RETRIES);
  }, []);

  useEffect(() => {
    void loadSettings().then(setSettings);
    const stop = watchSettings(setSettings);
    void resolveTabId(search).then((id) => {
      setTabId(id);
      refreshCast(id);
    });
    return stop;
  }, [search, refreshCast]);

  // Settings changed (here, in the options page or another window): the page re-marks; re-read its cast.
  const firstSettings = useRef(true);
  useEffect(() => {
    if (!settings) return;
    if (firstSettings.current) {
      firstSettings.current = false;
      return;
    }
    refreshCast(tabId);
  }, [settings]);

  const search_ = useSearch(castState.status === 'ready' ? castState.reply : null);
  const reply = castState.status === 'ready' ? castState.reply : null;
  const host = reply?.host ? normalizeHost(reply.host) : '';
  const siteOn = settings && host ? (settings.sites[host] ?? true) : false;
  const active = settings && host ? isEnabledOn(settings, host) : false;

  return (
    <main class="popup">
      <header class="top">
        <div class="brand">
          <span class="logo" aria-hidden="true">B</span>
          <span class="brand-name">Backstory</span>
        </div>
        <button type="button" class="icon-button" title="Options" aria-label="Options" onClick={() => void browser.runtime.openOptionsPage()}>
          <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true">
            <path
              fill="currentColor"
              d="M11.5 1.5h-3l-.5 2.3a6.6 6.6 0 0 0-1.6.9L4.2 4 2.7 6.6l1.7 1.6a6.7 6.7 0 0 0 0 1.8l-1.7 1.6L4.2 14.2l2.2-.7c.5.4 1 .7 1.6.9l.5 2.3h3l.5-2.3c.6-.2 1.1-.5 1.6-.9l2.2.7 1.5-2.6-1.7-1.6a6.7 6.7 0 0 0 0-1.8l1.7-1.6L15.8 4l-2.2.7a6.6 6.6 0 0 0-1.6-.9l-.5-2.3ZM10 7a3 3 0 1 1 0 6 3 3 0 0 1 0-6Z"
            />
          </svg>
        </button>
      </header>

      <section class="controls" aria-label="Where Backstory runs">
        <Switch
          label="On for this site"
          hint={host || (castState.status === 'loading' ? 'Looking at this page…' : 'Not available on this page')}
          checked={siteOn}
          disabled={!settings || !host}
          // On is the default, so switching back on removes the site's entry rather than storing `true`.
          onChange={(on) => void setSite(host, on ? null : false)}
        />
        <Switch
          label="Pause everywhere"
          hint={settings?.paused ? 'Nothing is marked on any site' : undefined}
          checked={!!settings?.paused}
          disabled={!settings}
          onChange={(paused) => void saveSettings({ paused })}
        />
      </section>

      {search_.field}

      <div class="scroll">
        {search_.panel ?? (
          <CastSection state={castState} active={active} siteOn={siteOn} paused={!!settings?.paused} tabId={tabId ?? null} />
        )}
      </div>
    </main>
  );
}

export function CastSection(props: { state: CastState; active: boolean; siteOn: boolean; paused: boolean; tabId: number | null }) {
  const { state } = props;
  let body;
  if (state.status === 'loading') {
    body = <p class="note">Reading the page…</p>;
  } else if (state.status === 'unavailable') {
    body = (
      <p class="note" data-testid="cast-unavailable">
        Backstory can't read this page. Browser pages and some sites are off limits; open a news article to see who's who.
      </p>
    );
  } else if (props.paused) {
    body = <p class="note">Backstory is paused everywhere. Switch the pause off to see this article's cast.</p>;
  } else if (!props.siteOn) {
    body = <p class="note">Backstory is off for this site. Switch it on to mark the article's people, places and organizations.</p>;
  } else if (!state.reply.cast.length) {
    body = <p class="note">No people, places or organizations from the knowledge base in an article on this page.</p>;
  } else {
    const groups = groupCast(state.reply.cast);
    body = groups.map((g) => (
      <div class="group" key={g.type} data-group={g.type}>
        <h3 class="group-title">
          {g.title} <span class="group-count">{g.entries.length}</span>
        </h3>
        <ul class="cast-list">
          {g.entries.map((e) => (
            <li key={e.id}>
              <button
                type="button"
                class={`cast-item type-${e.type}${e.fromArticle ? ' from-article' : ''}`}
                data-id={e.id}
                title={`Show the first mention of ${e.name} in the article${e.fromArticle ? " (not in Backstory's knowledge)" : ''}`}
                aria-label={`${e.name}, ${mentionsLabel(e.count)}${e.fromArticle ? ', from this article' : ''}`}
                onClick={() => props.tabId != null && void reveal(props.tabId, e.id)}
              >
                <span class="cast-name">{e.name}</span>
                {e.fromArticle ? <span class="cast-origin">from article</span> : null}
                <span class="count" aria-hidden="true">
                  {e.count}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    ));
  }
  const published = state.status === 'ready' && props.active ? state.reply.published : null;
  return (
    <section class="cast" aria-label="In this article" data-testid="cast">
      <h2 class="section-title">
        In this article
        {published ? <span class="section-sub">published {formatDate(published, 'short')}</span> : null}
      </h2>
      {body}
    </section>
  );
}

/** The search field and, while there is a query, the panel of results or the chosen card (in place of the cast). */
function useSearch(article: CastReply | null): { field: JSX.Element; panel: JSX.Element | null } {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResult[] | null>(null);
  const [card, setCard] = useState<CardModel | null>(null);
  const [cardError, setCardError] = useState(false);
  const token = useRef(0);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    const q = query.trim();
    const t = ++token.current;
    if (!q) {
      setResults(null);
      return;
    }
    const timer = setTimeout(async () => {
      const found = await searchKb(q);
      if (t === token.current) setResults(found);
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);

  const open = async (r: SearchResult) => {
    setCardError(false);
    const inArticle = article?.enabled && article.cast.some((e) => e.id === r.id);
    const model = await fetchCard(
      r.id,
      inArticle ? { published: article.published, articleIds: article.cast.map((e) => e.id) } : undefined,
    );
    setCard(model);
    setCardError(!model);
  };
  const closeCard = useCallback(() => setCard(null), []);

  const field = (
    <div class="search">
      <div class="search-field">
        <svg class="search-icon" viewBox="0 0 20 20" width="14" height="14" aria-hidden="true">
          <path fill="currentColor" d="M8.5 2a6.5 6.5 0 0 1 5.2 10.4l4 4-1.4 1.4-4-4A6.5 6.5 0 1 1 8.5 2Zm0 2a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9Z" />
        </svg>
        <input
          type="search"
          class="search-input"
          placeholder="Search people, places, organizations"
          aria-label="Search the knowledge base"
          value={query}
          onInput={(e) => {
            setQuery((e.currentTarget as HTMLInputElement).value);
            setCard(null);
            setCardError(false);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              listRef.current?.querySelector('button')?.focus();
              e.preventDefault();
            } else if (e.key === 'Enter' && results?.[0]) {
              void open(results[0]);
            }
          }}
        />
      </div>
    </div>
  );

  // Up/Down walk the results; Up from the first goes back to the field.
  const moveFocus = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const buttons = [...(listRef.current?.querySelectorAll('button') ?? [])];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = e.key === 'ArrowDown' ? buttons[Math.min(i + 1, buttons.length - 1)] : buttons[i - 1];
    if (next) next.focus();
    else (e.currentTarget as HTMLElement).closest('.popup')?.querySelector<HTMLInputElement>('.search-input')?.focus();
    e.preventDefault();
  };

  let panel: JSX.Element | null = null;
  if (card) {
    panel = (
      <section class="card-view" aria-label={`Card: ${card.name}`}>
        <button type="button" class="back" onClick={closeCard}>
          ← Back to results
        </button>
        <ShadowCard model={card} onClose={closeCard} />
      </section>
    );
  } else if (results) {
    panel = (
      <section class="search-panel" aria-label="Search results">
        {results.length ? (
          <ul class="results" ref={listRef} aria-label="Search results" onKeyDown={moveFocus}>
            {results.slice(0, 8).map((r) => (
              <li key={r.id}>
                <button type="button" class="result" data-id={r.id} onClick={() => void open(r)}>
                  <span class="result-head">
                    <span class="result-name">{r.name}</span>
                    <span class={`type-tag type-${r.type}`}>{TYPE_LABELS[r.type] ?? r.type}</span>
                  </span>
                  {r.description ? <span class="result-desc">{r.description}</span> : null}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="note">Nothing in the knowledge base matches “{query.trim()}”.</p>
        )}
        {cardError ? <p class="note">This entity's card could not be loaded.</p> : null}
      </section>
    );
  }
  return { field, panel };
}
