/** Pure helpers for the popup's cast list. */
import type { EntityType } from '../../core/types';
import type { CastEntry } from '../../core/messages';

export const GROUPS: { type: EntityType; title: string }[] = [
  { type: 'person', title: 'People' },
  { type: 'place', title: 'Places' },
  { type: 'organization', title: 'Organizations' },
];

export interface CastGroup {
  type: EntityType;
  title: string;
  entries: CastEntry[];
}

/** People, places, organizations (empty groups left out), each by mention count, then name; in a
 *  group, names from the article itself (not the knowledge base) come after the known ones. */
export function groupCast(cast: CastEntry[]): CastGroup[] {
  return GROUPS.map(({ type, title }) => ({
    type,
    title,
    entries: cast
      .filter((e) => e.type === type)
      .sort((a, b) => Number(!!a.fromArticle) - Number(!!b.fromArticle) || b.count - a.count || a.name.localeCompare(b.name)),
  })).filter((g) => g.entries.length > 0);
}

export function mentionsLabel(count: number): string {
  return count === 1 ? '1 mention' : `${count} mentions`;
}
