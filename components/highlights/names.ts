/**
 * The CSS Custom Highlight names marks paint with, and their ::highlight rules (marks.css, next to
 * this file). Shared by the content script's mark layer and the options page's preview, so what the
 * reader picks there is what the page shows.
 */
import type { MarkStyle } from '../../core/settings';
import { ENTITY_TYPES as TYPES, type EntityType, type Mention } from '../../core/types';

export { TYPES };

/** Every highlight name starts with this (marks.css has the matching ::highlight rules). */
export const HIGHLIGHT_PREFIX = 'mk-';
export const FOCUS_HIGHLIGHT = `${HIGHLIGHT_PREFIX}focus`;
export const FLASH_HIGHLIGHT = `${HIGHLIGHT_PREFIX}flash`;

/** The highlight a style paints with (for `quiet`: the faint one its later mentions get). */
export function highlightName(type: EntityType, style: MarkStyle): string {
  if (style === 'quiet') return `${HIGHLIGHT_PREFIX}${type}-faint`;
  return style === 'underline' ? `${HIGHLIGHT_PREFIX}${type}` : `${HIGHLIGHT_PREFIX}${type}-${style}`;
}

/** The highlight one mark paints with: under `quiet`, an entity's first mention stays clear. */
export function markHighlightName(type: EntityType, style: MarkStyle, first: boolean): string {
  return style === 'quiet' && first ? highlightName(type, 'underline') : highlightName(type, style);
}

/** An in-article name (issue 17, `via: 'article'`): one quiet dotted mark in any style, so a name
 *  described only by the article never looks like a KB link. */
export function articleHighlightName(type: EntityType): string {
  return `${HIGHLIGHT_PREFIX}${type}-article`;
}

/** The highlight one mark paints with, whatever kind of mark it is. */
export function highlightOf(m: { type: EntityType; mention: Pick<Mention, 'via'> }, style: MarkStyle, first: boolean): string {
  return m.mention.via === 'article' ? articleHighlightName(m.type) : markHighlightName(m.type, style, first);
}

/** Every highlight name there is (the layer clears them all on dispose). */
export const ALL_NAMES = [
  ...TYPES.flatMap((t) => (['underline', 'dotted', 'background', 'quiet'] as MarkStyle[]).map((s) => highlightName(t, s))),
  ...TYPES.map(articleHighlightName),
  FOCUS_HIGHLIGHT,
  FLASH_HIGHLIGHT,
];

