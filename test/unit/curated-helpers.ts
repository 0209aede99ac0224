// Loads the hand-curated layer (data/curated/*.yaml) for unit tests, and turns records into the
// compiled shapes the card model takes, without going through the data build.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { CompiledEntity, EntityRecord, KbFactShard } from '../../core/types';

export const CURATED_DIR = join(__dirname, '../../data/curated');

export function curatedFiles(): string[] {
  return readdirSync(CURATED_DIR).filter((f) => f.endsWith('.yaml')).sort();
}

export function loadCuratedFile(file: string): EntityRecord[] {
  return parse(readFileSync(join(CURATED_DIR, file), 'utf8')) as EntityRecord[];
}

export function loadCurated(): Map<string, EntityRecord> {
  const byId = new Map<string, EntityRecord>();
  for (const f of curatedFiles()) for (const r of loadCuratedFile(f)) byId.set(r.id, r);
  return byId;
}

export function compiled(r: EntityRecord): CompiledEntity {
  return { id: r.id, type: r.type, subtype: r.subtype, name: r.name, description: r.description, prominence: r.prominence ?? 0.5, country: r.country };
}

export function detailOf(r: EntityRecord): KbFactShard[string] {
  return { summary: r.summary, ...(r.summarySince ? { summarySince: r.summarySince } : {}), aliases: r.aliases, facts: r.facts ?? [], sources: r.sources };
}
