/**
 * Draws highlights with the CSS Custom Highlight API: ranges are registered with the browser and
 * painted by a stylesheet, so the page's DOM is not touched and no layout changes. One highlight
 * per kind (its colour and underline come from the content stylesheet) and one for the mention that
 * has keyboard focus.
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

/** The highlight of the mention shown in the hover card after keyboard navigation. */
export const FOCUS_HIGHLIGHT = 'sourcemark-focus';

/** Entities paint over the attribution phrase that contains them; the focused mention over all. */
const PRIORITY: Record<SpanKind, number> = { attribution: 0, place: 1, organization: 1, person: 1 };
const FOCUS_PRIORITY = 2;

/** True where the browser has the Custom Highlight API. */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** The Range of the text span [start, end), or undefined when it cannot be placed exactly. */
export function rangeFor(doc: Document, map: MappedText, start: number, end: number): Range | undefined {
  const points = spanToPoints(map, start, end);
  if (!points) return undefined;
  const range = doc.createRange();
  range.setStart(points.start.node, points.start.offset);
  range.setEnd(points.end.node, points.end.offset);
  return range;
}

/** Builds one Range per span that can be placed exactly; spans that cannot are left out, never guessed. */
export function rangesFor(doc: Document, map: MappedText, spans: HighlightSpan[]): Map<SpanKind, Range[]> {
  const byKind = new Map<SpanKind, Range[]>();
  for (const span of spans) {
    const range = rangeFor(doc, map, span.start, span.end);
    if (!range) continue;
    const list = byKind.get(span.kind) ?? [];
    list.push(range);
    byKind.set(span.kind, list);
  }
  return byKind;
}

/** Registers one highlight per kind, replacing Sourcemark's earlier ones; returns how many ranges were drawn. */
export function paintRanges(byKind: Map<SpanKind, Range[]>): number {
  let drawn = 0;
  for (const kind of Object.keys(HIGHLIGHT_NAMES) as SpanKind[]) {
    const ranges = byKind.get(kind) ?? [];
    if (!ranges.length) {
      CSS.highlights.delete(HIGHLIGHT_NAMES[kind]);
      continue;
    }
    const highlight = new Highlight(...ranges);
    highlight.priority = PRIORITY[kind];
    CSS.highlights.set(HIGHLIGHT_NAMES[kind], highlight);
    drawn += ranges.length;
  }
  return drawn;
}

/** Registers the highlights of `spans`, replacing Sourcemark's earlier ones; returns how many were drawn. */
export function drawHighlights(doc: Document, map: MappedText, spans: HighlightSpan[]): number {
  return paintRanges(rangesFor(doc, map, spans));
}

/** Marks (or, with null, unmarks) the mention that has keyboard focus. */
export function paintFocus(range: Range | null): void {
  if (!highlightsSupported()) return;
  if (!range) {
    CSS.highlights.delete(FOCUS_HIGHLIGHT);
    return;
  }
  const highlight = new Highlight(range);
  highlight.priority = FOCUS_PRIORITY;
  CSS.highlights.set(FOCUS_HIGHLIGHT, highlight);
}

/** Removes every Sourcemark highlight. */
export function clearHighlights(): void {
  if (!highlightsSupported()) return;
  for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
  CSS.highlights.delete(FOCUS_HIGHLIGHT);
}
