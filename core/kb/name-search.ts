/**
 * Search over every name and alias of the index, typos tolerated (the popup's search box).
 *
 * fuse.js scores a query against each record in turn: over ~85 000 names and aliases that is a
 * few hundred milliseconds per keystroke. So a cheap, native prefilter runs first: all names,
 * lower-cased, are one string, and each trigram of the query is found in it with indexOf. The
 * names that contain the most of the query's trigrams (a name fuse.js would accept shares most of
 * them: "Massud" and "Ahmad Shah Massoud" share "mas", "ass") go to fuse.js, which ranks them with
 * the same options as before. Built on first use; the index is only read.
 */
import Fuse from 'fuse.js';
import type { KbIndex } from '../types';
import { binaryOf } from './kb-format';

/** Rows lower-cased per call (see createNameSearch). */
const LOWER_CHUNK = 1024;

/** How many prefiltered names fuse.js scores. */
const FUSE_POOL = 300;

export interface NameHit {
  /** Entity index into index.entities. */
  entity: number;
  /** fuse.js score: 0 = exact, higher = worse. */
  score: number;
}

export interface NameSearch {
  search(query: string, limit: number): NameHit[];
}

export function createNameSearch(index: KbIndex): NameSearch {
  const ents = index.entities;
  // A binary index is read without making an entity object per row (core/kb/kb-format.ts).
  const bin = binaryOf(index);
  const n = bin ? bin.n : ents.length;
  // Every alias text at once: decoding them one by one was most of the time to build.
  const texts = bin ? bin.aliasTexts() : null;
  const nameOf = bin
    ? (i: number) => {
        const a = bin.nameAliasAt(i);
        return a < 0 ? bin.meta.names[i] : texts![a];
      }
    : (i: number) => ents[i].name;
  const prominence = bin ? bin.prominenceAt : (i: number) => ents[i].prominence;
  // One row per name and alias, so "Massud" can hit the alias "Massoud" of a longer name.
  const text: string[] = [];
  const entity: number[] = [];
  const names: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    text.push((names[i] = nameOf(i)));
    entity.push(i);
  }
  const na = bin ? bin.nIndexAliases : index.aliases.length;
  for (let k = 0; k < na; k++) {
    const alias = texts ? texts[k] : index.aliases[k][0];
    const i = bin ? bin.tables.aliasEntity[k] : index.aliases[k][1];
    if (i < n && alias !== names[i]) {
      text.push(alias);
      entity.push(i);
    }
  }
  const rows = text.length;
  const starts = new Int32Array(rows + 1);
  for (let r = 0; r < rows; r++) starts[r + 1] = starts[r] + text[r].length + 1;
  // Lower-cased a chunk of rows per native call; row by row only in a chunk where a letter changes
  // length in lower case ('İ'), so the row starts above still hold. (One call over everything fell
  // back to all 300k rows one by one whenever a single 'İ' was in the index.)
  const chunks: string[] = [];
  for (let r0 = 0; r0 < rows; r0 += LOWER_CHUNK) {
    const r1 = Math.min(rows, r0 + LOWER_CHUNK);
    const seg = text.slice(r0, r1).join('\n');
    const lower = seg.toLowerCase();
    if (lower.length === seg.length) chunks.push(lower);
    else {
      for (let r = r0; r < r1; r++) {
        const l = text[r].toLowerCase();
        chunks.push(l.length === text[r].length ? l : text[r]);
      }
    }
  }
  const hay = chunks.join('\n') + '\n';
  const hits = new Uint16Array(rows);
  const lastGram = new Int32Array(rows);

  const rowAt = (pos: number): number => {
    let lo = 0;
    let hi = rows - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  function prefilter(q: string): number[] {
    const grams = new Set<string>();
    const g = q.length < 3 ? q.length : 3;
    for (let i = 0; i + g <= q.length; i++) {
      const s = q.slice(i, i + g);
      if (s.indexOf('\n') < 0) grams.add(s);
    }
    hits.fill(0);
    lastGram.fill(-1);
    const touched: number[] = [];
    let k = 0;
    for (const s of grams) {
      for (let p = hay.indexOf(s); p >= 0; p = hay.indexOf(s, p + 1)) {
        const r = rowAt(p);
        if (lastGram[r] === k) continue;
        lastGram[r] = k;
        if (hits[r]++ === 0) touched.push(r);
      }
      k++;
    }
    // Most shared trigrams first; then shorter names (closer to the query), then the better known.
    touched.sort((a, b) => hits[b] - hits[a] || text[a].length - text[b].length || prominence(entity[b]) - prominence(entity[a]) || a - b);
    return touched.slice(0, FUSE_POOL);
  }

  return {
    search(query: string, limit: number): NameHit[] {
      const q = query.trim().toLowerCase();
      if (!q) return [];
      const pool = prefilter(q);
      if (!pool.length) return [];
      const fuse = new Fuse(pool, {
        keys: [{ name: 't', getFn: (r: number) => text[r] }],
        includeScore: true,
        ignoreLocation: true,
        threshold: 0.4,
        minMatchCharLength: 2,
      });
      const best = new Map<number, number>();
      for (const hit of fuse.search(query.trim(), { limit: limit * 8 })) {
        const e = entity[hit.item];
        const s = hit.score ?? 1;
        const prev = best.get(e);
        if (prev === undefined || s < prev) best.set(e, s);
      }
      return [...best.entries()]
        .map(([e, score]) => ({ entity: e, score }))
        // Equal-looking matches: the better known entity first (Ahmad Shah Massoud before a namesake).
        .sort((a, b) => a.score - b.score || prominence(b.entity) - prominence(a.entity) || a.entity - b.entity)
        .slice(0, limit);
    },
  };
}
