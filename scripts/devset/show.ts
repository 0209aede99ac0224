// Prints an article's text for annotation, with line-start offsets, and its capitalized
// sequences with counts. Usage: npx tsx scripts/devset/show.ts aeb-<id>
import { articleBody } from './corpus';

for (const page of process.argv.slice(2)) {
  const text = articleBody(page);
  console.log(`=== ${page} (${text.length} chars)`);
  let off = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) console.log(`[${off}] ${line}`);
    off += line.length + 1;
  }
}
