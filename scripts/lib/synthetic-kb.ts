/**
 * A synthetic knowledge base of any size, for the bench's scaling table (scripts/bench.ts): made-up
 * people (full name + surname), places (some with a second name) and organizations (name +
 * acronym), with prominence, country, subtype and related ids, in the shape the build compiles
 * (entities sorted by id, aliases by text then entity). Deterministic for a given size.
 */
import { AliasFlag, type CompiledEntity, type EntityType, type KbIndex } from '../../core/types';

const SYL = 'ka lo mi ra te vo su ne da ri ba zo le fa mu ti go ha ye pu sa no ki ru de ma lu si we to'.split(' ');
const ENDS = 'n r s l m th k x'.split(' ');
const ORG_HEADS = 'Council Party Group Alliance Union Front Institute Agency Company Federation'.split(' ');
const COUNTRIES = 'AF AL DZ AR AU AT BD BE BR BG CA CL CN CO HR CZ DK EG EE ET FI FR DE GH GR HU IN ID IR IQ IE IL IT JP KE KR LB MX MA NL NG NO PK PE PH PL PT RO RU SA ZA ES SE CH SY TR UA GB US VN'.split(' ');
const SUBTYPES: Record<EntityType, string[]> = {
  person: ['politician', 'athlete', 'writer', 'business-person'],
  place: ['city', 'town', 'region', 'river', 'valley'],
  organization: ['party', 'company', 'igo', 'armed-group'],
};

/** A small seeded generator (mulberry32): the same seed gives the same sequence everywhere. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticIndex(n: number, seed = 1): KbIndex {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[(r() * xs.length) | 0];
  const word = (syl: number) => {
    let w = '';
    for (let k = 0; k < syl; k++) w += pick(SYL);
    if (r() < 0.5) w += pick(ENDS);
    return w[0].toUpperCase() + w.slice(1);
  };
  const width = String(n).length + 1;
  const entities: CompiledEntity[] = new Array(n);
  const aliases: [string, number, number][] = [];
  for (let i = 0; i < n; i++) {
    const u = r();
    const type: EntityType = u < 0.45 ? 'person' : u < 0.8 ? 'place' : 'organization';
    let name: string;
    if (type === 'person') {
      const last = word(2 + ((r() * 2) | 0));
      name = `${word(2)} ${last}`;
      aliases.push([name, i, AliasFlag.Primary], [last, i, AliasFlag.Partial]);
    } else if (type === 'place') {
      name = r() < 0.7 ? word(2 + ((r() * 2) | 0)) : `${word(2)} ${word(2)}`;
      aliases.push([name, i, AliasFlag.Primary]);
      if (r() < 0.3) aliases.push([word(3), i, 0]);
    } else {
      const a = word(2);
      const b = word(2);
      const head = pick(ORG_HEADS);
      name = `${a} ${b} ${head}`;
      aliases.push([name, i, AliasFlag.Primary], [`${a[0]}${b[0]}${head[0]}`, i, AliasFlag.CaseSensitive]);
    }
    const e: CompiledEntity = { id: `S${String(i).padStart(width, '0')}`, type, name, prominence: Math.round(r() ** 3 * 100) / 100 };
    if (r() < 0.8) e.subtype = pick(SUBTYPES[type]);
    if (r() < 0.9) e.country = pick(COUNTRIES);
    entities[i] = e;
  }
  // Related ids point at other entities (their ids exist once all are made).
  for (let i = 0; i < n; i++) {
    const k = (r() * 3) | 0;
    if (k) entities[i].related = Array.from({ length: k }, () => entities[(r() * n) | 0].id).filter((id, j, xs) => id !== entities[i].id && xs.indexOf(id) === j);
    if (entities[i].related?.length === 0) delete entities[i].related;
  }
  aliases.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  return { version: `synthetic-${n}`, builtAt: '', entities, aliases, shardCount: 512, credits: [] };
}
