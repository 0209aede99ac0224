/**
 * Counts wrong first lines, by kind, in a describe-sample.ts output:
 *
 *   npx tsx scripts/describe-audit.ts /tmp/lines.tsv [--list KIND]
 *
 * Kinds (each found from the record's own facts, not from the line alone):
 * - ruler-as-class: a ruler whose line opens with Pantheon's class of power ('Politician', 'Nobleman',
 *   'Public worker'): the record dates a throne, or the name carries a regnal number or a ruler's title
 *   and the person was born before 1800.
 * - singer-as-other: the artist of three or more famous albums (Wikitrivia) called something else.
 * - namesake-office: a throne or office line whose taking does not fit the person's birth year.
 * - reign-as-life: a '(a–b)' life span that starts the year the person took a throne (not a term's
 *   span after an office's name).

 */
import fs from 'node:fs';
import { loadKb } from './lib/load-kb';
import { isReign, officeOf, tookOffice } from '../core/card/describe';
import { albumYears } from './data/importers/wikitrivia';
import { officeFitsLife } from './data/lib/merge';

const [file, flag, listKind] = process.argv.slice(2);
const kb = loadKb();
const albums = albumYears();
const REGNAL = /\s(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})(?=\s|,|$)|, (?:Holy Roman |Grand )?(?:Emperor|Empress|King|Queen|Duke|Duchess|Elector|Tsar|Sultan)\b|^(?:Emperor|Empress|King|Queen|Tsar|Pharaoh|Sultan) /;
const counts = new Map<string, Map<string, number>>();
const lists = new Map<string, string[]>();
for (const line of fs.readFileSync(file, 'utf8').trim().split('\n')) {
  const [sample, id, name, , , shown] = line.split('\t');
  const facts = kb.detail(id)?.facts ?? [];
  const bornOn = facts.find((f) => f.kind === 'born')?.date;
  const born = parseInt(bornOn ?? 'NaN', 10);
  const taken = facts.filter((f) => tookOffice(f) && f.date);
  const kinds: string[] = [];
  const kind = /^[^,(]+?(?= from | since |, | \(|$)/.exec(shown)?.[0] ?? '';
  const reigned = facts.some((f) => isReign(officeOf(f) ?? ''));
  if (/^(Politician|Nobleman|Public worker)$/.test(kind) && (reigned || (born < 1800 && REGNAL.test(name) && !/Pope/.test(name)))) kinds.push('ruler-as-class');
  if ((albums.get(name)?.length ?? 0) >= 3 && !/^(Singer|Musician|Composer)|laureate/.test(kind) && born > 1900) kinds.push('singer-as-other');
  const title = taken.find((f) => f.text === `Became ${kind.replace(/^Former /, '')}`);
  if (title && bornOn && taken.every((f) => !officeFitsLife(f.date!, bornOn))) kinds.push('namesake-office');
  const life = /\((\d{3,4})–\d{3,4}\)$/.exec(shown);
  // A term's span after an office's name ('Former President of Mexico (1994–2000)') is a term, not a life.
  const termLine = /^Former |President|Minister|Chancellor|Secretary|Premier/.test(shown);
  if (life && !termLine && taken.some((f) => parseInt(f.date!, 10) === Number(life[1]))) kinds.push('reign-as-life');
  for (const k of kinds) {
    const bySample = counts.get(k) ?? new Map<string, number>();
    bySample.set(sample, (bySample.get(sample) ?? 0) + 1);
    counts.set(k, bySample);
    lists.set(k, [...(lists.get(k) ?? []), `${sample}\t${name}\t${shown}`]);
  }
}
const samples = ['top', 'random', 'disagree'];
console.log(['kind', ...samples].join('\t'));
for (const k of ['ruler-as-class', 'singer-as-other', 'namesake-office', 'reign-as-life']) console.log([k, ...samples.map((s) => counts.get(k)?.get(s) ?? 0)].join('\t'));
if (flag === '--list') for (const l of lists.get(listKind) ?? []) console.log(l);
