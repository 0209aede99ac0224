/** Where the knowledge-base pipeline reads and writes, relative to the repo root (the npm scripts' cwd). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const DATA_DIR = path.join(REPO_ROOT, 'data');
export const CURATED_DIR = path.join(DATA_DIR, 'curated');
export const IMPORTED_DIR = path.join(DATA_DIR, 'imported');
export const SOURCES_FILE = path.join(DATA_DIR, 'sources.yaml');
export const KB_OUT_DIR = path.join(REPO_ROOT, 'public', 'kb');
export const ATTRIBUTION_FILE = path.join(REPO_ROOT, 'ATTRIBUTION.md');
/** The shared datasets live beside the repo (../shared), in CI as on a developer's machine. */
export const SHARED_SOURCES_DIR = path.resolve(REPO_ROOT, '..', 'shared', 'data-sources');

/** Path relative to the repo root, for messages. */
export function rel(p: string): string {
  const r = path.relative(REPO_ROOT, p);
  return r.startsWith('..') ? p : r;
}
