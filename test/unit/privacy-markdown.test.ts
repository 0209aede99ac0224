import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from '../../components/privacy/markdown';

describe('privacy page markdown', () => {
  it('parses headings, paragraphs, lists and inline marks', () => {
    const blocks = parseMarkdown('# Title\n\nOne\nline.\n\n- **a** item\n  continued\n- `code` [x](https://e.org)\n\n## Sub');
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'list', 'heading']);
    expect(blocks[1]).toEqual({ kind: 'paragraph', inline: [{ kind: 'text', text: 'One line.' }] });
    expect(blocks[2]).toMatchObject({ kind: 'list', items: [[{ kind: 'bold', text: 'a' }, { kind: 'text', text: ' item continued' }], expect.any(Array)] });
    expect(parseInline('`code` [x](https://e.org)')).toEqual([
      { kind: 'code', text: 'code' },
      { kind: 'text', text: ' ' },
      { kind: 'link', text: 'x', href: 'https://e.org' },
    ]);
  });

  it('PRIVACY.md says what is read, what is stored and what never leaves the browser', () => {
    const headings = parseMarkdown(fs.readFileSync(new URL('../../PRIVACY.md', import.meta.url), 'utf8'))
      .filter((b) => b.kind === 'heading')
      .map((b) => (b.kind === 'heading' ? b.inline.map((i) => i.text).join('') : ''));
    expect(headings).toEqual(expect.arrayContaining(['What it reads', 'What it stores', 'What never leaves your browser']));
  });
});
