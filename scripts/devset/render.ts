// Prints an article with its gold mentions bracketed, for proofreading a gold file:
//   [[surface|type-letter|id]] for required mentions, {{surface}} for optional ones.
// Usage: npx tsx scripts/devset/render.ts aeb-<id> ...
import { articleBody, loadGold } from './corpus';

for (const page of process.argv.slice(2)) {
  const text = articleBody(page);
  const required = loadGold(page).mentions.filter((m) => !m.optional);
  let out = '';
  let at = 0;
  for (const m of required) {
    out += text.slice(at, m.start) + `[[${m.surface}|${m.type.slice(0, 3)}|${m.id ?? m.name}]]`;
    at = m.end;
  }
  console.log(`=== ${page}\n${out + text.slice(at)}\n`);
}
