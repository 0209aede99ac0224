/**
 * "Not this one" corrections as the content script writes them (`storage.local` under
 * `corrections`; the options page lists, exports and clears them). A page must not be able to fill
 * the extension's storage through them (issue 16): the app writes one only from the reader's own
 * click, and here each entry is small, stored once per page and entity, and the list is capped in
 * count and in size, the oldest dropped first. The page is kept as origin + path: a query or
 * fragment can hold tokens, and a page can vary them without end.
 */
export const CORRECTIONS_KEY = 'corrections';
/** Most entries kept; the oldest go first. */
export const MAX_CORRECTIONS = 500;
/** Most characters the list takes as JSON (about 100 KB of the 10 MB `storage.local` quota). */
export const MAX_CORRECTIONS_CHARS = 100_000;
const MAX_TEXT = 200;
const MAX_ID = 100;
const MAX_URL = 500;

/** One "Not this one", as stored (written by the content script, read by the options page). */
export interface Correction {
  url: string;
  text: string;
  id: string;
  /** When it was recorded: ISO string or epoch ms, whichever the writer used. */
  at: string | number;
}
/** The same entry, by the name the content script's tests know it by. */
export type StoredCorrection = Correction;

/** The page a correction is about: origin + path (no query, no fragment); '' when `href` is not a URL. */
export function pageKey(href: string): string {
  let u: URL;
  try {
    u = new URL(href);
  } catch {
    return '';
  }
  // about:srcdoc, data: and the like have an opaque origin: their scheme stands in for it.
  const origin = u.origin === 'null' ? u.protocol : u.origin;
  return (origin + u.pathname).slice(0, MAX_URL);
}

function wellFormed(c: unknown): c is StoredCorrection {
  if (!c || typeof c !== 'object') return false;
  const x = c as Record<string, unknown>;
  return typeof x.url === 'string' && typeof x.text === 'string' && typeof x.id === 'string' && (typeof x.at === 'string' || typeof x.at === 'number');
}

/** A new entry, trimmed to size. */
export function correctionFor(href: string, text: string, id: string, at = new Date().toISOString()): StoredCorrection {
  return { url: pageKey(href), text: text.slice(0, MAX_TEXT), id: id.slice(0, MAX_ID), at };
}

/**
 * The stored list with `entry` added, or null when it is there already (same page and entity).
 * Older entries are normalized on the way (origin + path, trimmed), malformed ones dropped, and
 * the oldest dropped until the list fits both caps.
 */
export function withCorrection(stored: unknown, entry: StoredCorrection): StoredCorrection[] | null {
  const list = (Array.isArray(stored) ? stored : []).filter(wellFormed).map((c) => ({ ...correctionFor(c.url, c.text, c.id), at: c.at }));
  if (list.some((c) => c.url === entry.url && c.id === entry.id)) return null;
  list.push(entry);
  const size = (c: StoredCorrection) => JSON.stringify(c).length + 1;
  let total = list.reduce((n, c) => n + size(c), 2);
  let drop = 0;
  while (list.length - drop > 1 && (list.length - drop > MAX_CORRECTIONS || total > MAX_CORRECTIONS_CHARS)) total -= size(list[drop++]);
  return drop ? list.slice(drop) : list;
}

/** Keeps the well-formed entries of whatever is stored; newest first. */
export function parseCorrections(raw: unknown): Correction[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter(wellFormed)
    .map(({ url, text, id, at }) => ({ url, text, id, at }))
    .sort((a, b) => timeOf(b.at) - timeOf(a.at));
}

export function timeOf(at: string | number): number {
  const t = typeof at === 'number' ? at : Date.parse(at);
  return Number.isFinite(t) ? t : 0;
}

/** Ids the reader said "Not this one" to on the page at `href`. */
export function hiddenOn(stored: unknown, href: string): string[] {
  if (!Array.isArray(stored)) return [];
  const key = pageKey(href);
  return stored.filter((c): c is StoredCorrection => wellFormed(c) && pageKey(c.url) === key).map((c) => c.id);
}
