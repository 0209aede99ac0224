/**
 * Builds the known-names hints (core/linking/known-names.ts) from Wikilinker's entity labels
 * (../shared/data-sources/wikilinker-entities/entities.tsv; Wikilinker by Stefan Magdalinski, MIT;
 * labels from Wikidata, CC0). Kept: multi-word labels that contain a name the index links (a
 * non-surname alias) and are not themselves an alias: the only ones that can shadow a mark.
 * Shipped as hashes, never as names or links.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AliasFlag, type KbIndex } from '../../../core/types';
import { wordKeys } from '../../../core/linking/tokenize';
import { KnownNames } from '../../../core/linking/known-names';
import { SHARED_SOURCES_DIR } from './paths';

export const WIKILINKER_TSV = path.join(SHARED_SOURCES_DIR, 'wikilinker-entities', 'entities.tsv');
/** Longest name part looked for inside a label. */
const MAX_PART = 4;

export function buildKnownNames(index: KbIndex, tsv = WIKILINKER_TSV): { names: KnownNames; kept: string[] } | null {
  if (!fs.existsSync(tsv)) return null;
  const linked = new Set<string>();
  const all = new Set<string>();
  for (const [text, , flags] of index.aliases) {
    const k = wordKeys(text).join(' ');
    all.add(k);
    if (!(flags & AliasFlag.Partial)) linked.add(k);
  }
  const kept: string[] = [];
  for (const line of fs.readFileSync(tsv, 'utf8').split('\n').slice(1)) {
    const label = line.split('\t')[0];
    if (!label || !/\p{Lu}/u.test(label)) continue;
    const keys = wordKeys(label);
    if (keys.length < 2 || keys.length > 8) continue;
    const whole = keys.join(' ');
    if (all.has(whole)) continue;
    let inner = false;
    for (let i = 0; i < keys.length && !inner; i++) {
      for (let j = i + 1; j <= Math.min(keys.length, i + MAX_PART) && !inner; j++) {
        if (j - i === keys.length) continue;
        if (linked.has(keys.slice(i, j).join(' '))) inner = true;
      }
    }
    if (inner) kept.push(whole);
  }
  return { names: KnownNames.fromNames(kept), kept };
}
