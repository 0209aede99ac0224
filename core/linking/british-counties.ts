/**
 * "Dover, Kent", "Marlborough, Wiltshire", "Bangor, County Down": a British county after a town and a
 * comma says where the town is, as a US state does ("Milton, Mass."). The index holds no British
 * counties, so without this the town went to its best-known namesake (Dover, Delaware; Marlborough,
 * New Zealand; Boston, Massachusetts) and "Kent" or "Surrey" to towns in Washington and British
 * Columbia. A county in that place rules out the other countries' places for the town and for itself.
 */
import { onlyComma } from './gap-text';
import { Gap, TokFlag, WordSet, type Tokens } from './tokenize';

/** Counties whose names do not end in "-shire". Not Norfolk, Suffolk or Durham: Virginia's and North
 *  Carolina's cities of those names stand after another city in lists ("Portsmouth, Norfolk"). */
const COUNTIES = new WordSet(
  ('kent surrey essex sussex somerset devon dorset cornwall cumbria merseyside northumberland ' +
    'gwynedd powys ceredigion glamorgan gwent anglesey conwy clwyd fife lothian midlothian argyll').split(' '),
);
/** Words before a county's name that are part of it: "East Sussex", "North Yorkshire". */
const COUNTY_PREFIX = new WordSet('north south east west mid'.split(' '));
/** Words after the county that keep the pair a pair: "Dover, Kent, England". */
const BRITAIN = new WordSet('england scotland wales uk britain'.split(' '));

/** A county's name starting at token t: the token after it, and whether it is "County X" (an Irish
 *  county, north or south of the border); null if none starts there. */
function countyAt(tk: Tokens, t: number): { end: number; ireland: boolean } | null {
  if (t >= tk.count || !(tk.flags[t] & TokFlag.Cap) || tk.flags[t] & TokFlag.AllCaps) return null;
  // "County Down", "Co. Antrim".
  if ((tk.keyIs(t, 'county') || (tk.keyIs(t, 'co') && t + 1 < tk.count && tk.gap[t + 1] === Gap.Period)) && t + 1 < tk.count && tk.flags[t + 1] & TokFlag.Cap && (tk.gap[t + 1] === Gap.Space || tk.gap[t + 1] === Gap.Period)) return { end: t + 2, ireland: true };
  let n = t;
  if (COUNTY_PREFIX.at(tk, n) && n + 1 < tk.count && tk.gap[n + 1] === Gap.Space && tk.flags[n + 1] & TokFlag.Cap) n++;
  const key = tk.key(n);
  // "-shire": Wiltshire, Berkshire, North Yorkshire; not "New Hampshire" (the word before is "New", no comma).
  if ((key.length > 6 && key.endsWith('shire')) || COUNTIES.at(tk, n)) return { end: n + 1, ireland: false };
  return null;
}

/** The county ends the pair: a clause's end, a lower-case word, or ", England"; not a list going on
 *  ("Seattle, Kent and Tacoma", "Vancouver, Surrey, Burnaby"). */
function pairEnds(text: string, tk: Tokens, end: number): boolean {
  if (end >= tk.count) return true;
  const g = tk.gap[end];
  if (g === Gap.Space) return !(tk.flags[end] & TokFlag.Cap) && !tk.keyIs(end, 'and') && !tk.keyIs(end, 'or');
  if (onlyComma(text, tk.end[end - 1], tk.start[end])) return !(tk.flags[end] & TokFlag.Cap) || BRITAIN.at(tk, end);
  return true;
}

/** The town is not itself an item of a list: no comma right before it. */
function notListed(text: string, tk: Tokens, t0: number): boolean {
  return t0 === 0 || !onlyComma(text, tk.end[t0 - 1], tk.start[t0]);
}

/** "Dover, Kent": the countries a county after the span [t0, t1) and a comma places it in ('' = none). */
export function countyAfterTown(text: string, tk: Tokens, t0: number, t1: number): '' | 'GB' | 'GB IE' {
  if (t1 >= tk.count || tk.gap[t1] !== Gap.Break || !onlyComma(text, tk.end[t1 - 1], tk.start[t1])) return '';
  const c = countyAt(tk, t1);
  if (!c || !pairEnds(text, tk, c.end) || !notListed(text, tk, t0)) return '';
  return c.ireland ? 'GB IE' : 'GB';
}

/** "Dover, Kent": the span [t0, t1) is the county of such a pair, after a capitalized town. */
export function countyOfTown(text: string, tk: Tokens, t0: number, t1: number): boolean {
  if (t0 < 2 || tk.gap[t0] !== Gap.Break || !onlyComma(text, tk.end[t0 - 1], tk.start[t0])) return false;
  const c = countyAt(tk, t0);
  if (!c || c.end !== t1 || c.ireland || !pairEnds(text, tk, t1)) return false;
  // The town: a capitalized word, not itself after a comma.
  let s = t0 - 1;
  if (!(tk.flags[s] & TokFlag.Cap) || !(tk.flags[s] & TokFlag.Alpha)) return false;
  while (s > 0 && tk.gap[s] === Gap.Space && tk.flags[s - 1] & TokFlag.Cap) s--;
  return notListed(text, tk, s);
}

/** A place of `country` that a British county rules out: the town of a "Town, County" pair or the county
 *  itself ("Kent" is no town in Washington there). */
export function ruledOutByCounty(text: string, tk: Tokens, t0: number, t1: number, country: string): boolean {
  if (country === 'GB') return false;
  const where = countyAfterTown(text, tk, t0, t1);
  if (where) return !where.split(' ').includes(country);
  return countyOfTown(text, tk, t0, t1);
}
