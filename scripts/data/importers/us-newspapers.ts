/**
 * US newspapers from Wikipedia's state lists (hearvox/wiki-media-cred, CC0): local and national
 * papers with their QIDs. Red-linked rows (no page, no QID) are skipped: nothing confirms them.
 * A paper listed under several states is one record ('Newspaper in the United States').
 * A row whose QID Wikidata labels as something else (the paper's town, university or owner: its
 * Wikipedia title redirects there) is skipped: the id is not the paper's. `labels`: QID → labels.
 * So is a row whose QID a place table gives a town or region (`placeIds`): "Fort Worth Press" listed
 * with Fort Worth's id, a row titled "St. Louis" with the city's.
 */
import type { EntityRecord } from '../../../core/types';
import { type ImportContext, letterCount, normName, orgNameVariants, readCsv, sharedPath, src } from './util';

export function importUsNewspapers(ctx: ImportContext, labels: ReadonlyMap<string, string[]> = new Map(), placeIds: ReadonlySet<string> = new Set()): EntityRecord[] {
  const rows = readCsv(sharedPath('us-newspapers-wikimediacred', 'wikipedia-us-newspapers.tsv'), '\t');
  const byQid = new Map<string, { name: string; states: Set<string> }>();
  for (const r of rows) {
    const qid = (r.qid ?? '').trim();
    if (!/^Q\d+$/.test(qid) || placeIds.has(qid)) continue;
    // 'The Day (New London)' → 'The Day': the qualifier is Wikipedia's, not the paper's name.
    const name = decodeEntities(r['WP-title'] ?? '').replace(/\s*\([^)]*\)\s*$/, '').trim();
    if (letterCount(name) < 3) continue;
    if (!sameThing(name, labels.get(qid))) continue;
    const e = byQid.get(qid) ?? { name, states: new Set<string>() };
    if (r.state) e.states.add(r.state.trim());
    byQid.set(qid, e);
  }
  const out: EntityRecord[] = [];
  for (const [qid, { name, states }] of byQid) {
    const one = states.size === 1 ? [...states][0] : undefined;
    out.push({
      id: qid, type: 'organization', subtype: 'news-outlet', name, aliases: orgNameVariants(name).filter((a) => /\s/.test(a)),
      description: one ? `Newspaper in ${one}, ${one === 'Washington, D.C.' ? 'United States' : 'United States'}`.replace('Washington, D.C., United States', 'Washington, D.C.') : 'Newspaper in the United States',
      prominence: 0.3 + Math.min(0.1, 0.02 * (states.size - 1)),
      country: ctx.countryName.has('US') ? 'US' : undefined,
      sources: [src('us-newspapers')],
    });
  }
  return out;
}

/** Masthead words many papers share: "Contra Costa Times" is not the "East Bay Times". */
const MASTHEAD = new Set('the times news daily journal post herald tribune press gazette chronicle observer record review sun star weekly sunday evening morning courier times-news'.split(' '));
const words = (s: string, masthead = false) => new Set(normName(s).split(' ').filter((w) => w.length > 2 && w !== 'the' && (masthead || !MASTHEAD.has(w))));

/** Does some label of the QID share a word with the paper's name ("The Famuan" vs "Florida A&M
 *  University": no)? No label known: nothing says otherwise. */
export function sameThing(name: string, labels: readonly string[] | undefined): boolean {
  if (!labels?.length) return true;
  return labels.some((l) => {
    let a = words(name);
    let b = words(l);
    // A name of masthead words only ("The Daily News", "Daily News-Tribune") is compared with them.
    if (!a.size || !b.size) (a = words(name, true)), (b = words(l, true));
    return [...b].some((w) => a.has(w));
  });
}

/** The list keeps HTML entities in titles ("Herald &amp; Review", "The Captain&#39;s Log"). */
export function decodeEntities(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
