import type { ComponentChildren } from 'preact';
import { parseMarkdown, type Inline } from './markdown';

function Inlines({ parts }: { parts: Inline[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.kind === 'bold' ? <strong key={i}>{p.text}</strong> : p.kind === 'code' ? <code key={i}>{p.text}</code> : p.kind === 'link' ? (
          // Relative links point into the repository, not the package: show the text only.
          /^https?:\/\//.test(p.href) ? <a key={i} href={p.href} target="_blank" rel="noopener noreferrer">{p.text}</a> : <span key={i}>{p.text}</span>
        ) : (
          p.text
        ),
      )}
    </>
  );
}

export function Markdown({ source }: { source: string }) {
  return (
    <>
      {parseMarkdown(source).map((b, i): ComponentChildren => {
        if (b.kind === 'list') return <ul key={i}>{b.items.map((it, j) => <li key={j}><Inlines parts={it} /></li>)}</ul>;
        if (b.kind === 'paragraph') return <p key={i}><Inlines parts={b.inline} /></p>;
        const H = (b.level === 1 ? 'h1' : 'h2') as 'h1' | 'h2';
        return <H key={i}><Inlines parts={b.inline} /></H>;
      })}
    </>
  );
}
