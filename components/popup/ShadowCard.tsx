/**
 * The hover card, shown in the popup. It lives in its own shadow root with the card's own styles,
 * exactly as on the page, so the popup's CSS and the card's never leak into each other.
 */
import { render } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { Card, cardStyles } from '../card/Card';
import type { CardModel } from '../../core/types';

/** In the popup the card sits in the flow at full width instead of floating beside a mention. */
const POPUP_OVERRIDES = `
:host { display: block; }
.card { position: static !important; width: auto !important; max-width: none !important; margin: 0 !important; }
`;

export function ShadowCard({ model, onClose }: { model: CardModel; onClose?(): void }) {
  const host = useRef<HTMLDivElement>(null);
  const mount = useRef<HTMLDivElement | null>(null);

  useLayoutEffect(() => {
    const el = host.current;
    if (!el) return;
    if (!mount.current) {
      const root = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = cardStyles + POPUP_OVERRIDES;
      mount.current = document.createElement('div');
      root.append(style, mount.current);
    }
    render(<Card model={model} onClose={onClose} />, mount.current);
  }, [model, onClose]);

  useEffect(
    () => () => {
      if (mount.current) render(null, mount.current);
    },
    [],
  );

  return <div ref={host} class="card-host" data-testid="search-card" />;
}
