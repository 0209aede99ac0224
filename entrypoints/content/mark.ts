/**
 * One mark: a mention's pieces of the page's Text nodes (offsets and the text they held when
 * marked) and the StaticRanges painted over them. Built from the text map's pieces; checked again
 * after the page changes. The layer that paints them is marks.ts.
 */
import type { EntityType, Mention } from '../../core/types';

export interface Piece {
  node: Text;
  start: number;
  end: number;
  /** The node's text at marking time for this piece: a mark whose text changed is dropped. */
  text: string;
}

export interface Mark {
  /** Identity of the pieces (node ids + offsets): the same text marked twice has the same key. */
  key: string;
  mention: Mention;
  type: EntityType;
  pieces: Piece[];
  ranges: StaticRange[];
}

const nodeIds = new WeakMap<Text, number>();
let nextNodeId = 1;

/** Identity of the pieces: node ids + offsets ("3:10:17|4:0:5"). Built with plain concatenation:
 *  it runs once per mention, mostly in cold (interpreted) code. */
export function pieceKey(pieces: readonly Piece[]): string {
  let key = '';
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    let id = nodeIds.get(p.node);
    if (id === undefined) {
      id = nextNodeId++;
      nodeIds.set(p.node, id);
    }
    key += (i ? '|' : '') + id + ':' + p.start + ':' + p.end;
  }
  return key;
}

/** A text map's piece: one Text node and offsets in it (also a valid StaticRangeInit). */
export interface TextPieceLike {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

/**
 * The mark for a mention from the text map's pieces (`rangeAt`), or null when no piece is a usable
 * range (a piece past its node's end means the text changed since the scan: no mark).
 */
export function markOf(mention: Mention, type: EntityType, pieces: readonly TextPieceLike[]): Mark | null {
  const ps: Piece[] = [];
  const ranges: StaticRange[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    const node = p.startContainer;
    // rangeAt gives one piece per Text node; guard anyway against a piece spanning two nodes.
    if (p.endContainer !== node || p.endOffset <= p.startOffset) continue;
    const data = node.data;
    if (p.endOffset > data.length) return null;
    ps.push({ node, start: p.startOffset, end: p.endOffset, text: data.slice(p.startOffset, p.endOffset) });
    // The piece has exactly StaticRangeInit's four fields: no object to build per range.
    ranges.push(new StaticRange(p));
  }
  if (!ps.length) return null;
  return { key: pieceKey(ps), mention, type, pieces: ps, ranges };
}

/** A mark is still true when every piece's node is in the document and still holds the same text. */
export function isIntact(m: Mark): boolean {
  for (const p of m.pieces) {
    if (!p.node.isConnected) return false;
    if (p.node.data.length < p.end || p.node.data.slice(p.start, p.end) !== p.text) return false;
  }
  return true;
}

export function byDocumentOrder(a: Mark, b: Mark): number {
  const pa = a.pieces[0];
  const pb = b.pieces[0];
  if (pa.node === pb.node) return pa.start - pb.start;
  return pa.node.compareDocumentPosition(pb.node) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** Two lists in document order, merged; a batch wholly after (or before) the rest costs one check. */
export function mergeInOrder(a: Mark[], b: Mark[]): Mark[] {
  if (!a.length) return b;
  if (byDocumentOrder(a[a.length - 1], b[0]) < 0) return a.concat(b);
  if (byDocumentOrder(b[b.length - 1], a[0]) < 0) return b.concat(a);
  const out: Mark[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(byDocumentOrder(a[i], b[j]) <= 0 ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}
