/**
 * The reader's settings: where Backstory runs, how marks look, how long a hover waits.
 * Stored in `browser.storage.local` under `settings` (components/settings-store.ts reads and writes
 * them); validated on every read so a corrupt, partial or old value never crashes a page: each bad
 * field falls back to its default on its own.
 */
// zod/mini: the same validation as `zod` at a fraction of the size, and this module ships in the
// content script of every page.
import * as z from 'zod/mini';
import { ENTITY_TYPES, type EntityType } from './types';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 1 as const;

/** 'quiet' (the default): an entity's first mention clearly underlined, its later ones faintly. */
export const MARK_STYLES = ['quiet', 'underline', 'dotted', 'background'] as const;
export type MarkStyle = (typeof MARK_STYLES)[number];

export { ENTITY_TYPES };

/** The hover-delay slider's range (ms). Below 150 ms skimming flashes cards; above 1.5 s feels broken. */
export const HOVER_DELAY_MIN = 150;
export const HOVER_DELAY_MAX = 1500;

export type Settings = {
  version: 1;
  paused: boolean;
  /** Per-site override by hostname without `www.`: true = on, false = off. Absent = on (the default). */
  sites: Record<string, boolean>;
  markStyle: MarkStyle;
  hoverDelayMs: number;
  types: Record<EntityType, boolean>;
  /** Mark names the knowledge base lacks, with a card from the article's own words (issue 17). */
  inArticle: boolean;
};

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  paused: false,
  sites: {},
  // A story naming one group 17 times should not look striped: first mentions clear, repeats faint.
  markStyle: 'quiet',
  // 500 ms is the dwell Wikipedia's Page Previews waits before showing a preview: long enough that
  // a cursor skimming across the text never flashes cards, short enough to feel like an answer.
  hoverDelayMs: 500,
  types: { person: true, place: true, organization: true },
  inArticle: true,
});

/** 'WWW.Example.com.' → 'example.com': one key per site whether or not the page uses `www.`. */
export function normalizeHost(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
}

/** Off everywhere while paused; otherwise the site's own switch, on by default. */
export function isEnabledOn(s: Settings, hostname: string): boolean {
  if (s.paused) return false;
  return s.sites[normalizeHost(hostname)] ?? true;
}

// Field-by-field validation: `z.catch` replaces only the bad field, never the whole object.
// (`z.optional` around `unknown()`: zod 4 rejects a missing key for a bare `unknown()` in an object.)
const sitesSchema = z.pipe(
  z.optional(z.unknown()),
  z.transform((raw): Record<string, boolean> => {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
    const out: Record<string, boolean> = {};
    for (const [host, on] of Object.entries(raw)) {
      const key = normalizeHost(host);
      if (key && typeof on === 'boolean') out[key] = on;
    }
    return out;
  }),
);

const typesSchema = z.pipe(
  z.optional(z.unknown()),
  z.transform((raw): Record<EntityType, boolean> => {
    const obj = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
    const out = { ...DEFAULT_SETTINGS.types };
    for (const t of ENTITY_TYPES) if (typeof obj[t] === 'boolean') out[t] = obj[t] as boolean;
    return out;
  }),
);

// zod 4's number() already rejects NaN and Infinity.
const hoverDelaySchema = z.catch(
  z.pipe(
    z.number().check(z.nonnegative()),
    z.transform((ms: number) => Math.round(Math.min(HOVER_DELAY_MAX, Math.max(HOVER_DELAY_MIN, ms)))),
  ),
  DEFAULT_SETTINGS.hoverDelayMs,
);

const settingsSchema = z.object({
  version: z.pipe(z.optional(z.unknown()), z.transform(() => SETTINGS_VERSION)),
  paused: z.catch(z.boolean(), DEFAULT_SETTINGS.paused),
  sites: sitesSchema,
  markStyle: z.catch(z.enum(MARK_STYLES), DEFAULT_SETTINGS.markStyle),
  hoverDelayMs: hoverDelaySchema,
  types: typesSchema,
  inArticle: z.catch(z.boolean(), DEFAULT_SETTINGS.inArticle),
});

/**
 * Version 0 (before the version field): `{ disabledSites: string[], paused?: boolean }`, a list of
 * hostnames the reader had switched off. Becomes `sites: { host: false }`.
 */
function migrate(raw: Record<string, unknown>): Record<string, unknown> {
  if (raw.version === SETTINGS_VERSION) return raw;
  const { disabledSites, ...rest } = raw;
  const sites: Record<string, boolean> =
    rest.sites && typeof rest.sites === 'object' && !Array.isArray(rest.sites) ? { ...(rest.sites as Record<string, boolean>) } : {};
  if (Array.isArray(disabledSites)) {
    for (const host of disabledSites) if (typeof host === 'string' && host.trim()) sites[normalizeHost(host)] = false;
  }
  return { ...rest, sites, version: SETTINGS_VERSION };
}

/** Any stored value → valid Settings. Never throws. */
export function parseSettings(raw: unknown): Settings {
  const obj = raw && typeof raw === 'object' && !Array.isArray(raw) ? migrate(raw as Record<string, unknown>) : {};
  const parsed = settingsSchema.safeParse(obj);
  return parsed.success ? (parsed.data as Settings) : structuredClone(DEFAULT_SETTINGS) as Settings;
}
