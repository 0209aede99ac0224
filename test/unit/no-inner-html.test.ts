import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { rewritePreact } from '../../scripts/lib/no-inner-html';

describe('no-inner-html build plugin', () => {
  it("removes Preact's dynamic innerHTML write and keeps the rest", () => {
    const file = createRequire(import.meta.url).resolve('preact').replace(/preact\.js$/, 'preact.module.js');
    const code = fs.readFileSync(file, 'utf8');
    const out = rewritePreact(code, file);
    expect(out).not.toMatch(/innerHTML\s*=\s*[\w$]+\.__html/);
    expect(out).toContain('dangerouslySetInnerHTML is disabled');
    expect(out.length).toBeGreaterThan(code.length * 0.9);
  });

  it('fails loudly when the pattern is gone', () => {
    expect(() => rewritePreact('const a = 1;', 'x.js')).toThrow(/not found/);
  });
});
