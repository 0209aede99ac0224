/**
 * A sample sentence marked exactly as an article would be: the same CSS Custom Highlight names and
 * ::highlight rules the content script uses (components/highlights/marks.css), so what you pick here is
 * what you get on the page.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { MarkStyle } from '../../core/settings';
import type { EntityType } from '../../core/types';
import { highlightName, markHighlightName, TYPES } from '../highlights/names';
import '../highlights/marks.css';

type Part = string | { text: string; type: EntityType };

const SAMPLE: Part[] = [
  'On 9 September 2001, ',
  { text: 'Ahmad Shah Massoud', type: 'person' },
  ', the resistance leader of the ',
  { text: 'Panjshir', type: 'place' },
  ' valley, was killed by men sent by ',
  { text: 'al-Qaeda', type: 'organization' },
  ', two days before its attacks on ',
  { text: 'New York', type: 'place' },
  '. ',
  // A second mention of each: under the quiet style, later mentions are faint.
  { text: 'Massoud', type: 'person' },
  ' had warned of ',
  { text: 'al-Qaeda', type: 'organization' },
  '.',
];

const supported = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

export function MarkPreview({ style, types }: { style: MarkStyle; types: Record<EntityType, boolean> }) {
  const root = useRef<HTMLParagraphElement>(null);
  const canHighlight = supported();

  useEffect(() => {
    const el = root.current;
    if (!el || !canHighlight) return;
    const names = TYPES.flatMap((t) => [highlightName(t, style), markHighlightName(t, style, true)]);
    for (const type of TYPES) {
      if (!types[type]) continue;
      // The first span of a type stands for each entity's first mention (the sample names each
      // entity first, then repeats two of them).
      const byName = new Map<string, Range[]>();
      [...el.querySelectorAll<HTMLElement>(`[data-type="${type}"]`)].forEach((span, i) => {
        const r = new Range();
        r.selectNodeContents(span);
        const first = i === 0 || (type === 'place' && i === 1);
        const name = markHighlightName(type, style, first);
        byName.set(name, [...(byName.get(name) ?? []), r]);
      });
      for (const [name, ranges] of byName) CSS.highlights.set(name, new Highlight(...ranges));
    }
    return () => {
      for (const n of names) CSS.highlights.delete(n);
    };
  }, [style, types.person, types.place, types.organization]);

  return (
    <p class="preview" ref={root} data-testid="mark-preview" data-style={style}>
      {SAMPLE.map((p, i) =>
        typeof p === 'string' ? (
          p
        ) : (
          <span key={i} data-type={p.type} class={!canHighlight && types[p.type] ? `fallback-mark fallback-${style}` : undefined}>
            {p.text}
          </span>
        ),
      )}
    </p>
  );
}
