/**
 * Phoenix CAMEO militant-group dictionary (MIT): extra aliases for armed groups. The data is noisy
 * and all-caps, so it only adds aliases to groups another source already has (linked by name in
 * import.ts); it never creates entities of its own.
 */
import { readJson, sharedPath, titleCase } from './util';

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
