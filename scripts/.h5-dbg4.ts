(globalThis as any).H5DBG = 1;
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { findArticle } from '/work/main/core/article';
const html = readFileSync(process.argv[2], 'utf8');
const { document } = parseHTML(html);
try { const clone = (document as any).cloneNode(true); console.log('clone ok', clone.documentElement?.tagName); } catch (e) { console.log('clone err', e); }
const a = findArticle(document as any);
console.log(a.root?.tagName, a.signals);
