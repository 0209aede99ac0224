/**
 * The committed table of people's Wikidata ids (people-qids.tsv, made by scripts/data/people-qid-table.ts):
 * 'pantheon:<enwiki page id>', 'bioguide:<id>' and curated 'bs:' keys → QID, each confirmed by two signals.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTable } from './util';

export interface PeopleQid { qid: string; via: string }

export function readPeopleQids(file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'people-qids.tsv')): Map<string, PeopleQid> {
  const out = new Map<string, PeopleQid>();
  for (const [key, , qid, via] of readTable(file)) if (key && /^Q\d+$/.test(qid ?? '')) out.set(key, { qid, via: via ?? '' });
  return out;
}

/** The sources (data/sources.yaml keys) that gave a table id, credited on the record as the place ids
 *  credit theirs: 'peppercat-title' → peppercat; an id join names its source ('pantheon2', 'us-congress'). */
export function confirmingSources(via: string): string[] {
  return [...new Set(via.split('+').filter(Boolean).map((v) => v.replace(/-(title|name)$/, '')))];
}
