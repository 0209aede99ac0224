/**
 * Writes the compiled knowledge base in the form the extension loads: public/kb/index.json (a
 * KbIndexFile, columns) and public/kb/facts/<n>.json. Descriptions move from the index into the
 * fact shards, and the shards are re-bucketed finer (SHIPPED_SHARD_COUNT) so a card reads a small
 * file: an article's first answer loads one shard per entity it mentions.
 *
 * index.json.gz beside index.json: a browser reads a packaged file at a few MB/s (measured in the
 * MV3 worker: ~450 ms for the 2.2 MB index, ~230 ms for its 0.7 MB gzip plus DecompressionStream),
 * so the background reads the gzip; index.json stays for the options page, the CLIs and the tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { encodeIndex } from '../../../core/kb-format';
import { prepareFuzzy } from '../../../core/fuzzy';
import { buildLexicon } from '../../../core/match';
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
  // What the matcher would compute at load, computed once here (the entities' fields it reads are
  // the ones the file keeps).
  const file = encodeIndex({ ...index, shardCount }, prepareFuzzy(buildLexicon(index)));
  return { file, shards: out };
}

/** Writes index.json and facts/ into `dir` (facts/ is replaced). Returns the bytes written. */
export function writeKb(dir: string, index: KbIndex, shards: KbFactShard[], shardCount = SHIPPED_SHARD_COUNT): { indexBytes: number; shardBytes: number; shardCount: number } {
  const files = kbFiles(index, shards, shardCount);
  const factsDir = path.join(dir, 'facts');
  fs.rmSync(factsDir, { recursive: true, force: true });
  fs.mkdirSync(factsDir, { recursive: true });
  // Non-ASCII escaped (\uXXXX): a pure-ASCII file is decoded from UTF-8 about twice as fast, and
  // only ~11 000 characters of 2.6 million need it.
  const indexJson = JSON.stringify(files.file).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  fs.writeFileSync(path.join(dir, 'index.json'), indexJson);
  // zlib writes no timestamp or name: the same index gives the same bytes.
  fs.writeFileSync(path.join(dir, 'index.json.gz'), zlib.gzipSync(indexJson, { level: 9 }));
  let shardBytes = 0;
  files.shards.forEach((s, n) => {
    const text = JSON.stringify(s);
    shardBytes += Buffer.byteLength(text);
    fs.writeFileSync(path.join(factsDir, `${n}.json`), text);
  });
  return { indexBytes: Buffer.byteLength(indexJson), shardBytes, shardCount: files.shards.length };
}
