/**
 * Maps offsets of the built article text back to live DOM positions, so a span the background
 * returns becomes a Range on exactly the characters that were read.
 */
import type { MappedText, TextSegment } from './text-builder';

/** A DOM position: a text node and an offset in it. */
export interface DomPoint {
  node: Text;
  offset: number;
}

function findSegment(segments: TextSegment[], offset: number): TextSegment | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid] as TextSegment;
    if (offset < seg.start) hi = mid - 1;
    else if (offset >= seg.end) lo = mid + 1;
    else return seg;
  }
  return undefined;
}

function nodeOffsetIn(seg: TextSegment, offset: number): number {
  let base: [number, number] = seg.breaks[0] ?? [seg.start, 0];
  for (const b of seg.breaks) {
    if (b[0] > offset) break;
    base = b;
  }
  return base[1] + (offset - base[0]);
}

/** The DOM point of the character at `offset` (undefined inside a block separator). */
export function pointAt(map: MappedText, offset: number): DomPoint | undefined {
  const seg = findSegment(map.segments, offset);
  return seg ? { node: seg.node, offset: nodeOffsetIn(seg, offset) } : undefined;
}

/** The DOM start and end points of the text span [start, end); undefined when it cannot be placed. */
export function spanToPoints(
  map: MappedText,
  start: number,
  end: number,
): { start: DomPoint; end: DomPoint } | undefined {
  if (end <= start) return undefined;
  const a = pointAt(map, start);
  const last = pointAt(map, end - 1);
  if (!a || !last) return undefined;
  const b = { node: last.node, offset: last.offset + 1 };
  if (b.offset > b.node.data.length) return undefined;
  return { start: a, end: b };
}

/** A piece of a span that lies in one text node. */
export interface NodeSlice {
  node: Text;
  start: number;
  end: number;
}

/** The text-node pieces of the span [start, end), for wrapping them one node at a time. */
export function nodeSlices(map: MappedText, start: number, end: number): NodeSlice[] {
  const slices: NodeSlice[] = [];
  for (const seg of map.segments) {
    if (seg.end <= start) continue;
    if (seg.start >= end) break;
    const a = nodeOffsetIn(seg, Math.max(start, seg.start));
    const b = nodeOffsetIn(seg, Math.min(end, seg.end) - 1) + 1;
    const last = slices[slices.length - 1];
    if (last && last.node === seg.node) last.end = Math.max(last.end, b);
    else slices.push({ node: seg.node, start: a, end: Math.min(b, seg.node.data.length) });
  }
  return slices;
}
