/**
 * Highlights for browsers without the CSS Custom Highlight API: each span's text is wrapped in a
 * <sourcemark-mark> element (a custom element name, so the page's own selectors do not match it and
 * its styles come only from Sourcemark's stylesheet). This is the one mode that changes the page's
 * DOM, so it wraps only whole text-node pieces, never overlaps, and unwraps cleanly.
 */
import type { SpanKind } from '../messages';
import type { MappedText } from './text-builder';
import { nodeSlices, type NodeSlice } from './text-map';

/** The wrapper element's name. */
export const MARK_TAG = 'sourcemark-mark';

/** A span to wrap. */
export interface FallbackSpan {
  start: number;
  end: number;
  kind: SpanKind;
}

/** Entities are wrapped first; an attribution overlapping one is left out (marks do not nest). */
const ORDER: Record<SpanKind, number> = { person: 0, organization: 0, place: 0, attribution: 1 };

function overlaps(taken: NodeSlice[], s: NodeSlice): boolean {
  return taken.some((t) => t.node === s.node && t.start < s.end && s.start < t.end);
}

/**
 * Wraps the spans' text in marks and returns the marks, one array per span (in the order given;
 * empty for a span that was left out).
 */
export function wrapSpans(doc: Document, map: MappedText, spans: readonly FallbackSpan[]): Element[][] {
  const order = spans.map((_, i) => i).sort((a, b) => ORDER[(spans[a] as FallbackSpan).kind] - ORDER[(spans[b] as FallbackSpan).kind]);
  const taken: NodeSlice[] = [];
  const jobs: Array<{ slice: NodeSlice; kind: SpanKind; span: number }> = [];
  for (const i of order) {
    const span = spans[i] as FallbackSpan;
    const slices = nodeSlices(map, span.start, span.end).filter((s) => s.end > s.start);
    if (!slices.length || slices.some((s) => overlaps(taken, s))) continue;
    for (const slice of slices) {
      taken.push(slice);
      jobs.push({ slice, kind: span.kind, span: i });
    }
  }
  const marks: Element[][] = spans.map(() => []);
  const byNode = new Map<Text, typeof jobs>();
  for (const job of jobs) byNode.set(job.slice.node, [...(byNode.get(job.slice.node) ?? []), job]);
  for (const [node, list] of byNode) {
    // Within a node, wrap from the end so earlier offsets stay valid after each split.
    list.sort((a, b) => b.slice.start - a.slice.start);
    for (const job of list) {
      const parent = node.parentNode;
      if (!parent) continue;
      // Split by hand (not splitText): the same code runs on linkedom documents in Node.
      const data = node.data;
      const after = doc.createTextNode(data.slice(job.slice.end));
      const mark = doc.createElement(MARK_TAG);
      mark.setAttribute('data-kind', job.kind);
      mark.appendChild(doc.createTextNode(data.slice(job.slice.start, job.slice.end)));
      node.data = data.slice(0, job.slice.start);
      parent.insertBefore(after, node.nextSibling);
      parent.insertBefore(mark, after);
      (marks[job.span] as Element[]).unshift(mark);
    }
  }
  return marks;
}

/** Removes every mark under `root`, putting its text back where it was. */
export function unwrapAll(root: ParentNode): void {
  for (const mark of Array.from(root.querySelectorAll(MARK_TAG))) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
  }
}
