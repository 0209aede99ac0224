/**
 * WXT's logger with its file listings folded into one line: `wxt build` lists every file it writes
 * (the 512 fact shards of public/kb/ alone are 512 lines per browser), which buries the lines a
 * person reads. Set BACKSTORY_VERBOSE=1 for WXT's full listing.
 */
import type { Logger } from 'wxt';

/** "header\n  ├─ path  size\n … Σ Total size: 18.9 MB" → "header: 533 files, 18.9 MB in .output/chrome-mv3". */
export function foldFileList(message: string): string {
  const lines = message.split('\n');
  const files = lines.filter((l) => /[├└]─/.test(l));
  if (lines.length < 2 || !files.length) return message;
  const plain = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '').trim();
  const total = plain(lines.find((l) => l.includes('Total size:')) ?? '').replace(/^.*Total size:\s*/, '');
  const dirs = new Set(files.map((l) => plain(l).replace(/^[├└]─\s*/, '').split(/\s+/)[0].replace(/\/[^/]*$/, '')));
  const where = files.length === 1 ? plain(files[0]).replace(/^[├└]─\s*/, '').split(/\s+/)[0] : [...dirs].sort((a, b) => a.length - b.length)[0];
  return `${lines[0]}: ${files.length} file${files.length === 1 ? '' : 's'}, ${total || '?'}${where ? ` (${where})` : ''}`;
}

/** WXT's default logger is consola; this one prints the same kinds of line, with listings folded. */
export function foldingLogger(verbose = !!process.env.BACKSTORY_VERBOSE): Logger | undefined {
  if (verbose) return undefined; // WXT's own logger, full listings
  const out = (prefix: string, write: (s: string) => void) => (...args: unknown[]) =>
    write(`${prefix}${args.map((a) => (typeof a === 'string' ? foldFileList(a) : a instanceof Error ? (a.stack ?? a.message) : String(a))).join(' ')}`);
  return {
    level: 3, // consola's "info": WXT prints debug lines only at 4+
    debug: () => {},
    log: out('', (s) => console.log(s)),
    info: out('ℹ ', (s) => console.log(s)),
    success: out('✔ ', (s) => console.log(s)),
    warn: out('⚠ ', (s) => console.warn(s)),
    error: out('✖ ', (s) => console.error(s)),
    fatal: out('✖ ', (s) => console.error(s)),
  };
}
