/** Reading a site the reader typed into the options page. */
import { normalizeHost } from '../../core/settings';

/** 'https://www.example.com/path' or 'Example.com' → 'example.com'; null when it is not a hostname. */
export function hostFromInput(value: string): string | null {
  let v = value.trim();
  if (!v) return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) {
    try {
      v = new URL(v).hostname;
    } catch {
      return null;
    }
  }
  const host = normalizeHost(v.replace(/\/.*$/, '').replace(/:\d+$/, ''));
  return /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host) ? host : null;
}
