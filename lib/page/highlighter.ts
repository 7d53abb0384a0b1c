/**
 * Draws highlights with the CSS Custom Highlight API: ranges are registered with the browser and
 * painted by a stylesheet, so the page's DOM is not touched and page scripts see no extra nodes.
 */
import type { HighlightSpan, SpanKind } from '../messages';
import type { MappedText } from './text-builder';
import { spanToPoints } from './text-map';

/** The CSS highlight name of each kind; the stylesheet gives each its colour and underline. */
export const HIGHLIGHT_NAMES: Record<SpanKind, string> = {
  person: 'sourcemark-person',
  organization: 'sourcemark-organization',
  place: 'sourcemark-place',
  attribution: 'sourcemark-attribution',
};

/** Entities paint over the attribution phrase that contains them. */
const PRIORITY: Record<SpanKind, number> = { attribution: 0, place: 1, organization: 1, person: 1 };

/** True where the browser has the Custom Highlight API. */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Builds one Range per span that can be placed exactly; spans that cannot are left out, never guessed. */
export function rangesFor(doc: Document, map: MappedText, spans: HighlightSpan[]): Map<SpanKind, Range[]> {
  const byKind = new Map<SpanKind, Range[]>();
  for (const span of spans) {
    const points = spanToPoints(map, span.start, span.end);
    if (!points) continue;
    const range = doc.createRange();
    range.setStart(points.start.node, points.start.offset);
    range.setEnd(points.end.node, points.end.offset);
    const list = byKind.get(span.kind) ?? [];
    list.push(range);
    byKind.set(span.kind, list);
  }
  return byKind;
}

/** Registers the highlights, replacing Sourcemark's earlier ones; returns how many ranges were drawn. */
export function drawHighlights(doc: Document, map: MappedText, spans: HighlightSpan[]): number {
  let drawn = 0;
  for (const [kind, ranges] of rangesFor(doc, map, spans)) {
    const highlight = new Highlight(...ranges);
    highlight.priority = PRIORITY[kind];
    CSS.highlights.set(HIGHLIGHT_NAMES[kind], highlight);
    drawn += ranges.length;
  }
  return drawn;
}

/** Removes every Sourcemark highlight. */
export function clearHighlights(): void {
  for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
}
