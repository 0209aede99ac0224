/** How many lines a card carries and shows: one definition for the card model (core/card/card-model.ts),
 *  the hover card (components/card/Card.tsx) and the CLI's text cards. Kept apart from card-model.ts so
 *  the content script does not bundle the card-model code. */

/** The most lines a card model carries; the card shows CARD_LINES_SHOWN of them and "More" for the rest. */
export const MAX_CARD_LINES = 6;
/** Lines a card shows before "More": a glance, read while reading. */
export const CARD_LINES_SHOWN = 3;
