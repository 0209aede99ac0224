/**
 * Phoenix CAMEO militant-group dictionary (MIT): extra aliases for armed groups. The data is noisy
 * and all-caps, so it only adds aliases to groups another source already has (linked by name in
 * import.ts); it never creates entities of its own.
 */
import type { EntityRecord } from '../../../core/types';
import { normName, readJson, sharedPath, src, titleCase } from './util';

const ORG_WORD = /\b(army|front|brigades?|battalions?|group|movement|party|organi[sz]ation|jihad|islamic|liberation|state|forces?|council|union|league|alliance|committee|cells?|commandos?|resistance|mujahideen|mujahidin|jamaat|jemaah|hizb|harakat|tehrik|lashkar|jaish|ansar|al[- ]qa'?e?ida|qaeda|taliban|taleban|fighters|militia|guerrill?as?|revolutionary|national|people'?s|popular|youth|martyrs|tigers|sons|partisans|network)\b/i;

export interface PhoenixGroup { name: string; aliases: string[] }

export function readPhoenixMilitants(): PhoenixGroup[] {
  const raw = readJson<{ name: string; aliases?: string[] }[]>(sharedPath('phoenix-cameo-actors', 'Phoenix.MilNonState.actors.json'));
  return raw.map((g) => ({
    name: titleCase(g.name.replace(/_/g, ' ')),
    aliases: (g.aliases ?? []).map((a) => a.replace(/_/g, ' ').trim())
      // Keep short acronyms as written (ISIL, AQAP); title-case the rest.
      .map((a) => (/^[A-Z]{2,6}$/.test(a) ? a : titleCase(a)))
      .filter((a) => a.length >= 3 && !/ LINKED | AFFILIATED /i.test(` ${a} `))
      // The dictionary lists leaders as aliases of their group ('Joseph Kony' for the LRA): keep only
      // acronyms and names that read like an organisation.
      .filter((a) => /^[A-Z]{2,6}$/.test(a) || ORG_WORD.test(a)),
  }));
}

/** Aliases for organisations another source has, when a Phoenix group names exactly one of them. */
export function phoenixAliases(records: EntityRecord[]): EntityRecord[] {
  const groups = readPhoenixMilitants();
  const index = new Map<string, EntityRecord[]>();
  for (const r of records) {
    if (r.type !== 'organization') continue;
    for (const n of [r.name, ...(r.aliases ?? [])]) {
      const k = normName(n);
      if (k.length < 4) continue;
      const list = index.get(k) ?? [];
      if (!list.some((x) => x.id === r.id)) list.push(r);
      index.set(k, list);
    }
  }
  const out = new Map<string, EntityRecord>();
  for (const g of groups) {
    const hits = new Set<EntityRecord>();
    for (const n of [g.name, ...g.aliases]) for (const r of index.get(normName(n)) ?? []) hits.add(r);
    const ids = new Set([...hits].map((h) => h.id));
    if (ids.size !== 1) continue; // ambiguous or unknown: the dictionary is too noisy to guess
    const target = [...hits][0];
    const prev = out.get(target.id);
    const aliases = [...(prev?.aliases ?? []), g.name, ...g.aliases];
    out.set(target.id, { id: target.id, type: target.type, name: target.name, aliases, sources: [src('phoenix')] });
  }
  return [...out.values()];
}
