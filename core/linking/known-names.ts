/**
 * Known longer names (issue 12): hashes of multi-word names that exist ("Georgia Power", "Munich Re",
 * "Library of Congress") and contain a name the index links. Hints only: they carry no link, they
 * only say "this longer name is something else", so the shorter name inside gets no mark.
 *
 * Built at data-build time from Wikilinker's Wikidata labels (scripts/data/lib/known-names.ts) and
 * shipped as public/kb/names.json: a sorted array of 32-bit hashes of the names' folded word keys
 * joined by spaces, base64 (4 bytes a name; a false hit needs a 1 in ~80 000 collision *and* a
 * capitalized run around a name).
 */
import { Gap, TokFlag, type Tokens } from './tokenize';

export interface KnownNamesFile {
  format: 'backstory-known-names/1';
  count: number;
  /** Sorted Uint32 hashes, little-endian, base64. */
  hashes: string;
  /** US town names of the index and the states that have a town of that name ("portland":
   *  "CT,IN,ME,MI,OR,TN,TX"), from GeoNames (scripts/data/lib/town-states.ts). Optional: older files lack it. */
  towns?: Record<string, string>;
}

/** FNV-1a, 32 bits, over a string's UTF-16 units. */
export function nameHash(keys: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < keys.length; i++) h = Math.imul(h ^ keys.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class KnownNames {
  /** Lower-case US town name → postal codes of the states that have a town of that name. */
  towns: ReadonlyMap<string, readonly string[]> = new Map();

  constructor(private readonly sorted: Uint32Array) {}

  static fromFile(f: KnownNamesFile): KnownNames {
    const names = KnownNames.fromHashes(f);
    if (f.towns && typeof f.towns === 'object') names.towns = new Map(Object.entries(f.towns).filter(([, v]) => typeof v === 'string').map(([k, v]) => [k, v.split(',')]));
    return names;
  }

  private static fromHashes(f: KnownNamesFile): KnownNames {
    const bin = typeof atob === 'function' ? atob(f.hashes) : Buffer.from(f.hashes, 'base64').toString('binary');
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return new KnownNames(new Uint32Array(bytes.buffer, 0, bytes.length >> 2));
  }

  static fromNames(keyStrings: Iterable<string>): KnownNames {
    const set = new Set<number>();
    for (const k of keyStrings) set.add(nameHash(k));
    return new KnownNames(Uint32Array.from([...set].sort((a, b) => a - b)));
  }

  get size(): number {
    return this.sorted.length;
  }

  toFile(): KnownNamesFile {
    const bytes = new Uint8Array(this.sorted.buffer, this.sorted.byteOffset, this.sorted.byteLength);
    let bin = '';
    for (let i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]);
    const hashes = typeof btoa === 'function' ? btoa(bin) : Buffer.from(bin, 'binary').toString('base64');
    return { format: 'backstory-known-names/1', count: this.sorted.length, hashes, ...(this.towns.size ? { towns: Object.fromEntries([...this.towns].map(([k, v]) => [k, v.join(',')])) } : {}) };
  }

  has(h: number): boolean {
    const a = this.sorted;
    let lo = 0;
    let hi = a.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = a[mid];
      if (v === h) return true;
      if (v < h) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}

/** Words that may sit inside a name without a capital: "Library of Congress", "Bank of the West". */
const INNER = new Set(['of', 'the', 'and', 'de', 'du', 'des', 'la', 'le', 'del', 'for', 'on', 'upon', 'am', 'in']);
const MAX_EXTRA = 3;

/**
 * Does the span [t0, t1) sit inside a longer known name written in capitals around it? Tokens added
 * before or after must be capitalized (inner function words aside, the outer ones never): "Paris
 * police" and "the Paris agreement" stay Paris even though "Paris Police" may be a known name.
 */
function capOrInner(tk: Tokens, t: number): boolean {
  return (tk.flags[t] & TokFlag.Cap) !== 0 || ((tk.flags[t] & TokFlag.Alpha) !== 0 && tk.end[t] - tk.start[t] <= 5 && INNER.has(tk.key(t)));
}

function joinable(tk: Tokens, t: number): boolean {
  const g = tk.gap[t];
  return g === Gap.Space || g === Gap.Apos || g === Gap.Period || g === Gap.Amp;
}

export function inKnownName(names: KnownNames, tk: Tokens, t0: number, t1: number): boolean {
  if (names.size === 0) return false;
  // How far the name may extend: over joinable gaps and capitalized (or inner) words.
  let a0 = t0;
  while (a0 > 0 && t0 - a0 < MAX_EXTRA && joinable(tk, a0) && capOrInner(tk, a0 - 1)) a0--;
  let b0 = t1;
  while (b0 < tk.count && b0 - t1 < MAX_EXTRA && joinable(tk, b0) && capOrInner(tk, b0)) b0++;
  if (a0 === t0 && b0 === t1) return false;
  for (let a = a0; a <= t0; a++) {
    if (a < t0 && !(tk.flags[a] & TokFlag.Cap)) continue;
    for (let b = b0; b >= t1; b--) {
      if (a === t0 && b === t1) continue;
      if (b > t1 && !(tk.flags[b - 1] & TokFlag.Cap)) continue;
      let k = tk.key(a);
      for (let t = a + 1; t < b; t++) k += ' ' + tk.key(t);
      if (names.has(nameHash(k))) return true;
    }
  }
  return false;
}
