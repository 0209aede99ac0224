/**
 * The committed table of confirmed Wikidata ids (confirmed-qids.tsv) for entities that had none:
 * curated 'bs:' records, Pantheon people and GeoNames towns. Each row was confirmed by two signals
 * (the header says how); the import turns its keys into redirects, after the place and people tables.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTable } from './util';

export interface ConfirmedQid { name: string; qid: string; evidence: string[] }

export const CONFIRMED_QIDS_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'confirmed-qids.tsv');

export function readConfirmedQids(file = CONFIRMED_QIDS_FILE): Map<string, ConfirmedQid> {
  const out = new Map<string, ConfirmedQid>();
  for (const [key, name, qid, evidence] of readTable(file)) {
    if (key && /^Q\d+$/.test(qid ?? '')) out.set(key, { name: name ?? '', qid, evidence: (evidence ?? '').split(',').filter(Boolean) });
  }
  return out;
}
