/**
 * npx tsx scripts/data/qid-audit.ts [--file NAME] [--limit N]
 *
 * A maintainer's check of the knowledge base's Wikidata ids: every QID that another dataset in
 * ../shared/data-sources labels is compared with the names our record gives that entity. A record
 * whose names share no word with any label the QID carries elsewhere most likely has the wrong id
 * (an importer's join went astray), and a card or a scorer reading that id would name something else.
 * Prints those records by the file they come from; exits 0 (a report, not a gate).
 */
import fs from 'node:fs';
import path from 'node:path';
import { foldKey } from '../../core/linking/normalize';
import { readPeople } from './importers/peppercat';
import { readWikilinkerLabels } from './importers/place-qids';
import { readCsv, readJson, sharedPath } from './importers/util';

const labels = new Map<string, Set<string>>();
const add = (qid: string | undefined, label: string | undefined) => {
  if (!qid || !label || !/^Q\d+$/.test(qid)) return;
  let s = labels.get(qid);
  if (!s) labels.set(qid, (s = new Set()));
  s.add(label);
};

for (const r of readPeople()) add(r.id, r.name);
for (const [qid, ls] of readWikilinkerLabels()) for (const l of ls) add(qid, l);
for (const l of fs.readFileSync(sharedPath('name-suggestion-index', 'nsi-entities.jsonl'), 'utf8').split('\n')) if (l) { const r = JSON.parse(l); add(r.qid, r.label); }
for (const r of readCsv(sharedPath('partyfacts', 'partyfacts-wikidata.csv'))) { add(r.wikidata_id, r.name); add(r.wikidata_id, r.name_short); add(r.wikidata_id, r.name_native); }
for (const r of readCsv(sharedPath('us-newspapers-wikimediacred', 'wikipedia-us-newspapers.tsv'), '\t')) add(r.qid, r['WP-title']?.replace(/_/g, ' ').replace(/\s*\(.*\)$/, ''));
for (const r of readJson<Record<string, string>[]>(sharedPath('supraverden-international-orgs', 'general_list.json'))) { add(r.Wikidata_code, r.Name_en); add(r.Wikidata_code, r.Abbreviation_en); }
const wt = sharedPath('wikitrivia-queries', 'queries');
for (const d of fs.readdirSync(wt)) {
  const rows = path.join(wt, d, 'rows.json');
  if (!fs.existsSync(rows)) continue;
  for (const r of readJson<Record<string, string>[]>(rows)) add(r.item?.replace(/.*\//, ''), r.itemLabel);
}

const STOP = new Set('the of and for party national united new south north east west people democratic republic city county state university club company group inc co ltd la le de del der von van al el'.split(' '));
const words = (s: string) => foldKey(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3 && !STOP.has(w));
const initials = (s: string) => s.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('').toLowerCase();
function agrees(names: string[], ls: Set<string>): boolean {
  const ours = new Set(names.flatMap(words));
  for (const l of ls) {
    if (words(l).some((w) => ours.has(w))) return true;
    const k = foldKey(l).replace(/[^\p{L}\p{N}]/gu, '');
    if (names.some((n) => foldKey(n).replace(/[^\p{L}\p{N}]/gu, '') === k || initials(n) === k || initials(l) === foldKey(n))) return true;
  }
  return false;
}

const only = process.argv.includes('--file') ? process.argv[process.argv.indexOf('--file') + 1] : undefined;
const limit = process.argv.includes('--limit') ? Number(process.argv[process.argv.indexOf('--limit') + 1]) : 30;
const dir = path.resolve('data/imported');
for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.jsonl')).sort()) {
  if (only && !f.startsWith(only)) continue;
  let checked = 0;
  const bad: string[] = [];
  for (const l of fs.readFileSync(path.join(dir, f), 'utf8').split('\n')) {
    if (!l) continue;
    const r = JSON.parse(l) as { id: string; name: string; aliases?: string[]; type: string; country?: string };
    const ls = labels.get(r.id);
    if (!ls) continue;
    checked++;
    if (!agrees([r.name, ...(r.aliases ?? [])], ls)) bad.push(`  ${r.id} ${r.type} "${r.name}" ${r.country ?? ''} ≠ ${[...ls].slice(0, 3).map((x) => `"${x}"`).join(', ')}`);
  }
  console.log(`${f}: ${checked} ids labelled elsewhere, ${bad.length} disagree`);
  for (const b of bad.slice(0, limit)) console.log(b);
}
