/** Helpers shared by the importers: reading the shared datasets, stable records, generated wording. */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { EntityRecord, Fact, PartialDate, SourceRef } from '../../../core/types';
import { SHARED_SOURCES_DIR } from '../lib/paths';

export function sharedPath(...parts: string[]): string {
  return path.join(SHARED_SOURCES_DIR, ...parts);
}

export function readCsv(file: string, delimiter = ','): Record<string, string>[] {
  return parse(fs.readFileSync(file, 'utf8'), { columns: true, delimiter, relax_quotes: true, relax_column_count: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
}

/** A committed table (scripts/data/importers/*.tsv): its rows split at tabs, without blank or '#' lines. */
export function readTable(file: string): string[][] {
  return fs.readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
}

export function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

/** Everything an importer may need from the others' datasets (built once, cheaply). */
export interface ImportContext {
  /** ISO2 → QID for every country/territory. */
  countryQid: ReadonlyMap<string, string>;
  /** ISO2 → display name (world-countries common name). */
  countryName: ReadonlyMap<string, string>;
  /** Every name of a country in any language world-countries gives (lower case), to keep them off other entities. */
  anyCountryName: ReadonlySet<string>;
  /** Nationality words in English, lower case ('chinese', 'afghan'): never a name on their own. */
  demonyms?: ReadonlySet<string>;
  /** ISO3 → ISO2. */
  iso2Of: ReadonlyMap<string, string>;
  /** ISO2 → geonames id of the capital city (PPLC), when geonames has it. */
  capitalCity: ReadonlyMap<string, string>;
}

/** Fixed key order so a rerun is byte-identical and diffs stay readable. */
const RECORD_KEYS: (keyof EntityRecord)[] = ['id', 'type', 'subtype', 'name', 'aliases', 'notAliases', 'langAliases', 'description', 'descriptionSpan', 'summary', 'summarySince', 'prominence', 'country', 'facts', 'sources'];
const FACT_KEYS: (keyof Fact)[] = ['kind', 'date', 'start', 'end', 'role', 'other', 'otherName', 'relation', 'place', 'placeName', 'manner', 'value', 'text', 'about', 'source'];

function ordered<T extends object>(o: T, keys: (keyof T)[]): T {
  // A field an importer sets but this list lacks would vanish from the file without a word.
  for (const k of Object.keys(o)) if (!keys.includes(k as keyof T)) throw new Error(`importer record field '${k}' is not written (add it to RECORD_KEYS/FACT_KEYS in importers/util.ts)`);
  const out = {} as T;
  for (const k of keys) {
    const v = o[k];
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0 && k !== 'source')) continue;
    out[k] = v;
  }
  return out;
}

export function tidyRecord(r: EntityRecord): EntityRecord {
  const out = ordered(r, RECORD_KEYS);
  if (out.aliases) {
    const seen = new Set([r.name]);
    out.aliases = out.aliases.map((a) => a.trim().replace(/\s+/g, ' ')).filter((a) => a && !seen.has(a) && (seen.add(a), true));
    if (!out.aliases.length) delete out.aliases;
  }
  if (out.facts) out.facts = out.facts.map((f) => ordered({ ...f, source: ordered(f.source, ['source', 'url', 'asOf']) }, FACT_KEYS));
  if (out.prominence !== undefined) out.prominence = Math.round(out.prominence * 1000) / 1000;
  return out;
}

export function jsonl(records: EntityRecord[]): string {
  const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return sorted.map((r) => JSON.stringify(tidyRecord(r))).join('\n') + (sorted.length ? '\n' : '');
}

/** Wikidata time precision (9 year, 10 month, 11 day) → PartialDate. */
export function dateWithPrecision(date: string | undefined, precision?: string | number): PartialDate | undefined {
  if (!date) return undefined;
  const m = /^(-?\d{1,4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date.trim());
  if (!m) return undefined;
  const neg = m[1].startsWith('-');
  const y = m[1].replace('-', '').padStart(4, '0');
  const year = `${neg ? '-' : ''}${y}`;
  const p = Number(precision ?? (m[3] ? 11 : m[2] ? 10 : 9));
  if (p <= 9 || !m[2] || m[2] === '00') return year;
  if (p === 10 || !m[3] || m[3] === '00') return `${year}-${m[2]}`;
  return `${year}-${m[2]}-${m[3]}`;
}

export function yearOf(d: PartialDate | undefined): string | undefined {
  return d ? d.replace(/^(-?\d{4}).*$/, '$1') : undefined;
}

/** Log-scaled 0..1 from a population-like count: 1k → ~0, 10M+ → ~1. */
export function logScale(n: number, lo = 1e3, hi = 1e7): number {
  if (!(n > lo)) return 0;
  return Math.min(1, Math.log10(n / lo) / Math.log10(hi / lo));
}

export function src(source: string, extra: Omit<SourceRef, 'source'> = {}): SourceRef {
  return { source, ...extra };
}

/** 'AL QAEDA IN IRAQ' → 'Al Qaeda in Iraq' (for all-caps dictionaries). */
export function titleCase(s: string): string {
  const small = new Set(['of', 'the', 'in', 'and', 'for', 'de', 'la', 'el', 'al', 'on', 'to']);
  return s
    .toLowerCase()
    .split(/(\s+|-)/)
    .map((w, i) => (i > 0 && small.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join('');
}

export function normName(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function isLatin(s: string): boolean {
  return /^[\p{Script=Latin}\p{N}\s.,'’()&-]+$/u.test(s);
}

/** Spelling-tolerant key for transliterated names: 'Ahmed Shah Massoud' and 'Ahmad Shah Massoud' share it. */
export function nameSkeleton(s: string): string {
  return normName(s).replace(/[aeiouy\s]/g, '').replace(/(.)\1+/g, '$1');
}

/** 'United States' → 'the United States', for generated phrases like 'City in …' / 'President of …'. */
export function withArticle(name: string): string {
  return /^(United |Republic |Democratic |Central African |Dominican |Czech Republic|Holy See|Vatican City|State of )|Islands$|Emirates$|^(Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles|European Union|Caribbean Netherlands)$/.test(name)
    ? `the ${name}`
    : name;
}

/** Other ways news text names an organisation: 'The Home Depot' → 'Home Depot'. */
export function orgNameVariants(name: string): string[] {
  const out: string[] = [];
  // Only a remainder of two words or more: 'The Hill' → 'Hill' would claim a surname and a word.
  const m = /^The\s+(\S+\s+.+)$/.exec(name);
  if (m) out.push(m[1]);
  return out;
}

/** The page languages names are kept for (issue 11: French, Spanish, German, Portuguese, Italian), by ISO 639-3 code. */
export const PAGE_LANGS: Record<string, string> = { fra: 'fr', spa: 'es', deu: 'de', por: 'pt', ita: 'it' };

/** {lang: names} without empty lists, names that are the English name or alias, or duplicates. */
export function langAliasMap(byLang: Record<string, (string | undefined)[]>, english: string[]): Record<string, string[]> | undefined {
  const skip = new Set(english);
  const out: Record<string, string[]> = {};
  for (const lang of Object.keys(byLang).sort()) {
    const names = [...new Set(byLang[lang].map((n) => n?.trim()).filter((n): n is string => !!n && !skip.has(n)))];
    if (names.length) out[lang] = names;
  }
  return Object.keys(out).length ? out : undefined;
}

/** How many letters a name has ('E!' has one: too few to match). */
export function letterCount(s: string): number {
  return s.match(/\p{L}/gu)?.length ?? 0;
}
