import fs from 'node:fs';
import { buildLexicon } from './core/match';
import { firstNames, isFirstName } from './core/resolve';
import { decodeIndex } from './core/kb-format';
import { wordKeys } from './core/tokenize';
const lex = buildLexicon(decodeIndex(JSON.parse(fs.readFileSync('public/kb/index.json', 'utf8'))));
const set = firstNames(lex);
let bad = 0;
const probe = new Set<string>(set);
for (const e of lex.index.entities) for (const w of wordKeys(e.name)) probe.add(w);
for (const k of probe) if (set.has(k) !== isFirstName(lex, k)) { bad++; if (bad < 5) console.log('mismatch', k); }
console.log('probed', probe.size, 'set', set.size, 'bad', bad);
