/**
 * Writes the compiled knowledge base in the form the extension loads: public/kb/index.bin (the
 * binary index, core/kb/kb-format.ts) and public/kb/facts/<n>.json. Descriptions move from the
 * index into the fact shards, and the shards are re-bucketed finer (SHIPPED_SHARD_COUNT) so a card
 * reads a small file: an article's first answer loads one shard per entity it mentions.
 *
 * Not gzipped: the store zip deflates every file anyway (the package is no bigger), and in the MV3
 * worker (Chromium, 2026-12-07, same runs) fetching the 6 MB gzip and inflating it took ~102 ms where
 * fetching the raw 15.4 MB took ~84 ms through arrayBuffer() and 55–80 ms through blob() (fetch costs
 * about 5 ms per MB, DecompressionStream about 4 ms per MB inflated); in Node the inflate was 55 of
 * the 75 ms to ready. The cost: Chrome unpacks an extension, so the install holds the file raw.
 * The build reads back what it wrote and compares it with the compiled index (checkIndexFile).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { encodeIndex, readIndex } from '../../../core/kb/kb-format';
import { prepareFuzzy } from '../../../core/linking/fuzzy';
import { buildLexicon } from '../../../core/linking/match';
import { shardOf, type KbFactShard, type KbIndex } from '../../../core/types';

/** ~30 000 entities → ~60 per shard, ~25 KB each. */
export const SHIPPED_SHARD_COUNT = 512;
export const INDEX_FILE = 'index.bin';

export interface KbFiles {
  /** The binary index (not gzipped). */
  file: Uint8Array;
  shards: KbFactShard[];
}

/** The binary index of `index` (pure, deterministic). */
export function indexBytes(index: KbIndex): Uint8Array {
  const lex = buildLexicon(index);
  return encodeIndex(index, lex, prepareFuzzy(lex));
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
  return { file: indexBytes({ ...index, shardCount }), shards: out };
}

/**
 * Problems with the file `bytes` as a copy of `index`: it must read (magic, version, length,
 * checksum) and give back every entity (without its description) and every alias.
 */
export function checkIndexFile(bytes: Uint8Array, index: KbIndex): string[] {
  let back: KbIndex;
  try {
    back = readIndex(bytes);
  } catch (e) {
    return [String(e)];
  }
  const problems: string[] = [];
  if (back.entities.length !== index.entities.length) problems.push(`${back.entities.length} entities read back, ${index.entities.length} written`);
  if (back.aliases.length !== index.aliases.length) problems.push(`${back.aliases.length} aliases read back, ${index.aliases.length} written`);
  for (let i = 0; i < index.entities.length && problems.length < 20; i++) {
    const { description: _, ...want } = index.entities[i];
    if (JSON.stringify(back.entities[i]) !== JSON.stringify(want)) problems.push(`entity ${i} reads back as ${JSON.stringify(back.entities[i])}`);
  }
  const aliases = back.aliases;
  for (let a = 0; a < index.aliases.length && problems.length < 20; a++) {
    const [t, e, f] = index.aliases[a];
    if (aliases[a][0] !== t || aliases[a][1] !== e || aliases[a][2] !== f) problems.push(`alias ${a} reads back as ${JSON.stringify(aliases[a])}`);
  }
  return problems;
}

/** Writes index.bin and facts/ into `dir` (facts/ is replaced), after checking the index reads
 *  back. Returns the bytes written. */
export function writeKb(dir: string, index: KbIndex, shards: KbFactShard[], shardCount = SHIPPED_SHARD_COUNT): { indexBytes: number; gzBytes: number; shardBytes: number; shardCount: number } {
  const files = kbFiles(index, shards, shardCount);
  const problems = checkIndexFile(files.file, { ...index, shardCount });
  if (problems.length) throw new Error(`the index file does not read back:\n  ${problems.join('\n  ')}`);
  const factsDir = path.join(dir, 'facts');
  fs.rmSync(factsDir, { recursive: true, force: true });
  fs.mkdirSync(factsDir, { recursive: true });
  fs.writeFileSync(path.join(dir, INDEX_FILE), files.file);
  // What older builds wrote: one index in the package.
  for (const old of ['index.json', 'index.json.gz', 'index.bin.gz']) fs.rmSync(path.join(dir, old), { force: true });
  // What the store zip will hold (deflate, as zip does; zlib writes no timestamp: deterministic).
  const gz = zlib.gzipSync(files.file, { level: 9 });
  let shardBytes = 0;
  files.shards.forEach((s, n) => {
    const text = JSON.stringify(s);
    shardBytes += Buffer.byteLength(text);
    fs.writeFileSync(path.join(factsDir, `${n}.json`), text);
  });
  return { indexBytes: files.file.byteLength, gzBytes: gz.byteLength, shardBytes, shardCount: files.shards.length };
}
