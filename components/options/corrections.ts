/**
 * "Not this one" corrections the reader recorded from cards (written by the content script under
 * `corrections`). The options page lists them, exports them as JSON for the maintainers, and clears them.
 */
import { browser } from 'wxt/browser';
import { CORRECTIONS_KEY, parseCorrections, type Correction } from '../../core/corrections';

export { parseCorrections, timeOf, type Correction } from '../../core/corrections';

export async function loadCorrections(): Promise<Correction[]> {
  try {
    return parseCorrections((await browser.storage.local.get(CORRECTIONS_KEY))[CORRECTIONS_KEY]);
  } catch {
    return [];
  }
}

export async function clearCorrections(): Promise<void> {
  await browser.storage.local.remove(CORRECTIONS_KEY);
}

export function watchCorrections(cb: (c: Correction[]) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && CORRECTIONS_KEY in changes) cb(parseCorrections(changes[CORRECTIONS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The export file: the corrections plus the data version they were made against. */
export function correctionsJson(corrections: Correction[], dataVersion: string | undefined): string {
  return JSON.stringify({ kind: 'backstory-corrections', dataVersion: dataVersion ?? null, corrections }, null, 2) + '\n';
}

/** Download in the browser via a blob URL: the file never leaves the machine. */
export function downloadJson(json: string, filename: string, doc: Document): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoke after the click has been handled; the download keeps its own copy.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
