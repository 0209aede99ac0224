/**
 * The options page: where Backstory runs, how marks look, how long a hover waits, which types are
 * marked, the reader's "Not this one" corrections, and what data ships (version, counts, credits).
 * Every change is saved at once and reaches open tabs live (they watch the settings).
 */
import { useEffect, useState } from 'preact/hooks';
import {
  HOVER_DELAY_MAX,
  HOVER_DELAY_MIN,
  MARK_STYLES,
  type MarkStyle,
  type Settings,
} from '../../core/settings';
import { loadSettings, saveSettings, setSite, watchSettings } from '../settings-store';
import type { EntityType } from '../../core/types';
import { Switch } from '../popup/Switch';
import { clearCorrections, correctionsJson, downloadJson, loadCorrections, timeOf, watchCorrections, type Correction } from './corrections';
import { loadKbSummary, type KbSummary } from './kb-summary';
import { MarkPreview } from './MarkPreview';
import { hostFromInput } from './site-input';

const STYLE_LABELS: Record<MarkStyle, string> = { quiet: 'Quiet: first mention underlined, later ones faint', underline: 'Underline', dotted: 'Dotted underline', background: 'Background tint' };
const TYPE_CHOICES: { type: EntityType; label: string }[] = [
  { type: 'person', label: 'People' },
  { type: 'place', label: 'Places' },
  { type: 'organization', label: 'Organizations' },
];

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [kb, setKb] = useState<KbSummary | null | undefined>(undefined);
  const [corrections, setCorrections] = useState<Correction[]>([]);

  useEffect(() => {
    void loadSettings().then(setSettings);
    void loadCorrections().then(setCorrections);
    void loadKbSummary().then(setKb);
    const stopSettings = watchSettings(setSettings);
    const stopCorrections = watchCorrections(setCorrections);
    return () => {
      stopSettings();
      stopCorrections();
    };
  }, []);

  // Optimistic: show the change at once; storage's onChanged brings the validated value right after.
  const update = (patch: Partial<Settings>) => {
    setSettings((s) => (s ? { ...s, ...patch } : s));
    void saveSettings(patch);
  };

  return (
    <main class="options">
      <header class="page-head">
        <span class="logo" aria-hidden="true">B</span>
        <div>
          <h1>Backstory options</h1>
          <p class="lede">Changes are saved as you make them and apply to open tabs right away.</p>
        </div>
      </header>
      {!settings ? (
        <p class="note">Loading…</p>
      ) : (
        <>
          <SitesSection settings={settings} update={update} />
          <MarksSection settings={settings} update={update} />
          <HoverSection settings={settings} update={update} />
        </>
      )}
      <CorrectionsSection corrections={corrections} kb={kb ?? null} />
      <DataSection kb={kb} />
      <p class="help">
        {/* A page in the package (entrypoints/privacy/, PRIVACY.md bundled at build time): no network. */}
        <a href="privacy.html" target="_blank" data-testid="privacy-link">
          Privacy policy
        </a>
        : what Backstory reads, what it stores, and that nothing leaves your browser.
      </p>
    </main>
  );
}

type SectionProps = { settings: Settings; update(patch: Partial<Settings>): void };

function SitesSection({ settings, update }: SectionProps) {
  const [draft, setDraft] = useState('');
  const sites = Object.entries(settings.sites).sort(([a], [b]) => a.localeCompare(b));
  const add = (e: Event) => {
    e.preventDefault();
    const host = hostFromInput(draft);
    if (!host) return;
    void setSite(host, false);
    setDraft('');
  };
  return (
    <section class="panel" aria-labelledby="sites-h">
      <h2 id="sites-h">Where Backstory runs</h2>
      <div class="box">
        <Switch
          label="Pause everywhere"
          hint="While paused, nothing is marked on any site."
          checked={settings.paused}
          onChange={(paused) => update({ paused })}
        />
      </div>
      <p class="help">On for every site unless switched off here or with the toolbar button's “On for this site”.</p>
      {sites.length ? (
        <ul class="sites box" aria-label="Sites">
          {sites.map(([host, on]) => (
            <li class="site" key={host} data-host={host}>
              <span class="site-host">{host}</span>
              <label class="site-state">
                <input
                  type="checkbox"
                  role="switch"
                  class="switch"
                  checked={on}
                  aria-label={`Backstory on ${host}`}
                  onChange={(e) => void setSite(host, (e.currentTarget as HTMLInputElement).checked)}
                />
                <span class="state-text">{on ? 'On' : 'Off'}</span>
              </label>
              <button type="button" class="link-button" aria-label={`Remove ${host}`} onClick={() => void setSite(host, null)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="note box-empty">No site is switched off.</p>
      )}
      <form class="add-site" onSubmit={add}>
        <input
          type="text"
          class="text-input"
          placeholder="example.com"
          aria-label="Site to switch off"
          value={draft}
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" class="button" disabled={!hostFromInput(draft)}>
          Switch off there
        </button>
      </form>
    </section>
  );
}

function MarksSection({ settings, update }: SectionProps) {
  return (
    <section class="panel" aria-labelledby="marks-h">
      <h2 id="marks-h">Marks</h2>
      <fieldset class="box choices">
        <legend>Mark style</legend>
        {MARK_STYLES.map((style) => (
          <label class="choice" key={style}>
            <input type="radio" name="mark-style" value={style} checked={settings.markStyle === style} onChange={() => update({ markStyle: style })} />
            {STYLE_LABELS[style]}
          </label>
        ))}
      </fieldset>
      <fieldset class="box choices">
        <legend>Mark these</legend>
        {TYPE_CHOICES.map(({ type, label }) => (
          <label class={`choice type-${type}`} key={type}>
            <input
              type="checkbox"
              name={`type-${type}`}
              checked={settings.types[type]}
              onChange={(e) => update({ types: { ...settings.types, [type]: (e.currentTarget as HTMLInputElement).checked } })}
            />
            {label}
          </label>
        ))}
        <label class="choice in-article">
          <input
            type="checkbox"
            name="in-article"
            checked={settings.inArticle}
            onChange={(e) => update({ inArticle: (e.currentTarget as HTMLInputElement).checked })}
          />
          Names not in Backstory's knowledge, with a card from the article's own words
        </label>
      </fieldset>
      <div class="preview-box">
        <span class="preview-label">Preview</span>
        <MarkPreview style={settings.markStyle} types={settings.types} />
      </div>
    </section>
  );
}

function HoverSection({ settings, update }: SectionProps) {
  return (
    <section class="panel" aria-labelledby="hover-h">
      <h2 id="hover-h">Hover card</h2>
      <div class="box slider-box">
        <label class="slider-label" for="hover-delay">
          Show the card after <output for="hover-delay">{settings.hoverDelayMs} ms</output>
        </label>
        <input
          id="hover-delay"
          type="range"
          min={HOVER_DELAY_MIN}
          max={HOVER_DELAY_MAX}
          step={50}
          value={settings.hoverDelayMs}
          aria-valuetext={`${settings.hoverDelayMs} milliseconds`}
          onInput={(e) => update({ hoverDelayMs: Number((e.currentTarget as HTMLInputElement).value) })}
        />
        <div class="slider-scale" aria-hidden="true">
          <span>Quick</span>
          <span>Deliberate</span>
        </div>
      </div>
      <p class="help">The pointer must rest on a name this long before its card opens, so moving across the text never flashes cards. 500 ms is what Wikipedia's page previews wait.</p>
    </section>
  );
}

function CorrectionsSection({ corrections, kb }: { corrections: Correction[]; kb: KbSummary | null }) {
  const [confirming, setConfirming] = useState(false);
  const exportAll = () => {
    const day = new Date().toISOString().slice(0, 10);
    downloadJson(correctionsJson(corrections, kb?.version), `backstory-corrections-${day}.json`, document);
  };
  return (
    <section class="panel" aria-labelledby="corr-h">
      <h2 id="corr-h">
        “Not this one” corrections <span class="count-pill">{corrections.length}</span>
      </h2>
      <p class="help">
        Names you told Backstory it linked wrongly, from a card's “Not this one”. They stay in this browser; export them to send to
        the maintainers.
      </p>
      {corrections.length ? (
        <ul class="corrections box" aria-label="Corrections">
          {corrections.map((c, i) => (
            <li class="correction" key={`${c.url}|${c.text}|${c.id}|${i}`}>
              <div class="corr-main">
                <span class="corr-text">“{c.text}”</span>
                <span class="corr-arrow" aria-hidden="true">
                  ≠
                </span>
                <span class="corr-entity">{kb?.names.get(c.id) ?? c.id}</span>
              </div>
              <div class="corr-meta">
                <span class="corr-url" title={c.url}>
                  {displayUrl(c.url)}
                </span>
                {timeOf(c.at) ? <span>{new Date(timeOf(c.at)).toLocaleDateString()}</span> : null}
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p class="note box-empty">No corrections recorded.</p>
      )}
      <div class="actions">
        <button type="button" class="button" disabled={!corrections.length} onClick={exportAll}>
          Export as JSON
        </button>
        {confirming ? (
          <>
            <button
              type="button"
              class="button danger"
              onClick={() => {
                void clearCorrections();
                setConfirming(false);
              }}
            >
              Clear {corrections.length === 1 ? 'the correction' : `all ${corrections.length}`}
            </button>
            <button type="button" class="link-button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </>
        ) : (
          <button type="button" class="button quiet" disabled={!corrections.length} onClick={() => setConfirming(true)}>
            Clear…
          </button>
        )}
      </div>
    </section>
  );
}

function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    return u.hostname.replace(/^www\./, '') + (u.pathname.length > 1 ? u.pathname : '');
  } catch {
    return url;
  }
}

function DataSection({ kb }: { kb: KbSummary | null | undefined }) {
  return (
    <section class="panel" aria-labelledby="data-h">
      <h2 id="data-h">Data</h2>
      {kb === undefined ? (
        <p class="note">Reading the bundled data…</p>
      ) : kb === null ? (
        <p class="note">The bundled knowledge base could not be read.</p>
      ) : (
        <>
          <dl class="stats box" data-testid="kb-stats">
            <div>
              <dt>Data version</dt>
              <dd data-testid="kb-version">{kb.version}</dd>
            </div>
            <div>
              <dt>People</dt>
              <dd data-testid="count-person">{kb.counts.person.toLocaleString('en')}</dd>
            </div>
            <div>
              <dt>Places</dt>
              <dd data-testid="count-place">{kb.counts.place.toLocaleString('en')}</dd>
            </div>
            <div>
              <dt>Organizations</dt>
              <dd data-testid="count-organization">{kb.counts.organization.toLocaleString('en')}</dd>
            </div>
          </dl>
          <p class="help">Everything ships inside the extension: Backstory makes no network requests and page text never leaves your browser.</p>
          {kb.credits.length ? (
            <table class="credits">
              <caption>Sources</caption>
              <thead>
                <tr>
                  <th scope="col">Source</th>
                  <th scope="col">Licence</th>
                  <th scope="col" class="num">
                    Entities
                  </th>
                </tr>
              </thead>
              <tbody>
                {kb.credits.map((c) => (
                  <tr key={c.source}>
                    <td>
                      {c.url && /^https?:\/\//i.test(c.url) ? (
                        <a href={c.url} target="_blank" rel="noopener noreferrer">
                          {c.title}
                        </a>
                      ) : (
                        c.title
                      )}
                      {c.attribution ? <div class="attribution">{c.attribution}</div> : null}
                    </td>
                    <td>{c.license}</td>
                    <td class="num">{c.entities.toLocaleString('en')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </>
      )}
    </section>
  );
}
