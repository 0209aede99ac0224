import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { buildTextMap, isBlockRendered, isHiddenRendered, type TextPiece } from '../../core/page/textmap';

function dom(body: string): Document {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${body}</body></html>`);
  return document as unknown as Document;
}

/** The DOM text a list of pieces covers, joined. */
function piecesText(pieces: TextPiece[]): string {
  return pieces.map((p) => p.startContainer.data.slice(p.startOffset, p.endOffset)).join('');
}

describe('buildTextMap: the text', () => {
  it('joins a name split across inline markup into one string', () => {
    const doc = dom('<p><a href="/x">Ahmad Shah</a> Massoud was <em>not</em> there.</p>');
    const map = buildTextMap(doc.body);
    expect(map.text).toBe('Ahmad Shah Massoud was not there.');
  });

  it('joins words split inside a word without adding a space', () => {
    const doc = dom('<p>Tali<b>ban</b>’s <i>E</i>U</p>');
    expect(buildTextMap(doc.body).text).toBe('Taliban’s EU');
  });

  it('puts one newline at block boundaries and <br>, none at the ends', () => {
    const doc = dom('<div>\n  <h1>Title</h1>\n<p>First line<br>second line</p><p>Next</p><ul><li>one</li><li>two</li></ul>\n</div>');
    expect(buildTextMap(doc.body).text).toBe('Title\nFirst line\nsecond line\nNext\none\ntwo');
  });

  it('collapses whitespace like rendered text, keeping no-break spaces', () => {
    const doc = dom('<p>  many \n\t spaces   here\u00a0and\u00a0there  </p>');
    expect(buildTextMap(doc.body).text).toBe('many spaces here\u00a0and\u00a0there');
  });

  it('keeps a space between inline elements that only whitespace separates', () => {
    const doc = dom('<p><a>Charles</a> <a>Michel</a></p><p><span>European</span>\n<span>Council</span></p>');
    expect(buildTextMap(doc.body).text).toBe('Charles Michel\nEuropean Council');
  });

  it('skips scripts, styles, code, forms, hidden and editable parts', () => {
    const doc = dom(`<div>
      <p>Kept one.</p>
      <script>var x = "Taliban";</script><style>p{}</style><noscript>no js</noscript>
      <template><p>tpl</p></template>
      <pre>pre text</pre><p>Inline <code>code()</code> done.</p>
      <form><label>Name <input value="v"></label><textarea>typed</textarea><button>Go</button></form>
      <p hidden>hidden attr</p><p aria-hidden="true">aria hidden</p><p style="display: none">inline none</p>
      <div contenteditable="true">editable Kabul</div><div contenteditable="false">not editable</div>
      <svg><text>svg text</text></svg>
      <nav>menu</nav><aside>rail</aside>
      <p>Kept two.</p>
    </div>`);
    expect(buildTextMap(doc.body).text).toBe('Kept one.\nInline done.\nnot editable\nKept two.');
  });

  it('reads a root the caller chose even when its tag is skipped below it (whole-page <form> wrappers)', () => {
    const doc = dom('<form id="page"><p>Article text.</p><form><label>Email</label></form></form>');
    const root = doc.getElementById('page')!;
    expect(buildTextMap(root).text).toBe('Article text.');
  });

  it('applies the caller skip predicate and visibility check', () => {
    const doc = dom('<p class="a">one</p><p class="byline">By someone</p><p class="x">two</p>');
    const map = buildTextMap(doc.body, {
      skip: (el) => el.classList.contains('byline'),
      isHidden: (el) => el.classList.contains('x'),
    });
    expect(map.text).toBe('one');
  });

  it('handles right-to-left text like any other', () => {
    const doc = dom('<p dir="rtl">وادی <b>پنجشیر</b> در شمال کابل</p>');
    const map = buildTextMap(doc.body);
    expect(map.text).toBe('وادی پنجشیر در شمال کابل');
    const at = map.text.indexOf('پنجشیر');
    expect(piecesText(map.rangeAt(at, at + 'پنجشیر'.length))).toBe('پنجشیر');
  });
});

describe('buildTextMap: rangeAt maps back to Text nodes', () => {
  it('returns one piece per Text node for a name split across markup', () => {
    const doc = dom('<p>Said <a href="/x">Ahmad Shah</a> Massoud today.</p>');
    const map = buildTextMap(doc.body);
    const start = map.text.indexOf('Ahmad');
    const end = start + 'Ahmad Shah Massoud'.length;
    const pieces = map.rangeAt(start, end);
    expect(pieces).toHaveLength(2);
    expect(pieces[0].startContainer.data).toBe('Ahmad Shah');
    expect([pieces[0].startOffset, pieces[0].endOffset]).toEqual([0, 10]);
    expect(pieces[1].startContainer.data).toBe(' Massoud today.');
    expect([pieces[1].startOffset, pieces[1].endOffset]).toEqual([0, 8]);
    expect(piecesText(pieces)).toBe('Ahmad Shah Massoud');
    for (const p of pieces) expect(p.startContainer).toBe(p.endContainer);
  });

  it('maps offsets after collapsed whitespace to the right source offsets', () => {
    const doc = dom('<p>  The   Taliban \n said</p>');
    const map = buildTextMap(doc.body);
    expect(map.text).toBe('The Taliban said');
    const [p] = map.rangeAt(4, 11);
    expect(p.startContainer.data.slice(p.startOffset, p.endOffset)).toBe('Taliban');
    expect(p.startOffset).toBe(8);
  });

  it('maps every word back to itself through any mix of whitespace, in small and huge text nodes', () => {
    // Whitespace the text map collapses (space, tab, LF, FF, CR, CRLF) and text it keeps (NBSP).
    const gaps = [' ', '  ', '\t', '\n', '\r\n', '\f', ' \n\t ', ' '];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const source = (n: number) => {
      let s = next() < 0.5 ? gaps[Math.floor(next() * gaps.length)] : '';
      for (let i = 0; i < n; i++) s += (i % 5 === 4 ? 'a\u00a0b' : `w${i}`) + gaps[Math.floor(next() * gaps.length)];
      return s;
    };
    for (const n of [12, 5000]) {
      const doc = dom('<p id="p"></p>');
      doc.getElementById('p')!.appendChild(doc.createTextNode(source(n)));
      const map = buildTextMap(doc.body);
      expect(map.text).not.toMatch(/[\t\n\f\r]|  |^ | $/);
      let at = 0;
      for (const word of map.text.split(' ')) {
        const pieces = map.rangeAt(at, at + word.length);
        expect(pieces).toHaveLength(1);
        expect(piecesText(pieces)).toBe(word);
        at += word.length + 1;
      }
      expect(at - 1).toBe(map.text.length);
    }
  });

  it('skips block newlines, which map to no node', () => {
    const doc = dom('<p>Panjshir</p><p>Valley</p>');
    const map = buildTextMap(doc.body);
    expect(map.text).toBe('Panjshir\nValley');
    const pieces = map.rangeAt(0, map.text.length);
    expect(pieces.map((p) => p.startContainer.data)).toEqual(['Panjshir', 'Valley']);
    expect(map.rangeAt(8, 9)).toEqual([]);
  });

  it('clamps out-of-range and empty requests', () => {
    const doc = dom('<p>abc</p>');
    const map = buildTextMap(doc.body);
    expect(map.rangeAt(2, 1)).toEqual([]);
    expect(map.rangeAt(-5, 100)).toHaveLength(1);
    expect(piecesText(map.rangeAt(-5, 100))).toBe('abc');
    expect(map.rangeAt(3, 10)).toEqual([]);
  });

  it('a range ending on a collapsed space covers the whole whitespace run', () => {
    const doc = dom('<p>EU   Council</p>');
    const map = buildTextMap(doc.body);
    const [p] = map.rangeAt(0, 3);
    expect([p.startOffset, p.endOffset]).toEqual([0, 5]);
  });
});

describe('buildTextMap: bounded', () => {
  it('walks 5k-deep nesting without recursion', () => {
    const depth = 5000;
    const doc = dom('<div id="top"></div>');
    let el = doc.getElementById('top')!;
    for (let i = 0; i < depth; i++) {
      const child = doc.createElement(i % 2 ? 'span' : 'div');
      el.appendChild(child);
      el = child;
    }
    el.appendChild(doc.createTextNode('deep Kabul'));
    const map = buildTextMap(doc.body);
    expect(map.text).toBe('deep Kabul');
    expect(map.truncated).toBe(false);
  });

  it('stops at the node budget and says so', () => {
    const doc = dom('<div id="top"></div>');
    const top = doc.getElementById('top')!;
    for (let i = 0; i < 3000; i++) {
      const p = doc.createElement('p');
      p.textContent = `para ${i}`;
      top.appendChild(p);
    }
    const map = buildTextMap(doc.body, { maxNodes: 1000 });
    expect(map.truncated).toBe(true);
    expect(map.work).toBeLessThanOrEqual(1001);
    expect(map.text.startsWith('para 0\npara 1\n')).toBe(true);
  });

  it('stops at the character budget inside a huge text node', () => {
    const doc = dom('<p id="p"></p>');
    doc.getElementById('p')!.appendChild(doc.createTextNode('word '.repeat(200_000)));
    const map = buildTextMap(doc.body, { maxChars: 10_000 });
    expect(map.truncated).toBe(true);
    expect(map.text.length).toBeLessThanOrEqual(10_000);
    const pieces = map.rangeAt(map.text.length - 4, map.text.length);
    expect(piecesText(pieces)).toBe('word');
  });

  it('never throws on a root that is a Text node or an empty element', () => {
    const doc = dom('<p>x</p>');
    expect(buildTextMap(doc.body.firstChild!.firstChild!).text).toBe('x');
    expect(buildTextMap(doc.createElement('div')).text).toBe('');
  });
});

describe('rendered-style checks for the content script', () => {
  /** An element whose window answers getComputedStyle from a table (Node has no layout). */
  function styled(html: string, styles: Record<string, Partial<CSSStyleDeclaration>>): Document {
    const doc = dom(html);
    const view = { getComputedStyle: (el: Element) => ({ display: 'inline', visibility: 'visible', ...styles[el.id] }) };
    Object.defineProperty(doc, 'defaultView', { value: view, configurable: true });
    return doc;
  }

  it('hides what computed style hides, and breaks lines where it makes blocks', () => {
    const doc = styled('<p id="p"><span id="a">Kabul</span><span id="b">hidden by a class</span><span id="c">Herat</span></p>', {
      p: { display: 'block' },
      b: { display: 'none' },
      c: { display: 'block' },
    });
    expect(isHiddenRendered(doc.getElementById('b')!)).toBe(true);
    expect(isHiddenRendered(doc.getElementById('a')!)).toBe(false);
    expect(isBlockRendered(doc.getElementById('c')!)).toBe(true);
    expect(isBlockRendered(doc.getElementById('a')!)).toBe(false);
    const map = buildTextMap(doc.body, { isHidden: isHiddenRendered, isBlock: isBlockRendered });
    expect(map.text).toBe('Kabul\nHerat');
  });
});
