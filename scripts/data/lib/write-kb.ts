/**
 * Writes the compiled knowledge base in the form the extension loads: public/kb/index.json (a
 * KbIndexFile, columns) and public/kb/facts/<n>.json. Descriptions move from the index into the
 * fact shards, and the shards are re-bucketed finer (SHIPPED_SHARD_COUNT) so a card reads a small
 * file: an article's first answer loads one shard per entity it mentions.
 */
import fs from 'node:fs';
import path from 'node:path';
import { encodeIndex } from '../../../core/kb-format';
import { shardOf, type KbFactShard, type KbIndex, type KbIndexFile } from '../../../core/types';

/** ~30 000 entities → ~60 per shard, ~25 KB each. */
export const SHIPPED_SHARD_COUNT = 512;

export interface KbFiles {
  file: KbIndexFile;
  shards: KbFactShard[];
}

/** The files' contents (pure, deterministic: shard entries in index order). */
export function kbFiles(index: KbIndex, shards: KbFactShard[], shardCount = SHIPPED_SHARD_COUNT): KbFiles {
  const detailOf = (id: string) => shards[shardOf(id, index.shardCount)]?.[id];
  const out: KbFactShard[] = Array.from({ length: shardCount }, () => ({}));
  for (const e of index.entities) {
    const d = detailOf(e.id) ?? { facts: [], sources: [] };
    // Description first, so a shard reads like the entity it describes.
    out[shardOf(e.id, shardCount)][e.id] = e.description ? { description: e.description, ...d } : d;
  }
  const file = encodeIndex({ ...index, shardCount });
  return { file, shards: out };
}

/** Writes index.json and facts/ into `dir` (facts/ is replaced). Returns the bytes written. */
export function writeKb(dir: string, index: KbIndex, shards: KbFactShard[], shardCount = SHIPPED_SHARD_COUNT): { indexBytes: number; shardBytes: number; shardCount: number } {
  const files = kbFiles(index, shards, shardCount);
  const factsDir = path.join(dir, 'facts');
  fs.rmSync(factsDir, { recursive: true, force: true });
  fs.mkdirSync(factsDir, { recursive: true });
  const indexJson = JSON.stringify(files.file);
  fs.writeFileSync(path.join(dir, 'index.json'), indexJson);
  let shardBytes = 0;
  files.shards.forEach((s, n) => {
    const text = JSON.stringify(s);
    shardBytes += Buffer.byteLength(text);
    fs.writeFileSync(path.join(factsDir, `${n}.json`), text);
  });
  return { indexBytes: Buffer.byteLength(indexJson), shardBytes, shardCount: files.shards.length };
}
