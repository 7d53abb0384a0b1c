/**
 * Where the hover card goes: beside the article column when there is room (it then covers no article
 * text at all), else above or below the mention's line — never on the line being read. Pure geometry.
 */

/** A rectangle in viewport pixels. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Space kept between the card, the text and the viewport's edges. */
export const CARD_GAP = 8;

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

/**
 * The card's top-left corner for a mention at `line` (the rectangle of its text), in an article
 * whose column is `column`, with a card of `size` in a `viewport`-sized window.
 */
export function placeCard(
  line: Box,
  column: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number } {
  const top = clamp(line.top, CARD_GAP, viewport.height - size.height - CARD_GAP);
  const rightRoom = viewport.width - (column.left + column.width) - CARD_GAP;
  if (rightRoom >= size.width + CARD_GAP) return { left: column.left + column.width + CARD_GAP, top };
  if (column.left - CARD_GAP >= size.width + CARD_GAP) return { left: column.left - CARD_GAP - size.width, top };
  const left = clamp(line.left, CARD_GAP, viewport.width - size.width - CARD_GAP);
  const below = line.top + line.height + CARD_GAP;
  const roomBelow = viewport.height - below - CARD_GAP;
  const roomAbove = line.top - CARD_GAP - CARD_GAP;
  if (roomBelow >= size.height || roomBelow >= roomAbove) return { left, top: below };
  return { left, top: line.top - CARD_GAP - size.height };
}
