// Before/after per kind of error (issue 12): turns one kind of rule off at a time (core/linking/resolve.ts
// RULES) and counts what that kind does on each set: marks it removes that were wrong, right marks it
// removes, right marks it adds. Counts only: no held-out error is listed.
//   npx tsx scripts/devset/kinds.ts
import { loadKb } from '../lib/load-kb';
import { createMatcher } from '../../core/linking/matcher';
import { RULES } from '../../core/linking/resolve';
import { scoreDevset } from './score';
import { splitPages } from './split';
import { scoreNewsFair } from './newsfair';

const { index } = loadKb('public/kb');
const split = splitPages();
function measure() {
  const m = createMatcher(index);
  const t = scoreDevset(index, m, split.tuning);
  const h = scoreDevset(index, m, split.heldOut);
  const n = scoreNewsFair(index, m);
  const wrong = (r: ReturnType<typeof scoreDevset>) => r.overall.predicted - r.overall.tp;
  return {
    tuning: { right: t.overall.tp, wrong: wrong(t) },
    heldOut: { right: h.overall.tp, wrong: wrong(h) },
    newsFair: { right: n.strict.tp, wrong: n.strict.predicted - n.strict.tp },
  };
}
const on = measure();
const kinds = Object.keys(RULES) as (keyof typeof RULES)[];
const off = Object.fromEntries(kinds.map((k) => [k, false])) as Record<keyof typeof RULES, boolean>;
for (const k of kinds) RULES[k] = false;
const none = measure();
for (const k of kinds) RULES[k] = true;
console.log(`all rules on:  ${JSON.stringify(on)}`);
console.log(`all rules off: ${JSON.stringify(none)}  (= the linker before issue 12, on the same data)`);
console.log('kind         set        wrong marks off→on   right marks off→on');
for (const k of kinds) {
  RULES[k] = false;
  const r = measure();
  RULES[k] = true;
  for (const set of ['tuning', 'heldOut', 'newsFair'] as const) {
    console.log(`${k.padEnd(12)} ${set.padEnd(10)} ${String(r[set].wrong).padStart(5)} → ${String(on[set].wrong).padEnd(12)} ${String(r[set].right).padStart(5)} → ${on[set].right}`);
  }
}
void off;
