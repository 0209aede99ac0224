/** Self-checks of a compiled index: the contract the matcher relies on. */
import { AliasFlag, type KbIndex } from '../../../core/types';
import { isAcronym } from './aliases';
import { isCommonWord } from './words';

export function checkIndex(index: KbIndex): string[] {
  const problems: string[] = [];
  const hasPrimary = new Uint8Array(index.entities.length);
  const seen = new Set<string>();
  index.entities.forEach((e, i) => {
    if (seen.has(e.id)) problems.push(`entity ${e.id} appears twice (index ${i})`);
    seen.add(e.id);
  });
  for (const [text, ei, flags] of index.aliases) {
    const e = index.entities[ei];
    if (!e) { problems.push(`alias '${text}' points at entity #${ei}, which does not exist`); continue; }
    if (flags & AliasFlag.Primary) hasPrimary[ei] = 1;
    if (!isAcronym(text) && isCommonWord(text) && !(flags & AliasFlag.CommonWord)) {
      problems.push(`alias '${text}' of ${e.id} is a common English word but is not flagged CommonWord`);
    }
  }
  index.entities.forEach((e, i) => { if (!hasPrimary[i]) problems.push(`entity ${e.id} has no Primary alias`); });
  return problems;
}
