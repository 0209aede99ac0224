/**
 * Fast reads of the entities an article's candidates point to.
 *
 * A binary index makes its entities on first read behind a Proxy (core/kb/kb-format.ts lazyArray):
 * every `entities[i]` runs a trap that turns the index into a string key and back. The resolver
 * reads entities dozens of times per candidate, so it reads them from this view instead: a plain
 * (sparse) array holding every entity a candidate has pointed to so far, kept per lexicon so an
 * entity is copied in once, not once per article. Its prototype is the index's own list, so an
 * entity not copied in is still read correctly (through the list), only no faster.
 */
import type { CompiledEntity } from '../types';
import type { Lexicon } from './match';
import { binaryOf } from '../kb/kb-format';

interface View {
  ents: CompiledEntity[];
  /** 1 = entity i is an own element of `ents` (a read cannot tell: a miss reads through to the list). */
  copied: Uint8Array;
}

const views = new WeakMap<Lexicon, View>();

/** Entities up to which the view is a dense array (about 2 MB; the shipped index has ~130k). */
const DENSE_MAX = 262_144;

/** The lexicon's entities, fast for those in `lists` (each a list of options or anything with `entity`). */
export function entityView(lex: Lexicon, lists: Iterable<{ entity: number }[]>): CompiledEntity[] {
  const all = lex.index.entities;
  // An index in object form holds a real array already.
  if (!binaryOf(lex.index)) return all;
  let v = views.get(lex);
  if (!v) {
    // Holey but dense up to DENSE_MAX entities (8 bytes each): a read is an array load. Beyond that
    // a sparse array (V8 keeps it as a dictionary), slower to read but small.
    const ents: CompiledEntity[] = all.length <= DENSE_MAX ? new Array<CompiledEntity>(all.length) : [];
    Object.setPrototypeOf(ents, all);
    views.set(lex, (v = { ents, copied: new Uint8Array(all.length) }));
  }
  const { ents, copied } = v;
  for (const list of lists) {
    for (const o of list) {
      if (copied[o.entity]) continue;
      // Defined, not assigned: an assignment would reach the list's Proxy, which refuses writes.
      Object.defineProperty(ents, o.entity, { value: all[o.entity], writable: true, enumerable: true, configurable: true });
      copied[o.entity] = 1;
    }
  }
  return ents;
}

const byIdMemo = new WeakMap<Lexicon, Map<string, CompiledEntity | undefined>>();

/** The entity with this id, remembered per lexicon: a binary index finds an id by binary search over
 *  its string table (a string made per step), and coreference asks once per mention. */
export function entityById(lex: Lexicon, id: string): CompiledEntity | undefined {
  let memo = byIdMemo.get(lex);
  if (!memo) byIdMemo.set(lex, (memo = new Map()));
  if (memo.has(id)) return memo.get(id);
  const i = lex.byId.get(id);
  const e = i === undefined ? undefined : lex.index.entities[i];
  memo.set(id, e);
  return e;
}
