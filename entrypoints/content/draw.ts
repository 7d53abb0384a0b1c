/**
 * Turns mentions into drawn highlights on the live page: re-finds each mention's quote in the
 * current article text, makes a live Range for it, and paints with CSS highlights — or, where the
 * browser lacks them, wraps the text in fallback marks.
 */
import type { SpanKind } from '@/lib/messages';
import { reanchorAll, selectorFor, type Placement } from '@/lib/page/anchors';
import { wrapSpans } from '@/lib/page/fallback-marks';
import { paintRanges, rangeFor } from '@/lib/page/highlighter';
import type { Drawn } from '@/lib/page/hit-test';
import { sliced, type Slicer } from '@/lib/page/slicer';
import type { MappedText } from '@/lib/page/text-builder';
import { rankOf, type Mention } from './mention';

/** Re-finds every mention in `map`'s text (updating its selector) and returns the placed ones with ranges. */
export function placeMentions(doc: Document, map: MappedText, mentions: readonly Mention[]): Array<Drawn<Mention>> {
  const placements = reanchorAll(map.text, mentions.map((m) => m.selector));
  const drawn: Array<Drawn<Mention>> = [];
  placements.forEach((at, i) => place(doc, map, mentions[i], at, drawn));
  return drawn;
}

/**
 * placeMentions in slices of main-thread time (lib/page/slicer.ts), for an article with thousands of
 * mentions; null once `stale()` (a newer drawing started, or the session ended).
 */
export async function placeMentionsSliced(
  doc: Document,
  map: MappedText,
  mentions: readonly Mention[],
  slicer: Slicer,
  stale: () => boolean,
): Promise<Array<Drawn<Mention>> | null> {
  const placements = reanchorAll(map.text, mentions.map((m) => m.selector));
  const drawn: Array<Drawn<Mention>> = [];
  const done = await sliced(placements, slicer, stale, (at, i) => place(doc, map, mentions[i], at, drawn));
  return done ? drawn : null;
}

/** Moves a mention's selector to where it was found and adds it with its range to `drawn`. */
function place(doc: Document, map: MappedText, mention: Mention | undefined, at: Placement, drawn: Array<Drawn<Mention>>): void {
  if (!at || !mention) return;
  mention.selector = selectorFor(map.text, at.start, at.end);
  const range = rangeFor(doc, map, at.start, at.end);
  if (range) drawn.push({ range, item: mention, rank: rankOf(mention) });
}

/** Paints placed mentions as CSS highlights, one per kind. */
export function paintDrawn(drawn: ReadonlyArray<Drawn<Mention>>): void {
  const byKind = new Map<SpanKind, Range[]>();
  for (const d of drawn) {
    const list = byKind.get(d.item.kind);
    if (list) list.push(d.range);
    else byKind.set(d.item.kind, [d.range]);
  }
  paintRanges(byKind);
}

/** Wraps placed mentions in fallback marks; returns them with ranges around their marks. */
export function wrapDrawn(doc: Document, map: MappedText, drawn: ReadonlyArray<Drawn<Mention>>): Array<Drawn<Mention>> {
  const spans = drawn.map((d) => ({ start: d.item.selector.start, end: d.item.selector.start + d.item.selector.exact.length, kind: d.item.kind }));
  const marks = wrapSpans(doc, map, spans);
  const out: Array<Drawn<Mention>> = [];
  drawn.forEach((d, i) => {
    const own = marks[i] ?? [];
    const first = own[0];
    const last = own[own.length - 1];
    if (!first || !last) return;
    const range = doc.createRange();
    range.setStartBefore(first);
    range.setEndAfter(last);
    out.push({ ...d, range });
  });
  return out;
}
