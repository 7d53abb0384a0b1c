/**
 * A link that opens an earlier article scrolled to the mention (URL text fragment,
 * `#:~:text=prefix-,exact,-suffix`), so "where did I read this?" lands on the sentence itself.
 */
import type { Quote } from './records';

const encode = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C');

/** Last few words of the prefix / first few of the suffix: enough to tell the mention apart. */
function words(s: string, fromEnd: boolean): string {
  const parts = s.trim().split(/\s+/).filter(Boolean);
  const taken = fromEnd ? parts.slice(-3) : parts.slice(0, 3);
  return taken.join(' ');
}

/** What a link to a quoted span needs of it (see linkQuote). */
export type LinkQuote = Pick<Quote, 'exact' | 'prefix' | 'suffix'>;

/**
 * The quote cut to what textFragmentUrl reads (the exact text, the last words of the prefix, the first
 * words of the suffix): the same link, from fewer bytes. Coverage rows keep this form, because every
 * save reads and writes them and every popup opening reads them.
 */
export function linkQuote(quote: LinkQuote): LinkQuote {
  return { exact: quote.exact, prefix: words(quote.prefix.replace(/\s+/g, ' '), true), suffix: words(quote.suffix.replace(/\s+/g, ' '), false) };
}

/** The article URL with a text fragment pointing at `quote`. */
export function textFragmentUrl(url: string, quote: LinkQuote): string {
  const base = url.split('#')[0] ?? url;
  const exact = quote.exact.replace(/\s+/g, ' ').trim();
  if (!exact) return base;
  const prefix = words(quote.prefix.replace(/\s+/g, ' '), true);
  const suffix = words(quote.suffix.replace(/\s+/g, ' '), false);
  const parts = [prefix ? `${encode(prefix)}-` : '', encode(exact), suffix ? `-${encode(suffix)}` : ''].filter(Boolean);
  return `${base}#:~:text=${parts.join(',')}`;
}
