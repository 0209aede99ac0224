// Names in the page's language (issue 11, point 4): an alias tagged with a language matches only on
// a page in that language; the compiled index carries the tag; the page's <html lang> reaches the matcher.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { createMatcher } from '../../core/linking/matcher';
import { readIndex } from '../../core/kb/kb-format';
import { indexBytes } from '../../scripts/data/lib/write-kb';
import { pageLang } from '../../core/page/scan';
import type { EntityRecord } from '../../core/types';
import { compile } from '../../scripts/data/lib/compile';

const us: EntityRecord = {
  id: 'Q30', type: 'place', subtype: 'country', name: 'United States', aliases: ['USA'], prominence: 0.75, country: 'US',
  langAliases: { es: ['Estados Unidos'], pt: ['Estados Unidos'], fr: ['États-Unis'] }, sources: [{ source: 'world-countries' }],
};
const uk: EntityRecord = {
  id: 'Q145', type: 'place', subtype: 'country', name: 'United Kingdom', prominence: 0.75, country: 'GB',
  langAliases: { fr: ['Royaume-Uni'], es: ['Reino Unido'] }, sources: [{ source: 'world-countries' }],
};
const sources = { version: '2026-01-01.1', sources: { 'world-countries': { title: 'wc', license: 'ODbL', attribution: 'x' } } };

function index() {
  const { index } = compile(new Map([[us.id, us], [uk.id, uk]]), sources as never);
  return readIndex(indexBytes(index));
}

describe('language-tagged aliases', () => {
  it('are compiled with their languages and survive the file format', () => {
    const idx = index();
    const tagged = Object.entries(idx.aliasLang ?? {}).map(([k, l]) => [idx.aliases[+k][0], l]).sort();
    expect(tagged).toEqual([['Estados Unidos', 'es,pt'], ['Reino Unido', 'es'], ['Royaume-Uni', 'fr'], ['États-Unis', 'fr']]);
  });

  it('match only on a page in their language', () => {
    const m = createMatcher(index());
    const es = 'El presidente de Estados Unidos viajó al Reino Unido.';
    expect(m.find(es, { lang: 'es' }).map((x) => x.id)).toEqual(['Q30', 'Q145']);
    expect(m.find(es, { lang: 'pt' }).map((x) => x.id)).toEqual(['Q30']);
    expect(m.find(es, { lang: 'en' })).toEqual([]);
    expect(m.find(es)).toEqual([]);
    // Untagged names match on every page.
    expect(m.find('Les États-Unis et les USA.', { lang: 'fr' }).map((x) => x.text)).toEqual(['États-Unis', 'USA']);
  });

  it('take the language from <html lang>', () => {
    const doc = (lang: string) => parseHTML(`<html${lang}><body></body></html>`).document as unknown as Document;
    // The whole tag, lower case ('' when unstated); matching reads its primary subtag.
    expect(pageLang(doc(' lang="fr-FR"'))).toBe('fr-fr');
    expect(pageLang(doc(' lang="ES"'))).toBe('es');
    expect(pageLang(doc(''))).toBe('');
  });
});
