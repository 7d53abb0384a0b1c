/**
 * What the page needs to draw: every entity mention and attribution as a flat, sorted list of spans.
 * The content script gets only this, never the whole annotation.
 */
import type { HighlightSpan } from '../messages';
import type { Annotation } from './types';

/** Flattens an annotation into highlight spans, in text order. */
export function highlightSpans(annotation: Annotation): HighlightSpan[] {
  const spans: HighlightSpan[] = [];
  for (const entity of annotation.entities) {
    for (const m of entity.mentions) {
      spans.push({ start: m.start, end: m.end, kind: entity.kind, label: entity.name });
    }
  }
  for (const a of annotation.attributions) {
    spans.push({ start: a.start, end: a.end, kind: 'attribution', label: a.source });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return spans;
}
