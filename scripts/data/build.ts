/**
 * npm run data:build — validate data/, merge the curated and imported layers, and write
 * public/kb/index.bin (the binary index, see core/kb/kb-format.ts; read back and checked before it is written), public/kb/facts/<n>.json and ATTRIBUTION.md. Fails (exit 1) on any validation error.
 * Prints one line per step; `--verbose` adds counts per type, alias flags and the most ambiguous aliases.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ENTITY_TYPES, type EntityType } from '../../core/types';
import { AliasFlag } from '../../core/types';
import { attributionMarkdown } from './lib/attribution';
import { checkIndex } from './lib/check-index';
import { aliasCollisions, compile } from './lib/compile';
import { formatIssue } from './lib/issues';
import { ATTRIBUTION_FILE, KB_OUT_DIR, rel } from './lib/paths';
import { loadAndValidate } from './lib/pipeline';
import { INDEX_FILE, writeKb } from './lib/write-kb';
import { buildKnownNames } from './lib/known-names';
import { buildTownStates } from './lib/town-states';

function kb(bytes: number): string {
  return bytes > 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}

function main(): number {
  const t0 = Date.now();
  const { sources, records, merged, issues } = loadAndValidate();
  const errors = issues.filter((i) => i.level === 'error');
  for (const i of issues.slice(0, 200)) console.error(formatIssue(i));
  if (issues.length > 200) console.error(`... and ${issues.length - 200} more`);
  // --keep-going writes what is valid despite errors (for local work while data is being fixed); still exits 1.
  const keepGoing = process.argv.includes('--keep-going');
  if (errors.length && !keepGoing) {
    console.error(`data:build: ${errors.length} validation error(s); nothing written (--keep-going writes the valid records anyway).`);
    return 1;
  }

  const { index, shards } = compile(merged, sources);
  const problems = checkIndex(index);
  if (problems.length) {
    for (const p of problems.slice(0, 50)) console.error(`error: compiled index: ${p}`);
    return 1;
  }

  let written: ReturnType<typeof writeKb>;
  try {
    written = writeKb(KB_OUT_DIR, index, shards);
  } catch (e) {
    console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  // Known longer names (issue 12): hashes only, beside the index.
  const known = buildKnownNames(index);
  let knownBytes = 0;
  if (known) {
    known.names.towns = buildTownStates(index);
    const json = JSON.stringify(known.names.toFile());
    fs.writeFileSync(path.join(KB_OUT_DIR, 'names.json'), json);
    knownBytes = Buffer.byteLength(json);
  }
  const wl = sources.sources['wikilinker'];
  // Credited once: entities whose ids Wikilinker confirmed already bring it into the credits.
  const knownCredit = known && wl && !index.credits.some((c) => c.source === 'wikilinker')
    ? `## ${wl.title}\n\n- Licence: ${wl.license}\n- Attribution: ${wl.attribution}\n${wl.url ? `- Source: ${wl.url}\n` : ''}- Used for the known-names hints (public/kb/names.json: ${known.names.size} hashes of names, no links)\n`
    : '';
  fs.writeFileSync(ATTRIBUTION_FILE, attributionMarkdown(index.credits, sources) + knownCredit);

  // Report: one line per step; the detail (counts per type, flags, the most ambiguous aliases) with --verbose.
  const verbose = process.argv.includes('--verbose');
  const n = (x: number) => x.toLocaleString('en');
  const types = ENTITY_TYPES;
  const ents = Object.fromEntries(types.map((t) => [t, 0])) as Record<EntityType, number>;
  const als = Object.fromEntries(types.map((t) => [t, 0])) as Record<EntityType, number>;
  for (const e of index.entities) ents[e.type]++;
  const flagCounts = { CommonWord: 0, CaseSensitive: 0, Partial: 0 };
  for (const [, ei, f] of index.aliases) {
    als[index.entities[ei].type]++;
    if (f & AliasFlag.CommonWord) flagCounts.CommonWord++;
    if (f & AliasFlag.CaseSensitive) flagCounts.CaseSensitive++;
    if (f & AliasFlag.Partial) flagCounts.Partial++;
  }
  const coll = aliasCollisions(index);
  console.log(`data:build ${index.version}: validated ${n(records.length)} records, ${errors.length} error(s), ${issues.length - errors.length} warning(s)`);
  console.log(`  merged: ${n(index.entities.length)} entities (${types.map((t) => `${n(ents[t])} ${t}`).join(', ')}), ${n(index.aliases.length)} aliases, ${n(coll.total)} alias collisions`);
  if (verbose) {
    for (const t of types) console.log(`    ${t.padEnd(12)} ${String(ents[t]).padStart(7)} entities ${String(als[t]).padStart(8)} aliases`);
    console.log(`    flags: ${flagCounts.CommonWord} common-word, ${flagCounts.CaseSensitive} case-sensitive, ${flagCounts.Partial} partial (surname)`);
    console.log(`    alias collisions (one name, several entities; surnames excluded): ${coll.total}; most ambiguous:`);
    for (const c of coll.top) console.log(`      ${c.alias} → ${c.ids.length}: ${c.ids.slice(0, 6).join(', ')}${c.ids.length > 6 ? ', …' : ''}`);
  }
  console.log(`  credits: ${index.credits.length} sources${verbose ? `: ${index.credits.map((c) => `${c.source}(${c.entities})`).join(', ')}` : ` (${rel(ATTRIBUTION_FILE)})`}`);
  console.log(`  wrote ${rel(KB_OUT_DIR)}/: ${INDEX_FILE} ${kb(written.indexBytes)} (${kb(written.gzBytes)} deflated, as in the store zip), ${written.shardCount} fact shards ${kb(written.shardBytes)}; ${((Date.now() - t0) / 1000).toFixed(1)} s${verbose ? '' : ' (--verbose: details)'}`);
  if (known) console.log(`  wrote ${rel(path.join(KB_OUT_DIR, 'names.json'))} ${kb(knownBytes)}: ${n(known.names.size)} known longer names (hashes, from wikilinker-entities), ${n(known.names.towns.size)} US town names with namesakes by state (GeoNames)`);
  return errors.length ? 1 : 0;
}

process.exitCode = main();
