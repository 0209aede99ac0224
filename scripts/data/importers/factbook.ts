/**
 * CIA World Factbook (public domain): population with its year for each country. Only numbers are
 * taken; the Factbook's prose (background, descriptions) is never copied. Files are keyed by FIPS
 * code, so each profile is matched to ISO through its internet country code (.af → AF).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { EntityRecord, Fact } from '../../../core/types';
import { type ImportContext, readJson, sharedPath, src } from './util';

type Profile = Record<string, Record<string, { text?: string } & Record<string, { text?: string }>>>;
const AS_OF = '2026-01-22';
const URL = 'https://www.cia.gov/the-world-factbook/';

function profiles(): { fips: string; data: Profile }[] {
  const root = sharedPath('cia-world-factbook');
  const out: { fips: string; data: Profile }[] = [];
  for (const region of fs.readdirSync(root).sort()) {
    const dir = path.join(root, region);
    if (!fs.statSync(dir).isDirectory() || region === 'meta') continue;
    for (const f of fs.readdirSync(dir).sort()) if (f.endsWith('.json')) out.push({ fips: f.slice(0, -5), data: readJson<Profile>(path.join(dir, f)) });
  }
  return out;
}

/** '49,474,805 (2025 est.)' → { value, year }. */
export function parsePopulation(text: string | undefined): { value: number; year: string } | undefined {
  const m = /^([\d,]+)\s*(?:\((?:[^)]*?)(\d{4})[^)]*\))?/.exec(text?.trim() ?? '');
  if (!m || !m[2]) return undefined;
  return { value: Number(m[1].replace(/,/g, '')), year: m[2] };
}

export function importFactbook(ctx: ImportContext): EntityRecord[] {
  const out: EntityRecord[] = [];
  for (const { fips, data } of profiles()) {
    const tld = data.Communications?.['Internet country code']?.text?.match(/\.([a-z]{2})\b/)?.[1];
    let iso = tld?.toUpperCase();
    if (iso === 'UK') iso = 'GB';
    if (fips === 'ee') { out.push(eu(data)); continue; }
    const id = iso ? ctx.countryQid.get(iso) : undefined;
    if (!id || !iso) continue;
    const pop = parsePopulation(data['People and Society']?.Population?.total?.text ?? data['People and Society']?.Population?.text);
    const facts: Fact[] = [];
    const source = src('factbook', { url: URL, asOf: AS_OF });
    if (pop) facts.push({ kind: 'population', value: pop.value, date: pop.year, source });
    out.push({ id, type: 'place', name: ctx.countryName.get(iso) ?? iso, country: iso, facts, sources: [src('factbook')] });
  }
  return out;
}

function eu(data: Profile): EntityRecord {
  const pop = parsePopulation(data['People and Society']?.Population?.total?.text ?? data['People and Society']?.Population?.text);
  const source = src('factbook', { url: URL, asOf: AS_OF });
  return {
    id: 'Q458', type: 'organization', name: 'European Union',
    facts: pop ? [{ kind: 'population', value: pop.value, date: pop.year, source }] : [],
    sources: [src('factbook')],
  };
}
