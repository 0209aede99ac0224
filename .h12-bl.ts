import fs from 'node:fs';
import { buildLexicon } from './core/match';
import { decodeIndex } from './core/kb-format';
const j = JSON.parse(fs.readFileSync('public/kb/index.json', 'utf8'));
const c = () => performance.now();
const a = c(); const idx = decodeIndex(j); const b = c(); buildLexicon(idx); const d = c();
console.log('decode', (b - a).toFixed(1), 'lex', (d - b).toFixed(1));
