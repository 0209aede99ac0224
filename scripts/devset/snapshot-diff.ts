/**
 * npx tsx scripts/devset/snapshot-diff.ts BEFORE AFTER
 *
 * Two snapshots (scripts/devset/snapshot.ts --save) compared mention by mention, for data changes that
 * move ids on purpose (people gaining their QID, issue 12): how many mentions kept their span and id,
 * how many changed id — split into a non-QID id becoming a QID and every other change, which should
 * not happen — and how many appeared or vanished. Exit 1 when any change is not non-QID → QID.
 */
import fs from 'node:fs';

type Row = [start: number, end: number, id: string, score: number, via: string];

export interface SnapshotDiff { same: number; toQid: [string, string][]; other: [string, string, string][]; added: string[]; removed: string[] }

export function diffSnapshots(before: Record<string, Row[]>, after: Record<string, Row[]>): SnapshotDiff {
  const out: SnapshotDiff = { same: 0, toQid: [], other: [], added: [], removed: [] };
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = new Map((before[name] ?? []).map((r) => [`${r[0]}-${r[1]}`, r]));
    const b = new Map((after[name] ?? []).map((r) => [`${r[0]}-${r[1]}`, r]));
    for (const [span, r] of a) {
      const s = b.get(span);
      if (!s) out.removed.push(`${name}@${span} ${r[2]}`);
      else if (s[2] === r[2]) out.same++;
      else if (!/^Q\d+$/.test(r[2]) && /^Q\d+$/.test(s[2])) out.toQid.push([r[2], s[2]]);
      else out.other.push([`${name}@${span}`, r[2], s[2]]);
    }
    for (const [span, s] of b) if (!a.has(span)) out.added.push(`${name}@${span} ${s[2]}`);
  }
  return out;
}

if (process.argv[1]?.endsWith('snapshot-diff.ts')) {
  const [before, after] = process.argv.slice(2).map((f) => JSON.parse(fs.readFileSync(f, 'utf8')) as Record<string, Row[]>);
  if (!before || !after) throw new Error('usage: npx tsx scripts/devset/snapshot-diff.ts BEFORE.json AFTER.json');
  const d = diffSnapshots(before, after);
  const pairs = new Map<string, number>();
  for (const [x, y] of d.toQid) pairs.set(`${x} → ${y}`, (pairs.get(`${x} → ${y}`) ?? 0) + 1);
  console.log(`${d.same} mentions unchanged; ${d.toQid.length} changed from a non-QID id to a QID (${pairs.size} entities); ${d.other.length} other id changes; ${d.added.length} added, ${d.removed.length} removed`);
  for (const [p, n] of [...pairs].sort((x, y) => y[1] - x[1])) console.log(`  ${p} ×${n}`);
  for (const [w, x, y] of d.other) console.log(`  OTHER ${w}: ${x} → ${y}`);
  for (const x of d.added) console.log(`  ADDED ${x}`);
  for (const x of d.removed) console.log(`  REMOVED ${x}`);
  process.exitCode = d.other.length || d.added.length || d.removed.length ? 1 : 0;
}
