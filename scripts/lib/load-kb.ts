/** Node loader for the built knowledge base (public/kb), for CLIs, tests and the bench. Entities
 *  come without descriptions: `detail(id).description` has them. */
import fs from 'node:fs';
import path from 'node:path';
import { decodeIndex } from '../../core/kb-format';
import { KnownNames, type KnownNamesFile } from '../../core/known-names';
import { shardOf, type KbFactShard, type KbIndex, type KbIndexFile } from '../../core/types';

export interface LoadedKb {
  index: KbIndex;
  detail(id: string): KbFactShard[string] | undefined;
}

export function loadKb(dir = 'public/kb'): LoadedKb {
  const indexFile = path.join(dir, 'index.json');
  if (!fs.existsSync(indexFile)) throw new Error(`${indexFile} not found: run \`npm run data:build\` first`);
  const index = decodeIndex(JSON.parse(fs.readFileSync(indexFile, 'utf8')) as KbIndexFile | KbIndex);
  const namesFile = path.join(dir, 'names.json');
  if (fs.existsSync(namesFile)) index.knownNames = KnownNames.fromFile(JSON.parse(fs.readFileSync(namesFile, 'utf8')) as KnownNamesFile);
  const shards = new Map<number, KbFactShard>();
  return {
    index,
    detail(id: string) {
      const n = shardOf(id, index.shardCount);
      let shard = shards.get(n);
      if (!shard) {
        const file = path.join(dir, 'facts', `${n}.json`);
        shard = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as KbFactShard) : {};
        shards.set(n, shard);
      }
      return shard[id];
    },
  };
}
