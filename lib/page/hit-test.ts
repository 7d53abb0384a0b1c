/**
 * Which drawn mention is under the pointer. CSS highlights are not elements, so they get no mouse
 * events: the caret position under the pointer is compared with the drawn ranges, and the hit is
 * confirmed against the range's own rectangles (the caret snaps to the nearest text even in margins).
 */

/** A drawn mention: its live range and what it is. */
export interface Drawn<T> {
  range: Range;
  item: T;
  /** Entities win over the attribution phrase around them. */
  rank: number;
}

/** Drawn mentions indexed by the text node they start or end in. */
export interface HitIndex<T> {
  byNode: Map<Node, Array<Drawn<T>>>;
  /** Ranges spanning more than two text nodes: checked one by one. */
  wide: Array<Drawn<T>>;
}

/** Pixels of slack around a mention's rectangles. */
const TOLERANCE = 1;

/** Indexes drawn mentions for hit-testing. */
export function buildHitIndex<T>(drawn: ReadonlyArray<Drawn<T>>): HitIndex<T> {
  const byNode = new Map<Node, Array<Drawn<T>>>();
  const wide: Array<Drawn<T>> = [];
  for (const d of drawn) {
    const { startContainer, endContainer } = d.range;
    for (const node of startContainer === endContainer ? [startContainer] : [startContainer, endContainer]) {
      const list = byNode.get(node);
      if (list) list.push(d);
      else byNode.set(node, [d]);
    }
    if (startContainer !== endContainer && startContainer.nextSibling !== endContainer) wide.push(d);
  }
  return { byNode, wide };
}

/** The text position under a viewport point, with whichever caret API the browser has. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const range = doc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

function underPoint(range: Range, x: number, y: number): boolean {
  for (const r of Array.from(range.getClientRects())) {
    if (x >= r.left - TOLERANCE && x <= r.right + TOLERANCE && y >= r.top - TOLERANCE && y <= r.bottom + TOLERANCE) return true;
  }
  return false;
}

/** The drawn mention under the viewport point (x, y), the entity one when several overlap. */
export function hitAt<T>(index: HitIndex<T>, doc: Document, x: number, y: number): Drawn<T> | undefined {
  const caret = caretAt(doc, x, y);
  if (!caret) return undefined;
  const candidates = [...(index.byNode.get(caret.node) ?? []), ...index.wide];
  let best: Drawn<T> | undefined;
  for (const d of candidates) {
    if (best && best.rank >= d.rank) continue;
    // The caret only narrows the candidates: the hit itself is the pointer inside the mention's boxes.
    if (underPoint(d.range, x, y)) best = d;
  }
  return best;
}

/** The first drawn mention inside `el` (a link or button that got keyboard focus). */
export function drawnWithin<T>(drawn: ReadonlyArray<Drawn<T>>, el: Element): Drawn<T> | undefined {
  return drawn.find((d) => el.contains(d.range.startContainer));
}
