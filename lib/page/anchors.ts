/**
 * Keeps highlights on their words while the page's text changes: every drawn span is remembered as a
 * quote selector in the page text, and re-found in the new text after each change. Pure string logic;
 * the DOM side only turns the found offsets into ranges with the live text map.
 */
import { quoteOf } from '../store/quote';
import { matchQuote, type QuoteSelector } from './match-quote';

/** The selector of the span [start, end) of `text`: its quote, 32 characters each side, its position. */
export function selectorFor(text: string, start: number, end: number): QuoteSelector {
  return { ...quoteOf(text, start, end), start };
}

/** Where a selector is in the current text, or null when it cannot be placed (an orphan). */
export type Placement = { start: number; end: number } | null;

/**
 * Re-finds every selector in `text`. Selectors are tried in position order and each one first tries
 * the shift its predecessor moved by, so a post inserted above the article costs one comparison per
 * span instead of a search.
 */
export function reanchorAll(text: string, selectors: readonly QuoteSelector[]): Placement[] {
  const order = selectors.map((_, i) => i).sort((a, b) => (selectors[a] as QuoteSelector).start - (selectors[b] as QuoteSelector).start);
  const out: Placement[] = new Array<Placement>(selectors.length).fill(null);
  let shift = 0;
  for (const i of order) {
    const sel = selectors[i] as QuoteSelector;
    const found = matchQuote(text, sel, shift);
    if (!found) continue;
    out[i] = { start: found.start, end: found.end };
    shift = found.start - sel.start;
  }
  return out;
}
