/**
 * The official Wikidata JSON dump (CC0), streamed: `npm run data:import -- --wikidata latest-all.json.gz
 * [--qrank qrank.csv.gz]`. The dump is one entity per line inside `[` … `]`, each line but the last
 * ending in a comma. Kept: people (P31 Q5), places and organisations whose prominence (sitelinks, or
 * QRank page views when given) clears a threshold, with label, English aliases and description,
 * birth and death (P569/P570), positions held with their dates and "of" (P39 + P580/P582/P642),
 * inception and dissolution (P571/P576), country (P17, P27 for people) and population with its date
 * (P1082 + P585).
 *
 * Memory stays bounded on a full dump (~100M lines): nothing is loaded whole. Pass 1 streams the dump
 * and spills kept records to bucket files by id prefix ('Q1', 'Q10', 'Q11', …, whose order is the
 * sorted order of the ids); pass 2 streams it again for the labels of the positions and places the
 * kept records name; pass 3 sorts one bucket at a time and appends it to data/imported/wikidata.jsonl.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import zlib from 'node:zlib';
import type { EntityRecord, EntityType, Fact } from '../../../core/types';
import { sanitize } from './link';
import { dateWithPrecision, jsonl, src } from './util';
import { sitelinksProminence } from './wikitrivia';

export interface DumpOptions {
  /** Keep an entity with at least this many sitelinks (Wikipedias and sister projects). */
  minSitelinks: number;
  /** Or with at least this QRank (a QRank file must be given). */
  minQrank: number;
  /** QID → QRank (from https://qrank.wmcloud.org, `Entity,QRank` CSV, gzipped or not). */
  qrank?: ReadonlyMap<string, number>;
  /** ISO2 by country QID. */
  isoOfCountry: ReadonlyMap<string, string>;
  /** Date the facts are stated as of (the dump's date). */
  asOf?: string;
  /** Drop facts dated after this day (sanitize). */
  today: string;
}

export const DEFAULTS = { minSitelinks: 20, minQrank: 100_000 };

/** Classes (P31) that make an entity a place or an organisation, with the subtype they give. */
export const PLACE_CLASSES: Record<string, string> = {
  Q515: 'city', Q1549591: 'city', Q5119: 'city', Q1637706: 'city', Q7930989: 'city', Q3957: 'town', Q486972: 'settlement', Q532: 'village', Q15284: 'municipality',
  Q6256: 'country', Q3624078: 'country', Q10864048: 'region', Q34876: 'region', Q35657: 'region', Q82794: 'region', Q5107: 'continent', Q1620908: 'region',
};
export const ORG_CLASSES: Record<string, string> = {
  Q43229: 'organization', Q4830453: 'company', Q783794: 'company', Q891723: 'company', Q6881511: 'company', Q22687: 'bank', Q46970: 'airline',
  Q7278: 'party', Q11032: 'news-outlet', Q1110794: 'news-outlet', Q1002697: 'news-outlet', Q15265344: 'news-outlet', Q1616075: 'news-outlet', Q14350: 'news-outlet', Q192283: 'news-outlet',
  Q3918: 'university', Q875538: 'university', Q902104: 'university', Q31855: 'research-institute',
  Q327333: 'government-agency', Q2659904: 'government-agency', Q192350: 'government-agency', Q11204: 'legislature', Q35749: 'legislature',
  Q476028: 'sports-team', Q847017: 'sports-team', Q13393265: 'sports-team', Q17156793: 'sports-team', Q4498974: 'sports-team', Q6979593: 'national-team',
  Q484652: 'igo', Q163740: 'ngo', Q245065: 'igo',
};

interface Snak { snaktype?: string; datavalue?: { value: unknown } }
interface Claim { mainsnak: Snak; rank?: string; qualifiers?: Record<string, Snak[]> }
export interface WdEntity {
  id: string; type?: string;
  labels?: Record<string, { value: string }>; descriptions?: Record<string, { value: string }>;
  aliases?: Record<string, { value: string }[]>; claims?: Record<string, Claim[]>; sitelinks?: Record<string, unknown>;
}

/** A kept record whose roles and 'of' ids still wait for their labels (pass 2). */
export interface PendingRecord extends EntityRecord { pendingLabels?: string[] }

function claims(e: WdEntity, p: string): Claim[] {
  const all = (e.claims?.[p] ?? []).filter((c) => c.rank !== 'deprecated' && c.mainsnak?.snaktype === 'value');
  const preferred = all.filter((c) => c.rank === 'preferred');
  return preferred.length ? preferred : all;
}

function itemId(s: Snak | undefined): string | undefined {
  const v = s?.datavalue?.value as { id?: string } | undefined;
  return v && typeof v.id === 'string' ? v.id : undefined;
}

/** A Wikidata time value ('+1946-06-14T00:00:00Z', precision 11) → partial date. */
export function wdDate(s: Snak | undefined): string | undefined {
  const v = s?.datavalue?.value as { time?: string; precision?: number } | undefined;
  if (!v?.time || (v.precision ?? 0) < 9) return undefined;
  return dateWithPrecision(v.time.replace(/^\+/, ''), v.precision);
}

function qual(c: Claim, p: string): Snak | undefined {
  return c.qualifiers?.[p]?.[0];
}

/** Kind and subtype from P31, or undefined when the entity is none of ours. */
export function classify(e: WdEntity): { type: EntityType; subtype?: string } | undefined {
  const classes = claims(e, 'P31').map((c) => itemId(c.mainsnak)).filter((x): x is string => !!x);
  if (classes.includes('Q5')) return { type: 'person' };
  for (const c of classes) if (PLACE_CLASSES[c]) return { type: 'place', subtype: PLACE_CLASSES[c] };
  for (const c of classes) if (ORG_CLASSES[c]) return { type: 'organization', subtype: ORG_CLASSES[c] };
  return undefined;
}

export function prominenceOf(e: WdEntity, qrank?: ReadonlyMap<string, number>): { sitelinks: number; rank?: number; prominence: number } {
  const sitelinks = Object.keys(e.sitelinks ?? {}).length;
  const rank = qrank?.get(e.id);
  // QRank (monthly page views, summed over projects) on a log scale: 10k → 0.3, 100M → 0.85.
  const byRank = rank ? Math.min(0.85, Math.max(0.2, 0.3 + (0.55 * Math.log10(rank / 1e4)) / 4)) : 0;
  return { sitelinks, rank, prominence: Math.max(sitelinksProminence(sitelinks), byRank) };
}

export function keep(e: WdEntity, opts: Pick<DumpOptions, 'minSitelinks' | 'minQrank' | 'qrank'>): boolean {
  const { sitelinks, rank } = prominenceOf(e, opts.qrank);
  return sitelinks >= opts.minSitelinks || (rank !== undefined && rank >= opts.minQrank);
}

/** One dump entity → a record (roles and 'of' names are QIDs until pass 2 gives their labels), or undefined. */
export function entityRecord(e: WdEntity, opts: DumpOptions): PendingRecord | undefined {
  if (!/^Q\d+$/.test(e.id ?? '') || (e.type && e.type !== 'item')) return undefined;
  const kind = classify(e);
  const name = e.labels?.en?.value ?? e.labels?.mul?.value;
  if (!kind || !name || !keep(e, opts)) return undefined;
  const source = src('wikidata', { asOf: opts.asOf });
  const facts: Fact[] = [];
  const pending = new Set<string>();
  const one = (p: string) => claims(e, p)[0];
  if (kind.type === 'person') {
    const born = wdDate(one('P569')?.mainsnak);
    const died = wdDate(one('P570')?.mainsnak);
    if (born) facts.push({ kind: 'born', date: born, source });
    if (died) facts.push({ kind: 'died', date: died, source });
    for (const c of claims(e, 'P39')) {
      const role = itemId(c.mainsnak);
      if (!role) continue;
      const of = itemId(qual(c, 'P642'));
      pending.add(role);
      if (of) pending.add(of);
      facts.push({ kind: 'position', role, other: of, start: wdDate(qual(c, 'P580')), end: wdDate(qual(c, 'P582')), source });
    }
  } else {
    const founded = wdDate(one('P571')?.mainsnak);
    const dissolved = wdDate(one('P576')?.mainsnak);
    if (founded) facts.push({ kind: 'founded', date: founded, source });
    if (dissolved) facts.push({ kind: 'dissolved', date: dissolved, source });
    // The latest population figure with its date.
    const pops = claims(e, 'P1082')
      .map((c) => ({ value: Number((c.mainsnak.datavalue?.value as { amount?: string })?.amount), date: wdDate(qual(c, 'P585')) }))
      .filter((p) => Number.isFinite(p.value) && p.value >= 0 && p.date)
      .sort((a, b) => (a.date! < b.date! ? 1 : -1));
    if (pops[0]) facts.push({ kind: 'population', value: pops[0].value, date: pops[0].date!.slice(0, 4), source });
  }
  const countryQid = itemId(one(kind.type === 'person' ? 'P27' : 'P17')?.mainsnak) ?? itemId(one('P17')?.mainsnak);
  const aliases = (e.aliases?.en ?? []).map((a) => a.value).filter((a) => a && a !== name && a.length <= 80);
  const { prominence } = prominenceOf(e, opts.qrank);
  return {
    id: e.id, type: kind.type, subtype: kind.subtype ?? (kind.type === 'person' && claims(e, 'P39').length ? 'politician' : undefined), name, aliases,
    // Wikidata's own one-line description (CC0).
    description: e.descriptions?.en?.value?.slice(0, 200),
    prominence, country: countryQid ? opts.isoOfCountry.get(countryQid) : undefined,
    facts, sources: [src('wikidata')],
    pendingLabels: pending.size ? [...pending].sort() : undefined,
  };
}

/** Lines of a dump file (gzipped or not), with the array brackets and trailing commas removed. */
export async function* dumpEntities(file: string): AsyncGenerator<WdEntity> {
  const raw = fs.createReadStream(file);
  const input = /\.gz$/.test(file) ? raw.pipe(zlib.createGunzip()) : raw;
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    let t = line.trim();
    if (!t || t === '[' || t === ']') continue;
    if (t.endsWith(',')) t = t.slice(0, -1);
    yield JSON.parse(t) as WdEntity;
  }
}

export async function readQrank(file: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const raw = fs.createReadStream(file);
  const input = /\.gz$/.test(file) ? raw.pipe(zlib.createGunzip()) : raw;
  for await (const line of readline.createInterface({ input, crlfDelay: Infinity })) {
    const [q, r] = line.split(',');
    if (/^Q\d+$/.test(q) && /^\d+$/.test(r)) out.set(q, Number(r));
  }
  return out;
}

/** Bucket of an id whose order among buckets is the ids' sorted order: 'Q1' alone, else its first three characters. */
export function bucketOf(id: string): string {
  return id.slice(0, 3);
}

/** Streams `dump` into `outFile` (sorted by id, like the other imported files). Returns the count written. */
export async function importWikidataDump(dump: string, outFile: string, opts: DumpOptions, log: (s: string) => void = () => {}): Promise<number> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wikidata-dump-'));
  try {
    // Pass 1: kept records to bucket files; the ids whose labels they need.
    const buckets = new Map<string, fs.WriteStream>();
    const need = new Set<string>();
    const keptIds = new Set<string>();
    let seen = 0;
    for await (const e of dumpEntities(dump)) {
      seen++;
      const rec = entityRecord(e, opts);
      if (!rec) continue;
      keptIds.add(rec.id);
      for (const q of rec.pendingLabels ?? []) need.add(q);
      const b = bucketOf(rec.id);
      let w = buckets.get(b);
      if (!w) buckets.set(b, (w = fs.createWriteStream(path.join(tmp, `${b}.jsonl`))));
      if (!w.write(JSON.stringify(rec) + '\n')) await new Promise((r) => w!.once('drain', r));
    }
    await Promise.all([...buckets.values()].map((w) => new Promise((r) => w.end(r))));
    log(`  wikidata: ${keptIds.size} of ${seen} entities kept; ${need.size} labels to look up`);
    // Pass 2: English labels of the positions and bodies named.
    const label = new Map<string, string>();
    if (need.size) {
      for await (const e of dumpEntities(dump)) {
        if (!need.has(e.id)) continue;
        const l = e.labels?.en?.value ?? e.labels?.mul?.value;
        if (l) label.set(e.id, l);
      }
    }
    // Pass 3: one bucket at a time, resolved, checked and sorted.
    const out = fs.openSync(outFile, 'w');
    let written = 0;
    for (const b of [...buckets.keys()].sort()) {
      const recs = fs.readFileSync(path.join(tmp, `${b}.jsonl`), 'utf8').trim().split('\n').map((l) => resolveLabels(JSON.parse(l) as PendingRecord, label, keptIds));
      const text = jsonl(sanitize(recs, opts.today));
      fs.writeSync(out, text);
      written += recs.length;
    }
    fs.closeSync(out);
    return written;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** Roles become their labels ('President of the United States'); 'of' stays an id when that entity is kept, else its label. */
export function resolveLabels(r: PendingRecord, label: ReadonlyMap<string, string>, keptIds: ReadonlySet<string>): EntityRecord {
  const { pendingLabels: _, ...rec } = r;
  if (!rec.facts) return rec;
  rec.facts = rec.facts.flatMap((f) => {
    if (f.kind !== 'position') return [f];
    const role = f.role && label.get(f.role);
    if (!role) return [];
    const g: Fact = { ...f, role: role.charAt(0).toUpperCase() + role.slice(1) };
    if (f.other) {
      const otherName = label.get(f.other);
      if (!keptIds.has(f.other)) delete g.other;
      if (otherName) g.otherName = otherName;
      if (!g.other && !g.otherName) delete g.otherName;
    }
    return [g];
  });
  return rec;
}
