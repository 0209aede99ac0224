/**
 * A Vite plugin that removes Preact's one dynamic innerHTML write (its `dangerouslySetInnerHTML`
 * support): Backstory never inserts markup as HTML, and AMO's linter (`web-ext lint`) warns on any
 * unsanitized innerHTML assignment in the package. The prop now throws if anything ever uses it.
 * The build fails if Preact's code changes so the pattern is not found (rather than silently shipping it).
 */
import type { Plugin } from 'vite';

const WRITE = /(\b[\w$]+)\.innerHTML\s*=\s*([\w$]+)\.__html/g;

export function rewritePreact(code: string, id: string): string {
  const out = code.replace(WRITE, () => "(()=>{throw new Error('Backstory: dangerouslySetInnerHTML is disabled')})()");
  if (out === code) throw new Error(`no-inner-html: Preact's innerHTML write not found in ${id}; update scripts/lib/no-inner-html.ts`);
  return out;
}

export function noInnerHtml(): Plugin {
  return {
    name: 'backstory-no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      // Preact's DOM diff: preact/dist/preact.module.js (and its .mjs twin).
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.m(odule\.)?js/.test(id) || !code.includes('.__html')) return null;
      return { code: rewritePreact(code, id), map: null };
    },
  };
}
