/**
 * The little Markdown PRIVACY.md uses (headings, paragraphs, "- " lists, **bold**, `code`, [links](url)),
 * parsed into blocks for the privacy page. Text only: nothing is ever inserted as HTML.
 */
export type Inline = { kind: 'text' | 'bold' | 'code'; text: string } | { kind: 'link'; text: string; href: string };
export type Block = { kind: 'heading'; level: number; inline: Inline[] } | { kind: 'paragraph'; inline: Inline[] } | { kind: 'list'; items: Inline[][] };

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  const re = /\*\*([^*]+)\*\*|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
    if (m[1] !== undefined) out.push({ kind: 'bold', text: m[1] });
    else if (m[2] !== undefined) out.push({ kind: 'code', text: m[2] });
    else out.push({ kind: 'link', text: m[3], href: m[4] });
    last = re.lastIndex;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let para: string[] = [];
  let items: string[] | null = null;
  const flush = () => {
    if (para.length) blocks.push({ kind: 'paragraph', inline: parseInline(para.join(' ')) });
    if (items) blocks.push({ kind: 'list', items: items.map(parseInline) });
    para = [];
    items = null;
  };
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trim();
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (!line) flush();
    else if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1].length, inline: parseInline(heading[2]) });
    } else if (line.startsWith('- ')) {
      if (para.length) flush();
      (items ??= []).push(line.slice(2));
    } else if (items) items[items.length - 1] += ` ${line}`; // a list item's continuation line
    else para.push(line);
  }
  flush();
  return blocks;
}
