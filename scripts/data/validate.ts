/**
 * npm run data:validate — check data/curated/*.yaml and data/imported/*.jsonl: schema, dates,
 * sources, aliases, duplicate ids and references. Prints one line per problem
 * ("error: data/curated/people.yaml:12 [Q123]: death (1950) is before birth (1960)") and exits 1 on any error.
 */
import { formatIssue } from './lib/issues';
import { loadAndValidate, type LoadOptions } from './lib/pipeline';

/** Runs validation; returns the exit code. Options let tests point it at fixture folders. */
export function runValidate(opts: LoadOptions = {}, log: (line: string) => void = console.log): number {
  const { issues, merged, records } = loadAndValidate(opts);
  for (const i of issues) log(formatIssue(i));
  const errors = issues.filter((i) => i.level === 'error').length;
  const curated = records.filter((r) => r.layer === 'curated').length;
  log(`data:validate: ${records.length} valid records (${curated} curated) → ${merged.size} entities; ${errors} error(s), ${issues.length - errors} warning(s)`);
  return errors ? 1 : 0;
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && /validate\.ts$/.test(process.argv[1])) {
  process.exitCode = runValidate({ curatedDir: argValue('--curated'), importedDir: argValue('--imported') });
}
