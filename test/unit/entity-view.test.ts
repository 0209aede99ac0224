// The resolver's fast entity reads (issue 13): the view must read as the index's own list, for the
// entities copied into it and for any other (through its prototype).
import { describe, expect, it } from 'vitest';
import { readIndex } from '../../core/kb/kb-format';
import { buildLexicon } from '../../core/linking/match';
import { entityById, entityView } from '../../core/linking/entity-view';
import { indexBytes } from '../../scripts/data/lib/write-kb';
import { smallIndex } from './match-kb';

describe('entityView', () => {
  const index = readIndex(indexBytes(smallIndex()));
  const lex = buildLexicon(index);

  it('reads every entity as index.entities does, copied in or not', () => {
    const view = entityView(lex, [[{ entity: 1 }, { entity: 3 }], [{ entity: 3 }]]);
    expect(view[1]).toBe(index.entities[1]);
    expect(view[3]).toBe(index.entities[3]);
    for (let i = 0; i < index.entities.length; i++) expect(view[i], `entity ${i}`).toBe(index.entities[i]);
    // Later articles extend the same view.
    const again = entityView(lex, [[{ entity: 5 }]]);
    expect(again).toBe(view);
    expect(again[5]).toBe(index.entities[5]);
  });

  it('finds entities by id as byId and the list do, and nothing for an unknown id', () => {
    for (const e of index.entities) expect(entityById(lex, e.id)).toBe(e);
    expect(entityById(lex, 'Q-none')).toBeUndefined();
    expect(entityById(lex, 'Q-none')).toBeUndefined();
  });

  it('is the list itself for an index in object form', () => {
    const obj = smallIndex();
    expect(entityView(buildLexicon(obj), [[{ entity: 0 }]])).toBe(obj.entities);
  });
});
