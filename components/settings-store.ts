/**
 * The reader's settings in `browser.storage.local` (the shape and its checks: core/settings.ts):
 * load, save, switch one site, watch for changes from any extension context.
 */
import { browser } from 'wxt/browser';
import { normalizeHost, parseSettings, SETTINGS_KEY, SETTINGS_VERSION, type Settings } from '../core/settings';

export async function loadSettings(): Promise<Settings> {
  let raw: unknown;
  try {
    raw = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch {
    return parseSettings(undefined);
  }
  const settings = parseSettings(raw);
  // Persist a migration once, so every later reader sees the current shape.
  if (raw && typeof raw === 'object' && (raw as { version?: unknown }).version !== SETTINGS_VERSION) {
    await browser.storage.local.set({ [SETTINGS_KEY]: settings }).catch(() => {});
  }
  return settings;
}

/** Shallow merge of `patch` over the stored settings (a `sites` or `types` in the patch replaces the whole record). */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const current = await loadSettings();
  const next = parseSettings({ ...current, ...patch, version: SETTINGS_VERSION });
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Switch one site on or off (`null` removes the override, back to the default). */
export async function setSite(hostname: string, on: boolean | null): Promise<Settings> {
  const current = await loadSettings();
  const sites = { ...current.sites };
  const key = normalizeHost(hostname);
  if (on === null) delete sites[key];
  else sites[key] = on;
  return saveSettings({ sites });
}

/** Calls `cb` with the validated settings whenever they change in any extension context. Returns unsubscribe. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) cb(parseSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
