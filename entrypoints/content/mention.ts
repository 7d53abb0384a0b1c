/**
 * A mention the content script draws: where it is (a quote selector in the page's article text,
 * updated each time it is re-found) and what the hover card says about it.
 */
import type { AttributionCard, EntityCard, SpanKind } from '@/lib/messages';
import type { QuoteSelector } from '@/lib/page/match-quote';

/** One highlighted span of the article. */
export interface Mention {
  selector: QuoteSelector;
  kind: SpanKind;
  label: string;
  entity?: EntityCard;
  attribution?: AttributionCard;
}

/** Entity mentions win hit tests over the attribution phrase around them. */
export function rankOf(m: Mention): number {
  return m.kind === 'attribution' ? 0 : 1;
}
