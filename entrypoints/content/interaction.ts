/**
 * How a reader reaches the hover card: by pointing at a highlighted mention, by focusing a link that
 * contains one (Tab), or with the "next/previous mention" keyboard shortcuts, which move a visible
 * focus mark from mention to mention and scroll it into view. Escape closes the card. Every listener
 * is passive, never prevents the page's own handling, and is removed when the signal aborts.
 */
import type { Box } from '@/lib/page/card-position';
import { paintFocus } from '@/lib/page/highlighter';
import { drawnWithin, hitAt, type Drawn, type HitIndex } from '@/lib/page/hit-test';
import { createHoverCard } from './hover-card';
import type { Mention } from './mention';

/** What the interaction needs from its session. */
export interface InteractionEnv {
  signal: AbortSignal;
  visible(): boolean;
  /** The article's element: the card goes beside its column when there is room. */
  column(): Element | null;
}

/** The session's handle on the interaction. */
export interface Interaction {
  /** The mentions now drawn (after every redraw). */
  update(drawn: ReadonlyArray<Drawn<Mention>>, index: HitIndex<Mention>): void;
  cycle(direction: 'next' | 'previous'): void;
  /** Draws the open card again: its mention's card data were filled in (earlier coverage arrived). */
  refresh(): void;
}

function toBox(r: DOMRect | DOMRectReadOnly): Box {
  return { left: r.left, top: r.top, width: r.width, height: r.height };
}

function guard<E>(fn: (event: E) => void): (event: E) => void {
  return (event) => {
    try {
      fn(event);
    } catch (error) {
      console.debug('sourcemark: interaction failed', error);
    }
  };
}

/**
 * Mentions in reading order: by their place in the article text, which the text builder reads in
 * document order (one number per mention, where comparing ranges in the DOM costs thousands of calls).
 */
function byDocumentOrder(a: Drawn<Mention>, b: Drawn<Mention>): number {
  return a.item.selector.start - b.item.selector.start;
}

/** Wires pointer, focus and keyboard to the hover card. */
export function attachInteraction(doc: Document, env: InteractionEnv): Interaction {
  const { signal } = env;
  const card = createHoverCard(doc, signal);
  let drawn: Array<Drawn<Mention>> = [];
  let index: HitIndex<Mention> = { byNode: new Map(), wide: [] };
  let current: Drawn<Mention> | null = null;
  let via: 'pointer' | 'focus' | 'keyboard' | null = null;
  let frame = 0;
  let pointer: { x: number; y: number } | null = null;

  const lineOf = (d: Drawn<Mention>, near?: { x: number; y: number }): Box | null => {
    const rects = Array.from(d.range.getClientRects());
    const hit = near ? rects.find((r) => near.y >= r.top && near.y <= r.bottom) : undefined;
    const rect = hit ?? rects[0];
    return rect ? toBox(rect) : null;
  };
  const columnBox = (line: Box): Box => {
    const col = env.column()?.getBoundingClientRect();
    return col && col.width > 0 ? toBox(col) : line;
  };
  const show = (d: Drawn<Mention>, how: NonNullable<typeof via>, near?: { x: number; y: number }) => {
    const line = lineOf(d, near);
    if (!line || line.top + line.height < 0 || line.top > innerHeight) {
      hide();
      return;
    }
    current = d;
    via = how;
    card.show(d.item, line, columnBox(line));
  };
  const hide = () => {
    if (via === 'keyboard') paintFocus(null);
    current = null;
    via = null;
    card.hide();
  };

  const onFrame = () => {
    frame = 0;
    if (!pointer || !env.visible() || !drawn.length) return;
    const hit = hitAt(index, doc, pointer.x, pointer.y);
    if (hit) {
      if (hit !== current || via !== 'pointer') show(hit, 'pointer', pointer);
    } else if (via === 'pointer') {
      hide();
    }
  };
  doc.addEventListener('pointermove', guard((e: PointerEvent) => {
    pointer = { x: e.clientX, y: e.clientY };
    if (!frame) frame = requestAnimationFrame(onFrame);
  }), { passive: true, signal });
  doc.addEventListener('pointerleave', guard(() => {
    pointer = null;
    if (via === 'pointer') hide();
  }), { passive: true, signal });
  doc.addEventListener('focusin', guard((e: FocusEvent) => {
    if (!env.visible() || !(e.target instanceof Element)) return;
    const d = drawnWithin(drawn, e.target);
    if (d) show(d, 'focus');
    else if (via === 'focus') hide();
  }), { signal });
  doc.addEventListener('focusout', guard(() => {
    if (via === 'focus') hide();
  }), { signal });
  doc.addEventListener('keydown', guard((e: KeyboardEvent) => {
    if (e.key === 'Escape' && current) hide();
  }), { signal });
  // The card follows its mention while the page scrolls, and goes when the mention leaves the view.
  addEventListener('scroll', guard(() => {
    if (current) show(current, via ?? 'pointer');
  }), { passive: true, signal, capture: true });
  signal.addEventListener('abort', () => cancelAnimationFrame(frame), { once: true });

  return {
    update(next, nextIndex) {
      drawn = [...next].sort(byDocumentOrder);
      index = nextIndex;
      if (current && !drawn.includes(current)) {
        // The same mention was redrawn on new nodes: follow it, else close the card.
        const same = drawn.find((d) => d.item === current?.item);
        if (same && via) show(same, via);
        else hide();
        if (same && via === 'keyboard') paintFocus(same.range);
      }
    },
    refresh() {
      if (!current || !via) return;
      // Forget what the card shows so it is filled again; both happen before the next paint.
      card.hide();
      show(current, via);
    },
    cycle(direction) {
      if (!env.visible() || !drawn.length) return;
      let at = current ? drawn.indexOf(current) : -1;
      if (at === -1) {
        // Start from what is on screen: the first mention below the top, or the last above the bottom.
        const tops = drawn.map((d) => d.range.getBoundingClientRect().top);
        at = direction === 'next' ? tops.findIndex((t) => t >= 0) - 1 : tops.findLastIndex((t) => t <= innerHeight) + 1;
        if (direction === 'next' && at < -1) at = -1;
      }
      const target = drawn[(at + (direction === 'next' ? 1 : -1) + drawn.length) % drawn.length];
      if (!target) return;
      const rect = target.range.getBoundingClientRect();
      if (rect.top < 0 || rect.bottom > innerHeight) scrollBy({ top: rect.top - innerHeight / 3, behavior: 'instant' });
      paintFocus(target.range);
      show(target, 'keyboard');
    },
  };
}
