/**
 * Layers point one way (issue 14): core/ imports nothing above it (and no extension API);
 * components/ and scripts/ never reach into entrypoints/; the background does not import the
 * content script. Checked by reading every source file's import specifiers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(rel));
    else if (/\.(ts|tsx)$/.test(e.name)) out.push(rel);
  }
  return out;
}

/** Import specifiers of a file: static imports and re-exports, side-effect imports, import(). */
export function importsOf(code: string): string[] {
  const specs: string[] = [];
  const re = /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;
  for (const m of code.matchAll(re)) specs.push(m[1] ?? m[2] ?? m[3]);
  return specs;
}

/** Where each relative import of `file` lands, as a path from the repository root. */
function targets(file: string): { spec: string; to: string | null }[] {
  const code = fs.readFileSync(path.join(ROOT, file), 'utf8');
  return importsOf(code).map((spec) => ({
    spec,
    to: spec.startsWith('.') ? path.relative(ROOT, path.resolve(ROOT, path.dirname(file), spec)) : null,
  }));
}

function violations(files: string[], bad: (t: { spec: string; to: string | null }) => boolean): string[] {
  return files.flatMap((f) => targets(f).filter(bad).map((t) => `${f} → ${t.spec}`));
}

const inside = (to: string | null, dir: string) => to !== null && (to === dir || to.startsWith(dir + path.sep));

describe('import layers', () => {
  it('reads the import forms the code uses', () => {
    expect(importsOf(`import a from './a';\nimport type { B } from "../b";\nexport { c } from './c';\nimport './d.css';\nconst e = await import('./e');`)).toEqual([
      './a',
      '../b',
      './c',
      './d.css',
      './e',
    ]);
  });

  it('core/ imports only core/ and no extension API', () => {
    const files = sources('core');
    expect(files.length).toBeGreaterThan(10);
    expect(violations(files, (t) => (t.to !== null ? !inside(t.to, 'core') : /^(wxt|webextension-polyfill)/.test(t.spec)))).toEqual([]);
  });

  it('components/ and scripts/ never import from entrypoints/', () => {
    const files = [...sources('components'), ...sources('scripts')];
    expect(violations(files, (t) => inside(t.to, 'entrypoints'))).toEqual([]);
  });

  it('the background does not import the content script', () => {
    expect(violations(['entrypoints/background.ts'], (t) => inside(t.to, path.join('entrypoints', 'content')))).toEqual([]);
  });
});
