/**
 * The entity's English Wikipedia page, for a "Read on Wikipedia" link the reader opens (the
 * extension itself never requests it). The data has no title field, so only links that cannot
 * point at a namesake are used:
 *   1. a record source on en.wikipedia.org (Pantheon's `?curid=` page id);
 *   2. a curated fact source `en.wikipedia.org/wiki/<Title>` whose title is the entity's own name
 *      (a curated event may cite another page, e.g. the Northern Alliance for Massoud: not used).
 * A title is never guessed from the name alone: "Georgia" or "Washington" would be a coin toss.
 */
import type { CompiledEntity, KbFactShard } from '../types';

const EN_WIKI = /^https:\/\/en\.wikipedia\.org\//;

function titleOf(url: string): string | undefined {
  const m = /^https:\/\/en\.wikipedia\.org\/wiki\/([^?#]+)$/.exec(url);
  if (!m) return undefined;
  try {
    return decodeURIComponent(m[1]).replace(/_/g, ' ');
  } catch {
    return undefined;
  }
}

export function wikipediaUrl(entity: Pick<CompiledEntity, 'name'>, detail: KbFactShard[string] | undefined): string | undefined {
  if (!detail) return undefined;
  for (const s of detail.sources ?? []) {
    if (s.url && EN_WIKI.test(s.url) && (/[?&]curid=\d+$/.test(s.url) || titleOf(s.url) === entity.name)) return s.url;
  }
  for (const f of detail.facts ?? []) {
    const url = f.source?.url;
    if (url && titleOf(url) === entity.name) return url;
  }
  return undefined;
}
