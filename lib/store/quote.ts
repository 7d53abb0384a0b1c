/** Length of the context kept on each side of a quote: what the W3C TextQuoteSelector suggests. */
export const QUOTE_CONTEXT = 32;

/** The exact text of a span with its prefix and suffix, enough to find it again in a changed page. */
export function quoteOf(text: string, start: number, end: number): { exact: string; prefix: string; suffix: string } {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
    suffix: text.slice(end, end + QUOTE_CONTEXT),
  };
}
