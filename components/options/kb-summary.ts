/** What the options page says about the bundled knowledge base: version, counts per type, credits. */
import { browser } from 'wxt/browser';
import { decodeIndex, isIndexFile } from '../../core/kb-format';
import { fetchPackagedIndex } from '../packaged-index';
import type { Credit, EntityType, KbIndex } from '../../core/types';

export interface KbSummary {
  version: string;
  builtAt?: string;
  total: number;
  counts: Record<EntityType, number>;
  credits: Credit[];
  /** id → display name, to show corrections by name. */
  names: Map<string, string>;
}

/** Pure: tolerate a partial index (an older build, a truncated file) rather than show nothing.
 *  Takes the shipped file (columns, core/kb-format.ts) or an index in object form. */
export function summarizeIndex(raw: Partial<KbIndex> | unknown): KbSummary {
  const index = readable(raw);
  const counts: Record<EntityType, number> = { person: 0, place: 0, organization: 0 };
  const names = new Map<string, string>();
  const entities = Array.isArray(index.entities) ? index.entities : [];
  for (const e of entities) {
    if (e && e.type in counts) counts[e.type]++;
    if (e?.id) names.set(e.id, e.name);
  }
  return {
    version: typeof index.version === 'string' ? index.version : 'unknown',
    builtAt: typeof index.builtAt === 'string' ? index.builtAt : undefined,
    total: entities.length,
    counts,
    credits: Array.isArray(index.credits) ? [...index.credits].sort((a, b) => b.entities - a.entities || a.title.localeCompare(b.title)) : [],
    names,
  };
}

function readable(raw: unknown): Partial<KbIndex> {
  if (!raw || typeof raw !== 'object') return {};
  if (!isIndexFile(raw)) return raw as Partial<KbIndex>;
  try {
    return decodeIndex(raw);
  } catch {
    // A damaged file: still show its version and credits.
    const { version, builtAt, credits } = raw;
    return { version, builtAt, credits };
  }
}

/** Reads the index shipped inside the extension (a packaged file: no network). */
export async function loadKbSummary(): Promise<KbSummary | null> {
  try {
    // The path is typed from public/ at `wxt prepare` time; kb/ is generated, so widen it.
    return summarizeIndex(await fetchPackagedIndex(browser.runtime.getURL as (p: string) => string));
  } catch {
    return null;
  }
}
