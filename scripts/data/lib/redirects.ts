/**
 * Old id → new id, written by the import (data/imported/redirects.json) when a record gains its
 * Wikidata id (a GeoNames town becomes Q…). Curated records, facts and gold annotations may still
 * name the old id; readers map it here so they reach the same entity.
 */
import fs from 'node:fs';
import path from 'node:path';
import { IMPORTED_DIR } from './paths';

export const REDIRECTS_FILE = 'redirects.json';

export function readRedirects(importedDir: string = IMPORTED_DIR): Map<string, string> {
  const file = path.join(importedDir, REDIRECTS_FILE);
  if (!fs.existsSync(file)) return new Map();
  return new Map(Object.entries(JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>));
}

/** A raw record (curated YAML or imported JSON) with its id and references redirected. */
export function redirectRaw(raw: unknown, redirects: ReadonlyMap<string, string>): unknown {
  if (!redirects.size || !raw || typeof raw !== 'object') return raw;
  const r = raw as { id?: unknown; facts?: unknown };
  const m = (v: unknown) => (typeof v === 'string' && redirects.get(v)) || v;
  const out: Record<string, unknown> = { ...(raw as object), id: m(r.id) };
  if (Array.isArray(r.facts)) {
    out.facts = r.facts.map((f) => {
      if (!f || typeof f !== 'object') return f;
      const g = { ...(f as Record<string, unknown>) };
      if ('other' in g) g.other = m(g.other);
      if ('place' in g) g.place = m(g.place);
      if (Array.isArray(g.about)) g.about = g.about.map(m);
      return g;
    });
  }
  return out;
}
