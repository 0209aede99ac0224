/**
 * CIA World Factbook (public domain): population with its year for each country, and the date of
 * its independence (and from whom). Only numbers, dates and names are taken; the Factbook's prose
 * (background, descriptions) is never copied. Files are keyed by FIPS
 * code, so each profile is matched to ISO through its internet country code (.af → AF).
 */
import fs from 'node:fs';
import path from 'node:path';
import { INDEPENDENCE_ROLE, type EntityRecord, type Fact } from '../../../core/types';
import { type ImportContext, readJson, sharedPath, src } from './util';
import { parseDivisions } from './factbook-divisions';

type Profile = Record<string, Record<string, { text?: string } & Record<string, { text?: string }>>>;
const AS_OF = '2026-01-22';
const URL = 'https://www.cia.gov/the-world-factbook/';

/** Read once per import: the Factbook importer and the GeoNames one (divisionKinds) both need them. */
let profilesRead: { fips: string; data: Profile }[] | undefined;

function profiles(): { fips: string; data: Profile }[] {
  return (profilesRead ??= readProfiles());
}

function readProfiles(): { fips: string; data: Profile }[] {
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

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * '9 July 2011 (from Sudan)' → [{ date: '2011-07-09', from: 'Sudan' }]: every date the text says came
 * "from" someone (the Baltic states: from Soviet Russia in 1918 and from the Soviet Union in 1990; East
 * Timor: from Portugal in 1975, from Indonesia in 2002); "notable earlier dates" are history, not
 * independence. Empty when no such date is given (a split, a merger, a founding).
 */
export function parseIndependence(text: string | undefined): { date: string; from: string }[] {
  const head = (text ?? '').split(/notable earlier date/i)[0];
  const found: { date: string; from: string }[] = [];
  for (const m of head.matchAll(/(?:(\d{1,2}) )?([A-Z][a-z]+) (\d{4}) \(([^)]*)\)/g)) {
    const month = MONTHS.indexOf(m[2].toLowerCase());
    const from = /\bfrom (.+?)(?:;|$)/.exec(m[4])?.[1].trim();
    if (month < 0 || !from) continue;
    const mm = String(month + 1).padStart(2, '0');
    found.push({ date: m[1] ? `${m[3]}-${mm}-${m[1].padStart(2, '0')}` : `${m[3]}-${mm}`, from });
  }
  return found;
}

/** States that continued a union's seat rather than leaving it: Russia (the Soviet Union's), Serbia (the
 *  State Union's). Their Factbook "independence" is no date before which they were not countries. */
const CONTINUING = new Set(['RU', 'RS']);

/** A profile's ISO code, through its internet country code (.af → AF; .uk → GB). */
function isoOf(data: Profile): string | undefined {
  const iso = data.Communications?.['Internet country code']?.text?.match(/\.([a-z]{2})\b/)?.[1]?.toUpperCase();
  return iso === 'UK' ? 'GB' : iso;
}

/** Per ISO code, what each first-order division is (factbook-divisions.ts). */
export function divisionKinds(): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const { data } of profiles()) {
    const iso = isoOf(data);
    const text = data.Government?.['Administrative divisions']?.text;
    if (iso && text && !out.has(iso)) out.set(iso, parseDivisions(text));
  }
  return out;
}

export function importFactbook(ctx: ImportContext): EntityRecord[] {
  const out: EntityRecord[] = [];
  for (const { fips, data } of profiles()) {
    const iso = isoOf(data);
    if (fips === 'ee') { out.push(eu(data)); continue; }
    const id = iso ? ctx.countryQid.get(iso) : undefined;
    if (!id || !iso) continue;
    const pop = parsePopulation(data['People and Society']?.Population?.total?.text ?? data['People and Society']?.Population?.text);
    const facts: Fact[] = [];
    const source = src('factbook', { url: URL, asOf: AS_OF });
    if (pop) facts.push({ kind: 'population', value: pop.value, date: pop.year, source });
    // Before it, the card does not call the place a country (core/card/describe.ts kindHoldsAt).
    if (!CONTINUING.has(iso)) {
      for (const ind of parseIndependence(data.Government?.Independence?.text)) {
        facts.push({ kind: 'event', role: INDEPENDENCE_ROLE, otherName: ind.from, date: ind.date, text: independenceText(ind.from), source });
      }
    }
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

/** Kinds of rule a country left, which read with "the": "the Malaysian Federation", "the UN trusteeship". */
const RULE_KINDS = /\b(trusteeship|mandate|administration|Federation|protectorate status)\b/;

/**
 * The card's line for an independence: "Became independent from France", "… from the UN trusteeship".
 * A "from" that tells a story of its own (Somalia's merger of two territories, South Africa's four
 * colonies) is no ruler: the line says only that it became independent.
 */
export function independenceText(from: string): string {
  // Nor a federation it was formed from (Australia's "federation of UK colonies").
  if (/\bmerger\b|\bfederation of\b|:/.test(from) || from.length > 60) return 'Became independent';
  const ruler = /^(the|a|an)\s/.test(from) || !RULE_KINDS.test(from) ? from : `the ${from}`;
  return `Became independent from ${ruler}`;
}
