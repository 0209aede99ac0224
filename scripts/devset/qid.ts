// Annotator's helper: looks names up in the QID-bearing shared datasets (politicians, international
// organisations, parties) and, once built, in public/kb. Usage: npx tsx scripts/devset/qid.ts "Name" ...
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES_DIR, REPO_ROOT } from './corpus';
import { loadKb } from '../lib/load-kb';

const DS = join(PAGES_DIR, '../../data-sources');
const names = process.argv.slice(2).map((n) => n.toLowerCase());

const people = readFileSync(join(DS, 'peppercat-world-leaders/people.csv'), 'utf8').split('\n');
for (const line of people) {
  const [slug, id, name, , dob] = line.split(',');
  if (name && names.includes(name.toLowerCase())) console.log(`person  ${id}  ${name}  (${slug}, b. ${dob})`);
}
const orgs = JSON.parse(readFileSync(join(DS, 'supraverden-international-orgs/general_list.json'), 'utf8')) as Record<string, string>[];
for (const o of orgs) {
  if ([o.Name_en, o.Abbreviation_en, o.key].some((n) => n && names.includes(String(n).toLowerCase())))
    console.log(`org     ${o.Wikidata_code}  ${o.Name_en} (${o.Abbreviation_en})`);
}
for (const line of readFileSync(join(DS, 'partyfacts/partyfacts-wikidata.csv'), 'utf8').split('\n')) {
  const f = line.split(',');
  if (f[3] && (names.includes(f[3].toLowerCase()) || names.includes((f[4] ?? '').toLowerCase()))) console.log(`party   ${f[2]}  ${f[3]} (${f[0]})`);
}
if (existsSync(join(REPO_ROOT, 'public/kb/index.bin'))) {
  const { index, detail } = loadKb(join(REPO_ROOT, 'public/kb'));
  for (const [alias, i] of index.aliases) {
    if (names.includes(alias.toLowerCase())) {
      const e = index.entities[i];
      console.log(`KB      ${e.id}  ${e.name} [${e.type}] via "${alias}" — ${detail(e.id)?.description ?? ''}`);
    }
  }
}
