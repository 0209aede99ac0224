/**
 * The store packages as built: AMO's linter (`web-ext lint`, run through its API on
 * .output/firefox-mv2) reports nothing, and both manifests carry what the stores need. Needs
 * `npm run build` first; starts no browser.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error web-ext ships no type declarations
import webExt from 'web-ext';
import { CHROME_BUILD, FIREFOX_BUILD } from './harness';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintResult {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

const manifest = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));

describe('store packages', () => {
  it('web-ext lint: the Firefox build has no errors, warnings or notices', async () => {
    const result = (await webExt.cmd.lint({ sourceDir: FIREFOX_BUILD, output: 'none' }, { shouldExitProgram: false })) as LintResult;
    const all = [...result.errors, ...result.warnings, ...result.notices].map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`);
    expect(all).toEqual([]);
    expect(result.summary).toEqual({ errors: 0, warnings: 0, notices: 0 });
  });

  it('Firefox manifest: the listed id, no data collected, Firefox 140+', () => {
    const gecko = manifest(FIREFOX_BUILD).browser_specific_settings.gecko;
    expect(gecko.id).toBe('backstory@backstory.reader');
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(gecko.strict_min_version).toBe('140.0');
  });

  it('Chrome manifest: Chrome 105+ (CSS Custom Highlight API)', () => {
    expect(manifest(CHROME_BUILD).minimum_chrome_version).toBe('105');
  });

  it('each package holds one copy of the index (the binary file the extension reads), the privacy page, the licence and the credits', () => {
    for (const dir of [CHROME_BUILD, FIREFOX_BUILD]) {
      // One index: the binary file the extension reads (core/kb/kb-format.ts), no JSON copy.
      expect(fs.existsSync(path.join(dir, 'kb/index.bin'))).toBe(true);
      expect(fs.readdirSync(path.join(dir, 'kb')).filter((f) => f.startsWith('index'))).toEqual(['index.bin']);
      expect(fs.readFileSync(path.join(dir, 'privacy.html'), 'utf8')).toContain('privacy policy');
      expect(fs.readFileSync(path.join(dir, 'LICENSE.txt'), 'utf8')).toMatch(/^MIT License/);
      expect(fs.readFileSync(path.join(dir, 'ATTRIBUTION.md'), 'utf8')).toMatch(/CC BY-NC 4\.0/);
    }
  });
});
