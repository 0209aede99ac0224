/**
 * Acronyms as some papers print them: "F.B.I.", "C.I.A.", "E.P.A." (The New York Times and The New
 * Yorker write every agency so). The index holds "FBI"; without the dotted form those marks are lost.
 *
 * Only for acronyms of three to five capitals (two-letter ones dotted are mostly something else:
 * "P.M.", "A.D.", "N.Y."), and never where some alias already is that dotted form. An acronym several
 * entities share gives each of them the dotted form: the resolver tells them apart as it does the
 * plain one.
 */
import { AliasFlag } from '../../../core/types';

const PLAIN = /^[A-Z]{3,5}$/;

export function dottedForm(acronym: string): string {
  return `${acronym.split('').join('.')}.`;
}

/** [alias text, entity index, flags] rows to add: the dotted form of each plain acronym alias. */
export function dottedAcronyms(aliases: readonly [string, number, number][], flagsOf: (t: string) => number, otherLanguage: (t: string, e: number) => boolean = () => false): [string, number, number][] {
  const holders = new Map<string, Set<number>>();
  const texts = new Set<string>();
  for (const [t, e, f] of aliases) {
    texts.add(t);
    // A name for pages in another language ("OMS") gives no English form.
    if (!(f & AliasFlag.CaseSensitive) || !PLAIN.test(t) || otherLanguage(t, e)) continue;
    const s = holders.get(t) ?? new Set<number>();
    s.add(e);
    holders.set(t, s);
  }
  const out: [string, number, number][] = [];
  for (const [t, es] of holders) {
    const d = dottedForm(t);
    if (texts.has(d)) continue;
    for (const e of es) out.push([d, e, flagsOf(d)]);
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
}
