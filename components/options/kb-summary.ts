/** What the options page says about the bundled knowledge base: version, counts per type, credits. */
import { binaryOf, readIndex } from '../../core/kb/kb-format';
import { fetchIndexBytes } from '../kb-file';
import type { Credit, EntityType, KbIndex } from '../../core/types';

export interface KbSummary {
  version: string;
  builtAt?: string;
  total: number;
  counts: Record<EntityType, number>;
  credits: Credit[];
  /** id → display name, to show corrections by name. */
  names: { get(id: string): string | undefined };
}

/** Pure: tolerate a partial index rather than show nothing. Takes an index read from the binary
 *  file (core/kb/kb-format.ts: counts from its header, no entity made) or one in object form. */
export function summarizeIndex(raw: Partial<KbIndex> | unknown): KbSummary {
  const index = (raw && typeof raw === 'object' ? raw : {}) as Partial<KbIndex>;
  const bin = binaryOf(index as KbIndex);
  if (bin) {
    return {
      version: bin.meta.version,
      builtAt: bin.meta.builtAt,
      total: bin.n,
      counts: { ...bin.meta.counts },
      credits: sortCredits(bin.meta.credits),
      names: {
        get(id: string) {
          const i = bin.indexOf(id);
          return i === undefined ? undefined : index.entities![i].name;
        },
      },
    };
  }
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
    credits: Array.isArray(index.credits) ? sortCredits(index.credits) : [],
    names,
  };
}

function sortCredits(credits: Credit[]): Credit[] {
  return [...credits].sort((a, b) => b.entities - a.entities || a.title.localeCompare(b.title));
}

/** Reads the index shipped inside the extension (a packaged file: no network); null when it is
 *  missing or damaged. */
export async function loadKbSummary(): Promise<KbSummary | null> {
  try {
    return summarizeIndex(readIndex(await fetchIndexBytes()));
  } catch {
    return null;
  }
}
