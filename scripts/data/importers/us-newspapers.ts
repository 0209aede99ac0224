/**
 * US newspapers from Wikipedia's state lists (hearvox/wiki-media-cred, CC0): local and national
 * papers with their QIDs. Red-linked rows (no page, no QID) are skipped: nothing confirms them.
 * A paper listed under several states is one record ('Newspaper in the United States').
 */
import type { EntityRecord } from '../../../core/types';
import { type ImportContext, letterCount, orgNameVariants, readCsv, sharedPath, src } from './util';

export function importUsNewspapers(ctx: ImportContext): EntityRecord[] {
  const rows = readCsv(sharedPath('us-newspapers-wikimediacred', 'wikipedia-us-newspapers.tsv'), '\t');
  const byQid = new Map<string, { name: string; states: Set<string> }>();
  for (const r of rows) {
    const qid = (r.qid ?? '').trim();
    if (!/^Q\d+$/.test(qid)) continue;
    // 'The Day (New London)' → 'The Day': the qualifier is Wikipedia's, not the paper's name.
    const name = (r['WP-title'] ?? '').replace(/\s*\([^)]*\)\s*$/, '').trim();
    if (letterCount(name) < 3) continue;
    const e = byQid.get(qid) ?? { name, states: new Set<string>() };
    if (r.state) e.states.add(r.state.trim());
    byQid.set(qid, e);
  }
  const out: EntityRecord[] = [];
  for (const [qid, { name, states }] of byQid) {
    const one = states.size === 1 ? [...states][0] : undefined;
    out.push({
      id: qid, type: 'organization', subtype: 'news-outlet', name, aliases: orgNameVariants(name).filter((a) => /\s/.test(a)),
      description: one ? `Newspaper in ${one}, ${one === 'Washington, D.C.' ? 'United States' : 'United States'}`.replace('Washington, D.C., United States', 'Washington, D.C.') : 'Newspaper in the United States',
      prominence: 0.3 + Math.min(0.1, 0.02 * (states.size - 1)),
      country: ctx.countryName.has('US') ? 'US' : undefined,
      sources: [src('us-newspapers')],
    });
  }
  return out;
}
