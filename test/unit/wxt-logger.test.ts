import { describe, expect, it } from 'vitest';
import { foldFileList } from '../../scripts/lib/wxt-logger';

describe('build output: WXT file listings folded to one line', () => {
  it('folds a listing into a count, the total and the folder', () => {
    const listing = [
      'Built extension in 1.4 s',
      '  ├─ .output/chrome-mv3/manifest.json   790 B',
      '  ├─ .output/chrome-mv3/kb/facts/0.json  24 kB',
      '  └─ .output/chrome-mv3/kb/index.json.gz 1.1 MB',
      '\x1b[36mΣ Total size:\x1b[39m 18.94 MB',
    ].join('\n');
    expect(foldFileList(listing)).toBe('Built extension in 1.4 s: 3 files, 18.94 MB (.output/chrome-mv3)');
    expect(foldFileList('Zipped extension in 2 s\n  └─ .output/b-chrome.zip  3.5 MB\nΣ Total size: 3.5 MB')).toBe('Zipped extension in 2 s: 1 file, 3.5 MB (.output/b-chrome.zip)');
  });

  it('leaves other messages alone', () => {
    expect(foldFileList('Building chrome-mv3 for production')).toBe('Building chrome-mv3 for production');
    expect(foldFileList('two\nlines')).toBe('two\nlines');
  });
});
