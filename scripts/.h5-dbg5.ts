import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
const html = readFileSync(process.argv[2], 'utf8');
const { document } = parseHTML(html);
const clone = (document as any).cloneNode(true);
const all = (d: any) => { const out: any[] = []; let cur = d.documentElement; const root = cur; while (cur) { out.push(cur); if (cur.firstChild) { cur = cur.firstChild; continue; } while (cur && cur !== root && !cur.nextSibling) cur = cur.parentNode; if (!cur || cur === root) break; cur = cur.nextSibling; } return out; };
const A = all(document), B = all(clone);
console.log(A.length, B.length);
for (let i = 0; i < A.length; i++) if (A[i].nodeType !== B[i]?.nodeType || A[i].nodeName !== B[i]?.nodeName) { console.log('mismatch at', i, A[i].nodeName, B[i]?.nodeName); break; }
const texts = new Set(B.filter((n: any) => n.nodeType === 3));
const r = new Readability(clone, { serializer: (n: any) => n }).parse();
const c: any = r!.content;
const outT = all({ documentElement: c }).filter((n: any) => n.nodeType === 3 && /\S/.test(n.data));
console.log('content text nodes', outT.length, 'mapped', outT.filter((t: any) => texts.has(t)).length, c.childNodes.length, c.firstElementChild?.id);
