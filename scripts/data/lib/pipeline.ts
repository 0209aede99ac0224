/** Read → validate → merge: the part `data:validate` and `data:build` share. */
import { todayPartial } from '../../../core/dates';
import type { EntityRecord } from '../../../core/types';
import { type Issue } from './issues';
import { mergeLayers } from './merge';
import { CURATED_DIR, IMPORTED_DIR, SOURCES_FILE } from './paths';
import { readLayers, type LocatedRecord } from './read-layers';
import { readRedirects, redirectRaw } from './redirects';
import { readSources, type SourcesFile } from './sources';
import { validateCrossRefs, validateRecords } from './validate-records';

export interface LoadOptions {
  curatedDir?: string;
  importedDir?: string;
  sourcesFile?: string;
  today?: string;
}

export interface Loaded {
  sources: SourcesFile;
  records: LocatedRecord[];
  merged: Map<string, EntityRecord>;
  issues: Issue[];
}

export function loadAndValidate(opts: LoadOptions = {}): Loaded {
  const issues: Issue[] = [];
  const sources = readSources(opts.sourcesFile ?? SOURCES_FILE);
  const located = readLayers({ curated: opts.curatedDir ?? CURATED_DIR, imported: opts.importedDir ?? IMPORTED_DIR }, issues);
  // Curated records may name a place by the id it had before it gained a QID.
  const redirects = readRedirects(opts.importedDir ?? IMPORTED_DIR);
  for (const l of located) if (l.layer === 'curated') l.raw = redirectRaw(l.raw, redirects);
  const records = validateRecords(located, { sourceKeys: new Set(Object.keys(sources.sources)), today: opts.today ?? todayPartial() }, issues);
  validateCrossRefs(records, issues);
  const merged = mergeLayers(records);
  return { sources, records, merged, issues };
}
