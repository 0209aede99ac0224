/**
 * Reads the two editable layers: data/curated/*.yaml (hand-written) and data/imported/*.jsonl
 * (generated). Every record keeps where it came from (file + line) so errors can point at it.
 * Parsing problems are returned as issues, not thrown, so one bad file reports every problem at once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isSeq, isMap } from 'yaml';
import type { CorrectionRecord } from '../../../core/kb/schema';
import type { EntityRecord } from '../../../core/types';
import type { Issue } from './issues';
import { rel } from './paths';

export interface Located {
  /** The raw parsed value (validated later). */
  raw: unknown;
  file: string;
  line: number;
  layer: 'curated' | 'imported';
}

export interface LocatedRecord extends Located {
  /** A curated record for an imported id may be a correction: only its id and the fields it changes. */
  record: EntityRecord | CorrectionRecord;
}

function listFiles(dir: string, ext: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => path.join(dir, f));
}

/** A curated file is a YAML list of records, or a map with an `entities:` list. */
export function readCuratedFile(file: string, issues: Issue[]): Located[] {
  const text = fs.readFileSync(file, 'utf8');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  for (const e of doc.errors) {
    issues.push({ level: 'error', file: rel(file), line: e.linePos?.[0]?.line, message: `YAML: ${e.message.split('\n')[0]}` });
  }
  if (doc.errors.length) return [];
  let seq: unknown = doc.contents;
  if (isMap(seq)) seq = seq.get('entities', true);
  if (seq == null) return []; // an empty file is fine
  if (!isSeq(seq)) {
    issues.push({ level: 'error', file: rel(file), line: 1, message: 'expected a list of entity records (or a map with an "entities:" list)' });
    return [];
  }
  return seq.items.map((node) => {
    const offset = (node as { range?: [number, number, number] }).range?.[0] ?? 0;
    return {
      raw: (node as { toJSON(): unknown }).toJSON(),
      file: rel(file),
      line: lineCounter.linePos(offset).line,
      layer: 'curated' as const,
    };
  });
}

/** One JSON record per line; blank lines are ignored. */
export function readJsonlFile(file: string, issues: Issue[]): Located[] {
  const out: Located[] = [];
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  lines.forEach((text, i) => {
    if (!text.trim()) return;
    try {
      out.push({ raw: JSON.parse(text), file: rel(file), line: i + 1, layer: 'imported' });
    } catch (e) {
      issues.push({ level: 'error', file: rel(file), line: i + 1, message: `invalid JSON: ${(e as Error).message}` });
    }
  });
  return out;
}

export function readLayers(dirs: { curated: string; imported: string }, issues: Issue[]): Located[] {
  return [
    ...listFiles(dirs.imported, '.jsonl').flatMap((f) => readJsonlFile(f, issues)),
    ...listFiles(dirs.curated, '.yaml').concat(listFiles(dirs.curated, '.yml')).flatMap((f) => readCuratedFile(f, issues)),
  ];
}
