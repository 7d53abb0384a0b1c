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

/** The article URL with a text fragment pointing at `quote`. */
export function textFragmentUrl(url: string, quote: Pick<Quote, 'exact' | 'prefix' | 'suffix'>): string {
  const base = url.split('#')[0] ?? url;
  const exact = quote.exact.replace(/\s+/g, ' ').trim();
  if (!exact) return base;
  const prefix = words(quote.prefix.replace(/\s+/g, ' '), true);
  const suffix = words(quote.suffix.replace(/\s+/g, ' '), false);
  const parts = [prefix ? `${encode(prefix)}-` : '', encode(exact), suffix ? `-${encode(suffix)}` : ''].filter(Boolean);
  return `${base}#:~:text=${parts.join(',')}`;
}
