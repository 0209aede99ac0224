/**
 * Organizations the index holds under a name another country's body or company shares (issue 12,
 * namesakes; found on Reuters-128): "the Ministry of Transport" in a story about a German crash is no
 * Colombian company, "the Department of Trade and Industry" in London is no Philippine agency, and
 * "General Electric Co Plc" (a British firm: "Plc") is not the American General Electric.
 */
import type { CompiledEntity } from '../types';
import { Gap, TokFlag, WordSet, type Tokens } from './tokenize';

/** "Ministry of …", "Department for …": a name every country's government may carry. */
const GENERIC_HEAD = /^(?:the\s+)?(?:ministry|department|office|bureau|agency|council|commission|board|secretariat|directorate)\s+(?:of|for)\s/i;

const genericCache = new Map<string, boolean>();

/** Is this name a government body's generic name (no country in it)? Cached: an entity's name is
 *  asked about on every page that names it. */
export function genericBodyName(name: string): boolean {
  let v = genericCache.get(name);
  if (v === undefined) genericCache.set(name, (v = genericBody(name)));
  return v;
}

function genericBody(name: string): boolean {
  return GENERIC_HEAD.test(name) && !/\b(?:national|federal|state|united|royal)\b/i.test(name) && !/\b\p{Lu}\p{Ll}+(?:an|ese|ish|ic|i)\b/u.test(name.replace(GENERIC_HEAD, ''));
}

/** Legal suffixes only one country or a few use, with those countries. */
const SUFFIX_COUNTRIES: Record<string, string[]> = {
  plc: ['GB', 'IE'],
  ag: ['DE', 'AT', 'CH', 'LI'],
  gmbh: ['DE', 'AT', 'CH'],
  spa: ['IT'],
  nv: ['NL', 'BE'],
  bv: ['NL', 'BE'],
  ab: ['SE', 'FI'],
  asa: ['NO'],
  oyj: ['FI'],
  kk: ['JP'],
};
const SUFFIXES = new WordSet(Object.keys(SUFFIX_COUNTRIES));

/** A country's legal suffix within the two tokens after t1 ("Co Plc") says a country other than `country`. */
export function suffixCountryClash(tk: Tokens, t1: number, country: string | undefined): boolean {
  if (!country) return false;
  for (let t = t1; t < tk.count && t < t1 + 2; t++) {
    if (tk.gap[t] !== Gap.Space && tk.gap[t] !== Gap.Period) return false;
    if (SUFFIXES.at(tk, t)) return !SUFFIX_COUNTRIES[tk.key(t)].includes(country);
  }
  return false;
}

const COPULA = new WordSet('is was are were'.split(' '));
/** Words that, before "group", "organization" or "movement", say an armed group. */
const ARMED_WORDS = new WordSet('terrorist terror militant rebel guerrilla guerilla insurgent extremist jihadist paramilitary separatist'.split(' '));

/** "The RAF was a terrorist group": the words right after the name define it as an armed group.
 *  An organization of another kind (the Royal Air Force) is a namesake the index lacks (the Red Army
 *  Faction). */
export function definedAsArmedGroup(tk: Tokens, t1: number): boolean {
  if (t1 + 2 >= tk.count || tk.gap[t1] !== Gap.Space || !COPULA.at(tk, t1)) return false;
  const a = t1 + 1;
  if (!(tk.keyIs(a, 'a') || tk.keyIs(a, 'an')) || tk.gap[a] !== Gap.Space) return false;
  // "a left-wing terrorist group": the armed word within the next three words.
  for (let t = a + 1; t < tk.count && t <= a + 3; t++) {
    if (tk.gap[t] === Gap.Break) return false;
    if (ARMED_WORDS.at(tk, t)) return true;
  }
  return false;
}

/** "Japan's Industrial Bank", "the Japan Industrial Bank": a country named right before an organization
 *  (a possessive or not) that is of another country says a namesake the index lacks (Industrial Bank
 *  of Japan, not China's Industrial Bank). Candidate k-1 must end right before candidate k and name
 *  countries only. */
export function countryBeforeClash(
  tk: Tokens,
  cands: readonly { t0: number; t1: number }[],
  options: readonly (readonly { entity: number; partialOnly: boolean }[])[],
  ents: readonly CompiledEntity[],
  k: number,
  country: string | undefined,
): boolean {
  if (!country || k === 0) return false;
  const p = cands[k - 1];
  const t0 = cands[k].t0;
  const adjacent = p.t1 === t0 ? tk.gap[t0] === Gap.Space : p.t1 + 1 === t0 && tk.gap[p.t1] === Gap.Apos && tk.keyIs(p.t1, 's') && tk.gap[t0] === Gap.Space;
  if (!adjacent) return false;
  return allOfAnotherCountry(options[k - 1], ents, country, (e) => e.type === 'place' && e.subtype === 'country', () => true);
}

/** Every full option is of a country other than `country` (none of no country) and passes `each`, and
 *  at least one passes `some`: what the name before an organization's says of it. */
function allOfAnotherCountry(
  opts: readonly { entity: number; partialOnly: boolean }[],
  ents: readonly CompiledEntity[],
  country: string,
  each: (e: CompiledEntity) => boolean,
  some: (e: CompiledEntity) => boolean,
): boolean {
  let any = false;
  for (const o of opts) {
    if (o.partialOnly) continue;
    const e = ents[o.entity];
    if (!e.country || e.country === country || !each(e)) return false;
    if (some(e)) any = true;
  }
  return any;
}

/** The twelve cities of the regional Federal Reserve Banks, as the press writes them before "Fed". */
const FED_CITY = /(?:^|[^\p{L}])(?:Boston|New York|Philadelphia|Cleveland|Richmond|Atlanta|Chicago|St\.? Louis|Minneapolis|Kansas City|Dallas|San Francisco)$/u;

/** "the Dallas Fed", "St. Louis Fed President James Bullard": one of the twelve Reserve Bank cities before
 *  "Fed" names that regional bank, neither the city nor the Federal Reserve System ("the US Fed", "the
 *  Trump Fed pick" are the System). Is token t such a "Fed"? */
export function regionalFedAt(text: string, tk: Tokens, t: number): boolean {
  return t > 0 && t < tk.count && tk.gap[t] === Gap.Space && tk.keyIs(t, 'fed') && (tk.flags[t] & TokFlag.Cap) !== 0 && FED_CITY.test(text.slice(Math.max(0, tk.end[t - 1] - 16), tk.end[t - 1]));
}

/** Public bodies and parties: a place's name right before one of them names a body of that place. */
const BODY_KINDS = new Set(['government-body', 'government-agency', 'legislature', 'party', 'court']);

/** "the Cambridge Majlis", "the Hong Kong Democratic Party": a place's name right before (no possessive)
 *  the name of a public body or a party of another country is one longer name, a body of that place the
 *  index does not hold (not Iran's parliament, not the US party). Candidate k-1 must end right before
 *  candidate k and may name a place, nothing of the body's country. */
export function placeBeforeForeignBody(
  text: string,
  tk: Tokens,
  cands: readonly { t0: number; t1: number }[],
  options: readonly (readonly { entity: number; partialOnly: boolean }[])[],
  ents: readonly CompiledEntity[],
  k: number,
  body: CompiledEntity,
): boolean {
  if (!body.country || k === 0 || !BODY_KINDS.has(body.subtype ?? '')) return false;
  const t0 = cands[k].t0;
  if (cands[k - 1].t1 !== t0 || tk.gap[t0] !== Gap.Space || tk.flags[t0] & TokFlag.SentStart) return false;
  // "the pro-Beijing Hong Kong Federation of Trade Unions": a hyphened place is a modifier, not a name's head.
  const p0 = cands[k - 1].t0;
  if (p0 > 0 && text.charCodeAt(tk.start[p0] - 1) === 45) return false;
  return allOfAnotherCountry(options[k - 1], ents, body.country, () => true, (e) => e.type === 'place');
}
