// Where the dev-set texts live and how a gold file looks. The article text stays in ../shared;
// the repo keeps only offsets, surfaces and entity ids.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityType } from '../../core/types';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const PAGES_DIR = resolve(REPO_ROOT, '../shared/corpus/news-pages');
export const GOLD_DIR = join(REPO_ROOT, 'test/devset');

export interface GoldMention {
  start: number;
  end: number;
  surface: string;
  type: EntityType;
  /** Wikidata QID or a KB id; null when the annotator could not pin the entity down. */
  id: string | null;
  /** Other KB ids of the same real-world entity (the KB holds duplicates, e.g. a city from two sources). */
  alt?: string[];
  name: string;
  /** A name nested inside a longer gold name ("Hong Kong" in "Hong Kong Polytechnic University"):
   *  marking it is not an error, missing it is not a miss. */
  optional?: boolean;
  /** The annotator checked: the KB's namesake is a different entity, so no name-based lookup. */
  notInKb?: boolean;
}

export interface GoldFile {
  page: string;
  textSha1: string;
  mentions: GoldMention[];
}

export function articleBody(page: string): string {
  const gt = JSON.parse(readFileSync(join(PAGES_DIR, page, 'ground-truth.json'), 'utf8')) as { articleBody: string };
  return gt.articleBody;
}

export function sha1(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex');
}

export function goldPages(): string[] {
  if (!existsSync(GOLD_DIR)) return [];
  return readdirSync(GOLD_DIR)
    .filter((f) => /^aeb-[0-9a-f]+\.json$/.test(f))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
}

export function loadGold(page: string): GoldFile {
  return JSON.parse(readFileSync(join(GOLD_DIR, `${page}.json`), 'utf8')) as GoldFile;
}
