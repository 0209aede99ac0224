/** Node loader for the built knowledge base (public/kb), for CLIs, tests and the bench. Entities
 *  come without descriptions: `detail(id).description` has them. */
import fs from 'node:fs';
import path from 'node:path';
import { readIndex } from '../../core/kb/kb-format';
import { KnownNames, type KnownNamesFile } from '../../core/linking/known-names';
import { shardOf, type KbFactShard, type KbIndex } from '../../core/types';

/** The binary index file in `dir` (public/kb/index.bin). */
export function readIndexBytes(dir = 'public/kb'): Uint8Array {
  const file = path.join(dir, 'index.bin');
  if (!fs.existsSync(file)) throw new Error(`${file} not found: run \`npm run data:build\` first`);
  const b = fs.readFileSync(file);
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

export interface LoadedKb {
  index: KbIndex;
  detail(id: string): KbFactShard[string] | undefined;
}

export function loadKb(dir = 'public/kb'): LoadedKb {
  const index = readIndex(readIndexBytes(dir));
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
