// The dev set split (issue 12): about a third of the articles is held out, chosen by a hash of the
// article id so the split never depends on what the matcher gets right. Whoever tunes the linker looks
// only at the tuning part's errors (`score.ts` prints errors for tuning pages only); the held-out
// part is scored, never listed.
import { createHash } from 'node:crypto';
import { goldPages } from './corpus';

/** Held out when the first 32 bits of sha1(page id) are divisible by 3. */
export function isHeldOut(page: string): boolean {
  return parseInt(createHash('sha1').update(page, 'utf8').digest('hex').slice(0, 8), 16) % 3 === 0;
}

export function splitPages(pages = goldPages()): { tuning: string[]; heldOut: string[] } {
  return { tuning: pages.filter((p) => !isHeldOut(p)), heldOut: pages.filter(isHeldOut) };
}
