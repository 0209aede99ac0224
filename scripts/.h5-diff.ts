import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { scanDocument } from '/work/main/core/pipeline';
const dir = '../shared/corpus/news-pages/' + process.argv[2];
const { document } = parseHTML(readFileSync(dir + '/source.html', 'utf8'));
const truth: string = JSON.parse(readFileSync(dir + '/ground-truth.json', 'utf8')).articleBody;
const s = scanDocument(document as any);
const tt = truth.replace(/\s+/g, ' ');
console.log('ROOT', s.root?.tagName, s.root?.getAttribute('class'), 'pub', s.published);
for (const line of s.text.split('\n')) { if (!tt.includes(line.trim())) console.log('+', JSON.stringify(line.slice(0, 160))); }
const ours = s.text.replace(/\s+/g, ' ');
for (const line of truth.split('\n')) { if (line.trim() && !ours.includes(line.trim())) console.log('-', JSON.stringify(line.slice(0, 160))); }
